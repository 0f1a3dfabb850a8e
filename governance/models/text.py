"""Texts kept side by side in the portal's languages (``title_ar``, ``title_fr``...).

Meetings, agenda items and decisions are one record each, because article 5 of the
charter publishes them in Arabic and French at the same step: the services check
that both are written before a step goes public. English is optional; a missing
language falls back to the other two.
"""

from django.utils import translation

LANGUAGES = ("ar", "fr", "en")
# When a language is missing: Latin-script readers get French first.
FALLBACKS = {
    "ar": ("ar", "fr", "en"),
    "fr": ("fr", "ar", "en"),
    "en": ("en", "fr", "ar"),
}
# Both are required before an agenda or minutes go public (article 5).
REQUIRED = ("ar", "fr")


def language_of(language: str | None = None) -> str:
    code = (language or translation.get_language() or "ar")[:2]
    return code if code in FALLBACKS else "ar"


class MultilingualMixin:
    """``text("title")``: the field in the reader's language, or its fallback."""

    def text(self, field: str, language: str | None = None) -> str:
        for code in FALLBACKS[language_of(language)]:
            value = getattr(self, f"{field}_{code}", "")
            if value:
                return value
        return ""

    def text_language(self, field: str, language: str | None = None) -> str:
        """The language ``text(field)`` is actually written in (for ``lang``)."""
        for code in FALLBACKS[language_of(language)]:
            if getattr(self, f"{field}_{code}", ""):
                return code
        return language_of(language)

    def missing_languages(self, field: str) -> list[str]:
        return [
            c for c in REQUIRED if not str(getattr(self, f"{field}_{c}", "")).strip()
        ]
