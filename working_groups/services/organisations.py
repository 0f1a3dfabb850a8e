"""Rules of organisations and working groups: every write goes through here.

Who may act is asked of ``rules.py`` (``by.has_perm``); the services check the
rest (state, duplicates, limits) and raise domain errors with a message.
"""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from core.antiabuse import rate_limit
from core.emails import send_email
from core.errors import DomainError, Forbidden
from core.roles import SECRETARIAT

from ..models import (
    ApplicationStatus,
    Membership,
    MembershipApplication,
    Organisation,
    Representative,
    WorkingGroup,
)

# Per account and hour: enough for a person, too few for a script.
REGISTRATIONS_PER_HOUR = 5
APPLICATIONS_PER_HOUR = 20


class GroupClosed(DomainError):
    code = "group_closed"

    def __init__(self):
        super().__init__(_("This working group is not open to applications."))


class AlreadyMember(DomainError):
    code = "already_member"

    def __init__(self):
        super().__init__(_("This organisation is already a member of the group."))


class ApplicationPending(DomainError):
    code = "application_pending"

    def __init__(self):
        super().__init__(
            _("This organisation already has an application waiting for a decision.")
        )


class NotVerified(DomainError):
    code = "organisation_not_verified"

    def __init__(self):
        super().__init__(
            _("The secretariat must verify the organisation before it applies.")
        )


class AlreadyDecided(DomainError):
    code = "already_decided"

    def __init__(self):
        super().__init__(_("A decision has already been taken on this application."))


class DuplicateOrganisation(DomainError):
    code = "duplicate_organisation"

    def __init__(self):
        super().__init__(
            _("An organisation with this registration number is already registered.")
        )


def _unique_slug(name: str) -> str:
    base = slugify(name, allow_unicode=True)[:70] or "organisation"
    slug, n = base, 2
    while Organisation.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _notify(users, *, template: str, context: dict) -> None:
    """One email per person, in their preferred language."""
    for user in users:
        if user.email and user.is_active and not user.is_anonymised:
            send_email(
                to=user.email,
                template=template,
                context=context,
                language=user.preferred_language,
            )


def _secretariat():
    """Who is told of new organisations and of applications to uncoordinated groups."""
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(
        groups__name__iexact=SECRETARIAT, is_active=True
    )


@transaction.atomic
def organisation_register(
    *,
    user,
    name_ar: str,
    name_fr: str,
    registration_number: str,
    region: str,
    province: str,
    presentation: str,
    website: str = "",
    contact_email: str = "",
    contact_phone: str = "",
    fields_of_action: list[str] | tuple[str, ...] = (),
    logo=None,
    role: str = "",
) -> Organisation:
    """A logged-in person registers a CSO and becomes its first representative.

    The organisation stays unverified (not public) until the secretariat checks it.
    """
    if not user.has_perm("working_groups.register_organisation"):
        raise Forbidden(_("Log in to register an organisation."))
    rate_limit(
        "organisation-register",
        f"user:{user.pk}",
        limit=REGISTRATIONS_PER_HOUR,
        period=3600,
    )
    number = registration_number.strip()
    if Organisation.objects.filter(registration_number__iexact=number).exists():
        raise DuplicateOrganisation()
    organisation = Organisation(
        name_ar=name_ar.strip(),
        name_fr=name_fr.strip(),
        slug=_unique_slug(name_fr or name_ar),
        registration_number=number,
        region=region,
        province=province.strip(),
        presentation=presentation.strip(),
        website=website,
        contact_email=contact_email or user.email,
        contact_phone=contact_phone,
    )
    if logo:
        organisation.logo = logo
    organisation.full_clean()
    try:
        with transaction.atomic():
            organisation.save()
    except IntegrityError as exc:
        raise DuplicateOrganisation() from exc
    if fields_of_action:
        organisation.fields_of_action.set(list(fields_of_action))
    Representative.objects.create(organisation=organisation, user=user, role=role)
    _notify(
        _secretariat(),
        template="working_groups/emails/organisation_registered",
        context={"organisation": organisation},
    )
    return organisation


EDITABLE_FIELDS = (
    "name_ar",
    "name_fr",
    "region",
    "province",
    "presentation",
    "website",
    "contact_email",
    "contact_phone",
)


@transaction.atomic
def organisation_update(
    *,
    organisation: Organisation,
    by,
    fields_of_action: list[str] | None = None,
    logo=None,
    **changes,
) -> Organisation:
    """Representatives (or the secretariat) keep their CSO's profile up to date.

    The legal registration number is not editable here: changing it is a new
    verification, done by the secretariat in the admin.
    """
    if not by.has_perm("working_groups.edit_organisation", organisation):
        raise Forbidden(_("Only a representative or the secretariat may do this."))
    organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
    for name, value in changes.items():
        if name not in EDITABLE_FIELDS:
            raise ValueError(f"{name} is not editable")
        setattr(organisation, name, value.strip() if isinstance(value, str) else value)
    if logo:
        organisation.logo = logo
    organisation.full_clean()
    organisation.save()
    if fields_of_action is not None:
        organisation.fields_of_action.set(list(fields_of_action))
    return organisation


@transaction.atomic
def organisation_verify(*, organisation: Organisation, by, verified: bool = True):
    """The secretariat verifies (or withdraws the badge of) an organisation."""
    if not by.has_perm("working_groups.verify_organisation", organisation):
        raise Forbidden(_("Only the secretariat verifies organisations."))
    organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
    if organisation.verified == verified:
        return organisation
    organisation.verified = verified
    organisation.verified_at = timezone.now() if verified else None
    organisation.verified_by = by if verified else None
    organisation.save(update_fields=["verified", "verified_at", "verified_by"])
    if verified:
        _notify(
            organisation.representatives.all(),
            template="working_groups/emails/organisation_verified",
            context={"organisation": organisation},
        )
    return organisation


@transaction.atomic
def representative_add(*, organisation: Organisation, user, by, role: str = ""):
    if not by.has_perm("working_groups.edit_organisation", organisation):
        raise Forbidden(_("Only a representative or the secretariat may do this."))
    link, _created = Representative.objects.get_or_create(
        organisation=organisation, user=user, defaults={"role": role}
    )
    return link


@transaction.atomic
def representative_remove(*, organisation: Organisation, user, by) -> None:
    if not by.has_perm("working_groups.edit_organisation", organisation):
        raise Forbidden(_("Only a representative or the secretariat may do this."))
    links = Representative.objects.select_for_update().filter(organisation=organisation)
    if links.count() <= 1 and links.filter(user=user).exists():
        raise DomainError(_("An organisation keeps at least one representative."))
    links.filter(user=user).delete()


@transaction.atomic
def application_submit(
    *,
    organisation: Organisation,
    group: WorkingGroup,
    by,
    motivation: str,
    document=None,
) -> MembershipApplication:
    """A representative applies on behalf of a verified CSO to an open group."""
    group = WorkingGroup.objects.select_for_update().get(pk=group.source.pk)
    if not by.has_perm("working_groups.apply_for_organisation", organisation):
        raise Forbidden(_("Only a representative of the organisation may apply."))
    rate_limit("group-apply", f"user:{by.pk}", limit=APPLICATIONS_PER_HOUR, period=3600)
    if not organisation.verified:
        raise NotVerified()
    if not group.is_open or not group.is_public:
        raise GroupClosed()
    if Membership.objects.filter(
        organisation=organisation, group=group, left_at__isnull=True
    ).exists():
        raise AlreadyMember()
    if MembershipApplication.objects.filter(
        organisation=organisation, group=group, status=ApplicationStatus.PENDING
    ).exists():
        raise ApplicationPending()
    application = MembershipApplication(
        organisation=organisation,
        group=group,
        motivation=motivation.strip(),
        submitted_by=by,
    )
    if document:
        application.document = document
    application.full_clean(exclude=["group", "organisation", "submitted_by"])
    try:
        with transaction.atomic():
            application.save()
    except IntegrityError as exc:  # a concurrent twin
        raise ApplicationPending() from exc
    _notify(
        list(group.coordinators.all()) or _secretariat(),
        template="working_groups/emails/application_received",
        context={"application": application},
    )
    return application


def _decide(application, *, by, status: str, reason: str) -> MembershipApplication:
    application = (
        MembershipApplication.objects.select_for_update()
        .select_related("organisation", "group")
        .get(pk=application.pk)
    )
    if not by.has_perm("working_groups.decide_application", application):
        raise Forbidden(
            _("Only the group's coordinators or the secretariat decide applications.")
        )
    if application.status != ApplicationStatus.PENDING:
        raise AlreadyDecided()
    application.status = status
    application.decided_by = by
    application.decided_at = timezone.now()
    application.decision_reason = reason.strip()
    application.save(
        update_fields=["status", "decided_by", "decided_at", "decision_reason"]
    )
    if status == ApplicationStatus.APPROVED:
        Membership.objects.create(
            organisation=application.organisation,
            group=application.group,
            application=application,
        )
    _notify(
        application.organisation.representatives.all(),
        template="working_groups/emails/application_decided",
        context={"application": application},
    )
    return application


@transaction.atomic
def application_approve(
    *, application: MembershipApplication, by, reason: str = ""
) -> MembershipApplication:
    return _decide(application, by=by, status=ApplicationStatus.APPROVED, reason=reason)


@transaction.atomic
def application_reject(
    *, application: MembershipApplication, by, reason: str
) -> MembershipApplication:
    if not reason or not reason.strip():
        raise ValidationError({"reason": _("Give the reason for the rejection.")})
    return _decide(application, by=by, status=ApplicationStatus.REJECTED, reason=reason)


@transaction.atomic
def application_withdraw(*, application: MembershipApplication, by):
    application = MembershipApplication.objects.select_for_update().get(
        pk=application.pk
    )
    if not by.has_perm("working_groups.withdraw_application", application):
        raise Forbidden(_("Only a representative of the organisation may do this."))
    if application.status != ApplicationStatus.PENDING:
        raise AlreadyDecided()
    application.status = ApplicationStatus.WITHDRAWN
    application.save(update_fields=["status"])
    return application


@transaction.atomic
def membership_leave(
    *, organisation: Organisation, group: WorkingGroup, by, reason: str = ""
) -> Membership:
    """The CSO leaves a group; the membership period is closed, never deleted."""
    group = group.source
    membership = (
        Membership.objects.select_for_update()
        .filter(organisation=organisation, group=group, left_at__isnull=True)
        .first()
    )
    # Asked of the membership that would end, so that an outsider learns nothing.
    asked = membership or Membership(organisation=organisation, group=group)
    if not by.has_perm("working_groups.leave_group", asked):
        raise Forbidden(_("Only a representative of the organisation may do this."))
    if membership is None:
        raise DomainError(
            _("This organisation is not a member of the group."), code="not_member"
        )
    membership.left_at = timezone.now()
    membership.left_reason = reason.strip()[:300]
    membership.save(update_fields=["left_at", "left_reason"])
    _notify(
        group.coordinators.all(),
        template="working_groups/emails/membership_left",
        context={"membership": membership},
    )
    return membership
