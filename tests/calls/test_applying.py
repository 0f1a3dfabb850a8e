"""Applying: drafts, submission before the deadline with every document, the
acknowledgement with its reference, the two-term limit, the completeness check."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from calls import services
from calls.models import ApplicationStatus, AuditAction, AuditEntry
from core.errors import DomainError, Forbidden
from governance.models import Constituency
from tests.factories import (
    ActionPlanFactory,
    MemberFactory,
    OrganisationFactory,
    UserFactory,
)

from .conftest import pdf


def _files(call):
    return {r.pk: pdf() for r in call.required_documents.all()}


def test_a_representative_saves_a_draft_then_submits_and_gets_a_reference(
    call, organisation, applicant, mailoutbox, django_capture_on_commit_callbacks
):
    draft = services.application_save(
        call=call, organisation=organisation, by=applicant, experience="Dix ans"
    )
    assert draft.status == ApplicationStatus.DRAFT and draft.reference is None
    draft = services.application_save(
        call=call,
        organisation=organisation,
        by=applicant,
        experience="Dix ans",
        programme="Suivre le plan",
        files=_files(call),
    )
    with django_capture_on_commit_callbacks(execute=True):
        submitted = services.application_submit(application=draft, by=applicant)
    assert submitted.status == ApplicationStatus.SUBMITTED
    assert submitted.reference.endswith(f"{submitted.pk:05d}")
    assert AuditEntry.objects.filter(
        application=submitted, action=AuditAction.SUBMITTED
    ).exists()


def test_the_acknowledgement_email_carries_the_reference(
    call, organisation, applicant, outbox, django_capture_on_commit_callbacks
):
    draft = services.application_save(
        call=call,
        organisation=organisation,
        by=applicant,
        experience="x",
        programme="y",
        files=_files(call),
    )
    with django_capture_on_commit_callbacks(execute=True):
        submitted = services.application_submit(application=draft, by=applicant)
    assert len(outbox) == 1
    assert outbox[0].to == [applicant.email]
    assert submitted.reference in outbox[0].subject + outbox[0].body


def test_submitting_needs_both_texts_and_every_required_document(
    call, organisation, applicant
):
    draft = services.application_save(
        call=call, organisation=organisation, by=applicant, experience="x"
    )
    with pytest.raises(ValidationError) as error:
        services.application_submit(application=draft, by=applicant)
    fields = set(error.value.message_dict)
    assert "programme" in fields
    assert {f"document_{r.pk}" for r in call.required_documents.all()} <= fields


def test_a_file_that_is_not_a_document_is_refused_by_the_upload_checker(
    call, organisation, applicant
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    requirement = call.required_documents.first()
    bad = SimpleUploadedFile("x.pdf", b"MZ\x90\x00 not a pdf", "application/pdf")
    with pytest.raises(ValidationError) as error:
        services.application_save(
            call=call,
            organisation=organisation,
            by=applicant,
            files={requirement.pk: bad},
        )
    assert f"document_{requirement.pk}" in error.value.message_dict


def test_nobody_applies_after_the_deadline(call, organisation, applicant):
    call.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    call.save()
    with pytest.raises(DomainError):
        services.application_save(call=call, organisation=organisation, by=applicant)


def test_a_draft_cannot_be_submitted_after_the_deadline(call, organisation, applicant):
    draft = services.application_save(
        call=call,
        organisation=organisation,
        by=applicant,
        experience="x",
        programme="y",
        files=_files(call),
    )
    call.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    call.save()
    with pytest.raises(DomainError):
        services.application_submit(application=draft, by=applicant)


def test_an_unverified_organisation_cannot_apply(call, applicant):
    organisation = OrganisationFactory(verified=False, representatives=[applicant])
    with pytest.raises(Forbidden):
        services.application_save(call=call, organisation=organisation, by=applicant)


def test_a_person_cannot_apply_for_an_organisation_they_do_not_represent(
    call, organisation, applicant
):
    other = OrganisationFactory(representatives=[UserFactory()])
    with pytest.raises(Forbidden):
        services.application_save(call=call, organisation=other, by=applicant)


def test_an_organisation_with_two_consecutive_terms_cannot_apply(
    call, organisation, applicant
):
    first = ActionPlanFactory(
        name="2018-2020",
        start=datetime.date(2018, 1, 1),
        end=datetime.date(2020, 12, 31),
    )
    second = ActionPlanFactory(
        name="2021-2023",
        start=datetime.date(2021, 1, 1),
        end=datetime.date(2023, 12, 31),
    )
    for plan in (first, second):
        MemberFactory(
            body=call.body,
            constituency=Constituency.CIVIL_SOCIETY,
            organisation=organisation,
            action_plan=plan,
            start=plan.start,
            end=plan.end,
        )
    with pytest.raises(DomainError) as error:
        services.application_save(call=call, organisation=organisation, by=applicant)
    assert error.value.code == "two_terms"


def test_one_earlier_term_does_not_bar_applying(call, organisation, applicant):
    ActionPlanFactory(
        name="2018-2020",
        start=datetime.date(2018, 1, 1),
        end=datetime.date(2020, 12, 31),
    )
    plan = ActionPlanFactory(
        name="2021-2023",
        start=datetime.date(2021, 1, 1),
        end=datetime.date(2023, 12, 31),
    )
    MemberFactory(
        body=call.body,
        constituency=Constituency.CIVIL_SOCIETY,
        organisation=organisation,
        action_plan=plan,
        start=plan.start,
        end=plan.end,
    )
    draft = services.application_save(
        call=call, organisation=organisation, by=applicant
    )
    assert draft.pk


def test_a_submitted_application_no_longer_changes(call, organisation, applicant):
    draft = services.application_save(
        call=call,
        organisation=organisation,
        by=applicant,
        experience="x",
        programme="y",
        files=_files(call),
    )
    services.application_submit(application=draft, by=applicant)
    with pytest.raises(DomainError):
        services.application_save(
            call=call, organisation=organisation, by=applicant, experience="z"
        )


def _submitted(call, organisation, applicant):
    draft = services.application_save(
        call=call,
        organisation=organisation,
        by=applicant,
        experience="x",
        programme="y",
        files=_files(call),
    )
    return services.application_submit(application=draft, by=applicant)


def test_the_secretariat_returns_an_incomplete_file_with_its_reason(
    call,
    organisation,
    applicant,
    secretariat,
    outbox,
    django_capture_on_commit_callbacks,
):
    submitted = _submitted(call, organisation, applicant)
    with django_capture_on_commit_callbacks(execute=True):
        returned = services.application_check(
            application=submitted,
            by=secretariat,
            complete=False,
            reason="Pas de rapport",
        )
    assert returned.status == ApplicationStatus.RETURNED
    assert returned.return_reason == "Pas de rapport"
    assert "Pas de rapport" in outbox[-1].body
    # The organisation completes it and submits it again while the call is open.
    again = services.application_submit(application=returned, by=applicant)
    assert again.status == ApplicationStatus.SUBMITTED
    assert again.reference == submitted.reference


def test_a_return_needs_a_reason(call, organisation, applicant, secretariat):
    submitted = _submitted(call, organisation, applicant)
    with pytest.raises(ValidationError) as error:
        services.application_check(
            application=submitted, by=secretariat, complete=False, reason=" "
        )
    assert "reason" in error.value.message_dict


def test_only_the_secretariat_checks_files(call, organisation, applicant, scorer):
    submitted = _submitted(call, organisation, applicant)
    with pytest.raises(Forbidden):
        services.application_check(application=submitted, by=scorer, complete=True)
    with pytest.raises(Forbidden):
        services.application_check(application=submitted, by=applicant, complete=True)


def test_a_superuser_does_not_send_a_complete_file_back_to_submitted(
    application, superuser
):
    """Django grants a superuser every rule: the service asks the state itself."""
    with pytest.raises(Forbidden):
        services.application_submit(application=application, by=superuser)
    application.refresh_from_db()
    assert application.status == ApplicationStatus.COMPLETE
