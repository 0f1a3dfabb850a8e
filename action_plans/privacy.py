"""Focal points' personal data: their role, and the progress updates they wrote.

A progress update is the institution's public record: on deletion it stays,
unlinked from the account (as a reviewer's name does); the focal point role,
bound to the account, goes with it.
"""


def export(user) -> dict:
    from .models import FocalPoint, ProgressUpdate

    point = FocalPoint.objects.filter(user=user).select_related("institution").first()
    return {
        "focal_point": {
            "institution": point.institution.name,
            "active": point.is_active,
        }
        if point
        else None,
        "progress_updates": [
            {
                "commitment": str(u.commitment),
                "status": u.status,
                "text": u.text,
                "created_at": u.created_at.isoformat(),
                "published_at": u.published_at.isoformat() if u.published_at else None,
            }
            for u in ProgressUpdate.objects.filter(author=user).select_related(
                "commitment"
            )
        ],
    }


def erase(user) -> None:
    from .models import FocalPoint, ProgressUpdate

    FocalPoint.objects.filter(user=user).delete()
    ProgressUpdate.objects.filter(author=user).update(author=None)
    ProgressUpdate.objects.filter(reviewed_by=user).update(reviewed_by=None)
