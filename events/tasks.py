"""Background work of events: the reminders of the day before."""

from django_tasks import task


@task()
def send_event_reminders() -> int:
    from .services import reminders_send

    return reminders_send()
