"""Following records and topics (themes, regions), by hand or automatically."""

import re

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from core import activity
from core.errors import Forbidden
from core.regions import Region

from ..models import Follow

TOPICS = ("theme", "region")
_SLUG = re.compile(r"^[-\w]{1,80}$")


def resolve(key: str) -> tuple[ContentType | None, str]:
    """The content type and id a follow key names; ValidationError if none."""
    invalid = ValidationError({"key": [_("There is nothing to follow here.")]})
    name, sep, value = (key or "").partition(":")
    if not sep or not value:
        raise invalid
    if name == "region":
        if value not in Region.values:
            raise invalid
        return None, ""
    if name == "theme":
        if not _SLUG.match(value):
            raise invalid
        return None, ""
    app_label, dot, model = name.partition(".")
    try:
        content_type = ContentType.objects.get_by_natural_key(app_label, model)
    except ContentType.DoesNotExist:
        raise invalid from None
    model_class = content_type.model_class()
    if not dot or model_class is None or not value.isdigit():
        raise invalid
    target = model_class._default_manager.filter(pk=value).first()
    if target is None or activity.follow_key(target) != key:
        raise invalid
    return content_type, value


@transaction.atomic
def follow_add(*, user, key: str, organisation=None) -> Follow:
    """Follow what ``key`` names, as oneself or in an organisation's name."""
    if not user.has_perm("notifications.follow"):
        raise Forbidden(_("Sign in to follow."))
    if organisation is not None and not user.has_perm(
        "notifications.follow_as_organisation", organisation
    ):
        raise Forbidden(_("Only its representatives follow in an organisation's name."))
    content_type, object_id = resolve(key)
    owner = (
        {"organisation": organisation}
        if organisation is not None
        else {"user": user, "organisation": None}
    )
    follow, created = Follow.objects.get_or_create(
        **owner,
        key=key,
        defaults={"user": user, "content_type": content_type, "object_id": object_id},
    )
    if not created and (follow.muted or follow.automatic):
        follow.muted = follow.automatic = False
        follow.save(update_fields=["muted", "automatic"])
    return follow


@transaction.atomic
def follow_remove(*, user, follow: Follow) -> None:
    """Stop following. An automatic follow is muted, so that it stays stopped."""
    if not user.has_perm("notifications.unfollow", follow):
        raise Forbidden(_("You do not follow this."))
    if follow.automatic:
        follow.muted = True
        follow.save(update_fields=["muted"])
    else:
        follow.delete()


def follow_automatic(
    *,
    user_id: int,
    key: str,
    content_type_id: int | None,
    object_id: str,
    user=None,
) -> None:
    """Follow what a person contributed to or commented on, unless they stopped.

    An inactive or anonymised account follows nothing. ``user``, the person's row
    when the caller has it (the writer, read by the request), spares reading it
    again in the write's transaction."""
    from django.contrib.auth import get_user_model

    if user is not None and user.pk == user_id:
        if not user.is_active or user.is_anonymised:
            return
    elif (
        not get_user_model()
        .objects.filter(pk=user_id, is_active=True, is_anonymised=False)
        .exists()
    ):
        return
    # One statement: an existing follow (muted or not) is left as it is.
    Follow.objects.bulk_create(
        [
            Follow(
                user_id=user_id,
                key=key,
                automatic=True,
                content_type_id=content_type_id,
                object_id=object_id,
            )
        ],
        ignore_conflicts=True,
    )


@transaction.atomic
def follow_topics_set(*, user, themes: list[str], regions: list[str]) -> list[Follow]:
    """Follow exactly these themes and regions (a form of checkboxes)."""
    if not user.has_perm("notifications.follow"):
        raise Forbidden(_("Sign in to follow."))
    wanted = {activity.topic("theme", t) for t in themes} | {
        activity.topic("region", r) for r in regions
    }
    for key in wanted:
        resolve(key)
    mine = Follow.objects.filter(user=user, organisation=None)
    topics = mine.filter(key__regex=r"^(theme|region):")
    topics.exclude(key__in=wanted).delete()
    have = set(topics.values_list("key", flat=True))
    Follow.objects.bulk_create(
        [Follow(user=user, key=key) for key in sorted(wanted - have)]
    )
    return list(mine.filter(key__in=wanted))
