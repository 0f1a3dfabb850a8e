"""Bot simulation: programs posting contributions, comments, event registrations
and sign-ups against gunicorn with several workers on PostgreSQL, DEBUG off,
behind a (simulated) trusted proxy. Counts accepted and refused for each:

a. site forms sent too fast, or with the honeypot filled;
b. one form token replayed;
c. anonymous API writes without, with a forged, or with a reused proof of work;
d. one address flooding (proofs of work solved, one email a write);
e. rotating addresses: forged in X-Forwarded-For (the proxy appends the real
   one, which the portal counts), then really rotating (a botnet).

    .venv/bin/python -m bench.evidence.bots [--workers 5] [--flood 40]

Each scenario comes from its own address (the last X-Forwarded-For entry, the
one a proxy writes), so that the limits one spends do not refuse another.
Exits 1 when a bot gets more than its rule allows. Needs PostgreSQL at
127.0.0.1:5432 (EVIDENCE_PG_ADMIN_URL).
"""

import argparse
import base64
import hashlib
import hmac
import json
import sys
import time
import uuid

from bench.evidence.server import portal, step
from bench.evidence.visitors import (
    PASSWORD,
    Visitor,
    contribute_path,
    contribution,
    site_contribution,
    wait,
)


def setup(people: int) -> None:
    """Inside Django: an open consultation taking anonymous contributions, an
    event, ``people`` citizens with a password and a session."""
    import django

    django.setup()
    from bench.evidence.server import session_for
    from demo.site import ensure_site
    from tests.factories import ConsultationFactory, EventFactory, UserFactory

    ensure_site(hostname="127.0.0.1")
    consultation = ConsultationFactory()
    users = [
        UserFactory(email=f"p{i}@people.invalid", password=PASSWORD)
        for i in range(people)
    ]
    print(
        json.dumps(
            {
                "consultation": consultation.pk,
                "slug": consultation.slug,
                "event": EventFactory(capacity=1000).pk,
                "people": [u.email for u in users],
                "sessions": [session_for(u) for u in users],
            }
        )
    )


class Tally:
    def __init__(self):
        self.rows, self.controls = [], []

    def add(self, name: str, answers: list[bool], allowed: int, rule: str) -> None:
        accepted = sum(answers)
        ok = accepted <= allowed
        self.rows.append((name, accepted, len(answers) - accepted, allowed, ok))
        print(
            f"{name}: {accepted} accepted, {len(answers) - accepted} refused "
            f"(at most {allowed}: {rule})" + ("" if ok else "  TOO MANY"),
            flush=True,
        )

    def control(self, name: str, answers: list[bool]) -> None:
        """The same request done properly: it must pass, or the refusals above
        would prove nothing."""
        accepted = sum(answers)
        ok = accepted == len(answers)
        self.controls.append(ok)
        print(
            f"control, {name}: {accepted} of {len(answers)} accepted"
            + ("" if ok else "  REFUSED"),
            flush=True,
        )


def fresh_email() -> str:
    return f"bot-{uuid.uuid4().hex[:10]}@bots.invalid"


def forged_proof(visitor: Visitor) -> str:
    """A challenge made up by the bot, signed with a guessed key."""
    salt = f"{uuid.uuid4().hex}?expires={int(time.time()) + 600}"
    challenge = hashlib.sha256(f"{salt}7".encode()).hexdigest()
    signature = hmac.new(b"guess", challenge.encode(), hashlib.sha256).hexdigest()
    payload = {
        "algorithm": "SHA-256",
        "challenge": challenge,
        "number": 7,
        "salt": salt,
        "signature": signature,
    }
    return base64.b64encode(json.dumps(payload).encode()).decode()


def warm_up(base: str, seed: dict, workers: int) -> None:
    """Load every worker's code for the forms first: a cold worker can take
    seconds to import it, which a too-fast post would spend as "fill time"."""
    visitor = Visitor(base, "10.9.0.1")
    for path in (contribute_path(seed["slug"]), f"/en/events/{seed['event']}/"):
        for _ in range(workers * 3):
            visitor.get(path)
            visitor.post(path, {"title": ""})


def site_forms(base: str, seed: dict, tally: Tally, n: int) -> None:
    path = contribute_path(seed["slug"])
    event_path = f"/en/events/{seed['event']}/"
    bot = Visitor(base, "10.10.0.1")
    fast, honeypot, fast_event, honeypot_event = [], [], [], []
    for _ in range(n):
        data = site_contribution(seed["slug"], fresh_email())
        fast.append(
            bot.post(path, {**data, "started": bot.started(path)}).status_code == 200
        )
        token = bot.started(path)
        event = {
            "name": "Bot",
            "email": fresh_email(),
            "region": "",
            "organisation": "",
        }
        event_token = bot.started(event_path)
        fast_event.append(
            bot.post(event_path, {**event, "started": event_token}).status_code == 302
        )
        wait(3.1)
        answer = bot.post(path, {**data, "started": token, "website": "http://x.y"})
        honeypot.append(answer.status_code == 200)
        event_token = bot.started(event_path)
        wait(3.1)
        answer = bot.post(
            event_path, {**event, "started": event_token, "website": "http://x.y"}
        )
        honeypot_event.append(answer.status_code == 302)
    human = Visitor(base, "10.10.0.9")
    data = site_contribution(seed["slug"], fresh_email())
    token, event_token = human.started(path), human.started(event_path)
    event = {"name": "Person", "email": fresh_email(), "region": "", "organisation": ""}
    wait(3.1)
    tally.control(
        "the contribution and registration forms after 3 s",
        [
            human.post(path, {**data, "started": token}).status_code == 200,
            human.post(event_path, {**event, "started": event_token}).status_code
            == 302,
        ],
    )
    tally.add("a. contribution form sent at once", fast, 0, "3 s fill time")
    tally.add("a. contribution form, honeypot filled", honeypot, 0, "honeypot")
    tally.add("a. event registration form sent at once", fast_event, 0, "fill time")
    tally.add(
        "a. event registration form, honeypot filled", honeypot_event, 0, "honeypot"
    )

    replay = Visitor(base, "10.10.0.2")
    token = replay.started(path)
    wait(3.1)
    answers = []
    for i in range(n * 2):
        replay.address = f"10.10.1.{i + 1}"  # even from many addresses
        data = site_contribution(seed["slug"], fresh_email())
        answers.append(replay.post(path, {**data, "started": token}).status_code == 200)
    tally.add("b. one contribution form token replayed", answers, 1, "single use")


def api_proofs(base: str, seed: dict, tally: Tally, n: int) -> None:
    consultation = seed["consultation"]

    def write(bot, proof):
        data = contribution(consultation, author_name="Bot", author_email=fresh_email())
        if proof is not None:
            data["altcha"] = proof
        return bot.api("/api/contributions/", data).status_code == 201

    bot = Visitor(base, "10.20.0.1")
    tally.add(
        "c. API contribution without proof of work",
        [write(bot, None) for _ in range(n)],
        0,
        "proof of work",
    )
    bot = Visitor(base, "10.20.0.2")
    tally.add(
        "c. API contribution, forged proof of work",
        [write(bot, forged_proof(bot)) for _ in range(n)],
        0,
        "signature",
    )
    bot = Visitor(base, "10.20.0.3")
    proof = bot.proof()
    tally.add(
        "c. API contribution, one proof of work reused",
        [write(bot, proof) for _ in range(n)],
        1,
        "single use",
    )
    human = Visitor(base, "10.20.0.9")
    registration = {"event": seed["event"], "name": "P", "email": fresh_email()}
    tally.control(
        "API contribution and registration with a solved proof of work",
        [
            write(human, human.proof()),
            human.api(
                "/api/registrations/", {**registration, "altcha": human.proof()}
            ).status_code
            == 201,
        ],
    )
    bot = Visitor(base, "10.20.0.4")
    answers = []
    for _ in range(n):
        data = {"event": seed["event"], "name": "Bot", "email": fresh_email()}
        answers.append(bot.api("/api/registrations/", data).status_code == 201)
    tally.add(
        "c. API event registration without proof of work", answers, 0, "proof of work"
    )


def floods(base: str, seed: dict, tally: Tally, flood: int) -> None:
    consultation = seed["consultation"]

    def solved_write(bot):
        data = contribution(
            consultation,
            author_name="Bot",
            author_email=fresh_email(),
            altcha=bot.proof(),
        )
        return bot.api("/api/contributions/", data).status_code == 201

    bot = Visitor(base, "10.30.0.1")
    tally.add(
        "d. one address, API contributions (proofs solved)",
        [solved_write(bot) for _ in range(flood)],
        30,
        "30 an hour an address",
    )
    bot = Visitor(base, "10.30.0.2")
    answers = []
    for _ in range(flood):
        data = site_contribution(seed["slug"], fresh_email())
        path = contribute_path(seed["slug"])
        token = bot.started(path)
        answers.append((data, token))
    wait(3.1)
    results = [
        bot.post(contribute_path(seed["slug"]), {**d, "started": t}).status_code == 200
        for d, t in answers
    ]
    tally.add(
        "d. one address, site contribution form", results, 30, "30 an hour an address"
    )
    bot = Visitor(base, "10.30.0.3")
    answers = []
    for _ in range(flood):
        bot.http.cookies.clear()
        bot.http.cookies.set("csrftoken", "e" * 32)
        data = {"email": fresh_email(), "password1": PASSWORD, "password2": PASSWORD}
        answers.append(bot.post("/en/accounts/signup/", data).status_code == 302)
    tally.add(
        "d. one address, sign-ups within a minute",
        answers,
        10,
        "10 a minute an address",
    )
    bot = Visitor(base, "10.30.0.4", session_key=seed["sessions"][0])
    answers = []
    for i in range(flood):
        data = {"consultation": consultation, "body": f"Me again, comment {i}."}
        answers.append(bot.api("/api/comments/", data).status_code == 201)
    tally.add("d. one account, API comments", answers, 30, "30 an hour an account")

    bot = Visitor(base, "10.40.0.1")
    answers = []
    for i in range(flood):
        bot.forged = f"198.51.{i // 250}.{i % 250 + 1}"
        answers.append(solved_write(bot))
    tally.add(
        "e. rotating forged X-Forwarded-For, one real address",
        answers,
        30,
        "the proxy's entry counts",
    )
    answers = []
    for i in range(flood):
        bot = Visitor(base, f"10.50.{i // 250}.{i % 250 + 1}")
        answers.append(solved_write(bot))
    tally.add(
        "e. really rotating addresses (a botnet), proofs solved",
        answers,
        flood,
        "no address limit applies; each write costs a proof of work "
        "and waits for its email confirmation and moderation",
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=5)
    parser.add_argument("--tries", type=int, default=10)
    parser.add_argument("--flood", type=int, default=40)
    opts = parser.parse_args(argv)
    extra = {"TRUSTED_PROXY": "1"}
    tally = Tally()
    with portal(workers=opts.workers, pages=True, extra_env=extra) as site:
        seed = site.django("bench.evidence.bots", "setup", "1")
        site.start()
        step(f"gunicorn with {opts.workers} workers on PostgreSQL, trusted proxy")
        warm_up(site.base, seed, opts.workers)
        site_forms(site.base, seed, tally, opts.tries)
        api_proofs(site.base, seed, tally, opts.tries)
        floods(site.base, seed, tally, opts.flood)
    wrong = sum(not row[4] for row in tally.rows) + tally.controls.count(False)
    print(
        f"{len(tally.rows)} bot scenarios, PostgreSQL, gunicorn {opts.workers} "
        f"workers: {sum(r[1] for r in tally.rows)} writes accepted, "
        f"{sum(r[2] for r in tally.rows)} refused; "
        f"{wrong} over their rule or controls refused"
    )
    return 1 if wrong else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "setup":
        setup(int(sys.argv[2]))
    else:
        sys.exit(main())
