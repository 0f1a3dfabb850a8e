"""The admin of calls: the secretariat's calls (grid, documents, committee),
declared conflicts and elections; the call's screen; and the selection
committee's menu for its members."""

from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .forms import CallAdminForm
from .models import Call, Conflict, Election


class ScreenColumn(Column):
    def get_value(self, instance):
        return format_html(
            '<a href="{}">{}</a>',
            reverse("calls_admin_call", args=[instance.pk]),
            _("Files, scores and publication"),
        )


class CallAdmin(SnippetViewSet):
    model = Call
    icon = "form"
    menu_label = _("Calls for applications")
    list_display = [
        "title_fr",
        "opens_at",
        "closes_at",
        "is_published",
        ScreenColumn("screen", label=_("Procedure")),
    ]
    search_fields = ["title_ar", "title_fr"]
    edit_handler = ObjectList(
        [
            FieldPanel("title_ar"),
            FieldPanel("title_fr"),
            FieldPanel("title_en"),
            FieldPanel("slug"),
            FieldRowPanel([FieldPanel("body"), FieldPanel("action_plan")]),
            FieldRowPanel(
                [FieldPanel("seats"), FieldPanel("term_start"), FieldPanel("term_end")]
            ),
            FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
            FieldPanel("appeal_days"),
            FieldPanel("description_ar"),
            FieldPanel("description_fr"),
            FieldPanel("description_en"),
            FieldPanel("eligibility_ar"),
            FieldPanel("eligibility_fr"),
            FieldPanel("eligibility_en"),
            InlinePanel("criteria", label=_("Scoring grid"), heading=_("Scoring grid")),
            InlinePanel(
                "required_documents",
                label=_("Required documents"),
                heading=_("Required documents"),
            ),
            InlinePanel(
                "committee",
                label=_("Selection committee"),
                heading=_("Selection committee"),
            ),
            FieldPanel("is_published"),
        ],
        base_form_class=CallAdminForm,
    )


class ConflictAdmin(SnippetViewSet):
    model = Conflict
    icon = "warning"
    menu_label = _("Declared conflicts of interest")
    list_display = ["member", "organisation", "reason", "declared_at"]


class ElectionAdmin(SnippetViewSet):
    model = Election
    icon = "tick"
    menu_label = _("Elections of the civil society member")
    list_display = ["call", "opens_at", "closes_at"]
    edit_handler = ObjectList(
        [
            FieldPanel("call"),
            FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
            InlinePanel("candidates", label=_("Candidates"), heading=_("Candidates")),
        ]
    )


class CallsGroup(ViewSetGroup):
    menu_label = _("Calls for applications")
    menu_icon = "form"
    menu_order = 340
    items = (CallAdmin, ConflictAdmin, ElectionAdmin)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return CallsGroup()


class CommitteeMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("calls.committee_home")


@hooks.register("register_admin_menu_item")
def register_committee_menu():
    return CommitteeMenuItem(
        _("Selection committee"),
        reverse("calls_admin_home"),
        icon_name="group",
        order=345,
    )


@hooks.register("register_admin_urls")
def register_admin_urls():
    return admin_views.urlpatterns
