"""Factories of events and registrations."""

import datetime

import factory
from django.utils import timezone
from wagtail.models import Locale

from events.models import Event, EventKind, Registration, RegistrationStatus


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event
        skip_postgeneration_save = True

    kind = EventKind.TRAINING
    title = factory.Sequence(lambda n: f"Formation {n}")
    summary = "Une formation sur le gouvernement ouvert."
    description = "Programme de la journée."
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=10))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=3))
    place = "Rabat, siège du ministère"
    capacity = 2
    is_published = True
    locale = factory.LazyFunction(
        lambda: Locale.objects.get_or_create(language_code="fr")[0]
    )


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    event = factory.SubFactory(EventFactory)
    name = factory.Sequence(lambda n: f"Personne {n}")
    email = factory.Sequence(lambda n: f"registrant{n}@example.org")
    status = RegistrationStatus.CONFIRMED
    confirmed_at = factory.LazyFunction(timezone.now)
