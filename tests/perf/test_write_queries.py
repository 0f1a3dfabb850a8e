"""Pinned query counts of the writes citizens make most, through the API: a comment
on a contribution and a contribution (signed in, as the benchmark's writers).

The tests' cache is in memory, so these count the database's own statements (the
database cache adds its reads and writes in production: see docs/architecture.md,
"Cache"). A change that adds a statement to a write fails here; one that removes
some lowers the pins.
"""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ConsultationFactory, ContributionFactory

pytestmark = pytest.mark.django_db

# Measured on SQLite (the test's transaction stands for BEGIN and COMMIT): the
# session and the user, what is written on (read once), the locked source row, the
# duplicate check and the INSERT (one statement for a comment; a contribution's
# also takes its new reference), the automatic follow (savepoint, INSERT, release:
# the person is the request's, not read again). The same on PostgreSQL.
COMMENT_WRITE = 10
CONTRIBUTION_WRITE = 11


@pytest.fixture
def signed_in(client, citizen):
    client.force_login(citizen)
    client.get("/api/")  # the session is read from the cache from now on
    return client


def post(client, path, data):
    with CaptureQueriesContext(connection) as queries:
        response = client.post(path, json.dumps(data), content_type="application/json")
    assert response.status_code == 201, response.content
    return len(queries), [q["sql"] for q in queries]


def test_a_comment_written_through_the_api_keeps_its_statements(signed_in, homes):
    contribution = ContributionFactory(consultation=ConsultationFactory())
    count, sql = post(
        signed_in,
        "/api/comments/",
        {"contribution": contribution.pk, "body": "Un commentaire"},
    )
    assert count <= COMMENT_WRITE, sql
    # The contribution is read once.
    assert sum('FROM "consultations_contribution"' in s for s in sql) == 1, sql


def test_a_contribution_written_through_the_api_keeps_its_statements(signed_in, homes):
    consultation = ConsultationFactory()
    count, sql = post(
        signed_in,
        "/api/contributions/",
        {
            "consultation": consultation.pk,
            "kind": "proposal",
            "title": "Publier les budgets",
            "body": "Publier les données budgétaires chaque trimestre.",
            "language": "fr",
        },
    )
    assert count <= CONTRIBUTION_WRITE, sql
