"""Taking part: contributing, confirming by email, commenting, supporting, reporting.

Every form works without JavaScript. When a service refuses, the reason shows on
the form with what the person typed, so that nothing is lost.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from core.antiabuse import client_ip
from core.errors import DomainError

from .. import queries, services
from ..forms import CommentForm, ContributionForm, FlagForm, VerifyForm
from ..models import Contribution
from .pages import consultation_or_box


def _show_errors(form, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)


def _back(request, fallback: str) -> str:
    """Where to go after a form: the page it came from, never another site."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


def contribute(request, slug=None):
    """The submission form (no JavaScript needed)."""
    consultation = consultation_or_box(slug)
    source = consultation.source
    form = ContributionForm(
        request.POST or None, request.FILES or None, user=request.user
    )
    error = None
    try:
        services.contribution_check(consultation=source, user=request.user)
    except DomainError as exc:
        error = exc.message
    if request.method == "POST" and error is None and form.is_valid():
        data = form.cleaned_data
        try:
            contribution = services.contribution_submit(
                consultation=source,
                user=request.user,
                ip=client_ip(request),
                **services.submission_of(data),
            )
        except ValidationError as exc:
            _show_errors(form, exc)
        except DomainError as exc:
            form.add_error(None, str(exc.message))
        else:
            return render(
                request,
                "consultations/submitted.html",
                {"consultation": consultation, "contribution": contribution},
            )
    return render(
        request,
        "consultations/contribute.html",
        {"consultation": consultation, "form": form, "error": error},
        status=400 if request.method == "POST" else 200,
    )


def verify_email(request, token):
    """The landing page of the email link: a button confirms (single use)."""
    if request.method != "POST":
        return render(request, "consultations/verify.html", {"form": VerifyForm()})
    try:
        contribution = services.contribution_verify_email(token=token)
    except DomainError as exc:
        return render(
            request, "consultations/verify.html", {"error": exc.message}, status=400
        )
    return render(
        request,
        "consultations/verify.html",
        {"contribution": contribution, "verified": True},
    )


@login_required
@require_POST
def comment(request, slug=None):
    """Publish a comment or reply. When it cannot be published, show the reason on a
    page with the text kept in the form, so that nothing people wrote is lost."""
    consultation = consultation_or_box(slug)
    source = consultation.source
    form = CommentForm(request.POST)
    back = _back(request, consultation.get_url_path(get_language()))
    if not form.is_valid():
        return _comment_again(request, consultation, form, back)
    data = form.cleaned_data
    parent = contribution = None
    if data.get("parent"):
        parent = get_object_or_404(queries.comments_of(source), pk=data["parent"])
    elif data.get("contribution"):
        contribution = get_object_or_404(
            Contribution.objects.all(),
            pk=data["contribution"],
            consultation=source,
        )
    try:
        services.comment_create(
            user=request.user,
            body=data["body"],
            consultation=source if contribution is None and parent is None else None,
            contribution=contribution,
            parent=parent,
        )
    except ValidationError as exc:
        _show_errors(form, exc)
        return _comment_again(request, consultation, form, back)
    except DomainError as exc:
        form.add_error(None, str(exc.message))
        return _comment_again(request, consultation, form, back)
    messages.success(request, _("Your comment is published."))
    return redirect(back)


def _comment_again(request, consultation, form, back):
    return render(
        request,
        "consultations/comment.html",
        {"consultation": consultation, "form": form, "back": back},
        status=400,
    )


@login_required
@require_POST
def support(request, pk):
    contribution = get_object_or_404(
        Contribution.objects.select_related("consultation", "consultation__locale"),
        pk=pk,
    )
    back = _back(request, contribution.get_url_path(get_language()))
    try:
        if request.POST.get("remove"):
            services.support_remove(user=request.user, contribution=contribution)
            messages.success(request, _("You no longer support this contribution."))
        else:
            services.support_add(user=request.user, contribution=contribution)
            messages.success(request, _("Thank you: you support this contribution."))
    except DomainError as exc:
        messages.error(request, exc.message)
    return redirect(back)


@login_required
def flag(request, pk, target="contribution"):
    if target == "comment":
        obj = get_object_or_404(
            queries.published_comments().select_related(
                "consultation", "contribution__consultation"
            ),
            pk=pk,
        )
        consultation = obj.consultation or obj.contribution.consultation
        back = f"{consultation.get_url_path(get_language())}#comment-{obj.pk}"
    else:
        obj = get_object_or_404(
            queries.published_contributions().select_related("consultation"), pk=pk
        )
        consultation = obj.consultation
        back = obj.get_url_path(get_language())
    form = FlagForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.flag_create(
                user=request.user,
                reason=form.cleaned_data["reason"],
                details=form.cleaned_data["details"],
                contribution=obj if target == "contribution" else None,
                comment=obj if target == "comment" else None,
            )
        except ValidationError as exc:
            _show_errors(form, exc)
        except DomainError as exc:
            form.add_error(None, str(exc.message))
        else:
            messages.success(
                request, _("Thank you. Moderators will look at your report.")
            )
            # Back where the report was made, in the page's language.
            return redirect(back)
    return render(
        request,
        "consultations/flag.html",
        {
            "form": form,
            "target": obj,
            "target_kind": target,
            "consultation": queries.translation_in(consultation),
        },
        status=400 if request.method == "POST" else 200,
    )
