"""The members' emails: the invitation with its agenda (and calendar file), and
the draft minutes open to their remarks. Each in the member's own language."""

from django.urls import reverse
from django.utils import translation

from core.emails import send_email
from core.links import absolute_url

from .calendar import invitation_ics
from .models import Meeting, Member


def meeting_url(meeting: Meeting, language: str) -> str:
    with translation.override(language):
        return absolute_url(
            reverse("governance_meeting", kwargs={"slug": meeting.slug})
        )


def _send(member: Member, meeting: Meeting, template: str, *, ics=False) -> None:
    user = member.user
    language = user.preferred_language or "ar"
    url = meeting_url(meeting, language)
    attachments = ()
    if ics:
        with translation.override(language):
            content = invitation_ics(meeting, url=url)
        attachments = [
            {
                "filename": "meeting.ics",
                "content": content,
                "mimetype": "text/calendar; charset=utf-8",
            }
        ]
    send_email(
        to=user.email,
        template=f"governance/emails/{template}",
        context={"meeting": meeting, "member": member, "meeting_url": url},
        language=language,
        attachments=attachments,
    )


def invitation_emails(meeting: Meeting, members) -> int:
    """Send the invitation to every member with an active account."""
    sent = 0
    for member in members:
        if member.user_id and member.user.is_active:
            _send(member, meeting, "invitation", ics=True)
            sent += 1
    return sent


def remarks_emails(meeting: Meeting, members) -> int:
    sent = 0
    for member in members:
        if member.user_id and member.user.is_active:
            _send(member, meeting, "remarks_open")
            sent += 1
    return sent
