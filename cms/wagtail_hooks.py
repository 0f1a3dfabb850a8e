"""The editorial admin: the snippets editors write, grouped under one menu.

The snippets are ``TranslatableMixin`` models registered here with a viewset, so
wagtail-localize adds its "Translate" and "Sync translated snippets" actions to them;
the listing shows one language at a time (Wagtail's locale filter).
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_views
from .models import FooterContent, MenuItem, UsefulLink


class MenuItemViewSet(SnippetViewSet):
    """Main menu entries, reordered by dragging them in the listing."""

    model = MenuItem
    icon = "list-ul"
    menu_label = _("Main menu")
    list_display = ["label", "link_page", "link_url", "sort_order"]
    search_fields = ["label"]
    sort_order_field = "sort_order"
    ordering = ["sort_order", "pk"]


class FooterContentViewSet(SnippetViewSet):
    model = FooterContent
    icon = "doc-full"
    menu_label = _("Footer")
    list_display = ["__str__", "locale"]


class UsefulLinkViewSet(SnippetViewSet):
    model = UsefulLink
    icon = "link"
    menu_label = _("Useful links")
    list_display = ["title", "url", "sort_order"]
    search_fields = ["title", "description"]
    sort_order_field = "sort_order"
    ordering = ["sort_order", "pk"]


class NavigationViewSetGroup(SnippetViewSetGroup):
    """Menu, footer and useful links: what editors control around the pages."""

    items = (MenuItemViewSet, FooterContentViewSet, UsefulLinkViewSet)
    menu_icon = "list-ul"
    menu_label = _("Navigation")
    menu_name = "navigation"
    menu_order = 250


register_snippet(NavigationViewSetGroup)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return admin_views.urlpatterns
