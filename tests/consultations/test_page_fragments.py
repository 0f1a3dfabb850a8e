"""What a consultation's page shares besides its cards: the row at its address,
the page of contributions with its counts, and the consultation's themes, text
and documents. Each is stored once for every reader and made again by the write
that changes it; the support counts and the reader's own supports are read for
each answer."""

import pytest
from django.core.cache import cache
from django.test import Client

from consultations import services
from consultations.models import Contribution, ContributionStatus
from tests.consultations.test_card_fragments import WITHDRAW_SUPPORT, browser, card
from tests.factories import ContributionFactory

pytestmark = pytest.mark.django_db


def page(client, consultation, query="") -> str:
    answer = client.get(f"/fr/consultations/{consultation.slug}/{query}")
    assert answer.status_code == 200
    return answer.content.decode()


def stored_list(consultation, page_number="1"):
    key = ":".join(
        ["sharaka:fragment:contribution-page", str(consultation.pk), "", "", "", ""]
    )
    return cache.get(f"{key}:{page_number}")


def published_count(html: str) -> str:
    return html.split("Contributions publiées</dt><dd>", 1)[1].split("<", 1)[0]


def test_the_list_is_stored_with_rows_only_and_made_again_by_a_new_contribution(
    consultation, published, citizen, other_citizen
):
    services.support_add(user=other_citizen, contribution=published)
    reader = browser(other_citizen)
    assert published_count(page(reader, consultation)) == "1"
    stored = stored_list(consultation)["value"]
    assert [row.pk for row in stored["rows"]] == [published.pk]
    for row in stored["rows"]:  # nothing of the reader who stored it
        assert not hasattr(row, "supported") and not hasattr(row, "support_count")
        # nor what only the author and the moderators know
        assert {"author_email", "email_verified_at"} <= row.get_deferred_fields()
        assert "author" not in row._state.fields_cache
    newer = ContributionFactory(consultation=consultation, title="Toute nouvelle")
    html = page(browser(citizen), consultation)
    assert "Toute nouvelle" in card(html, newer)
    assert published_count(html) == "2"
    assert [row.pk for row in stored_list(consultation)["value"]["rows"]] == [
        newer.pk,
        published.pk,
    ]


def test_each_reader_sees_their_own_support_on_a_stored_list(
    consultation, published, citizen, other_citizen
):
    other, amina = browser(other_citizen), browser(citizen)
    page(amina, consultation)  # stores the list and the cards
    services.support_add(user=other_citizen, contribution=published)
    assert stored_list(consultation) is not None
    mine = card(page(other, consultation), published)
    assert WITHDRAW_SUPPORT in mine and "1 soutien" in mine
    theirs = card(page(amina, consultation), published)
    assert WITHDRAW_SUPPORT not in theirs and "1 soutien" in theirs
    services.support_remove(user=other_citizen, contribution=published)
    mine = card(page(other, consultation), published)
    assert WITHDRAW_SUPPORT not in mine and "0 soutien" in mine


def test_a_contribution_hidden_without_a_signal_leaves_the_stored_list(
    consultation, published, citizen
):
    neighbour = ContributionFactory(consultation=consultation, title="Voisine")
    reader = browser(citizen)
    assert "Voisine" in page(reader, consultation)
    Contribution.objects.filter(pk=neighbour.pk).update(
        status=ContributionStatus.HIDDEN
    )
    for client in (reader, Client()):
        html = page(client, consultation)
        assert "Voisine" not in html and published.title in html
        assert published_count(html) == "1"


def test_filters_and_pages_have_their_own_lists(consultation, citizen):
    ContributionFactory.create_batch(
        21, consultation=consultation, author=citizen, kind="observation"
    )
    proposal = ContributionFactory(
        consultation=consultation, author=citizen, kind="proposal", title="Seule"
    )
    reader = browser(citizen)
    first = page(reader, consultation)
    assert "Seule" in first and "Page 1 sur 2" in first
    assert "Seule" not in page(reader, consultation, "?page=2")
    assert "Page 2 sur 2" in page(reader, consultation, "?page=99")
    only = page(reader, consultation, "?kind=proposal")
    assert "Seule" in only and f'id="contribution-{proposal.pk}"' in only
    assert only.count('class="contribution card') == 1
    assert published_count(only) == "22"  # all published, whatever the filter


def test_a_consultation_edit_refreshes_its_text_and_themes(consultation, citizen):
    reader = browser(citizen)
    assert "Nouveau paragraphe" not in page(reader, consultation)
    consultation.text = "<p>Nouveau paragraphe</p>"
    consultation.save()
    assert "Nouveau paragraphe" in page(reader, consultation)
    consultation.tags.add("transparence-budgetaire")
    assert "transparence-budgetaire" in page(reader, consultation)


def test_a_new_address_is_followed_at_once(consultation, citizen):
    reader = browser(citizen)
    page(reader, consultation)
    old = consultation.slug
    consultation.slug = "pan-2027-bis"
    consultation.save()
    assert reader.get(f"/fr/consultations/{old}/").status_code == 404
    assert "Plan d&#x27;action national 2027" in page(reader, consultation)
