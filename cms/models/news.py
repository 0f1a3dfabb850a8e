"""News: the index of each language and the news items, with kinds and tags."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.search import index
from wagtail_localize.fields import BaseTranslatableField, SynchronizedField

from ..blocks import BodyBlock
from .pages import SECTION_PARENT_TYPES, BasePage

NEWS_PER_PAGE = 12


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
    # Date, kind and image are the same in every language: wagtail-localize
    # copies them from the source page each time the translation is synchronised.
    # The lead image may be overridden in a translation (e.g. text in the image).
    override_translatable_fields = [
        SynchronizedField("date", overridable=False),
        SynchronizedField("kind", overridable=False),
        SynchronizedField("lead_image"),
        # Each language keeps its own tags: copied when a translation is made,
        # never overwritten by a sync (the Arabic tags would replace the French).
        BaseTranslatableField("tagged_items"),
    ]
    parent_page_types = ["cms.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")

    def og_image(self):
        return self.lead_image
