"""Follows, notifications and each person's choices; newsletters and their mailing.

A follow names what it follows by a key (``core.activity.follow_key``:
``consultations.consultation:12``, or a topic such as ``theme:transparency``), plus
the content type and id of a record, so that any module's records (action-plan
commitments too) can be followed without this module knowing them.
"""

from .follows import Channel, Follow, Notification, Preference
from .newsletters import (
    Delivery,
    DeliveryStatus,
    Newsletter,
    Sending,
    SendingStatus,
    Subscriber,
)

__all__ = [
    "Channel",
    "Delivery",
    "DeliveryStatus",
    "Follow",
    "Newsletter",
    "Notification",
    "Preference",
    "Sending",
    "SendingStatus",
    "Subscriber",
]
