"""Listening to ``core.activity``: each activity becomes a background task that
tells its people; a request to follow is recorded at once (a small write)."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from core import activity
from core import cache as page_cache

from .models import Follow, Notification


@receiver(activity.published, dispatch_uid="notifications_on_activity")
def _on_activity(sender, **kwargs):
    from .tasks import fan_out

    fan_out.enqueue(activity_data=kwargs["activity"].as_dict())


@receiver(activity.follow_requested, dispatch_uid="notifications_on_follow")
def _on_follow(sender, *, user_id, key, content_type_id, object_id, **kwargs):
    from .services import follow_automatic

    # Inside the contribution's own transaction (one commit for both); a failure
    # here rolls back to this savepoint only and is logged by ``core.activity``.
    with transaction.atomic():
        follow_automatic(
            user=kwargs.get("user"),
            user_id=user_id,
            key=key,
            content_type_id=content_type_id,
            object_id=object_id,
        )


@receiver(post_save, sender=Notification, dispatch_uid="notifications_menu_save")
@receiver(post_delete, sender=Notification, dispatch_uid="notifications_menu_delete")
def _on_notification(sender, instance, **kwargs):
    """The unread count in the person's account menu (bulk writes say it in
    the services)."""
    page_cache.menu_changed(instance.recipient_id)


@receiver(post_save, sender=Follow, dispatch_uid="notifications_reader_save")
@receiver(post_delete, sender=Follow, dispatch_uid="notifications_reader_delete")
def _on_follow_written(sender, instance, **kwargs):
    """The follow buttons of the pages stored with holes (``core.cache.holes``):
    the person's stored state is read again."""
    page_cache.reader_changed(instance.user_id)
