"""What events, groups and organisations give the site search: public only."""

import pytest

from search.registry import get_source
from tests.factories import (
    EventFactory,
    OrganisationFactory,
    UserFactory,
    WorkingGroupFactory,
)

pytestmark = pytest.mark.django_db


def test_published_events_are_indexed_and_drafts_are_not(homes):
    source = get_source("event")
    published = EventFactory(title="Atelier budget")
    draft = EventFactory(is_published=False)
    (entry,) = source.entries(published)
    assert entry.title == "Atelier budget" and entry.locale == "fr"
    assert entry.url == f"/fr/events/{published.pk}/"
    assert list(source.entries(draft)) == []
    assert draft not in source.queryset()


def test_verified_organisations_are_indexed_without_contact_details(homes):
    source = get_source("organisation")
    rep = UserFactory()
    organisation = OrganisationFactory(representatives=[rep])
    entries = list(source.entries(organisation))
    assert {e.locale for e in entries} == {"ar", "fr", "en"}
    for entry in entries:
        text = f"{entry.title} {entry.body} {entry.summary}"
        assert organisation.name_ar in entry.body and organisation.name_fr in entry.body
        assert organisation.contact_email not in text
        assert organisation.contact_phone not in text
        assert rep.email not in text
    hidden = OrganisationFactory(verified=False)
    assert list(source.entries(hidden)) == []


def test_public_groups_are_indexed_and_private_ones_are_not(homes):
    source = get_source("working_group")
    assert len(list(source.entries(WorkingGroupFactory()))) == 1
    assert list(source.entries(WorkingGroupFactory(is_public=False))) == []
