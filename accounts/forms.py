"""The person's own forms: their details, and the confirmation of deletion."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import User


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = [
            "display_name",
            "first_name",
            "last_name",
            "phone",
            "preferred_language",
        ]
        widgets = {
            "display_name": forms.TextInput(attrs={"dir": "auto"}),
            "first_name": forms.TextInput(
                attrs={"dir": "auto", "autocomplete": "given-name"}
            ),
            "last_name": forms.TextInput(
                attrs={"dir": "auto", "autocomplete": "family-name"}
            ),
            "phone": forms.TextInput(
                attrs={"dir": "ltr", "autocomplete": "tel", "inputmode": "tel"}
            ),
        }


class DeleteAccountForm(forms.Form):
    """Deleting is final: the person confirms and types their password again."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label=_("I understand that my account and my personal data will be erased."),
        required=True,
    )

    def __init__(self, *args, user=None, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if self.user is None or not self.user.check_password(password):
            raise forms.ValidationError(
                _("This is not your current password."), code="wrong_password"
            )
        return password
