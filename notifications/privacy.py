"""A person's follows, notifications, choices and newsletter subscription.

All of it goes with the account; a follow made in an organisation's name stays
the organisation's, without the person's name. The newsletter subscription of the
account's address is erased too (its past deliveries keep only their counts).
"""


def _subscriber(user):
    from .models import Subscriber

    return Subscriber.objects.filter(email__iexact=user.email).first()


def export(user) -> dict:
    from .models import Follow, Notification, Preference

    subscriber = _subscriber(user)
    return {
        "follows": [
            {
                "what": f.key,
                "organisation": f.organisation.name if f.organisation_id else None,
                "automatic": f.automatic,
                "stopped": f.muted,
                "since": f.created_at.isoformat(),
            }
            for f in Follow.objects.filter(user=user).select_related("organisation")
        ],
        "notifications": [
            {
                "kind": n.kind,
                "about": f"{n.content_type.app_label}.{n.content_type.model}:"
                f"{n.object_id}",
                "created_at": n.created_at.isoformat(),
                "read_at": n.read_at.isoformat() if n.read_at else None,
                "emailed_at": n.emailed_at.isoformat() if n.emailed_at else None,
            }
            for n in Notification.objects.filter(recipient=user).select_related(
                "content_type"
            )
        ],
        "preferences": dict(
            Preference.objects.filter(user=user).values_list("kind", "channel")
        ),
        "newsletter": (
            {
                "email": subscriber.email,
                "language": subscriber.language,
                "subscribed_at": subscriber.created_at.isoformat(),
                "confirmed_at": subscriber.confirmed_at.isoformat()
                if subscriber.confirmed_at
                else None,
                "unsubscribed_at": subscriber.unsubscribed_at.isoformat()
                if subscriber.unsubscribed_at
                else None,
            }
            if subscriber
            else None
        ),
    }


def erase(user) -> None:
    from .models import Follow, Notification, Preference

    Notification.objects.filter(recipient=user).delete()
    Notification.objects.filter(actor=user).update(actor=None)
    Preference.objects.filter(user=user).delete()
    Follow.objects.filter(user=user, organisation__isnull=True).delete()
    Follow.objects.filter(user=user).update(user=None)
    subscriber = _subscriber(user)
    if subscriber is not None:
        subscriber.delete()
