"""Scoring and deciding: bounds, conflicts, blindness, the mean, the flag
around the cut-off and its decision, publication and the mandates."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from calls import queries, services
from calls.models import ApplicationStatus, AuditAction, AuditEntry
from core.errors import DomainError, Forbidden
from governance.models import Constituency, Member
from tests.factories import ApplicationFactory

from .helpers import score_all


def _close(call):
    call.closes_at = timezone.now() - datetime.timedelta(hours=1)
    call.opens_at = timezone.now() - datetime.timedelta(days=20)
    call.save()


def test_points_stay_within_each_criterion_maximum(application, scorer):
    first = application.call.criteria.first()
    points = {c.pk: 1 for c in application.call.criteria.all()}
    points[first.pk] = first.max_points + 1
    with pytest.raises(ValidationError) as error:
        services.scores_record(application=application, by=scorer, points=points)
    assert f"criterion_{first.pk}" in error.value.message_dict


def test_every_criterion_needs_its_points(application, scorer):
    with pytest.raises(ValidationError):
        services.scores_record(application=application, by=scorer, points={})


def test_a_file_not_found_complete_is_not_scored(application, scorer):
    application.status = ApplicationStatus.SUBMITTED
    application.save()
    with pytest.raises(Forbidden):
        score_all(application, scorer)


def test_a_member_never_scores_an_organisation_they_are_tied_to(
    application, tied_scorer
):
    with pytest.raises(Forbidden) as error:
        score_all(application, tied_scorer)
    assert "tie" in str(error.value.message)


def test_observers_do_not_score(application, observer):
    with pytest.raises(Forbidden):
        score_all(application, observer)


def test_scores_are_blind_until_every_member_has_scored(
    application, scorer, second_scorer, observer, secretariat
):
    score_all(application, scorer, 0.5)
    for person in (scorer, second_scorer, observer, secretariat):
        assert not person.has_perm("calls.view_scores", application.call)
    score_all(application, second_scorer, 1.0)
    for person in (scorer, second_scorer, observer, secretariat):
        assert person.has_perm("calls.view_scores", application.call)


def test_a_tied_member_is_not_waited_for(
    application, scorer, second_scorer, tied_scorer
):
    score_all(application, scorer)
    score_all(application, second_scorer)
    assert queries.scoring_complete(application.call)


def test_the_score_is_the_mean_of_the_members_totals(
    application, scorer, second_scorer
):
    score_all(application, scorer, points=dict.fromkeys(_pks(application), 5))
    score_all(application, second_scorer, points=dict.fromkeys(_pks(application), 2))
    row = queries.ranking(application.call).rows[0]
    assert row.score == Decimal("21.00")  # (30 + 12) / 2


def _pks(application):
    return [c.pk for c in application.call.criteria.all()]


def _three(call, committee, shares):
    applications = [ApplicationFactory(call=call) for _share in shares]
    for application, share in zip(applications, shares, strict=True):
        for user in committee[:2]:
            score_all(application, user, share)
    return applications


def test_a_gap_under_ten_points_around_the_cut_off_is_flagged(call, committee):
    # Two seats: 90, 80 in; 75 out -> 80 and 75 are 5 apart.
    apps = _three(call, committee, [0.9, 0.8, 0.75])
    ranking = queries.ranking(call)
    assert [r.application for r in ranking.rows] == apps
    assert [r.flagged for r in ranking.rows] == [False, True, True]
    assert ranking.open_seats == 1


def test_a_gap_of_ten_points_or_more_is_not_flagged(call, committee):
    _three(call, committee, [0.9, 0.8, 0.7])
    assert not queries.ranking(call).needs_decision


def test_a_tie_is_flagged(call, committee):
    _three(call, committee, [0.9, 0.6, 0.6])
    ranking = queries.ranking(call)
    assert ranking.needs_decision and ranking.open_seats == 1


def test_results_need_the_diversity_decision_when_flagged(call, committee, secretariat):
    apps = _three(call, committee, [0.9, 0.8, 0.75])
    _close(call)
    with pytest.raises(DomainError):
        services.results_publish(call=call, by=secretariat)
    with pytest.raises(ValidationError):  # not among the flagged
        services.tie_decide(call=call, by=secretariat, chosen=[apps[0]], reasons="x")
    with pytest.raises(ValidationError):  # no reasons
        services.tie_decide(call=call, by=secretariat, chosen=[apps[2]], reasons="")
    services.tie_decide(
        call=call, by=secretariat, chosen=[apps[2]], reasons="Région non représentée"
    )
    services.results_publish(call=call, by=secretariat)
    selected = {a.pk for a in call.applications.filter(selected=True)}
    assert selected == {apps[0].pk, apps[2].pk}
    actions = set(AuditEntry.objects.filter(call=call).values_list("action", flat=True))
    assert {
        AuditAction.SCORED,
        AuditAction.TIE_DECIDED,
        AuditAction.PUBLISHED,
    } <= actions


def test_results_wait_for_every_score_and_the_deadline(call, committee, secretariat):
    application = ApplicationFactory(call=call)
    score_all(application, committee[0])
    with pytest.raises(DomainError):
        services.results_publish(call=call, by=secretariat)  # still open
    _close(call)
    with pytest.raises(DomainError):
        services.results_publish(call=call, by=secretariat)  # one member missing
    score_all(application, committee[1])
    services.results_publish(call=call, by=secretariat)
    application.refresh_from_db()
    assert application.selected and application.rank == 1


def test_only_the_secretariat_publishes(call, committee):
    application = ApplicationFactory(call=call)
    for user in committee[:2]:
        score_all(application, user)
    _close(call)
    with pytest.raises(Forbidden):
        services.results_publish(call=call, by=committee[0])


def test_scores_are_frozen_after_publication(call, committee, secretariat):
    application = ApplicationFactory(call=call)
    for user in committee[:2]:
        score_all(application, user)
    _close(call)
    services.results_publish(call=call, by=secretariat)
    with pytest.raises(Forbidden):
        score_all(application, committee[0], 0.1)


def test_the_selected_organisations_mandates_are_created_in_one_step(
    call, committee, secretariat
):
    apps = _three(call, committee, [0.9, 0.5, 0.2])
    _close(call)
    services.results_publish(call=call, by=secretariat)
    mandates = services.mandates_create(call=call, by=secretariat)
    assert {m.organisation_id for m in mandates} == {
        apps[0].organisation_id,
        apps[1].organisation_id,
    }
    assert all(m.constituency == Constituency.CIVIL_SOCIETY for m in mandates)
    assert all(m.start == call.term_start and m.end == call.term_end for m in mandates)
    with pytest.raises(DomainError):
        services.mandates_create(call=call, by=secretariat)


def test_mandates_are_all_or_nothing(call, committee, secretariat):
    apps = _three(call, committee, [0.9, 0.5, 0.2])
    _close(call)
    services.results_publish(call=call, by=secretariat)
    # The second organisation already holds a seat on these dates.
    Member.objects.create(
        body=call.body,
        constituency=Constituency.CIVIL_SOCIETY,
        organisation=apps[1].organisation,
        start=call.term_start,
        end=call.term_end,
    )
    with pytest.raises(ValidationError):
        services.mandates_create(call=call, by=secretariat)
    assert not Member.objects.filter(organisation=apps[0].organisation).exists()


def test_a_superuser_without_a_seat_scores_nothing(application, superuser):
    """Django grants a superuser every rule: the service asks for the seat."""
    with pytest.raises(Forbidden):
        score_all(application, superuser)
    assert not application.scores.exists()
