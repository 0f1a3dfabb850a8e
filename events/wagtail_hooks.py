"""Admin of events: translatable event snippets, registrations, and the URLs of
each event's registration desk (its screens are in ``admin_views.py``)."""

from django.db.models import Count, Q
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views, services
from .models import Event, Registration, RegistrationStatus


class CountsColumn(Column):
    """Registered / capacity · waiting · attended, linking to the desk."""

    def get_value(self, instance):
        if instance.pk != instance.source_pk:  # a translation: counted on the source
            return format_html(
                '<a href="{}">{}</a>',
                reverse("events_admin_desk", args=[instance.source_pk]),
                _("Registrations desk"),
            )
        return format_html(
            '<a href="{}">{}</a>',
            reverse("events_admin_desk", args=[instance.pk]),
            _(
                "%(registered)s/%(capacity)s · %(waiting)s waiting · "
                "%(attended)s attended"
            )
            % {
                "registered": instance.n_registered,
                "capacity": instance.capacity,
                "waiting": instance.n_waiting,
                "attended": instance.n_attended,
            },
        )


class EventAdmin(SnippetViewSet):
    model = Event
    icon = "date"
    menu_label = _("Events")
    list_display = [
        "title",
        "kind",
        "start",
        "is_published",
        "locale",
        CountsColumn("counts", label=_("Registrations")),
    ]
    list_filter = ["kind", "is_published", "locale"]
    search_fields = ["title"]
    ordering = ["-start"]

    def get_queryset(self, request):
        return (
            Event.objects.select_related("locale")
            .with_source_pk()
            .annotate(
                n_registered=Count(
                    "registrations",
                    filter=Q(registrations__status=RegistrationStatus.CONFIRMED),
                ),
                n_waiting=Count(
                    "registrations",
                    filter=Q(registrations__status=RegistrationStatus.WAITING),
                ),
                n_attended=Count(
                    "registrations",
                    filter=Q(
                        registrations__status=RegistrationStatus.CONFIRMED,
                        registrations__attended=True,
                    ),
                ),
            )
        )


class RegistrationAdmin(ModelViewSet):
    model = Registration
    url_prefix = "events/registrations"
    url_namespace = "events_registration"
    icon = "user"
    menu_label = _("Registrations")
    inspect_view_enabled = True
    add_view_enabled = False
    list_display = ["name", "event", "status", "code", "attended", "created_at"]
    list_filter = ["status", "attended", "event"]
    search_fields = ["name", "email", "code", "organisation"]
    form_fields = ["organisation", "region", "accessibility_needs"]

    def get_queryset(self, request):
        return Registration.objects.select_related("event")


class EventsGroup(ViewSetGroup):
    menu_label = _("Events")
    menu_icon = "date"
    menu_order = 320
    items = (EventAdmin, RegistrationAdmin)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return EventsGroup()


@hooks.register("after_edit_snippet")
def promote_after_capacity_change(request, instance):
    """An editor who raises the capacity gives the new seats to people in line."""
    if isinstance(instance, Event) and instance.pk == instance.source.pk:
        services.event_capacity_change(event=instance, capacity=instance.capacity)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return admin_views.urlpatterns
