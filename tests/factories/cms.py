"""Factories of the editorial content: pages, snippets, images and documents."""

import datetime

import factory
import wagtail_factories
from django.contrib.auth.models import Group
from wagtail.models import Locale

from cms.models import (
    FooterContent,
    GuideIndexPage,
    GuidePage,
    MenuItem,
    NewsIndexPage,
    NewsKind,
    NewsPage,
    StandardPage,
    UsefulLink,
)


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Page {n}")
    intro = "Introduction"


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "Actualités"


class NewsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"News {n}")
    intro = "A news item."
    date = factory.LazyFunction(datetime.date.today)
    kind = NewsKind.NATIONAL_INITIATIVES


class GuideIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = GuideIndexPage

    title = "Guides"


class GuidePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = GuidePage

    title = factory.Sequence(lambda n: f"Guide {n}")
    intro = "How to take part."


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Image {n}")


def _locale(code: str = "ar") -> Locale:
    return Locale.objects.get_or_create(language_code=code)[0]


class MenuItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MenuItem

    label = factory.Sequence(lambda n: f"Menu {n}")
    link_url = "/consultations/"
    sort_order = factory.Sequence(int)
    locale = factory.LazyFunction(_locale)


class FooterContentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FooterContent

    about = "Portal of the open government partnership."
    address = "Rabat"
    locale = factory.LazyFunction(_locale)


class UsefulLinkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = UsefulLink

    title = factory.Sequence(lambda n: f"Link {n}")
    url = "https://example.org/"
    sort_order = factory.Sequence(int)
    locale = factory.LazyFunction(_locale)


def member_of(user, group_name: str):
    """Put ``user`` in one of the admin groups of core.roles (made by migration)."""
    user.groups.add(Group.objects.get(name=group_name))
    return user
