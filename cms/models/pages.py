"""Editorial pages: the home page, standard pages and guides.

One page tree per locale (Arabic is the default); wagtail-localize keeps the
translations in step. Every page type exposes its fields to the API with
``api_fields``.
"""

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BodyBlock, CallToActionBlock, ObjectiveBlock, StepBlock
from ..outline import table_of_contents

# Where editors may put sections: the home page and standard pages hold the rest.
SECTION_PAGE_TYPES = ["cms.StandardPage", "cms.NewsIndexPage", "cms.GuideIndexPage"]
SECTION_PARENT_TYPES = ["cms.HomePage", "cms.StandardPage"]
# A page gets a table of contents from this many headings.


class BasePage(Page):
    """Fields every editorial page shares: a short introduction for lists and OG."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.AutocompleteField("intro"),
        index.FilterField("locale"),
    ]
    api_fields = [APIField("intro"), APIField("summary")]

    class Meta:
        abstract = True

    @property
    def summary(self) -> str:
        """The text that lists, search results and Open Graph show."""
        return self.intro or self.search_description

    def og_image(self):
        """The image shared on social networks; pages without one use the logo."""
        return None


class HomePage(BasePage):
    """The portal's home: the co-creation cycle, objectives, news and calls."""

    hero_title = models.CharField(_("headline"), max_length=255, blank=True)
    cycle = StreamField(
        [("step", StepBlock())], blank=True, verbose_name=_("co-creation cycle")
    )
    objectives = StreamField(
        [("objective", ObjectiveBlock())], blank=True, verbose_name=_("objectives")
    )
    calls = StreamField(
        [("call", CallToActionBlock())],
        blank=True,
        verbose_name=_("calls to participate"),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("hero_title"),
        FieldPanel("cycle"),
        FieldPanel("objectives"),
        FieldPanel("calls"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("hero_title"),
        APIField("cycle"),
        APIField("objectives"),
        APIField("calls"),
    ]
    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = SECTION_PAGE_TYPES

    class Meta:
        verbose_name = _("home page")

    def latest_news(self, count: int = 3):
        # By name: the news module builds on this one (BasePage).
        NewsPage = apps.get_model("cms", "NewsPage")
        return (
            NewsPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .select_related("lead_image")
            .order_by("-date", "-pk")[:count]
        )


class StandardPage(BasePage):
    """Governance bodies, the civil society space, the charter, reports..."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    api_fields = BasePage.api_fields + [APIField("body")]
    parent_page_types = SECTION_PARENT_TYPES
    subpage_types = SECTION_PAGE_TYPES

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")

    def table_of_contents(self) -> list[dict]:
        return table_of_contents(self.body)


class GuideIndexPage(BasePage):
    """The list of practical guides of one language."""

    parent_page_types = SECTION_PARENT_TYPES
    subpage_types = ["cms.GuidePage"]

    class Meta:
        verbose_name = _("guide index")
        verbose_name_plural = _("guide indexes")

    def guides(self):
        return GuidePage.objects.live().public().child_of(self).order_by("title")


class GuidePage(BasePage):
    """A practical guide: how to take part, how a body works."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    api_fields = BasePage.api_fields + [APIField("body")]
    parent_page_types = ["cms.GuideIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")

    def table_of_contents(self) -> list[dict]:
        return table_of_contents(self.body)


# --- Snippets that editors write, translatable -------------------------------------
