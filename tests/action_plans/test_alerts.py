"""Overdue milestones and silent commitments are flagged once, by email."""

import datetime

from django.core.management import call_command

from action_plans import queries, services
from action_plans.models import Alert, MilestoneStatus, Phase
from tests.factories.action_plans import ProgressUpdateFactory

TODAY = datetime.date(2026, 12, 1)


def test_an_overdue_milestone_is_found_and_a_closed_one_is_not(commitment):
    late, later = commitment.milestones.all()
    assert list(queries.overdue_milestones(today=TODAY)) == [late]
    late.status = MilestoneStatus.WITHDRAWN
    late.save()
    assert list(queries.overdue_milestones(today=TODAY)) == []
    assert not later.is_overdue(TODAY)


def test_a_commitment_without_update_for_the_configured_delay_is_silent(
    commitment, settings
):
    silence = datetime.timedelta(days=settings.ACTION_PLANS_SILENCE_DAYS)
    assert queries.silent_commitments(today=TODAY, silence=silence) == [commitment]
    ProgressUpdateFactory(
        commitment=commitment,
        status="published",
        published_at=datetime.datetime(2026, 11, 1, tzinfo=datetime.UTC),
    )
    assert queries.silent_commitments(today=TODAY, silence=silence) == []
    # A shorter delay than a month makes it silent again.
    short = datetime.timedelta(days=20)
    assert queries.silent_commitments(today=TODAY, silence=short) == [commitment]


def test_alerts_reach_the_secretariat_and_the_focal_point_once(
    commitment, focal_point, secretariat, outbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = services.alerts_send(today=TODAY)
    assert (first.overdue, first.silent) == (1, 1)
    assert len(outbox) == 2
    for message in outbox:
        assert sorted(message.to) == [
            "focal@justice.example.org",
            "secretariat@example.org",
        ]
    outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        second = services.alerts_send(today=TODAY)
    assert (second.overdue, second.silent, second.already_sent) == (0, 0, 2)
    assert outbox == []
    assert Alert.objects.count() == 2


def test_a_new_due_date_is_a_new_situation_and_a_closed_plan_is_not_followed(
    commitment, django_capture_on_commit_callbacks
):
    services.alerts_send(today=TODAY)
    late = commitment.milestones.first()
    late.due_date = datetime.date(2026, 3, 1)
    late.save()
    assert services.alerts_send(today=TODAY).overdue == 1
    plan = commitment.plan
    plan.phase = Phase.CLOSED
    plan.save()
    late.due_date = datetime.date(2026, 4, 1)
    late.save()
    counts = services.alerts_send(today=TODAY)
    assert (counts.overdue, counts.silent) == (0, 0)


def test_the_command_reports_what_it_flagged(commitment, capsys):
    call_command("action_plans_alerts", verbosity=0)
    assert "1 overdue milestones" in capsys.readouterr().out
