"""The applicant's emails: the acknowledgement with its reference, the return of
an incomplete file with its reason. Each in the recipient's own language."""

from django.urls import reverse
from django.utils import translation

from core.emails import send_email
from core.links import absolute_url

from .models import Application


def _send(application: Application, user, template: str) -> None:
    if user is None or not user.is_active or not user.email:
        return
    language = getattr(user, "preferred_language", "") or "ar"
    with translation.override(language):
        url = absolute_url(reverse("calls_application", kwargs={"pk": application.pk}))
    send_email(
        to=user.email,
        template=f"calls/emails/{template}",
        context={"application": application, "call": application.call, "url": url},
        language=language,
    )


def acknowledgement_email(application: Application, user) -> None:
    _send(application, user, "acknowledgement")


def returned_email(application: Application) -> None:
    _send(application, application.created_by, "returned")
