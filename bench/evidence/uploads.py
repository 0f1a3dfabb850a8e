"""Upload corpus with peak memory: hostile files (``bench.evidence.corpus``) sent to
every upload path reachable over HTTP, against gunicorn with several workers on
PostgreSQL, DEBUG off, with the task worker (``db_worker``) running the text
extraction of what the library accepts.

For each file and path: the answer (status, time, accepted or refused) and the
peak memory of the worker that answered, read from the kernel: before each
request every process's peak (VmHWM) is reset (``/proc/<pid>/clear_refs``), after
it the rise of the peak over the resident size before is the request's cost.
The task worker and its extraction children are sampled every 20 ms meanwhile.

    .venv/bin/python -m bench.evidence.uploads [--workers 5]

Exits 1 when a hostile file is accepted (but the two valid heavy ones), a
control is refused, or a worker's peak rises by more than --max-mb (64).
Needs PostgreSQL at 127.0.0.1:5432 (EVIDENCE_PG_ADMIN_URL).
"""

import argparse
import json
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import requests

from bench.evidence.corpus import corpus
from bench.evidence.memory import Sampler, reset_peak, settled, status_kb
from bench.evidence.server import CSRF, PY, ROOT, portal, step


def setup() -> None:
    """Inside Django: a consultation, a citizen, an organisation's representative
    with a working group and a call to apply to, an editor; their sessions."""
    import django

    django.setup()
    from bench.evidence.server import session_for
    from core.roles import EDITORS
    from demo.site import ensure_site
    from tests.factories import (
        CallFactory,
        ConsultationFactory,
        OrganisationFactory,
        UserFactory,
        WorkingGroupFactory,
    )
    from tests.factories.cms import member_of

    ensure_site(hostname="127.0.0.1")
    citizen = UserFactory(email="citizen@uploads.invalid")
    representative = UserFactory(email="rep@uploads.invalid")
    editor = member_of(UserFactory(email="editor@uploads.invalid"), EDITORS)
    organisation = OrganisationFactory(representatives=[representative])
    consultation = ConsultationFactory()
    groups = [WorkingGroupFactory().pk for _ in range(25)]
    call = CallFactory()
    print(
        json.dumps(
            {
                "consultation": consultation.pk,
                "slug": consultation.slug,
                "sessions": {
                    "citizen": session_for(citizen),
                    "representative": session_for(representative),
                    "editor": session_for(editor),
                },
                "organisation": {
                    "pk": organisation.pk,
                    "slug": organisation.slug,
                    "fields": {
                        "name_ar": organisation.name_ar,
                        "name_fr": organisation.name_fr,
                        "region": organisation.region,
                        "province": organisation.province,
                        "presentation": organisation.presentation,
                    },
                },
                "groups": groups,
                "call": call.slug,
                "requirements": [r.pk for r in call.required_documents.all()],
            }
        )
    )


# --- the paths ----------------------------------------------------------


class Paths:
    def __init__(self, base: str, seed: dict):
        self.base, self.seed = base, seed
        self.anonymous = requests.Session()
        self.sessions = {}
        for role, key in seed["sessions"].items():
            session = requests.Session()
            session.cookies.set("sessionid", key)
            self.sessions[role] = session
        for session in [self.anonymous, *self.sessions.values()]:
            session.cookies.set("csrftoken", CSRF)
            session.headers.update(
                {"Host": "127.0.0.1", "X-CSRFToken": CSRF, "Referer": base + "/"}
            )
        self.sent = self.group_applications = 0
        self.waited = 0.0

    def started(self, session, path: str) -> str:
        """The form's signed start time (the fill-time check), as a browser gets it."""
        html = session.get(self.base + path, timeout=120).text
        found = re.search(r'name="started" value="([^"]+)"', html)
        if not found:
            raise RuntimeError(f"no form at {path}")
        return found.group(1)

    def contribution(self) -> dict:
        self.sent += 1
        return {
            "consultation": self.seed["consultation"],
            "kind": "proposal",
            "title": f"Upload {self.sent}",
            "body": "A proposal with a file attached to it.",
            "language": "fr",
            "author_name": "Visitor",
            "author_email": f"v{self.sent}@uploads.invalid",
            "accept": "on",
        }

    def post(self, session, path, data, files, **kwargs):
        return session.post(
            self.base + path, data=data, files=files, timeout=300, **kwargs
        )

    def api_contribution_anonymous(self, sample, files):
        challenge = self.anonymous.get(self.base + "/api/challenge/", timeout=60)
        from core.challenge import solve

        data = {**self.contribution(), "altcha": solve(challenge.json())}
        answer = self.post(self.anonymous, "/api/contributions/", data, files)
        return answer, answer.status_code == 201

    def api_contribution_citizen(self, sample, files):
        data = self.contribution()
        answer = self.post(self.sessions["citizen"], "/api/contributions/", data, files)
        return answer, answer.status_code == 201

    def _site_contribution(self, session, files):
        path = f"/en/consultations/{self.seed['slug']}/contribute/"
        began = time.perf_counter()
        data = {**self.contribution(), "started": self.started(session, path)}
        time.sleep(3.1)  # the form's minimum fill time
        self.waited = time.perf_counter() - began  # not the answer's time
        answer = self.post(session, path, data, {"attachment": files["attachment"]})
        return answer, answer.status_code == 200

    def site_contribution_anonymous(self, sample, files):
        return self._site_contribution(self.anonymous, files)

    def site_contribution_citizen(self, sample, files):
        return self._site_contribution(self.sessions["citizen"], files)

    def site_organisation_logo(self, sample, files):
        organisation = self.seed["organisation"]
        path = f"/en/organisations/{organisation['slug']}/edit/"
        answer = self.post(
            self.sessions["representative"],
            path,
            organisation["fields"],
            {"logo": files["attachment"]},
            allow_redirects=False,
        )
        return answer, answer.status_code == 302

    def api_group_application(self, sample, files):
        data = {
            "organisation": self.seed["organisation"]["pk"],
            # One application per group: each accepted control needs its own.
            "group": self.seed["groups"][self.group_applications],
            "motivation": "We would like to take part.",
        }
        answer = self.post(
            self.sessions["representative"],
            "/api/working-group-applications/",
            data,
            {"document": files["attachment"]},
        )
        self.group_applications += answer.status_code == 201
        return answer, answer.status_code == 201

    def _requirement(self):
        return f"document_{self.seed['requirements'][0]}"

    def api_call_application(self, sample, files):
        data = {
            "call": self.seed["call"],
            "organisation": self.seed["organisation"]["slug"],
            "experience": "Ten years",
            "programme": "Follow-up",
        }
        answer = self.post(
            self.sessions["representative"],
            "/api/calls/applications/",
            data,
            {self._requirement(): files["attachment"]},
        )
        return answer, answer.status_code == 201

    def site_call_application(self, sample, files):
        data = {
            "organisation": self.seed["organisation"]["pk"],
            "experience": "Ten years",
            "programme": "Follow-up",
        }
        answer = self.post(
            self.sessions["representative"],
            f"/en/calls/{self.seed['call']}/apply/",
            data,
            {self._requirement(): files["attachment"]},
            allow_redirects=False,
        )
        return answer, answer.status_code == 302

    def _admin(self, kind, files):
        answer = self.post(
            self.sessions["editor"],
            f"/admin/{kind}/multiple/add/",
            {"title": "Upload", "collection": "1"},  # the root collection
            {"files[]": files["attachment"]},
            headers={"X-Requested-With": "XMLHttpRequest"},
        )
        try:
            accepted = bool(answer.json().get("success"))
        except ValueError:
            accepted = False
        return answer, accepted

    def admin_image(self, sample, files):
        return self._admin("images", files)

    def admin_document(self, sample, files):
        """The library's full form (the multiple uploader keeps a file whose
        required fields are missing aside, unextracted, until they are given)."""
        answer = self.post(
            self.sessions["editor"],
            "/admin/documents/add/",
            {
                "title": "Upload",
                "collection": "1",
                "category": "studies",
                "language": "fr",
            },
            {"file": files["attachment"]},
            allow_redirects=False,
        )
        return answer, answer.status_code == 302


# (name, method, the kinds its benign control may be)
PATHS = [
    (
        "attachment, API, anonymous + proof of work",
        "api_contribution_anonymous",
        ("jpeg", "pdf"),
    ),
    ("attachment, API, signed in", "api_contribution_citizen", ("jpeg", "pdf")),
    (
        "attachment, site form, anonymous",
        "site_contribution_anonymous",
        ("jpeg", "pdf"),
    ),
    ("attachment, site form, signed in", "site_contribution_citizen", ("jpeg", "pdf")),
    ("organisation logo, site form", "site_organisation_logo", ("jpeg",)),
    (
        "working-group application document, API",
        "api_group_application",
        ("jpeg", "pdf", "docx"),
    ),
    ("call application document, API", "api_call_application", ("jpeg", "pdf", "docx")),
    (
        "call application document, site form",
        "site_call_application",
        ("jpeg", "pdf", "docx"),
    ),
    ("admin image (editor)", "admin_image", ("jpeg",)),
    ("admin document, library form (editor)", "admin_document", ("pdf", "docx")),
]


def send(paths: Paths, method: str, sample, pids: list[int]) -> dict:
    """One upload; the answer and the rise of each worker's peak during it."""
    before = {pid: status_kb(pid, "VmRSS") for pid in pids}
    for pid in pids:
        reset_peak(pid)
    files = {"attachment": (sample.name, sample.data, sample.content_type)}
    paths.waited = 0.0
    started = time.perf_counter()
    try:
        answer, accepted = getattr(paths, method)(sample, files)
        status = answer.status_code
    except requests.RequestException as error:
        status, accepted = f"error {type(error).__name__}", False
    seconds = time.perf_counter() - started - paths.waited
    rise = max(
        (status_kb(pid, "VmHWM") - before[pid]) / 1024 for pid in pids if before[pid]
    )
    return {"status": status, "accepted": accepted, "seconds": seconds, "rise": rise}


def verdict(sample, kinds, result) -> str:
    if sample.expect == "either":
        return "ok"
    expected = sample.expect == "accept" and sample.benign in kinds
    return "ok" if result["accepted"] == expected else "WRONG"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=5)
    parser.add_argument("--max-mb", type=float, default=64)
    opts = parser.parse_args(argv)
    step("making the corpus")
    samples = corpus()
    extra = {"TASKS_BACKEND": "database"}
    wrong, rows, worker = 0, [], None
    with portal(workers=opts.workers, pages=True, extra_env=extra) as site:
        seed = site.django("bench.evidence.uploads", "setup")
        site.start()
        log = open(Path(site.env["SHARAKA_VAR_DIR"]) / "worker.log", "ab")  # noqa: SIM115
        worker = subprocess.Popen(  # noqa: S603
            [
                PY,
                "manage.py",
                "db_worker",
                "--interval",
                "0.5",
                "--no-startup-delay",
                "--no-reload",
            ],
            cwd=ROOT,
            env=site.env,
            stdout=log,
            stderr=log,
        )
        try:
            settled(worker.pid)
            sampler = Sampler(worker.pid)
            sampler.start()
            task_before = status_kb(worker.pid, "VmRSS") / 1024
            reset_peak(worker.pid)
            pids = site.worker_pids()
            step(f"gunicorn with {opts.workers} workers, db_worker {worker.pid}")
            paths = Paths(site.base, seed)
            for path_name, method, kinds in PATHS:
                for sample in samples:
                    result = send(paths, method, sample, pids)
                    mark = verdict(sample, kinds, result)
                    wrong += mark != "ok" or result["rise"] > opts.max_mb
                    rows.append((path_name, sample, result, mark, kinds))
                    print(
                        f"{path_name} | {sample.label} | {result['status']} "
                        f"{'accepted' if result['accepted'] else 'refused'} | "
                        f"{result['seconds']:.2f} s | +{result['rise']:.1f} MB"
                        + ("" if mark == "ok" else "  WRONG"),
                        flush=True,
                    )
            step("waiting for the text extractions")
            deadline = time.monotonic() + 300
            while time.monotonic() < deadline and pending(site.env["DATABASE_URL"]):
                time.sleep(1)
            extractions = pending(site.env["DATABASE_URL"], every=True)
            sampler.stop = True
            sampler.join()
            task_rise = sampler.peak / 1024 - task_before
        finally:
            worker.terminate()
            try:
                worker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                worker.kill()
    hostile = [r for r in rows if r[1].expect == "refuse"]
    either = [r for r in rows if r[1].expect == "either"]
    controls = [r for r in rows if r[1].expect == "accept" and r[1].benign in r[4]]
    statuses = Counter(str(r[2]["status"]) for r in hostile)
    print(
        f"{len(samples)} files x {len(PATHS)} paths = {len(rows)} uploads, "
        f"PostgreSQL, gunicorn {opts.workers} workers, DEBUG off: hostile "
        f"{sum(not r[2]['accepted'] for r in hostile)} of {len(hostile)} refused "
        f"(answers {dict(statuses)}; the admin's uploader answers 200 with an "
        f"error); valid but heavy or mislabelled "
        f"{sum(r[2]['accepted'] for r in either)} of {len(either)} accepted where "
        f"their real kind is; controls {sum(r[2]['accepted'] for r in controls)} "
        f"of {len(controls)} accepted; peak rise of the answering worker at most "
        f"{max(r[2]['rise'] for r in rows):.1f} MB (median "
        f"{statistics.median(r[2]['rise'] for r in rows):.1f}); slowest answer "
        f"{max(r[2]['seconds'] for r in rows):.2f} s; task worker peak "
        f"+{task_rise:.1f} MB, extraction child peak "
        f"{sampler.child_peak / 1024:.0f} MB; extractions {extractions}; "
        f"{wrong} wrong"
    )
    return 1 if wrong else 0


def pending(database: str, *, every: bool = False):
    import psycopg

    with psycopg.connect(database) as conn:
        rows = conn.execute(
            "SELECT extraction_status, count(*) FROM library_librarydocument"
            " GROUP BY extraction_status"
        ).fetchall()
    counts = dict(rows)
    return counts if every else counts.get("pending", 0)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "setup":
        setup()
    else:
        sys.exit(main())
