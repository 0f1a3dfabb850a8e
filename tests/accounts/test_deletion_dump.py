"""After an account is deleted, a dump of the whole database holds no trace of
the person (email, phone, names) outside legal-retention records."""

import io

import pytest
from django.core.management import call_command

from accounts.services import account_delete
from consultations.services import contribution_submit
from events.services import registration_create
from tests.factories import ConsultationFactory, EventFactory, UserFactory
from working_groups.services import organisation_register

pytestmark = pytest.mark.django_db

EMAIL = "zineb.tracee@exemple.ma"
PHONE = "+212 661 12 34 56"
NAMES = ("Zinebtracee", "Alaouitracee")
# Records kept by law or for the portal's accountability (none today); a model
# listed here must say why in its own documentation.
RETAINED: set[str] = set()


def dump() -> str:
    out = io.StringIO()
    call_command(
        "dumpdata",
        exclude=["contenttypes", "auth.permission", "sessions", *RETAINED],
        stdout=out,
    )
    return out.getvalue()


def test_a_deleted_person_leaves_no_trace_in_a_dump_of_the_database(homes):
    user = UserFactory(
        email=EMAIL, phone=PHONE, first_name=NAMES[0], last_name=NAMES[1]
    )
    user.display_name = f"{NAMES[0]} {NAMES[1]}"
    user.save()
    organisation_register(
        user=user,
        name_ar="جمعية الأثر",
        name_fr="Association la Trace",
        registration_number="TRACE-001",
        region="souss_massa",
        province="Agadir",
        presentation="Une association de test.",
        contact_phone=PHONE,
    )
    registration_create(event=EventFactory(), user=user, name=user.display_name)
    contribution_submit(
        consultation=ConsultationFactory(),
        kind="observation",
        title="Une observation",
        body="Une observation assez longue pour être acceptée.",
        language="fr",
        user=user,
    )
    before = dump()
    assert EMAIL in before and NAMES[0] in before and PHONE in before

    account_delete(user=user)

    after = dump()
    for trace in (EMAIL, PHONE, "661 12 34 56", *NAMES):
        assert trace not in after, trace
