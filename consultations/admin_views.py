"""Wagtail admin screens: the moderation queue, answers, close-out and exports.

Each screen checks a rule (``consultations.rules``) and each action goes through
``consultations.services``, which records it in the moderation log.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Min, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from core.charts import bar_chart
from core.errors import DomainError

from . import queries, services
from . import rules as consultation_rules
from .models import (
    Comment,
    CommentStatus,
    Consultation,
    Contribution,
    ContributionKind,
    ContributionLanguage,
    ContributionStatus,
    ModerationAction,
    RejectReason,
    Verdict,
)

QUEUE_PER_PAGE = 30


class QueueFilterForm(forms.Form):
    consultation = forms.ModelChoiceField(
        label=_("Consultation"),
        queryset=Consultation.objects.none(),
        required=False,
        empty_label=_("All"),
    )
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=[("", _("All"))] + ContributionKind.choices,
        required=False,
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("All"))] + ContributionStatus.choices,
        required=False,
    )
    language = forms.ChoiceField(
        label=_("Language"),
        choices=[("", _("All"))] + ContributionLanguage.choices,
        required=False,
    )
    flagged = forms.BooleanField(label=_("Reported only"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        originals = Consultation.objects.filter(
            pk__in=Consultation.objects.values("translation_key")
            .annotate(first=Min("pk"))
            .values("first")
        ).order_by("-opens_at")
        self.fields["consultation"].queryset = originals


class RejectForm(forms.Form):
    reason = forms.ChoiceField(label=_("Reason"), choices=RejectReason.choices)
    note = forms.CharField(
        label=_("Explanation for the author"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when the reason is “Other”. Sent by email."),
    )


class NoteForm(forms.Form):
    note = forms.CharField(
        label=_("Note (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class AnswerForm(forms.Form):
    verdict = forms.ChoiceField(label=_("Answer"), choices=Verdict.choices)
    explanation = forms.CharField(
        label=_("Explanation (public)"), widget=forms.Textarea(attrs={"rows": 5})
    )


def _require(predicate, user):
    if not predicate(user):
        raise PermissionDenied


def queue(request):
    """Contributions to moderate, with filters; pending ones first by default."""
    _require(consultation_rules.is_moderator, request.user)
    data = request.GET.copy()
    if "status" not in data and not data.get("flagged"):
        data["status"] = ContributionStatus.PENDING_MODERATION
    form = QueueFilterForm(data)
    qs = Contribution.objects.select_related("consultation", "author").annotate(
        open_flags=Count("flags", filter=Q(flags__resolved_at__isnull=True))
    )
    if form.is_valid():
        f = form.cleaned_data
        if f["consultation"]:
            qs = qs.filter(consultation=f["consultation"])
        for field in ("kind", "status", "language"):
            if f[field]:
                qs = qs.filter(**{field: f[field]})
        if f["flagged"]:
            qs = qs.filter(open_flags__gt=0)
    page = Paginator(qs.order_by("submitted_at", "pk"), QUEUE_PER_PAGE).get_page(
        request.GET.get("p")
    )
    flagged_comments = (
        Comment.objects.annotate(
            open_flags=Count("flags", filter=Q(flags__resolved_at__isnull=True))
        )
        .filter(Q(open_flags__gt=0) | Q(status=CommentStatus.HIDDEN))
        .select_related("author")
        .order_by("-created_at")[:50]
    )
    return render(
        request,
        "consultations/admin/queue.html",
        {
            "page_title": _("Moderation of contributions"),
            "header_icon": "tasks",
            "form": form,
            "page_obj": page,
            "flagged_comments": flagged_comments,
            "note_form": NoteForm(),
            "can_export": consultation_rules.can_export(request.user),
        },
    )


def contribution_detail(request, pk):
    _require(consultation_rules.is_moderator, request.user)
    contribution = get_object_or_404(
        Contribution.objects.select_related("consultation", "author"), pk=pk
    )
    answer = (
        getattr(contribution, "answer", None)
        if hasattr(contribution, "answer")
        else None
    )
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
            "can_answer": consultation_rules.is_secretariat(request.user),
            "flags": contribution.flags.select_related("user").order_by("-created_at"),
            "log": contribution.moderation_actions.select_related("moderator"),
            "support_count": contribution.supports.count(),
        },
    )


@require_POST
def contribution_action(request, pk, action):
    _require(consultation_rules.is_moderator, request.user)
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
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("consultations_admin:contribution", pk=pk)
    except DomainError as exc:
        messages.error(request, exc.message)
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
    _require(consultation_rules.is_secretariat, request.user)
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
            messages.error(
                request, getattr(exc, "message", None) or " ".join(exc.messages)
            )
        else:
            messages.success(request, _("The official answer is published."))
    else:
        messages.error(request, _("Choose an answer and write an explanation."))
    return redirect("consultations_admin:contribution", pk=pk)


@require_POST
def comment_action(request, pk, action):
    _require(consultation_rules.is_moderator, request.user)
    comment = get_object_or_404(Comment, pk=pk)
    try:
        services.comment_moderate(
            comment=comment,
            moderator=request.user,
            action=action,
            note=request.POST.get("note", ""),
        )
    except (ValidationError, DomainError) as exc:
        messages.error(request, getattr(exc, "message", None) or " ".join(exc.messages))
    else:
        messages.success(request, _("The comment is updated."))
    return redirect("consultations_admin:queue")


def closeout(request, pk):
    """The close-out of a consultation: statistics, answers, publish or withdraw."""
    _require(consultation_rules.is_moderator, request.user)
    consultation = get_object_or_404(Consultation, pk=pk).original
    can_publish = consultation_rules.can_publish_closeout(request.user)
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
            "charts": [
                bar_chart("a-kind", _("Contributions per kind"), stats["per_kind"]),
                bar_chart(
                    "a-lang", _("Contributions per language"), stats["per_language"]
                ),
                bar_chart(
                    "a-region", _("Contributions per region"), stats["per_region"]
                ),
                bar_chart(
                    "a-day",
                    _("Contributions per day"),
                    [(d.strftime("%d/%m"), n) for d, n in stats["per_day"]],
                ),
            ],
            "answered": contributions.filter(answer__isnull=False).count(),
            "unanswered": contributions.filter(answer__isnull=True).count(),
            "can_publish": can_publish,
            "can_export": consultation_rules.can_export(request.user),
            "edit_url": reverse(
                "wagtailsnippets_consultations_consultation:edit",
                args=[consultation.pk],
            ),
        },
    )


def export(request, pk, fmt):
    _require(consultation_rules.can_export, request.user)
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
    filename = f"contributions-{consultation.original.slug}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def log(request):
    _require(consultation_rules.is_moderator, request.user)
    page = Paginator(
        ModerationAction.objects.select_related(
            "moderator", "contribution", "consultation", "comment"
        ),
        50,
    ).get_page(request.GET.get("p"))
    return render(
        request,
        "consultations/admin/log.html",
        {"page_title": _("Moderation log"), "header_icon": "history", "page_obj": page},
    )
