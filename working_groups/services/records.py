"""A working group's news posts and decisions: written by its coordinators or the
secretariat (``working_groups.manage_group``), kept as drafts until published.

Publishing needs the Arabic and French texts; the first publication tells the
group's followers (``working_groups.news``, ``working_groups.decision``), once:
unpublishing and publishing again tells no one again.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import activity
from core.errors import Forbidden

from ..models import GroupDecision, GroupNews, WorkingGroup

LANGUAGES = ("ar", "fr", "en")


def _check_manager(group: WorkingGroup, by) -> WorkingGroup:
    source = group.source
    if not by.has_perm("working_groups.manage_group", source):
        raise Forbidden(_("Only the group's coordinators and the secretariat do this."))
    return source


def _check_texts(record, fields: tuple[str, ...], publish: bool) -> None:
    """A draft needs one language; a published record Arabic and French."""
    written = [
        f"{name}_{code}"
        for name in fields
        for code in LANGUAGES
        if str(getattr(record, f"{name}_{code}")).strip()
    ]
    if not written:
        raise ValidationError(
            {f"{fields[0]}_ar": [_("Write it in at least one language.")]}
        )
    if publish:
        missing = record.missing(*fields)
        if missing:
            raise ValidationError(
                {
                    name: [_("Write it in Arabic and in French before publishing.")]
                    for name in missing
                }
            )


def _publish(record, *, publish: bool) -> bool:
    """Set the published flag; True when this is the first publication."""
    record.is_published = publish
    first = publish and record.first_published_at is None
    if first:
        record.first_published_at = timezone.now()
    return first


def _tell(record, *, kind: str, by, group: WorkingGroup) -> None:
    if not group.is_public:
        return
    activity.publish(
        kind=kind,
        target=record,
        actor=by,
        key=f"{kind}:{record.pk}",
        followed=[group],
    )


@transaction.atomic
def news_save(
    *,
    group: WorkingGroup,
    by,
    news: GroupNews | None = None,
    published_on: datetime.date | None = None,
    publish: bool = False,
    **texts: str,
) -> GroupNews:
    """Write or edit a news post (``title_ar``... ``body_en``); publish it or keep
    (or put back) it as a draft."""
    source = _check_manager(group, by)
    if news is not None and news.group_id != source.pk:
        raise Forbidden(_("This news post belongs to another group."))
    news = news or GroupNews(group=source, created_by=by)
    unknown = set(texts) - {f"{f}_{c}" for f in ("title", "body") for c in LANGUAGES}
    if unknown:
        raise ValidationError({name: [_("Unknown field.")] for name in unknown})
    for name, value in texts.items():
        setattr(news, name, (value or "").strip())
    news.published_on = published_on or news.published_on or timezone.localdate()
    _check_texts(news, ("title", "body"), publish)
    first = _publish(news, publish=publish)
    news.full_clean(exclude=["group", "created_by"])
    news.save()
    if first:
        _tell(news, kind="working_groups.news", by=by, group=source)
    return news


@transaction.atomic
def decision_save(
    *,
    group: WorkingGroup,
    by,
    decision: GroupDecision | None = None,
    decided_on: datetime.date | None = None,
    link: str = "",
    publish: bool = False,
    **texts: str,
) -> GroupDecision:
    """Record or edit a decision (``text_ar``, ``text_fr``, ``text_en``), with its
    date and, optionally, a link to the meeting or document behind it."""
    source = _check_manager(group, by)
    if decision is not None and decision.group_id != source.pk:
        raise Forbidden(_("This decision belongs to another group."))
    decision = decision or GroupDecision(group=source, created_by=by)
    unknown = set(texts) - {f"text_{c}" for c in LANGUAGES}
    if unknown:
        raise ValidationError({name: [_("Unknown field.")] for name in unknown})
    for name, value in texts.items():
        setattr(decision, name, (value or "").strip())
    decision.decided_on = decided_on or decision.decided_on or timezone.localdate()
    if decision.decided_on > timezone.localdate():
        raise ValidationError(
            {"decided_on": [_("A decision is recorded once it is taken.")]}
        )
    decision.link = (link or "").strip()
    _check_texts(decision, ("text",), publish)
    first = _publish(decision, publish=publish)
    decision.full_clean(exclude=["group", "created_by"])
    decision.save()
    if first:
        _tell(decision, kind="working_groups.decision", by=by, group=source)
    return decision
