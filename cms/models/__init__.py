"""Editorial pages, snippets and site settings of the portal."""

from .chrome import (
    ContactSettings,
    FooterContent,
    LegalPages,
    MenuItem,
    SiteIdentity,
    UsefulLink,
)
from .news import NEWS_PER_PAGE, NewsIndexPage, NewsKind, NewsPage, NewsPageTag
from .pages import (
    SECTION_PAGE_TYPES,
    SECTION_PARENT_TYPES,
    BasePage,
    GuideIndexPage,
    GuidePage,
    HomePage,
    StandardPage,
)

__all__ = [
    "NEWS_PER_PAGE",
    "SECTION_PAGE_TYPES",
    "SECTION_PARENT_TYPES",
    "BasePage",
    "ContactSettings",
    "FooterContent",
    "GuideIndexPage",
    "GuidePage",
    "HomePage",
    "LegalPages",
    "MenuItem",
    "NewsIndexPage",
    "NewsKind",
    "NewsPage",
    "NewsPageTag",
    "SiteIdentity",
    "StandardPage",
    "UsefulLink",
]
