"""Addresses are resolved, and views' addresses made, once per process
(``core.resolving``): each request still gets the view its address and language
lead to, with its own arguments, and each address is the language's own."""

import pytest
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils import translation

from tests.factories import ConsultationFactory


def test_an_address_leads_to_its_view_in_the_active_language_only():
    with translation.override("fr"):
        assert resolve("/fr/consultations/").url_name == "consultation_list"
    # The language prefix is the active language's: kept apart per language.
    with translation.override("ar"), pytest.raises(Resolver404):
        resolve("/fr/consultations/")
    with translation.override("fr"):
        assert resolve("/fr/consultations/").url_name == "consultation_list"


def test_each_resolution_has_its_own_arguments():
    with translation.override("fr"):
        first = resolve("/fr/consultations/pan-2027/")
        first.kwargs["slug"] = "changed"
        first.captured_kwargs["slug"] = "changed"
        again = resolve("/fr/consultations/pan-2027/")
    assert again.kwargs == {"slug": "pan-2027"}
    assert again.captured_kwargs == {"slug": "pan-2027"}
    assert again is not first


def test_an_address_that_leads_nowhere_stays_a_404(client, homes):
    for _ in range(2):
        assert client.get("/api/nothing-here/").status_code == 404


@pytest.mark.django_db
def test_each_page_is_served_with_its_own_arguments(client, homes):
    ConsultationFactory(title="Budget ouvert", slug="budget")
    ConsultationFactory(title="Eau potable", slug="eau")
    for slug, title in (("budget", "Budget ouvert"), ("eau", "Eau potable")) * 2:
        response = client.get(f"/fr/consultations/{slug}/?x={slug}")
        assert response.status_code == 200
        assert title in response.content.decode()
        assert response.resolver_match.kwargs == {"slug": slug}


def test_a_views_address_is_the_active_languages_and_its_arguments():
    for _ in range(2):
        for language in ("fr", "ar"):
            with translation.override(language):
                assert reverse("consultation_list") == f"/{language}/consultations/"
                for slug in ("eau", "budget"):
                    path = reverse("consultation_detail", kwargs={"slug": slug})
                    assert path == f"/{language}/consultations/{slug}/"
                    assert reverse("consultation_detail", args=[slug]) == path


def test_an_address_that_cannot_be_made_still_fails():
    with translation.override("fr"):
        for _ in range(2):
            with pytest.raises(NoReverseMatch):
                reverse("consultation_detail", kwargs={"slug": "a/b"})
