"""Sorting contributions by supports, comments or date, and filtering them by region
and kind: on the site (a GET form, no JavaScript) and in the API."""

import datetime

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from consultations.models import Support
from tests.factories import CommentFactory, ContributionFactory, UserFactory
from tests.factories.working_groups import OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def three(consultation):
    """Old but much supported, middle and much commented, new and quiet."""
    now = timezone.now()
    old, middle, new = (
        ContributionFactory(
            consultation=consultation,
            title=title,
            published_at=now - datetime.timedelta(days=days),
            region=region,
            kind=kind,
        )
        for title, days, region, kind in (
            ("Ancienne", 3, "souss_massa", "proposal"),
            ("Moyenne", 2, "oriental", "observation"),
            ("Récente", 1, "souss_massa", "observation"),
        )
    )
    for _i in range(3):
        Support.objects.create(user=UserFactory(), contribution=old)
    Support.objects.create(user=UserFactory(), contribution=middle)
    for _i in range(4):
        CommentFactory(contribution=middle)
    CommentFactory(contribution=old)
    return old, middle, new


def titles(response) -> list[str]:
    """The titles of the listed contributions, in the page's order."""
    page = response.content.decode()
    found = [t for t in ("Ancienne", "Moyenne", "Récente") if f">{t}</h3>" in page]
    return sorted(found, key=lambda t: page.index(f">{t}</h3>"))


def api_titles(response) -> list[str]:
    return [c["title"] for c in response.json()["results"]]


@pytest.mark.parametrize(
    "sort,expected",
    [
        ("", ["Récente", "Moyenne", "Ancienne"]),
        ("newest", ["Récente", "Moyenne", "Ancienne"]),
        ("supports", ["Ancienne", "Moyenne", "Récente"]),
        ("comments", ["Moyenne", "Ancienne", "Récente"]),
    ],
)
def test_the_site_and_the_api_sort_alike(client, three, sort, expected):
    page = client.get(f"/fr/consultations/pan-2027/?sort={sort}")
    assert page.status_code == 200 and titles(page) == expected
    api = APIClient().get(f"/api/consultations/pan-2027/contributions/?sort={sort}")
    assert api_titles(api) == expected
    flat = APIClient().get(f"/api/contributions/?sort={sort}")
    assert api_titles(flat) == expected


def test_the_site_filters_by_region_and_kind(client, three):
    page = client.get("/fr/consultations/pan-2027/?region=souss_massa&kind=observation")
    assert titles(page) == ["Récente"]
    assert 'value="souss_massa" selected' in page.content.decode()


def test_the_api_filters_by_region_and_kind(three):
    response = APIClient().get(
        "/api/consultations/pan-2027/contributions/?region=souss_massa&sort=supports"
    )
    assert api_titles(response) == ["Ancienne", "Récente"]
    response = APIClient().get("/api/contributions/?kind=observation&sort=comments")
    assert api_titles(response) == ["Moyenne", "Récente"]


def test_pages_keep_the_sort_and_filters_in_their_links(client, consultation):
    ContributionFactory.create_batch(21, consultation=consultation, region="oriental")
    page = client.get("/fr/consultations/pan-2027/?sort=supports&region=oriental")
    html = page.content.decode()
    assert "sort=supports&amp;region=oriental&amp;page=2" in html
    second = client.get(
        "/fr/consultations/pan-2027/?sort=supports&region=oriental&page=2"
    )
    assert 'value="supports" selected' in second.content.decode()


def test_a_wrong_sort_or_filter_on_the_site_is_explained_not_a_500(client, three):
    response = client.get("/fr/consultations/pan-2027/?sort=random&region=mars")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html and "random" in html
    assert titles(response) == ["Récente", "Moyenne", "Ancienne"]  # still listed


@pytest.mark.parametrize(
    "url",
    [
        "/api/consultations/pan-2027/contributions/?sort=random&region=mars",
        "/api/contributions/?sort=random&region=mars",
    ],
)
def test_a_wrong_sort_or_filter_in_the_api_answers_400_per_field(three, url):
    response = APIClient().get(url)
    assert response.status_code == 400
    assert set(response.json()) == {"sort", "region"}


def test_the_openapi_schema_documents_the_sort_and_filters(client, homes):
    text = client.get("/api/schema/").content.decode()
    listing = text.split("/api/consultations/{slug}/contributions/:")[1][:3000]
    for name in ("name: sort", "name: region", "name: kind", "- supports"):
        assert name in listing


def _realistic(consultation, count=20):
    """Contributions with supports, comments, replies and endorsements."""
    representative = UserFactory()
    organisation = OrganisationFactory(representatives=[representative])
    for contribution in ContributionFactory.create_batch(
        count, consultation=consultation
    ):
        Support.objects.create(user=UserFactory(), contribution=contribution)
        first = CommentFactory(contribution=contribution)
        reply = CommentFactory(contribution=contribution, parent=first, depth=1)
        CommentFactory(contribution=contribution, parent=reply, depth=2)
        contribution.endorsements.create(organisation=organisation)


@pytest.mark.parametrize("sort", ["newest", "supports", "comments"])
def test_each_sorted_page_keeps_a_pinned_number_of_queries(
    client, consultation, django_assert_max_num_queries, sort
):
    _realistic(consultation)
    with django_assert_max_num_queries(20):
        response = client.get(f"/fr/consultations/pan-2027/?sort={sort}&region=")
    assert response.status_code == 200


@pytest.mark.parametrize("sort", ["newest", "supports", "comments"])
def test_each_sorted_api_list_keeps_a_pinned_number_of_queries(
    consultation, django_assert_num_queries, sort
):
    _realistic(consultation)
    api = APIClient()
    with django_assert_num_queries(7):
        response = api.get(f"/api/consultations/pan-2027/contributions/?sort={sort}")
    assert len(response.json()["results"]) == 20
    # Count, the page's pks and counts, the rows not stored and their endorsements.
    with django_assert_num_queries(4):
        response = api.get(f"/api/contributions/?sort={sort}&kind=proposal")
    assert len(response.json()["results"]) == 20
    with django_assert_num_queries(2):  # each row's representation is stored
        again = api.get(f"/api/contributions/?sort={sort}&kind=proposal&page=1")
    assert again.json()["results"] == response.json()["results"]
