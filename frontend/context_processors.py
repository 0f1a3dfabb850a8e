from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from cms.models import FooterContent, MenuItem


def _for_active_locale(queryset):
    return queryset.filter(locale__language_code=get_language())


def portal(request):
    """Menu and footer of the active language, fetched only if a template uses them."""
    return {
        "main_menu": SimpleLazyObject(
            lambda: list(
                _for_active_locale(MenuItem.objects.select_related("link_page"))
            )
        ),
        "footer": SimpleLazyObject(
            lambda: _for_active_locale(FooterContent.objects.all()).first()
        ),
    }
