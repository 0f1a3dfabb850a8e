"""The demo citizen's follows and notifications (demo mode only).

The citizen (``demo.users``) follows the open demo consultation, one of its themes
and the transparency working group, and has been told, through the real fan-out
service (``activity_fan_out``, what the task queue runs after a publication), of
the consultation that opened and of the group's news post (both read) and decision
(unread). Each activity has the key its module publishes it with, so the
``send_notifications`` command never tells it a second time. Idempotent.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType

from consultations.models import Consultation
from core import activity
from demo.users import CITIZEN_EMAIL
from working_groups.models import GroupDecision, GroupNews, WorkingGroup

from . import services
from .models import Follow, Notification

GROUP_SLUG = "transparency"


def _tell(target, *, kind: str, followed: list[str]) -> None:
    act = activity.Activity(
        kind=kind,
        content_type_id=ContentType.objects.get_for_model(target).pk,
        object_id=str(target.pk),
        key=f"{kind}:{target.pk}",
        followed=tuple(followed),
    )
    services.activity_fan_out(activity_data=act.as_dict())


def load(*, homes) -> str:
    if not settings.DEMO_MODE and not settings.TESTING:
        return "skipped (not in demo mode)"
    citizen = get_user_model().objects.filter(email=CITIZEN_EMAIL).first()
    consultation = (
        Consultation.objects.sources()
        .filter(is_general_box=False, closeout_published_at__isnull=True)
        .order_by("pk")
        .first()
    )
    group = WorkingGroup.objects.sources().filter(slug=GROUP_SLUG).first()
    if citizen is None or consultation is None or group is None:
        return "skipped (no demo citizen, consultation or working group)"
    if Follow.objects.filter(user=citizen).exists():
        return "the demo citizen's follows already present"
    theme = (
        Consultation.objects.filter(translation_key=consultation.translation_key)
        .exclude(tags__slug=None)
        .values_list("tags__slug", flat=True)
        .order_by("tags__slug")
        .first()
    )
    services.follow_add(user=citizen, key=activity.follow_key(consultation))
    services.follow_add(user=citizen, key=activity.follow_key(group))
    services.follow_topics_set(
        user=citizen, themes=[theme] if theme else [], regions=[]
    )
    if theme:
        _tell(
            consultation,
            kind="consultations.opened",
            followed=[activity.topic("theme", theme)],
        )
    group_key = activity.follow_key(group)
    for news in GroupNews.objects.filter(group=group, is_published=True):
        _tell(news, kind="working_groups.news", followed=[group_key])
    for decision in GroupDecision.objects.filter(group=group, is_published=True):
        _tell(decision, kind="working_groups.decision", followed=[group_key])
    mine = Notification.objects.filter(recipient=citizen).order_by("pk")
    for notification in mine.exclude(kind="working_groups.decision"):
        services.notifications_mark_read(user=citizen, notification=notification)
    return (
        f"the demo citizen follows 3 things, {mine.count()} notifications "
        f"({mine.filter(read_at__isnull=True).count()} unread)"
    )
