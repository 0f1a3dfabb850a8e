"""Crash durability: comments written through the API while ``kill -9`` hits
gunicorn's workers; counts the acknowledged writes lost or doubled.

Each write carries a unique marker in its body and an ``Idempotency-Key``; a
client whose connection dies (its worker was killed) sends the same request
again, as a careful client would, until it gets an answer. Afterwards the
database is read: an acknowledged marker missing is a lost write, a marker
stored twice is a doubled one.

    .venv/bin/python -m bench.evidence.crash_writes [--workers 5] [--writes 1000]
        [--clients 10] [--kill-every 0.5]

Needs PostgreSQL at 127.0.0.1:5432 (EVIDENCE_PG_ADMIN_URL); a throw-away database
is created and dropped.
"""

import argparse
import json
import os
import random
import signal
import sys
import threading
import time
import uuid
from collections import Counter
from http.client import HTTPConnection

from bench.evidence.server import api_headers, portal, step

ACCOUNTS = 100  # 30 comments an hour per account: 1,000 writes need 34 or more
LOCK = threading.Lock()


def count(results: Counter, key: str) -> None:
    with LOCK:
        results[key] += 1


def setup(accounts: int) -> None:
    """Inside Django: citizens with sessions, published contributions."""
    import django

    django.setup()
    from accounts.models import User
    from bench.evidence.server import session_for
    from tests.factories import ConsultationFactory, ContributionFactory

    users = User.objects.bulk_create(
        [
            User(
                username=f"w{i}@crash.invalid",
                email=f"w{i}@crash.invalid",
                display_name=f"Writer {i}",
            )
            for i in range(accounts)
        ]
    )
    author = users[0]
    contributions = [
        ContributionFactory(consultation=ConsultationFactory(), author=author).pk
        for _ in range(10)
    ]
    print(
        json.dumps(
            {
                "sessions": [session_for(u) for u in users],
                "contributions": contributions,
            }
        )
    )


class Client(threading.Thread):
    def __init__(self, port, jobs, seed, results, markers):
        super().__init__(daemon=True)
        self.port, self.jobs, self.seed = port, jobs, seed
        self.results, self.markers = results, markers

    def run(self):
        while True:
            try:
                index = self.jobs.pop()
            except IndexError:
                return
            self.write(index)

    def write(self, index):
        marker = f"crash-{index}-{uuid.uuid4().hex[:12]}"
        body = json.dumps(
            {
                "contribution": self.seed["contributions"][index % 10],
                "body": f"Commentaire {marker}",
            }
        )
        headers = api_headers(self.seed["sessions"][index % ACCOUNTS])
        headers["Idempotency-Key"] = marker
        for attempt in range(20):
            try:
                conn = HTTPConnection("127.0.0.1", self.port, timeout=30)
                conn.request("POST", "/api/comments/", body, headers)
                response = conn.getresponse()
                response.read()
                conn.close()
            except OSError:  # the worker died with the connection: send it again
                count(self.results, "retries")
                time.sleep(0.05 * (attempt + 1))
                continue
            if response.status >= 500:
                count(self.results, "retries")
                count(self.results, f"status {response.status}")
                continue
            count(self.results, f"status {response.status}")
            if response.status in (200, 201):
                count(self.results, "acknowledged")
                self.markers.append(marker)
            return
        count(self.results, "gave up")


def killer(site, stop: threading.Event, every: float, results: Counter) -> None:
    rng = random.Random(1)
    while not stop.wait(every):
        pids = site.worker_pids()
        if pids:
            try:
                os.kill(rng.choice(pids), signal.SIGKILL)
                count(results, "kills")
            except ProcessLookupError:
                pass


def stored(database: str) -> Counter:
    import psycopg

    with psycopg.connect(database) as conn:
        rows = conn.execute(
            "SELECT body FROM consultations_comment"
            " WHERE body LIKE 'Commentaire crash-%'"
        ).fetchall()
    return Counter(body.removeprefix("Commentaire ") for (body,) in rows)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=5)
    parser.add_argument("--writes", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--kill-every", type=float, default=0.5)
    opts = parser.parse_args(argv)
    with portal(workers=opts.workers) as site:
        seed = site.django("bench.evidence.crash_writes", "setup", str(ACCOUNTS))
        site.start(preload=True)
        step(f"gunicorn with {opts.workers} workers on PostgreSQL; writing")
        results = Counter()
        jobs = list(range(opts.writes))
        markers = []
        clients = [
            Client(site.port, jobs, seed, results, markers) for _ in range(opts.clients)
        ]
        stop = threading.Event()
        kill = threading.Thread(
            target=killer, args=(site, stop, opts.kill_every, results), daemon=True
        )
        started = time.monotonic()
        kill.start()
        for client in clients:
            client.start()
        for client in clients:
            client.join()
            step(f"client done: {dict(results)}")
        stop.set()
        kill.join()
        seconds = time.monotonic() - started
        in_db = stored(site.env["DATABASE_URL"])
    lost = sum(1 for m in markers if in_db[m] == 0)
    doubled = sum(1 for m, n in in_db.items() if n > 1)
    print(json.dumps(dict(results), sort_keys=True))
    print(
        f"{opts.writes} comments through the API by {opts.clients} clients in "
        f"{seconds:.0f} s, PostgreSQL, gunicorn {opts.workers} workers, "
        f"{results['kills']} workers killed with SIGKILL, {results['retries']} "
        f"requests sent again: {len(markers)} acknowledged, {lost} lost, "
        f"{doubled} doubled"
    )
    return 1 if lost or doubled else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "setup":
        setup(int(sys.argv[2]))
    else:
        sys.exit(main())
