"""The person's own space: details, personal-data export, account deletion."""

from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from accounts.models import User
from accounts.services import account_delete, account_export_json


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = [
            "display_name",
            "first_name",
            "last_name",
            "phone",
            "preferred_language",
        ]


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I understand that my account and my personal data will be erased."),
        required=True,
    )


@login_required
def profile(request):
    return render(request, "account/profile.html", {"delete_form": DeleteAccountForm()})


@login_required
def edit(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your details have been saved."))
        return redirect("account_profile")
    return render(request, "account/edit.html", {"form": form})


@login_required
def export(request):
    response = HttpResponse(
        account_export_json(user=request.user), content_type="application/json"
    )
    response["Content-Disposition"] = 'attachment; filename="sharaka-my-data.json"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def delete(request):
    form = DeleteAccountForm(request.POST)
    if not form.is_valid():
        return render(
            request, "account/profile.html", {"delete_form": form}, status=400
        )
    user = request.user
    logout(request)
    account_delete(user=user)
    messages.success(
        request, _("Your account and your personal data have been erased.")
    )
    return redirect("/")
