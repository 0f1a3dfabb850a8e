"""Template helpers of the public site: language switcher and links."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Locale, Page

register = template.Library()


def _home_url(language_code: str) -> str:
    return f"/{language_code}/"


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: the same page in that language, else its home page.

    Wagtail pages link to their live translation; the modules' own views have
    language-prefixed URLs and are translated by Django's ``translate_url``.
    """
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    translations = {}
    if isinstance(page, Page) and page.pk:
        for translation in page.get_translations(inclusive=True).live().public():
            translations[translation.locale_id] = translation
        locales = {locale.language_code: locale for locale in Locale.objects.all()}
    links = []
    for code, name in settings.LANGUAGES:
        if isinstance(page, Page) and page.pk:
            locale = locales.get(code)
            translation = translations.get(locale.pk) if locale else None
            url = translation.url if translation else _home_url(code)
        elif request is not None:
            url = translate_url(request.get_full_path(), code)
        else:
            url = _home_url(code)
        links.append(
            {"code": code, "name": name, "url": url, "current": code == current}
        )
    return links


@register.filter
def block_link_url(link) -> str:
    """The address of a LinkBlock value: its page, or its typed address."""
    page = link.get("page")
    if page:
        return page.localized.url
    return link.get("url") or "#"
