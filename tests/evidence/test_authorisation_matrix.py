"""The authorisation matrix: every operation of /api/schema/ x every role x the
states of its target, against what ``authz_expectations`` declares.

The operations come from the schema the API serves, so a new route is a new
test here, which fails until its expectations are declared. In every cell:

- a role the declaration allows must succeed (2xx), which shows the request is
  one the API accepts, so that a refusal elsewhere is about the person;
- every other role must be refused (401, 403, 404 or 409) and, for a write,
  nothing may be written (no INSERT, UPDATE or DELETE on a table of the portal's
  content during the request);
- no answer, read or write, may carry a private marker (``authz_world.MARKERS``:
  unpublished rows, emails, phone numbers) that the role may not read.

Anonymous writes carry a solved proof of work, so their refusal is about who
they are. The world is built once for the module; each write runs in a
savepoint that is rolled back, so the cells do not see each other's writes.
``pytest tests/evidence/test_authorisation_matrix.py`` prints the count.
"""

import re
import time

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from tests.evidence.authz_expectations import EXPECTATIONS
from tests.evidence.authz_world import ANONYMOUS, INACTIVE, MARKERS, ROLES, build
from tests.fixtures.challenge import with_altcha

METHODS = ("get", "post", "put", "patch", "delete")
WRITE_SQL = re.compile(r'^\s*(INSERT INTO|UPDATE|DELETE FROM)\s+"?(\w+)"?', re.I)
# Bookkeeping that a refused request may write: the session, a used proof of
# work or form token, an Idempotency-Key.
BOOKKEEPING = {"django_session", "core_usedformtoken", "core_idempotencykey"}
TALLY = {"cells": 0, "unexpected_successes": 0, "operations": 0}


def schema_operations() -> list[str]:
    """``"METHOD /path/"`` of every operation the API documents."""
    from drf_spectacular.generators import SchemaGenerator

    schema = SchemaGenerator().get_schema(request=None, public=True)
    return sorted(
        f"{method.upper()} {path}"
        for path, item in schema["paths"].items()
        for method in item
        if method in METHODS
    )


OPERATIONS = schema_operations()


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, request):
    started = time.perf_counter()
    with django_db_blocker.unblock(), transaction.atomic():
        built = build()
        TALLY["built_in"] = time.perf_counter() - started
        yield built
        transaction.set_rollback(True)
    if TALLY["cells"]:
        capture = request.config.pluginmanager.get_plugin("capturemanager")
        with capture.global_and_fixture_disabled():
            print(
                f"\nauthorisation matrix: {TALLY['operations']} operations, "
                f"{TALLY['cells']} cells, "
                f"{TALLY['unexpected_successes']} unexpected successes; world built "
                f"in {TALLY['built_in']:.1f} s, matrix and world in "
                f"{time.perf_counter() - started:.1f} s"
            )


def _sign_in(client, world, role):
    client.logout()
    if role != ANONYMOUS:
        client.force_login(world.people[role])


def _leaks(content: str, role: str) -> list[str]:
    return [m for m, who in MARKERS.items() if m in content and role not in who]


def _domain_writes(queries) -> set[str]:
    found = (WRITE_SQL.match(q["sql"]) for q in queries)
    return {m.group(2) for m in found if m} - BOOKKEEPING


def _call(client, method, path, body, role):
    if method == "get":
        return client.get(path)
    if body is not None and role in (ANONYMOUS, INACTIVE):
        body = with_altcha(client, body)
    return getattr(client, method)(path, body, content_type="application/json")


def run_cell(client, world, method, path, case, role) -> list[str]:
    """The problems of one cell (an empty list when it holds)."""
    body = case.body(world) if case.body else ({} if method != "get" else None)
    if method != "get":
        cache.clear()  # rate limits of the previous cell
    _sign_in(client, world, role)
    with transaction.atomic():
        with CaptureQueriesContext(connection) as queries:
            response = _call(client, method, path, body, role)
        transaction.set_rollback(True)
    status = response.status_code
    allowed = role in case.who
    where = f"{case.state} / {role}: {status}"
    leaks = _leaks(response.content.decode(errors="replace"), role)
    problems = [f"{where} shows {marker}" for marker in leaks]
    if leaks or (not allowed and 200 <= status < 300):
        TALLY["unexpected_successes"] += 1
    content = response.content.decode(errors="replace")
    problems += [
        f"{where} lacks {word!r}"
        for word in case.shows
        if allowed and word not in content
    ]
    if allowed and not 200 <= status < 300:
        problems.append(f"{where}, expected success: {response.content[:300]!r}")
    elif not allowed and 200 <= status < 300:
        problems.append(f"{where}: UNEXPECTED SUCCESS")
    elif not allowed and status not in case.refusals:
        expected = sorted(case.refusals)
        problems.append(f"{where}, expected {expected}: {response.content[:300]!r}")
    if not allowed and method != "get" and (tables := _domain_writes(queries)):
        problems.append(f"{where}, refused but wrote to {sorted(tables)}")
    return problems


@pytest.mark.django_db
@pytest.mark.parametrize("operation", OPERATIONS)
def test_every_role_gets_what_the_rules_say(operation, world, client):
    cases = EXPECTATIONS.get(operation)
    if cases is None:
        pytest.fail(f"{operation} has no declared expectation (authz_expectations)")
    method, template = operation.split(" ", 1)
    method = method.lower()
    TALLY["operations"] += 1
    problems = []
    for case in cases:
        path = template.format(**case.target(world))
        if case.query:
            path = f"{path}?{case.query}"
        # Reads go from the most to the least privileged, without emptying the
        # shared cache: a privileged answer stored and served to a visitor shows.
        order = reversed(ROLES) if method == "get" else ROLES
        for role in order:
            TALLY["cells"] += 1
            problems += run_cell(client, world, method, path, case, role)
    assert not problems, f"{operation}:\n" + "\n".join(problems)


def test_every_declared_operation_is_still_in_the_schema():
    assert sorted(set(EXPECTATIONS) - set(OPERATIONS)) == []
