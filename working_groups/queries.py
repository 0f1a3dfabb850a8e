"""Reads with their visibility rules, shared by pages, API, feeds and search.

Other modules (events) reach working groups through this module and the model
relations, never through this app's rules or services' internals.
"""

from django.db.models import Count, Q

from core.translation import localized_map

from .models import (
    ApplicationStatus,
    GroupDecision,
    GroupNews,
    Membership,
    MembershipApplication,
    Organisation,
    WorkingGroup,
)


def public_organisations():
    return Organisation.objects.verified().prefetch_related("fields_of_action")


def public_groups():
    """Source rows of public groups, with their active member count."""
    return (
        WorkingGroup.objects.sources()
        .filter(is_public=True)
        .annotate(
            member_count=Count(
                "memberships", filter=Q(memberships__left_at__isnull=True)
            )
        )
    )


def localized_groups(groups) -> list:
    """Each source group paired with its text in the active language."""
    groups = list(groups)
    texts = localized_map(groups, WorkingGroup)
    for group in groups:
        group.text = texts[group.pk]
    return groups


def group_by_slug(slug: str) -> WorkingGroup | None:
    """The group's translation whose slug matches, preferring the active locale."""
    from wagtail.models import Locale

    candidates = list(WorkingGroup.objects.filter(slug=slug, is_public=True))
    if not candidates:
        return None
    active = Locale.get_active()
    for group in candidates:
        if group.locale_id == active.pk:
            return group
    group = candidates[0]
    return group.get_translation_or_none(active) or group


def group_by_id_or_slug(value: str) -> WorkingGroup | None:
    """A group (any translation) named by id or slug, as event filters name it."""
    lookup = {"pk": value} if value.isdigit() else {"slug": value}
    return WorkingGroup.objects.filter(**lookup).order_by("pk").first()


def represents(user, organisation: Organisation) -> bool:
    """Whether ``user`` (signed in) acts for ``organisation``."""
    return organisation.representative_links.filter(user=user).exists()


def coordinates(user, group: WorkingGroup) -> bool:
    """Whether ``user`` (signed in) coordinates ``group``, in whatever language."""
    return group.source.coordinators.filter(pk=user.pk).exists()


def active_members(group: WorkingGroup):
    return (
        Membership.objects.filter(group=group.source, left_at__isnull=True)
        .filter(organisation__verified=True)
        .select_related("organisation")
        .order_by("organisation__name_fr")
    )


def _with_group_texts(memberships) -> list:
    memberships = list(memberships)
    texts = localized_map([m.group for m in memberships], WorkingGroup)
    for membership in memberships:
        membership.group_text = texts[membership.group_id]
    return memberships


def organisation_groups(organisation: Organisation) -> list:
    """Current memberships of public groups, each with ``group_text``."""
    return _with_group_texts(
        Membership.objects.filter(organisation=organisation, left_at__isnull=True)
        .filter(group__is_public=True)
        .select_related("group")
    )


def former_memberships(organisation: Organisation) -> list:
    """Closed memberships of public groups, latest first, each with ``group_text``."""
    return _with_group_texts(
        organisation.memberships.filter(left_at__isnull=False, group__is_public=True)
        .select_related("group")
        .order_by("-left_at")
    )


def represented_organisations(user):
    if not user.is_authenticated:
        return Organisation.objects.none()
    return Organisation.objects.filter(representative_links__user=user).distinct()


def join_options(user, group: WorkingGroup) -> dict:
    """The person's organisations, sorted by where they stand with ``group``.

    ``can_apply`` are those that may send an application now: verified, neither
    members nor waiting for a decision, to a group open to applications (the
    service refuses the others with the reason).
    """
    source = group.source
    mine = list(represented_organisations(user))
    member_ids = set(
        active_members(source)
        .filter(organisation__in=mine)
        .values_list("organisation_id", flat=True)
    )
    pending_ids = set(
        MembershipApplication.objects.filter(
            group=source, organisation__in=mine, status=ApplicationStatus.PENDING
        ).values_list("organisation_id", flat=True)
    )
    group_open = source.is_open and source.is_public
    return {
        "mine": mine,
        "members": [o for o in mine if o.pk in member_ids],
        "pending": [o for o in mine if o.pk in pending_ids],
        "unverified": [o for o in mine if not o.verified],
        "can_apply": [
            o
            for o in mine
            if group_open
            and o.verified
            and o.pk not in member_ids
            and o.pk not in pending_ids
        ],
    }


def applications_for_user(user):
    """Applications of the organisations the person represents (never others')."""
    return (
        MembershipApplication.objects.filter(
            organisation__representative_links__user=user
        )
        .select_related("organisation", "group")
        .distinct()
    )


def applications_visible_to(user):
    """Those of the person's organisations and groups; all for the secretariat."""
    queryset = MembershipApplication.objects.select_related("organisation", "group")
    if not user.is_authenticated:
        return queryset.none()
    if not user.has_perm("working_groups.view_all_applications"):
        queryset = queryset.filter(
            Q(organisation__representative_links__user=user)
            | Q(group__coordinators=user)
        ).distinct()
    return queryset.order_by("-submitted_at")


def pending_applications(group: WorkingGroup):
    return MembershipApplication.objects.filter(
        group=group.source, status=ApplicationStatus.PENDING
    ).select_related("organisation")


def logo_is_public(path: str) -> bool:
    """Whether the logo at ``path`` (under MEDIA_ROOT) is a verified organisation's."""
    from .models import Organisation

    return Organisation.objects.filter(logo=path, verified=True).exists()


def public_news():
    """Published news posts of public groups, latest first."""
    return (
        GroupNews.objects.filter(is_published=True, group__is_public=True)
        .select_related("group")
        .order_by("-published_on", "-pk")
    )


def public_decisions():
    """Published decisions of public groups, latest first."""
    return (
        GroupDecision.objects.filter(is_published=True, group__is_public=True)
        .select_related("group")
        .order_by("-decided_on", "-pk")
    )


def group_news(group: WorkingGroup, *, drafts: bool = False):
    """A group's news; its drafts too for its managers (``drafts=True``)."""
    qs = GroupNews.objects.filter(group=group.source).select_related("group")
    if not drafts:
        qs = qs.filter(is_published=True)
    return qs.order_by("-published_on", "-pk")


def group_decisions(group: WorkingGroup, *, drafts: bool = False):
    """A group's decisions; its drafts too for its managers (``drafts=True``)."""
    qs = GroupDecision.objects.filter(group=group.source).select_related("group")
    if not drafts:
        qs = qs.filter(is_published=True)
    return qs.order_by("-decided_on", "-pk")
