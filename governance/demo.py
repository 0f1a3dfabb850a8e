"""Demo governance: the three bodies of seed 000, the steering committee's
composition at its meeting of 30 September 2022 (seed 003), and that meeting as a
real, published meeting whose page replaces the former free page.

From the report: the participants, their institutions, who took part remotely,
the absent ministry and associations, the agenda, the points discussed (the
minutes) and the point agreed (a decision by consensus). What the report does
not say is chosen here and kept plain: the mandates run over the 2021-2023 action
plan; the ministry chairs (article 5) in a seat of its own, its two participants
being the secretariat (article 6); of the two budget participants the first holds
the seat and the second is the alternate; the OGP and OECD participants are
observers; the meeting's hours (10:00-12:00) are not in the report.

Idempotent: bodies by translation key, the rest by stable fields; nothing that
exists is changed, so a second run creates nothing.
"""

import datetime
import uuid

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Locale

from demo.data import governance, library, meeting_2022
from demo.data.text import to_html
from documents.models import LibraryDocument
from working_groups.models import Organisation

from . import services
from .models import (
    ActionPlan,
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Body,
    BodyKind,
    Constituency,
    Decision,
    DecisionMethod,
    DecisionResult,
    Meeting,
    MeetingStatus,
    Member,
    MemberRole,
)

LANGS = ("ar", "fr", "en")
NAMESPACE = uuid.UUID("0b7f3c1e-2d84-4f5a-9e61-7a2c9d3b5e10")
# Seed 000's bodies, in the order of demo.data.governance.BODIES.
BODIES = [
    ("steering-committee", BodyKind.STEERING, True),
    ("implementation-committee", BodyKind.IMPLEMENTATION, False),
    ("civil-society-space", BodyKind.CIVIL_SOCIETY_SPACE, False),
]
PLAN = ("2021-2023", datetime.date(2021, 1, 1), datetime.date(2023, 12, 31))
# Seed 003's participants by position: (constituency, role).
ADMINISTRATION = (Constituency.ADMINISTRATION, MemberRole.MEMBER)
SECRETARIAT = (Constituency.ADMINISTRATION, MemberRole.SECRETARIAT)
OBSERVER = (Constituency.OBSERVER, MemberRole.OBSERVER)
CIVIL_SOCIETY = (Constituency.CIVIL_SOCIETY, MemberRole.MEMBER)
SEATS = (
    [SECRETARIAT, SECRETARIAT, OBSERVER, OBSERVER, OBSERVER, OBSERVER, OBSERVER]
    + [ADMINISTRATION] * 4
    + [(Constituency.ADMINISTRATION, MemberRole.ALTERNATE)]
    + [ADMINISTRATION] * 5
    + [CIVIL_SOCIETY] * 9
)
# The absent: a ministry, then two associations.
ABSENT_SEATS = [ADMINISTRATION, CIVIL_SOCIETY, CIVIL_SOCIETY]


def _strip(text: str) -> str:
    return text.rstrip(" ;؛.")


def _body_fields(heading: str, body: list) -> dict:
    """Seed 000's text of a body: its first list is the missions, the rest the
    description (a sub-heading and its paragraph as one line)."""
    missions, lines, heading_text = [], [], ""
    for item in body:
        if isinstance(item, tuple):
            heading_text = item[1]
        elif isinstance(item, list):
            missions = missions or item
            heading_text = ""
        else:
            lines.append(f"{heading_text}: {item}" if heading_text else item)
            heading_text = ""
    return {
        "name": heading,
        "mission": "\n".join(_strip(m) for m in missions),
        "description": "\n\n".join(lines),
    }


def _bodies(locales, counter) -> list[Body]:
    sources = []
    for position, (slug, kind, parity) in enumerate(BODIES):
        key = uuid.uuid5(NAMESPACE, f"body:{slug}")
        for code in LANGS:
            if Body.objects.filter(translation_key=key, locale=locales[code]).exists():
                continue
            heading, text = governance.BODIES[code][position]
            Body.objects.create(
                translation_key=key,
                locale=locales[code],
                slug=slug,
                kind=kind,
                parity_required=parity,
                sort_order=position,
                **_body_fields(heading, text),
            )
            counter["bodies"] += 1
        sources.append(Body.objects.filter(translation_key=key).order_by("pk").first())
    return sources


def _member(body, counter, **fields) -> Member:
    lookup = {
        "body": body,
        "name_fr": fields.get("name_fr", ""),
        "institution_fr": fields.get("institution_fr", ""),
        "organisation": fields.get("organisation"),
        "role": fields["role"],
    }
    member = Member.objects.filter(**lookup).first()
    if member is None:
        member = Member(**{**lookup, **fields})
        services.mandate_check(member)
        member.save()
        counter["members"] += 1
    return member


def _steering(body, plan, counter) -> tuple[list, list]:
    dates = {"action_plan": plan, "start": plan.start, "end": plan.end}
    _member(
        body,
        counter,
        constituency=Constituency.ADMINISTRATION,
        role=MemberRole.CHAIR,
        institution_ar=meeting_2022.PLACE["ar"],
        institution_fr=meeting_2022.PLACE["fr"],
        sort_order=0,
        **dates,
    )
    present = []
    for n, (person, (constituency, role)) in enumerate(
        zip(meeting_2022.PARTICIPANTS, SEATS, strict=True), 1
    ):
        member = _member(
            body,
            counter,
            name_ar=person["name"]["ar"],
            name_fr=person["name"]["fr"],
            constituency=constituency,
            role=role,
            institution_ar=person["institution"]["ar"],
            institution_fr=person["institution"]["fr"],
            sort_order=n,
            **dates,
        )
        present.append((member, person["remote"]))
    absent = [
        _member(
            body,
            counter,
            constituency=constituency,
            role=role,
            institution_ar=_strip(meeting_2022.ABSENT["ar"][n]),
            institution_fr=_strip(meeting_2022.ABSENT["fr"][n]),
            sort_order=100 + n,
            **dates,
        )
        for n, (constituency, role) in enumerate(ABSENT_SEATS)
    ]
    return present, absent


def _space(body, counter) -> None:
    """The civil society space is open to every organisation: the verified ones."""
    for organisation in Organisation.objects.verified().order_by("pk"):
        _member(
            body,
            counter,
            constituency=Constituency.CIVIL_SOCIETY,
            role=MemberRole.MEMBER,
            organisation=organisation,
            start=timezone.localdate(
                organisation.verified_at or organisation.created_at
            ),
        )


def _minutes(code: str) -> str:
    return "".join(
        f"<h3>{escape(heading)}</h3>{to_html(body)}"
        for heading, body in meeting_2022.DISCUSSED[code]
    )


def _meeting(body, present, absent, counter) -> Meeting:
    meeting = Meeting.objects.filter(slug=meeting_2022.SLUG).first()
    if meeting is not None:
        return meeting
    tz = timezone.get_current_timezone()
    start = datetime.datetime.combine(meeting_2022.DATE, datetime.time(10), tz)
    meeting = Meeting.objects.create(
        body=body,
        slug=meeting_2022.SLUG,
        title_ar=meeting_2022.TITLE["ar"],
        title_fr=meeting_2022.TITLE["fr"],
        summary_ar=meeting_2022.INTRO["ar"],
        summary_fr=meeting_2022.INTRO["fr"],
        place_ar=meeting_2022.PLACE["ar"],
        place_fr=meeting_2022.PLACE["fr"],
        start=start,
        end=start + datetime.timedelta(hours=2),
        status=MeetingStatus.PUBLISHED,
        held_at=start,
        minutes_ar=_minutes("ar"),
        minutes_fr=_minutes("fr"),
    )
    for n, (ar, fr) in enumerate(
        zip(meeting_2022.AGENDA["ar"], meeting_2022.AGENDA["fr"], strict=True)
    ):
        AgendaItem.objects.create(
            meeting=meeting, sort_order=n, title_ar=_strip(ar), title_fr=_strip(fr)
        )
    rows = [
        (m, AttendanceStatus.REMOTE if remote else AttendanceStatus.PRESENT)
        for m, remote in present
    ] + [(m, AttendanceStatus.ABSENT) for m in absent]
    for member, status in rows:
        Attendance.objects.create(
            meeting=meeting,
            member=member,
            status=status,
            institution_ar=member.institution_ar,
            institution_fr=member.institution_fr,
        )
    for n, (ar, fr) in enumerate(
        zip(meeting_2022.AGREED["ar"], meeting_2022.AGREED["fr"], strict=True), 1
    ):
        Decision.objects.create(
            meeting=meeting,
            position=n,
            text_ar=ar,
            text_fr=fr,
            method=DecisionMethod.CONSENSUS,
            result=DecisionResult.ADOPTED,
        )
    counter["meetings"] += 1
    return meeting


def _documents(meeting) -> None:
    """The report's PDFs in the library (its demo makes them), if it has them."""
    texts = {meeting_2022.plain_text(code) for code in ("ar", "fr")}
    titles = [spec["title"] for spec in library.documents() if spec["text"]() in texts]
    meeting.documents.add(*LibraryDocument.objects.filter(title__in=titles))


@transaction.atomic
def load(*, homes) -> str:
    locales = {code: Locale.objects.get(language_code=code) for code in LANGS}
    counter = {"bodies": 0, "members": 0, "meetings": 0}
    steering, _implementation, space = _bodies(locales, counter)
    plan, _created = ActionPlan.objects.get_or_create(
        name=PLAN[0], defaults={"start": PLAN[1], "end": PLAN[2]}
    )
    present, absent = _steering(steering, plan, counter)
    _space(space, counter)
    meeting = _meeting(steering, present, absent, counter)
    _documents(meeting)
    return (
        f"{counter['bodies']} bodies (all languages), {counter['members']} mandates "
        f"and {counter['meetings']} meetings created"
    )
