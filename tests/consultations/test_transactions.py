"""The services that lock a consultation do it inside their own transaction: a
door that calls them outside one (the site's views, the API) must not fail on
PostgreSQL, where ``select_for_update`` needs a transaction."""

import pytest
from django.db import transaction

from consultations import services
from consultations.services import contributions as contribution_services

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_submission_locks_its_consultation_inside_its_own_transaction(
    consultation, citizen, monkeypatch
):
    inside = []
    lock_source = contribution_services.lock_source

    def watched(source):
        inside.append(transaction.get_connection().in_atomic_block)
        return lock_source(source)

    monkeypatch.setattr(contribution_services, "lock_source", watched)
    services.contribution_submit(
        consultation=consultation,
        user=citizen,
        **services.submission_of(
            {
                "kind": "proposal",
                "title": "Publier les budgets",
                "body": "Publier les données budgétaires chaque trimestre.",
                "language": "fr",
            }
        ),
    )
    assert inside == [True]
