"""The forms of the site (contributing, commenting, reporting) and of the admin
screens (filtering the queue, rejecting, answering).

Forms check the shape of what people send; the rules are the services'.
"""

from django import forms
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core.antiabuse import HumanCheckMixin

from . import queries
from .models import (
    Consultation,
    ContributionKind,
    ContributionLanguage,
    ContributionSort,
    ContributionStatus,
    FlagReason,
    Region,
    RejectReason,
    Verdict,
)

# --- The site ------------------------------------------------------------------------


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


class ContributionEditForm(forms.Form):
    """The author corrects a contribution that awaits moderation (no file change)."""

    kind = ContributionForm.base_fields["kind"]
    title = ContributionForm.base_fields["title"]
    body = ContributionForm.base_fields["body"]
    language = ContributionForm.base_fields["language"]
    region = ContributionForm.base_fields["region"]

    @classmethod
    def of(cls, contribution, data=None):
        return cls(
            data,
            initial={
                "kind": contribution.kind,
                "title": contribution.title,
                "body": contribution.body,
                "language": contribution.language,
                "region": contribution.region,
            },
        )


class ContributionFilterForm(forms.Form):
    """Sorting and filtering a consultation's contributions (a GET form)."""

    sort = forms.ChoiceField(
        label=_("Sort by"), choices=ContributionSort.choices, required=False
    )
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=[("", _("All"))] + ContributionKind.choices,
        required=False,
    )
    language = forms.ChoiceField(
        label=_("Language"),
        choices=[("", _("All"))] + ContributionLanguage.choices,
        required=False,
    )
    region = forms.ChoiceField(
        label=_("Region"),
        choices=[("", _("All"))] + list(Region.choices),
        required=False,
    )

    def values(self) -> dict:
        """The valid choices (a wrong value is dropped, its error shown)."""
        if self.is_valid():
            return self.cleaned_data
        return {
            name: self.data.get(name, "")
            for name in self.fields
            if name not in self.errors
        }


class EndorseForm(forms.Form):
    organisation = forms.IntegerField(widget=forms.HiddenInput)
    remove = forms.BooleanField(required=False, widget=forms.HiddenInput)


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


# --- The admin -----------------------------------------------------------------------


class QueueFilterForm(forms.Form):
    consultation = forms.ModelChoiceField(
        label=_("Consultation"),
        queryset=Consultation.objects.none(),
        required=False,
        empty_label=_("All"),
    )
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=[("", _("All"))] + ContributionKind.choices,
        required=False,
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[
            (queries.TO_DECIDE, _("To decide (waiting or hidden after reports)")),
            ("", _("All")),
            *ContributionStatus.choices,
        ],
        required=False,
    )
    language = forms.ChoiceField(
        label=_("Language"),
        choices=[("", _("All"))] + ContributionLanguage.choices,
        required=False,
    )
    flagged = forms.BooleanField(label=_("Reported only"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consultation"].queryset = queries.source_consultations()


class RejectForm(forms.Form):
    reason = forms.ChoiceField(label=_("Reason"), choices=RejectReason.choices)
    note = forms.CharField(
        label=_("Explanation for the author"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when the reason is “Other”. Sent by email."),
    )


class NoteForm(forms.Form):
    note = forms.CharField(
        label=_("Note (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class AnswerForm(forms.Form):
    verdict = forms.ChoiceField(label=_("Answer"), choices=Verdict.choices)
    explanation = forms.CharField(
        label=_("Explanation (public)"), widget=forms.Textarea(attrs={"rows": 5})
    )
