"""The secretariat's admin screen: open a draft plan for comments."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from consultations import queries as consultation_queries
from core.errors import DomainError

from . import services
from .models import Plan


class CocreationForm(forms.Form):
    consultation = forms.ModelChoiceField(
        label=_("Co-creation consultation"),
        queryset=consultation_queries.source_consultations().filter(
            is_general_box=False
        ),
        help_text=_(
            "Comments on each draft commitment are contributions of this "
            "consultation: its moderation, dates and rules apply."
        ),
    )


def plan_cocreation(request, pk: int):
    plan = get_object_or_404(Plan, pk=pk)
    if not request.user.has_perm("action_plans.manage"):
        raise PermissionDenied
    form = CocreationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.plan_cocreation_open(
                plan=plan,
                consultation=form.cleaned_data["consultation"],
                by=request.user,
            )
        except DomainError as error:
            form.add_error(None, str(error.message))
        else:
            messages.success(request, _("The draft plan is open for comments."))
            return redirect(reverse("wagtailsnippets_action_plans_plan:list"))
    return TemplateResponse(
        request,
        "action_plans/admin/cocreation.html",
        {
            "plan": plan,
            "form": form,
            "page_title": _("Open the draft for comments"),
            "header_title": str(plan),
            "header_icon": "doc-full",
        },
    )


urlpatterns = [
    path(
        "action-plans/plans/<int:pk>/cocreation/",
        plan_cocreation,
        name="action_plans_admin_cocreation",
    ),
]
