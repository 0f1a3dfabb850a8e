"""wagtail-localize's "Translate" screens, guarded for content that exists everywhere.

When a page or snippet already exists in every language, wagtail-localize's form still
opens, with a required "Locales" field that offers no choice: an editor can only fail
it. Here the same URLs send the editor back to the object with a message pointing to
"Sync translated pages", which is what updates existing translations.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Locale
from wagtail_localize.views import submit_translations


def _untranslated_locales(instance):
    existing = instance.get_translations(inclusive=True)
    if hasattr(existing, "exclude") and hasattr(instance, "alias_of_id"):
        # An alias is not a translation: wagtail-localize converts it.
        existing = existing.exclude(alias_of__isnull=False)
    return Locale.objects.exclude(id__in=existing.values_list("locale_id", flat=True))


class _EverywhereGuard:
    def get(self, request, *args, **kwargs):
        if not _untranslated_locales(self.object).exists():
            messages.info(
                request,
                _(
                    "“%(title)s” already exists in every language. To bring the "
                    "translations up to date with it, use “Sync translated pages”."
                )
                % {"title": str(self.object)},
            )
            url = AdminURLFinder(request.user).get_edit_url(self.object)
            return redirect(url or reverse("wagtailadmin_home"))
        return super().get(request, *args, **kwargs)


class SubmitPageTranslationView(
    _EverywhereGuard, submit_translations.SubmitPageTranslationView
):
    pass


class SubmitSnippetTranslationView(
    _EverywhereGuard, submit_translations.SubmitSnippetTranslationView
):
    pass


# Registered before wagtail-localize's own URLs (cms comes first in INSTALLED_APPS),
# so these paths answer first; the URL names stay wagtail-localize's.
urlpatterns = [
    path(
        "localize/submit/page/<int:page_id>/",
        SubmitPageTranslationView.as_view(),
        name="sharaka_submit_page_translation",
    ),
    path(
        "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
        SubmitSnippetTranslationView.as_view(),
        name="sharaka_submit_snippet_translation",
    ),
]
