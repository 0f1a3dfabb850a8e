"""``make bench``: the page and API throughput (``bench.throughput``), quick by
default (a few minutes); ``make bench FULL=1`` (``--full``) runs it longer with
more workers and repeats, then the search benchmarks. Nothing tracked is
rewritten unless ``WRITE=1`` (``--write``): then bench/results/throughput.md and
bench/README.md get the new figures.

The search benchmarks run on SQLite and PostgreSQL.

Each database runs in its own process (settings are read at start-up): SQLite in
a throw-away directory, PostgreSQL in the database named by BENCH_DATABASE_URL
(default postgres://postgres@127.0.0.1:5432/sharaka_bench, created if missing).
Sizes: BENCH_SIZES (default 10000,100000); databases: BENCH_DATABASES (default
sqlite,postgresql); they write README.md only with ``--write``. The relevance set
over the demo content (``bench.relevance``) prints its figures on each database.
"""

import datetime
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOAD_BEFORE = 0.0
PG_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/sharaka_bench"
)


def ensure_pg_database(url: str) -> bool:
    import psycopg

    name = url.rsplit("/", 1)[1]
    admin = url.rsplit("/", 1)[0] + "/postgres"
    try:
        with psycopg.connect(admin, autocommit=True) as conn:
            exists = conn.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [name]
            ).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as exc:
        print(f"PostgreSQL not available ({exc}); skipped.", file=sys.stderr)
        return False
    return True


def drop_pg_database(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(env_extra: dict, sizes: str, module: str = "bench.run") -> dict:
    env = os.environ | {"DEBUG": "1", "SHARAKA_TESTING": "", "LOG_LEVEL": "ERROR"}
    env |= env_extra
    out = subprocess.run(  # noqa: S603
        [sys.executable, "-m", module, *([sizes] if sizes else [])],
        env=env,
        check=True,
        stdout=subprocess.PIPE,
        cwd=HERE.parent,
    ).stdout
    return json.loads(out.decode().strip().splitlines()[-1])


def main() -> int:
    from . import throughput

    args = sys.argv[1:]
    if "--search" in args:  # `make bench SEARCH=1`: the search benchmarks alone
        search(write="--write" in args)
        return 0
    code = throughput.main([a for a in args if a in ("--full", "--write")])
    relevance(os.environ.get("BENCH_DATABASES", "sqlite,postgresql").split(","))
    if "--full" in args and code == 0:
        search(write="--write" in args)
    return code


def search(write: bool):
    global LOAD_BEFORE
    LOAD_BEFORE = os.getloadavg()[0]
    sizes = os.environ.get("BENCH_SIZES", "10000,100000")
    databases = os.environ.get("BENCH_DATABASES", "sqlite,postgresql").split(",")
    reports = []
    if "sqlite" in databases:
        with tempfile.TemporaryDirectory() as tmp:
            env = {"SHARAKA_VAR_DIR": tmp, "DATABASE_URL": ""}
            reports.append(run(env, sizes))
    if "postgresql" in databases and ensure_pg_database(PG_URL):
        try:
            reports.append(run({"DATABASE_URL": PG_URL}, sizes))
        finally:
            drop_pg_database(PG_URL)
    if write:
        write_readme(reports)
    else:
        print(json.dumps(reports, indent=1))


def relevance(databases):
    """The relevance set over the demo content on each database (quick)."""
    print("Relevance set (tests/search/relevance.py) over the demo content:")
    envs = []
    if "sqlite" in databases:
        envs.append(("sqlite", {"DATABASE_URL": ""}))
    if "postgresql" in databases and ensure_pg_database(PG_URL):
        envs.append(("postgresql", {"DATABASE_URL": PG_URL}))
    for name, env in envs:
        try:
            with tempfile.TemporaryDirectory() as tmp:
                r = run(env | {"SHARAKA_VAR_DIR": tmp}, "", module="bench.relevance")
        finally:
            if name == "postgresql":
                drop_pg_database(PG_URL)  # made for this run, as the search's
        right = round(r["first"] * r["needs"])
        print(
            f"  {name}: {r['needs']} needs, first result right {right}/{r['needs']} "
            f"({r['first']:.0%}), P@3 {r['p_at_3']:.2f}, MRR {r['mrr']:.2f}"
        )
        for text, top in r["misses"]:
            print(f"    not first: {text!r} -> {top}")


def write_readme(reports):
    lines = [
        "# Search benchmarks",
        "",
        "`make bench FULL=1` (`python -m bench --full`) indexes generated entries",
        "with the database engine, then times 16 queries (8 Arabic, 8 French, one to",
        "three words, with",
        "total, facet counts, snippets and the page's rows) five times each after a",
        "warm-up. Each query does the engine's whole work every time: there is no",
        "result cache. Totals are exact up to `SEARCH_EXACT_LIMIT` (1,000) matches;",
        'beyond, the engine gathers the best 1,000 results and reports "more than',
        '1,000" (the "estimated" column: how many of the 16 queries did).',
        "",
        "Entries are half Arabic, half French: 6-word titles, 15-word summaries,",
        "80-word bodies, a category and up to three tags out of 40 per language.",
        "Words are drawn with their natural",
        "frequencies from the seeds and the demo texts (so common words such as",
        "الحكومة or comité match a large share of the entries, as on the real",
        "portal), plus a long tail of 20,000 rare synthetic words per language.",
        "Indexing time is the engine's bulk path (`engine.bulk()` + `add_many`), the",
        "one `manage.py search_index --rebuild` uses (which also reads the sources).",
        "",
        f"Last run: {datetime.date.today().isoformat()}, on the development machine",
        "(2 CPU cores shared with other work: load average "
        f"{LOAD_BEFORE:.1f} at the start, {os.getloadavg()[0]:.1f} at the end, so",
        "these figures are pessimistic).",
        "",
        "| Database | Entries | Indexing (s) | Entries/s | Query median (ms) "
        "| Query p95 (ms) | Estimated |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for report in reports:
        for r in report["runs"]:
            lines.append(
                f"| {report['vendor']} | {r['entries']:,} | {r['index_seconds']} | "
                f"{r['entries_per_second']:,} | {r['median_ms']} | {r['p95_ms']} | "
                f"{r.get('estimated', '')}/{r['queries'] // 5} |"
            )
    lines += [
        "",
        "Targets (issue 3): p95 under 50 ms at 100,000 entries on PostgreSQL; a full",
        "rebuild of 100,000 entries in under 2 minutes.",
        "",
    ]
    # The hand-written sections that follow the table are kept.
    readme = HERE / "README.md"
    old = readme.read_text() if readme.exists() else ""
    marker = "## Status against the targets"
    if marker in old:
        lines.append(old[old.index(marker) :].rstrip("\n") + "\n")
    readme.write_text("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    raise SystemExit(main())
