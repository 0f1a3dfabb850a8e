"""The XSS corpus through the real input path, then read back from the RSS feed,
where readers render the description as HTML: not one live tag."""

import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from consultations.models import Contribution, ContributionStatus
from consultations.text import clean_line, clean_text
from tests.fixtures.xss import PAYLOADS, live_markup

pytestmark = pytest.mark.django_db


@pytest.fixture
def citizen_api(citizen):
    from rest_framework.test import APIClient

    api = APIClient()
    api.force_authenticate(citizen)
    return api


@pytest.mark.parametrize("payload", PAYLOADS)
def test_cleaned_text_is_stable_and_holds_no_live_markup(payload):
    for cleaned in (clean_text(payload), clean_line(payload)):
        assert clean_text(cleaned) == cleaned or clean_line(cleaned) == cleaned
        assert live_markup(cleaned) == [], (payload, cleaned)


def test_an_escaped_tag_is_not_stored_as_a_live_one():
    assert "<script" not in clean_text("&lt;script&gt;alert(1)&lt;/script&gt;")
    assert "<img" not in clean_text("&amp;lt;img src=x onerror=alert(1)&amp;gt;")
    assert clean_text("a < b & c > d") == "a < b & c > d"


def test_the_contributions_feed_serves_no_live_markup(
    citizen_api, consultation, monkeypatch
):
    from consultations.services import contributions

    monkeypatch.setattr(contributions, "CONTRIBUTIONS_PER_ACCOUNT", (100, 3600))
    for index, payload in enumerate(PAYLOADS):
        response = citizen_api.post(
            "/api/contributions/",
            {
                "consultation": consultation.pk,
                "kind": "observation",
                "title": f"{index} {payload}"[:200],
                "body": f"Observation numéro {index}, assez longue. {payload}",
                "language": "fr",
            },
            format="json",
        )
        assert response.status_code in (200, 201), response.json()
    assert Contribution.objects.count() == len(PAYLOADS)
    # Published by a moderator as they are (moderation never edits the text).
    Contribution.objects.update(
        status=ContributionStatus.PUBLISHED, published_at=timezone.now()
    )
    feed = citizen_api.get(f"/fr/consultations/{consultation.slug}/feed.rss")
    items = ET.fromstring(feed.content).find("channel").findall("item")  # noqa: S314
    assert len(items) == min(len(PAYLOADS), 50)  # the feed's last 50
    for item in items:
        assert live_markup(item.findtext("description")) == []
        assert live_markup(item.findtext("title")) == []
