"""Forms of the action plans module: the shape of the input only (the rules are
the services'). Comments on a draft commitment, progress updates, the review and
the assessment."""

from django import forms
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core.antiabuse import HumanCheckMixin

from .models import Completion, EarlyResults, MilestoneStatus, OgpValue

EVIDENCE_ROWS = 3
LANGUAGES = [("ar", _("Arabic")), ("fr", _("French")), ("en", _("English"))]


class DraftCommentForm(HumanCheckMixin, forms.Form):
    """A comment on a draft commitment: a contribution of the co-creation."""

    title = forms.CharField(label=_("Title"), max_length=200)
    body = forms.CharField(
        label=_("Your comment on this commitment"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 6, "dir": "auto"}),
        help_text=_("Plain text. Links and formatting are not kept."),
    )
    language = forms.ChoiceField(
        label=_("Language of your text"),
        choices=LANGUAGES[:2],
        widget=forms.RadioSelect,
    )
    author_name = forms.CharField(
        label=_("Your name"), max_length=120, help_text=_("Shown with your comment.")
    )
    author_email = forms.EmailField(
        label=_("Your email"),
        help_text=_(
            "Never shown. We send you a link to confirm it; your comment waits "
            "until then."
        ),
    )
    accept = forms.BooleanField(
        label=_("I agree that my comment and my name are published on the portal.")
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if user is not None and user.is_authenticated:
            del self.fields["author_name"]
            del self.fields["author_email"]
        if not self.is_bound:
            language = translation.get_language()
            self.initial.setdefault("language", "fr" if language == "fr" else "ar")
        self.order_fields([f for f in self.fields if f not in ("website", "started")])


class ProgressForm(forms.Form):
    """A progress update: text, each milestone's status and completion, evidence."""

    text = forms.CharField(
        label=_("Progress since the last update"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 8, "dir": "auto"}),
    )
    language = forms.ChoiceField(label=_("Language of the text"), choices=LANGUAGES)

    def __init__(self, *args, milestones, documents, update=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.milestones = list(milestones)
        reported = {}
        if update is not None:
            reported = {r.milestone_id: r for r in update.milestones.all()}
            self.initial.update({"text": update.text, "language": update.language})
        for m in self.milestones:
            row = reported.get(m.pk, m)
            self.fields[f"status_{m.pk}"] = forms.ChoiceField(
                label=_("Status"), choices=MilestoneStatus.choices, initial=row.status
            )
            self.fields[f"completion_{m.pk}"] = forms.IntegerField(
                label=_("Completion (%)"),
                min_value=0,
                max_value=100,
                initial=row.completion,
            )
        milestone_choices = [("", "---")] + [
            (m.pk, getattr(m, "text", m).title) for m in self.milestones
        ]
        document_choices = [("", "---")] + [(d.pk, d.title) for d in documents]
        for i in range(EVIDENCE_ROWS):
            self.fields[f"evidence_milestone_{i}"] = forms.TypedChoiceField(
                label=_("Milestone"),
                choices=milestone_choices,
                coerce=int,
                required=False,
                empty_value=None,
            )
            self.fields[f"evidence_document_{i}"] = forms.TypedChoiceField(
                label=_("Library document"),
                choices=document_choices,
                coerce=int,
                required=False,
                empty_value=None,
            )
            self.fields[f"evidence_url_{i}"] = forms.URLField(
                label=_("Or a link"), required=False, assume_scheme="https"
            )
            self.fields[f"evidence_label_{i}"] = forms.CharField(
                label=_("Label"), max_length=255, required=False
            )

    def milestone_rows(self):
        return [
            (m, self[f"status_{m.pk}"], self[f"completion_{m.pk}"])
            for m in self.milestones
        ]

    def evidence_rows(self):
        return [
            [
                self[f"evidence_{name}_{i}"]
                for name in ("milestone", "document", "url", "label")
            ]
            for i in range(EVIDENCE_ROWS)
        ]

    def reports(self) -> list[tuple[int, str, int]]:
        data = self.cleaned_data
        return [
            (m.pk, data[f"status_{m.pk}"], data[f"completion_{m.pk}"])
            for m in self.milestones
        ]

    def evidence(self) -> list[tuple[int, int | None, str, str]]:
        data = self.cleaned_data
        found = []
        for i in range(EVIDENCE_ROWS):
            milestone = data.get(f"evidence_milestone_{i}")
            document = data.get(f"evidence_document_{i}")
            url = data.get(f"evidence_url_{i}") or ""
            if milestone or document or url:
                found.append(
                    (milestone, document, url, data.get(f"evidence_label_{i}") or "")
                )
        return found


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            ("publish", _("Publish")),
            ("changes", _("Ask for changes")),
        ],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Note to the focal point"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"}),
        help_text=_("Required when you ask for changes."),
    )


class AssessmentForm(forms.Form):
    midterm_completion = forms.ChoiceField(
        label=_("Completion at mid-term"),
        choices=[("", "---"), *Completion.choices],
        required=False,
    )
    midterm_notes = forms.CharField(
        label=_("Mid-term assessment"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"}),
    )
    final_completion = forms.ChoiceField(
        label=_("Completion at the end of term"),
        choices=[("", "---"), *Completion.choices],
        required=False,
    )
    early_results = forms.ChoiceField(
        label=_("Early results"),
        choices=[("", "---"), *EarlyResults.choices],
        required=False,
    )
    final_notes = forms.CharField(
        label=_("End-of-term assessment"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"}),
    )


class DashboardFilterForm(forms.Form):
    q = forms.CharField(label=_("Search the commitments"), required=False)
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("All")), *MilestoneStatus.choices],
        required=False,
    )
    institution = forms.ChoiceField(label=_("Lead institution"), required=False)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    value = forms.ChoiceField(
        label=_("OGP value"),
        choices=[("", _("All")), *OgpValue.choices],
        required=False,
    )

    def __init__(self, *args, institutions, **kwargs):
        from working_groups.models import Theme

        super().__init__(*args, **kwargs)
        self.fields["institution"].choices = [("", _("All"))] + [
            (slug, text.name) for slug, text in institutions
        ]
        self.fields["theme"].choices = [("", _("All")), *Theme.choices]
