"""Governance bodies and announced meetings in the site search.

A meeting is searchable from its invitation on (title, summary, agenda); its
minutes and decisions join the entry once published. Draft minutes, remarks,
proposals and members' accounts never reach the index.
"""

from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from search.registry import Entry, Source, register

from .models import AgendaItem, Body, Decision, Meeting, MeetingStatus


def _body_entries(body: Body):
    if not body.is_published:
        return []
    code = body.locale.language_code
    with translation.override(code):
        return [
            Entry(
                source="governance_body",
                object_id=str(body.pk),
                locale=code,
                title=body.name,
                body=f"{body.mission}\n{body.description}",
                url=body.get_absolute_url(),
                summary=body.description[:300],
                facets={"kind": [body.kind]},
            )
        ]


def _meeting_entries(meeting: Meeting):
    if meeting.status == MeetingStatus.PLANNED or not meeting.body.is_published:
        return []
    published = meeting.status == MeetingStatus.PUBLISHED
    entries = []
    for code in ("ar", "fr", "en"):
        if code == "en" and not meeting.title_en:
            continue
        with translation.override(code):
            parts = [meeting.summary, meeting.place]
            parts += [item.title for item in meeting.agenda_items.all()]
            if published:
                parts.append(strip_tags(meeting.minutes))
                parts += [d.wording for d in meeting.decisions.all()]
            entries.append(
                Entry(
                    source="governance_meeting",
                    object_id=str(meeting.pk),
                    locale=code,
                    title=meeting.title,
                    body="\n".join(p for p in parts if p),
                    url=meeting.get_absolute_url(),
                    date=timezone.localdate(meeting.start),
                    summary=meeting.summary[:300],
                    facets={"kind": ["meeting"]},
                )
            )
    return entries


register(
    Source(
        name="governance_body",
        model=Body,
        queryset=lambda: Body.objects.published().select_related("locale"),
        entries=_body_entries,
        label=_("Governance bodies"),
    )
)
register(
    Source(
        name="governance_meeting",
        model=Meeting,
        queryset=lambda: Meeting.objects.announced().select_related("body"),
        entries=_meeting_entries,
        label=_("Governance meetings"),
        related={
            AgendaItem: lambda item: [item.meeting_id],
            Decision: lambda decision: [decision.meeting_id],
        },
    )
)
