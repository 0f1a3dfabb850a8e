"""The personal data of consultations: what a person wrote, supported, endorsed in
an organisation's name and reported."""

from django.db import transaction

from .models import Comment, Contribution, Endorsement, Flag, Support


def _own_contributions(user):
    """The person's contributions: with their account, or sent with their email."""
    from django.db.models import Q

    return Contribution.objects.filter(
        Q(author=user) | Q(author__isnull=True, author_email__iexact=user.email)
    )


def export(user) -> dict:
    contributions = _own_contributions(user).select_related("consultation", "answer")
    return {
        "contributions": [
            {
                "reference": c.reference,
                "consultation": c.consultation.title,
                "kind": c.kind,
                "title": c.title,
                "text": c.body,
                "language": c.language,
                "region": c.region,
                "status": c.status,
                "submitted_at": c.submitted_at.isoformat(),
                "answer": (
                    {"verdict": c.answer.verdict, "explanation": c.answer.explanation}
                    if hasattr(c, "answer")
                    else None
                ),
            }
            for c in contributions
        ],
        "comments": [
            {"text": c.body, "created_at": c.created_at.isoformat(), "status": c.status}
            for c in Comment.objects.filter(author=user)
        ],
        "supports": [
            s.contribution.reference
            for s in Support.objects.filter(user=user).select_related("contribution")
        ],
        # Endorsements the person gave in an organisation's name.
        "endorsements": [
            {
                "organisation": e.organisation.name_fr or e.organisation.name_ar,
                "contribution": e.contribution.reference,
                "created_at": e.created_at.isoformat(),
            }
            for e in Endorsement.objects.filter(user=user).select_related(
                "organisation", "contribution"
            )
        ],
        "reports": [
            {
                "reason": f.reason,
                "details": f.details,
                "created_at": f.created_at.isoformat(),
            }
            for f in Flag.objects.filter(user=user)
        ],
    }


@transaction.atomic
def erase(user) -> None:
    """What the person published stays, without their name; the rest goes."""
    _own_contributions(user).update(author=None, author_name="", author_email="")
    Comment.objects.filter(author=user).update(author=None)
    Support.objects.filter(user=user).update(user=None)
    # The endorsement is the organisation's: it stays, without who clicked.
    Endorsement.objects.filter(user=user).update(user=None)
    Flag.objects.filter(user=user).update(user=None, details="")
