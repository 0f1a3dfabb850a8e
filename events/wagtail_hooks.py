"""Admin of events: translatable event snippets, registrations, and each event's
registration desk (counts, check-in by code, exports, email to registrants)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.errors import DomainError

from . import exports, queries, services
from .forms import CheckInForm, RegistrantsEmailForm
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


def _event_for(request, pk) -> Event:
    event = get_object_or_404(Event, pk=pk).source
    if not request.user.has_perm("events.manage_registrations", event):
        raise PermissionDenied
    return event


def desk_view(request, pk):
    """The organiser's registration desk for one event."""
    event = _event_for(request, pk)
    checkin_form = CheckInForm(prefix="checkin")
    email_form = RegistrantsEmailForm(prefix="email")
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "checkin":
                checkin_form = CheckInForm(request.POST, prefix="checkin")
                if checkin_form.is_valid():
                    done, failed = services.attendance_mark_codes(
                        event=event,
                        codes=checkin_form.cleaned_data["codes"],
                        by=request.user,
                    )
                    for registration in done:
                        messages.success(
                            request,
                            _("%(name)s is checked in.") % {"name": registration.name},
                        )
                    for code, message in failed:
                        messages.error(request, f"{code}: {message}")
                    return redirect(request.path)
            elif action in ("attend", "unattend"):
                services.attendance_mark(
                    event=event,
                    code=request.POST.get("code", ""),
                    by=request.user,
                    attended=action == "attend",
                )
                return redirect(request.path)
            elif action == "cancel":
                registration = get_object_or_404(
                    Registration, pk=request.POST.get("registration"), event=event
                )
                services.registration_cancel(registration=registration, by=request.user)
                messages.success(request, _("The registration is cancelled."))
                return redirect(request.path)
            elif action == "email":
                email_form = RegistrantsEmailForm(request.POST, prefix="email")
                if email_form.is_valid():
                    statuses = [RegistrationStatus.CONFIRMED]
                    if email_form.cleaned_data["include_waiting"]:
                        statuses.append(RegistrationStatus.WAITING)
                    count = services.registrants_email(
                        event=event,
                        by=request.user,
                        subject=email_form.cleaned_data["subject"],
                        message=email_form.cleaned_data["message"],
                        statuses=statuses,
                    )
                    messages.success(
                        request, _("%(count)s message(s) sent.") % {"count": count}
                    )
                    return redirect(request.path)
        except (DomainError, ValidationError) as error:
            messages.error(
                request, getattr(error, "message", None) or " ".join(error.messages)
            )
    return TemplateResponse(
        request,
        "events/admin/desk.html",
        {
            "event": event,
            "counts": queries.registration_counts(event),
            "registrations": queries.desk_registrations(event),
            "checkin_form": checkin_form,
            "email_form": email_form,
            "header_title": event.title,
            "page_title": _("Registrations desk"),
            "page_subtitle": event.title,
            "header_icon": "date",
        },
    )


def export_view(request, pk, fmt):
    event = _event_for(request, pk)
    stamp = timezone.localtime().strftime("%Y%m%d")
    if fmt == "xlsx":
        response = HttpResponse(
            exports.registrations_xlsx(event),
            content_type=(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            ),
        )
    else:
        response = HttpResponse(
            exports.registrations_csv(event), content_type="text/csv; charset=utf-8"
        )
    response["Content-Disposition"] = (
        f'attachment; filename="registrations-{event.pk}-{stamp}.{fmt}"'
    )
    response["Cache-Control"] = "private, no-store"
    return response


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path("events/<int:pk>/desk/", desk_view, name="events_admin_desk"),
        path(
            "events/<int:pk>/export.<str:fmt>",
            export_view,
            name="events_admin_export",
        ),
    ]
