"""The person's own space: details, personal-data export, account deletion.

Sign-in, sign-up, email addresses and passwords are django-allauth's views
(under /<lang>/accounts/), shown with the portal's templates.
"""

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from .forms import DeleteAccountForm, ProfileForm
from .services import account_delete, account_export_json, account_update


@never_cache
@login_required
def profile(request):
    return render(
        request,
        "account/profile.html",
        {"delete_form": DeleteAccountForm(user=request.user)},
    )


@never_cache
@login_required
def edit(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        account_update(user=form.save(commit=False), fields=form.changed_data)
        messages.success(request, _("Your details have been saved."))
        return redirect("account_profile")
    return render(request, "account/edit.html", {"form": form})


@login_required
def export(request):
    """The personal-data download: one JSON file that opens anywhere."""
    response = HttpResponse(
        account_export_json(user=request.user),
        content_type="application/json; charset=utf-8",
    )
    filename = f"sharaka-my-data-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@never_cache
@login_required
def delete(request):
    """GET shows the confirmation (a bookmarked or typed address must not end on
    a blank 405); POST, with the password and the tick, erases the account."""
    if request.method != "POST":
        return render(
            request,
            "account/delete.html",
            {"delete_form": DeleteAccountForm(user=request.user)},
        )
    form = DeleteAccountForm(request.POST, user=request.user)
    if not form.is_valid():
        return render(request, "account/delete.html", {"delete_form": form}, status=400)
    user = request.user
    logout(request)
    account_delete(user=user)
    messages.success(
        request, _("Your account and your personal data have been erased.")
    )
    # The home page in the language the person was using (the URL's prefix), not
    # "/", which picks a language from the browser now that the session is gone.
    return redirect("wagtail_serve", "")
