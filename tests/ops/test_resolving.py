"""Addresses are resolved once per process (``core.resolving``): each request
still gets the view its address and language lead to, with its own arguments."""

import pytest
from django.urls import Resolver404, resolve
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
