"""What a working group publishes: news posts and decisions (as Decidim's meeting
results and adhocracy+'s news).

Its coordinators and the secretariat write them on the group's management pages
(``views_records``), through ``services_records``. Each is one record with its texts
side by side in Arabic, French and English (``title_ar``...), like governance
decisions: a draft may be in one language, a published one is in Arabic and
French at least (English is optional and falls back to French). They attach to
the group's *source* row; a draft is seen by its managers only.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

LANGUAGES = ("ar", "fr", "en")
# A missing language falls back to the others; Latin-script readers get French.
FALLBACKS = {
    "ar": ("ar", "fr", "en"),
    "fr": ("fr", "ar", "en"),
    "en": ("en", "fr", "ar"),
}
# Both are required before a news post or a decision goes public.
REQUIRED = ("ar", "fr")


class SideBySide(models.Model):
    """``text("title")``: the field in the reader's language, or its fallback."""

    group = models.ForeignKey(
        "working_groups.WorkingGroup",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("working group"),
    )
    is_published = models.BooleanField(_("published"), default=False)
    # Set by the services when first published (told to followers once).
    first_published_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True

    def text(self, field: str, language: str | None = None) -> str:
        code = (language or translation.get_language() or "ar")[:2]
        for each in FALLBACKS.get(code, FALLBACKS["ar"]):
            value = getattr(self, f"{field}_{each}", "")
            if value:
                return value
        return ""

    def text_language(self, field: str, language: str | None = None) -> str:
        """The language ``text(field)`` is written in (for the ``lang`` attribute)."""
        code = (language or translation.get_language() or "ar")[:2]
        for each in FALLBACKS.get(code, FALLBACKS["ar"]):
            if getattr(self, f"{field}_{each}", ""):
                return each
        return code

    def missing(self, *fields: str) -> dict[str, list[str]]:
        """The required languages each field lacks, by field name."""
        found = {}
        for name in fields:
            for code in REQUIRED:
                if not str(getattr(self, f"{name}_{code}", "")).strip():
                    found.setdefault(f"{name}_{code}", []).append(code)
        return found


class GroupNews(SideBySide):
    """A news post of a working group."""

    title_ar = models.CharField(_("title in Arabic"), max_length=200, blank=True)
    title_fr = models.CharField(_("title in French"), max_length=200, blank=True)
    title_en = models.CharField(_("title in English"), max_length=200, blank=True)
    # Paragraphs separated by a blank line; addresses become links when shown.
    body_ar = models.TextField(_("text in Arabic"), max_length=10000, blank=True)
    body_fr = models.TextField(_("text in French"), max_length=10000, blank=True)
    body_en = models.TextField(_("text in English"), max_length=10000, blank=True)
    published_on = models.DateField(_("publication date"), default=timezone.localdate)

    class Meta:
        verbose_name = _("working group news post")
        verbose_name_plural = _("working group news")
        ordering = ["-published_on", "-pk"]
        indexes = [models.Index(fields=["group", "is_published", "-published_on"])]

    def __str__(self):
        return self.title

    def get_absolute_url(self) -> str:
        # The source's slug: the group page finds its translation in the language.
        return reverse(
            "working_group_news_detail",
            kwargs={"slug": self.group.slug, "pk": self.pk},
        )

    @property
    def title(self) -> str:
        return self.text("title")

    @property
    def body(self) -> str:
        return self.text("body")


class GroupDecision(SideBySide):
    """A decision a working group took, with where it was taken if anywhere."""

    text_ar = models.TextField(_("decision in Arabic"), max_length=4000, blank=True)
    text_fr = models.TextField(_("decision in French"), max_length=4000, blank=True)
    text_en = models.TextField(_("decision in English"), max_length=4000, blank=True)
    decided_on = models.DateField(_("date of the decision"), default=timezone.localdate)
    link = models.URLField(
        _("link"),
        blank=True,
        help_text=_("Optional: the governance meeting or the document behind it."),
    )

    class Meta:
        verbose_name = _("working group decision")
        verbose_name_plural = _("working group decisions")
        ordering = ["-decided_on", "-pk"]
        indexes = [models.Index(fields=["group", "is_published", "-decided_on"])]

    def __str__(self):
        return self.wording[:80]

    def get_absolute_url(self) -> str:
        return f"{self.group.get_absolute_url()}#decision-{self.pk}"

    @property
    def wording(self) -> str:
        return self.text("text")
