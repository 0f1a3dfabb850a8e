"""Wagtail admin screens: the moderation queue, answers, close-out and exports.

Each screen asks the rules (``user.has_perm("consultations.<rule>")``) and each
action goes through ``consultations.services``, which records it in the
moderation log.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import include, path, reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from core.charts import bar_chart
from core.errors import DomainError

from . import queries, services
from .forms import AnswerForm, NoteForm, QueueFilterForm, RejectForm
from .models import Comment, Consultation, Contribution

QUEUE_PER_PAGE = 30
LOG_PER_PAGE = 50


def _require(user, rule: str, obj=None) -> None:
    if not user.has_perm(rule, obj):
        raise PermissionDenied


def _error_message(exc: ValidationError | DomainError) -> str:
    return getattr(exc, "message", None) or " ".join(exc.messages)


def queue(request):
    """Contributions to moderate, with filters; by default, those that wait for a
    decision (pending, or hidden after reports)."""
    _require(request.user, "consultations.moderate")
    data = request.GET.copy()
    if "status" not in data and not data.get("flagged"):
        data["status"] = queries.TO_DECIDE
    form = QueueFilterForm(data)
    filters = form.cleaned_data if form.is_valid() else {}
    qs = queries.moderation_queue(
        consultation=filters.get("consultation"),
        kind=filters.get("kind", ""),
        status=filters.get("status", ""),
        language=filters.get("language", ""),
        flagged=filters.get("flagged", False),
    )
    page = Paginator(qs, QUEUE_PER_PAGE).get_page(request.GET.get("p"))
    return render(
        request,
        "consultations/admin/queue.html",
        {
            "page_title": _("Moderation of contributions"),
            "header_icon": "tasks",
            "form": form,
            "page_obj": page,
            "flagged_comments": queries.reported_comments(),
            "note_form": NoteForm(),
            "can_export": request.user.has_perm("consultations.export"),
        },
    )


def contribution_detail(request, pk):
    _require(request.user, "consultations.moderate")
    contribution = get_object_or_404(
        Contribution.objects.select_related("consultation", "author"), pk=pk
    )
    answer = getattr(contribution, "answer", None)
    return render(
        request,
        "consultations/admin/contribution.html",
        {
            "page_title": contribution.reference,
            "page_subtitle": contribution.title,
            "header_icon": "tasks",
            "contribution": contribution,
            "reject_form": RejectForm(),
            "note_form": NoteForm(),
            "answer_form": AnswerForm(
                initial={"verdict": answer.verdict, "explanation": answer.explanation}
                if answer
                else None
            ),
            "can_answer": request.user.has_perm("consultations.answer", contribution),
            "flags": contribution.flags.select_related("user").order_by("-created_at"),
            "log": contribution.moderation_actions.select_related("moderator"),
            "support_count": contribution.supports.count(),
            "endorsements": contribution.endorsements.select_related("organisation"),
        },
    )


@require_POST
def contribution_action(request, pk, action):
    _require(request.user, "consultations.moderate")
    contribution = get_object_or_404(Contribution, pk=pk)
    form = RejectForm(request.POST) if action == "reject" else NoteForm(request.POST)
    if not form.is_valid():
        messages.error(
            request, _("Check the form: %(errors)s") % {"errors": form.errors}
        )
        return redirect("consultations_admin:contribution", pk=pk)
    try:
        services.contribution_moderate(
            contribution=contribution,
            moderator=request.user,
            action=action,
            reason=form.cleaned_data.get("reason", ""),
            note=form.cleaned_data.get("note", ""),
        )
    except (ValidationError, DomainError) as exc:
        messages.error(request, _error_message(exc))
        return redirect("consultations_admin:contribution", pk=pk)
    labels = {
        "approve": _("Contribution %(ref)s approved and published."),
        "reject": _("Contribution %(ref)s rejected; the author is told by email."),
        "hide": _("Contribution %(ref)s hidden."),
        "restore": _("Contribution %(ref)s restored."),
    }
    messages.success(request, labels[action] % {"ref": contribution.reference})
    target = request.POST.get("next", "")
    if target.startswith("/admin/"):
        return redirect(target)
    return redirect("consultations_admin:queue")


@require_POST
def contribution_answer(request, pk):
    _require(request.user, "consultations.answer")
    contribution = get_object_or_404(Contribution, pk=pk)
    form = AnswerForm(request.POST)
    if form.is_valid():
        try:
            services.answer_set(
                contribution=contribution,
                user=request.user,
                verdict=form.cleaned_data["verdict"],
                explanation=form.cleaned_data["explanation"],
            )
        except (ValidationError, DomainError) as exc:
            messages.error(request, _error_message(exc))
        else:
            messages.success(request, _("The official answer is published."))
    else:
        messages.error(request, _("Choose an answer and write an explanation."))
    return redirect("consultations_admin:contribution", pk=pk)


@require_POST
def comment_action(request, pk, action):
    _require(request.user, "consultations.moderate")
    comment = get_object_or_404(Comment, pk=pk)
    try:
        services.comment_moderate(
            comment=comment,
            moderator=request.user,
            action=action,
            note=request.POST.get("note", ""),
        )
    except (ValidationError, DomainError) as exc:
        messages.error(request, _error_message(exc))
    else:
        messages.success(request, _("The comment is updated."))
    return redirect("consultations_admin:queue")


def _closeout_charts(stats: dict) -> list:
    """The close-out's charts, mirrored when the admin is in Arabic."""
    rtl = translation.get_language_bidi()
    return [
        bar_chart("a-kind", _("Contributions per kind"), stats["per_kind"], rtl),
        bar_chart(
            "a-lang", _("Contributions per language"), stats["per_language"], rtl
        ),
        bar_chart("a-region", _("Contributions per region"), stats["per_region"], rtl),
        bar_chart(
            "a-day",
            _("Contributions per day"),
            [(d.strftime("%d/%m"), n) for d, n in stats["per_day"]],
            rtl,
        ),
    ]


def closeout(request, pk):
    """The close-out of a consultation: statistics, answers, publish or withdraw."""
    _require(request.user, "consultations.moderate")
    consultation = get_object_or_404(Consultation, pk=pk).source
    can_publish = request.user.has_perm("consultations.close_out", consultation)
    if request.method == "POST":
        if not can_publish:
            raise PermissionDenied
        try:
            if request.POST.get("unpublish"):
                services.closeout_unpublish(
                    consultation=consultation, user=request.user
                )
                messages.success(request, _("The close-out is withdrawn."))
            else:
                services.closeout_publish(consultation=consultation, user=request.user)
                messages.success(request, _("The close-out is published."))
        except DomainError as exc:
            messages.error(request, exc.message)
        return redirect("consultations_admin:closeout", pk=consultation.pk)
    stats = queries.closeout_statistics(consultation)
    contributions = queries.published_contributions().filter(consultation=consultation)
    return render(
        request,
        "consultations/admin/closeout.html",
        {
            "page_title": _("Close-out"),
            "page_subtitle": consultation.title,
            "header_icon": "doc-full",
            "consultation": consultation,
            "stats": stats,
            "charts": _closeout_charts(stats),
            "answered": contributions.filter(answer__isnull=False).count(),
            "unanswered": contributions.filter(answer__isnull=True).count(),
            "can_publish": can_publish,
            "can_export": request.user.has_perm("consultations.export", consultation),
            "edit_url": reverse(
                "wagtailsnippets_consultations_consultation:edit",
                args=[consultation.pk],
            ),
        },
    )


def export(request, pk, fmt):
    _require(request.user, "consultations.export")
    consultation = get_object_or_404(Consultation, pk=pk)
    try:
        data = services.contributions_export(
            consultation=consultation,
            user=request.user,
            fmt=fmt,
            include_unpublished=bool(request.GET.get("all")),
        )
    except DomainError as exc:
        raise PermissionDenied(str(exc.message)) from exc
    content_type = (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        if fmt == "xlsx"
        else "text/csv; charset=utf-8"
    )
    response = HttpResponse(data, content_type=content_type)
    filename = f"contributions-{consultation.source.slug}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def log(request):
    _require(request.user, "consultations.moderate")
    page = Paginator(queries.moderation_log(), LOG_PER_PAGE).get_page(
        request.GET.get("p")
    )
    return render(
        request,
        "consultations/admin/log.html",
        {"page_title": _("Moderation log"), "header_icon": "history", "page_obj": page},
    )


# Under /admin/consultations/, named "consultations_admin:<name>".
patterns = [
    path("moderation/", queue, name="queue"),
    path("moderation/log/", log, name="log"),
    path("moderation/<int:pk>/", contribution_detail, name="contribution"),
    path("moderation/<int:pk>/answer/", contribution_answer, name="answer"),
    path("moderation/<int:pk>/<str:action>/", contribution_action, name="action"),
    path("comments/<int:pk>/<str:action>/", comment_action, name="comment_action"),
    path("<int:pk>/closeout/", closeout, name="closeout"),
    path("<int:pk>/export.<str:fmt>", export, name="export"),
]
urlpatterns = [path("consultations/", include((patterns, "consultations_admin")))]
