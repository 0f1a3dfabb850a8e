"""Forms of calls for applications: the shape of the input only (the rules are
the services'). The applicant's form on the site; the committee's and the
secretariat's forms in the admin; the vote of the civil society space."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from governance.models import Body

from .services.applying import DOCUMENTS, document_field
from .services.scoring import criterion_field

TEXT_LIMIT = 8000


class ApplicationForm(forms.Form):
    organisation = forms.TypedChoiceField(label=_("Organisation"), coerce=int)
    experience = forms.CharField(
        label=_("Experience of the organisation"),
        help_text=_(
            "In open government, in mobilising civil society, with digital technology."
        ),
        max_length=TEXT_LIMIT,
        required=False,
        widget=forms.Textarea(attrs={"rows": 8, "dir": "auto"}),
    )
    programme = forms.CharField(
        label=_("Proposed work programme"),
        help_text=_(
            "To implement the action plan, to evaluate it, to prepare the next one."
        ),
        max_length=TEXT_LIMIT,
        required=False,
        widget=forms.Textarea(attrs={"rows": 8, "dir": "auto"}),
    )

    def __init__(self, *args, call, organisations, application=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].choices = [(o.pk, o.name) for o in organisations]
        if len(organisations) == 1:
            self.fields["organisation"].initial = organisations[0].pk
            self.fields["organisation"].widget = forms.HiddenInput()
        given = {}
        if application is not None:
            given = {d.requirement_id: d for d in application.documents.all()}
            self.fields["organisation"].initial = application.organisation_id
            self.fields["organisation"].disabled = True
        self.requirements = list(call.required_documents.all())
        accept = ",".join(f".{ext}" for ext in DOCUMENTS.extensions)
        for requirement in self.requirements:
            help_text = _("PDF, DOCX, ODT, PNG or JPEG, up to 10 MB.")
            if requirement.pk in given:
                help_text = _("Received. Choose a file only to replace it.")
            self.fields[document_field(requirement)] = forms.FileField(
                label=requirement.label,
                required=False,
                help_text=help_text,
                widget=forms.ClearableFileInput(attrs={"accept": accept}),
            )

    def files_by_requirement(self) -> dict:
        return {
            r.pk: self.cleaned_data.get(document_field(r))
            for r in self.requirements
            if self.cleaned_data.get(document_field(r))
        }


class ScoreForm(forms.Form):
    def __init__(self, *args, criteria, initial_points=None, **kwargs):
        super().__init__(*args, **kwargs)
        initial_points = initial_points or {}
        for criterion in criteria:
            self.fields[criterion_field(criterion)] = forms.IntegerField(
                label=f"{criterion.label} (/{criterion.max_points})",
                min_value=0,
                max_value=criterion.max_points,
                initial=initial_points.get(criterion.pk),
            )

    def points(self) -> dict:
        return dict(self.cleaned_data)


class CheckForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("The file is"),
        choices=[("complete", _("Complete")), ("return", _("Incomplete: return it"))],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("What is missing"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Sent to the organisation with the returned file."),
    )


class TieForm(forms.Form):
    chosen = forms.TypedMultipleChoiceField(
        label=_("Applications chosen for the remaining seats"),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
    )
    reasons = forms.CharField(
        label=_("Reasons (geographic and expertise diversity)"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    def __init__(self, *args, rows, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["chosen"].choices = [
            (row.application.pk, f"{row.application.organisation} ({row.score})")
            for row in rows
        ]


class VoteForm(forms.Form):
    candidate = forms.TypedChoiceField(
        label=_("Your candidate"), coerce=int, widget=forms.RadioSelect
    )
    organisation = forms.TypedChoiceField(
        label=_("You vote for"), coerce=int, required=False, empty_value=None
    )

    def __init__(self, *args, candidates, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["candidate"].choices = [
            (c.pk, f"{c.name} – {c.organisation}") for c in candidates
        ]
        self.fields["organisation"].choices = [(o.pk, o.name) for o in organisations]
        if len(organisations) == 1:
            self.fields["organisation"].initial = organisations[0].pk
            self.fields["organisation"].widget = forms.HiddenInput()


class CallAdminForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "body" in self.fields:
            self.fields["body"].queryset = Body.objects.sources()
