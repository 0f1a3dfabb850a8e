"""Seat race: N people register at once, through the API, for an event with K
seats, against gunicorn with several workers on PostgreSQL; exactly K must get a
seat and the others a place on the waiting list. Repeated R times (one event a
round). Prints one line per round and the totals; exits 1 on any wrong count.

    .venv/bin/python -m bench.evidence.seat_race [--workers 5] [--people 50]
        [--seats 7] [--rounds 30]

Needs PostgreSQL at 127.0.0.1:5432 (EVIDENCE_PG_ADMIN_URL); a throw-away database
is created and dropped.
"""

import argparse
import json
import sys
import threading
from collections import Counter
from http.client import HTTPConnection

from bench.evidence.server import api_headers, portal, step


def setup(people: int, rounds: int, seats: int) -> None:
    """Inside Django: ``people`` citizens with sessions, ``rounds`` events."""
    import django

    django.setup()
    from accounts.models import User
    from bench.evidence.server import session_for
    from tests.factories import EventFactory

    # New people each round: one person may register only so many times an hour.
    users = User.objects.bulk_create(
        [
            User(
                username=f"r{i}@race.invalid",
                email=f"r{i}@race.invalid",
                display_name=f"Racer {i}",
            )
            for i in range(people * rounds)
        ]
    )
    sessions = [session_for(u) for u in users]
    events = [EventFactory(capacity=seats).pk for _ in range(rounds)]
    groups = [sessions[i * people : (i + 1) * people] for i in range(rounds)]
    print(json.dumps({"sessions": groups, "events": events}))


def stored(database: str, event: int) -> dict:
    import psycopg

    with psycopg.connect(database) as conn:
        rows = conn.execute(
            "SELECT status, count(*) FROM events_registration WHERE event_id = %s"
            " GROUP BY status",
            [event],
        ).fetchall()
    return dict(rows)


def race(port: int, event: int, sessions: list[str]) -> Counter:
    barrier = threading.Barrier(len(sessions))
    answers = Counter()
    lock = threading.Lock()

    def register(session):
        conn = HTTPConnection("127.0.0.1", port, timeout=60)
        conn.connect()
        barrier.wait()
        conn.request(
            "POST",
            "/api/registrations/",
            json.dumps({"event": event}),
            api_headers(session),
        )
        response = conn.getresponse()
        body = response.read()
        status = json.loads(body).get("status", "?") if response.status == 201 else "-"
        with lock:
            answers[f"{response.status} {status}"] += 1

    threads = [threading.Thread(target=register, args=(s,)) for s in sessions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=5)
    parser.add_argument("--people", type=int, default=50)
    parser.add_argument("--seats", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=30)
    opts = parser.parse_args(argv)
    wrong = 0
    with portal(workers=opts.workers) as site:
        seed = site.django(
            "bench.evidence.seat_race",
            "setup",
            str(opts.people),
            str(opts.rounds),
            str(opts.seats),
        )
        site.start()
        step(f"gunicorn with {opts.workers} workers on PostgreSQL")
        for number, event in enumerate(seed["events"], 1):
            answers = race(site.port, event, seed["sessions"][number - 1])
            rows = stored(site.env["DATABASE_URL"], event)
            ok = (
                rows == {"confirmed": opts.seats, "waiting": opts.people - opts.seats}
                and answers.get("201 confirmed", 0) == opts.seats
                and answers.get("201 waiting", 0) == opts.people - opts.seats
            )
            wrong += not ok
            print(
                f"round {number}: answers {dict(answers)}, stored {rows}"
                + ("" if ok else "  WRONG"),
                flush=True,
            )
    print(
        f"{opts.rounds} rounds of {opts.people} concurrent registrations for "
        f"{opts.seats} seats, PostgreSQL, gunicorn {opts.workers} workers: "
        f"{opts.rounds - wrong} exact, {wrong} wrong"
    )
    return 1 if wrong else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "setup":
        setup(*(int(a) for a in sys.argv[2:5]))
    else:
        sys.exit(main())
