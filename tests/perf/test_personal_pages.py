"""The consultation's page of a signed-in citizen, rendered for them: its cards
come from the shared fragments once stored, and what is the reader's own costs a
few queries for the whole page, however many contributions it shows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from consultations import services
from tests.factories import ConsultationFactory, ContributionFactory, UserFactory

pytestmark = pytest.mark.django_db

# Warm fragments (20 before the cards were stored, 15 before the row, the list,
# the text and the menu were); SQLite and PostgreSQL: the user, the supports, the
# organisations (its contributions take endorsements) and the follows.
SIGNED_IN_PIN = 4


@pytest.fixture
def busy(homes):
    consultation = ConsultationFactory(slug="busy")
    author = UserFactory()
    contributions = ContributionFactory.create_batch(
        12, consultation=consultation, author=author
    )
    for contribution in contributions[:6]:
        services.comment_create(user=author, body="Avis", contribution=contribution)
    return consultation, contributions


def count(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_a_signed_in_page_costs_few_queries_once_the_cards_are_stored(
    busy, citizen, client
):
    consultation, contributions = busy
    services.support_add(user=citizen, contribution=contributions[0])
    client.force_login(citizen)
    url = f"/fr/consultations/{consultation.slug}/"
    cold = count(client, url)
    warm = count(client, url)
    assert warm <= SIGNED_IN_PIN, warm
    assert warm < cold
    # More contributions on the page: not one query more.
    ContributionFactory.create_batch(
        6, consultation=consultation, author=contributions[0].author
    )
    count(client, url)
    assert count(client, url) == warm
