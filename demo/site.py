"""The site skeleton: locales, one home page per language, the Wagtail Site."""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from cms.models import HomePage

HOME_SLUG = "home"


@transaction.atomic
def ensure_site(*, hostname: str = "localhost", port: int = 80) -> dict[str, HomePage]:
    """Create (or find) the Arabic home page, its translations and the Site.

    Returns the home page of each language, keyed by language code.
    """
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }
    root = Page.get_first_root_node()
    default = locales[settings.LANGUAGE_CODE]
    # Wagtail's own "Welcome" page is not ours (its Site goes with it).
    Page.objects.filter(depth=2).not_type(HomePage).delete()
    home = HomePage.objects.filter(locale=default, depth=2).first()
    if home is None:
        home = HomePage(
            title="الحكومة المنفتحة بالمغرب", slug=HOME_SLUG, locale=default
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(is_default_site=True, hostname=hostname, port=port)
    site.root_page = home
    site.site_name = "Sharaka"
    site.save()
    homes = {settings.LANGUAGE_CODE: home}
    for code, locale in locales.items():
        if code == settings.LANGUAGE_CODE:
            continue
        translation = home.get_translation_or_none(locale)
        if translation is None:
            translation = home.copy_for_translation(locale)
            translation.save_revision().publish()
        homes[code] = translation.specific
    return homes
