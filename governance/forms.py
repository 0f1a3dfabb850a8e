"""Forms of the governance module: the shape of the input only (the rules are the
services'). Members' forms on the site; the secretariat's forms of each step."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.rich_text import DraftailRichTextArea

from . import services
from .models import AttendanceStatus, Body, DecisionMethod, EndReason


class ProposalForm(forms.Form):
    text = forms.CharField(
        label=_("Your proposal for the agenda"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Only the secretariat reads it; it decides what the agenda keeps."),
    )


class RemarkForm(forms.Form):
    text = forms.CharField(
        label=_("Your remark on the draft minutes"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Only the secretariat reads it before publishing the minutes."),
    )


class MemberAdminForm(WagtailAdminModelForm):
    """The admin's mandate form: the charter's checks run before saving."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "body" in self.fields:
            self.fields["body"].queryset = Body.objects.sources()

    def _post_clean(self):
        # After the model form has put the input on the instance.
        super()._post_clean()
        if self.errors:
            return
        try:
            services.mandate_check(self.instance)
        except ValidationError as error:
            self._update_errors(error)


class MeetingAdminForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "body" in self.fields:
            self.fields["body"].queryset = Body.objects.sources()


def attendance_form(members, current: dict):
    """One choice per member on the meeting's day, set to what is recorded."""
    fields = {}
    choices = [("", _("Not recorded")), *AttendanceStatus.choices]
    for member in members:
        fields[f"member_{member.pk}"] = forms.ChoiceField(
            label=str(member),
            choices=choices,
            required=False,
            initial=current.get(member.pk, ""),
        )
    return type("AttendanceForm", (forms.Form,), fields)


def attendance_statuses(form) -> dict:
    return {
        int(name.removeprefix("member_")): value
        for name, value in form.cleaned_data.items()
        if value
    }


class DecisionForm(forms.Form):
    text_ar = forms.CharField(
        label=_("Decision in Arabic"),
        widget=forms.Textarea(attrs={"rows": 2, "dir": "rtl"}),
    )
    text_fr = forms.CharField(
        label=_("Decision in French"),
        widget=forms.Textarea(attrs={"rows": 2, "dir": "ltr"}),
    )
    text_en = forms.CharField(
        label=_("Decision in English"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2, "dir": "ltr"}),
    )
    method = forms.ChoiceField(label=_("Method"), choices=DecisionMethod.choices)
    administration_for = forms.IntegerField(
        label=_("Administration: for"), min_value=0, required=False
    )
    administration_against = forms.IntegerField(
        label=_("Administration: against"), min_value=0, required=False
    )
    administration_abstentions = forms.IntegerField(
        label=_("Administration: abstentions"), min_value=0, required=False
    )
    civil_society_for = forms.IntegerField(
        label=_("Civil society: for"), min_value=0, required=False
    )
    civil_society_against = forms.IntegerField(
        label=_("Civil society: against"), min_value=0, required=False
    )
    civil_society_abstentions = forms.IntegerField(
        label=_("Civil society: abstentions"), min_value=0, required=False
    )

    VOTES = [
        f"{side}_{part}"
        for side in ("administration", "civil_society")
        for part in ("for", "against", "abstentions")
    ]


class MinutesEditor(DraftailRichTextArea):
    """Wagtail's editor; input that is not the editor's JSON counts as empty
    (the form then says what is missing, instead of failing)."""

    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except ValueError:
            return ""


class MinutesForm(forms.Form):
    minutes_ar = forms.CharField(
        label=_("Minutes in Arabic"),
        required=False,
        widget=MinutesEditor(),
    )
    minutes_fr = forms.CharField(
        label=_("Minutes in French"),
        required=False,
        widget=MinutesEditor(),
    )
    minutes_en = forms.CharField(
        label=_("Minutes in English"),
        required=False,
        widget=MinutesEditor(),
    )


class RemarksPeriodForm(forms.Form):
    until = forms.DateField(
        label=_("Members may send remarks until"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )


class ProposalReviewForm(forms.Form):
    title_ar = forms.CharField(
        label=_("Item in Arabic"), max_length=500, required=False
    )
    title_fr = forms.CharField(
        label=_("Item in French"), max_length=500, required=False
    )
    title_en = forms.CharField(
        label=_("Item in English"), max_length=500, required=False
    )


class MemberEndForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Reason (article 12)"), choices=EndReason.choices
    )
    on = forms.DateField(
        label=_("Last day of the mandate"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
