"""Whether every worker shows a write on the next request, when cached pages are
checked against scope tokens each process keeps (the database cache's clock, or
Redis's pushes).

Against gunicorn with several workers on PostgreSQL, DEBUG off: for each round,
every reader connection reads a contribution (so that each worker holds a copy of
the answer and the tokens it was valid for), a citizen comments on it through the
API, and once the comment is acknowledged every reader reads the contribution
again. A read whose comment count is not one more is stale.

    .venv/bin/python -m bench.evidence.fresh_reads [--workers 3] [--rounds 150]
        [--readers 6] [--redis]

Needs PostgreSQL at 127.0.0.1:5432 (EVIDENCE_PG_ADMIN_URL); a throw-away database
is created and dropped. ``--redis``: Redis at BENCH_REDIS_URL (database 13 of
127.0.0.1:6379 by default) instead of the database cache; the run's keys are removed.
"""

import argparse
import json
import sys
import uuid
from http.client import HTTPConnection

from bench.evidence.server import portal, step
from bench.throughput import REDIS, drop_redis_keys

TOKEN = "f" * 32  # the CSRF cookie and header of the writer


def setup(people: int = 20) -> None:
    """An open consultation with five published contributions, and signed-in
    citizens (their session keys); one JSON line."""
    import django

    django.setup()
    from bench.seed import signed_in
    from tests.factories import ConsultationFactory, ContributionFactory, UserFactory

    consultation = ConsultationFactory()
    contributions = [ContributionFactory(consultation=consultation) for _ in range(5)]
    sessions = signed_in(UserFactory.create_batch(people))
    print(
        json.dumps(
            {"contributions": [c.pk for c in contributions], "sessions": sessions}
        )
    )


def comment_count(conn: HTTPConnection, pk: int) -> tuple[int, str]:
    conn.request("GET", f"/api/contributions/{pk}/", headers={"Host": "127.0.0.1"})
    response = conn.getresponse()
    body = json.loads(response.read())
    return body["comment_count"], response.getheader("X-Cache") or ""


def comment(conn: HTTPConnection, pk: int, session: str) -> int:
    conn.request(
        "POST",
        "/api/comments/",
        json.dumps({"contribution": pk, "body": f"Vérification {uuid.uuid4().hex}"}),
        {
            "Content-Type": "application/json",
            "Cookie": f"sessionid={session}; csrftoken={TOKEN}",
            "X-CSRFToken": TOKEN,
            "Host": "127.0.0.1",
        },
    )
    response = conn.getresponse()
    response.read()
    return response.status


def run(port: int, seed: dict, rounds: int, readers: int) -> dict:
    connect = lambda: HTTPConnection("127.0.0.1", port, timeout=60)  # noqa: E731
    reading = [connect() for _ in range(readers)]
    writer = connect()
    pks, sessions = seed["contributions"][:5], seed["sessions"]
    reads = stale = refused = 0
    answers: dict[str, int] = {}
    for index in range(rounds):
        pk = pks[index % len(pks)]
        for conn in reading:
            comment_count(conn, pk)
        before, _ = comment_count(reading[0], pk)
        if comment(writer, pk, sessions[index % len(sessions)]) != 201:
            refused += 1
            continue
        for conn in reading:
            after, cache = comment_count(conn, pk)
            reads += 1
            answers[cache] = answers.get(cache, 0) + 1
            stale += after != before + 1
    return {"reads": reads, "stale": stale, "refused": refused, "x_cache": answers}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=150)
    parser.add_argument("--readers", type=int, default=6)
    parser.add_argument("--redis", action="store_true", help="Redis, not the database")
    args = parser.parse_args(argv)
    prefix = f"fresh{uuid.uuid4().hex[:8]}"
    extra = {"DJANGO_SETTINGS_MODULE": "bench.portal_settings"}  # throttles raised
    if args.redis:
        extra.update(REDIS_URL=REDIS, CACHE_PREFIX=prefix)
    try:
        with portal(workers=args.workers, extra_env=extra) as site:
            step("a consultation, contributions and citizens")
            seed = site.django("bench.evidence.fresh_reads", "setup")
            site.start()
            step(f"{args.rounds} rounds, {args.readers} readers")
            result = run(site.port, seed, args.rounds, args.readers)
    finally:
        if args.redis:
            drop_redis_keys(prefix)
    result["cache"] = "Redis" if args.redis else "database"
    print(json.dumps(result))
    return 0 if result["stale"] == 0 and result["reads"] else 1


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "setup":
        setup()
    else:
        sys.exit(main())
