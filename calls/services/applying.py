"""Applying: a verified organisation's representative saves a draft with its
documents (checked by ``core.uploads``) and submits it before the deadline; the
two-term limit of article 4; the secretariat's completeness check."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import uploads
from core.errors import DomainError, Forbidden
from working_groups.models import Organisation

from .. import emails, queries
from ..models import (
    Application,
    ApplicationDocument,
    ApplicationStatus,
    AuditAction,
    Call,
)
from .audit import audit

DOCUMENTS = uploads.Policy(
    kinds=("pdf", "docx", "odt", "png", "jpeg"),
    max_bytes=10 * 1024 * 1024,
    type_message=_("This file is not a PDF, DOCX, ODT, PNG or JPEG document."),
    size_message=_("The file is larger than 10 MB."),
)


def document_field(requirement) -> str:
    return f"document_{requirement.pk}"


def _check_applicant(call: Call, organisation: Organisation, by) -> None:
    if not by.has_perm("calls.apply", call):
        if not call.is_open:
            raise DomainError(_("This call is not open for applications."))
        raise Forbidden(
            _("Only a representative of a verified organisation may apply.")
        )
    if (
        not organisation.verified
        or not organisation.representative_links.filter(user=by).exists()
    ):
        raise Forbidden(_("You do not represent this verified organisation."))
    if queries.consecutive_terms(call, organisation):
        raise DomainError(
            _(
                "Article 4: this organisation has already served two consecutive "
                "terms and may not apply again."
            ),
            code="two_terms",
        )


@transaction.atomic
def application_save(
    *,
    call: Call,
    organisation: Organisation,
    by,
    experience: str = "",
    programme: str = "",
    files: dict | None = None,
) -> Application:
    """Save the organisation's draft (created on first save). Submitting is a
    step of its own, so that a refused submission keeps the draft."""
    _check_applicant(call, organisation, by)
    application, _created = Application.objects.select_for_update().get_or_create(
        call=call, organisation=organisation, defaults={"created_by": by}
    )
    if not by.has_perm("calls.edit_application", application):
        raise DomainError(
            _("This application has been submitted: it can no longer change.")
        )
    errors = {}
    checked = {}
    requirements = {r.pk: r for r in call.required_documents.all()}
    for pk, upload in (files or {}).items():
        requirement = requirements.get(int(pk))
        if requirement is None or not upload:
            continue
        try:
            uploads.clean_upload(upload, DOCUMENTS)
        except ValidationError as error:
            errors[document_field(requirement)] = error.messages
        else:
            checked[requirement] = upload
    if errors:
        raise ValidationError(errors)
    application.experience = experience.strip()
    application.programme = programme.strip()
    application.save(update_fields=["experience", "programme"])
    for requirement, upload in checked.items():
        ApplicationDocument.objects.filter(
            application=application, requirement=requirement
        ).delete()
        ApplicationDocument.objects.create(
            application=application, requirement=requirement, file=upload
        )
    return application


@transaction.atomic
def application_submit(*, application: Application, by) -> Application:
    """Submit before the deadline: both texts and every required document."""
    application = Application.objects.select_for_update().get(pk=application.pk)
    call = application.call
    # The state is asked for itself: a superuser passes every rule.
    if not call.is_open:
        raise DomainError(_("The deadline has passed: applications are closed."))
    if not application.editable or not by.has_perm(
        "calls.edit_application", application
    ):
        raise Forbidden(_("You cannot submit this application."))
    errors = {}
    if not application.experience:
        errors["experience"] = [_("Describe the organisation's experience.")]
    if not application.programme:
        errors["programme"] = [_("Describe the proposed work programme.")]
    given = set(application.documents.values_list("requirement_id", flat=True))
    for requirement in call.required_documents.all():
        if requirement.pk not in given:
            errors[document_field(requirement)] = [_("This document is required.")]
    if errors:
        raise ValidationError(errors)
    if not application.reference:
        year = timezone.localdate(call.opens_at).year
        application.reference = f"{year}-{call.pk}-{application.pk:05d}"
    application.status = ApplicationStatus.SUBMITTED
    application.submitted_at = timezone.now()
    application.save(update_fields=["reference", "status", "submitted_at"])
    audit(call, AuditAction.SUBMITTED, by, application=application)
    emails.acknowledgement_email(application, by)
    return application


@transaction.atomic
def application_check(
    *, application: Application, by, complete: bool, reason: str = ""
) -> Application:
    """The secretariat finds a file complete (it goes to scoring) or returns it
    with the reason (the organisation may resubmit while the call is open)."""
    application = Application.objects.select_for_update().get(pk=application.pk)
    if not by.has_perm("calls.check_application", application):
        raise Forbidden(_("Only the secretariat checks the files."))
    if (
        application.status != ApplicationStatus.SUBMITTED
        or application.call.results_published
    ):
        raise DomainError(_("Only a submitted file waiting for its check is checked."))
    reason = reason.strip()
    if not complete and not reason:
        raise ValidationError({"reason": [_("Say what is missing.")]})
    application.status = (
        ApplicationStatus.COMPLETE if complete else ApplicationStatus.RETURNED
    )
    application.return_reason = "" if complete else reason
    application.checked_at = timezone.now()
    application.save(update_fields=["status", "return_reason", "checked_at"])
    audit(
        application.call,
        AuditAction.COMPLETE if complete else AuditAction.RETURNED,
        by,
        application=application,
        detail=reason,
    )
    if not complete:
        emails.returned_email(application)
    return application
