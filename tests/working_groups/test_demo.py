"""The demo content of groups, organisations and events, loaded twice."""

import pytest
from django.utils.html import escape

from events.models import Event, EventKind
from working_groups.models import GroupKind, Membership, Organisation, WorkingGroup

pytestmark = pytest.mark.django_db


def test_the_demo_loads_groups_organisations_and_events_idempotently(homes):
    from events.demo import load as load_events
    from working_groups.demo import load as load_groups

    load_groups(homes=homes)
    load_events(homes=homes)
    counts = (
        WorkingGroup.objects.count(),
        Organisation.objects.count(),
        Membership.objects.count(),
        Event.objects.count(),
    )
    load_groups(homes=homes)
    load_events(homes=homes)
    assert counts == (
        WorkingGroup.objects.count(),
        Organisation.objects.count(),
        Membership.objects.count(),
        Event.objects.count(),
    )
    sources = WorkingGroup.objects.sources()
    assert sources.filter(kind=GroupKind.THEMATIC).exists()
    assert sources.filter(kind=GroupKind.TERRITORIAL).exists()
    assert all(o.name_ar and o.name_fr for o in Organisation.objects.all())
    kinds = set(Event.objects.sources().values_list("kind", flat=True))
    assert {EventKind.TRAINING, EventKind.WORKSHOP} <= kinds


def test_demo_pages_render_in_arabic_and_french(client, homes):
    from events.demo import load as load_events
    from working_groups.demo import load as load_groups

    load_groups(homes=homes)
    load_events(homes=homes)
    for lang in ("ar", "fr"):
        for path in (
            "organisations/",
            "working-groups/",
            "events/",
            "events/calendar/",
        ):
            assert client.get(f"/{lang}/{path}").status_code == 200
        group = WorkingGroup.objects.filter(locale__language_code=lang).first()
        page = client.get(f"/{lang}/working-groups/{group.slug}/")
        assert escape(group.name) in page.content.decode()
        event = Event.objects.sources().first()
        page = client.get(f"/{lang}/events/{event.pk}/")
        translated = Event.objects.get(
            translation_key=event.translation_key, locale__language_code=lang
        )
        assert escape(translated.title) in page.content.decode()
