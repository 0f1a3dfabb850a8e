"""Site forms: notification preferences, followed themes and regions, and the
newsletter subscription (shape only: the rules are the services')."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core import activity
from core.antiabuse import HumanCheckMixin
from core.regions import Region

from .models import Channel
from .models.newsletters import LANGUAGES


class PreferencesForm(forms.Form):
    """One choice per kind of notification."""

    def __init__(self, *args, chosen: dict, **kwargs):
        super().__init__(*args, **kwargs)
        for name, kind in activity.kinds().items():
            self.fields[name] = forms.ChoiceField(
                label=kind.label,
                choices=Channel.choices,
                initial=chosen.get(name, kind.default),
                widget=forms.RadioSelect,
            )


class TopicsForm(forms.Form):
    themes = forms.MultipleChoiceField(
        label=_("Themes"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Be told when a consultation opens in these themes."),
    )
    regions = forms.MultipleChoiceField(
        label=_("Regions"),
        required=False,
        choices=Region.choices,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, language: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].choices = [
            (key.partition(":")[2], label)
            for key, label in activity.topics(language)
            if key.startswith("theme:")
        ]


class SubscribeForm(HumanCheckMixin):
    email = forms.EmailField(label=_("Email"), max_length=254)
    language = forms.ChoiceField(
        label=_("Language of the newsletter"), choices=LANGUAGES
    )
