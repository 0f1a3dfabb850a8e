"""Every rule of consultations, in one place.

The site, the API, the admin and the tests call these functions; none of them
re-implements a rule. Each write runs in a transaction; emails are queued on
commit (``core.emails``), so a failed email never loses what a person typed.
"""

import datetime
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from core.antiabuse import rate_limit
from core.emails import send_email
from core.errors import DomainError, Forbidden
from core.tokens import InvalidToken, make_token, read_token

from . import rules as consultation_rules
from .files import validate_attachment
from .models import (
    GENERAL_BOX_SLUG,
    Comment,
    CommentStatus,
    Consultation,
    Contribution,
    ContributionKind,
    ContributionLanguage,
    ContributionStatus,
    Flag,
    FlagReason,
    ModerationAction,
    ModerationMode,
    OfficialAnswer,
    Region,
    RejectReason,
    Status,
    Support,
    Verdict,
)
from .text import clean_line, clean_text, text_hash

EMAIL_TOKEN_PURPOSE = "contribution-email"  # noqa: S105 - a purpose, not a secret
EMAIL_TOKEN_MAX_AGE = 7 * 24 * 60 * 60
DUPLICATE_WINDOW = datetime.timedelta(minutes=10)
FLAGS_TO_HIDE = 3
# Rate limits: (limit, period in seconds).
CONTRIBUTIONS_PER_ADDRESS = (10, 60 * 60)
CONTRIBUTIONS_PER_ACCOUNT = (20, 60 * 60)
CONTRIBUTIONS_PER_EMAIL = (5, 60 * 60)
COMMENTS_PER_ACCOUNT = (30, 60 * 60)
FLAGS_PER_ACCOUNT = (30, 60 * 60)


# --- Domain errors -------------------------------------------------------------------


class ConsultationNotOpen(DomainError):
    code = "consultation_not_open"

    def __init__(self, consultation=None):
        if consultation is not None and consultation.status == Status.UPCOMING:
            message = _("This consultation is not open yet.")
        else:
            message = _("This consultation is closed.")
        super().__init__(message)


class AnonymousNotAllowed(Forbidden):
    code = "account_required"

    def __init__(self):
        super().__init__(_("Please log in to take part in this consultation."))


class CommentsClosed(DomainError):
    code = "comments_closed"

    def __init__(self):
        super().__init__(_("Comments are closed here."))


class NotPublic(DomainError):
    code = "not_public"

    def __init__(self):
        super().__init__(_("This contribution is not published."))


class AlreadySupported(DomainError):
    code = "already_supported"

    def __init__(self):
        super().__init__(_("You already support this contribution."))


class OwnContribution(DomainError):
    code = "own_contribution"

    def __init__(self):
        super().__init__(_("You cannot support your own contribution."))


class AlreadyFlagged(DomainError):
    code = "already_flagged"

    def __init__(self):
        super().__init__(_("You have already reported this."))


class NotAllowed(Forbidden):
    def __init__(self):
        super().__init__(_("You are not allowed to do this."))


class InvalidTransition(DomainError):
    code = "invalid_transition"


# --- Helpers -------------------------------------------------------------------------


def _new_reference() -> str:
    """A short public reference, e.g. ``CP-2026-7K3QX9``, unique by construction."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    year = timezone.localdate().year
    while True:
        code = "".join(secrets.choice(alphabet) for _i in range(6))
        reference = f"CP-{year}-{code}"
        if not Contribution.objects.filter(reference=reference).exists():
            return reference


def _site_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _author_email(contribution: Contribution) -> str:
    if contribution.author_id:
        return contribution.author.email
    return contribution.author_email


def _author_language(contribution: Contribution) -> str:
    if contribution.author_id and contribution.author.preferred_language:
        return contribution.author.preferred_language
    return contribution.language


def _lock(consultation: Consultation) -> Consultation:
    """The original consultation, locked so that its rules are read consistently."""
    original = consultation.original
    return Consultation.objects.select_for_update().get(pk=original.pk)


def _log(action, *, moderator=None, reason="", **targets) -> ModerationAction:
    return ModerationAction.objects.create(
        action=action, moderator=moderator, reason=reason, **targets
    )


# --- Consultations -------------------------------------------------------------------


@transaction.atomic
def general_box_get() -> Consultation:
    """The general box (always open), created on first use in the default language."""
    box = Consultation.objects.filter(is_general_box=True).order_by("pk").first()
    if box is None:
        locale = Locale.get_default()
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
            locale=locale,
        )
    return box


@transaction.atomic
def closeout_publish(*, consultation: Consultation, user) -> Consultation:
    """Publish the "you said, we did" close-out of a closed consultation."""
    if not consultation_rules.can_publish_closeout(user):
        raise NotAllowed()
    original = _lock(consultation)
    if original.is_general_box or original.status != Status.CLOSED:
        raise InvalidTransition(
            _("The close-out can only be published once the consultation is closed.")
        )
    if (
        not (original.synthesis_text or "").strip()
        and not original.synthesis_document_id
    ):
        raise InvalidTransition(
            _("Write the synthesis (or attach its document) before publishing.")
        )
    now = timezone.now()
    # The close-out is published in every language of the consultation.
    Consultation.objects.filter(translation_key=original.translation_key).update(
        closeout_published_at=now
    )
    original.closeout_published_at = now
    _log(ModerationAction.Action.CLOSEOUT, moderator=user, consultation=original)
    return original


@transaction.atomic
def closeout_unpublish(*, consultation: Consultation, user) -> Consultation:
    if not consultation_rules.can_publish_closeout(user):
        raise NotAllowed()
    original = _lock(consultation)
    Consultation.objects.filter(translation_key=original.translation_key).update(
        closeout_published_at=None
    )
    original.closeout_published_at = None
    return original


# --- Contributions -------------------------------------------------------------------


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
    is_user = user is not None and user.is_authenticated
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
        author_name = clean_line(author_name)[:120]
        author_email = (author_email or "").strip().lower()
        if not author_name:
            errors["author_name"] = [_("Give your name.")]
        if not author_email or "@" not in author_email:
            errors["author_email"] = [
                _("Give an email address: we send you a link to confirm it.")
            ]
    stored_file, file_type = None, ""
    if attachment:
        try:
            stored_file, file_type = validate_attachment(attachment)
        except ValidationError as exc:
            errors["attachment"] = exc.messages
    if errors:
        raise ValidationError(errors)

    original = _lock(consultation)
    if original.status != Status.OPEN:
        raise ConsultationNotOpen(original)
    if not is_user and not original.allow_anonymous:
        raise AnonymousNotAllowed()

    fingerprint = text_hash(title, body)
    recent = Contribution.objects.filter(
        consultation=original,
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

    if ip:
        rate_limit(
            "contribution:ip",
            ip,
            limit=CONTRIBUTIONS_PER_ADDRESS[0],
            period=CONTRIBUTIONS_PER_ADDRESS[1],
        )
    if is_user:
        rate_limit(
            "contribution:user",
            str(user.pk),
            limit=CONTRIBUTIONS_PER_ACCOUNT[0],
            period=CONTRIBUTIONS_PER_ACCOUNT[1],
        )
    else:
        rate_limit(
            "contribution:email",
            author_email,
            limit=CONTRIBUTIONS_PER_EMAIL[0],
            period=CONTRIBUTIONS_PER_EMAIL[1],
        )

    now = timezone.now()
    if not is_user:
        status = ContributionStatus.PENDING_VERIFICATION
    elif original.moderation_mode == ModerationMode.AFTER:
        status = ContributionStatus.PUBLISHED
    else:
        status = ContributionStatus.PENDING_MODERATION
    contribution = Contribution(
        consultation=original,
        reference=_new_reference(),
        kind=kind,
        title=title,
        body=body,
        language=language,
        region=region or "",
        status=status,
        author=user if is_user else None,
        author_name="" if is_user else author_name,
        author_email="" if is_user else author_email,
        email_verified_at=now if is_user else None,
        body_hash=fingerprint,
        submitted_at=now,
        published_at=now if status == ContributionStatus.PUBLISHED else None,
        attachment_type=file_type,
    )
    if stored_file is not None:
        contribution.attachment.save(stored_file.name, stored_file, save=False)
    contribution.save()
    contribution.duplicate = False

    if is_user:
        send_email(
            to=user.email,
            template="consultations/emails/received",
            context={"contribution": contribution, "consultation": original},
            language=_author_language(contribution),
        )
    else:
        token = make_token(EMAIL_TOKEN_PURPOSE, contribution.pk)
        send_email(
            to=author_email,
            template="consultations/emails/verify",
            context={
                "contribution": contribution,
                "consultation": original,
                "url": _site_url(f"/{language}/consultations/verify/{token}/"),
                "days": EMAIL_TOKEN_MAX_AGE // 86400,
            },
            language=language,
        )
    return contribution


def contribution_verify_token(contribution: Contribution) -> str:
    return make_token(EMAIL_TOKEN_PURPOSE, contribution.pk)


@transaction.atomic
def contribution_verify_email(*, token: str) -> Contribution:
    """Accept the single-use link sent to a person without an account."""
    pk = read_token(token, EMAIL_TOKEN_PURPOSE, max_age_seconds=EMAIL_TOKEN_MAX_AGE)
    contribution = (
        Contribution.objects.select_for_update()
        .select_related("consultation")
        .filter(pk=pk)
        .first()
    )
    if contribution is None:
        raise InvalidToken()
    if (
        contribution.email_verified_at is not None
        or contribution.status != ContributionStatus.PENDING_VERIFICATION
    ):
        raise InvalidToken(_("This link has already been used."))
    now = timezone.now()
    contribution.email_verified_at = now
    if contribution.consultation.moderation_mode == ModerationMode.AFTER:
        contribution.status = ContributionStatus.PUBLISHED
        contribution.published_at = now
    else:
        contribution.status = ContributionStatus.PENDING_MODERATION
    contribution.save(update_fields=["email_verified_at", "status", "published_at"])
    return contribution


MODERATION_TRANSITIONS = {
    "approve": (
        {ContributionStatus.PENDING_MODERATION},
        ContributionStatus.PUBLISHED,
        ModerationAction.Action.APPROVE,
    ),
    "reject": (
        {
            ContributionStatus.PENDING_MODERATION,
            ContributionStatus.PUBLISHED,
            ContributionStatus.HIDDEN,
        },
        ContributionStatus.REJECTED,
        ModerationAction.Action.REJECT,
    ),
    "hide": (
        {ContributionStatus.PUBLISHED},
        ContributionStatus.HIDDEN,
        ModerationAction.Action.HIDE,
    ),
    "restore": (
        {ContributionStatus.HIDDEN, ContributionStatus.REJECTED},
        ContributionStatus.PUBLISHED,
        ModerationAction.Action.RESTORE,
    ),
}


@transaction.atomic
def contribution_moderate(
    *,
    contribution: Contribution,
    moderator,
    action: str,
    reason: str = "",
    note: str = "",
) -> Contribution:
    """Approve, reject (with a reason), hide or restore; logged; author told."""
    if not consultation_rules.is_moderator(moderator):
        raise NotAllowed()
    if action not in MODERATION_TRANSITIONS:
        raise ValidationError({"action": [_("Unknown moderation action.")]})
    # Lock the contribution row only: its author may be null (an outer join).
    contribution = (
        Contribution.objects.select_for_update(of=("self",))
        .select_related("author", "consultation")
        .get(pk=contribution.pk)
    )
    sources, target, logged = MODERATION_TRANSITIONS[action]
    if contribution.status == ContributionStatus.PENDING_VERIFICATION:
        raise InvalidTransition(
            _("The author has not confirmed their email address yet.")
        )
    if contribution.status not in sources:
        raise InvalidTransition(
            _("This action is not possible for a contribution that is “%(status)s”.")
            % {"status": contribution.get_status_display()}
        )
    note = clean_text(note)
    if action == "reject":
        if reason not in RejectReason.values:
            raise ValidationError({"reason": [_("Choose a reason from the list.")]})
        if reason == RejectReason.OTHER and not note:
            raise ValidationError({"note": [_("Write the reason for the rejection.")]})
        contribution.reject_reason = reason
        contribution.moderation_note = note
    elif action in ("hide",):
        contribution.moderation_note = note
    now = timezone.now()
    contribution.status = target
    if target == ContributionStatus.PUBLISHED and contribution.published_at is None:
        contribution.published_at = now
    if action == "restore":
        contribution.reject_reason = ""
        contribution.flags.filter(resolved_at__isnull=True).update(resolved_at=now)
    contribution.save()
    log_reason = note
    if action == "reject":
        log_reason = (
            f"{RejectReason(reason).label}. {note}".strip(" .")
            if note
            else str(RejectReason(reason).label)
        )
    _log(logged, moderator=moderator, reason=log_reason, contribution=contribution)

    recipient = _author_email(contribution)
    if recipient and action in ("approve", "reject", "hide"):
        send_email(
            to=recipient,
            template=f"consultations/emails/{action}",
            context={
                "contribution": contribution,
                "consultation": contribution.consultation,
                "reason": RejectReason(reason).label if action == "reject" else "",
                "note": note,
                "url": _site_url(contribution.consultation.original.get_url_path()),
            },
            language=_author_language(contribution),
        )
    return contribution


@transaction.atomic
def answer_set(
    *, contribution: Contribution, user, verdict: str, explanation: str
) -> OfficialAnswer:
    """Give (or correct) the public official answer to a published contribution."""
    if not consultation_rules.is_secretariat(user):
        raise NotAllowed()
    if verdict not in Verdict.values:
        raise ValidationError({"verdict": [_("Choose an answer from the list.")]})
    explanation = clean_text(explanation)
    if not explanation:
        raise ValidationError({"explanation": [_("Explain the answer.")]})
    contribution = Contribution.objects.select_for_update().get(pk=contribution.pk)
    if contribution.status != ContributionStatus.PUBLISHED:
        raise NotPublic()
    answer, _created = OfficialAnswer.objects.update_or_create(
        contribution=contribution,
        defaults={"verdict": verdict, "explanation": explanation, "author": user},
    )
    _log(
        ModerationAction.Action.ANSWER,
        moderator=user,
        reason=Verdict(verdict).label,
        contribution=contribution,
    )
    recipient = _author_email(contribution)
    if recipient:
        send_email(
            to=recipient,
            template="consultations/emails/answer",
            context={"contribution": contribution, "answer": answer},
            language=_author_language(contribution),
        )
    return answer


# --- Comments ------------------------------------------------------------------------


@transaction.atomic
def comment_create(
    *,
    user,
    body: str,
    consultation: Consultation | None = None,
    contribution: Contribution | None = None,
    parent: Comment | None = None,
) -> Comment:
    """Comment on a consultation or a published contribution, or reply to a comment.

    Replies attach to the thread's first comment, so threads stay one level deep
    (like Decidim's and adhocracy's), which reads well on a phone.
    """
    if user is None or not user.is_authenticated:
        raise AnonymousNotAllowed()
    body = clean_text(body)
    if len(body) < 2:
        raise ValidationError({"body": [_("Write your comment.")]})
    if len(body) > 5000:
        raise ValidationError({"body": [_("A comment has at most 5000 characters.")]})
    if parent is not None:
        if parent.status != CommentStatus.PUBLISHED:
            raise ValidationError({"parent": [_("You cannot reply to this comment.")]})
        while parent.parent_id:
            parent = parent.parent
        consultation, contribution = parent.consultation, parent.contribution
    if contribution is not None:
        contribution = Contribution.objects.select_related("consultation").get(
            pk=contribution.pk
        )
        if contribution.status != ContributionStatus.PUBLISHED:
            raise NotPublic()
        target = contribution.consultation
        consultation = None
    elif consultation is not None:
        target = consultation.original
        consultation = target
    else:
        raise ValidationError({"consultation": [_("Choose what you comment on.")]})
    target = _lock(target)
    if target.status != Status.OPEN:
        raise ConsultationNotOpen(target)
    if not target.comments_open:
        raise CommentsClosed()
    rate_limit(
        "comment:user",
        str(user.pk),
        limit=COMMENTS_PER_ACCOUNT[0],
        period=COMMENTS_PER_ACCOUNT[1],
    )
    duplicate = Comment.objects.filter(
        author=user,
        consultation=consultation,
        contribution=contribution,
        body=body,
        created_at__gte=timezone.now() - DUPLICATE_WINDOW,
    ).first()
    if duplicate is not None:
        duplicate.duplicate = True
        return duplicate
    comment = Comment.objects.create(
        author=user,
        body=body,
        consultation=consultation,
        contribution=contribution,
        parent=parent,
    )
    comment.duplicate = False
    return comment


@transaction.atomic
def comment_moderate(
    *, comment: Comment, moderator, action: str, note: str = ""
) -> Comment:
    if not consultation_rules.is_moderator(moderator):
        raise NotAllowed()
    targets = {"hide": CommentStatus.HIDDEN, "restore": CommentStatus.PUBLISHED}
    if action not in targets:
        raise ValidationError({"action": [_("Unknown moderation action.")]})
    comment = Comment.objects.select_for_update().get(pk=comment.pk)
    comment.status = targets[action]
    comment.save(update_fields=["status"])
    if action == "restore":
        comment.flags.filter(resolved_at__isnull=True).update(
            resolved_at=timezone.now()
        )
    _log(
        ModerationAction.Action.HIDE
        if action == "hide"
        else ModerationAction.Action.RESTORE,
        moderator=moderator,
        reason=clean_text(note),
        comment=comment,
    )
    return comment


# --- Supports ------------------------------------------------------------------------


def support_add(*, user, contribution: Contribution) -> Support:
    """Support a published contribution once; safe under concurrent requests.

    The unique constraint (user, contribution) decides between two simultaneous
    requests: the loser's insert fails and becomes ``AlreadySupported``.
    """
    if user is None or not user.is_authenticated:
        raise AnonymousNotAllowed()
    contribution = Contribution.objects.select_related("consultation").get(
        pk=contribution.pk
    )
    if contribution.status != ContributionStatus.PUBLISHED:
        raise NotPublic()
    if contribution.consultation.status != Status.OPEN:
        raise ConsultationNotOpen(contribution.consultation)
    if contribution.author_id == user.pk:
        raise OwnContribution()
    try:
        with transaction.atomic():
            return Support.objects.create(user=user, contribution=contribution)
    except IntegrityError as exc:
        raise AlreadySupported() from exc


@transaction.atomic
def support_remove(*, user, contribution: Contribution) -> None:
    if user is None or not user.is_authenticated:
        raise AnonymousNotAllowed()
    if contribution.consultation.status != Status.OPEN:
        raise ConsultationNotOpen(contribution.consultation)
    Support.objects.filter(user=user, contribution=contribution).delete()


# --- Reports (flags) -----------------------------------------------------------------


def flag_create(
    *,
    user,
    reason: str,
    details: str = "",
    contribution: Contribution | None = None,
    comment: Comment | None = None,
) -> Flag:
    """Report a contribution or a comment; at 3 people, it is hidden for review."""
    if user is None or not user.is_authenticated:
        raise AnonymousNotAllowed()
    if reason not in FlagReason.values:
        raise ValidationError({"reason": [_("Choose a reason from the list.")]})
    if (contribution is None) == (comment is None):
        raise ValidationError({"non_field_errors": [_("Report one thing at a time.")]})
    rate_limit(
        "flag:user",
        str(user.pk),
        limit=FLAGS_PER_ACCOUNT[0],
        period=FLAGS_PER_ACCOUNT[1],
    )
    try:
        with transaction.atomic():
            if contribution is not None:
                target = Contribution.objects.select_for_update().get(
                    pk=contribution.pk
                )
                if target.status != ContributionStatus.PUBLISHED:
                    raise NotPublic()
            else:
                target = Comment.objects.select_for_update().get(pk=comment.pk)
                if target.status != CommentStatus.PUBLISHED:
                    raise DomainError(_("This comment is not published."))
            flag = Flag.objects.create(
                user=user,
                reason=reason,
                details=clean_text(details)[:2000],
                contribution=target if contribution is not None else None,
                comment=target if comment is not None else None,
            )
            reporters = (
                target.flags.filter(resolved_at__isnull=True)
                .values("user")
                .distinct()
                .count()
            )
            if reporters >= FLAGS_TO_HIDE:
                if contribution is not None:
                    target.status = ContributionStatus.HIDDEN
                    target.save(update_fields=["status"])
                    _log(ModerationAction.Action.AUTO_HIDE, contribution=target)
                else:
                    target.status = CommentStatus.HIDDEN
                    target.save(update_fields=["status"])
                    _log(ModerationAction.Action.AUTO_HIDE, comment=target)
            return flag
    except IntegrityError as exc:
        raise AlreadyFlagged() from exc


# --- Exports -------------------------------------------------------------------------


def contributions_export(
    *, consultation: Consultation, user, fmt: str, include_unpublished: bool = False
) -> bytes:
    """The contributions as CSV or XLSX, for the secretariat; logged.

    By default only what the public sees (``published_contributions``); the
    secretariat may include the other statuses. Emails are never exported.
    """
    from . import exports, queries

    if not consultation_rules.can_export(user):
        raise NotAllowed()
    original = consultation.original
    qs = (
        Contribution.objects.filter(consultation=original)
        if include_unpublished
        else queries.published_contributions().filter(consultation=original)
    )
    data = exports.to_xlsx(qs) if fmt == "xlsx" else exports.to_csv(qs)
    _log(
        ModerationAction.Action.EXPORT,
        moderator=user,
        consultation=original,
        reason=fmt,
    )
    return data
