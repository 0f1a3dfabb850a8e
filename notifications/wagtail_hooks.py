"""The admin: newsletters as translatable snippets (ar, fr, en through
wagtail-localize), with a link from each to its sending screen."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import Newsletter


class NewsletterViewSet(SnippetViewSet):
    model = Newsletter
    icon = "mail"
    menu_label = _("Newsletters")
    menu_order = 330
    add_to_admin_menu = True
    list_display = ["subject", "locale", "created_at"]
    search_fields = ["subject"]


register_snippet(NewsletterViewSet)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return admin_views.urlpatterns


@hooks.register("register_snippet_listing_buttons")
def newsletter_listing_buttons(snippet, user, next_url=None):
    if isinstance(snippet, Newsletter) and user.has_perm(
        "notifications.manage_newsletters"
    ):
        yield Button(
            _("Preview, test and send"),
            reverse("notifications_admin:newsletter", args=[snippet.pk]),
            icon_name="mail",
            priority=50,
        )
