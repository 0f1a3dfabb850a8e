"""Public pages of calls for applications (the call, its results, the vote of the
civil society space) and the applicant's pages (the form, the file)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _

from core.errors import DomainError
from core.media import file_download

from . import queries, services
from .forms import ApplicationForm, VoteForm
from .models import Application, ApplicationDocument


def call_list(request):
    calls = queries.published_calls()
    return render(request, "calls/call_list.html", {"calls": calls})


def _call_or_404(request, slug):
    call = queries.call_by_slug(slug, user=request.user)
    if call is None:
        raise Http404
    return call


def call_detail(request, slug):
    call = _call_or_404(request, slug)
    mine = list(queries.applications_of(request.user).filter(call=call))
    criteria = queries.criteria(call)
    election = getattr(call, "election", None)
    return render(
        request,
        "calls/call_detail.html",
        {
            "call": call,
            "criteria": criteria,
            "total": sum(c.max_points for c in criteria),
            "documents": list(call.required_documents.all()),
            "committee": queries.committee(call),
            "can_apply": request.user.has_perm("calls.apply", call),
            "mine": mine,
            "election": election,
            "can_vote": election is not None
            and request.user.has_perm("calls.vote", election),
        },
    )


def call_results(request, slug):
    call = _call_or_404(request, slug)
    if (
        not request.user.has_perm("calls.view_scores", call)
        or not call.results_published
    ):
        raise Http404
    criteria = queries.criteria(call)
    applications = list(queries.public_applications(call))
    rows = {row.application.pk: row for row in queries.ranking(call).rows}
    for application in applications:
        row = rows.get(application.pk)
        application.criterion_means = [
            row.criteria.get(c.pk) if row else None for c in criteria
        ]
    election = getattr(call, "election", None)
    election_results = None
    if election is not None and request.user.has_perm(
        "calls.view_election_results", election
    ):
        election_results = queries.election_results(election)
    return render(
        request,
        "calls/call_results.html",
        {
            "call": call,
            "criteria": criteria,
            "applications": applications,
            "decision": getattr(call, "tie_decision", None),
            "election": election,
            "election_results": election_results,
        },
    )


def _apply_errors(form, error):
    if isinstance(error, ValidationError):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, str(error.message))


@login_required
def call_apply(request, slug):
    call = _call_or_404(request, slug)
    if not request.user.has_perm("calls.apply", call):
        if call.is_open:
            messages.error(
                request,
                _("Only a representative of a verified organisation may apply."),
            )
        else:
            messages.error(request, _("This call is not open for applications."))
        return redirect(call.get_absolute_url())
    organisations = list(request.user.organisations.filter(verified=True))
    chosen = request.POST.get("organisation") or request.GET.get("organisation")
    existing = {
        a.organisation_id: a
        for a in queries.applications_of(request.user).filter(call=call)
    }
    application = None
    if chosen and chosen.isdigit():
        application = existing.get(int(chosen))
    elif len(organisations) == 1:
        application = existing.get(organisations[0].pk)
    if application is not None and not application.editable:
        return redirect(application.get_absolute_url())
    initial = (
        {"experience": application.experience, "programme": application.programme}
        if application
        else None
    )
    form = ApplicationForm(
        request.POST or None,
        request.FILES or None,
        call=call,
        organisations=organisations,
        application=application,
        initial=initial,
    )
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            organisation = next(
                o for o in organisations if o.pk == data["organisation"]
            )
            try:
                application = services.application_save(
                    call=call,
                    organisation=organisation,
                    by=request.user,
                    experience=data["experience"],
                    programme=data["programme"],
                    files=form.files_by_requirement(),
                )
                if request.POST.get("action") == "submit":
                    application = services.application_submit(
                        application=application, by=request.user
                    )
                    messages.success(
                        request,
                        _("Your application is submitted. Its reference is %(ref)s.")
                        % {"ref": application.reference},
                    )
                    return redirect(application.get_absolute_url())
            except (ValidationError, DomainError) as error:
                _apply_errors(form, error)
            else:
                messages.success(request, _("Your draft is saved."))
                return redirect(
                    f"{request.path}?organisation={application.organisation_id}"
                )
        status = 400
    return render(
        request,
        "calls/call_apply.html",
        {"call": call, "form": form, "application": application},
        status=status,
    )


def _application_or_404(request, pk):
    application = get_object_or_404(
        Application.objects.select_related("call", "organisation"), pk=pk
    )
    if not request.user.has_perm("calls.view_application", application):
        raise Http404
    return application


def application_detail(request, pk):
    application = _application_or_404(request, pk)
    documents = []
    if request.user.has_perm("calls.view_documents", application):
        documents = list(application.documents.select_related("requirement"))
    return render(
        request,
        "calls/application_detail.html",
        {
            "application": application,
            "call": application.call,
            "documents": documents,
            "can_edit": request.user.has_perm("calls.edit_application", application),
        },
    )


def document_download(request, pk, document_pk):
    application = _application_or_404(request, pk)
    if not request.user.has_perm("calls.view_documents", application):
        raise Http404
    document = get_object_or_404(
        ApplicationDocument, pk=document_pk, application=application
    )
    return file_download(document.file, private=True)


@login_required
def election_vote(request, slug):
    call = _call_or_404(request, slug)
    election = getattr(call, "election", None)
    if election is None:
        raise Http404
    candidates = list(election.candidates.select_related("organisation"))
    organisations = queries.voting_organisations(request.user)
    form = VoteForm(
        request.POST or None, candidates=candidates, organisations=organisations
    )
    status = 200
    if request.method == "POST":
        if form.is_valid():
            candidate = next(
                c for c in candidates if c.pk == form.cleaned_data["candidate"]
            )
            chosen = form.cleaned_data.get("organisation")
            organisation = next((o for o in organisations if o.pk == chosen), None)
            try:
                services.vote_cast(
                    election=election,
                    by=request.user,
                    candidate=candidate,
                    organisation=organisation,
                )
            except (ValidationError, DomainError) as error:
                _apply_errors(form, error)
            else:
                messages.success(
                    request, _("Your organisation's vote is recorded. It stays secret.")
                )
                return redirect(call.get_absolute_url())
        status = 400
    return render(
        request,
        "calls/election_vote.html",
        {
            "call": call,
            "election": election,
            "form": form,
            "can_vote": request.user.has_perm("calls.vote", election),
        },
        status=status,
    )
