"""Admin screens of the civil society space: verifying an organisation and
deciding on a membership application.

Each screen asks the rules (``user.has_perm("working_groups.<rule>")``) and each
action goes through ``working_groups.services``.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from core.errors import DomainError

from . import services
from .forms import DecisionForm
from .models import MembershipApplication, Organisation


def verify_view(request, pk):
    organisation = get_object_or_404(Organisation, pk=pk)
    if not request.user.has_perm("working_groups.verify_organisation", organisation):
        raise PermissionDenied
    if request.method == "POST":
        services.organisation_verify(
            organisation=organisation,
            by=request.user,
            verified=not organisation.verified,
        )
        messages.success(request, _("The organisation's verification is updated."))
        return redirect(reverse("working_groups_organisation:index"))
    return TemplateResponse(
        request,
        "working_groups/admin/verify.html",
        {
            "organisation": organisation,
            "page_title": _("Verification"),
            "page_subtitle": organisation.name_fr,
            "header_icon": "group",
        },
    )


def decide_view(request, pk):
    application = get_object_or_404(
        MembershipApplication.objects.select_related("organisation", "group"), pk=pk
    )
    if not request.user.has_perm("working_groups.decide_application", application):
        raise PermissionDenied
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            decide = (
                services.application_approve
                if form.cleaned_data["decision"] == "approve"
                else services.application_reject
            )
            decide(
                application=application,
                by=request.user,
                reason=form.cleaned_data["reason"],
            )
        except (DomainError, ValidationError) as error:
            form.add_error(None, getattr(error, "message", None) or error.messages)
        else:
            messages.success(request, _("The decision is recorded."))
            return redirect(reverse("working_groups_membershipapplication:index"))
    return TemplateResponse(
        request,
        "working_groups/admin/decide.html",
        {
            "application": application,
            "form": form,
            "page_title": _("Decision"),
            "page_subtitle": str(application),
            "header_icon": "form",
        },
    )


urlpatterns = [
    path(
        "civil-society/organisations/<int:pk>/verify/",
        verify_view,
        name="working_groups_admin_verify",
    ),
    path(
        "civil-society/applications/<int:pk>/decide/",
        decide_view,
        name="working_groups_admin_decide",
    ),
]
