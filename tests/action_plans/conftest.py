"""A plan under way with two institutions, each with a focal point and a
commitment, for the action plans suite only."""

import datetime

import pytest

from tests.factories import UserFactory
from tests.factories.action_plans import (
    CommitmentFactory,
    FocalPointFactory,
    InstitutionFactory,
    MilestoneFactory,
    PlanFactory,
)


@pytest.fixture(autouse=True)
def _own_media(settings, tmp_path):
    """Stored bundles go to a folder of the test's own."""
    settings.MEDIA_ROOT = str(tmp_path)


@pytest.fixture
def plan(db):
    return PlanFactory()


@pytest.fixture
def ministry(db):
    return InstitutionFactory(name="وزارة العدل", slug="justice")


@pytest.fixture
def agency(db):
    return InstitutionFactory(name="وكالة التنمية الرقمية", slug="add")


@pytest.fixture
def commitment(plan, ministry):
    found = CommitmentFactory(plan=plan, lead=ministry, number=1, title="العدالة")
    MilestoneFactory(commitment=found, sort_order=0, due_date=datetime.date(2025, 6, 1))
    MilestoneFactory(commitment=found, sort_order=1, due_date=datetime.date(2027, 6, 1))
    return found


@pytest.fixture
def other_commitment(plan, agency):
    found = CommitmentFactory(plan=plan, lead=agency, number=2, title="البيانات")
    MilestoneFactory(commitment=found, due_date=datetime.date(2027, 6, 1))
    return found


@pytest.fixture
def focal_point(ministry):
    user = UserFactory(email="focal@justice.example.org", preferred_language="ar")
    FocalPointFactory(user=user, institution=ministry)
    return user


@pytest.fixture
def other_focal_point(agency):
    user = UserFactory(email="focal@add.example.org")
    FocalPointFactory(user=user, institution=agency)
    return user
