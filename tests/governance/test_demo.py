"""The governance demo: seed 000's bodies, and seed 003's meeting of 30 September
2022 as a real meeting whose page is the report (participants, remote
attendance, absent bodies, agenda, points discussed and agreed)."""

import pytest
from django.db import transaction
from django.test import override_settings
from django.utils.html import escape

from demo.data import meeting_2022
from governance import demo, services
from governance.models import (
    AttendanceStatus,
    Body,
    Meeting,
    MeetingStatus,
    Member,
)

pytestmark = pytest.mark.django_db

URL = "/{lang}/governance/meetings/" + meeting_2022.SLUG + "/"


@pytest.fixture(scope="module")
def portal(django_db_setup, django_db_blocker, tmp_path_factory):
    """The whole demo, loaded once for the module and rolled back at the end."""
    from demo.management.commands.load_demo import load_all

    media = tmp_path_factory.mktemp("media")
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=media),
        transaction.atomic(),
    ):
        parts = dict(load_all(hostname="testserver"))
        yield parts
        transaction.set_rollback(True)


@pytest.fixture
def loaded(portal, db):
    return portal


def test_the_three_bodies_exist_in_three_languages(loaded):
    assert "governance" in loaded
    sources = Body.objects.sources().order_by("sort_order")
    assert [b.slug for b in sources] == [
        "steering-committee",
        "implementation-committee",
        "civil-society-space",
    ]
    for body in sources:
        assert Body.objects.filter(translation_key=body.translation_key).count() == 3
    french = Body.objects.get(slug="steering-committee", locale__language_code="fr")
    assert french.name == "Comité de pilotage" and len(french.missions) == 4


def test_the_steering_committee_of_2022_respects_parity(loaded):
    steering = Body.objects.sources().get(slug="steering-committee")
    seats = services.composition(steering, on=meeting_2022.DATE)
    assert (seats.administration, seats.civil_society) == (11, 11)
    assert seats.balanced and not seats.problems
    assert seats.observers == 5


def test_the_meeting_page_is_the_report_in_arabic_and_french(loaded, client):
    meeting = Meeting.objects.get(slug=meeting_2022.SLUG)
    assert meeting.status == MeetingStatus.PUBLISHED
    remote = meeting.attendance.filter(status=AttendanceStatus.REMOTE).count()
    assert remote == sum(p["remote"] for p in meeting_2022.PARTICIPANTS) == 6
    for language in ("ar", "fr"):
        response = client.get(URL.format(lang=language))
        assert response.status_code == 200
        html = response.content.decode()
        for participant in meeting_2022.PARTICIPANTS:
            assert escape(participant["name"][language]) in html
            assert escape(participant["institution"][language]) in html
        for absent in meeting_2022.ABSENT[language]:
            assert escape(absent.rstrip(" ;؛.")) in html
        for item in meeting_2022.AGENDA[language]:
            assert escape(item.rstrip(" ;؛.")) in html
        for heading, _body in meeting_2022.DISCUSSED[language]:
            assert escape(heading) in html
        assert escape(meeting_2022.AGREED[language][0]) in html
    assert "4 octobre 2022" in client.get(URL.format(lang="fr")).content.decode()


def test_the_meeting_links_the_reports_pdfs_from_the_library(loaded, client):
    meeting = Meeting.objects.get(slug=meeting_2022.SLUG)
    documents = list(meeting.documents.all())
    assert {d.language for d in documents} == {"ar", "fr"}
    html = client.get(URL.format(lang="fr")).content.decode()
    for document in documents:
        assert f'href="/fr/library/{document.pk}/"' in html


def test_the_governance_page_leads_to_the_meeting(loaded, client):
    html = client.get("/fr/governance/").content.decode()
    assert f'href="{URL.format(lang="fr")}"' in html
    assert client.get("/fr/governance/bodies/steering-committee/").status_code == 200


def test_the_civil_society_space_lists_the_verified_organisations(loaded, client):
    from working_groups.models import Organisation

    space = Body.objects.sources().get(slug="civil-society-space")
    assert space.members.count() == Organisation.objects.verified().count() > 0
    html = client.get("/fr/governance/bodies/civil-society-space/").content.decode()
    organisation = Organisation.objects.verified().first()
    assert escape(organisation.name_fr) in html


def test_loading_twice_creates_nothing(loaded):
    before = (Body.objects.count(), Member.objects.count(), Meeting.objects.count())
    summary = demo.load(homes=None)
    assert summary.startswith("0 bodies") and "0 mandates and 0 meetings" in summary
    assert (Body.objects.count(), Member.objects.count(), Meeting.objects.count()) == (
        before
    )


def test_english_readers_get_the_english_body_and_the_french_report(loaded, client):
    html = client.get("/en/governance/bodies/steering-committee/").content.decode()
    assert "Steering committee" in html
    response = client.get(URL.format(lang="en"))
    assert response.status_code == 200
    assert escape(meeting_2022.TITLE["fr"]) in response.content.decode()
