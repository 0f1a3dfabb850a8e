"""The organisations, working groups and applications API."""

import pytest
from rest_framework.test import APIClient

from tests.factories import (
    MembershipApplicationFactory,
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
    WorkingGroupFactory,
)
from working_groups.models import ApplicationStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def api():
    return APIClient()


def test_organisations_show_verified_ones_with_public_fields_only(api, homes):
    rep = UserFactory()
    shown = OrganisationFactory(representatives=[rep], contact_phone="+212611223344")
    OrganisationFactory(verified=False)
    response = api.get("/api/organisations/")
    assert response.status_code == 200
    (item,) = response.json()["results"]
    assert item["slug"] == shown.slug
    text = response.content.decode()
    for secret in (shown.contact_email, "+212611223344", rep.email, "representatives"):
        assert secret not in text


def test_an_unverified_organisation_is_not_found(api, homes):
    hidden = OrganisationFactory(verified=False)
    assert api.get(f"/api/organisations/{hidden.slug}/").status_code == 404


def test_organisations_are_filtered_by_region(api, homes):
    OrganisationFactory(region="oriental")
    south = OrganisationFactory(region="souss_massa")
    response = api.get("/api/organisations/?region=souss_massa")
    assert [o["id"] for o in response.json()["results"]] == [south.pk]
    assert api.get("/api/organisations/?region=atlantis").status_code == 400


def test_organisation_list_query_count_is_pinned(
    api, homes, django_assert_max_num_queries
):
    for _ in range(10):
        OrganisationFactory()
    with django_assert_max_num_queries(4):
        response = api.get("/api/organisations/")
    assert response.status_code == 200
    assert len(response.json()["results"]) == 10


def test_working_groups_list_with_members(api, homes):
    group = WorkingGroupFactory()
    MembershipFactory(group=group, organisation=OrganisationFactory())
    WorkingGroupFactory(is_public=False)
    response = api.get("/api/working-groups/")
    (item,) = response.json()["results"]
    assert item["member_count"] == 1
    detail = api.get(f"/api/working-groups/{group.slug}/").json()
    assert len(detail["members"]) == 1
    assert "contact_email" not in str(detail)


def test_working_group_list_query_count_is_pinned(
    api, homes, django_assert_max_num_queries
):
    for _ in range(8):
        WorkingGroupFactory()
    with django_assert_max_num_queries(5):
        response = api.get("/api/working-groups/")
    assert response.status_code == 200
    assert len(response.json()["results"]) == 8


def test_a_representative_applies_through_the_api(api, homes):
    rep = UserFactory()
    organisation = OrganisationFactory(representatives=[rep])
    group = WorkingGroupFactory()
    api.force_authenticate(rep)
    response = api.post(
        "/api/working-group-applications/",
        {"organisation": organisation.pk, "group": group.pk, "motivation": "Oui"},
        format="json",
    )
    assert response.status_code == 201, response.content
    assert response.json()["status"] == "pending"
    again = api.post(
        "/api/working-group-applications/",
        {"organisation": organisation.pk, "group": group.pk, "motivation": "Oui"},
        format="json",
    )
    assert again.status_code == 409


def test_applying_for_someone_else_s_cso_is_forbidden(api, homes):
    organisation = OrganisationFactory(representatives=[UserFactory()])
    api.force_authenticate(UserFactory())
    response = api.post(
        "/api/working-group-applications/",
        {
            "organisation": organisation.pk,
            "group": WorkingGroupFactory().pk,
            "motivation": "x",
        },
        format="json",
    )
    assert response.status_code == 403


def test_bad_application_input_gets_400(api, homes):
    api.force_authenticate(UserFactory())
    response = api.post(
        "/api/working-group-applications/", {"organisation": "x"}, format="json"
    )
    assert response.status_code == 400
    assert {"organisation", "group", "motivation"} <= set(response.json())


def test_people_see_only_their_own_applications(api, homes):
    rep = UserFactory()
    mine = MembershipApplicationFactory(
        organisation=OrganisationFactory(representatives=[rep])
    )
    MembershipApplicationFactory()
    api.force_authenticate(rep)
    response = api.get("/api/working-group-applications/")
    assert [a["id"] for a in response.json()["results"]] == [mine.pk]
    assert api.get("/api/working-group-applications/").status_code == 200
    anonymous = APIClient().get("/api/working-group-applications/")
    assert anonymous.status_code == 403


def test_coordinators_approve_and_reject_through_the_api(api, homes):
    coordinator = UserFactory()
    group = WorkingGroupFactory(coordinators=[coordinator])
    first = MembershipApplicationFactory(group=group)
    second = MembershipApplicationFactory(group=group)
    api.force_authenticate(coordinator)
    response = api.post(f"/api/working-group-applications/{first.pk}/approve/")
    assert response.json()["status"] == ApplicationStatus.APPROVED
    response = api.post(f"/api/working-group-applications/{second.pk}/reject/", {})
    assert response.status_code == 400
    response = api.post(
        f"/api/working-group-applications/{second.pk}/reject/",
        {"reason": "Hors sujet"},
        format="json",
    )
    assert response.json()["status"] == ApplicationStatus.REJECTED


def test_representatives_cannot_decide_their_own_application(api, homes):
    rep = UserFactory()
    application = MembershipApplicationFactory(
        organisation=OrganisationFactory(representatives=[rep])
    )
    api.force_authenticate(rep)
    response = api.post(f"/api/working-group-applications/{application.pk}/approve/")
    assert response.status_code == 403


def test_an_organisation_detail_lists_its_membership_history(api, homes):
    from django.utils import timezone

    organisation = OrganisationFactory()
    current = MembershipFactory(organisation=organisation)
    former = MembershipFactory(organisation=organisation, left_at=timezone.now())
    body = api.get(f"/api/organisations/{organisation.slug}/").json()
    by_group = {m["group_id"]: m for m in body["memberships"]}
    assert by_group[current.group_id]["left_at"] is None
    assert by_group[former.group_id]["left_at"] is not None
