"""The consultation lists (API and page) and the contribution API list store each
row once for every reader: a change refreshes that row only, what changes with
time or with frequent writes (a status, the counts) is worked out for each
answer, and a contribution that is not public is never stored or shown."""

import datetime
from unittest import mock

import pytest
from django.core.cache import cache
from django.utils import timezone

from consultations import queries, services
from consultations.models import Contribution, ContributionStatus
from tests.factories import ConsultationFactory, ContributionFactory

pytestmark = pytest.mark.django_db


def rows_read(client, path, reader="consultation_rows"):
    """The answer, and the pks of the rows the list read (those not stored)."""
    real, asked = getattr(queries, reader), set()

    def spy(pks):
        asked.update(int(pk) for pk in pks)
        return real(pks)

    with mock.patch.object(queries, reader, spy):
        answer = client.get(path)
    assert answer.status_code == 200
    return answer, asked


def api_rows(answer) -> dict:
    return {row["slug"]: row for row in answer.json()["results"]}


def test_a_changed_consultation_is_read_again_alone(client, homes):
    first = ConsultationFactory(slug="eau", title="L'eau")
    other = ConsultationFactory(slug="budget")
    other.tags.add("ressources")  # a theme of its own, made before
    answer, read = rows_read(client, "/api/consultations/")
    assert read == {first.pk, other.pk}
    answer, read = rows_read(client, "/api/consultations/?page_size=5")
    assert read == set()
    assert api_rows(answer)["eau"]["title"] == "L'eau"
    first.title = "L'eau potable"
    first.save()
    first.tags.add("ressources")
    answer, read = rows_read(client, "/api/consultations/")
    assert read == {first.pk}
    assert api_rows(answer)["eau"]["title"] == "L'eau potable"
    assert api_rows(answer)["eau"]["tags"] == ["ressources"]
    assert api_rows(answer)["budget"]["tags"] == ["ressources"]
    assert set(api_rows(answer)) == {"eau", "budget"}


def test_the_status_and_the_count_are_worked_out_for_each_answer(client, homes):
    consultation = ConsultationFactory(slug="eau")
    assert api_rows(client.get("/api/consultations/"))["eau"]["status"] == "open"
    ContributionFactory(consultation=consultation)  # its row is not read again
    answer, read = rows_read(client, "/api/consultations/?status=open")
    assert read == set()
    assert api_rows(answer)["eau"]["contribution_count"] == 1
    later = consultation.closes_at + datetime.timedelta(minutes=1)
    with mock.patch.object(timezone, "now", return_value=later):
        answer, read = rows_read(client, "/api/consultations/")
        assert api_rows(answer)["eau"]["status"] == "closed"
        assert "eau" not in api_rows(client.get("/api/consultations/?status=open"))
        assert "eau" in api_rows(client.get("/api/consultations/?status=closed"))
        page = client.get("/fr/consultations/?status=closed").content.decode()
    assert read == set()
    assert "status-card-closed" in page
    assert "status-card-open" not in page


def test_the_list_page_shares_its_cards_and_refreshes_the_changed_one(client, homes):
    first = ConsultationFactory(slug="eau", title="L'eau")
    other = ConsultationFactory(slug="budget", title="Le budget")
    answer, read = rows_read(client, "/fr/consultations/")
    assert read == {first.pk, other.pk}
    answer, read = rows_read(client, "/fr/consultations/?campagne=1")
    assert read == set()
    # Its count is part of the card: that card alone is rendered again.
    ContributionFactory(consultation=other)
    answer, read = rows_read(client, "/fr/consultations/?campagne=2")
    assert read == {other.pk}
    html = answer.content.decode()
    assert "1 contribution" in html and "Le budget" in html and "L&#x27;eau" in html
    first.title = "L'eau potable"
    first.save()
    answer, read = rows_read(client, "/fr/consultations/")
    assert read == {first.pk}
    html = answer.content.decode()
    assert "L&#x27;eau potable" in html and "Le budget" in html


def test_a_stored_card_shows_the_days_left_of_the_day(client, homes):
    """The days left are part of a card's key: the next day, the card is
    rendered again with one day fewer, though the consultation did not change."""
    consultation = ConsultationFactory(slug="eau")
    days = (
        timezone.localtime(consultation.closes_at).date() - timezone.localdate()
    ).days
    assert f"{days} jours restants" in client.get("/fr/consultations/").content.decode()
    answer, read = rows_read(client, "/fr/consultations/?campagne=1")
    assert read == set()
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    with mock.patch.object(timezone, "now", return_value=tomorrow):
        answer, read = rows_read(client, "/fr/consultations/?campagne=2")
    assert read == {consultation.pk}
    assert f"{days - 1} jours restants" in answer.content.decode()


def contribution_entry(contribution):
    return cache.get(
        f"sharaka:fragment:api-contribution:http:testserver:{contribution.pk}"
    )


def test_contributions_not_public_are_never_stored_or_shown(client, published):
    pending = ContributionFactory(
        consultation=published.consultation,
        status=ContributionStatus.PENDING_MODERATION,
    )
    answer, read = rows_read(client, "/api/contributions/", "contribution_rows")
    assert [row["id"] for row in answer.json()["results"]] == [published.pk]
    assert read == {published.pk}
    assert contribution_entry(published) is not None
    assert contribution_entry(pending) is None
    published.status = ContributionStatus.HIDDEN
    published.save()
    answer = client.get("/api/contributions/")
    assert answer.json()["results"] == []


def test_a_contribution_hidden_while_the_list_is_read_is_left_out(client, published):
    real = queries.contribution_rows

    def hidden_meanwhile(pks):
        Contribution.objects.filter(pk=published.pk).update(
            status=ContributionStatus.HIDDEN
        )
        return real(pks)

    with mock.patch.object(queries, "contribution_rows", hidden_meanwhile):
        answer = client.get("/api/contributions/")
    assert answer.json()["results"] == []
    assert contribution_entry(published) is None


def test_supports_show_at_once_and_an_answer_refreshes_its_row(
    client, published, other_citizen, secretariat
):
    rows_read(client, "/api/contributions/", "contribution_rows")
    services.support_add(user=other_citizen, contribution=published)
    answer, read = rows_read(client, "/api/contributions/", "contribution_rows")
    assert read == set()
    assert answer.json()["results"][0]["support_count"] == 1
    services.answer_set(
        user=secretariat,
        contribution=published,
        verdict="accepted",
        explanation="Retenue pour le plan.",
    )
    answer, read = rows_read(client, "/api/contributions/", "contribution_rows")
    assert read == {published.pk}
    assert answer.json()["results"][0]["answer"]["explanation"] == (
        "Retenue pour le plan."
    )
