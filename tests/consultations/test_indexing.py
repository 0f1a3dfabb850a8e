"""What consultations give the search index: public content only, no emails."""

import pytest

from search.registry import get_source
from tests.factories import ContributionFactory

pytestmark = pytest.mark.django_db


def test_consultations_and_published_contributions_are_registered(published):
    consultation_entries = list(
        get_source("consultation").entries(published.consultation)
    )
    assert consultation_entries[0].url == "/ar/consultations/pan-2027/"
    [entry] = get_source("contribution").entries(published)
    assert entry.title == published.title and entry.locale == "fr"
    # A French contribution is found in French and leads to the French page.
    assert entry.url == f"/fr/consultations/pan-2027/#contribution-{published.pk}"


@pytest.mark.parametrize(
    "status", ["pending_verification", "pending_moderation", "rejected", "hidden"]
)
def test_unpublished_contributions_yield_nothing(consultation, status):
    contribution = ContributionFactory(consultation=consultation, status=status)
    assert list(get_source("contribution").entries(contribution)) == []


def test_no_email_goes_into_the_index(consultation):
    contribution = ContributionFactory(
        consultation=consultation,
        author=None,
        author_name="Karim",
        author_email="karim@example.org",
    )
    [entry] = get_source("contribution").entries(contribution)
    assert "karim@example.org" not in repr(entry)


def test_the_full_rebuild_queryset_holds_only_published_contributions(
    consultation, published
):
    ContributionFactory(consultation=consultation, status="hidden")
    assert list(get_source("contribution").queryset()) == [published]


def test_each_translation_is_indexed_with_its_own_themes(consultation, homes):
    """Issue 13: French entries carried the Arabic source's tag slugs."""
    from wagtail.models import Locale

    consultation.tags.set(["الحكومة المنفتحة"])
    french = consultation.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.save()
    french.tags.set(["gouvernement ouvert"])
    source = get_source("consultation")
    [arabic_entry] = source.entries(consultation)
    [french_entry] = source.entries(french)
    assert arabic_entry.facets["tags"] == ["الحكومة المنفتحة"]
    assert french_entry.locale == "fr"
    assert french_entry.facets["tags"] == ["gouvernement ouvert"]
