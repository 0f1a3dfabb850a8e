"""Background work: telling people of an activity, emailing, newsletters."""

from django_tasks import task

from . import services
from .services.notify import BATCH


@task()
def fan_out(*, activity_data: dict) -> int:
    """Notify the people of one activity, then queue their emails in batches."""
    ids = services.activity_fan_out(activity_data=activity_data)
    for start in range(0, len(ids), BATCH):
        send_notifications.enqueue(ids=ids[start : start + BATCH])
    return len(ids)


@task()
def send_notifications(*, ids: list[int]) -> int:
    return services.notifications_send(ids=ids)


@task()
def send_pending() -> int:
    return services.pending_send()


@task()
def send_digests(*, channel: str) -> int:
    return services.digests_send(channel=channel)


@task()
def send_newsletter(*, sending_id: int) -> dict:
    """Send one batch of a mailing, then queue the next until none is left."""
    counts = services.sending_run(sending_id=sending_id)
    if counts["pending"]:
        send_newsletter.enqueue(sending_id=sending_id)
    return counts
