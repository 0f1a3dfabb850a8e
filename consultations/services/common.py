"""What the services share: asking the rules, locking, the moderation log, authors."""

from django.contrib.auth.models import AnonymousUser

from ..models import Consultation, Contribution, ModerationAction
from .errors import NotAllowed


def person(user):
    """``user``, or an anonymous visitor when the caller passed none."""
    return AnonymousUser() if user is None else user


def require(user, rule: str, obj=None, *, refusal=NotAllowed) -> None:
    """Raise ``refusal`` unless ``consultations.rules`` lets ``user`` do ``rule``."""
    if not person(user).has_perm(rule, obj):
        raise refusal()


def lock_source(consultation: Consultation) -> Consultation:
    """The source row of the consultation, locked so that its settings and dates
    are read once for the whole transaction."""
    return (
        Consultation.objects.select_for_update()
        .filter(translation_key=consultation.translation_key)
        .order_by("pk")
        .first()
    )


def lock_consultation_of(contribution: Contribution) -> Consultation:
    """The consultation ``contribution`` is filed under (a source row, as every
    contribution's), locked: read by its key, without the contribution's caller
    having read it first."""
    return Consultation.objects.select_for_update().get(pk=contribution.consultation_id)


def log(action, *, moderator=None, reason="", **targets) -> ModerationAction:
    return ModerationAction.objects.create(
        action=action, moderator=moderator, reason=reason, **targets
    )


def author_email(contribution: Contribution) -> str:
    if contribution.author_id:
        return contribution.author.email
    return contribution.author_email


def author_language(contribution: Contribution) -> str:
    if contribution.author_id and contribution.author.preferred_language:
        return contribution.author.preferred_language
    return contribution.language
