"""A published event whose date, place or link changes, or that is unpublished
before it ends, is announced (``services.event_changes_announce``) whoever saved
it: the admin, the API or a script."""

from django.db import transaction
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from .models import Event
from .services import ANNOUNCED_FIELDS, event_changes_announce


@receiver(pre_save, sender=Event, dispatch_uid="events_remember_before")
def _remember(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        return
    instance._announced_before = (
        Event.objects.filter(pk=instance.pk)
        .values(*ANNOUNCED_FIELDS, "is_published")
        .first()
    )


@receiver(post_save, sender=Event, dispatch_uid="events_announce_changes")
def _announce(sender, instance, created, raw=False, **kwargs):
    before = getattr(instance, "_announced_before", None)
    if raw or created or not before:
        return
    instance._announced_before = None
    with transaction.atomic():
        event_changes_announce(event=instance, before=before)
