"""The calendar page has ends: every event's month is in it, and nothing beyond.

A crawler (or a person) following "next month" must reach an end rather than walk to
the year 9999, and a month no date can hold must be refused, not crash the page.
"""

import datetime
import re

import pytest
from django.utils import timezone

from events import queries
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db

URL = "/fr/events/calendar/"


def link(html: str, rel: str) -> str | None:
    found = re.search(rf'href="\?month=([0-9-]+)" rel="{rel}"', html)
    return found.group(1) if found else None


@pytest.mark.parametrize("month", ["0001-01", "9999-12", "1900-01", "2999-12"])
def test_months_far_from_today_and_from_every_event_are_not_found(client, homes, month):
    client.raise_request_exception = False
    assert client.get(URL, {"month": month}).status_code == 404


def test_a_malformed_month_shows_this_month(client, homes):
    response = client.get(URL, {"month": "2026-13"})
    assert response.status_code == 200
    assert response.context["month"] == timezone.localdate().replace(day=1)


@pytest.mark.parametrize("rel", ["next", "prev"])
def test_the_month_links_end_at_the_ends_of_the_calendar(client, homes, rel):
    EventFactory(start=timezone.now() + datetime.timedelta(days=800))
    month, visited = "", 0
    while True:
        response = client.get(URL, {"month": month} if month else {})
        assert response.status_code == 200, month
        visited += 1
        following = link(response.content.decode(), rel)
        if following is None:
            break
        month = following
        assert visited < 60, "the links never end"
    first, last = queries.calendar_range()
    assert month == f"{last if rel == 'next' else first:%Y-%m}"


def test_the_calendar_reaches_every_event_and_stops_after_the_last(client, homes):
    far = EventFactory(
        title="Forum de 2030", start=timezone.now() + datetime.timedelta(days=1500)
    )
    month = timezone.localtime(far.start).date().replace(day=1)
    response = client.get(URL, {"month": f"{month:%Y-%m}"})
    assert "Forum de 2030" in response.content.decode()
    assert link(response.content.decode(), "next") is None
    after = queries.add_months(month, 1)
    assert client.get(URL, {"month": f"{after:%Y-%m}"}).status_code == 404


def test_past_events_keep_their_months(client, homes):
    old = EventFactory(
        title="Atelier de 2021",
        start=timezone.now() - datetime.timedelta(days=1500),
        end=timezone.now() - datetime.timedelta(days=1500, hours=-2),
    )
    month = timezone.localtime(old.start).date().replace(day=1)
    response = client.get(URL, {"month": f"{month:%Y-%m}"})
    assert "Atelier de 2021" in response.content.decode()
    assert link(response.content.decode(), "prev") is None
