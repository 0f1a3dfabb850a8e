"""Organisations endorse a contribution in their own name: one endorsement per
organisation and contribution, given and withdrawn by its representatives."""

import pytest
from rest_framework.test import APIClient

from consultations import services
from consultations.models import Endorsement
from tests.factories import ConsultationFactory, ContributionFactory, UserFactory
from tests.factories.working_groups import OrganisationFactory
from tests.fixtures.challenge import with_altcha

pytestmark = pytest.mark.django_db


@pytest.fixture
def representative(db):
    return UserFactory(display_name="Rachida")


@pytest.fixture
def organisation(representative):
    return OrganisationFactory(
        name_fr="Transparence Maroc",
        name_ar="جمعية الشفافية",
        representatives=[representative],
    )


def api_for(user=None):
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


# --- Services ------------------------------------------------------------------------


def test_a_representative_endorses_in_the_organisations_name(
    published, organisation, representative
):
    endorsement = services.endorsement_add(
        user=representative, organisation=organisation, contribution=published
    )
    assert (endorsement.organisation, endorsement.user) == (
        organisation,
        representative,
    )


def test_one_endorsement_per_organisation_and_contribution(
    published, organisation, representative
):
    colleague = UserFactory()
    organisation.representative_links.create(user=colleague)
    services.endorsement_add(
        user=representative, organisation=organisation, contribution=published
    )
    with pytest.raises(services.AlreadyEndorsed):
        services.endorsement_add(
            user=colleague, organisation=organisation, contribution=published
        )
    assert Endorsement.objects.count() == 1


def test_two_organisations_endorse_the_same_contribution(published, representative):
    first = OrganisationFactory(representatives=[representative])
    second = OrganisationFactory(representatives=[representative])
    for organisation in (first, second):
        services.endorsement_add(
            user=representative, organisation=organisation, contribution=published
        )
    assert published.endorsements.count() == 2


def test_people_who_do_not_represent_it_cannot_endorse(
    published, organisation, citizen, secretariat
):
    for person in (citizen, secretariat):
        with pytest.raises(services.NotAllowed):
            services.endorsement_add(
                user=person, organisation=organisation, contribution=published
            )


def test_an_unverified_organisation_cannot_endorse(published, representative):
    unverified = OrganisationFactory(
        verified=False, verified_at=None, representatives=[representative]
    )
    with pytest.raises(services.NotAllowed):
        services.endorsement_add(
            user=representative, organisation=unverified, contribution=published
        )


def test_no_endorsement_of_an_unpublished_withdrawn_or_closed_contribution(
    consultation, closed_consultation, organisation, representative, citizen
):
    from tests.consultations.helpers import pending

    withdrawn = ContributionFactory(consultation=consultation, author=citizen)
    services.contribution_withdraw(user=citizen, contribution=withdrawn)
    cases = [
        (pending(consultation), services.NotPublic),
        (withdrawn, services.AlreadyWithdrawn),
        (
            ContributionFactory(consultation=closed_consultation),
            services.ConsultationNotOpen,
        ),
    ]
    for contribution, refusal in cases:
        with pytest.raises(refusal):
            services.endorsement_add(
                user=representative,
                organisation=organisation,
                contribution=contribution,
            )


def test_any_representative_withdraws_the_organisations_endorsement(
    published, organisation, representative
):
    colleague = UserFactory()
    organisation.representative_links.create(user=colleague)
    services.endorsement_add(
        user=representative, organisation=organisation, contribution=published
    )
    services.endorsement_remove(
        user=colleague, organisation=organisation, contribution=published
    )
    assert not Endorsement.objects.exists()


def test_an_endorsement_outlives_the_representatives_account(
    published, organisation, representative
):
    services.endorsement_add(
        user=representative, organisation=organisation, contribution=published
    )
    representative.delete()
    assert Endorsement.objects.get().user is None


# --- The site ------------------------------------------------------------------------


def test_the_page_offers_to_endorse_in_the_organisations_name(
    client, published, organisation, representative
):
    client.force_login(representative)
    page = client.get("/en/consultations/pan-2027/").content.decode()
    assert "Endorse in the name of Transparence Maroc" in page
    response = client.post(
        f"/en/consultations/contributions/{published.pk}/endorse/",
        {"organisation": organisation.pk, "next": "/en/consultations/pan-2027/"},
    )
    assert response.status_code == 302
    page = client.get("/en/consultations/pan-2027/").content.decode()
    assert "Endorsed by 1 organisation" in page
    assert organisation.get_absolute_url() in page
    assert "Withdraw the endorsement of Transparence Maroc" in page


def test_the_arabic_page_names_the_organisation_in_arabic(
    client, published, organisation, representative
):
    services.endorsement_add(
        user=representative, organisation=organisation, contribution=published
    )
    page = client.get("/ar/consultations/pan-2027/").content.decode()
    assert "جمعية الشفافية" in page


def test_a_citizen_is_not_offered_to_endorse_and_is_refused(
    client, published, organisation, citizen
):
    client.force_login(citizen)
    page = client.get("/en/consultations/pan-2027/").content.decode()
    assert "Endorse in the name of" not in page
    client.post(
        f"/en/consultations/contributions/{published.pk}/endorse/",
        {"organisation": organisation.pk},
    )
    assert not Endorsement.objects.exists()


def test_withdrawing_the_endorsement_on_the_site(
    client, published, organisation, representative
):
    services.endorsement_add(
        user=representative, organisation=organisation, contribution=published
    )
    client.force_login(representative)
    client.post(
        f"/en/consultations/contributions/{published.pk}/endorse/",
        {"organisation": organisation.pk, "remove": "1"},
    )
    assert not Endorsement.objects.exists()


def test_an_endorsement_empties_the_anonymous_page_cache(
    client, published, organisation, representative, settings
):
    settings.PAGE_CACHE_ENABLED = True
    assert (
        "Transparence Maroc"
        not in client.get("/en/consultations/pan-2027/").content.decode()
    )
    services.endorsement_add(
        user=representative, organisation=organisation, contribution=published
    )
    assert (
        "Transparence Maroc"
        in client.get("/en/consultations/pan-2027/").content.decode()
    )


def test_the_moderation_screen_lists_the_endorsements(
    client, published, organisation, representative, moderator
):
    services.endorsement_add(
        user=representative, organisation=organisation, contribution=published
    )
    client.force_login(moderator)
    page = client.get(f"/admin/consultations/moderation/{published.pk}/")
    assert organisation.name_ar in page.content.decode()  # the admin is in Arabic


# --- The API -------------------------------------------------------------------------


def test_the_api_endorses_lists_and_withdraws(published, organisation, representative):
    api = api_for(representative)
    url = f"/api/contributions/{published.pk}/endorse/"
    response = api.post(url, {"organisation": organisation.pk}, format="json")
    assert response.status_code == 201 and response.json() == {"endorsements": 1}
    again = api.post(url, {"organisation": organisation.pk}, format="json")
    assert again.status_code == 409 and again.json()["code"] == "already_endorsed"
    [listed] = api_for().get("/api/contributions/").json()["results"]
    assert listed["endorsements"][0]["name_fr"] == "Transparence Maroc"
    assert "contact_email" not in str(listed)
    removed = api.delete(url, {"organisation": organisation.pk}, format="json")
    assert removed.status_code == 204 and not Endorsement.objects.exists()


def test_the_api_endorsement_needs_a_verified_organisation(published, representative):
    unverified = OrganisationFactory(
        verified=False, verified_at=None, representatives=[representative]
    )
    api = api_for(representative)
    url = f"/api/contributions/{published.pk}/endorse/"
    for body in ({}, {"organisation": 999999}, {"organisation": unverified.pk}):
        response = api.post(url, body, format="json")
        assert response.status_code == 400 and "organisation" in response.json()


def test_the_api_refuses_endorsements_from_other_roles(
    published, organisation, citizen, moderator, secretariat
):
    url = f"/api/contributions/{published.pk}/endorse/"
    body = {"organisation": organisation.pk}
    anonymous = api_for()
    answer = anonymous.post(url, with_altcha(anonymous, body), format="json")
    assert answer.status_code in (401, 403)
    for person in (citizen, moderator, secretariat):
        assert api_for(person).post(url, body, format="json").status_code == 403
    assert not Endorsement.objects.exists()


def test_the_api_refuses_endorsing_in_a_closed_consultation(
    homes, organisation, representative
):
    old = ContributionFactory(consultation=ConsultationFactory(closed=True))
    response = api_for(representative).post(
        f"/api/contributions/{old.pk}/endorse/",
        {"organisation": organisation.pk},
        format="json",
    )
    assert response.status_code == 409
