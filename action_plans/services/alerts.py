"""Overdue milestones and silent commitments, flagged once by email.

Run daily (``manage.py action_plans_alerts``). Each situation has a key, stored
with the alert in the same transaction as the email is queued: a milestone is
flagged once per due date, a commitment once per silence (its last published
update, or its start), so running the command again sends nothing new.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from core.emails import send_email
from core.links import absolute_url

from ..models import Alert, AlertKind, Commitment, Milestone
from ..queries import overdue_milestones, silent_commitments
from .people import focal_point_emails, reviewer_emails


@dataclass
class AlertCounts:
    overdue: int = 0
    silent: int = 0
    already_sent: int = 0


def _send(*, key: str, kind: str, commitment: Commitment, milestone=None, context):
    recipients = sorted(
        set(reviewer_emails()) | set(focal_point_emails(commitment.lead_id))
    )
    try:
        with transaction.atomic():
            Alert.objects.create(
                key=key,
                kind=kind,
                commitment=commitment,
                milestone=milestone,
                recipients=len(recipients),
            )
            if recipients:
                send_email(
                    to=recipients,
                    template=f"action_plans/emails/{kind}",
                    context={
                        "commitment": commitment,
                        "milestone": milestone,
                        "url": absolute_url(commitment.get_url_path("ar")),
                        **context,
                    },
                )
    except IntegrityError:
        return False
    return True


def alerts_send(*, today: datetime.date | None = None, progress=None) -> AlertCounts:
    """Flag what is overdue or silent today and was not flagged yet."""
    today = today or timezone.localdate()
    silence = datetime.timedelta(days=settings.ACTION_PLANS_SILENCE_DAYS)
    counts = AlertCounts()
    sent = set(Alert.objects.values_list("key", flat=True))
    milestones: list[Milestone] = list(overdue_milestones(today=today))
    commitments = list(silent_commitments(today=today, silence=silence))
    items = [("m", m) for m in milestones] + [("c", c) for c in commitments]
    for kind, item in progress(items) if progress else items:
        if kind == "m":
            key = f"overdue:{item.pk}:{item.due_date.isoformat()}"
            args = {
                "kind": AlertKind.OVERDUE,
                "commitment": item.commitment,
                "milestone": item,
                "context": {"days": (today - item.due_date).days},
            }
        else:
            since = item.last_published or item.start
            key = f"silent:{item.pk}:{since.isoformat()}"
            args = {
                "kind": AlertKind.SILENT,
                "commitment": item,
                "context": {"since": since, "days": (today - since).days},
            }
        if key in sent or not _send(key=key, **args):
            counts.already_sent += 1
            continue
        sent.add(key)
        if kind == "m":
            counts.overdue += 1
        else:
            counts.silent += 1
    return counts
