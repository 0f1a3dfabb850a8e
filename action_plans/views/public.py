"""The public pages: plans, a plan's dashboard, a commitment, draft comments."""

from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from consultations import queries as consultation_queries
from consultations import services as consultation_services
from core.antiabuse import client_ip
from core.charts import bar_chart
from core.errors import DomainError
from core.translation import localized

from .. import opendata, queries, services
from ..forms import DashboardFilterForm, DraftCommentForm
from ..models import Institution, MilestoneStatus, Phase, Plan


def _plan(request, slug):
    plan = queries.plan_by_slug(slug, request.user)
    if plan is None:
        raise Http404
    plan.text = localized(plan)
    return plan


def plan_list(request):
    plans = queries.with_texts(queries.public_plans().order_by("-period__start"), Plan)
    return render(request, "action_plans/plan_list.html", {"plans": plans})


def _charts(board) -> list[dict]:
    rtl = translation.get_language_bidi()
    label = _("Commitments")
    charts = [
        bar_chart("chart-status", _("Commitments by status"), board.by_status, rtl),
        bar_chart(
            "chart-institution",
            _("Commitments by lead institution"),
            board.by_institution,
            rtl,
        ),
        bar_chart("chart-theme", _("Commitments by theme"), board.by_theme, rtl),
        bar_chart("chart-value", _("Commitments by OGP value"), board.by_value, rtl),
    ]
    for chart in charts:
        chart["value_label"] = label
    return charts


def plan_dashboard(request, slug):
    plan = _plan(request, slug)
    names = ("status", "institution", "theme", "value", "q")
    probe = queries.Filters(**{k: request.GET.get(k, "").strip() for k in names})
    board = queries.dashboard(plan, probe)
    form = DashboardFilterForm(request.GET or None, institutions=board.institutions)
    if request.GET and not form.is_valid():
        board.shown = []
    return render(
        request,
        "action_plans/dashboard.html",
        {
            "plan": plan,
            "board": board,
            "charts": _charts(board),
            "form": form,
            "filters": probe,
            "documents": plan.documents.all(),
            "statuses": MilestoneStatus,
            "licence": opendata.LICENCE,
        },
    )


def _commitment(request, slug, number):
    plan = _plan(request, slug)
    commitment = queries.commitment_by_number(plan, number)
    if commitment is None:
        raise Http404
    return plan, commitment


def _draft_context(request, plan, commitment) -> dict:
    """The co-creation part: comments on the draft (the consultation's records)."""
    if plan.cocreation_id is None:
        return {}
    comments = list(queries.draft_comments(commitment))
    ids = [c.pk for c in comments]
    source = plan.cocreation
    _on_consultation, threads = consultation_queries.comment_tree(source, ids)
    supported = consultation_queries.supported_ids(request.user, ids)
    for c in comments:
        c.consultation = source
        c.threads = threads.get(c.pk, [])
        c.supported = c.pk in supported
    return {
        "draft_comments": comments,
        "source": source,
        "can_comment": consultation_services.comments_accepted(consultation=source),
        "open_for_comments": request.user.has_perm(
            "action_plans.comment_draft", commitment
        ),
    }


def _origin(commitment) -> dict:
    """The consultation and contributions of origin, in the page's language."""
    language = translation.get_language()
    contributions = list(
        queries.origin_contributions(commitment).select_related("consultation")
    )
    for c in contributions:
        c.url = c.get_url_path(language)
    origin = commitment.origin
    return {
        "origin": localized(origin) if origin else None,
        "origin_url": origin.get_url_path(language) if origin else "",
        "origin_contributions": contributions,
    }


def commitment_detail(request, slug, number: int):
    plan, commitment = _commitment(request, slug, number)
    evidence = queries.milestone_evidence(commitment)
    for m in commitment.milestones.all():
        m.public_evidence = evidence.get(m.pk, [])
    draft = commitment.draft.get(translation.get_language()) or next(
        iter(commitment.draft.values()), None
    )
    context = {
        "plan": plan,
        "commitment": commitment,
        "text": commitment.text,
        "timeline": queries.timeline(commitment),
        "partners": queries.with_texts(
            commitment.partner_institutions.all(), Institution
        ),
        "organisations": commitment.partner_organisations.all(),
        **_origin(commitment),
        "draft": draft,
        "phase_cocreation": plan.phase == Phase.COCREATION,
    }
    context.update(_draft_context(request, plan, commitment))
    return render(request, "action_plans/commitment_detail.html", context)


def commitment_comment(request, slug, number: int):
    """Comment on a draft commitment (no JavaScript needed)."""
    plan, commitment = _commitment(request, slug, number)
    form = DraftCommentForm(request.POST or None, user=request.user)
    error = None
    if not request.user.has_perm("action_plans.comment_draft", commitment):
        error = _("This draft is not open for comments.")
    elif request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            contribution = services.draft_comment_submit(
                commitment=commitment,
                kind="observation",
                title=data["title"],
                body=data["body"],
                language=data["language"],
                user=request.user,
                author_name=data.get("author_name", ""),
                author_email=data.get("author_email", ""),
                ip=client_ip(request),
            )
        except ValidationError as exc:
            for name, messages in exc.message_dict.items():
                form.add_error(name if name in form.fields else None, messages)
        except DomainError as exc:
            form.add_error(None, str(exc.message))
        else:
            return render(
                request,
                "consultations/submitted.html",
                {"consultation": plan.cocreation, "contribution": contribution},
            )
    return render(
        request,
        "action_plans/comment.html",
        {"plan": plan, "commitment": commitment, "form": form, "error": error},
        status=400 if request.method == "POST" or error else 200,
    )
