"""What each write shows to the public, for the page cache (``core.cache``).

A consultation's page, its feed and its API routes depend on the scope
``consultation:<pk of the source row>``; every write below invalidates it (and
its model's own scope, for the lists). Writes that change nothing public —
a contribution waiting for its email link or for moderation, a report, a
moderator's log line — invalidate nothing.
"""

from core.cache import cache_scopes, reader_scope

from .models import (
    Comment,
    CommentStatus,
    Consultation,
    ConsultationTag,
    Contribution,
    ContributionStatus,
    Endorsement,
    Flag,
    ModerationAction,
    OfficialAnswer,
    Support,
)


def scope(source_pk) -> str:
    """The scope of one consultation (all its languages), by its source row's pk."""
    return f"consultation:{source_pk}"


def row_scope(translation_key) -> str:
    """The scope of a consultation's own rows (all its languages), without what
    is written on it: its API representation and its card in the list."""
    return f"consultation-row:{translation_key}"


def card_scope(contribution_pk) -> str:
    """The scope of a contribution's card on its consultation's page (a stored
    fragment): its own row, its answer, its endorsements. Its supports are not in
    it: the count is read with the page and shown for each answer."""
    return f"contribution:{contribution_pk}"


def thread_scope(comment) -> str:
    """The scope of the comment threads ``comment`` belongs to: those on its
    contribution, or those on its consultation (stored page fragments)."""
    if comment.contribution_id:
        return f"comments:contribution:{comment.contribution_id}"
    return f"comments:consultation:{comment.consultation_id}"


@cache_scopes(Consultation)
def _consultation(consultation, created):
    source_pk = (
        Consultation.objects.filter(translation_key=consultation.translation_key)
        .order_by("pk")
        .values_list("pk", flat=True)
        .first()
    )
    return [
        scope(source_pk or consultation.pk),
        row_scope(consultation.translation_key),
    ]


@cache_scopes(ConsultationTag)
def _consultation_tag(tagged, created):
    """A theme given or taken (taggit also says it of the consultation)."""
    key = (
        Consultation.objects.filter(pk=tagged.content_object_id)
        .values_list("translation_key", flat=True)
        .first()
    )
    return [row_scope(key)] if key else []


@cache_scopes(Contribution)
def _contribution(contribution, created):
    if created and contribution.status != ContributionStatus.PUBLISHED:
        return None  # not public yet: waits for its email link or a moderator
    # The author's own state on the page (a link to withdraw, no support button).
    author = [reader_scope(contribution.author_id)] if contribution.author_id else []
    return [scope(contribution.consultation_id), card_scope(contribution.pk), *author]


def _of_contribution(contribution_id, card=False) -> list[str]:
    consultation_id = (
        Contribution.objects.filter(pk=contribution_id)
        .values_list("consultation_id", flat=True)
        .first()
    )
    if not consultation_id:
        return []
    return [scope(consultation_id), *([card_scope(contribution_id)] if card else [])]


@cache_scopes(Comment)
def _comment(comment, created):
    if created and comment.status != CommentStatus.PUBLISHED:
        return None
    if comment.consultation_id:
        return [scope(comment.consultation_id), thread_scope(comment)]
    # A comment on a contribution names the contribution only.
    contribution = comment._state.fields_cache.get("contribution")
    if contribution is not None:
        return [scope(contribution.consultation_id), thread_scope(comment)]
    return [*_of_contribution(comment.contribution_id), thread_scope(comment)]


@cache_scopes(Support)
def _support(support, created):
    # The supporter's own state on the page too (their button).
    return [*_of_contribution(support.contribution_id), reader_scope(support.user_id)]


@cache_scopes(OfficialAnswer)
def _answer(answer, created):
    return _of_contribution(answer.contribution_id, card=True)


@cache_scopes(Endorsement)
def _endorsement(endorsement, created):
    return _of_contribution(endorsement.contribution_id, card=True)


@cache_scopes(Flag)
def _flag(flag, created):
    return None  # reports are read by moderators only


@cache_scopes(ModerationAction)
def _moderation_log(action, created):
    return None  # the moderation log is private; the moderated record invalidates


# Records whose every public read is covered by the consultation's scope.
COVERED = (Consultation, Contribution, Comment, Support, OfficialAnswer, Endorsement)
