"""The secretariat's admin: institutions, plans (and their co-creation), commitments
(with the assessment), milestones, focal points, progress updates and evidence."""

from django import forms
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.snippets.views.snippets import SnippetViewSet

from working_groups.models import Theme

from . import admin_views
from .models import (
    Commitment,
    Evidence,
    FocalPoint,
    Institution,
    Milestone,
    OgpValue,
    Plan,
    ProgressUpdate,
)


class CommitmentAdminForm(WagtailAdminModelForm):
    """OGP values and themes as checkboxes (stored as lists)."""

    ogp_values = forms.MultipleChoiceField(
        label=_("OGP values"),
        choices=OgpValue.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    themes = forms.MultipleChoiceField(
        label=_("Themes"),
        choices=Theme.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


class CocreationColumn(Column):
    def get_value(self, instance):
        return format_html(
            '<a href="{}">{}</a>',
            reverse("action_plans_admin_cocreation", args=[instance.pk]),
            _("Open for comments") if not instance.cocreation_id else _("Co-creation"),
        )


class InstitutionAdmin(SnippetViewSet):
    model = Institution
    icon = "site"
    menu_label = _("Institutions")
    list_display = ["name", "acronym", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "acronym"]


class PlanAdmin(SnippetViewSet):
    model = Plan
    icon = "doc-full"
    menu_label = _("Plans")
    list_display = [
        "title",
        "period",
        "phase",
        "locale",
        CocreationColumn("cocreation", label=_("Co-creation")),
    ]
    list_filter = ["phase", "locale"]


class CommitmentAdmin(SnippetViewSet):
    model = Commitment
    icon = "tick-inverse"
    menu_label = _("Commitments")
    list_display = ["__str__", "plan", "lead", "locale"]
    list_filter = ["plan", "locale"]
    search_fields = ["title", "description"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("plan"), FieldPanel("number")]),
            FieldPanel("title"),
            FieldPanel("description"),
            FieldPanel("problem"),
            FieldPanel("ogp_values"),
            FieldPanel("themes"),
            FieldPanel("lead"),
            FieldPanel("partner_institutions"),
            FieldPanel("partner_organisations"),
            FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
            MultiFieldPanel(
                [
                    FieldPanel("origin"),
                    FieldPanel("contributions"),
                    FieldPanel("changes_since_draft"),
                ],
                heading=_("Co-creation"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("midterm_completion"),
                    FieldPanel("midterm_notes"),
                    FieldPanel("final_completion"),
                    FieldPanel("early_results"),
                    FieldPanel("final_notes"),
                ],
                heading=_("Assessment"),
            ),
        ],
        base_form_class=CommitmentAdminForm,
    )


class MilestoneAdmin(SnippetViewSet):
    model = Milestone
    icon = "date"
    menu_label = _("Milestones")
    list_display = ["title", "commitment", "due_date", "status", "completion"]
    list_filter = ["status", "locale"]
    search_fields = ["title"]


class FocalPointAdmin(SnippetViewSet):
    model = FocalPoint
    icon = "user"
    menu_label = _("Focal points")
    list_display = ["user", "institution", "is_active"]


class ProgressUpdateAdmin(SnippetViewSet):
    """Reviews happen on the reporting desk; here the secretariat finds them."""

    model = ProgressUpdate
    icon = "history"
    menu_label = _("Progress updates")
    list_display = ["commitment", "institution", "status", "published_at"]
    list_filter = ["status"]
    inspect_view_enabled = True


class EvidenceAdmin(SnippetViewSet):
    model = Evidence
    icon = "link"
    menu_label = _("Evidence")
    list_display = ["__str__", "milestone", "update"]


class ActionPlansGroup(ViewSetGroup):
    menu_label = _("Action plans")
    menu_icon = "tick-inverse"
    menu_order = 340
    items = (
        PlanAdmin,
        CommitmentAdmin,
        MilestoneAdmin,
        InstitutionAdmin,
        FocalPointAdmin,
        ProgressUpdateAdmin,
        EvidenceAdmin,
    )


@hooks.register("register_admin_viewset")
def register_viewsets():
    return ActionPlansGroup()


@hooks.register("register_admin_urls")
def register_admin_urls():
    return admin_views.urlpatterns
