"""Contribution cards are stored once per kind of reader and shared; what is the
reader's own (their support, their follow, the author's links) is rendered for
each answer, and a change refreshes the card it changed, only that one."""

import re

import pytest
from django.core.cache import cache
from django.test import Client

from consultations import services
from consultations.models import Contribution, ContributionStatus
from frontend.templatetags.fragments import CSRF
from tests.factories import ContributionFactory

pytestmark = pytest.mark.django_db

WITHDRAW_SUPPORT = "Retirer mon soutien"
WITHDRAW_MINE = "Retirer ma contribution"


def browser(person):
    client = Client()
    client.force_login(person)
    return client


def page(client, consultation) -> str:
    answer = client.get(f"/fr/consultations/{consultation.slug}/")
    assert answer.status_code == 200
    return answer.content.decode()


def card(html: str, contribution) -> str:
    start = html.index(f'id="contribution-{contribution.pk}"')
    end = html.find('<li class="contribution card', start)
    return html[start : end if end > 0 else None]


def card_entries(consultation, contribution, signed_in=True):
    """The stored card, as the page stores it for French readers."""
    key = ":".join(
        [
            "sharaka:fragment:card:fr",
            str(int(signed_in)),
            "1",
            str(consultation.pk),
            consultation.slug,
            str(contribution.pk),
        ]
    )
    return cache.get(key)


def test_each_reader_sees_their_own_support_on_the_shared_card(
    consultation, published, citizen, other_citizen
):
    amina, other = browser(citizen), browser(other_citizen)
    services.support_add(user=other_citizen, contribution=published)
    mine = card(page(other, consultation), published)
    assert WITHDRAW_SUPPORT in mine and "1 soutien" in mine
    assert card_entries(consultation, published) is not None  # stored
    theirs = card(page(amina, consultation), published)  # from the stored card
    assert WITHDRAW_SUPPORT not in theirs and "1 soutien" in theirs
    assert WITHDRAW_MINE in theirs  # Amina wrote it
    assert WITHDRAW_MINE not in card(page(other, consultation), published)


def test_the_stored_card_holds_nobodys_data(
    consultation, published, citizen, other_citizen
):
    services.support_add(user=other_citizen, contribution=published)
    assert WITHDRAW_SUPPORT in page(browser(other_citizen), consultation)
    assert WITHDRAW_MINE in page(browser(citizen), consultation)
    stored = card_entries(consultation, published)["value"]
    assert f"contribution-{published.pk}" in stored
    for personal in (WITHDRAW_SUPPORT, WITHDRAW_MINE, "soutien"):
        assert personal not in stored
    tokens = re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', stored)
    assert tokens and set(tokens) == {CSRF}  # the reply form: a placeholder


def test_a_support_shows_in_the_count_of_every_reader_at_once(
    consultation, published, citizen, other_citizen
):
    author = browser(citizen)
    assert "0 soutien" in card(page(author, consultation), published)
    assert "0 soutien" in card(page(Client(), consultation), published)
    services.support_add(user=other_citizen, contribution=published)
    assert "1 soutien" in card(page(author, consultation), published)
    assert "1 soutien" in card(page(Client(), consultation), published)


def test_an_edit_refreshes_that_card_only(consultation, published, citizen):
    neighbour = ContributionFactory(consultation=consultation, title="Voisine")
    reader = browser(citizen)
    page(reader, consultation)  # stores both cards
    # Written without a signal: a stored card keeps showing what it stored.
    Contribution.objects.filter(pk=neighbour.pk).update(title="Voisine changée")
    published.title = "Titre corrigé"
    published.save()
    html = page(reader, consultation)
    assert "Titre corrigé" in card(html, published)
    assert "Voisine" in card(html, neighbour)
    assert "Voisine changée" not in html  # its card was not made again


def test_a_withdrawal_refreshes_the_card(consultation, published, citizen):
    other = Client()
    assert "Retirée par son auteur" not in page(other, consultation)
    services.contribution_withdraw(user=citizen, contribution=published)
    assert "Retirée par son auteur" in card(page(other, consultation), published)
    assert WITHDRAW_MINE not in page(browser(citizen), consultation)


def test_a_hidden_contribution_never_comes_from_a_stored_card(
    consultation, published, citizen, moderator
):
    neighbour = ContributionFactory(consultation=consultation, title="Voisine")
    assert published.title in page(Client(), consultation)
    assert published.title in page(browser(citizen), consultation)
    services.contribution_moderate(
        contribution=published, moderator=moderator, action="hide"
    )
    for client in (Client(), browser(citizen)):
        html = page(client, consultation)
        assert published.title not in html and "Voisine" in html
    # Even hidden without a signal: the page asks only for published cards.
    services.contribution_moderate(
        contribution=published, moderator=moderator, action="restore"
    )
    assert published.title in page(browser(citizen), consultation)
    Contribution.objects.filter(pk=neighbour.pk).update(
        status=ContributionStatus.HIDDEN
    )
    assert "Voisine" not in page(browser(citizen), consultation)


def test_an_answer_and_a_comment_refresh_their_card(
    consultation, published, citizen, other_citizen
):
    other = browser(other_citizen)
    page(other, consultation)
    services.comment_create(user=citizen, body="Un avis", contribution=published)
    assert "Un avis" in card(page(other, consultation), published)


def test_without_javascript_the_strip_forms_post_with_the_readers_token(
    consultation, published, other_citizen
):
    client = Client(enforce_csrf_checks=True)
    client.force_login(other_citizen)
    page(client, consultation)  # stores the card
    html = card(page(client, consultation), published)
    assert "placeholder" not in html
    answer = client.post(
        f"/fr/consultations/contributions/{published.pk}/support/",
        {"csrfmiddlewaretoken": _token(html), "next": "/"},
    )
    assert answer.status_code == 302
    assert WITHDRAW_SUPPORT in card(page(client, consultation), published)


def _token(html: str) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]


def test_the_stored_results_of_a_closed_consultation_show_a_later_answer(
    closed_consultation, citizen, secretariat
):
    contribution = ContributionFactory(
        consultation=closed_consultation, title="Proposition close"
    )
    closed_consultation.synthesis_text = "<p>Synthèse</p>"
    closed_consultation.save()
    services.closeout_publish(consultation=closed_consultation, user=secretariat)
    closed_consultation.refresh_from_db()
    reader = browser(citizen)
    assert "Réponses officielles" not in page(reader, closed_consultation)
    assert "Réponses officielles" not in page(Client(), closed_consultation)
    services.answer_set(
        contribution=contribution,
        user=secretariat,
        verdict="accepted",
        explanation="Retenue",
    )
    for client in (reader, Client()):
        html = page(client, closed_consultation)
        assert "Réponses officielles" in html and "Retenue" in html


def test_the_published_total_counts_every_contribution_whatever_the_filter(
    consultation, published
):
    from consultations.models import ContributionKind

    ContributionFactory(consultation=consultation, kind=ContributionKind.OBSERVATION)
    url = f"/fr/consultations/{consultation.slug}/"
    for query in ("", f"?kind={ContributionKind.OBSERVATION}"):
        html = Client().get(url + query).content.decode()
        assert re.search(r"Contributions publiées</dt><dd>2</dd>", html), query
