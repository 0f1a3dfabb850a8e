"""The portal against a bare Django view, in the same run, with each shared cache.

Builds a throw-away database (PostgreSQL if reachable, else SQLite) with the demo
content plus a consultation of 2,000 contributions and 10,000 comments
(``bench.seed``), serves the portal (DEBUG off) and a bare Django view with the
same gunicorn settings, and loads both with wrk: cached anonymous reads, cached
reads while 20 comments a second are written, reads not stored (each request a
new address, so the whole answer is rendered; the parts shared by every reader,
such as the page body, the menu and the cards, come from the cache as they do
after a change that left them alone), signed-in reads (shared pages with
the person's own menu, and personal pages filled for them), API writes as
fast as they go, the big consultation's page rendered uncached, and the workers'
memory. Everything it creates (database, files, Redis keys) is
removed at the end. Quick by default; ``--full`` runs longer, with 5 workers and
three repeats. The table is printed; ``--write`` also writes it to
bench/results/throughput.md.
"""

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from http.client import HTTPConnection
from pathlib import Path

from .wrk import load, rss_mib, serve

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
PG_ADMIN = os.environ.get(
    "BENCH_PG_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres"
)
REDIS = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")


def step(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def pg_database() -> str | None:
    try:
        import psycopg

        name = f"sharaka_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return PG_ADMIN.rsplit("/", 1)[0] + "/" + name
    except Exception as exc:  # noqa: BLE001 - no PostgreSQL: SQLite then
        step(f"PostgreSQL not available ({exc}); SQLite is used")
        return None


def drop_pg(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def drop_redis_keys(prefix: str) -> None:
    try:
        import redis

        client = redis.Redis.from_url(REDIS)
        keys = list(client.scan_iter(f"{prefix}:*", count=1000))
        if keys:
            client.delete(*keys)
    except Exception as exc:  # noqa: BLE001 - nothing to remove without Redis
        step(f"Redis keys not removed ({exc})")


def redis_up() -> bool:
    result = subprocess.run(["redis-cli", "ping"], capture_output=True, check=False)
    return result.stdout.strip() == b"PONG"


class Writer(threading.Thread):
    """Posts comments through the API, each as one of the bench citizens."""

    def __init__(self, port, sessions, contributions, rate=None, seconds=10.0):
        super().__init__(daemon=True)
        self.port, self.sessions, self.contributions = port, sessions, contributions
        self.rate, self.seconds = rate, seconds
        self.ok = self.errors = 0
        self.stop = threading.Event()

    def post(self, conn, index: int) -> None:
        token = "b" * 32
        body = json.dumps(
            {
                "contribution": self.contributions[index % len(self.contributions)],
                "body": f"Commentaire de banc d'essai {uuid.uuid4().hex}",
            }
        )
        conn.request(
            "POST",
            "/api/comments/",
            body,
            {
                "Content-Type": "application/json",
                "Cookie": f"sessionid={self.sessions[index % len(self.sessions)]}; "
                f"csrftoken={token}",
                "X-CSRFToken": token,
                "Host": "127.0.0.1",
            },
        )
        response = conn.getresponse()
        content = response.read()
        if 200 <= response.status < 300:
            self.ok += 1
        else:
            self.errors += 1
            if self.errors == 1:
                step(f"write refused: {response.status} {content[:300]!r}")

    def run(self):
        conn = HTTPConnection("127.0.0.1", self.port, timeout=30)
        start = time.monotonic()
        index = int(uuid.uuid4().int % 1000)
        while not self.stop.is_set() and time.monotonic() - start < self.seconds:
            try:
                self.post(conn, index)
            except OSError:
                self.errors += 1
                conn = HTTPConnection("127.0.0.1", self.port, timeout=30)
            index += 1
            if self.rate:
                time.sleep(
                    max(
                        0.0,
                        start + (self.ok + self.errors) / self.rate - time.monotonic(),
                    )
                )


def writes_per_second(port, seed, threads: int, seconds: float) -> tuple[float, int]:
    chunk = max(1, len(seed["sessions"]) // threads)
    writers = [
        Writer(
            port,
            seed["sessions"][i * chunk : (i + 1) * chunk],
            seed["contributions"],
            seconds=seconds,
        )
        for i in range(threads)
    ]
    start = time.monotonic()
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    elapsed = time.monotonic() - start
    return sum(w.ok for w in writers) / elapsed, sum(w.errors for w in writers)


def render_ms(port, path, session, times=10) -> tuple[float, float]:
    """The page rendered for a signed-in citizen, nothing of it stored: each
    request a new address (the page is rendered, stored with its holes, then
    filled for them)."""
    conn = HTTPConnection("127.0.0.1", port, timeout=30)
    timings = []
    cookie = f"sessionid={session}; csrftoken={'c' * 32}"
    for i in range(times + 2):
        start = time.perf_counter()
        conn.request(
            "GET",
            f"{path}?render={uuid.uuid4().hex}",
            headers={"Cookie": cookie, "Host": "127.0.0.1"},
        )
        response = conn.getresponse()
        response.read()
        assert response.status == 200, (path, response.status)
        assert response.headers.get("X-Cache") in (None, "rendered"), path
        if i >= 2:
            timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings), max(timings)


def build(env: dict) -> dict:
    for args in (
        ["migrate", "-v0"],
        ["load_demo"],
        ["collectstatic", "--no-input", "-v0"],
    ):
        step("manage.py " + args[0])
        subprocess.run(
            [PY, "manage.py", *args],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    step("seeding 2,000 contributions, 10,000 comments, 200 citizens")
    out = subprocess.run(
        [PY, "-m", "bench.seed", "200"],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def measure(name, port, bare_port, seed, opts) -> tuple[list, dict]:
    duration, conns = opts["duration"], opts["connections"]
    base = f"http://127.0.0.1:{port}"
    # A citizen's browser: the session and the CSRF cookie an earlier form set.
    cookie = {"Cookie": f"sessionid={seed['sessions'][0]}; csrftoken={'c' * 32}"}
    rows = []

    def bare() -> float:
        return load(f"http://127.0.0.1:{bare_port}/bare/", conns, duration)[0]

    def row(kind, path, headers=None, fresh=False):
        for _ in range(2):  # fill the cache, open the connections
            subprocess.run(["curl", "-s", "-o", "/dev/null", base + path], check=False)
        results = []
        for _ in range(opts["repeats"]):  # interleaved with the bare view
            ceiling = bare()
            rps, p99 = load(base + path, conns, duration, headers, fresh)
            results.append((rps, p99, rps / ceiling))
        rps, p99, ratio = (statistics.median(r[i] for r in results) for i in range(3))
        rows.append((name, kind, path, rps, p99, ratio))
        step(f"{name} {kind} {path}: {rps:.0f}/s p99 {p99:.1f} ms {ratio:.1%}")

    for path in opts["cached"] + [seed["other"]]:
        row("cached", path)
    writer = Writer(port, seed["sessions"], seed["contributions"], rate=20, seconds=600)
    writer.start()
    for path in opts["during_writes"] + [seed["other"]]:
        row("cached, 20 writes/s", path)
    writer.stop.set()
    writer.join()
    for path in opts["uncached"]:
        row("not stored (new address, shared parts)", path, fresh=True)
    for path in opts["uncached"]:
        row("signed in (shared page, own menu)", path, cookie)
    for path in [seed["other"], seed["big"]]:
        row("signed in (personal page, filled)", path, cookie)
    median, worst = render_ms(port, seed["big"], seed["sessions"][1])
    rate, errors = writes_per_second(port, seed, 16, opts["write_seconds"])
    step(f"{name}: writes {rate:.0f}/s, {errors} errors; big page {median:.0f} ms")
    return rows, {
        "background_writes": f"{writer.ok} ok, {writer.errors} errors",
        "writes_per_second": rate,
        "write_errors": errors,
        "big_page_ms": (median, worst),
    }


def options(full: bool) -> dict:
    return {
        "duration": "15s" if full else "4s",
        "repeats": 3 if full else 1,
        "workers": int(os.environ.get("BENCH_WORKERS", 5 if full else 2)),
        "connections": 16,
        "write_seconds": 20 if full else 8,
        "cached": ["/fr/", "/ar/consultations/", "/api/consultations/?locale=fr"]
        + (["/fr/events/", "/api/v2/pages/?locale=fr"] if full else []),
        "during_writes": ["/fr/", "/fr/consultations/"],
        "uncached": ["/fr/", "/fr/consultations/", "/api/consultations/?locale=fr"]
        + (["/api/contributions/", "/fr/events/"] if full else []),
    }


def report(opts, database, results) -> str:
    lines = [
        f"Run {time.strftime('%Y-%m-%d %H:%M')} UTC on {os.cpu_count()} CPU cores "
        f"(load average {os.getloadavg()[0]:.1f} at the end), {database}, gunicorn "
        f"{opts['workers']} sync workers, wrk -t2 -c{opts['connections']} "
        f"-d{opts['duration']}, {opts['repeats']} interleaved repeat(s). Share: "
        "requests per second against a bare Django view served the same way, "
        "measured just before each row.",
        "",
        "| cache | reads | path | requests/s | p99 (ms) | share of bare |",
        "| --- | --- | --- | ---: | ---: | ---: |",
    ]
    for rows, _extra in results.values():
        lines += [
            f"| {n} | {k} | `{p}` | {rps:,.0f} | {p99:.1f} | {r:.0%} |"
            for n, k, p, rps, p99, r in rows
        ]
    lines.append("")
    for name, (_rows, extra) in results.items():
        median, worst = extra["big_page_ms"]
        lines.append(
            f"- {name}: API writes (comments, 16 clients) "
            f"**{extra['writes_per_second']:.0f}/s, {extra['write_errors']} errors**; "
            f"background writes during the reads: {extra['background_writes']}; "
            "consultation of 2,000 contributions and 10,000 comments, rendered on "
            "a new address: "
            f"median **{median:.0f} ms** (max {worst:.0f}); largest worker "
            f"**{extra['memory']:.0f} MiB** after the runs."
        )
    return "\n".join(lines)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    full, write = "--full" in argv, "--write" in argv
    if not shutil.which("wrk"):
        print("wrk is needed: apt-get install -y wrk", file=sys.stderr)
        return 1
    opts = options(full)
    workdir = Path(tempfile.mkdtemp(prefix="sharaka-bench-"))
    prefix = f"bench{uuid.uuid4().hex[:8]}"
    dropped = ("DATABASE_URL", "REDIS_URL", "CACHE_BACKEND", "SHARAKA_DEMO", "DEBUG")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    # One key for the seed and the servers: sessions are signed with it.
    env.update(
        SHARAKA_VAR_DIR=str(workdir),
        PYTHONPATH=str(ROOT),
        LOG_LEVEL="ERROR",
        SECRET_KEY="bench-" + "k" * 50,
    )
    pg = pg_database()
    if pg:
        env["DATABASE_URL"] = pg
    database = "PostgreSQL" if pg else "SQLite"
    processes = []
    results = {}
    try:
        seed = build(dict(env, DEBUG="1", SHARAKA_DEMO="1"))
        portal_env = dict(
            env,
            DEBUG="0",
            ALLOWED_HOSTS="127.0.0.1",
            SECURE_SSL_REDIRECT="0",
            DJANGO_SETTINGS_MODULE="bench.portal_settings",
        )
        bare, bare_port = serve(
            dict(env, DJANGO_SETTINGS_MODULE="bench.bare_settings"), opts["workers"]
        )
        processes.append(bare)
        configs = [("database cache", {"CACHE_BACKEND": "database"})]
        if redis_up():
            configs.insert(0, ("Redis", {"REDIS_URL": REDIS, "CACHE_PREFIX": prefix}))
        only = os.environ.get("BENCH_CACHES")  # e.g. "database" while working on it
        if only:
            configs = [c for c in configs if c[0].split()[0].lower() in only.split(",")]
        for name, extra in configs:
            config_env = dict(portal_env, **extra)
            subprocess.run(
                [PY, "manage.py", "createcachetable"],
                cwd=ROOT,
                env=config_env,
                check=True,
            )
            step(f"serving the portal with the {name}")
            portal, port = serve(config_env, opts["workers"])
            processes.append(portal)
            rows, more = measure(name, port, bare_port, seed, opts)
            more["memory"] = rss_mib(portal)
            results[name] = (rows, more)
            portal.terminate()
            portal.wait(timeout=30)
    finally:
        for process in processes:
            if process.poll() is None:
                process.terminate()
                process.wait(timeout=30)
        if pg:
            drop_pg(pg)
        drop_redis_keys(prefix)
        shutil.rmtree(workdir, ignore_errors=True)
    text = report(opts, database, results)
    print(text)
    if write:
        out = ROOT / "bench" / "results"
        out.mkdir(exist_ok=True)
        (out / "throughput.md").write_text(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
