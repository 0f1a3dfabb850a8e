"""Taking part keeps the language of the page: after reporting or supporting, the
person lands on the page they came from in their language, and their account lists
consultations in the language of the account page."""

import pytest
from wagtail.models import Locale

from tests.factories import CommentFactory, ContributionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def french(consultation):
    """The French translation of the consultation (whose source is Arabic)."""
    translation = consultation.copy_for_translation(
        Locale.objects.get(language_code="fr")
    )
    translation.title = "Plan d'action national 2027 (version française)"
    translation.save()
    return translation


def test_reporting_from_a_french_page_comes_back_to_the_french_page(
    client, published, other_citizen, french
):
    client.force_login(other_citizen)
    response = client.post(
        f"/fr/consultations/contributions/{published.pk}/report/",
        {"reason": "spam", "details": "Publicité"},
    )
    assert response.status_code == 302
    assert response["Location"] == (
        f"/fr/consultations/pan-2027/#contribution-{published.pk}"
    )


def test_reporting_a_comment_comes_back_to_the_comment_in_the_same_language(
    client, consultation, citizen, other_citizen
):
    comment = CommentFactory(
        consultation=consultation, contribution=None, author=citizen
    )
    client.force_login(other_citizen)
    response = client.post(
        f"/en/consultations/comments/{comment.pk}/report/", {"reason": "off_topic"}
    )
    assert response["Location"] == f"/en/consultations/pan-2027/#comment-{comment.pk}"


def test_the_report_form_offers_to_go_back_to_the_page_in_its_language(
    client, published, other_citizen, french
):
    client.force_login(other_citizen)
    html = client.get(
        f"/fr/consultations/contributions/{published.pk}/report/"
    ).content.decode()
    assert 'href="/fr/consultations/pan-2027/"' in html
    assert 'href="/ar/consultations/pan-2027/"' not in html


def test_supporting_without_a_return_address_stays_in_the_page_s_language(
    client, published, other_citizen
):
    client.force_login(other_citizen)
    response = client.post(f"/fr/consultations/contributions/{published.pk}/support/")
    assert response.status_code == 302
    assert response["Location"].startswith("/fr/consultations/pan-2027/")
    assert published.supports.count() == 1


def test_the_french_account_page_shows_consultation_titles_in_french(
    client, citizen, consultation, french
):
    ContributionFactory(consultation=consultation, author=citizen, title="Ma idée")
    client.force_login(citizen)
    html = client.get("/fr/account/").content.decode()
    assert "Plan d&#x27;action national 2027 (version française)" in html
    assert "/fr/consultations/pan-2027/#contribution-" in html
