"""Reads with their visibility rules, shared by pages, API, feeds and search."""

from django.db.models import Count, Prefetch, Q

from core.translation import localized_map

from .models import (
    ApplicationStatus,
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


def active_members(group: WorkingGroup):
    return (
        Membership.objects.filter(group=group.source, left_at__isnull=True)
        .filter(organisation__verified=True)
        .select_related("organisation")
        .order_by("organisation__name_fr")
    )


def organisation_groups(organisation: Organisation):
    return (
        Membership.objects.filter(organisation=organisation, left_at__isnull=True)
        .filter(group__is_public=True)
        .select_related("group")
    )


def represented_organisations(user):
    if not user.is_authenticated:
        return Organisation.objects.none()
    return Organisation.objects.filter(representative_links__user=user).distinct()


def applications_for_user(user):
    """Applications of the organisations the person represents (never others')."""
    return (
        MembershipApplication.objects.filter(
            organisation__representative_links__user=user
        )
        .select_related("organisation", "group")
        .distinct()
    )


def pending_applications(group: WorkingGroup):
    return MembershipApplication.objects.filter(
        group=group.source, status=ApplicationStatus.PENDING
    ).select_related("organisation")


__all__ = ["Prefetch"]
