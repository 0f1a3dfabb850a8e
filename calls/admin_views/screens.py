"""Admin screens: doors only (the services decide, ``calls.rules`` says who)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.errors import DomainError

from .. import queries, services
from ..forms import CheckForm, ScoreForm, TieForm
from ..models import Application, Call, CommitteeMember, Score

ACTIONS = {
    "publish": (services.results_publish, _("The results are published.")),
    "mandates": (services.mandates_create, _("The mandates are created.")),
}


def _apply(form, call):
    """Run ``call``; turn its refusal into form errors. True when done."""
    try:
        call()
    except ValidationError as error:
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    except DomainError as error:
        form.add_error(None, str(error.message))
    else:
        return True
    return False


def _page(request, template, title, context):
    return TemplateResponse(
        request,
        f"calls/admin/{template}",
        {"page_title": title, "header_title": title, "header_icon": "form", **context},
    )


def committee_home(request):
    if not request.user.has_perm("calls.committee_home"):
        raise PermissionDenied
    calls = [
        call
        for call in Call.objects.order_by("-opens_at")
        if request.user.has_perm("calls.committee", call)
    ]
    return _page(request, "home.html", _("Selection committee"), {"calls": calls})


def call_overview(request, pk):
    call = get_object_or_404(Call.objects.select_related("body"), pk=pk)
    user = request.user
    if not user.has_perm("calls.committee", call):
        raise PermissionDenied
    manage = user.has_perm("calls.manage", call)
    if request.method == "POST" and manage:
        action = request.POST.get("action")
        if action in ACTIONS:
            service, done = ACTIONS[action]
            try:
                service(call=call, by=user)
            except (DomainError, ValidationError) as error:
                messages.error(
                    request, " ".join(getattr(error, "messages", [str(error)]))
                )
            else:
                messages.success(request, done)
        elif action == "election" and hasattr(call, "election"):
            try:
                services.election_publish(election=call.election, by=user)
            except DomainError as error:
                messages.error(request, str(error.message))
            else:
                messages.success(request, _("The election's results are published."))
        return redirect("calls_admin_call", pk=call.pk)
    applications = list(
        call.applications.select_related("organisation").order_by("status", "pk")
    )
    if not manage:
        applications = [
            a for a in applications if user.has_perm("calls.view_application", a)
        ]
    seat = CommitteeMember.objects.filter(call=call, user=user).first()
    mine = set()
    if seat:
        mine = set(
            Score.objects.filter(member=seat).values_list("application_id", flat=True)
        )
    for application in applications:
        application.can_check = user.has_perm("calls.check_application", application)
        application.can_score = user.has_perm("calls.score", application)
        application.scored_by_me = application.pk in mine
    progress = queries.progress(call)
    show_scores = user.has_perm("calls.view_scores", call)
    ranking = queries.ranking(call) if show_scores else None
    election = getattr(call, "election", None)
    return _page(
        request,
        "call.html",
        call.title,
        {
            "call": call,
            "manage": manage,
            "applications": applications,
            "progress": progress,
            "ranking": ranking,
            "criteria": queries.criteria(call),
            "decision": getattr(call, "tie_decision", None),
            "audit": call.audit.select_related("actor", "application")[:100]
            if manage
            else [],
            "election": election,
            "election_results": queries.election_results(election)
            if election and user.has_perm("calls.view_election_results", election)
            else None,
        },
    )


def application_check(request, pk):
    application = get_object_or_404(
        Application.objects.select_related("call", "organisation"), pk=pk
    )
    if not request.user.has_perm("calls.check_application", application):
        raise PermissionDenied
    form = CheckForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        complete = form.cleaned_data["decision"] == "complete"
        if _apply(
            form,
            lambda: services.application_check(
                application=application,
                by=request.user,
                complete=complete,
                reason=form.cleaned_data["reason"],
            ),
        ):
            messages.success(request, _("The check is recorded."))
            return redirect("calls_admin_call", pk=application.call_id)
    return _page(
        request,
        "check.html",
        _("Completeness check"),
        {
            "application": application,
            "documents": application.documents.select_related("requirement"),
            "required": application.call.required_documents.all(),
            "form": form,
        },
    )


def application_score(request, pk):
    application = get_object_or_404(
        Application.objects.select_related("call", "organisation"), pk=pk
    )
    if not request.user.has_perm("calls.score", application):
        raise PermissionDenied
    criteria = queries.criteria(application.call)
    current = dict(
        Score.objects.filter(
            application=application, member__user=request.user
        ).values_list("criterion_id", "points")
    )
    form = ScoreForm(request.POST or None, criteria=criteria, initial_points=current)
    if request.method == "POST" and form.is_valid():
        if _apply(
            form,
            lambda: services.scores_record(
                application=application, by=request.user, points=form.points()
            ),
        ):
            messages.success(request, _("Your scores are recorded."))
            return redirect("calls_admin_call", pk=application.call_id)
    return _page(
        request,
        "score.html",
        _("Score the application"),
        {
            "application": application,
            "documents": application.documents.select_related("requirement"),
            "form": form,
        },
    )


def tie_decision(request, pk):
    call = get_object_or_404(Call, pk=pk)
    if not request.user.has_perm("calls.manage", call) or not request.user.has_perm(
        "calls.view_scores", call
    ):
        raise PermissionDenied
    ranking = queries.ranking(call)
    rows = ranking.flagged
    decision = getattr(call, "tie_decision", None)
    initial = None
    if decision:
        initial = {
            "chosen": list(decision.chosen.values_list("pk", flat=True)),
            "reasons": decision.reasons,
        }
    form = TieForm(request.POST or None, rows=rows, initial=initial)
    if request.method == "POST" and form.is_valid():
        by_pk = {row.application.pk: row.application for row in rows}
        chosen = [by_pk[pk] for pk in form.cleaned_data["chosen"]]
        if _apply(
            form,
            lambda: services.tie_decide(
                call=call,
                by=request.user,
                chosen=chosen,
                reasons=form.cleaned_data["reasons"],
            ),
        ):
            messages.success(request, _("The decision is recorded."))
            return redirect(reverse("calls_admin_call", args=[call.pk]))
    return _page(
        request,
        "decision.html",
        _("Decision on geographic and expertise diversity"),
        {"call": call, "ranking": ranking, "rows": rows, "form": form},
    )
