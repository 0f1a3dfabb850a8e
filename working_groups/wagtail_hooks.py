"""Admin of the civil society space: organisations (verification), working groups
(translatable snippets) and membership applications (decisions); the verification
and decision screens are in ``admin_views.py``."""

from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import (
    ApplicationStatus,
    Membership,
    MembershipApplication,
    Organisation,
    WorkingGroup,
)


class LinkColumn(Column):
    """A column whose cell is a link built from the row."""

    def __init__(self, name, *, label, url_name, text, **kwargs):
        super().__init__(name, label=label, **kwargs)
        self.url_name = url_name
        self.text = text

    def get_value(self, instance):
        text = self.text(instance)
        if not text:
            return ""
        return format_html(
            '<a href="{}">{}</a>', reverse(self.url_name, args=[instance.pk]), text
        )


class OrganisationAdmin(ModelViewSet):
    model = Organisation
    url_prefix = "civil-society/organisations"
    url_namespace = "working_groups_organisation"
    icon = "group"
    menu_label = _("Organisations")
    inspect_view_enabled = True
    list_display = [
        "name_fr",
        "name_ar",
        "region",
        "verified",
        LinkColumn(
            "verify",
            label=_("Verification"),
            url_name="working_groups_admin_verify",
            text=lambda o: _("Withdraw the badge") if o.verified else _("Verify"),
        ),
    ]
    list_filter = ["verified", "region"]
    search_fields = ["name_fr", "name_ar", "registration_number", "province"]
    form_fields = [
        "name_ar",
        "name_fr",
        "slug",
        "registration_number",
        "region",
        "province",
        "fields_of_action",
        "website",
        "presentation",
        "logo",
        "contact_email",
        "contact_phone",
    ]


class WorkingGroupAdmin(SnippetViewSet):
    model = WorkingGroup
    icon = "group"
    menu_label = _("Working groups")
    list_display = ["name", "kind", "theme", "region", "is_open", "locale"]
    list_filter = ["kind", "is_open", "locale"]
    search_fields = ["name"]


class ApplicationAdmin(ModelViewSet):
    model = MembershipApplication
    url_prefix = "civil-society/applications"
    url_namespace = "working_groups_membershipapplication"
    icon = "form"
    menu_label = _("Applications")
    inspect_view_enabled = True
    add_view_enabled = False
    list_display = [
        "organisation",
        "group",
        "status",
        "submitted_at",
        LinkColumn(
            "decide",
            label=_("Decision"),
            url_name="working_groups_admin_decide",
            text=lambda a: _("Decide") if a.status == ApplicationStatus.PENDING else "",
        ),
    ]
    list_filter = ["status", "group"]
    form_fields = ["motivation"]

    def get_queryset(self, request):
        return MembershipApplication.objects.select_related("organisation", "group")


class MembershipAdmin(ModelViewSet):
    """The history of memberships (joined, left, why); read-only in practice."""

    model = Membership
    url_prefix = "civil-society/memberships"
    url_namespace = "working_groups_membership"
    icon = "history"
    menu_label = _("Memberships")
    add_view_enabled = False
    inspect_view_enabled = True
    list_display = ["organisation", "group", "joined_at", "left_at", "left_reason"]
    list_filter = ["group"]
    form_fields = ["left_reason"]

    def get_queryset(self, request):
        return Membership.objects.select_related("organisation", "group")


class CivilSocietyGroup(ViewSetGroup):
    menu_label = _("Civil society")
    menu_icon = "group"
    menu_order = 310
    items = (OrganisationAdmin, WorkingGroupAdmin, ApplicationAdmin, MembershipAdmin)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return CivilSocietyGroup()


@hooks.register("register_admin_urls")
def register_admin_urls():
    return admin_views.urlpatterns
