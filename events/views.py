"""Public pages of events: list, detail with registration, calendar and feeds,
and the registration's own page (reached by its signed link or the account)."""

import datetime

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _g
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from core.antiabuse import client_ip
from core.cache import shared_with_members
from core.errors import DomainError
from core.tokens import InvalidToken
from core.translation import localized
from events import calendar as ical
from events import links, queries, services
from events.forms import AccountRegistrationForm, AnonymousRegistrationForm
from events.models import Event, EventKind, EventLanguage, Registration
from events.qr import qr_png, qr_svg
from working_groups.queries import group_by_id_or_slug

ICS_TYPE = "text/calendar; charset=utf-8"


def _event_or_404(pk) -> Event:
    """A published event by its source id (a translation's id is not found)."""
    return get_object_or_404(queries.public_events(), pk=pk)


@shared_with_members
def event_list(request):
    kind = request.GET.get("kind", "")
    language = request.GET.get("language", "")
    past = request.GET.get("past") == "1"
    group = None
    group_key = request.GET.get("group", "")
    if group_key.isdigit():
        group = group_by_id_or_slug(group_key)
    events = queries.filter_events(
        queries.public_events(),
        kind=kind if kind in EventKind.values else "",
        language=language if language in ("ar", "fr", "en") else "",
        group=group,
        past=past,
    )
    page = Paginator(events, 20).get_page(request.GET.get("page"))
    page.object_list = queries.localized_events(page.object_list)
    return render(
        request,
        "events/event_list.html",
        {
            "events": page,
            "kinds": EventKind.choices,
            "event_languages": [c for c in EventLanguage.choices if "-" not in c[0]],
            "current_kind": kind,
            "current_language": language,
            "past": past,
        },
    )


def _detail_context(request, event, form=None):
    text = localized(event)
    state = services.registration_state(event)
    mine = queries.registration_of(request.user, event)
    if form is None and state == "open" and mine is None:
        form = (
            AccountRegistrationForm(user=request.user)
            if request.user.is_authenticated
            else AnonymousRegistrationForm()
        )
    group_text = None
    if event.working_group_id:
        from wagtail.models import Locale

        group_text = (
            event.working_group.get_translation_or_none(Locale.get_active())
            or event.working_group
        )
    return {
        "event": event,
        "text": text,
        "counts": queries.registration_counts(event),
        "state": state,
        "form": form,
        "mine": mine,
        "mine_url": links.manage_url(mine, language=request.LANGUAGE_CODE)
        if mine
        else None,
        "group_text": group_text,
    }


def event_detail(request, pk):
    event = _event_or_404(pk)
    if request.method == "POST":
        return _register(request, event)
    return render(request, "events/event_detail.html", _detail_context(request, event))


def _register(request, event):
    user = request.user if request.user.is_authenticated else None
    form = (
        AccountRegistrationForm(request.POST, user=user)
        if user
        else AnonymousRegistrationForm(request.POST)
    )
    if form.is_valid():
        data = form.cleaned_data
        try:
            registration = services.registration_create(
                event=event,
                user=user,
                name=data.get("name", ""),
                email=data.get("email", ""),
                organisation=data["organisation"],
                region=data["region"],
                accessibility_needs=data["accessibility_needs"],
                language=request.LANGUAGE_CODE,
                ip_address=client_ip(request),
            )
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        except DomainError as error:
            form.add_error(None, str(error.message))
        else:
            if registration.status == "unverified":
                messages.success(
                    request,
                    _(
                        "Almost done: open the link we sent to %(email)s to confirm "
                        "your registration."
                    )
                    % {"email": registration.email},
                    extra_tags="check-email",
                )
                return redirect(event.get_absolute_url())
            if registration.status == "waiting":
                messages.warning(
                    request,
                    _(
                        "The event is full: you are on the waiting list. We will "
                        "email you if a seat frees up."
                    ),
                )
            else:
                messages.success(
                    request,
                    _("You are registered. Your confirmation has been sent by email."),
                )
            return redirect(_manage_path(registration, request))
    return render(
        request,
        "events/event_detail.html",
        _detail_context(request, event, form=form),
        status=400,
    )


def event_ics(request, pk):
    event = _event_or_404(pk)
    text = localized(event)
    url = request.build_absolute_uri(event.get_absolute_url())
    response = HttpResponse(ical.event_feed(text, url=url), content_type=ICS_TYPE)
    response["Content-Disposition"] = f'attachment; filename="event-{event.pk}.ics"'
    return response


def calendar_ics(request):
    since = timezone.now() - datetime.timedelta(days=90)
    events = queries.localized_events(
        queries.public_events().filter(end__gte=since).order_by("start")[:500]
    )
    body = ical.calendar_feed(
        [e.text for e in events],
        name=_g("Open government events"),
        url_for=lambda e: request.build_absolute_uri(e.get_absolute_url()),
    )
    return HttpResponse(body, content_type=ICS_TYPE)


@shared_with_members
def calendar_page(request):
    shown = queries.calendar_month(request.GET.get("month", ""))
    if shown is None:
        raise Http404
    start, end = queries.month_bounds(shown.first_day.year, shown.first_day.month)
    events = queries.localized_events(
        queries.filter_events(queries.public_events(), start=start, end=end).order_by(
            "start"
        )
    )
    days: dict[datetime.date, list] = {}
    for event in events:
        days.setdefault(timezone.localtime(event.start).date(), []).append(event)
    # An empty month is a dead end: list what comes next, with a link to its month.
    next_events = []
    if not days:
        next_events = queries.localized_events(
            queries.public_events()
            .filter(start__gte=max(timezone.now(), end))
            .order_by("start")[:5]
        )
    next_month = (
        timezone.localtime(next_events[0].start).strftime("%Y-%m")
        if next_events
        else None
    )
    return render(
        request,
        "events/calendar.html",
        {
            "month": start.date(),
            "days": sorted(days.items()),
            "next_events": next_events,
            "next_month": next_month,
            "previous": f"{shown.previous:%Y-%m}" if shown.previous else None,
            "following": f"{shown.following:%Y-%m}" if shown.following else None,
            "feed_url": request.build_absolute_uri(reverse("events_calendar_ics")),
        },
    )


def _registration_from_token(token) -> Registration:
    try:
        return links.registration_from_manage_token(token)
    except InvalidToken as error:
        raise Http404 from error


@never_cache
def registration_verify(request, token):
    """GET shows a button; POST confirms (link scanners must not use the token)."""
    if request.method == "POST":
        try:
            registration = services.registration_verify(token=token)
        except DomainError as error:
            return render(
                request,
                "events/registration_verify.html",
                {"error": error.message},
                status=400,
            )
        if registration.status == "waiting":
            messages.warning(
                request, _("The event is full: you are on the waiting list.")
            )
        else:
            messages.success(request, _("Your registration is confirmed."))
        return redirect(_manage_path(registration, request))
    return render(request, "events/registration_verify.html", {"token": token})


def _manage_path(registration, request) -> str:
    return reverse(
        "event_registration_manage",
        kwargs={"token": links.manage_token(registration)},
    )


@never_cache
def registration_manage(request, token):
    registration = _registration_from_token(token)
    event = registration.event
    return render(
        request,
        "events/registration_manage.html",
        {
            "registration": registration,
            "event": event,
            "text": localized(event),
            "token": token,
            "qr": mark_safe(qr_svg(registration.code)),  # noqa: S308 - segno's SVG
            "certificate": registration.certificate_allowed,
            "can_cancel": registration.is_cancellable,
        },
    )


@require_POST
def registration_cancel(request, token):
    registration = _registration_from_token(token)
    try:
        services.registration_cancel(registration=registration)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Your registration is cancelled."))
    return redirect(_manage_path(registration, request))


def registration_qr(request, token):
    registration = _registration_from_token(token)
    response = HttpResponse(qr_png(registration.code), content_type="image/png")
    response["Cache-Control"] = "private, no-store"
    return response


def registration_certificate(request, token):
    registration = _registration_from_token(token)
    if not registration.certificate_allowed:
        raise Http404
    from events.certificate import certificate_pdf

    response = HttpResponse(
        certificate_pdf(registration), content_type="application/pdf"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="certificate-{registration.code}.pdf"'
    )
    response["Cache-Control"] = "private, no-store"
    return response
