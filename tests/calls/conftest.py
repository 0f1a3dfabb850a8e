"""A call open today with article 4's grid (20/15/5/20/20/20), two seats, two
required documents; a verified organisation and its representative; a
selection committee of two scoring members and an observer."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from calls.models import CommitteeRole, Conflict
from governance.models import BodyKind, Constituency
from tests.factories import (
    ApplicationFactory,
    BodyFactory,
    CallFactory,
    CommitteeMemberFactory,
    MemberFactory,
    OrganisationFactory,
    UserFactory,
)

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def pdf(name="piece.pdf"):
    return SimpleUploadedFile(name, PDF, content_type="application/pdf")


@pytest.fixture(autouse=True)
def _english(settings):
    settings.LANGUAGE_CODE = "en"


@pytest.fixture
def call(homes):
    return CallFactory(slug="copil-2026", title_fr="Appel Copil 2026")


@pytest.fixture
def applicant(db):
    return UserFactory(email="rep@asso.example", preferred_language="ar")


@pytest.fixture
def organisation(applicant):
    return OrganisationFactory(
        name_fr="Association Transparence", representatives=[applicant]
    )


@pytest.fixture
def scorer(call):
    return CommitteeMemberFactory(
        call=call, role=CommitteeRole.UNIVERSITY, user=UserFactory()
    ).user


@pytest.fixture
def second_scorer(call):
    return CommitteeMemberFactory(
        call=call, role=CommitteeRole.PRIVATE_SECTOR, user=UserFactory()
    ).user


@pytest.fixture
def observer(call):
    return CommitteeMemberFactory(
        call=call, role=CommitteeRole.OBSERVER_MINISTRY, user=UserFactory()
    ).user


@pytest.fixture
def committee(scorer, second_scorer, observer):
    return [scorer, second_scorer, observer]


@pytest.fixture
def application(call, organisation):
    return ApplicationFactory(call=call, organisation=organisation)


@pytest.fixture
def tied_scorer(call, organisation):
    """A scoring member who declared a tie to the organisation."""
    member = CommitteeMemberFactory(call=call, role=CommitteeRole.INDEPENDENT)
    Conflict.objects.create(member=member, organisation=organisation, reason="Board")
    return member.user


@pytest.fixture
def space_voter(db):
    """A representative of a member organisation of the civil society space."""
    user = UserFactory()
    organisation = OrganisationFactory(representatives=[user])
    space = BodyFactory(kind=BodyKind.CIVIL_SOCIETY_SPACE, parity_required=False)
    MemberFactory(
        body=space,
        constituency=Constituency.CIVIL_SOCIETY,
        organisation=organisation,
        institution_ar="",
        institution_fr="",
    )
    return user
