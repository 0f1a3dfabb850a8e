"""Schemathesis over /api/schema/: generated requests against every operation of
the API, as an anonymous visitor and as a signed-in citizen. No answer may be a
server error, and every answer must match the schema it documents.

Bounded (a few examples per operation): ``SCHEMATHESIS=1 pytest -m schemathesis
tests/evidence``; raise ``SCHEMATHESIS_EXAMPLES`` for a longer run. Off in the
default run until every operation passes (see the README's Evidence section).
"""

import os

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.specs.openapi.checks import ignored_auth  # noqa: E402

from cms.wsgi import application  # noqa: E402

pytestmark = [
    pytest.mark.schemathesis,
    pytest.mark.django_db,
    pytest.mark.skipif(
        not os.environ.get("SCHEMATHESIS"), reason="set SCHEMATHESIS=1 to run"
    ),
]

EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "5"))

schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", application)


@pytest.fixture
def people(db):
    from demo.site import ensure_site
    from tests.factories import EventFactory, UserFactory

    ensure_site(hostname="testserver")
    EventFactory()
    return {"citizen": UserFactory()}


def _headers(case, who, people, client):
    if who == "anonymous":
        return {}
    client.force_login(people[who])
    return {"Cookie": f"sessionid={client.cookies['sessionid'].value}"}


@pytest.mark.parametrize("who", ["anonymous", "citizen"])
@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_the_api_holds_to_its_schema(case, who, people, client):
    response = case.call(headers=_headers(case, who, people, client))
    assert response.status_code < 500, (case.method, case.formatted_path)
    # Reads are public: an unauthenticated read answering 200 is by design.
    case.validate_response(response, excluded_checks=[ignored_auth])
