"""A working group's news posts and decisions: the public news page, and the
forms its coordinators and the secretariat write them with (through
``services.records``). Drafts are seen by the group's managers only."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.errors import DomainError
from working_groups import queries, services
from working_groups.forms import GroupDecisionForm, NewsForm

from . import _add_errors

LANGUAGES = ("ar", "fr", "en")


def _group(slug):
    group = queries.group_by_slug(slug)
    if group is None:
        raise Http404
    return group


def _managed(request, slug):
    group = _group(slug)
    if not request.user.has_perm("working_groups.manage_group", group.source):
        raise Http404
    return group


def news_detail(request, slug, pk):
    group = _group(slug)
    manager = request.user.has_perm("working_groups.manage_group", group.source)
    news = get_object_or_404(queries.group_news(group, drafts=manager), pk=pk)
    return render(
        request,
        "working_groups/news_detail.html",
        {"group": group, "news": news, "is_manager": manager},
    )


def _record_edit(request, group, form, save, saved_messages, heading):
    """The form of a news post or a decision: ``save(data)`` (a service) keeps
    it and returns it; ``saved_messages`` are (published, draft)."""
    if request.method == "POST" and form.is_valid():
        try:
            record = save(form.cleaned_data)
        except (DomainError, ValidationError) as error:
            _add_errors(form, error)
        else:
            published, draft = saved_messages
            messages.success(request, published if record.is_published else draft)
            return redirect(record.get_absolute_url())
    return render(
        request,
        "working_groups/record_form.html",
        {"group": group, "form": form, "heading": heading},
        status=400 if form.errors else 200,
    )


def _texts(data, fields) -> dict:
    return {f"{f}_{c}": data[f"{f}_{c}"] for f in fields for c in LANGUAGES}


@login_required
def news_edit(request, slug, pk=None):
    group = _managed(request, slug)
    news = (
        get_object_or_404(queries.group_news(group, drafts=True), pk=pk) if pk else None
    )
    initial = {"published_on": timezone.localdate(), "publish": False}
    if news is not None:
        initial = {
            **{
                f"{f}_{c}": getattr(news, f"{f}_{c}")
                for f in ("title", "body")
                for c in LANGUAGES
            },
            "published_on": news.published_on,
            "publish": news.is_published,
        }
    return _record_edit(
        request,
        group,
        NewsForm(request.POST or None, initial=initial),
        lambda data: services.news_save(
            group=group,
            by=request.user,
            news=news,
            published_on=data["published_on"],
            publish=data["publish"],
            **_texts(data, ("title", "body")),
        ),
        (_("The news post is published."), _("The news post is saved as a draft.")),
        _("Edit the news post") if news else _("Write a news post"),
    )


@login_required
def decision_edit(request, slug, pk=None):
    group = _managed(request, slug)
    decision = (
        get_object_or_404(queries.group_decisions(group, drafts=True), pk=pk)
        if pk
        else None
    )
    initial = {"decided_on": timezone.localdate(), "publish": False}
    if decision is not None:
        initial = {
            **{f"text_{c}": getattr(decision, f"text_{c}") for c in LANGUAGES},
            "decided_on": decision.decided_on,
            "link": decision.link,
            "publish": decision.is_published,
        }
    return _record_edit(
        request,
        group,
        GroupDecisionForm(request.POST or None, initial=initial),
        lambda data: services.decision_save(
            group=group,
            by=request.user,
            decision=decision,
            decided_on=data["decided_on"],
            link=data["link"],
            publish=data["publish"],
            **_texts(data, ("text",)),
        ),
        (_("The decision is published."), _("The decision is saved as a draft.")),
        _("Edit the decision") if decision else _("Record a decision"),
    )
