"""A production-like portal for the evidence scripts: a throw-away PostgreSQL
database (a copy of a migrated template kept between runs), with the database
cache (no REDIS_URL), DEBUG off, served by gunicorn with several workers.
Everything it creates is removed at the end, but the template.

    with portal(workers=5) as site:
        site.django("bench.evidence.seats", "setup", "50")   # JSON from a helper
        requests to f"http://127.0.0.1:{site.port}/..."
"""

import contextlib
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from bench.wrk import free_port, wait_for

ROOT = Path(__file__).resolve().parent.parent.parent
PY = sys.executable
PG_ADMIN = os.environ.get(
    "EVIDENCE_PG_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres"
)


def step(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


@dataclass
class Portal:
    env: dict
    workers: int
    port: int = 0
    process: subprocess.Popen | None = None
    database: str = ""
    logs: list = field(default_factory=list)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def manage(self, *args: str) -> None:
        subprocess.run(
            [PY, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def django(self, module: str, *args: str):
        """Run ``python -m module args`` against the portal's database; its last
        output line is JSON."""
        out = subprocess.run(
            [PY, "-m", module, *args],
            cwd=ROOT,
            env=self.env,
            check=True,
            stdout=subprocess.PIPE,
            text=True,
        ).stdout
        return json.loads(out.strip().splitlines()[-1])

    def start(self, *, preload: bool = False) -> None:
        """Serve with gunicorn; ``preload`` loads the application once in the
        master, so that a killed worker is replaced in a moment."""
        self.port = free_port()
        log = open(Path(self.env["SHARAKA_VAR_DIR"]) / "gunicorn.log", "ab")  # noqa: SIM115
        self.process = subprocess.Popen(  # noqa: S603
            [
                str(Path(PY).parent / "gunicorn"),
                "cms.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(self.workers),
                "--log-level",
                "warning",
                "--graceful-timeout",
                "5",
                *(["--preload"] if preload else []),
            ],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=log,
        )
        wait_for(self.port)
        self.ready()

    def ready(self, timeout: float = 600) -> None:
        """Wait until a worker answers (the port opens before the workers boot)."""
        from http.client import HTTPConnection

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                conn = HTTPConnection("127.0.0.1", self.port, timeout=120)
                conn.request("GET", "/api/", headers={"Host": "127.0.0.1"})
                if conn.getresponse().status == 200:
                    return
            except OSError:
                pass
            time.sleep(1)
        raise RuntimeError("the portal does not answer")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def worker_pids(self) -> list[int]:
        pid = self.process.pid
        children = Path(f"/proc/{pid}/task/{pid}/children")
        if not children.exists():
            return []
        return [int(p) for p in children.read_text().split()]


def _url(name: str) -> str:
    return PG_ADMIN.rsplit("/", 1)[0] + "/" + name


def _migrations_digest() -> str:
    digest = hashlib.sha256()
    for path in sorted(ROOT.glob("*/migrations/*.py")):
        digest.update(str(path.relative_to(ROOT)).encode() + path.read_bytes())
    return digest.hexdigest()[:10]


def _template(env: dict) -> str:
    """A migrated database to copy (migrating takes a minute or more on a busy
    machine); named after the migrations, so that a new migration makes a new
    one. ``EVIDENCE_KEEP_TEMPLATE=0`` drops it at the end."""
    import psycopg

    name = f"sharaka_evidence_tpl_{_migrations_digest()}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if exists:
            return name
        conn.execute(f'CREATE DATABASE "{name}_new"')
    step(f"migrating a template database ({name})")
    env = dict(env, DATABASE_URL=_url(f"{name}_new"))
    try:
        # The cache table first: the migrations' signals already use the cache.
        # Made whatever cache this run uses: the next run may use the database's.
        steps = (
            (["createcachetable"], dict(env, CACHE_BACKEND="database")),
            (["migrate", "--no-input", "-v0"], env),
        )
        for args, step_env in steps:
            subprocess.run(
                [PY, "manage.py", *args],
                cwd=ROOT,
                env=step_env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'ALTER DATABASE "{name}_new" RENAME TO "{name}"')
    except BaseException:
        _drop_database(_url(f"{name}_new"))
        raise
    return name


def _create_database(env: dict) -> str:
    import psycopg

    template = _template(env)
    name = f"sharaka_evidence_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    if os.environ.get("EVIDENCE_KEEP_TEMPLATE", "1") == "0":
        _drop_database(_url(template))
    return _url(name)


def _drop_database(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def portal(
    workers: int = 5,
    *,
    demo: bool = False,
    pages: bool = False,
    extra_env: dict | None = None,
):
    """Yield a served ``Portal``; the caller seeds it with ``django()`` helpers.
    ``pages``: the site's HTML pages are wanted (their static files are collected)."""
    workdir = Path(tempfile.mkdtemp(prefix="sharaka-evidence-"))
    dropped = ("DATABASE_URL", "REDIS_URL", "CACHE_BACKEND", "SHARAKA_DEMO", "DEBUG")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.update(
        SHARAKA_VAR_DIR=str(workdir),
        PYTHONPATH=str(ROOT),
        LOG_LEVEL="ERROR",
        SECRET_KEY="evidence-" + "k" * 50,
        DEBUG="0",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="0",
        EMAIL_URL="locmem://",
        DJANGO_SETTINGS_MODULE="cms.settings",
    )
    env.update(extra_env or {})  # may replace any of the above
    (workdir / "static").mkdir()
    database = env["DATABASE_URL"] = _create_database(env)
    site = Portal(env=env, workers=workers, database="PostgreSQL")
    try:
        if demo:
            step("loading the demo")
            site.manage("load_demo")
        if demo or pages:
            step("collecting the static files")
            site.manage("collectstatic", "--no-input", "-v0")
        yield site
    finally:
        site.stop()
        _drop_database(database)
        shutil.rmtree(workdir, ignore_errors=True)


def session_for(user) -> str:
    """A signed-in session key for ``user`` (run inside Django)."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    store = SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    return store.session_key


CSRF = "e" * 32


def api_headers(session: str | None = None) -> dict:
    """Headers of a JSON write, signed in with ``session`` when given."""
    headers = {"Content-Type": "application/json", "Host": "127.0.0.1"}
    if session:
        headers["Cookie"] = f"sessionid={session}; csrftoken={CSRF}"
        headers["X-CSRFToken"] = CSRF
    return headers
