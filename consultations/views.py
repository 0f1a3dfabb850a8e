"""Public consultations: list, detail, the general box, contributing, commenting.

Views translate between HTTP and ``consultations.services``; they hold no rule.
Every page works without JavaScript. Domain errors show on the form.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.syndication.views import Feed
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from consultations import queries, services
from consultations.models import (
    Comment,
    Consultation,
    Contribution,
    ContributionKind,
    ContributionLanguage,
    FlagReason,
    Region,
    Status,
    Support,
)
from core.antiabuse import HumanCheckMixin, client_ip
from core.charts import bar_chart
from core.errors import DomainError
from core.media import file_download

CONSULTATIONS_PER_PAGE = 12
CONTRIBUTIONS_PER_PAGE = 20


# --- Forms ---------------------------------------------------------------------------


class ContributionForm(HumanCheckMixin, forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind of contribution"),
        choices=ContributionKind.choices,
        widget=forms.RadioSelect,
        initial=ContributionKind.PROPOSAL,
    )
    title = forms.CharField(label=_("Title"), max_length=200)
    body = forms.CharField(
        label=_("Your contribution"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 10, "dir": "auto"}),
        help_text=_("Plain text. Links and formatting are not kept."),
    )
    language = forms.ChoiceField(
        label=_("Language of your text"),
        choices=ContributionLanguage.choices,
        widget=forms.RadioSelect,
    )
    region = forms.ChoiceField(
        label=_("Your region (optional)"),
        choices=[("", _("Prefer not to say"))] + list(Region.choices),
        required=False,
    )
    attachment = forms.FileField(
        label=_("Attachment (optional)"),
        required=False,
        help_text=_("A PDF file or an image, 10 MB at most."),
        widget=forms.ClearableFileInput(
            attrs={
                "accept": "application/pdf,image/jpeg,image/png,image/webp,image/gif"
            }
        ),
    )
    author_name = forms.CharField(
        label=_("Your name"),
        max_length=120,
        help_text=_("Shown with your contribution."),
    )
    author_email = forms.EmailField(
        label=_("Your email"),
        help_text=_(
            "Never shown. We send you a link to confirm it; your contribution "
            "waits until then."
        ),
    )
    accept = forms.BooleanField(
        label=_(
            "I agree that my contribution and my name are published on the portal."
        ),
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if user is not None and user.is_authenticated:
            del self.fields["author_name"]
            del self.fields["author_email"]
        if not self.is_bound:
            language = translation.get_language()
            self.initial.setdefault(
                "language",
                language if language in ContributionLanguage.values else "ar",
            )
        # Keep the honeypot and the timestamp last, after what people fill in.
        self.order_fields([f for f in self.fields if f not in ("website", "started")])


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Your comment"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
    )
    contribution = forms.IntegerField(required=False, widget=forms.HiddenInput)
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)


class FlagForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why do you report it?"),
        choices=FlagReason.choices,
        widget=forms.RadioSelect,
    )
    details = forms.CharField(
        label=_("Details (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
    )


class VerifyForm(forms.Form):
    """The email link opens a page with a button: link scanners only GET."""


def _show_errors(form, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)


# --- Lists and details ---------------------------------------------------------------


def consultation_list(request):
    status = request.GET.get("status", "")
    theme = request.GET.get("theme", "")
    qs = queries.consultations_in_language().filter(is_general_box=False)
    if status in Status.values:
        qs = queries.with_status(qs, status)
    if theme:
        qs = qs.filter(
            translation_key__in=Consultation.objects.filter(tags__slug=theme).values(
                "translation_key"
            )
        )
    qs = qs.prefetch_related("tags").order_by("-opens_at", "-pk")
    page = Paginator(qs, CONSULTATIONS_PER_PAGE).get_page(request.GET.get("page"))
    counts = queries.contribution_counts([c.translation_key for c in page])
    for consultation in page:
        consultation.contribution_count = counts.get(consultation.translation_key, 0)
    # Only the themes of the consultations shown in this language: each
    # translation is tagged in its own language.
    themes = Consultation.tags.most_common(
        extra_filters={
            "consultation__in": queries.consultations_in_language().filter(
                is_general_box=False
            )
        }
    ).order_by("name")[:30]
    return render(
        request,
        "consultations/list.html",
        {
            "page_obj": page,
            "consultations": page.object_list,
            "status": status,
            "theme": theme,
            "statuses": Status.choices,
            "themes": themes,
            "general_box": True,
        },
    )


def _detail_context(request, consultation: Consultation) -> dict:
    original = consultation.original
    contributions = queries.public_contribution_list(original)
    kind = request.GET.get("kind", "")
    if kind in ContributionKind.values:
        contributions = contributions.filter(kind=kind)
    language = request.GET.get("language", "")
    if language in ContributionLanguage.values:
        contributions = contributions.filter(language=language)
    page = Paginator(contributions, CONTRIBUTIONS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    contribution_ids = [c.pk for c in page]
    threads = {}
    for comment in queries.comment_threads().filter(
        contribution_id__in=contribution_ids
    ):
        threads.setdefault(comment.contribution_id, []).append(comment)
    supported = set()
    if request.user.is_authenticated:
        supported = set(
            Support.objects.filter(
                user=request.user, contribution_id__in=contribution_ids
            ).values_list("contribution_id", flat=True)
        )
    for contribution in page:
        contribution.threads = threads.get(contribution.pk, [])
        contribution.supported = contribution.pk in supported
    context = {
        "consultation": consultation,
        "original": original,
        "page_obj": page,
        "contributions": page.object_list,
        "total_contributions": queries.published_contributions()
        .filter(consultation=original)
        .count(),
        "comment_threads": queries.comment_threads(consultation=original),
        "documents": original.documents.all(),
        "tags": consultation.tags.all() or original.tags.all(),
        "kind": kind,
        "language": language,
        "contribution_kinds": ContributionKind.choices,
        "contribution_languages": ContributionLanguage.choices,
        "comment_form": CommentForm(),
        "can_comment": original.is_open and original.comments_open,
    }
    if original.closeout_published_at and not original.is_general_box:
        stats = queries.closeout_statistics(original)
        rtl = translation.get_language_bidi()
        context["stats"] = stats
        context["charts"] = [
            bar_chart(
                "chart-kind", _("Contributions per kind"), stats["per_kind"], rtl
            ),
            bar_chart(
                "chart-language",
                _("Contributions per language"),
                stats["per_language"],
                rtl,
            ),
            bar_chart(
                "chart-region", _("Contributions per region"), stats["per_region"], rtl
            ),
            bar_chart(
                "chart-day",
                _("Contributions per day"),
                [(d.strftime("%d/%m"), n) for d, n in stats["per_day"]],
                rtl,
            ),
        ]
        context["answered"] = (
            queries.published_contributions()
            .filter(consultation=original, answer__isnull=False)
            .select_related("answer")
            .order_by("pk")
        )
    return context


def consultation_detail(request, slug):
    consultation = queries.consultation_for_slug(slug)
    if consultation is None or consultation.is_general_box:
        raise Http404
    return render(
        request, "consultations/detail.html", _detail_context(request, consultation)
    )


def _general_box_localized() -> Consultation:
    box = services.general_box_get()
    localized = (
        Consultation.objects.filter(
            translation_key=box.translation_key,
            locale__language_code=translation.get_language(),
        )
        .select_related("locale")
        .first()
    )
    return localized or box


def general_box(request):
    box = _general_box_localized()
    return render(request, "consultations/detail.html", _detail_context(request, box))


def _consultation_or_box(slug: str | None) -> Consultation:
    if slug is None:
        return _general_box_localized()
    consultation = queries.consultation_for_slug(slug)
    if consultation is None or consultation.is_general_box:
        raise Http404
    return consultation


def contribute(request, slug=None):
    """The submission form (no JavaScript needed)."""
    consultation = _consultation_or_box(slug)
    original = consultation.original
    form = ContributionForm(
        request.POST or None, request.FILES or None, user=request.user
    )
    error = None
    if not original.is_open:
        error = services.ConsultationNotOpen(original).message
    elif not request.user.is_authenticated and not original.allow_anonymous:
        error = services.AnonymousNotAllowed().message
    if request.method == "POST" and error is None and form.is_valid():
        data = form.cleaned_data
        try:
            contribution = services.contribution_submit(
                consultation=original,
                kind=data["kind"],
                title=data["title"],
                body=data["body"],
                language=data["language"],
                region=data.get("region", ""),
                attachment=data.get("attachment"),
                user=request.user,
                author_name=data.get("author_name", ""),
                author_email=data.get("author_email", ""),
                ip=client_ip(request),
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
                status=200,
            )
    return render(
        request,
        "consultations/contribute.html",
        {"consultation": consultation, "form": form, "error": error},
        status=400 if request.method == "POST" else 200,
    )


def verify_email(request, token):
    """The landing page of the email link: a button confirms (single use)."""
    if request.method == "POST":
        try:
            contribution = services.contribution_verify_email(token=token)
        except DomainError as exc:
            return render(
                request,
                "consultations/verify.html",
                {"error": exc.message},
                status=400,
            )
        return render(
            request,
            "consultations/verify.html",
            {"contribution": contribution, "verified": True},
        )
    return render(request, "consultations/verify.html", {"form": VerifyForm()})


def _back(request, fallback: str) -> str:
    """Where to go after a form: the page it came from, never another site."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


@login_required
@require_POST
def comment(request, slug=None):
    """Publish a comment or reply. When it cannot be published, show the reason on a
    page with the text kept in the form, so that nothing people wrote is lost."""
    consultation = _consultation_or_box(slug)
    original = consultation.original
    form = CommentForm(request.POST)
    back = _back(request, consultation.get_url_path())
    if not form.is_valid():
        return _comment_again(request, consultation, form, back)
    data = form.cleaned_data
    parent = None
    contribution = None
    if data.get("parent"):
        parent = get_object_or_404(
            Comment.objects.filter(
                Q(consultation=original) | Q(contribution__consultation=original)
            ),
            pk=data["parent"],
        )
    elif data.get("contribution"):
        contribution = get_object_or_404(
            Contribution, pk=data["contribution"], consultation=original
        )
    try:
        services.comment_create(
            user=request.user,
            body=data["body"],
            consultation=original if contribution is None and parent is None else None,
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
    back = _back(request, contribution.get_url_path())
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
    else:
        obj = get_object_or_404(
            queries.published_contributions().select_related("consultation"), pk=pk
        )
        consultation = obj.consultation
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
            return redirect(consultation.get_url_path())
    return render(
        request,
        "consultations/flag.html",
        {
            "form": form,
            "target": obj,
            "target_kind": target,
            "consultation": consultation,
        },
        status=400 if request.method == "POST" else 200,
    )


def account_contributions(user):
    """The person's own contributions for the account page (with their status)."""
    return queries.own_contributions(user).annotate(
        support_count=Count("supports", distinct=True)
    )


def contributions_url(consultation: Consultation) -> str:
    if consultation.is_general_box:
        return reverse("consultation_general_box_contribute")
    return reverse("consultation_contribute", args=[consultation.slug])


class ContributionFeed(Feed):
    """RSS of a consultation's published contributions (the public queryset)."""

    def get_object(self, request, slug):
        consultation = queries.consultation_for_slug(slug)
        if consultation is None:
            raise Http404
        return consultation

    def title(self, obj):
        return str(_("Contributions: %(title)s") % {"title": obj.title})

    def link(self, obj):
        return obj.get_url_path()

    def description(self, obj):
        return obj.summary

    def items(self, obj):
        return queries.public_contribution_list(obj)[:50]

    def item_title(self, item):
        return f"{item.get_kind_display()}: {item.title}"

    def item_description(self, item):
        return item.body

    def item_link(self, item):
        return item.get_url_path()

    def item_pubdate(self, item):
        return item.published_at or item.submitted_at

    def item_author_name(self, item):
        return item.public_author


def contribution_attachment(request, pk: int):
    """Public once the contribution is published; moderators see it before."""
    moderator = request.user.has_perm("consultations.moderate")
    contributions = (
        Contribution.objects.all() if moderator else queries.published_contributions()
    )
    contribution = get_object_or_404(contributions.exclude(attachment=""), pk=pk)
    return file_download(contribution.attachment, private=moderator)
