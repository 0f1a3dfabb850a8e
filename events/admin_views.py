"""Admin screens of events: each event's registration desk (counts, check-in by
code, cancellations, email to registrants) and its exports.

Each screen asks the rules (``user.has_perm("events.manage_registrations")``)
and each action goes through ``events.services``.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.errors import DomainError

from . import exports, queries, services
from .forms import CheckInForm, RegistrantsEmailForm
from .models import Event, Registration, RegistrationStatus


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


urlpatterns = [
    path("events/<int:pk>/desk/", desk_view, name="events_admin_desk"),
    path(
        "events/<int:pk>/export.<str:fmt>",
        export_view,
        name="events_admin_export",
    ),
]
