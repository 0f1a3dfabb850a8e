"""Members' personal data: their mandates' accounts, proposals and remarks.

A mandate on a public body is a public record (name, institution, dates): on
deletion it stays, unlinked from the account. What the person wrote privately
(agenda proposals, remarks on draft minutes) goes with the account.
"""


def export(user) -> dict:
    from .models import AgendaProposal, Member, MinutesRemark

    return {
        "mandates": [
            {
                "body": m.body.name,
                "name_ar": m.name_ar,
                "name_fr": m.name_fr,
                "institution": m.institution,
                "role": m.role,
                "constituency": m.constituency,
                "start": m.start.isoformat(),
                "end": m.end.isoformat() if m.end else None,
            }
            for m in Member.objects.filter(user=user).select_related(
                "body", "organisation"
            )
        ],
        "agenda_proposals": [
            {
                "meeting": p.meeting.title,
                "text": p.text,
                "status": p.status,
                "proposed_at": p.created_at.isoformat(),
            }
            for p in AgendaProposal.objects.filter(author=user).select_related(
                "meeting"
            )
        ],
        "remarks_on_minutes": [
            {
                "meeting": r.meeting.title,
                "text": r.text,
                "sent_at": r.created_at.isoformat(),
            }
            for r in MinutesRemark.objects.filter(author=user).select_related("meeting")
        ],
    }


def erase(user) -> None:
    from .models import AgendaProposal, Member, MinutesRemark

    MinutesRemark.objects.filter(author=user).delete()
    AgendaProposal.objects.filter(author=user).delete()
    Member.objects.filter(user=user).update(user=None)
