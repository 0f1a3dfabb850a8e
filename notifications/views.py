"""Site pages: the notification centre, preferences, follows, unsubscribing, and
the newsletter's subscription. Each turns a request into a service call."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from core.antiabuse import client_ip
from core.errors import DomainError
from core.tokens import InvalidToken
from working_groups.models import Organisation

from . import queries, services
from .forms import PreferencesForm, SubscribeForm, TopicsForm
from .models import Follow, Notification, Preference
from .services.notify import described

PER_PAGE = 20


def _next(request, fallback: str) -> str:
    target = request.POST.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}):
        return target
    return fallback


@never_cache
@login_required
def notification_list(request):
    if request.method == "POST":
        services.notifications_mark_read(user=request.user)
        messages.success(request, _("All your notifications are marked as read."))
        return redirect("notifications_list")
    page = Paginator(queries.notifications_of(request.user), PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "notifications/list.html",
        {"page_obj": page, "items": described(list(page), get_language())},
    )


@require_POST
@login_required
def notification_open(request, pk: int):
    """Mark one notification as read and go to what it is about."""
    notification = get_object_or_404(Notification, pk=pk, recipient=request.user)
    services.notifications_mark_read(user=request.user, notification=notification)
    items = described([notification], get_language())
    if not items:
        messages.info(request, _("What this notification was about is gone."))
        return redirect("notifications_list")
    return redirect(items[0]["path"])


@never_cache
@login_required
def preferences(request):
    chosen = dict(
        Preference.objects.filter(user=request.user).values_list("kind", "channel")
    )
    form = PreferencesForm(request.POST or None, chosen=chosen)
    if request.method == "POST" and form.is_valid():
        services.preferences_set(user=request.user, channels=form.cleaned_data)
        messages.success(request, _("Your choices are saved."))
        return redirect("notifications_preferences")
    return render(request, "notifications/preferences.html", {"form": form})


@never_cache
@login_required
def follows(request):
    language = get_language()
    topics = queries.topics_of(request.user)
    form = TopicsForm(
        request.POST or None,
        language=language,
        initial={
            "themes": [k.partition(":")[2] for k in topics if k.startswith("theme:")],
            "regions": [k.partition(":")[2] for k in topics if k.startswith("region:")],
        },
    )
    if request.method == "POST" and form.is_valid():
        offered = {value for value, _label in form.fields["themes"].choices}
        # Themes of another language's pages are not on this form: they stay.
        others = [
            key.partition(":")[2]
            for key in topics
            if key.startswith("theme:") and key.partition(":")[2] not in offered
        ]
        try:
            services.follow_topics_set(
                user=request.user,
                themes=form.cleaned_data["themes"] + others,
                regions=form.cleaned_data["regions"],
            )
        except ValidationError:
            form.add_error(None, _("There is nothing to follow here."))
        else:
            messages.success(request, _("Your themes and regions are saved."))
            return redirect("notifications_follows")
    mine = [f for f in queries.follows_of(request.user) if f.content_type_id]
    return render(
        request,
        "notifications/follows.html",
        {
            "form": form,
            "follows": mine,
            "organisation_follows": queries.organisation_follows(request.user),
            "organisations": request.user.organisations.all(),
        },
    )


@require_POST
@login_required
def follow(request):
    """Follow (or stop following) what the form names, as oneself or for an
    organisation one represents."""
    key = request.POST.get("key", "")
    organisation = None
    if request.POST.get("organisation"):
        organisation = Organisation.objects.filter(
            pk=request.POST["organisation"]
        ).first()
    fallback = "notifications_follows"
    try:
        if request.POST.get("stop"):
            found = queries.follow_of(request.user, key, organisation)
            if found is not None:
                services.follow_remove(user=request.user, follow=found)
            messages.success(request, _("You no longer follow this."))
        else:
            services.follow_add(user=request.user, key=key, organisation=organisation)
            messages.success(
                request, _("You follow this now: you will be told what happens.")
            )
    except (DomainError, ValidationError) as exc:
        text = exc.messages[0] if isinstance(exc, ValidationError) else str(exc)
        messages.error(request, text)
    target = _next(request, "")
    return redirect(target) if target else redirect(fallback)


@require_POST
@login_required
def unfollow(request, pk: int):
    found = get_object_or_404(Follow, pk=pk)
    try:
        services.follow_remove(user=request.user, follow=found)
    except DomainError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("You no longer follow this."))
    return redirect("notifications_follows")


def _token_page(request, template: str, action):
    """A link from an email: a page with one button (mail scanners follow links,
    never forms); the POST of that button, or a mail program's ``One-Click``
    POST (RFC 8058), acts at once."""
    status, context = 200, {"token": request.resolver_match.kwargs["token"]}
    if request.method == "POST":
        try:
            context["result"] = action(token=context["token"])
            context["done"] = True
        except InvalidToken as exc:
            status, context["error"] = 400, str(exc)
    return render(request, template, context, status=status)


@never_cache
@csrf_exempt  # the signed token is the proof; mail programs POST without a form
def unsubscribe(request, token: str):
    return _token_page(
        request,
        "notifications/unsubscribe.html",
        services.preference_unsubscribe,
    )


@never_cache
def newsletter_subscribe(request):
    form = SubscribeForm(request.POST or None, initial={"language": get_language()})
    if request.method == "POST" and form.is_valid():
        try:
            services.subscriber_subscribe(
                email=form.cleaned_data["email"],
                language=form.cleaned_data["language"],
                ip=client_ip(request),
            )
        except ValidationError as exc:
            for field, errors in exc.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        except DomainError as exc:
            form.add_error(None, str(exc))
        else:
            return render(request, "notifications/newsletter_check_email.html")
    return render(request, "notifications/newsletter_subscribe.html", {"form": form})


@never_cache
def newsletter_confirm(request, token: str):
    return _token_page(
        request, "notifications/newsletter_confirm.html", services.subscriber_confirm
    )


@never_cache
@csrf_exempt  # the signed token is the proof; mail programs POST without a form
def newsletter_unsubscribe(request, token: str):
    return _token_page(
        request,
        "notifications/newsletter_unsubscribe.html",
        services.subscriber_unsubscribe,
    )
