"""Public site URLs. Events and trainings, registrations and calendars.

Included under the language prefix (/ar/, /fr/, /en/) by ``cms.project_urls``.
"""

from django.urls import path

from . import views

urlpatterns = [
    path("events/", views.event_list, name="event_list"),
    path("events/calendar/", views.calendar_page, name="events_calendar"),
    path("events/calendar.ics", views.calendar_ics, name="events_calendar_ics"),
    path("events/<int:pk>/", views.event_detail, name="event_detail"),
    path("events/<int:pk>/event.ics", views.event_ics, name="event_ics"),
    path(
        "events/registrations/verify/<str:token>/",
        views.registration_verify,
        name="event_registration_verify",
    ),
    path(
        "events/registrations/<str:token>/",
        views.registration_manage,
        name="event_registration_manage",
    ),
    path(
        "events/registrations/<str:token>/cancel/",
        views.registration_cancel,
        name="event_registration_cancel",
    ),
    path(
        "events/registrations/<str:token>/qr.png",
        views.registration_qr,
        name="event_registration_qr",
    ),
    path(
        "events/registrations/<str:token>/certificate.pdf",
        views.registration_certificate,
        name="event_registration_certificate",
    ),
]
