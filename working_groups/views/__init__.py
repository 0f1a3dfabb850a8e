"""Public pages of organisations and working groups; forms call the services."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from core.errors import DomainError
from core.media import file_download
from working_groups import queries, services
from working_groups.forms import (
    ApplicationForm,
    DecisionForm,
    LeaveForm,
    OrganisationEditForm,
    OrganisationForm,
)
from working_groups.models import (
    GroupKind,
    MembershipApplication,
    Organisation,
    Region,
)

# News posts and decisions shown per page on a group's page.
RECORDS_PER_PAGE = 5


def _add_errors(form, error):
    """A service's ValidationError or DomainError, shown on the form."""
    if isinstance(error, ValidationError) and hasattr(error, "message_dict"):
        for field, messages_ in error.message_dict.items():
            form.add_error(field if field in form.fields else None, messages_)
    elif isinstance(error, ValidationError):
        form.add_error(None, error.messages)
    else:
        form.add_error(None, str(error.message))


def organisation_list(request):
    organisations = queries.public_organisations()
    region = request.GET.get("region", "")
    tag = request.GET.get("tag", "")
    q = request.GET.get("q", "").strip()[:100]
    if region in Region.values:
        organisations = organisations.filter(region=region)
    if tag:
        organisations = organisations.filter(fields_of_action__name=tag)
    if q:
        organisations = organisations.filter(
            Q(name_ar__icontains=q) | Q(name_fr__icontains=q) | Q(province__icontains=q)
        )
    page = Paginator(organisations.order_by("name_fr"), 24).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "working_groups/organisation_list.html",
        {
            "organisations": page,
            "regions": Region.choices,
            "current_region": region,
            "current_tag": tag,
            "q": q,
        },
    )


def organisation_detail(request, slug):
    organisation = get_object_or_404(
        Organisation.objects.prefetch_related("fields_of_action"), slug=slug
    )
    if not request.user.has_perm("working_groups.view_organisation", organisation):
        raise Http404
    return render(
        request,
        "working_groups/organisation_detail.html",
        {
            "organisation": organisation,
            "memberships": queries.organisation_groups(organisation),
            "past_memberships": queries.former_memberships(organisation),
            "can_edit": request.user.has_perm(
                "working_groups.edit_organisation", organisation
            ),
        },
    )


@login_required
def organisation_register(request):
    form = OrganisationForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            organisation = services.organisation_register(
                user=request.user,
                name_ar=data["name_ar"],
                name_fr=data["name_fr"],
                registration_number=data["registration_number"],
                region=data["region"],
                province=data["province"],
                presentation=data["presentation"],
                website=data["website"],
                contact_email=data["contact_email"],
                contact_phone=data["contact_phone"],
                fields_of_action=data["fields_of_action"],
                logo=data["logo"],
                role=data["role"],
            )
        except (DomainError, ValidationError) as error:
            _add_errors(form, error)
        else:
            messages.success(
                request,
                _(
                    "Your organisation is registered. The secretariat will verify it; "
                    "you will receive an email."
                ),
            )
            return redirect(organisation.get_absolute_url())
    return render(
        request,
        "working_groups/organisation_form.html",
        {"form": form},
        status=400 if form.errors else 200,
    )


@login_required
def organisation_edit(request, slug):
    organisation = get_object_or_404(Organisation, slug=slug)
    if not request.user.has_perm("working_groups.edit_organisation", organisation):
        raise Http404
    initial = {name: getattr(organisation, name) for name in services.EDITABLE_FIELDS}
    initial["fields_of_action"] = ", ".join(
        t.name for t in organisation.fields_of_action.all()
    )
    form = OrganisationEditForm(
        request.POST or None, request.FILES or None, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.organisation_update(
                organisation=organisation,
                by=request.user,
                fields_of_action=data["fields_of_action"],
                logo=data["logo"],
                **{name: data[name] for name in services.EDITABLE_FIELDS},
            )
        except (DomainError, ValidationError) as error:
            _add_errors(form, error)
        else:
            messages.success(request, _("The organisation's profile is saved."))
            return redirect(organisation.get_absolute_url())
    return render(
        request,
        "working_groups/organisation_edit.html",
        {"form": form, "organisation": organisation},
        status=400 if form.errors else 200,
    )


def group_list(request):
    groups = queries.localized_groups(queries.public_groups().order_by("kind", "name"))
    return render(
        request,
        "working_groups/group_list.html",
        {
            "thematic": [g for g in groups if g.kind == GroupKind.THEMATIC],
            "territorial": [g for g in groups if g.kind == GroupKind.TERRITORIAL],
        },
    )


def _group_context(request, group, **extra):
    source = group.source
    user = request.user
    from events import queries as event_queries

    events = event_queries.localized_events(
        event_queries.public_events()
        .upcoming()
        .filter(working_group__translation_key=source.translation_key)
        .order_by("start")[:5]
    )
    is_manager = user.has_perm("working_groups.manage_group", source)
    context = {
        "group": group,
        "source": source,
        "events": events,
        "members": list(queries.active_members(source)),
        "is_manager": is_manager,
        # Drafts for its managers only; each list has its own page number.
        "news": Paginator(
            queries.group_news(source, drafts=is_manager), RECORDS_PER_PAGE
        ).get_page(request.GET.get("news")),
        "decisions": Paginator(
            queries.group_decisions(source, drafts=is_manager), RECORDS_PER_PAGE
        ).get_page(request.GET.get("decisions")),
    }
    if user.is_authenticated:
        options = queries.join_options(user, source)
        apply_form = extra.pop("apply_form", None)
        if apply_form is None and options["can_apply"]:
            apply_form = ApplicationForm(
                organisations=Organisation.objects.filter(
                    pk__in=[o.pk for o in options["can_apply"]]
                )
            )
        mine = options["mine"]
        context.update(
            my_organisations=mine,
            my_member_organisations=options["members"],
            my_pending=options["pending"],
            my_unverified=options["unverified"],
            apply_form=apply_form,
        )
        # The "Join" section only when something there concerns this person: not
        # for someone whose organisations are all members already.
        context["join_relevant"] = bool(
            context["apply_form"]
            or context["my_pending"]
            or context["my_unverified"]
            or len(context["my_member_organisations"]) < len(mine)
            or not mine
        )
        if context["is_manager"]:
            context["pending_applications"] = list(queries.pending_applications(source))
            context["decision_form"] = (
                extra.pop("decision_form", None) or DecisionForm()
            )
    context.update(extra)
    return context


def group_detail(request, slug):
    group = queries.group_by_slug(slug)
    if group is None:
        raise Http404
    if request.method == "POST":
        return _apply(request, group)
    return render(
        request, "working_groups/group_detail.html", _group_context(request, group)
    )


def _apply(request, group):
    if not request.user.is_authenticated:
        return redirect(f"/{request.LANGUAGE_CODE}/accounts/login/?next={request.path}")
    form = ApplicationForm(
        request.POST,
        request.FILES,
        organisations=queries.represented_organisations(request.user),
    )
    if form.is_valid():
        try:
            services.application_submit(
                organisation=form.cleaned_data["organisation"],
                group=group,
                by=request.user,
                motivation=form.cleaned_data["motivation"],
                document=form.cleaned_data["document"],
            )
        except (DomainError, ValidationError) as error:
            _add_errors(form, error)
        else:
            messages.success(
                request,
                _("Your application has been sent. You will be told of the decision."),
            )
            return redirect(group.get_absolute_url())
    return render(
        request,
        "working_groups/group_detail.html",
        _group_context(request, group, apply_form=form),
        status=400,
    )


@login_required
@require_POST
def application_decide(request, pk):
    application = get_object_or_404(
        MembershipApplication.objects.select_related("group", "organisation"), pk=pk
    )
    if not request.user.has_perm("working_groups.decide_application", application):
        raise Http404
    form = DecisionForm(request.POST)
    group = queries.group_by_slug(application.group.slug) or application.group
    if form.is_valid():
        try:
            if form.cleaned_data["decision"] == "approve":
                services.application_approve(
                    application=application,
                    by=request.user,
                    reason=form.cleaned_data["reason"],
                )
                messages.success(request, _("The application is approved."))
            else:
                services.application_reject(
                    application=application,
                    by=request.user,
                    reason=form.cleaned_data["reason"],
                )
                messages.success(request, _("The application is rejected."))
            return redirect(group.get_absolute_url())
        except (DomainError, ValidationError) as error:
            _add_errors(form, error)
    return render(
        request,
        "working_groups/group_detail.html",
        _group_context(request, group, decision_form=form),
        status=400,
    )


@login_required
@require_POST
def membership_leave(request, slug):
    group = queries.group_by_slug(slug)
    if group is None:
        raise Http404
    form = LeaveForm(request.POST)
    if form.is_valid():
        organisation = get_object_or_404(
            Organisation, pk=form.cleaned_data["organisation"]
        )
        try:
            services.membership_leave(
                organisation=organisation,
                group=group,
                by=request.user,
                reason=form.cleaned_data["reason"],
            )
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Your organisation has left the group."))
    return redirect(group.get_absolute_url())


@login_required
def application_document(request, pk: int):
    application = get_object_or_404(
        MembershipApplication.objects.exclude(document=""), pk=pk
    )
    if not request.user.has_perm("working_groups.view_application", application):
        raise PermissionDenied
    return file_download(application.document, private=True)
