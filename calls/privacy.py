"""Personal data in calls: the person's seats on selection committees, the
applications they created for their organisations, the votes they cast.

An application belongs to the organisation and a committee seat is a public
record: on deletion they stay, unlinked from the account. Who cast a vote is
forgotten (the organisation's vote stays).
"""


def export(user) -> dict:
    from .models import Application, CommitteeMember, Vote

    return {
        "selection_committees": [
            {"call": m.call.title, "role": m.role, "name": m.name}
            for m in CommitteeMember.objects.filter(user=user).select_related("call")
        ],
        "applications_created": [
            {
                "call": a.call.title,
                "organisation": a.organisation.name,
                "reference": a.reference,
                "status": a.status,
            }
            for a in Application.objects.filter(created_by=user).select_related(
                "call", "organisation"
            )
        ],
        "votes_cast": [
            {"call": v.election.call.title, "organisation": v.organisation.name}
            for v in Vote.objects.filter(cast_by=user).select_related(
                "election__call", "organisation"
            )
        ],
    }


def erase(user) -> None:
    from .models import Application, AuditEntry, CommitteeMember, Vote

    CommitteeMember.objects.filter(user=user).update(user=None)
    Application.objects.filter(created_by=user).update(created_by=None)
    Vote.objects.filter(cast_by=user).update(cast_by=None)
    AuditEntry.objects.filter(actor=user).update(actor=None)
