"""People at human pace, against gunicorn with several workers on PostgreSQL,
DEBUG off, behind a (simulated) trusted proxy; none may be refused.

1. A workshop: 12 people behind one address (the venue's) sign in within a
   minute (one every 5 s), each writes a proposal on the site's form (20 s of
   typing) and comments on the consultation.
2. One person writes 6 proposals in an hour, signed in, then another without
   an account (the same name and email each time). The limits count actions
   in fixed windows of an hour (``core.antiabuse.rate_limit``), so 6 posts a
   few seconds apart meet the same count as 6 spread over the hour; they are
   sent 4 s apart (over the forms' 3 s fill time), with different texts.
3. 12 people without an account at the venue's address write through the API,
   each solving the proof of work (one every 5 s).

    .venv/bin/python -m bench.evidence.humans [--workers 5] [--people 12]

Exits 1 when anyone is refused. Needs PostgreSQL at 127.0.0.1:5432
(EVIDENCE_PG_ADMIN_URL).
"""

import argparse
import sys
import threading
import time

from bench.evidence.server import portal, step
from bench.evidence.visitors import (
    Visitor,
    contribute_path,
    contribution,
    site_contribution,
    wait,
)

VENUE = "10.60.0.1"


class Results:
    def __init__(self):
        self.lock = threading.Lock()
        self.rows = {}
        self.notes = []

    def add(self, name: str, ok: bool, note: str = "") -> None:
        with self.lock:
            accepted, refused = self.rows.get(name, (0, 0))
            self.rows[name] = (accepted + ok, refused + (not ok))
            if not ok and note:
                self.notes.append(f"{name}: {note}")


def refusal(answer) -> str:
    import re

    text = " ".join(re.sub(r"<[^>]+>", " ", answer.text).split())
    found = re.search(r"(Too many[^.]*\.|[^.>]*(?:wait|quickly|already)[^.]*\.)", text)
    return f"{answer.status_code} {found.group(1).strip()[:120] if found else ''}"


def workshop_person(base, seed, email, delay, results):
    wait(delay)
    person = Visitor(base, VENUE)
    answer = person.sign_in(email)
    signed_in = answer.status_code == 302
    results.add("workshop: sign in", signed_in, refusal(answer))
    if not signed_in:
        return
    path = contribute_path(seed["slug"])
    token = person.started(path)
    wait(20)  # typing the proposal
    answer = person.post(path, {**site_contribution(seed["slug"]), "started": token})
    results.add(
        "workshop: proposal (site form)", answer.status_code == 200, refusal(answer)
    )
    wait(10)
    answer = person.post(
        f"/en/consultations/{seed['slug']}/comment/",
        {"body": f"I agree with the others, said {email}."},
    )
    commented = answer.status_code == 302 and "login" not in answer.headers.get(
        "Location", ""
    )
    results.add("workshop: comment (site form)", commented, refusal(answer))


def six_proposals(base, seed, results, *, session_key="", email=""):
    name = "one person, 6 proposals, " + ("signed in" if session_key else "no account")
    person = Visitor(
        base, "10.61.0.1" if session_key else "10.61.0.2", session_key=session_key
    )
    path = contribute_path(seed["slug"])
    for number in range(6):
        token = person.started(path)
        wait(4)
        data = site_contribution(seed["slug"], email, title=f"My idea {number + 1}")
        answer = person.post(path, {**data, "started": token})
        results.add(name, answer.status_code == 200, refusal(answer))


def api_person(base, seed, number, delay, results):
    wait(delay)
    person = Visitor(base, VENUE)
    proof = person.proof()  # in a browser: a second or two of a web worker
    data = contribution(
        seed["consultation"],
        author_name=f"Person {number}",
        author_email=f"anon{number}@people.invalid",
        altcha=proof,
    )
    answer = person.api("/api/contributions/", data)
    results.add(
        "anonymous API writes with a proof of work",
        answer.status_code == 201,
        f"{answer.status_code} {answer.text[:200]}",
    )


def run_threads(targets) -> None:
    threads = [threading.Thread(target=t, args=a) for t, a in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=600)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=5)
    parser.add_argument("--people", type=int, default=12)
    opts = parser.parse_args(argv)
    results = Results()
    extra = {"TRUSTED_PROXY": "1"}
    with portal(workers=opts.workers, pages=True, extra_env=extra) as site:
        seed = site.django("bench.evidence.bots", "setup", str(opts.people + 1))
        site.start()
        step(f"gunicorn with {opts.workers} workers on PostgreSQL, trusted proxy")
        started = time.monotonic()
        run_threads(
            (workshop_person, (site.base, seed, email, 5 * i, results))
            for i, email in enumerate(seed["people"][: opts.people])
        )
        step(f"workshop done in {time.monotonic() - started:.0f} s")
        six_proposals(site.base, seed, results, session_key=seed["sessions"][-1])
        six_proposals(site.base, seed, results, email="same@people.invalid")
        run_threads(
            (api_person, (site.base, seed, i, 5 * i, results))
            for i in range(opts.people)
        )
    refused = 0
    for name, (accepted, no) in results.rows.items():
        refused += no
        print(f"{name}: {accepted} accepted, {no} refused", flush=True)
    for note in results.notes:
        print("  refused:", note)
    print(
        f"people at human pace, PostgreSQL, gunicorn {opts.workers} workers: "
        f"{sum(a for a, _ in results.rows.values())} accepted, {refused} refused"
    )
    return 1 if refused else 0


if __name__ == "__main__":
    sys.exit(main())
