"""The follow-up's review flow and the co-creation, through the services."""

import pytest
from django.core.exceptions import ValidationError

from action_plans import queries, services
from action_plans.models import (
    DraftComment,
    Milestone,
    MilestoneStatus,
    Phase,
    ProgressUpdate,
    UpdateStatus,
)
from consultations.models import ContributionStatus
from core.errors import DomainError, Forbidden
from tests.factories import ConsultationFactory


def _reports(commitment, status=MilestoneStatus.IN_PROGRESS, completion=60):
    return [
        services.MilestoneReport(m.pk, status, completion)
        for m in commitment.milestones.all()
    ]


def _write(commitment, by, **kwargs):
    defaults = {
        "text": "Les premières données sont publiées.",
        "language": "fr",
        "milestones": _reports(commitment),
    }
    return services.update_save(commitment=commitment, by=by, **{**defaults, **kwargs})


def test_an_update_goes_from_draft_to_review_to_changes_to_publication(
    commitment, focal_point, secretariat, outbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        draft = _write(commitment, focal_point)
    assert draft.status == UpdateStatus.DRAFT
    assert outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        sent = _write(commitment, focal_point, update=draft, submit=True)
    assert sent.status == UpdateStatus.SUBMITTED
    assert outbox[-1].to == ["secretariat@example.org"]
    with django_capture_on_commit_callbacks(execute=True):
        back = services.update_review(
            update=sent, by=secretariat, publish=False, note="Ajoutez une preuve."
        )
    assert back.status == UpdateStatus.CHANGES_REQUESTED
    assert outbox[-1].to == ["focal@justice.example.org"]
    assert "Ajoutez une preuve." in outbox[-1].body
    first = commitment.milestones.first()
    again = _write(
        commitment,
        focal_point,
        update=back,
        submit=True,
        evidence=[services.EvidenceItem(first.pk, url="https://data.gov.ma/")],
    )
    published = services.update_review(update=again, by=secretariat, publish=True)
    assert published.status == UpdateStatus.PUBLISHED
    assert published.published_at is not None
    assert {m.completion for m in Milestone.objects.filter(commitment=commitment)} == {
        60
    }
    assert list(queries.milestone_evidence(commitment)[first.pk])[0].url == (
        "https://data.gov.ma/"
    )


def test_a_published_update_is_never_overwritten_and_the_next_one_is_new(
    commitment, focal_point, secretariat
):
    first = _write(commitment, focal_point, submit=True)
    services.update_review(update=first, by=secretariat, publish=True)
    with pytest.raises(Forbidden):
        _write(commitment, focal_point, update=first, text="Un autre texte réécrit.")
    first.refresh_from_db()
    assert first.text == "Les premières données sont publiées."
    second = _write(
        commitment,
        focal_point,
        text="Le portail est en ligne.",
        milestones=_reports(commitment, MilestoneStatus.COMPLETED, 100),
        submit=True,
    )
    services.update_review(update=second, by=secretariat, publish=True)
    history = queries.published_updates(commitment)
    assert [u.text for u in history] == [
        "Le portail est en ligne.",
        "Les premières données sont publiées.",
    ]
    assert [r.completion for r in history[1].milestones.all()] == [60, 60]


def test_a_superuser_neither_rewrites_a_submitted_update_nor_publishes_a_draft(
    commitment, focal_point, superuser
):
    """Django grants a superuser every rule: the service asks the state itself."""
    draft = _write(commitment, focal_point)
    sent = _write(commitment, focal_point, submit=True)
    with pytest.raises(Forbidden):
        _write(commitment, superuser, update=sent, text="Réécrit par un superuser.")
    with pytest.raises(Forbidden):
        services.update_review(update=draft, by=superuser, publish=True)
    draft.refresh_from_db()
    sent.refresh_from_db()
    assert (draft.status, sent.text) == (
        UpdateStatus.DRAFT,
        "Les premières données sont publiées.",
    )


def test_a_focal_point_cannot_report_on_another_institution_s_commitment(
    other_commitment, focal_point
):
    with pytest.raises(Forbidden):
        _write(other_commitment, focal_point)
    assert not ProgressUpdate.objects.exists()


def test_the_secretariat_cannot_publish_a_draft_nor_a_focal_point_review(
    commitment, focal_point, secretariat
):
    draft = _write(commitment, focal_point)
    with pytest.raises(Forbidden):
        services.update_review(update=draft, by=secretariat, publish=True)
    sent = _write(commitment, focal_point, update=draft, submit=True)
    with pytest.raises(Forbidden):
        services.update_review(update=sent, by=focal_point, publish=True)


def test_asking_for_changes_needs_a_note(commitment, focal_point, secretariat):
    sent = _write(commitment, focal_point, submit=True)
    with pytest.raises(ValidationError) as error:
        services.update_review(update=sent, by=secretariat, publish=False, note=" ")
    assert "note" in error.value.message_dict


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"text": "court"}, "text"),
        ({"language": "de"}, "language"),
        ({"milestones": "over"}, "milestones"),
        ({"milestones": "foreign"}, "milestones"),
        ({"milestones": "completed-half"}, "milestones"),
        ({"evidence": "both"}, "evidence"),
        ({"evidence": "javascript"}, "evidence"),
    ],
)
def test_bad_input_is_refused_field_by_field(
    commitment, other_commitment, focal_point, change, field
):
    milestone = commitment.milestones.first()
    values = {
        "over": [services.MilestoneReport(milestone.pk, "in_progress", 120)],
        "foreign": [
            services.MilestoneReport(
                other_commitment.milestones.first().pk, "in_progress", 10
            )
        ],
        "completed-half": [services.MilestoneReport(milestone.pk, "completed", 50)],
        "both": [
            services.EvidenceItem(milestone.pk, url="https://a.ma/", document_id=1)
        ],
        "javascript": [services.EvidenceItem(milestone.pk, url="javascript:alert(1)")],
    }
    kwargs = {k: values.get(v, v) for k, v in change.items()}
    with pytest.raises(ValidationError) as error:
        _write(commitment, focal_point, **kwargs)
    assert field in error.value.message_dict


def test_opening_the_draft_keeps_its_text_for_the_comparison(
    commitment, secretariat, focal_point
):
    plan = commitment.plan
    plan.phase = Phase.COCREATION
    plan.save()
    consultation = ConsultationFactory()
    with pytest.raises(Forbidden):
        services.plan_cocreation_open(
            plan=plan, consultation=consultation, by=focal_point
        )
    services.plan_cocreation_open(plan=plan, consultation=consultation, by=secretariat)
    commitment.refresh_from_db()
    assert commitment.draft["ar"]["title"] == "العدالة"
    assert commitment.plan.cocreation == consultation


def test_a_comment_on_a_draft_commitment_is_a_contribution_of_the_consultation(
    commitment, secretariat, outbox, django_capture_on_commit_callbacks
):
    plan = commitment.plan
    with pytest.raises(DomainError):
        services.draft_comment_submit(
            commitment=commitment,
            kind="observation",
            title="Trop tard",
            body="Le plan n'est plus un projet.",
            language="fr",
            author_name="Nadia",
            author_email="nadia@example.org",
        )
    plan.phase = Phase.COCREATION
    plan.save()
    services.plan_cocreation_open(
        plan=plan, consultation=ConsultationFactory(), by=secretariat
    )
    with django_capture_on_commit_callbacks(execute=True):
        sent = services.draft_comment_submit(
            commitment=commitment,
            kind="observation",
            title="Délais",
            body="Les délais de publication sont trop longs.",
            language="fr",
            author_name="Nadia",
            author_email="nadia@example.org",
            ip="192.0.2.1",
        )
    # Anonymous: the consultation's email verification comes first.
    assert sent.status == ContributionStatus.PENDING_VERIFICATION
    assert outbox[-1].to == ["nadia@example.org"]
    assert DraftComment.objects.get(contribution=sent).commitment == commitment
    # Not public until verified and moderated: not on the commitment's page.
    assert list(queries.draft_comments(commitment)) == []


def test_the_assessment_is_the_secretariat_s(commitment, secretariat, focal_point):
    with pytest.raises(Forbidden):
        services.commitment_assess(
            commitment=commitment, by=focal_point, midterm_completion="limited"
        )
    with pytest.raises(ValidationError):
        services.commitment_assess(
            commitment=commitment, by=secretariat, midterm_completion="excellent"
        )
    services.commitment_assess(
        commitment=commitment,
        by=secretariat,
        midterm_completion="substantial",
        final_completion="complete",
        early_results="significant",
        final_notes="Des résultats visibles.",
    )
    commitment.refresh_from_db()
    assert commitment.early_results == "significant"
    assert commitment.final_notes == "Des résultats visibles."
