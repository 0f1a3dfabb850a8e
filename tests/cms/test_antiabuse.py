"""The human check of public forms: honeypot and minimum fill time."""

import time

import pytest
from django import forms
from django.core import signing

from core.antiabuse import HumanCheckMixin

pytestmark = pytest.mark.django_db


class NoteForm(HumanCheckMixin, forms.Form):
    min_fill_seconds = 60
    body = forms.CharField()


def started(seconds_ago: float) -> str:
    return signing.dumps(time.time() - seconds_ago, salt="form-started")


def codes(form) -> set[str]:
    return {e.code for errors in form.errors.as_data().values() for e in errors}


def test_an_empty_form_sent_at_once_shows_only_its_field_errors():
    """It also said "The form was sent too quickly" above the field errors."""
    form = NoteForm({"body": "", "started": started(0)})
    assert not form.is_valid()
    assert "required" in codes(form)
    assert "too_fast" not in codes(form)
    assert not form.non_field_errors()


def test_a_valid_form_sent_at_once_is_still_refused_as_too_fast():
    form = NoteForm({"body": "Bonjour", "started": started(0)})
    assert not form.is_valid()
    assert codes(form) == {"too_fast"}
    # The page comes back with a fresh timestamp: sending again works.
    again = NoteForm(form.data)
    assert again.is_valid()


def test_the_honeypot_refuses_even_with_field_errors():
    form = NoteForm({"body": "", "website": "spam", "started": started(120)})
    assert not form.is_valid()
    assert "honeypot" in codes(form)


def test_a_person_who_took_their_time_passes():
    assert NoteForm({"body": "Bonjour", "started": started(120)}).is_valid()


def test_one_token_is_accepted_once_whatever_the_address():
    """One token, 30 posts: 30 were accepted."""
    token = started(120)
    accepted = [NoteForm({"body": "Spam", "started": token}).is_valid()]
    accepted += [
        NoteForm({"body": f"Spam {n}", "started": token}).is_valid() for n in range(29)
    ]
    assert accepted.count(True) == 1


def test_a_person_whose_token_was_used_can_send_the_form_again():
    token = started(120)
    assert NoteForm({"body": "Bonjour", "started": token}).is_valid()
    form = NoteForm({"body": "Bonjour", "started": token})
    assert not form.is_valid()
    assert codes(form) == {"replayed"}
    # The form comes back with a fresh token: sending it again works.
    assert NoteForm(form.data).is_valid()
