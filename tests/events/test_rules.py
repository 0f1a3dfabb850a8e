"""Who may do what with events and registrations: every rule, every role.

One row per rule and the object it is asked about; the roles listed are allowed,
every other role is refused.
"""

import pytest
import rules
from django.contrib.auth.models import AnonymousUser, Permission
from wagtail.models import Locale

from core.roles import SECRETARIAT
from tests.factories import (
    EventFactory,
    RegistrationFactory,
    UserFactory,
    WorkingGroupFactory,
)
from tests.factories.cms import member_of

pytestmark = pytest.mark.django_db

# Those who run the event: its organisers, the coordinators of its working group,
# the secretariat, and whoever the admin lets change events.
RUN_BY = {"organiser", "coordinator", "events_admin", "secretariat", "superuser"}
ACTIVE = RUN_BY | {"citizen", "registrant", "moderator", "editor"}

TABLE = [
    ("events.manage_registrations", "event", RUN_BY),
    ("events.list_registrations", None, ACTIVE),
    ("events.view_registration", "registration", RUN_BY | {"registrant"}),
    ("events.cancel_registration", "registration", RUN_BY | {"registrant"}),
]


@pytest.fixture
def people(citizen, moderator, secretariat, editor, superuser):
    events_admin = UserFactory(is_staff=True)
    events_admin.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="events", codename="change_event"
        )
    )
    return {
        "anonymous": AnonymousUser(),
        "citizen": citizen,
        "organiser": UserFactory(),
        "coordinator": UserFactory(),
        "registrant": UserFactory(),
        "events_admin": events_admin,
        "moderator": moderator,
        "secretariat": secretariat,
        "editor": editor,
        "superuser": superuser,
        # Would have every right if the account were active.
        "inactive": member_of(UserFactory(is_active=False), SECRETARIAT),
    }


@pytest.fixture
def world(homes, people):
    inactive = people["inactive"]
    group = WorkingGroupFactory(coordinators=[people["coordinator"], inactive])
    event = EventFactory(working_group=group)
    event.organisers.set([people["organiser"], inactive])
    RegistrationFactory(event=event, user=inactive)
    return {
        "event": event,
        "registration": RegistrationFactory(event=event, user=people["registrant"]),
    }


@pytest.mark.parametrize(
    ("rule", "target", "allowed"),
    TABLE,
    ids=[f"{rule.split('.')[1]}-{target or 'none'}" for rule, target, _ in TABLE],
)
def test_who_may(rule, target, allowed, people, world):
    obj = world[target] if target else None
    answers = {role: user.has_perm(rule, obj) for role, user in people.items()}
    assert answers == {role: role in allowed for role in people}


def test_every_rule_of_the_module_is_in_the_table():
    registered = {
        name for name in rules.permissions.permissions if name.startswith("events.")
    }
    assert registered == {rule for rule, _target, _allowed in TABLE}


def test_running_another_event_gives_no_right_on_this_one(homes, people, world):
    elsewhere = UserFactory()
    EventFactory(working_group=WorkingGroupFactory(coordinators=[elsewhere]))
    EventFactory().organisers.add(elsewhere)
    RegistrationFactory(event=EventFactory(), user=elsewhere)
    assert not elsewhere.has_perm("events.manage_registrations", world["event"])
    assert not elsewhere.has_perm("events.cancel_registration", world["registration"])


def test_organisers_manage_the_registrations_of_every_translation(homes, people, world):
    arabic = world["event"].copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic.save()
    assert people["organiser"].has_perm("events.manage_registrations", arabic)
    assert people["coordinator"].has_perm("events.manage_registrations", arabic)
    assert not people["citizen"].has_perm("events.manage_registrations", arabic)
