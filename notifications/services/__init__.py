"""Every write of the notifications module: follows, notifications, preferences,
unsubscribing, and newsletters. Import from here: ``notifications.services``."""

from .follows import (
    follow_add,
    follow_automatic,
    follow_remove,
    follow_topics_set,
)
from .newsletters import (
    newsletter_render,
    newsletter_test_send,
    sending_run,
    sending_start,
    subscriber_confirm,
    subscriber_subscribe,
    subscriber_unsubscribe,
)
from .notify import (
    activity_fan_out,
    digests_send,
    notifications_mark_read,
    notifications_send,
    pending_send,
    preference_unsubscribe,
    preferences_set,
    unsubscribe_token,
)

__all__ = [
    "activity_fan_out",
    "digests_send",
    "follow_add",
    "follow_automatic",
    "follow_remove",
    "follow_topics_set",
    "newsletter_render",
    "newsletter_test_send",
    "notifications_mark_read",
    "notifications_send",
    "pending_send",
    "preference_unsubscribe",
    "preferences_set",
    "sending_run",
    "sending_start",
    "subscriber_confirm",
    "subscriber_subscribe",
    "subscriber_unsubscribe",
    "unsubscribe_token",
]
