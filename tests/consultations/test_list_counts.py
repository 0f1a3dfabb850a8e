"""The contribution counts of the consultation lists are shared by every process
and follow every change that alters them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from consultations.models import ContributionStatus
from tests.factories import CommentFactory, ConsultationFactory, ContributionFactory

pytestmark = pytest.mark.django_db


def _count(client, slug):
    rows = client.get("/api/consultations/?locale=fr").json()["results"]
    return {row["slug"]: row["contribution_count"] for row in rows}[slug]


def _counted(client) -> bool:
    with CaptureQueriesContext(connection) as queries:
        client.get("/api/consultations/?locale=fr&page_size=20")
    return any(
        "COUNT(" in q["sql"] and "consultations_contribution" in q["sql"]
        for q in queries.captured_queries
    )


def test_the_counts_follow_publication_and_moderation(client, homes):
    consultation = ConsultationFactory(slug="budget")
    first = ContributionFactory(consultation=consultation)
    assert _count(client, "budget") == 1
    second = ContributionFactory(consultation=consultation)
    assert _count(client, "budget") == 2
    pending = ContributionFactory(
        consultation=consultation, status=ContributionStatus.PENDING_MODERATION
    )
    assert _count(client, "budget") == 2
    pending.status = ContributionStatus.PUBLISHED
    pending.save()
    assert _count(client, "budget") == 3
    first.status = ContributionStatus.HIDDEN
    first.save()
    second.delete()
    assert _count(client, "budget") == 1


def test_a_comment_leaves_the_counts_stored(client, homes):
    contribution = ContributionFactory(consultation=ConsultationFactory(slug="eau"))
    assert _counted(client)
    assert not _counted(client)  # another address, the same counts
    CommentFactory(contribution=contribution)
    assert not _counted(client)
    assert _count(client, "eau") == 1


def test_a_new_theme_shows_in_the_list_filter_at_once(client, homes):
    consultation = ConsultationFactory(slug="sante", locale=homes["fr"].locale)
    consultation.tags.add("transparence")
    assert 'value="transparence"' in client.get("/fr/consultations/").content.decode()
    consultation.tags.add("budget ouvert")
    html = client.get("/fr/consultations/?page=1").content.decode()
    assert 'value="budget-ouvert"' in html
    assert 'value="transparence"' in html
