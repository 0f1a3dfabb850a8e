"""Authors edit their contribution while it awaits moderation and withdraw it once
published: services, site pages, the API and the moderation screens."""

import pytest
from rest_framework.test import APIClient

from consultations import services
from consultations.models import ContributionStatus, ModerationAction, Support
from tests.consultations.helpers import pending
from tests.factories import ConsultationFactory, ContributionFactory

pytestmark = pytest.mark.django_db

EDIT = {
    "kind": "observation",
    "title": "Un titre corrigé",
    "body": "Le texte corrigé de ma contribution, plus clair.",
    "language": "fr",
    "region": "souss_massa",
}


@pytest.fixture
def waiting(consultation, citizen):
    return pending(consultation, author=citizen)


def api_for(user=None):
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


# --- Editing (services) --------------------------------------------------------------


def test_the_author_edits_a_contribution_waiting_for_moderation(waiting, citizen):
    services.contribution_edit(user=citizen, contribution=waiting, **EDIT)
    waiting.refresh_from_db()
    assert (waiting.title, waiting.kind, waiting.region) == (
        "Un titre corrigé",
        "observation",
        "souss_massa",
    )
    assert waiting.edited_at is not None
    assert waiting.status == ContributionStatus.PENDING_MODERATION
    log = ModerationAction.objects.get(contribution=waiting)
    assert (log.action, log.moderator) == (ModerationAction.Action.EDIT, citizen)


def test_an_edit_is_cleaned_like_a_submission(waiting, citizen):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as error:
        services.contribution_edit(
            user=citizen,
            contribution=waiting,
            **{**EDIT, "title": "<b></b>", "body": "court", "region": "mars"},
        )
    assert set(error.value.message_dict) == {"title", "body", "region"}


def test_someone_else_cannot_edit_a_contribution(waiting, other_citizen, moderator):
    for person in (other_citizen, moderator):
        with pytest.raises(services.NotAllowed):
            services.contribution_edit(user=person, contribution=waiting, **EDIT)


def test_a_published_contribution_is_no_longer_editable(published, citizen):
    with pytest.raises(services.NotEditable):
        services.contribution_edit(user=citizen, contribution=published, **EDIT)
    assert not services.contribution_editable(user=citizen, contribution=published)


def test_no_edit_once_the_consultation_is_closed(closed_consultation, citizen):
    waiting = pending(closed_consultation, author=citizen)
    with pytest.raises(services.ConsultationNotOpen):
        services.contribution_edit(user=citizen, contribution=waiting, **EDIT)


# --- Withdrawing (services) ----------------------------------------------------------


def test_the_author_withdraws_a_published_contribution_which_stays_public(
    published, citizen
):
    services.contribution_withdraw(user=citizen, contribution=published)
    published.refresh_from_db()
    assert published.is_withdrawn and published.status == ContributionStatus.PUBLISHED
    assert ModerationAction.objects.filter(
        contribution=published, action=ModerationAction.Action.WITHDRAW
    ).exists()


def test_a_withdrawn_contribution_takes_no_support(published, citizen, other_citizen):
    Support.objects.create(user=other_citizen, contribution=published)
    services.contribution_withdraw(user=citizen, contribution=published)
    with pytest.raises(services.AlreadyWithdrawn):
        services.support_add(user=citizen.__class__.objects.create(email="x@e.org"),
                             contribution=published)  # fmt: skip
    assert published.supports.count() == 1  # earlier supports stay counted


def test_withdrawing_twice_or_before_publication_is_refused(
    published, waiting, citizen
):
    services.contribution_withdraw(user=citizen, contribution=published)
    with pytest.raises(services.AlreadyWithdrawn):
        services.contribution_withdraw(user=citizen, contribution=published)
    with pytest.raises(services.NotPublic):
        services.contribution_withdraw(user=citizen, contribution=waiting)


def test_only_the_author_withdraws(published, other_citizen, secretariat):
    for person in (other_citizen, secretariat):
        with pytest.raises(services.NotAllowed):
            services.contribution_withdraw(user=person, contribution=published)


def test_no_withdrawal_once_the_consultation_is_closed(closed_consultation, citizen):
    old = ContributionFactory(consultation=closed_consultation, author=citizen)
    with pytest.raises(services.ConsultationNotOpen):
        services.contribution_withdraw(user=citizen, contribution=old)


def test_moderators_may_still_hide_a_withdrawn_contribution(
    published, citizen, moderator
):
    services.contribution_withdraw(user=citizen, contribution=published)
    services.contribution_moderate(
        contribution=published, moderator=moderator, action="hide"
    )
    published.refresh_from_db()
    assert published.status == ContributionStatus.HIDDEN and published.is_withdrawn


# --- The site ------------------------------------------------------------------------


def test_the_account_offers_edit_for_a_waiting_contribution(client, waiting, citizen):
    client.force_login(citizen)
    page = client.get("/fr/account/").content.decode()
    assert f"/fr/consultations/contributions/{waiting.pk}/edit/" in page


def test_the_edit_page_saves_and_keeps_the_text_on_errors(client, waiting, citizen):
    client.force_login(citizen)
    url = f"/fr/consultations/contributions/{waiting.pk}/edit/"
    page = client.get(url)
    assert page.status_code == 200 and waiting.title in page.content.decode()
    bad = client.post(url, {**EDIT, "body": "court"})
    assert bad.status_code == 400
    assert "Le texte corrigé" not in bad.content.decode()  # the form shows again
    assert "court" in bad.content.decode()
    response = client.post(url, EDIT)
    assert response.status_code == 302
    waiting.refresh_from_db()
    assert waiting.title == "Un titre corrigé"


def test_another_persons_contribution_has_no_edit_page(client, waiting, other_citizen):
    client.force_login(other_citizen)
    url = f"/fr/consultations/contributions/{waiting.pk}/edit/"
    assert client.get(url).status_code == 404
    assert client.post(url, EDIT).status_code == 404


def test_a_published_contribution_shows_why_it_cannot_be_edited(
    client, published, citizen
):
    client.force_login(citizen)
    page = client.get(f"/en/consultations/contributions/{published.pk}/edit/")
    assert "only while it awaits moderation" in page.content.decode()
    assert "<form" not in page.content.decode().split("<main")[-1].split("</main>")[0]


def test_withdrawing_on_the_site_asks_then_labels_the_contribution(
    client, published, citizen
):
    client.force_login(citizen)
    detail = client.get("/en/consultations/pan-2027/").content.decode()
    url = f"/en/consultations/contributions/{published.pk}/withdraw/"
    assert url in detail
    assert client.get(url).status_code == 200
    response = client.post(url)
    assert response.status_code == 302
    client.logout()
    page = client.get("/en/consultations/pan-2027/").content.decode()
    assert "contribution-withdrawn" in page and "Withdrawn by its author" in page
    assert f'action="/en/consultations/contributions/{published.pk}/support/"' not in (
        page
    )


def test_the_withdrawal_page_refuses_someone_else(client, published, other_citizen):
    client.force_login(other_citizen)
    url = f"/fr/consultations/contributions/{published.pk}/withdraw/"
    assert client.post(url).status_code == 404
    published.refresh_from_db()
    assert not published.is_withdrawn


def test_a_withdrawal_empties_the_anonymous_page_cache(
    client, published, citizen, settings
):
    settings.PAGE_CACHE_ENABLED = True
    first = client.get("/en/consultations/pan-2027/")
    assert "Withdrawn by its author" not in first.content.decode()
    services.contribution_withdraw(user=citizen, contribution=published)
    again = client.get("/en/consultations/pan-2027/")
    assert "Withdrawn by its author" in again.content.decode()


def test_moderation_shows_withdrawn_and_edited_contributions(
    client, published, waiting, citizen, moderator
):
    services.contribution_withdraw(user=citizen, contribution=published)
    services.contribution_edit(user=citizen, contribution=waiting, **EDIT)
    client.force_login(moderator)
    # The admin speaks the moderator's language (Arabic by default).
    queue = client.get("/admin/consultations/moderation/?status=").content.decode()
    assert "مسحوبة من طرف صاحبها" in queue
    review = client.get(f"/admin/consultations/moderation/{waiting.pk}/")
    assert "عدّلها صاحبها" in review.content.decode()


# --- The API -------------------------------------------------------------------------


def test_the_api_edits_a_waiting_contribution_partially(waiting, citizen):
    response = api_for(citizen).patch(
        f"/api/contributions/{waiting.pk}/", {"title": "Nouveau titre"}, format="json"
    )
    assert response.status_code == 200, response.json()
    waiting.refresh_from_db()
    assert waiting.title == "Nouveau titre" and waiting.kind == "proposal"


def test_the_api_edit_answers_400_per_field_and_409_once_published(
    waiting, published, citizen
):
    api = api_for(citizen)
    bad = api.patch(
        f"/api/contributions/{waiting.pk}/",
        {"kind": "poem", "region": "mars"},
        format="json",
    )
    assert bad.status_code == 400 and set(bad.json()) == {"kind", "region"}
    late = api.patch(f"/api/contributions/{published.pk}/", {"title": "X y z"})
    assert late.status_code == 409 and late.json()["code"] == "not_editable"


def test_the_api_edit_is_refused_to_others(waiting, other_citizen):
    url = f"/api/contributions/{waiting.pk}/"
    assert api_for().patch(url, {"title": "Abc"}).status_code in (401, 403, 404)
    assert api_for(other_citizen).patch(url, {"title": "Abc"}).status_code == 404


def test_the_api_withdraws_and_lists_the_contribution_as_withdrawn(
    published, citizen, other_citizen
):
    url = f"/api/contributions/{published.pk}/withdraw/"
    assert api_for().post(url).status_code in (401, 403)
    assert api_for(other_citizen).post(url).status_code == 403
    response = api_for(citizen).post(url)
    assert response.status_code == 200 and response.json()["withdrawn"] is True
    assert api_for(citizen).post(url).json()["code"] == "withdrawn"
    listed = api_for().get("/api/contributions/").json()["results"]
    assert [c["withdrawn"] for c in listed] == [True]
    support = api_for(other_citizen).post(f"/api/contributions/{published.pk}/support/")
    assert support.status_code == 409 and support.json()["code"] == "withdrawn"


def test_a_closed_consultation_refuses_withdrawal_in_the_api(homes, citizen):
    old = ContributionFactory(
        consultation=ConsultationFactory(closed=True), author=citizen
    )
    response = api_for(citizen).post(f"/api/contributions/{old.pk}/withdraw/")
    assert response.status_code == 409
