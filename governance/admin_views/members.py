"""Ending a membership (article 12): by hand, or by confirming what the portal
detected from the attendance (three unexcused absences)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.errors import DomainError

from .. import services
from ..forms import MemberEndForm
from ..models import EndProposal, Member


def _apply(request, form, call):
    """Run ``call`` and turn its refusal into form errors; True when done."""
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


def member_end_view(request, pk):
    member = get_object_or_404(Member.objects.select_related("body"), pk=pk)
    if not request.user.has_perm("governance.manage", member.body):
        raise PermissionDenied
    form = MemberEndForm(request.POST or None, initial={"on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if _apply(
            request,
            form,
            lambda: services.member_end(
                member=member, by=request.user, reason=data["reason"], on=data["on"]
            ),
        ):
            messages.success(request, _("The membership has ended."))
            return redirect(reverse("wagtailsnippets_governance_member:list"))
    return TemplateResponse(
        request,
        "governance/admin/member_end.html",
        {
            "member": member,
            "form": form,
            "page_title": _("End the membership"),
            "header_title": str(member),
            "header_icon": "user",
        },
    )


def end_proposal_view(request, pk):
    proposal = get_object_or_404(
        EndProposal.objects.select_related("member__body"), pk=pk
    )
    if not request.user.has_perm("governance.manage", proposal.member.body):
        raise PermissionDenied
    form = MemberEndForm(
        request.POST or None,
        initial={"on": timezone.localdate(), "reason": proposal.reason},
    )
    if request.method == "POST":
        confirm = request.POST.get("action") == "confirm"
        if not confirm or form.is_valid():
            on = form.cleaned_data.get("on") if confirm else None
            if _apply(
                request,
                form,
                lambda: services.end_proposal_decide(
                    proposal=proposal, by=request.user, confirm=confirm, on=on
                ),
            ):
                messages.success(
                    request,
                    _("The membership has ended.")
                    if confirm
                    else _("The proposal is dismissed."),
                )
                return redirect(reverse("governance_end_proposal:index"))
    return TemplateResponse(
        request,
        "governance/admin/end_proposal.html",
        {
            "proposal": proposal,
            "meetings": proposal.meetings.order_by("start"),
            "form": form,
            "page_title": _("Proposed end of membership"),
            "header_title": str(proposal.member),
            "header_icon": "warning",
        },
    )
