"""Fixtures for consultations: an open and a closed consultation, a contribution."""

import pytest

from tests.factories import ConsultationFactory, ContributionFactory


@pytest.fixture(autouse=True)
def _english_messages():
    """Messages are compared in English; a request may leave another language on."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def consultation(homes):
    return ConsultationFactory(title="Plan d'action national 2027", slug="pan-2027")


@pytest.fixture
def closed_consultation(homes):
    return ConsultationFactory(closed=True, slug="pan-2023")


@pytest.fixture
def published(consultation, citizen):
    return ContributionFactory(consultation=consultation, author=citizen)
