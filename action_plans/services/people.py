"""Who receives the module's emails: reviewers and an institution's focal points."""

from django.contrib.auth import get_user_model

from ..models import FocalPoint

REVIEW_PERMISSION = "action_plans.review_progressupdate"


def reviewer_emails() -> list[str]:
    """The accounts that hold the review permission (the secretariat)."""
    users = get_user_model().objects.with_perm(
        REVIEW_PERMISSION, backend="django.contrib.auth.backends.ModelBackend"
    )
    return sorted({u.email for u in users.filter(is_active=True) if u.email})


def focal_point_emails(institution_id: int) -> list[str]:
    return sorted(
        FocalPoint.objects.filter(
            institution_id=institution_id, is_active=True, user__is_active=True
        )
        .exclude(user__email="")
        .values_list("user__email", flat=True)
    )


def focal_point_ids(institution_id: int) -> list[int]:
    """The accounts ``focal_point_emails`` writes to."""
    return sorted(
        FocalPoint.objects.filter(
            institution_id=institution_id, is_active=True, user__is_active=True
        )
        .exclude(user__email="")
        .values_list("user_id", flat=True)
    )
