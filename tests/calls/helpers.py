"""Shared steps of the calls suite."""

from calls import services
from calls.models import CommitteeMember


def score_all(application, user, share=1.0, points=None):
    """``user`` gives every criterion ``share`` of its maximum (or ``points``)."""
    criteria = list(application.call.criteria.all())
    if points is None:
        points = {c.pk: round(c.max_points * share) for c in criteria}
    return services.scores_record(application=application, by=user, points=points)


def scorers(call):
    return [m.user for m in CommitteeMember.objects.filter(call=call) if m.scores]
