"""The working-groups suite shares the events suite's fixtures (secretariat member,
an event, the outbox) and the shared browser fixtures."""

from tests.browser.conftest import (  # noqa: F401
    _flush_with_cascade,
    axe,
    browser,
    browser_page,
)
from tests.events.conftest import event, outbox, secretariat  # noqa: F401
