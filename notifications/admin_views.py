"""Admin screens of a newsletter: preview, test, send, and the mailing's progress.

Each screen asks ``notifications.manage_newsletters``; each action is a service.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import include, path
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from core.charts import bar_chart
from core.errors import DomainError

from . import queries, services
from .models import Newsletter, Sending, Subscriber


def _require(user) -> None:
    if not user.has_perm("notifications.manage_newsletters"):
        raise PermissionDenied


def preview(request, pk: int):
    _require(request.user)
    newsletter = get_object_or_404(Newsletter, pk=pk)
    _subject, _text, html = services.newsletter_render(newsletter=newsletter)
    return HttpResponse(html)


def newsletter(request, pk: int):
    """The newsletter's sending screen: test, send, and each mailing's counts."""
    _require(request.user)
    item = get_object_or_404(Newsletter.objects.select_related("locale"), pk=pk)
    language = item.locale.language_code
    sendings = list(item.sendings.all())
    rtl = translation.get_language_bidi()
    mailings = []
    for sending in sendings:
        counts = queries.sending_counts(sending)
        mailings.append(
            {
                "sending": sending,
                "counts": counts,
                "chart": bar_chart(
                    f"mailing-{sending.pk}",
                    _("Mailing"),
                    [
                        (_("Sent"), counts["sent"]),
                        (_("Failed"), counts["failed"]),
                        (_("Unsubscribed"), counts["unsubscribed"]),
                        (_("Waiting"), counts["pending"]),
                    ],
                    rtl=rtl,
                ),
            }
        )
    return render(
        request,
        "notifications/admin/newsletter.html",
        {
            "page_title": _("Send the newsletter"),
            "page_subtitle": item.subject,
            "header_icon": "mail",
            "newsletter": item,
            "language": language,
            "subscribers": Subscriber.objects.filter(
                language=language,
                confirmed_at__isnull=False,
                unsubscribed_at__isnull=True,
            ).count(),
            "mailings": mailings,
        },
    )


@require_POST
def send_test(request, pk: int):
    _require(request.user)
    item = get_object_or_404(Newsletter, pk=pk)
    address = services.newsletter_test_send(newsletter=item, by=request.user)
    messages.success(request, _("A test was sent to %(email)s.") % {"email": address})
    return redirect("notifications_admin:newsletter", pk=pk)


@require_POST
def send(request, pk: int):
    _require(request.user)
    item = get_object_or_404(Newsletter, pk=pk)
    try:
        services.sending_start(newsletter=item, by=request.user)
    except DomainError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request, _("The newsletter is being sent; counts below grow as it goes.")
        )
    return redirect("notifications_admin:newsletter", pk=pk)


@require_POST
def resume(request, pk: int):
    """Queue the rest of a mailing again (after a stopped worker, for example)."""
    _require(request.user)
    sending = get_object_or_404(Sending, pk=pk)
    from .tasks import send_newsletter

    send_newsletter.enqueue(sending_id=sending.pk)
    messages.success(request, _("The rest of the mailing is queued."))
    return redirect("notifications_admin:newsletter", pk=sending.newsletter_id)


patterns = [
    path("<int:pk>/", newsletter, name="newsletter"),
    path("<int:pk>/preview/", preview, name="preview"),
    path("<int:pk>/test/", send_test, name="test"),
    path("<int:pk>/send/", send, name="send"),
    path("mailings/<int:pk>/resume/", resume, name="resume"),
]
urlpatterns = [path("newsletters/", include((patterns, "notifications_admin")))]
