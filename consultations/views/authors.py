"""Authors and organisations: editing one's contribution while it awaits
moderation, withdrawing it once published, endorsing a contribution in an
organisation's name, and the permalink of a comment.

Every page works without JavaScript; the services decide, these views translate.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from core.errors import DomainError
from working_groups import queries as organisations

from .. import queries, services
from ..forms import ContributionEditForm, EndorseForm
from ..models import Contribution
from .pages import CONTRIBUTIONS_PER_PAGE
from .participation import _back, _show_errors


def _own(request, pk) -> Contribution:
    """One of the person's own contributions (others' do not exist for them)."""
    return get_object_or_404(queries.own_contributions(request.user), pk=pk)


@login_required
def contribution_edit(request, pk):
    """The author corrects their contribution while it awaits moderation."""
    contribution = _own(request, pk)
    consultation = queries.translation_in(contribution.consultation)
    form = ContributionEditForm.of(contribution, request.POST or None)
    editable = services.contribution_editable(
        user=request.user, contribution=contribution
    )
    if request.method == "POST" and editable and form.is_valid():
        try:
            services.contribution_edit(
                user=request.user, contribution=contribution, **form.cleaned_data
            )
        except ValidationError as exc:
            _show_errors(form, exc)
        except DomainError as exc:
            form.add_error(None, str(exc.message))
        else:
            messages.success(request, _("Your contribution is updated."))
            return redirect(f"/{get_language()}/account/#my-contributions-title")
    return render(
        request,
        "consultations/edit.html",
        {
            "contribution": contribution,
            "consultation": consultation,
            "form": form,
            "editable": editable,
        },
        status=400 if request.method == "POST" else 200,
    )


@login_required
def contribution_withdraw(request, pk):
    """A confirmation page, then the withdrawal (the contribution stays visible)."""
    contribution = _own(request, pk)
    consultation = queries.translation_in(contribution.consultation)
    error = None
    if request.method == "POST":
        try:
            services.contribution_withdraw(user=request.user, contribution=contribution)
        except DomainError as exc:
            error = exc.message
        else:
            messages.success(
                request, _("Your contribution is withdrawn. It stays visible as such.")
            )
            return redirect(contribution.get_url_path(get_language()))
    elif not services.contribution_withdrawable(
        user=request.user, contribution=contribution
    ):
        error = _("This contribution cannot be withdrawn now.")
    return render(
        request,
        "consultations/withdraw.html",
        {"contribution": contribution, "consultation": consultation, "error": error},
        status=400 if error and request.method == "POST" else 200,
    )


@login_required
@require_POST
def endorse(request, pk):
    """Endorse a contribution in an organisation's name, or withdraw it."""
    contribution = get_object_or_404(
        queries.published_contributions().select_related(
            "consultation", "consultation__locale"
        ),
        pk=pk,
    )
    back = _back(request, contribution.get_url_path(get_language()))
    form = EndorseForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose the organisation."))
        return redirect(back)
    organisation = get_object_or_404(
        organisations.public_organisations(), pk=form.cleaned_data["organisation"]
    )
    try:
        if form.cleaned_data["remove"]:
            services.endorsement_remove(
                user=request.user, organisation=organisation, contribution=contribution
            )
            messages.success(
                request,
                _("%(name)s no longer endorses this contribution.")
                % {"name": organisation.name},
            )
        else:
            services.endorsement_add(
                user=request.user, organisation=organisation, contribution=contribution
            )
            messages.success(
                request,
                _("%(name)s endorses this contribution.") % {"name": organisation.name},
            )
    except DomainError as exc:
        messages.error(request, exc.message)
    return redirect(back)


def comment_permalink(request, pk):
    """A comment's lasting address: the page of the consultation that shows it,
    at its place (the contribution's page of the list, newest first)."""
    comment = get_object_or_404(
        queries.published_comments().select_related(
            "consultation", "contribution__consultation"
        ),
        pk=pk,
    )
    if comment.contribution_id:
        consultation = comment.contribution.consultation
        page = queries.contribution_page(comment.contribution, CONTRIBUTIONS_PER_PAGE)
    else:
        consultation, page = comment.consultation, 1
    url = queries.translation_in(consultation).get_url_path(get_language())
    query = f"?page={page}" if page > 1 else ""
    return redirect(f"{url}{query}#comment-{comment.pk}")
