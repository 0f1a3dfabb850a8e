"""The secretariat's admin: bodies (translatable), action plans, mandates (checked
against the charter, with a parity warning), meetings and their steps screen,
and the ends of membership the portal proposes."""

from django.contrib import messages
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views, services
from .forms import MeetingAdminForm, MemberAdminForm
from .models import ActionPlan, Body, EndProposal, Meeting, Member


class CompositionColumn(Column):
    """The seats by constituency today, and what breaks the charter."""

    def get_value(self, instance):
        found = services.composition(instance)
        text = _(
            "%(administration)s administration · %(civil_society)s civil society"
        ) % {
            "administration": found.administration,
            "civil_society": found.civil_society,
        }
        if found.problems:
            return format_html(
                "{}<br><strong>⚠ {}</strong>", text, " ".join(map(str, found.problems))
            )
        return text


class StepsColumn(Column):
    def get_value(self, instance):
        return format_html(
            '<a href="{}">{}</a>',
            reverse("governance_admin_meeting_steps", args=[instance.pk]),
            instance.get_status_display(),
        )


class EndColumn(Column):
    def get_value(self, instance):
        if instance.ended_on:
            return f"{instance.ended_on:%Y-%m-%d} · {instance.get_end_reason_display()}"
        return format_html(
            '<a href="{}">{}</a>',
            reverse("governance_admin_member_end", args=[instance.pk]),
            _("End the membership"),
        )


class DecideColumn(Column):
    def get_value(self, instance):
        if instance.status != "open":
            return instance.get_status_display()
        return format_html(
            '<a href="{}">{}</a>',
            reverse("governance_admin_end_proposal", args=[instance.pk]),
            _("Confirm or dismiss"),
        )


class BodyAdmin(SnippetViewSet):
    model = Body
    icon = "group"
    menu_label = _("Bodies")
    list_display = [
        "name",
        "kind",
        "locale",
        "is_published",
        CompositionColumn("composition", label=_("Seats")),
    ]
    list_filter = ["kind", "locale"]
    search_fields = ["name"]


class ActionPlanAdmin(SnippetViewSet):
    model = ActionPlan
    icon = "calendar-alt"
    menu_label = _("National action plans")
    list_display = ["name", "start", "end"]


class MemberAdmin(SnippetViewSet):
    model = Member
    icon = "user"
    menu_label = _("Members and mandates")
    list_display = [
        "__str__",
        "body",
        "constituency",
        "role",
        "start",
        "end",
        EndColumn("ended", label=_("End of membership")),
    ]
    list_filter = ["body", "constituency", "role", "action_plan"]
    search_fields = ["name_ar", "name_fr", "institution_ar", "institution_fr"]
    edit_handler = ObjectList(
        [
            FieldPanel("body"),
            FieldRowPanel([FieldPanel("name_ar"), FieldPanel("name_fr")]),
            FieldPanel("user"),
            FieldRowPanel([FieldPanel("constituency"), FieldPanel("role")]),
            FieldPanel("organisation"),
            FieldRowPanel([FieldPanel("institution_ar"), FieldPanel("institution_fr")]),
            FieldPanel("action_plan"),
            FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
            FieldPanel("sort_order"),
        ],
        base_form_class=MemberAdminForm,
    )

    def get_queryset(self, request):
        return Member.objects.select_related("body", "organisation", "action_plan")


class MeetingAdmin(SnippetViewSet):
    model = Meeting
    icon = "date"
    menu_label = _("Meetings")
    list_display = ["title", "body", "start", StepsColumn("steps", label=_("Step"))]
    list_filter = ["body", "status"]
    search_fields = ["title_ar", "title_fr"]
    ordering = ["-start"]
    edit_handler = ObjectList(
        [
            FieldPanel("body"),
            FieldPanel("title_ar"),
            FieldPanel("title_fr"),
            FieldPanel("title_en"),
            FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
            FieldPanel("place_ar"),
            FieldPanel("place_fr"),
            FieldPanel("place_en"),
            FieldPanel("online_url"),
            FieldPanel("summary_ar"),
            FieldPanel("summary_fr"),
            FieldPanel("summary_en"),
            InlinePanel("agenda_items", label=_("Agenda"), heading=_("Agenda")),
            FieldPanel("documents"),
            FieldPanel("slug"),
        ],
        base_form_class=MeetingAdminForm,
    )

    def get_queryset(self, request):
        return Meeting.objects.select_related("body")


class EndProposalAdmin(ModelViewSet):
    model = EndProposal
    url_prefix = "governance/end-proposals"
    url_namespace = "governance_end_proposal"
    icon = "warning"
    menu_label = _("Proposed ends of membership")
    add_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "member",
        "reason",
        "detected_at",
        DecideColumn("decide", label=_("Decision")),
    ]
    list_filter = ["status"]
    form_fields = []

    def get_queryset(self, request):
        return EndProposal.objects.select_related("member__organisation")


class GovernanceGroup(ViewSetGroup):
    menu_label = _("Governance")
    menu_icon = "group"
    menu_order = 330
    items = (MeetingAdmin, MemberAdmin, BodyAdmin, ActionPlanAdmin, EndProposalAdmin)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return GovernanceGroup()


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def warn_when_parity_breaks(request, instance):
    """Article 3: tell the secretariat at once when a mandate breaks parity."""
    if isinstance(instance, Member):
        for problem in services.composition(instance.body, on=instance.start).problems:
            messages.warning(request, problem)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return admin_views.urlpatterns
