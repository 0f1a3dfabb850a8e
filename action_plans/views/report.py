"""The reporting desk: focal points write progress updates on their institution's
commitments; the secretariat reviews them and fills in the assessment."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _

from core.errors import DomainError
from core.translation import localized
from documents import queries as library_queries

from .. import queries, services
from ..forms import AssessmentForm, ProgressForm, ReviewForm
from ..models import Commitment, Milestone, ProgressUpdate

DESK = "action_plans_report"


@login_required
def report_desk(request):
    if not request.user.has_perm("action_plans.report"):
        raise PermissionDenied
    return render(
        request,
        "action_plans/report_desk.html",
        {
            "focal_point": queries.focal_point(request.user),
            "commitments": queries.reporting_commitments(request.user),
            "updates": queries.updates_for(request.user)[:50],
            "queue": queries.review_queue()
            if request.user.has_perm("action_plans.manage")
            else [],
        },
    )


def _show_errors(form, exc: ValidationError) -> None:
    for name, errors in exc.message_dict.items():
        form.add_error(name if name in form.fields else None, errors)


def _progress_form(request, commitment, update=None):
    milestones = queries.with_texts(
        Milestone.objects.sources().filter(commitment=commitment), Milestone
    )
    documents = library_queries.published().order_by("-pk")[:200]
    form = ProgressForm(
        request.POST or None,
        milestones=milestones,
        documents=documents,
        update=update,
    )
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.update_save(
                commitment=commitment,
                by=request.user,
                update=update,
                text=form.cleaned_data["text"],
                language=form.cleaned_data["language"],
                milestones=[services.MilestoneReport(*r) for r in form.reports()],
                evidence=[
                    services.EvidenceItem(
                        milestone_id=m, document_id=d, url=u, label=label
                    )
                    for m, d, u, label in form.evidence()
                ],
                submit="submit" in request.POST,
            )
        except ValidationError as exc:
            _show_errors(form, exc)
        except DomainError as exc:
            form.add_error(None, str(exc.message))
        else:
            messages.success(
                request,
                _("Your update is sent to the secretariat.")
                if saved.submitted_at and "submit" in request.POST
                else _("Your draft is saved."),
            )
            return redirect(DESK)
    commitment.text = localized(commitment)
    return render(
        request,
        "action_plans/update_form.html",
        {"form": form, "commitment": commitment, "update": update},
        status=400 if request.method == "POST" else 200,
    )


@login_required
def update_new(request, pk: int):
    commitment = get_object_or_404(Commitment.objects.sources(), pk=pk)
    if not request.user.has_perm("action_plans.report_progress", commitment):
        raise PermissionDenied
    return _progress_form(request, commitment)


@login_required
def update_edit(request, pk: int):
    update = get_object_or_404(ProgressUpdate, pk=pk)
    if not request.user.has_perm("action_plans.edit_update", update):
        raise PermissionDenied
    return _progress_form(request, update.commitment, update)


@login_required
def update_review(request, pk: int):
    update = get_object_or_404(
        ProgressUpdate.objects.select_related("commitment", "institution"), pk=pk
    )
    if not request.user.has_perm("action_plans.view_update", update):
        raise Http404
    form = ReviewForm(request.POST or None)
    can_review = request.user.has_perm("action_plans.review_update", update)
    if request.method == "POST" and can_review and form.is_valid():
        try:
            services.update_review(
                update=update,
                by=request.user,
                publish=form.cleaned_data["decision"] == "publish",
                note=form.cleaned_data["note"],
            )
        except ValidationError as exc:
            _show_errors(form, exc)
        except DomainError as exc:
            form.add_error(None, str(exc.message))
        else:
            messages.success(request, _("The review is recorded."))
            return redirect(DESK)
    update.commitment.text = localized(update.commitment)
    rows = list(update.milestones.select_related("milestone"))
    texts = queries.with_texts([r.milestone for r in rows], Milestone)
    return render(
        request,
        "action_plans/update_review.html",
        {
            "update": update,
            "rows": list(zip(rows, texts, strict=True)),
            "evidence": update.evidence.select_related("document", "milestone"),
            "form": form,
            "can_review": can_review,
        },
        status=400 if request.method == "POST" else 200,
    )


@login_required
def update_assess(request, pk: int):
    commitment = get_object_or_404(Commitment.objects.select_related("locale"), pk=pk)
    if not request.user.has_perm("action_plans.assess", commitment):
        raise PermissionDenied
    initial = {name: getattr(commitment, name) for name in AssessmentForm.base_fields}
    form = AssessmentForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.commitment_assess(
                commitment=commitment, by=request.user, **form.cleaned_data
            )
        except ValidationError as exc:
            _show_errors(form, exc)
        except DomainError as exc:
            form.add_error(None, str(exc.message))
        else:
            messages.success(request, _("The assessment is saved."))
            return redirect(DESK)
    return render(
        request,
        "action_plans/assess.html",
        {"form": form, "commitment": commitment},
        status=400 if request.method == "POST" else 200,
    )
