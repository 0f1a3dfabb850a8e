"""Template helpers of the public site: language switcher, alternates, Open Graph,
form errors, time left and the anchors of long pages."""

import datetime
import functools
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django import template
from django.conf import settings
from django.forms import BaseForm
from django.templatetags.static import static
from django.urls import NoReverseMatch, Resolver404, resolve, reverse, translate_url
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language, gettext, override
from wagtail.models import Page, Site

from core.cache import fragment

register = template.Library()

# Open Graph wants a territory: the portal's audience is Moroccan.
OG_LOCALES = {"ar": "ar_MA", "fr": "fr_MA", "en": "en_US"}


def _home_url(language_code: str) -> str:
    return f"/{language_code}/"


def _absolute(request, url: str) -> str:
    if request is None or url.startswith(("http://", "https://")):
        return url
    return request.build_absolute_uri(url)


def _local_language_path(request, target: str) -> bool:
    """A path on this site that starts with a language prefix: "/ar/...".

    Anything else (another host, "//host", "/\\host", a scheme) is left alone,
    so the switcher never turns ``next`` into a way out of the site.
    """
    if not target.startswith("/") or target.startswith(("//", "/\\")):
        return False
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=False
    ):
        return False
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return False
    prefix = parts.path.split("/")[1] if parts.path.count("/") >= 2 else ""
    return prefix in dict(settings.LANGUAGES)


def _translate_local_path(request, target: str, code: str) -> str:
    """The same place in another language: a Wagtail page's translation, or the
    module view's URL in that language (Django's ``translate_url``)."""
    parts = urlsplit(target)
    source_language = parts.path.split("/")[1]
    try:
        match = resolve(parts.path)
    except Resolver404:
        return target
    if match.url_name == "wagtail_serve":
        site = Site.find_for_request(request)
        if site is None:
            return target
        components = [c for c in match.kwargs.get("path", "").split("/") if c]
        try:
            with override(source_language):
                root = site.root_page.localized.specific
                result = root.route(request, components)
        except Exception:  # noqa: BLE001 - any routing failure: keep the path
            return target
        page = getattr(result, "page", None) or result[0]
        translation = (
            page.get_translations(inclusive=True)
            .filter(locale__language_code=code)
            .live()
            .public()
            .first()
        )
        url = translation.get_url(request) if translation else None
        if not url:
            return target
        return urlunsplit(("", "", urlsplit(url).path, parts.query, parts.fragment))
    return translate_url(target, code)


def _this_address_in(request, code: str) -> str:
    """The request's address in ``code``: Django's ``translate_url``, from the
    route the request was resolved to instead of resolving it for each language."""
    full = request.get_full_path()
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name is None or request.path != request.path_info:
        return translate_url(full, code)
    name = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
    with override(code):
        try:
            path = reverse(name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return full
    return urlunsplit(urlsplit(full)._replace(path=path))


def _translate_with_next(request, url: str, code: str) -> str:
    """On a non-page URL such as the login form, a ``next`` that points to a page
    of the site in the current language follows the switch of language too."""
    parts = urlsplit(url)
    if "next=" not in parts.query:
        return url
    query = parse_qsl(parts.query, keep_blank_values=True)
    changed = False
    for index, (key, value) in enumerate(query):
        if key == "next" and _local_language_path(request, value):
            translated = _translate_local_path(request, value, code)
            if translated != value and _local_language_path(request, translated):
                query[index] = (key, translated)
                changed = True
    if not changed:
        return url
    return urlunsplit(parts._replace(query=urlencode(query)))


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: the same page in that language, else its home page.

    Wagtail pages link to their live, public translation; the modules' own views
    have language-prefixed URLs and are translated by Django's ``translate_url``.
    Each link says whether it is a real translation (``translated``), so that only
    those are announced as ``hreflang`` alternates. Computed once per request.
    """
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    cache_key = "_sharaka_language_links"
    if request is not None and cache_key in getattr(request, "__dict__", {}):
        cached_for, links = request.__dict__[cache_key]
        if cached_for == (current, getattr(page, "pk", None)):
            return links
    if isinstance(page, Page) and page.pk and request is not None:
        # The same for every reader of this page in this language: shared by
        # every process until a page changes (one round trip, no query).
        links = fragment(
            "language-links",
            lambda: _language_links(request, page, current),
            request.scheme,
            request.get_host(),
            str(page.pk),
            current,
        )
    else:
        links = _language_links(request, page, current)
    if request is not None:
        request.__dict__[cache_key] = ((current, getattr(page, "pk", None)), links)
    return links


def _language_links(request, page, current: str) -> list[dict]:
    is_page = isinstance(page, Page) and page.pk
    translations = {}
    if is_page:
        for translation in (
            page.get_translations(inclusive=True)
            .live()
            .public()
            .select_related("locale")
        ):
            translations[translation.locale.language_code] = translation
    links = []
    for code, name in settings.LANGUAGES:
        translated = True
        if is_page:
            translation = translations.get(code)
            url = translation.get_url(request) if translation else None
            if not url:
                url, translated = _home_url(code), False
        elif request is not None:
            url = _translate_with_next(request, _this_address_in(request, code), code)
        else:
            url, translated = _home_url(code), False
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "absolute_url": _absolute(request, url),
                "translated": translated,
                "current": code == current,
            }
        )
    return links


@register.simple_tag
def og_locale(language_code: str | None = None) -> str:
    """``ar_MA``, ``fr_MA``...: the ``og:locale`` of a language code."""
    code = language_code or get_language() or settings.LANGUAGE_CODE
    return OG_LOCALES.get(code, code)


@register.simple_tag(takes_context=True)
def og_image_url(context) -> str:
    """The absolute address of the page's share image, or of the portal's one."""
    request = context.get("request")
    page = context.get("page")
    image = None
    if isinstance(page, Page):
        specific = page.specific_deferred if type(page) is Page else page
        image = getattr(specific, "og_image", lambda: None)()
    if image is not None:
        url = image.get_rendition("fill-1200x630").url
    else:
        url = static("frontend/img/og-default.png")
    return _absolute(request, url)


@register.filter
def block_link_url(link) -> str:
    """The address of a LinkBlock value: its page, or its typed address."""
    page = link.get("page")
    if page:
        return page.localized.url
    return link.get("url") or "#"


# --- Forms: the error summary and the page title ----------------------------------


def _forms_with_errors(context):
    """Bound forms of the template context that have errors.

    ``type()`` is used rather than ``isinstance``: a lazy value (the CSRF token,
    the menu) would otherwise be evaluated just to be inspected.
    """
    for layer in context.dicts:
        if not isinstance(layer, dict):
            continue
        for value in layer.values():
            if issubclass(type(value), BaseForm) and value.is_bound and value.errors:
                yield value


@register.simple_tag(takes_context=True)
def error_title_prefix(context) -> str:
    """``"Error: "`` (translated) when a form of the page has errors, for the
    ``<title>``: the first thing a screen reader says after a failed submit."""
    for _form in _forms_with_errors(context):
        return gettext("Error:") + " "
    return ""


@register.filter
def field_anchor(field) -> str:
    """The id of the control that an error summary's link leads to: the input
    itself, or the first choice of a group of radio buttons or checkboxes."""
    try:
        first = field.subwidgets[0].id_for_label
    except (IndexError, AttributeError, TypeError):
        first = ""
    return first or field.id_for_label or field.auto_id or ""


@register.filter
def checked_count(facet_groups) -> int:
    """How many facet values are chosen: rows are tuples ending with ``checked``."""
    count = 0
    for group in facet_groups or ():
        rows = group[-1]
        count += sum(1 for row in rows if row and row[-1] is True)
    return count


# --- Consultations: time left -----------------------------------------------------


@register.filter
def days_until(moment) -> int | None:
    """Calendar days from today to ``moment`` in the portal's time zone (0 on the
    day itself, negative once past); ``None`` without a date."""
    if not moment:
        return None
    if isinstance(moment, datetime.datetime):
        if timezone.is_aware(moment):
            moment = timezone.localtime(moment)
        moment = moment.date()
    return (moment - timezone.localdate()).days


# --- Long pages: anchors of the headings ------------------------------------------


@register.simple_tag
def body_anchors(body) -> dict:
    """Block id -> anchor of the headings and articles of a StreamField body, the
    same anchors as the page's table of contents links to; none when the body is
    too short to have a table of contents (charter articles keep their own id)."""
    from cms.outline import TOC_MIN_ENTRIES, body_outline

    outline = body_outline(body)
    if len(outline) < TOC_MIN_ENTRIES:
        return {}
    return {entry["block_id"]: entry["anchor"] for entry in outline}


@register.filter
def get_item(mapping, key):
    try:
        return mapping.get(key)
    except AttributeError:
        return None


@register.filter
def bare_label(label) -> str:
    """A field's label without its closing punctuation, to be followed by ": ..."."""
    return str(label or "").strip().rstrip(" .:;?!؟،")


@register.simple_tag(takes_context=True)
def account_sections(context):
    """Each module's part of the person's account page, in module order.

    A module adds one by shipping ``frontend/templates/<module>/account_section.html``;
    nothing here lists the modules.
    """
    return _module_template("account_section.html", context)


@register.filter
def ltr(value):
    """A code, a reference or a file extension isolated as left-to-right text, so
    that ``CP-2026-000123`` or ``PDF`` keeps its order inside Arabic sentences."""
    from django.utils.html import format_html

    if value in (None, ""):
        return ""
    return format_html('<bdi dir="ltr">{}</bdi>', value)


@functools.cache
def _module_template_names(name: str) -> tuple[str, ...]:
    """The modules that ship ``<module>/<name>``, in module order (asked once)."""
    from django.template.loader import get_template

    from core import modules

    found = []
    for config in modules.modules():
        try:
            get_template(f"{config.name}/{name}")
        except template.TemplateDoesNotExist:
            continue
        found.append(f"{config.name}/{name}")
    return tuple(found)


def _module_template(name: str, context, **extra) -> str:
    """Each module's ``<module>/<name>`` rendered in the current context (as
    ``{% include %}`` does: no copy of the context, no context processors run
    again), with ``extra`` variables, in module order."""
    from django.template.loader import get_template
    from django.utils.safestring import mark_safe

    parts = []
    with context.push(**extra):
        for path in _module_template_names(name):
            parts.append(get_template(path).template.render(context))
    return mark_safe("".join(parts))  # noqa: S308 (rendered templates, escaped)


@register.simple_tag(takes_context=True)
def account_nav(context):
    """The header's account menu: a signed-in citizen's stored one
    (``core.cache.members.page_menu``), else rendered here. ``no_user_bar`` is
    then set on the request: the stored menu says the person has no admin access."""
    from django.template.loader import get_template
    from django.utils.safestring import mark_safe

    from core.cache.members import ACCOUNT_TEMPLATE, page_menu

    request = context.get("request")
    menu = page_menu(request) if request is not None else None
    if menu is None:
        return get_template(ACCOUNT_TEMPLATE).template.render(context)
    request.no_user_bar = True
    return mark_safe(menu)  # noqa: S308 (a rendered template, escaped)


@register.simple_tag(takes_context=True)
def header_items(context):
    """Modules' links in the header's account menu (``<module>/header_item.html``),
    such as the count of unread notifications."""
    return _module_template("header_item.html", context)


@register.simple_tag(takes_context=True)
def follow_button(context, obj):
    """The button to follow ``obj``, if a module offers following
    (``<module>/follow_button.html``, given ``follow_target``)."""
    return _module_template("follow_button.html", context, follow_target=obj)


@register.simple_tag
def lang_attrs(obj) -> str:
    """`` lang="…" dir="…"`` when ``obj`` is shown in another language than the page.

    Content that has no translation in the reader's language falls back to its
    source row (often Arabic on a French page): screen readers must switch voice and
    the text its direction. Nothing is output when the languages match.
    """
    from django.utils.html import format_html
    from django.utils.translation import get_language_info

    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return ""
    locale = obj._state.fields_cache.get("locale") if hasattr(obj, "_state") else None
    code = locale.language_code if locale else obj.locale.language_code
    if code == get_language():
        return ""
    try:
        bidi = get_language_info(code)["bidi"]
    except KeyError:
        bidi = False
    return format_html(' lang="{}" dir="{}"', code, "rtl" if bidi else "ltr")
