"""The public site: the call page, the apply form (draft, submit, errors shown
again), the applicant's file, the results page with every score, the vote."""

import datetime

from django.utils import timezone

from calls import services
from calls.models import Application, ApplicationStatus, Candidate, Election
from tests.factories import ApplicationFactory, OrganisationFactory

from .conftest import pdf
from .helpers import score_all


def test_the_call_page_shows_the_grid_documents_and_committee(client, call, committee):
    response = client.get(f"/fr/calls/{call.slug}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Critère 1" in html and "Récépissé" in html
    assert "Membre du comité" in html
    assert "100" in html  # the grid's total
    # Accounts never shown.
    assert committee[0].email not in html


def test_an_unpublished_call_is_not_found(client, call):
    call.is_published = False
    call.save()
    assert client.get(f"/fr/calls/{call.slug}/").status_code == 404


def test_the_calls_list_shows_published_calls(client, call):
    assert call.title_fr in client.get("/fr/calls/").content.decode()


def _form(call, action, **extra):
    data = {"organisation": "", "experience": "Dix ans", "programme": "Suivi", **extra}
    data["action"] = action
    for requirement in call.required_documents.all():
        data[f"document_{requirement.pk}"] = pdf()
    return data


def test_a_representative_saves_a_draft_and_submits_on_the_site(
    client, call, organisation, applicant
):
    client.force_login(applicant)
    url = f"/fr/calls/{call.slug}/apply/"
    assert client.get(url).status_code == 200
    response = client.post(url, _form(call, "save", organisation=organisation.pk))
    assert response.status_code == 302
    application = Application.objects.get(call=call, organisation=organisation)
    assert application.status == ApplicationStatus.DRAFT
    response = client.post(
        url,
        {
            "organisation": organisation.pk,
            "experience": "x",
            "programme": "y",
            "action": "submit",
        },
    )
    application.refresh_from_db()
    assert application.status == ApplicationStatus.SUBMITTED
    assert response.url == f"/fr/calls/applications/{application.pk}/"
    page = client.get(response.url).content.decode()
    assert application.reference in page


def test_a_refused_submission_shows_the_form_again_with_field_errors(
    client, call, organisation, applicant
):
    client.force_login(applicant)
    response = client.post(
        f"/fr/calls/{call.slug}/apply/",
        {"organisation": organisation.pk, "experience": "x", "action": "submit"},
    )
    assert response.status_code == 400
    assert 'id="id_programme_error"' in response.content.decode()
    # The draft was kept.
    assert Application.objects.filter(call=call, experience="x").exists()


def test_a_person_without_a_verified_organisation_is_sent_back(client, call, citizen):
    client.force_login(citizen)
    response = client.get(f"/fr/calls/{call.slug}/apply/")
    assert response.status_code == 302


def test_the_two_term_limit_is_shown_on_the_form(client, call, organisation, applicant):
    from governance.models import Constituency
    from tests.factories import ActionPlanFactory, MemberFactory

    for name, year in (("2018-2020", 2018), ("2021-2023", 2021)):
        plan = ActionPlanFactory(
            name=name,
            start=datetime.date(year, 1, 1),
            end=datetime.date(year + 2, 12, 31),
        )
        MemberFactory(
            body=call.body,
            constituency=Constituency.CIVIL_SOCIETY,
            organisation=organisation,
            action_plan=plan,
            start=plan.start,
            end=plan.end,
        )
    client.force_login(applicant)
    response = client.post(
        f"/fr/calls/{call.slug}/apply/",
        _form(call, "save", organisation=organisation.pk),
    )
    assert response.status_code == 400
    assert "Article 4" in response.content.decode()


def test_files_stay_private_before_and_after_publication(
    client, call, organisation, applicant, citizen, secretariat, committee
):
    services.application_save(
        call=call,
        organisation=organisation,
        by=applicant,
        experience="x",
        programme="y",
        files={r.pk: pdf() for r in call.required_documents.all()},
    )
    application = Application.objects.get(call=call)
    document = application.documents.first()
    url = f"/fr/calls/applications/{application.pk}/documents/{document.pk}/"
    client.force_login(citizen)
    assert client.get(url).status_code == 404
    assert client.get(f"/fr/calls/applications/{application.pk}/").status_code == 404
    client.force_login(applicant)
    assert client.get(url).status_code == 200


def _published(call, committee, secretariat, shares=(0.9, 0.5, 0.2)):
    apps = [ApplicationFactory(call=call) for _ in shares]
    for application, share in zip(apps, shares, strict=True):
        for user in committee[:2]:
            score_all(application, user, share)
    call.closes_at = timezone.now() - datetime.timedelta(hours=1)
    call.save()
    services.results_publish(call=call, by=secretariat)
    return apps


def test_the_results_page_is_not_found_before_publication(client, call, committee):
    apps = [ApplicationFactory(call=call)]
    for user in committee[:2]:
        score_all(apps[0], user)
    assert client.get(f"/fr/calls/{call.slug}/results/").status_code == 404
    assert client.get(f"/fr/calls/applications/{apps[0].pk}/").status_code == 404


def test_the_results_page_shows_every_application_and_its_scores(
    client, call, committee, secretariat
):
    apps = _published(call, committee, secretariat)
    html = client.get(f"/fr/calls/{call.slug}/results/").content.decode()
    for application in apps:
        assert application.organisation.name_fr in html
    assert "90,00" in html  # the first one's mean, written the French way
    assert "Sélectionnée" in html or "Selected" in html or "retenue" in html.lower()


def test_the_results_page_query_count_is_fixed(
    client, call, committee, secretariat, django_assert_max_num_queries
):
    _published(call, committee, secretariat, shares=(0.9, 0.5, 0.2, 0.1, 0.3, 0.4))
    client.get(f"/fr/calls/{call.slug}/results/")
    with django_assert_max_num_queries(25):
        response = client.get(f"/fr/calls/{call.slug}/results/?q=1")
    assert response.status_code == 200


def test_a_member_organisation_votes_on_the_site_once(client, call, space_voter):
    election = Election.objects.create(
        call=call,
        opens_at=timezone.now() - datetime.timedelta(days=1),
        closes_at=timezone.now() + datetime.timedelta(days=1),
    )
    candidate = Candidate.objects.create(
        election=election,
        name_ar="س",
        name_fr="Salma",
        organisation=OrganisationFactory(),
    )
    client.force_login(space_voter)
    url = f"/fr/calls/{call.slug}/vote/"
    assert "Salma" in client.get(url).content.decode()
    assert client.post(url, {"candidate": candidate.pk}).status_code == 302
    response = client.post(url, {"candidate": candidate.pk})
    assert response.status_code == 400
    assert election.votes.count() == 1


def test_the_account_page_lists_my_organisations_applications(
    client, application, applicant
):
    client.force_login(applicant)
    html = client.get("/fr/account/").content.decode()
    assert application.reference in html


def test_the_calls_list_query_count_does_not_grow_with_the_calls(
    client, call, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import CallFactory

    client.get("/fr/calls/")  # warm the caches (logo, menus)
    client.get("/fr/calls/?warm=2")
    with CaptureQueriesContext(connection) as few:
        client.get("/fr/calls/?n=1")
    count = len(few.captured_queries)
    for _ in range(4):
        CallFactory(body=call.body)
    client.get("/fr/calls/?warm=3")
    with django_assert_num_queries(count):
        response = client.get("/fr/calls/?n=2")
    assert response.status_code == 200
