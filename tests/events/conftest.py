import pytest
from django.contrib.auth.models import Group
from django.core import mail


@pytest.fixture
def secretariat(db):
    from tests.factories import UserFactory

    person = UserFactory()
    person.groups.add(Group.objects.get_or_create(name="Secretariat")[0])
    return person


@pytest.fixture
def event(homes):
    from tests.factories import EventFactory

    return EventFactory(capacity=2)


@pytest.fixture
def outbox():
    mail.outbox.clear()
    return mail.outbox


@pytest.fixture(scope="session")
def browser():
    """Shared with the other module's browser tests (see browser_support)."""
    from tests.events.browser_support import shared_browser

    return shared_browser()


# ``browser_page`` (a fresh context on the live server), ``axe`` and the fixtures
# they need are the shared ones; ``browser_page`` uses the ``browser`` above.
from tests.browser import conftest as _shared  # noqa: E402

axe = _shared.axe
browser_page = _shared.browser_page
if hasattr(_shared, "_flush_with_cascade"):
    _flush_with_cascade = _shared._flush_with_cascade


if not hasattr(_shared, "_flush_with_cascade"):

    @pytest.fixture(scope="session")
    def _flush_with_cascade():
        """Flush with TRUNCATE ... CASCADE between transactional tests.

        Tables made by raw SQL in a migration (the search index's) reference
        models' tables, which blocks a plain flush on PostgreSQL.
        """
        from django.core.management.commands import flush

        original = flush.Command.handle

        def handle(self, *args, **options):
            options["allow_cascade"] = True
            return original(self, *args, **options)

        flush.Command.handle = handle
        yield
        flush.Command.handle = original
