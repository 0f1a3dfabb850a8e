"""A steering committee with its members, for the governance suite only.

Two public administration seats (the chair and a member), two civil society seats
(one held by an organisation whose representative has an account), an alternate
and an observer: parity holds. ``member_user`` and ``chair_user`` hold mandates.
"""

import pytest

from governance.models import Constituency, MemberRole
from tests.factories import (
    BodyFactory,
    MeetingFactory,
    MemberFactory,
    OrganisationFactory,
    UserFactory,
)


@pytest.fixture(autouse=True)
def _english_admin(settings):
    """The admin speaks the default language; these tests read its English."""
    settings.LANGUAGE_CODE = "en"


@pytest.fixture
def body(homes):
    return BodyFactory(name="Comité de pilotage", slug="comite-de-pilotage")


@pytest.fixture
def chair_user(db):
    return UserFactory(email="chair@example.org", preferred_language="fr")


@pytest.fixture
def member_user(db):
    return UserFactory(email="member@example.org", preferred_language="ar")


@pytest.fixture
def committee(body, chair_user, member_user):
    organisation = OrganisationFactory(name_fr="Association Transparence")
    members = {
        "chair": MemberFactory(
            body=body, role=MemberRole.CHAIR, user=chair_user, name_fr="Mme Présidente"
        ),
        "administration": MemberFactory(body=body, name_fr="M. Administration"),
        "alternate": MemberFactory(body=body, role=MemberRole.ALTERNATE),
        "civil_society": MemberFactory(
            body=body,
            constituency=Constituency.CIVIL_SOCIETY,
            organisation=organisation,
            institution_ar="",
            institution_fr="",
            user=member_user,
            name_fr="Mme Société Civile",
        ),
        "civil_society_2": MemberFactory(
            body=body, constituency=Constituency.CIVIL_SOCIETY
        ),
        "observer": MemberFactory(
            body=body, constituency=Constituency.OBSERVER, role=MemberRole.OBSERVER
        ),
    }
    return members


@pytest.fixture
def meeting(body, committee):
    return MeetingFactory(
        body=body,
        title_fr="Réunion du comité de pilotage",
        title_ar="اجتماع لجنة الإشراف",
        agenda=[("تتبع خطة العمل", "Suivi du plan d'action")],
    )
