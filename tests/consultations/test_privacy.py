"""The personal data of consultations: exported, and anonymised on deletion."""

import pytest
from django.utils import translation

from consultations import privacy, services
from consultations.models import ContributionStatus
from tests.factories import ContributionFactory

pytestmark = pytest.mark.django_db


def test_personal_data_export_lists_contributions_comments_and_supports(
    published, citizen, other_citizen
):
    services.support_add(user=other_citizen, contribution=published)
    services.comment_create(
        user=citizen, body="Mon commentaire", contribution=published
    )
    data = privacy.export(citizen)
    assert data["contributions"][0]["reference"] == published.reference
    assert data["comments"][0]["text"] == "Mon commentaire"
    assert privacy.export(other_citizen)["supports"] == [published.reference]


def test_deleting_an_account_keeps_contributions_anonymised(
    published, citizen, other_citizen
):
    from accounts.services import account_delete

    services.support_add(user=other_citizen, contribution=published)
    comment = services.comment_create(
        user=citizen, body="Mon commentaire", consultation=published.consultation
    )
    account_delete(user=citizen)
    published.refresh_from_db()
    comment.refresh_from_db()
    assert published.status == ContributionStatus.PUBLISHED
    assert published.author is None
    with translation.override("en"):
        assert published.public_author == "A participant"
    assert comment.author is None
    account_delete(user=other_citizen)
    assert published.supports.count() == 1


def test_contributions_sent_without_account_with_the_same_email_are_erased_too(
    consultation, citizen
):
    from accounts.services import account_delete

    earlier = ContributionFactory(
        consultation=consultation,
        author=None,
        author_name="Amina B.",
        author_email=citizen.email.upper(),
    )
    assert privacy.export(citizen)["contributions"][0]["reference"] == (
        earlier.reference
    )
    account_delete(user=citizen)
    earlier.refresh_from_db()
    assert (earlier.author_name, earlier.author_email) == ("", "")


def test_endorsements_given_are_exported_and_lose_their_author_on_deletion(
    published, other_citizen
):
    from accounts.services import account_delete
    from tests.factories.working_groups import OrganisationFactory

    organisation = OrganisationFactory(
        name_fr="Transparence Maroc", representatives=[other_citizen]
    )
    services.endorsement_add(
        user=other_citizen, organisation=organisation, contribution=published
    )
    [exported] = privacy.export(other_citizen)["endorsements"]
    assert exported["organisation"] == "Transparence Maroc"
    assert exported["contribution"] == published.reference
    privacy.erase(other_citizen)
    [endorsement] = published.endorsements.all()
    assert endorsement.user is None and endorsement.organisation == organisation
    account_delete(user=other_citizen)
    assert published.endorsements.count() == 1
