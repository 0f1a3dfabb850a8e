"""The admin: consultations as translatable snippets, and the menu and URLs of the
moderation screens (in ``admin_views.py``)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import Consultation


class ConsultationViewSet(SnippetViewSet):
    model = Consultation
    icon = "comment"
    menu_label = _("Consultations")
    menu_order = 210
    add_to_admin_menu = True
    list_display = [
        "title",
        Column("status", label=_("Status"), accessor="get_status_display"),
        "opens_at",
        "closes_at",
        "locale",
    ]
    list_filter = ["is_general_box", "moderation_mode", "region"]
    search_fields = ["title", "summary"]
    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("summary"),
        FieldPanel("text"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")])],
            heading=_("Dates (Africa/Casablanca)"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("moderation_mode"),
                FieldPanel("allow_anonymous"),
                FieldPanel("comments_open"),
                FieldPanel("is_general_box"),
            ],
            heading=_("Participation"),
        ),
        FieldPanel("tags"),
        FieldPanel("region"),
        FieldPanel("documents"),
        MultiFieldPanel(
            [FieldPanel("synthesis_text"), FieldPanel("synthesis_document")],
            heading=_("Close-out (published from the close-out screen)"),
        ),
    ]


register_snippet(ConsultationViewSet)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return admin_views.urlpatterns


class ModeratorMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("consultations.moderate")


@hooks.register("register_admin_menu_item")
def register_moderation_menu_item():
    return ModeratorMenuItem(
        _("Moderation"),
        reverse("consultations_admin:queue"),
        icon_name="tasks",
        order=211,
    )


@hooks.register("register_snippet_listing_buttons")
def consultation_listing_buttons(snippet, user, next_url=None):
    """Links from each consultation to its close-out, statistics and exports."""
    if isinstance(snippet, Consultation) and user.has_perm("consultations.moderate"):
        yield Button(
            _("Close-out, statistics and export"),
            reverse("consultations_admin:closeout", args=[snippet.pk]),
            icon_name="doc-full",
            priority=50,
        )
        yield Button(
            _("Moderate its contributions"),
            reverse("consultations_admin:queue")
            + f"?consultation={snippet.source.pk}&status=",
            icon_name="tasks",
            priority=51,
        )
