"""Editorial pages, snippets and site settings of the portal.

One page tree per locale (Arabic is the default); wagtail-localize keeps the
translations in step. Every page type exposes its fields to the API with
``api_fields``.
"""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from .blocks import BodyBlock, CallToActionBlock, LinkBlock, ObjectiveBlock, StepBlock

NEWS_PER_PAGE = 12

# Where editors may put sections: the home page and standard pages hold the rest.
SECTION_PAGE_TYPES = ["cms.StandardPage", "cms.NewsIndexPage", "cms.GuideIndexPage"]
SECTION_PARENT_TYPES = ["cms.HomePage", "cms.StandardPage"]


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
        return (
            NewsPage.objects.live()
            .public()
            .filter(locale=self.locale)
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


class NewsKind(models.TextChoices):
    # The news section's kinds (seed 001).
    NATIONAL_INITIATIVES = "national_initiatives", _("National initiatives")
    MEETINGS_CALENDARS = "meetings_calendars", _("Meetings and calendars")
    COMMITTEE_MEETINGS = "committee_meetings", _("Committee meetings and reports")
    CALLS = "calls", _("Calls for applications and consultations")
    INTERNATIONAL = "international", _("International partners")


class NewsIndexPage(BasePage):
    """The news of one language, filterable by kind and tag, twelve to a page."""

    content_panels = BasePage.content_panels + [
        HelpPanel(
            content=_(
                "News items are added as children of this page. Visitors can filter "
                "them by kind and by tag; each language has its news feed."
            )
        )
    ]
    parent_page_types = SECTION_PARENT_TYPES
    subpage_types = ["cms.NewsPage"]

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def news(self):
        return (
            NewsPage.objects.live()
            .public()
            .child_of(self)
            .select_related("lead_image")
            .order_by("-date", "-pk")
        )

    def tags(self):
        """The tags used by this index's live news, for the filter form."""
        return (
            NewsPageTag.tag_model()
            .objects.filter(
                cms_newspagetag_items__content_object__in=self.news().values("pk")
            )
            .distinct()
            .order_by("name")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = self.news()
        kind = request.GET.get("kind", "")
        if kind in NewsKind.values:
            news = news.filter(kind=kind)
        else:
            kind = ""
        tag = request.GET.get("tag", "")[:100]
        if tag:
            news = news.filter(tags__slug=tag)
        paginator = Paginator(news, NEWS_PER_PAGE)
        try:
            page = paginator.page(request.GET.get("page", 1))
        except (EmptyPage, PageNotAnInteger):
            page = paginator.page(1)
        tags = list(self.tags())
        context.update(
            news_page=page,
            kinds=NewsKind.choices,
            tags=tags,
            current_kind=kind,
            current_tag=tag,
            current_tag_name=next((t.name for t in tags if t.slug == tag), tag),
        )
        return context


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "cms.NewsPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class NewsPage(BasePage):
    date = models.DateField(_("date"), default=timezone.localdate)
    kind = models.CharField(
        _("kind"),
        max_length=32,
        choices=NewsKind.choices,
        default=NewsKind.NATIONAL_INITIATIVES,
    )
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    tags = ClusterTaggableManager(
        through=NewsPageTag, blank=True, verbose_name=_("tags")
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("kind"), FieldPanel("tags")],
            heading=_("Classification"),
        ),
        FieldPanel("lead_image"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("date"),
        index.FilterField("kind"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("date"),
        APIField("kind"),
        APIField("tags"),
        APIField("lead_image"),
        APIField(
            "lead_image_thumbnail",
            serializer=ImageRenditionField("fill-640x360", source="lead_image"),
        ),
        APIField("body"),
    ]
    # Date, kind, image and tags are the same in every language: wagtail-localize
    # copies them from the source page each time the translation is synchronised.
    # The lead image may be overridden in a translation (e.g. text in the image).
    override_translatable_fields = [
        SynchronizedField("date", overridable=False),
        SynchronizedField("kind", overridable=False),
        SynchronizedField("lead_image"),
        SynchronizedField("tagged_items"),
    ]
    parent_page_types = ["cms.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")

    def og_image(self):
        return self.lead_image


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


# --- Snippets that editors write, translatable -------------------------------------


class MenuItem(TranslatableMixin, models.Model):
    """An entry of the main menu, in one language."""

    label = models.CharField(_("label"), max_length=80)
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    link_url = models.CharField(
        _("address"),
        max_length=255,
        blank=True,
        help_text=_("Used when no page is chosen, e.g. /consultations/."),
    )
    sort_order = models.PositiveSmallIntegerField(_("position"), default=0)

    panels = [
        FieldPanel("label"),
        FieldPanel("link_page"),
        FieldPanel("link_url"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("menu item")
        verbose_name_plural = _("main menu")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.label

    @property
    def url(self) -> str:
        if self.link_page_id:
            return self.link_page.localized.url or "#"
        return self.link_url or "#"


class FooterContent(TranslatableMixin, models.Model):
    """The footer's text and links, one per language."""

    about = models.TextField(_("about the portal"), blank=True)
    address = models.TextField(_("postal address"), blank=True)
    links = StreamField([("link", LinkBlock())], blank=True, verbose_name=_("links"))

    panels = [FieldPanel("about"), FieldPanel("address"), FieldPanel("links")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footer")

    def __str__(self):
        return str(_("Footer (%(locale)s)") % {"locale": self.locale.language_code})


class UsefulLink(TranslatableMixin, models.Model):
    """A useful link of citizen participation, in the list editors maintain."""

    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("address"))
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("position"), default=0)

    panels = [
        FieldPanel("title"),
        FieldPanel("url"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("useful link")
        verbose_name_plural = _("useful links")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.title


@register_setting(icon="mail")
class ContactSettings(BaseSiteSetting):
    """Contact details and social links, the same in every language."""

    email = models.EmailField(_("public email"), blank=True)
    phone = models.CharField(_("public phone"), max_length=40, blank=True)
    facebook = models.URLField(_("Facebook"), blank=True)
    x_twitter = models.URLField(_("X (Twitter)"), blank=True)
    youtube = models.URLField(_("YouTube"), blank=True)
    linkedin = models.URLField(_("LinkedIn"), blank=True)

    panels = [
        FieldPanel("email"),
        FieldPanel("phone"),
        MultiFieldPanel(
            [
                FieldPanel("facebook"),
                FieldPanel("x_twitter"),
                FieldPanel("youtube"),
                FieldPanel("linkedin"),
            ],
            heading=_("Social networks"),
        ),
    ]

    class Meta:
        verbose_name = _("contact details")

    @property
    def social_links(self) -> list[tuple[str, str]]:
        links = [
            ("Facebook", self.facebook),
            ("X", self.x_twitter),
            ("YouTube", self.youtube),
            ("LinkedIn", self.linkedin),
        ]
        return [(name, url) for name, url in links if url]
