"""Sending a proposal or an observation, and the general box that always takes one."""

import datetime
import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from core import activity
from core.antiabuse import rate_limit
from core.emails import send_email
from core.links import absolute_url

from ..files import validate_attachment
from ..models import (
    GENERAL_BOX_SLUG,
    Consultation,
    Contribution,
    ContributionKind,
    ContributionLanguage,
    ContributionStatus,
    ModerationMode,
    Region,
    Status,
)
from ..text import clean_line, clean_text, text_hash
from .common import author_language, lock_source, person, require
from .errors import AnonymousNotAllowed, ConsultationNotOpen
from .verification import EMAIL_TOKEN_MAX_AGE, contribution_verify_token

DUPLICATE_WINDOW = datetime.timedelta(minutes=10)
# Rate limits: (limit, period in seconds).
# Per address for people without an account only (a workshop shares one address);
# signed-in people are counted per account.
CONTRIBUTIONS_PER_ADDRESS = (30, 60 * 60)
CONTRIBUTIONS_PER_ACCOUNT = (20, 60 * 60)
# Each anonymous contribution mails a confirmation link to its address: 10 an
# hour bounds the mails one address can be sent, and lets a person write 6
# proposals in an hour (5 refused the sixth).
CONTRIBUTIONS_PER_EMAIL = (10, 60 * 60)


def new_reference() -> str:
    """A short public reference, e.g. ``CP-2026-7K3QX9``, unique by construction."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    year = timezone.localdate().year
    while True:
        code = "".join(secrets.choice(alphabet) for _i in range(6))
        reference = f"CP-{year}-{code}"
        if not Contribution.objects.filter(reference=reference).exists():
            return reference


@transaction.atomic
def general_box_get() -> Consultation:
    """The general box (always open), created on first use in the default language."""
    box = Consultation.objects.filter(is_general_box=True).order_by("pk").first()
    if box is None:
        box = Consultation.objects.create(
            title=str(_("General box")),
            slug=GENERAL_BOX_SLUG,
            summary=str(
                _(
                    "Send a proposal or an observation on open government at any "
                    "time, outside the consultations."
                )
            ),
            is_general_box=True,
            moderation_mode=ModerationMode.BEFORE,
            allow_anonymous=True,
            comments_open=True,
            locale=Locale.get_default(),
        )
    return box


def contribution_check(*, consultation: Consultation, user) -> None:
    """Raise why ``user`` may not contribute to ``consultation`` now, if so.

    The form page asks before showing the form; ``contribution_submit`` asks again
    with the consultation locked.
    """
    if consultation.status != Status.OPEN:
        raise ConsultationNotOpen(consultation)
    require(user, "consultations.contribute", consultation, refusal=AnonymousNotAllowed)


def _validate(*, kind, title, body, language, region, is_user, name, email):
    """The cleaned title, body, name and email, or a ValidationError per field."""
    errors = {}
    title = clean_line(title)[:200]
    body = clean_text(body)
    if not title:
        errors["title"] = [_("Give your contribution a title.")]
    if len(body) < 10:
        errors["body"] = [_("Write at least a few words (10 characters or more).")]
    if kind not in ContributionKind.values:
        errors["kind"] = [_("Choose a proposal or an observation.")]
    if language not in ContributionLanguage.values:
        errors["language"] = [_("Choose Arabic or French.")]
    if region and region not in Region.values:
        errors["region"] = [_("Choose a region from the list.")]
    if not is_user:
        name = clean_line(name)[:120]
        email = (email or "").strip().lower()
        if not name:
            errors["author_name"] = [_("Give your name.")]
        if not email or "@" not in email:
            errors["author_email"] = [
                _("Give an email address: we send you a link to confirm it.")
            ]
    return errors, title, body, name, email


def _limit(*, user, is_user: bool, email: str, ip: str) -> None:
    """The same limits for the site and the API: per account for signed-in people,
    per address and email for the others."""
    if ip and not is_user:
        limit, period = CONTRIBUTIONS_PER_ADDRESS
        rate_limit("contribution:ip", ip, limit=limit, period=period)
    if is_user:
        limit, period = CONTRIBUTIONS_PER_ACCOUNT
        rate_limit("contribution:user", str(user.pk), limit=limit, period=period)
    else:
        limit, period = CONTRIBUTIONS_PER_EMAIL
        rate_limit("contribution:email", email, limit=limit, period=period)


def _new_contribution(
    *,
    consultation: Consultation,
    kind: str,
    title: str,
    body: str,
    language: str,
    region: str,
    status: str,
    when: datetime.datetime,
    author=None,
    author_name: str = "",
    author_email: str = "",
    email_verified_at: datetime.datetime | None = None,
    attachment_type: str = "",
) -> Contribution:
    """A contribution not yet saved, built alike however it came in: a new
    reference, the fingerprint of its text, sent on ``when`` and published then if
    ``status`` says so. Its status, author and verification are the caller's
    rules (``contribution_submit``, ``contribution_record``)."""
    return Contribution(
        consultation=consultation,
        reference=new_reference(),
        kind=kind,
        title=title,
        body=body,
        language=language,
        region=region or "",
        status=status,
        author=author,
        author_name=author_name,
        author_email=author_email,
        email_verified_at=email_verified_at,
        body_hash=text_hash(title, body),
        submitted_at=when,
        published_at=when if status == ContributionStatus.PUBLISHED else None,
        attachment_type=attachment_type,
    )


def submission_of(data: dict) -> dict:
    """What ``contribution_submit`` takes from a form's or a serializer's cleaned
    data (the site and the API ask for the same fields)."""
    return {
        "kind": data["kind"],
        "title": data["title"],
        "body": data["body"],
        "language": data["language"],
        "region": data.get("region", ""),
        "attachment": data.get("attachment"),
        "author_name": data.get("author_name", ""),
        "author_email": data.get("author_email", ""),
    }


@transaction.atomic
def contribution_submit(
    *,
    consultation: Consultation,
    kind: str,
    title: str,
    body: str,
    language: str,
    region: str = "",
    attachment=None,
    user=None,
    author_name: str = "",
    author_email: str = "",
    ip: str = "",
) -> Contribution:
    """Store a proposal or an observation, or return the same one sent again.

    A person with an account is published at once (moderation after publication)
    or queued for moderators; a person without one waits for the email link.
    The returned contribution has ``duplicate = True`` when it was already stored.
    """
    user = person(user)
    is_user = user.is_authenticated
    errors, title, body, author_name, author_email = _validate(
        kind=kind,
        title=title,
        body=body,
        language=language,
        region=region,
        is_user=is_user,
        name=author_name,
        email=author_email,
    )
    stored_file, file_type = None, ""
    if attachment:
        try:
            stored_file, file_type = validate_attachment(attachment)
        except ValidationError as exc:
            errors["attachment"] = exc.messages
    if errors:
        raise ValidationError(errors)

    source = lock_source(consultation)
    contribution_check(consultation=source, user=user)

    fingerprint = text_hash(title, body)
    recent = Contribution.objects.filter(
        consultation=source,
        body_hash=fingerprint,
        submitted_at__gte=timezone.now() - DUPLICATE_WINDOW,
    )
    recent = (
        recent.filter(author=user)
        if is_user
        else recent.filter(author__isnull=True, author_email=author_email)
    )
    existing = recent.first()
    if existing is not None:
        existing.duplicate = True
        return existing

    _limit(user=user, is_user=is_user, email=author_email, ip=ip)

    now = timezone.now()
    if not is_user:
        status = ContributionStatus.PENDING_VERIFICATION
    elif source.moderation_mode == ModerationMode.AFTER:
        status = ContributionStatus.PUBLISHED
    else:
        status = ContributionStatus.PENDING_MODERATION
    contribution = _new_contribution(
        consultation=source,
        kind=kind,
        title=title,
        body=body,
        language=language,
        region=region,
        status=status,
        when=now,
        author=user if is_user else None,
        author_name="" if is_user else author_name,
        author_email="" if is_user else author_email,
        email_verified_at=now if is_user else None,
        attachment_type=file_type,
    )
    if stored_file is not None:
        contribution.attachment.save(stored_file.name, stored_file, save=False)
    contribution.save()
    contribution.duplicate = False

    if is_user:
        activity.follow(user=user, target=contribution)
        send_email(
            to=user.email,
            template="consultations/emails/received",
            context={"contribution": contribution, "consultation": source},
            language=author_language(contribution),
        )
    else:
        token = contribution_verify_token(contribution=contribution)
        send_email(
            to=author_email,
            template="consultations/emails/verify",
            context={
                "contribution": contribution,
                "consultation": source,
                "url": absolute_url(f"/{language}/consultations/verify/{token}/"),
                "days": EMAIL_TOKEN_MAX_AGE // 86400,
            },
            language=language,
        )
    return contribution


@transaction.atomic
def contribution_record(
    *, consultation, kind, language, region, title, body, author_name, when
) -> tuple[Contribution, bool]:
    """A contribution collected outside the portal (a workshop's sheet, a letter),
    recorded as published on ``when``; recording the same title again returns the
    first record. Returns ``(contribution, created)``."""
    existing = Contribution.objects.filter(consultation=consultation, title=title)
    if found := existing.first():
        return found, False
    handle = "".join(ch for ch in author_name if ch.isascii() and ch.isalnum())
    contribution = _new_contribution(
        consultation=consultation,
        kind=kind,
        title=title,
        body=body,
        language=language,
        region=region,
        status=ContributionStatus.PUBLISHED,
        when=when,
        author_name=author_name,
        author_email=f"{handle.lower() or 'participant'}@demo.sharaka.local",
        email_verified_at=when,
    )
    contribution.save()
    return contribution, True
