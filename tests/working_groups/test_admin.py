"""The admin screens of the civil society space: verification and decisions."""

import pytest
from django.urls import reverse

from tests.admin_pages import assert_titled
from tests.factories import MembershipApplicationFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def test_the_verification_screen_has_a_page_title(client, homes, secretariat):
    organisation = OrganisationFactory(verified=False, name_fr="Transparence Maroc")
    client.force_login(secretariat)
    response = client.get(
        reverse("working_groups_admin_verify", args=[organisation.pk])
    )
    assert response.status_code == 200
    assert_titled(
        response.content.decode(), response.context["page_title"], "Transparence Maroc"
    )


def test_the_decision_screen_has_a_page_title_and_records_the_decision(
    client, homes, secretariat
):
    application = MembershipApplicationFactory()
    url = reverse("working_groups_admin_decide", args=[application.pk])
    assert url == f"/admin/civil-society/applications/{application.pk}/decide/"
    client.force_login(secretariat)
    response = client.get(url)
    assert response.status_code == 200
    assert_titled(
        response.content.decode(), response.context["page_title"], str(application)
    )
    response = client.post(url, {"decision": "approve", "reason": ""})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == "approved"
