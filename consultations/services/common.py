"""What the services share: asking the rules, locking, the moderation log, authors."""

from django.contrib.auth.models import AnonymousUser
from django.db import connection

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


# What deciding on a comment reads of its consultation (``comment_check``).
_COMMENT_FIELDS = {"id", "translation_key", "opens_at", "closes_at"}
_COMMENT_FIELDS |= {"is_general_box", "comments_open"}


def share_for_comment(*, author_id, pk=None, translation_key=None) -> Consultation:
    """The source row of the consultation a comment is written on (by its ``pk``,
    or by the ``translation_key`` of any of its rows), for the rest of the
    transaction, with what deciding on a comment reads.

    On PostgreSQL the row is locked ``FOR SHARE``: comments on one consultation do
    not wait for each other, but a change of the consultation (closing it, closing
    its comments: ``lock_source``) waits for the comments being written, and they
    for it. The same statement takes the author's own lock (an advisory lock until
    the commit), so that two comments of one person are checked for duplicates one
    after the other. Written in SQL: the ORM cannot say ``FOR SHARE``, and this
    runs for every comment (a fifth of the ORM's time). SQLite writes one
    transaction at a time anyway.
    """
    lookup = {"pk": pk} if pk is not None else {"translation_key": translation_key}
    if connection.vendor != "postgresql":
        rows = Consultation.objects.only(*_COMMENT_FIELDS).filter(**lookup)
        return rows.order_by("pk").first()
    fields = [
        f for f in Consultation._meta.concrete_fields if f.attname in _COMMENT_FIELDS
    ]
    column = "id" if pk is not None else "translation_key"
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {', '.join(f.column for f in fields)},"  # noqa: S608 - names
            " pg_advisory_xact_lock(hashtextextended(%s, 0))"
            f" FROM {Consultation._meta.db_table} WHERE {column} = %s"
            " ORDER BY id LIMIT 1 FOR SHARE",
            [f"consultations.comment:{author_id}", next(iter(lookup.values()))],
        )
        row = cursor.fetchone()
    names = [f.attname for f in fields]
    return Consultation.from_db(connection.alias, names, row[: len(names)])


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
