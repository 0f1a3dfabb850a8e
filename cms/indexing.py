"""Editorial pages in the site search: live, public pages, one entry per page.

Each translation is its own page (and locale), so each yields one entry. A page
under a view restriction (login, password, groups) is never indexed; changing a
restriction reindexes the pages below it.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction

from search.registry import Entry, Source, register

from .models import BasePage, NewsKind, NewsPage, NewsPageTag

TEXT_FIELDS = ("intro", "hero_title", "body", "cycle", "objectives", "calls")
# Link blocks hold addresses, which are not words anyone searches for.
ADDRESS_PREFIXES = ("/", "http://", "https://", "mailto:", "tel:", "#")


def _is_address(text: str) -> bool:
    return " " not in text.strip() and text.strip().startswith(ADDRESS_PREFIXES)


# Blocks whose value a reader sees as text. Settings (a heading's level, a
# choice, a flag, a date picked for the layout) and chosen objects are not text.
TEXT_BLOCKS = (blocks.CharBlock, blocks.TextBlock, blocks.RichTextBlock, TableBlock)


def block_text(block, value):
    """The texts a reader sees in a block's value, in order."""
    if value is None:
        return
    if isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from block_text(child.block, child.value)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            yield from block_text(child, value.get(name))
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from block_text(block.child_block, item)
    elif isinstance(block, TEXT_BLOCKS):
        for text in block.get_searchable_content(value):
            if text and not _is_address(str(text)):
                yield str(text)


def page_text(page) -> str:
    parts = []
    for name in TEXT_FIELDS:
        if not hasattr(page, name):
            continue
        value = getattr(page, name)
        field = page._meta.get_field(name)
        if isinstance(field, StreamField):
            parts.extend(block_text(field.stream_block, value))
        elif value:
            parts.append(str(value))
    return "\n".join(parts)


def _public(page) -> bool:
    return page.live and not page.get_view_restrictions().exists()


def page_entries(page):
    page = page.specific
    if not isinstance(page, BasePage) or isinstance(page, NewsPage):
        return []
    if page.depth < 2 or not _public(page):
        return []
    return [_entry("page", page, facets={})]


def news_entries(page):
    page = page.specific
    if not _public(page):
        return []
    return [
        _entry(
            "news",
            page,
            facets={
                "category": [page.kind],
                "tags": [t.name for t in page.tags.all()],
            },
            date=page.date,
        )
    ]


def _entry(source, page, *, facets, date=None):
    return Entry(
        source=source,
        object_id=str(page.pk),
        locale=page.locale.language_code,
        title=page.seo_title or page.title,
        summary=page.intro or page.search_description,
        body=page_text(page),
        url=page.get_url() or page.url_path,
        date=date
        or (page.last_published_at.date() if page.last_published_at else None),
        facets=facets,
    )


def _restricted_pages(restriction: PageViewRestriction):
    return Page.objects.descendant_of(restriction.page, inclusive=True)


register(
    Source(
        name="page",
        model=Page,
        queryset=lambda: (
            Page.objects.live().filter(depth__gt=1).select_related("locale")
        ),
        entries=page_entries,
        label=_("Pages"),
        related={PageViewRestriction: _restricted_pages},
    )
)
register(
    Source(
        name="news",
        model=NewsPage,
        queryset=lambda: NewsPage.objects.live().select_related("locale"),
        entries=news_entries,
        label=_("News"),
        facet_labels={"category": dict(NewsKind.choices)},
        related={
            PageViewRestriction: _restricted_pages,
            NewsPageTag: lambda item: [item.content_object_id],
        },
    )
)
