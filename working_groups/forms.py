"""Site forms of organisations and working groups (they call the services)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import MembershipApplication, Organisation, Region
from .validators import validate_document_type, validate_image_type


class OrganisationForm(forms.Form):
    name_ar = forms.CharField(label=_("Name in Arabic"), max_length=200)
    name_fr = forms.CharField(label=_("Name in French"), max_length=200)
    registration_number = forms.CharField(
        label=_("Legal registration number"),
        max_length=60,
        help_text=_("The number of the receipt of the legal declaration."),
    )
    region = forms.ChoiceField(label=_("Region"), choices=Region.choices)
    province = forms.CharField(label=_("Province or prefecture"), max_length=100)
    fields_of_action = forms.CharField(
        label=_("Fields of action"),
        required=False,
        max_length=500,
        help_text=_("Separate them with commas, e.g. transparency, youth."),
    )
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    presentation = forms.CharField(
        label=_("Short presentation"), max_length=2000, widget=forms.Textarea
    )
    contact_email = forms.EmailField(
        label=_("Contact email"),
        required=False,
        help_text=_("Seen by the secretariat only."),
    )
    contact_phone = forms.CharField(
        label=_("Contact phone"),
        max_length=30,
        required=False,
        help_text=_("Seen by the secretariat only."),
    )
    logo = forms.ImageField(
        label=_("Logo"),
        required=False,
        validators=[validate_image_type],
        help_text=_("PNG, JPEG or WebP, at most 2 MB."),
    )
    role = forms.CharField(
        label=_("Your role in the organisation"), max_length=100, required=False
    )

    def clean_fields_of_action(self) -> list[str]:
        raw = self.cleaned_data.get("fields_of_action") or ""
        tags = [t.strip()[:100] for t in raw.replace("،", ",").split(",")]
        return [t for t in tags if t][:10]


class ApplicationForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Organisation"), queryset=Organisation.objects.none()
    )
    motivation = forms.CharField(
        label=_("Motivation"),
        max_length=4000,
        widget=forms.Textarea,
        help_text=_("Why your organisation wants to join, and what it brings."),
    )
    document = forms.FileField(
        label=_("Supporting document"),
        required=False,
        validators=[validate_document_type],
        help_text=MembershipApplication._meta.get_field("document").help_text,
    )

    def __init__(self, *args, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["organisation"].label_from_instance = lambda o: o.name
        # Someone who represents a single organisation has nothing to choose:
        # it is preselected and named in a sentence instead of a one-item list.
        self.single_organisation = None
        if organisations is not None:
            choices = list(organisations[:2])
            if len(choices) == 1:
                self.single_organisation = choices[0]
                self.fields["organisation"].initial = choices[0].pk
                self.fields["organisation"].widget = forms.HiddenInput()


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("approve", _("Approve")), ("reject", _("Reject"))],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required for a rejection; sent to the organisation."),
    )

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("decision") == "reject"
            and not cleaned.get("reason", "").strip()
        ):
            self.add_error("reason", _("Give the reason for the rejection."))
        return cleaned


class LeaveForm(forms.Form):
    organisation = forms.IntegerField(widget=forms.HiddenInput)
    reason = forms.CharField(
        label=_("Reason (optional)"), required=False, max_length=300
    )


class OrganisationEditForm(OrganisationForm):
    """The profile without the registration number (changed by the secretariat)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["registration_number"]
        del self.fields["role"]


class NewsForm(forms.Form):
    """A news post in Arabic, French and English (Arabic and French to publish)."""

    title_ar = forms.CharField(
        label=_("Title in Arabic"), max_length=200, required=False
    )
    title_fr = forms.CharField(
        label=_("Title in French"), max_length=200, required=False
    )
    title_en = forms.CharField(
        label=_("Title in English"), max_length=200, required=False
    )
    body_ar = forms.CharField(
        label=_("Text in Arabic"),
        max_length=10000,
        required=False,
        widget=forms.Textarea,
    )
    body_fr = forms.CharField(
        label=_("Text in French"),
        max_length=10000,
        required=False,
        widget=forms.Textarea,
    )
    body_en = forms.CharField(
        label=_("Text in English"),
        max_length=10000,
        required=False,
        widget=forms.Textarea,
        help_text=_(
            "Separate paragraphs with a blank line; web addresses become links."
        ),
    )
    published_on = forms.DateField(
        label=_("Publication date"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    publish = forms.BooleanField(
        label=_("Published"),
        required=False,
        help_text=_("Unticked, it is a draft that only the group's managers see."),
    )


class GroupDecisionForm(forms.Form):
    """A decision in Arabic, French and English (Arabic and French to publish)."""

    text_ar = forms.CharField(
        label=_("Decision in Arabic"),
        max_length=4000,
        required=False,
        widget=forms.Textarea,
    )
    text_fr = forms.CharField(
        label=_("Decision in French"),
        max_length=4000,
        required=False,
        widget=forms.Textarea,
    )
    text_en = forms.CharField(
        label=_("Decision in English"),
        max_length=4000,
        required=False,
        widget=forms.Textarea,
    )
    decided_on = forms.DateField(
        label=_("Date of the decision"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    link = forms.URLField(
        label=_("Link"),
        required=False,
        assume_scheme="https",
        help_text=_("Optional: the governance meeting or the document behind it."),
    )
    publish = forms.BooleanField(
        label=_("Published"),
        required=False,
        help_text=_("Unticked, it is a draft that only the group's managers see."),
    )
