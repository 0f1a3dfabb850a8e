"""Contributions: what is public, lists, sorts and counts.

``published_contributions()`` is used by the API, the pages, the exports, the
feeds and the search index alike, so that nothing private leaks through one door
that another one closes.
"""

import datetime
import hashlib
from collections import Counter, OrderedDict

from django.db.models import (
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from core.cache import fragment
from notifications import queries as notifications
from working_groups import queries as organisations

from ..models import (
    Comment,
    CommentStatus,
    Consultation,
    Contribution,
    ContributionKind,
    ContributionLanguage,
    ContributionSort,
    ContributionStatus,
    Endorsement,
    Region,
    Support,
)


def published_contributions() -> QuerySet[Contribution]:
    """Contributions anyone may see: published and not hidden."""
    return Contribution.objects.filter(status=ContributionStatus.PUBLISHED)


def visible_contributions(user) -> QuerySet[Contribution]:
    """What ``user`` may open: published contributions, and all for moderators."""
    if user.has_perm("consultations.moderate"):
        return Contribution.objects.all()
    return published_contributions()


def _count_of(model, **filters):
    """How many ``model`` rows point to the outer contribution: a correlated
    subquery, so that a page of 20 counts 20 contributions' rows, not every row of
    the consultation joined and grouped before the page is cut."""
    rows = (
        model.objects.filter(contribution=OuterRef("pk"), **filters)
        .order_by()
        .values("contribution")
        .annotate(n=Count("pk"))
        .values("n")[:1]
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


def public_endorsements() -> Prefetch:
    """The organisations that endorse each contribution, as ``public_endorsements``."""
    endorsements = Endorsement.objects.select_related("organisation").order_by(
        "created_at", "pk"
    )
    return Prefetch(
        "endorsements", queryset=endorsements, to_attr="public_endorsements"
    )


def with_counts(qs: QuerySet[Contribution]) -> QuerySet[Contribution]:
    """Contributions with what lists show (supports, public comments, the answer,
    the organisations that endorse them as ``public_endorsements``)."""
    return (
        qs.select_related("author", "answer")
        .annotate(
            support_count=_count_of(Support),
            comment_count=_count_of(Comment, status=CommentStatus.PUBLISHED),
        )
        .prefetch_related(public_endorsements())
    )


def contribution_rows(pks) -> QuerySet[Contribution]:
    """The published contributions ``pks`` with what their representation
    shows (their author, answer and endorsements); one hidden meanwhile is not
    read."""
    return (
        published_contributions()
        .filter(pk__in=pks)
        .select_related("author", "answer")
        .prefetch_related(public_endorsements())
    )


# Left out of rows shared with every reader (a consultation's stored page of
# contributions): what only the author and the moderators know.
PRIVATE_FIELDS = (
    "author_email",
    "email_verified_at",
    "body_hash",
    "reject_reason",
    "moderation_note",
)


def page_rows(consultation: Consultation, sort: str = "") -> QuerySet[Contribution]:
    """A consultation's public contributions as its page lists them: the rows
    only (with the count it is sorted by, if any); the page reads the support
    counts of the rows it shows (``support_counts``), the rest is read for the
    cards that are not stored."""
    qs = published_contributions().filter(consultation=consultation.source)
    if sort == ContributionSort.SUPPORTS:
        qs = qs.annotate(support_count=_count_of(Support))
    if sort == ContributionSort.COMMENTS:
        qs = qs.annotate(
            comment_count=_count_of(Comment, status=CommentStatus.PUBLISHED)
        )
    return qs


# The orders of the lists; each ends on a unique key so that pages never overlap.
SORTS = {
    ContributionSort.NEWEST: ("-published_at", "-pk"),
    ContributionSort.SUPPORTS: ("-support_count", "-published_at", "-pk"),
    ContributionSort.COMMENTS: ("-comment_count", "-published_at", "-pk"),
}


def sort_contributions(qs: QuerySet[Contribution], sort: str = "") -> QuerySet:
    """``qs`` (from ``with_counts``) in one of ``ContributionSort``'s orders
    (newest first by default)."""
    return qs.order_by(*SORTS.get(sort, SORTS[ContributionSort.NEWEST]))


def contribution_page(contribution: Contribution, per_page: int) -> int:
    """The page of its consultation's public list (newest first) that shows it."""
    newer = (
        published_contributions()
        .filter(consultation_id=contribution.consultation_id)
        .filter(
            Q(published_at__gt=contribution.published_at)
            | Q(published_at=contribution.published_at, pk__gt=contribution.pk)
        )
        .count()
    )
    return newer // per_page + 1


def endorsing_organisations(user) -> list:
    """The organisations ``user`` may endorse in the name of (the rule decides)."""
    if not user.is_authenticated:
        return []
    return [
        organisation
        for organisation in organisations.represented_organisations(user)
        if user.has_perm("consultations.endorse", organisation)
    ]


def public_contribution_list(consultation: Consultation) -> QuerySet[Contribution]:
    """A consultation's public contributions, with what lists show, in few queries."""
    return with_counts(
        published_contributions().filter(consultation=consultation.source)
    ).order_by("-published_at", "-pk")


def of_consultation(qs: QuerySet, pk) -> QuerySet:
    """Contributions or comments of the consultation ``pk`` (any translation)."""
    return qs.filter(consultation=Consultation.objects.source_of(pk))


def filter_contributions(
    qs: QuerySet[Contribution], *, kind: str = "", language: str = "", region: str = ""
) -> QuerySet[Contribution]:
    """The filters of the site's and the API's lists; unknown values are ignored."""
    if kind in ContributionKind.values:
        qs = qs.filter(kind=kind)
    if language in ContributionLanguage.values:
        qs = qs.filter(language=language)
    if region:
        qs = qs.filter(region=region)
    return qs


def supported_ids(user, contribution_ids) -> set[int]:
    """Which of these contributions ``user`` supports (to offer a withdrawal)."""
    if not user.is_authenticated:
        return set()
    return set(
        Support.objects.filter(
            user=user, contribution_id__in=contribution_ids
        ).values_list("contribution_id", flat=True)
    )


def support_counts(user, contribution_ids) -> dict[int, tuple[int, bool]]:
    """For each of these contributions that is still published: its supports and
    whether ``user`` supports it (to offer a withdrawal). One query, by primary
    key, which also keeps a stored list from showing a contribution hidden since."""
    qs = (
        Contribution.objects.filter(pk__in=contribution_ids)
        .order_by()
        .annotate(support_count=_count_of(Support))
    )
    if user.is_authenticated:
        mine = Support.objects.filter(contribution=OuterRef("pk"), user=user)
        qs = qs.annotate(supported=Exists(mine))
    else:
        qs = qs.annotate(supported=Value(False))
    rows = qs.values_list("pk", "status", "support_count", "supported")
    return {
        pk: (count, supported)
        for pk, status, count, supported in rows
        if status == ContributionStatus.PUBLISHED  # as published_contributions()
    }


def contribution_counts(translation_keys, *, shared: bool = True) -> dict:
    """Published contributions per consultation, keyed by translation key.

    ``shared``: for lists, the counts are kept in the shared cache until a
    contribution or a consultation changes (a comment or a support leaves them),
    so a list not cached yet does not count thousands of rows again. A page about
    one consultation passes ``shared=False``: it depends on that consultation's
    own scope, not on every contribution.
    """
    keys = sorted({str(key) for key in translation_keys})

    def count() -> dict:
        rows = (
            published_contributions()
            .filter(consultation__translation_key__in=keys)
            .values("consultation__translation_key")
            .annotate(n=Count("pk"))
        )
        return {str(r["consultation__translation_key"]): r["n"] for r in rows}

    if not shared or not keys:
        counts = count()
    else:
        digest = hashlib.blake2b("|".join(keys).encode(), digest_size=12)
        counts = fragment("contribution-counts", count, digest.hexdigest())
    return {key: counts[str(key)] for key in translation_keys if str(key) in counts}


def closeout_statistics(consultation: Consultation) -> dict:
    """Counts of the published contributions per kind, day, region and language."""
    rows = list(
        published_contributions()
        .filter(consultation=consultation.source)
        .values_list("kind", "submitted_at", "region", "language")
    )
    tz = timezone.get_current_timezone()
    per_kind = Counter(r[0] for r in rows)
    per_day = Counter(timezone.localtime(r[1], tz).date() for r in rows)
    per_region = Counter(r[2] for r in rows if r[2])
    per_language = Counter(r[3] for r in rows)
    days = OrderedDict()
    if per_day:
        day, last = min(per_day), max(per_day)
        while day <= last:
            days[day] = per_day.get(day, 0)
            day += datetime.timedelta(days=1)
    return {
        "total": len(rows),
        "per_kind": [(c.label, per_kind.get(c.value, 0)) for c in ContributionKind],
        "per_language": [
            (c.label, per_language.get(c.value, 0)) for c in ContributionLanguage
        ],
        "per_region": [
            (c.label, per_region[c.value]) for c in Region if per_region.get(c.value)
        ],
        "per_day": [(d, n) for d, n in days.items()],
    }


def answered_contributions(consultation: Consultation) -> QuerySet[Contribution]:
    """The published contributions that have an official answer (the close-out)."""
    return (
        published_contributions()
        .filter(consultation=consultation.source, answer__isnull=False)
        .select_related("answer")
        .order_by("pk")
    )


def own_contributions(user) -> QuerySet[Contribution]:
    """The contributions sent from ``user``'s account (none for a visitor)."""
    if not user.is_authenticated:
        return Contribution.objects.none()
    return (
        Contribution.objects.filter(author=user)
        .select_related("consultation", "consultation__locale", "answer")
        .order_by("-submitted_at")
    )


def reader_state(user, source: Consultation) -> dict:
    """What a consultation's page shows of its reader: the contributions they
    support and wrote there, what they follow, and whether they may endorse in
    the name of an organisation (``core.cache.holes``)."""
    on_page = Contribution.objects.filter(consultation=source)
    return {
        "supports": frozenset(
            Support.objects.filter(
                user=user, contribution__consultation=source
            ).values_list("contribution_id", flat=True)
        ),
        "wrote": frozenset(on_page.filter(author=user).values_list("pk", flat=True)),
        "follows": notifications.followed_keys(user),
        "endorses": bool(endorsing_organisations(user)),
    }
