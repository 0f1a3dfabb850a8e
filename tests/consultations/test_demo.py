"""The demo consultations load once, in Arabic and French, with a close-out."""

import pytest

from consultations import demo, queries
from consultations.models import Consultation, Contribution, OfficialAnswer

pytestmark = pytest.mark.django_db


def test_the_demo_has_an_open_and_a_closed_consultation_and_is_idempotent(homes):
    demo.load(homes=homes)
    counts = (
        Consultation.objects.count(),
        Contribution.objects.count(),
        OfficialAnswer.objects.count(),
    )
    demo.load(homes=homes)
    assert counts == (
        Consultation.objects.count(),
        Contribution.objects.count(),
        OfficialAnswer.objects.count(),
    )
    open_one = Consultation.objects.get(slug=demo.OPEN_SLUG, locale__language_code="ar")
    closed = Consultation.objects.get(slug=demo.CLOSED_SLUG, locale__language_code="fr")
    assert open_one.status == "open" and closed.status == "closed"
    assert closed.closeout_published_at is not None
    languages = set(
        Contribution.objects.filter(consultation=open_one).values_list(
            "language", flat=True
        )
    )
    assert languages == {"ar", "fr"}
    stats = queries.closeout_statistics(closed)
    assert stats["total"] == 4 and len(stats["per_region"]) == 4


def test_the_demo_pages_render_in_both_languages(client, homes):
    demo.load(homes=homes)
    for language in ("ar", "fr"):
        assert client.get(f"/{language}/consultations/").status_code == 200
        for slug in (demo.OPEN_SLUG, demo.CLOSED_SLUG):
            response = client.get(f"/{language}/consultations/{slug}/")
            assert response.status_code == 200
        assert client.get(f"/{language}/consultations/general-box/").status_code == 200


def test_each_language_shows_the_themes_in_its_own_words(client, homes):
    """The Arabic page showed the French tag "gouvernement ouvert"."""
    demo.load(homes=homes)
    for slug in (demo.OPEN_SLUG, demo.CLOSED_SLUG):
        arabic = client.get(f"/ar/consultations/{slug}/").content.decode()
        french = client.get(f"/fr/consultations/{slug}/").content.decode()
        assert "الحكومة المنفتحة" in arabic and "gouvernement ouvert" not in arabic
        assert "gouvernement ouvert" in french and "الحكومة المنفتحة" not in french
    arabic_list = client.get("/ar/consultations/").content.decode()
    assert "gouvernement ouvert" not in arabic_list
    assert "الحكومة المنفتحة" in arabic_list
    french_list = client.get("/fr/consultations/").content.decode()
    assert "الحكومة المنفتحة" not in french_list
