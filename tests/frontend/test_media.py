"""Uploaded files reach only those who may see them."""

import pytest
from django.core.files.base import ContentFile

from consultations.models import ContributionStatus
from tests.factories import UserFactory
from tests.factories.consultations import ContributionFactory
from tests.factories.working_groups import (
    MembershipApplicationFactory,
    OrganisationFactory,
    WorkingGroupFactory,
)

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def contribution_with_attachment(status):
    contribution = ContributionFactory(status=status)
    contribution.attachment.save("note.pdf", ContentFile(PDF))
    return contribution


def test_the_attachment_of_a_published_contribution_is_a_download(client):
    contribution = contribution_with_attachment(ContributionStatus.PUBLISHED)
    response = client.get(f"/fr/consultations/attachments/{contribution.pk}/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == PDF


@pytest.mark.parametrize(
    "status",
    [
        ContributionStatus.PENDING_MODERATION,
        ContributionStatus.REJECTED,
        ContributionStatus.HIDDEN,
    ],
)
def test_the_attachment_of_an_unpublished_contribution_is_not_served(client, status):
    contribution = contribution_with_attachment(status)
    response = client.get(f"/fr/consultations/attachments/{contribution.pk}/")
    assert response.status_code == 404


def test_a_moderator_downloads_an_attachment_waiting_for_moderation(client):
    contribution = contribution_with_attachment(ContributionStatus.PENDING_MODERATION)
    client.force_login(UserFactory(is_superuser=True))
    response = client.get(f"/fr/consultations/attachments/{contribution.pk}/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_uploaded_files_are_not_served_straight_from_the_media_folder(client):
    contribution = contribution_with_attachment(ContributionStatus.PUBLISHED)
    assert client.get(f"/media/{contribution.attachment.name}").status_code == 404
    assert client.get("/media/../pyproject.toml").status_code == 404


def test_an_application_document_reaches_its_representative_only(client):
    representative, stranger = UserFactory(), UserFactory()
    organisation = OrganisationFactory(representatives=[representative])
    application = MembershipApplicationFactory(
        organisation=organisation, group=WorkingGroupFactory()
    )
    application.document.save("statuts.pdf", ContentFile(PDF))
    url = f"/fr/working-groups/applications/{application.pk}/document/"

    assert client.get(url).status_code == 302  # to the login page
    client.force_login(stranger)
    assert client.get(url).status_code == 403
    client.force_login(representative)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"]
