"""Site forms of events (they call the services)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.antiabuse import HumanCheckMixin
from core.regions import Region


class RegistrationDetailsForm(forms.Form):
    organisation = forms.CharField(
        label=_("Organisation (optional)"), max_length=200, required=False
    )
    region = forms.ChoiceField(
        label=_("Region"),
        required=False,
        choices=[("", _("Choose a region (optional)")), *Region.choices],
    )
    accessibility_needs = forms.CharField(
        label=_("Accessibility needs (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Tell us what would help you take part (access, interpreting...)."),
    )


class AccountRegistrationForm(RegistrationDetailsForm):
    """For a logged-in person: the email comes from the account; the name, printed
    on a certificate of attendance, starts as the account's and must be given
    when the account has none."""

    name = forms.CharField(
        label=_("Full name"),
        max_length=150,
        help_text=_("As it should appear on your certificate of attendance."),
    )
    field_order = ["name", "organisation", "region", "accessibility_needs"]

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        account_name = (user.get_full_name() or user.display_name) if user else ""
        self.fields["name"].initial = account_name
        self.fields["name"].required = not account_name
        self.fields["name"].widget.attrs.update({"dir": "auto", "autocomplete": "name"})


class AnonymousRegistrationForm(HumanCheckMixin, RegistrationDetailsForm):
    name = forms.CharField(label=_("Full name"), max_length=150)
    email = forms.EmailField(
        label=_("Email"),
        help_text=_("We send you a link to confirm your registration."),
    )
    field_order = ["name", "email", "organisation", "region", "accessibility_needs"]


class CheckInForm(forms.Form):
    codes = forms.CharField(
        label=_("Registration codes"),
        widget=forms.Textarea(attrs={"rows": 4, "autocomplete": "off"}),
        help_text=_("One or more codes, separated by spaces or new lines."),
    )


class RegistrantsEmailForm(forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=150)
    message = forms.CharField(label=_("Message"), widget=forms.Textarea)
    include_waiting = forms.BooleanField(
        label=_("Also write to the waiting list"), required=False
    )
