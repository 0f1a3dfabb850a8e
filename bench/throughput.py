"""Anonymous read throughput of the portal against a bare Django view, same run.

Both are served by the same gunicorn configuration on loopback and loaded by wrk
(Debian's package; `apt-get install wrk`). The portal runs with DEBUG off on a demo
database built in a temporary directory. Prints a Markdown table and writes it to
bench/results/throughput.md.
"""

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
DURATION = os.environ.get("BENCH_DURATION", "8s")
CONNECTIONS = os.environ.get("BENCH_CONNECTIONS", "16")
WORKERS = os.environ.get("BENCH_WORKERS", "2")
PORTAL_PATHS = [
    "/ar/",
    "/fr/",
    "/api/v2/pages/?locale=fr",
    "/api/",
]
OPTIONAL_PATHS = [
    "/ar/consultations/",
    "/fr/library/",
    "/fr/events/",
    "/api/documents/",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError(f"nothing listens on port {port}")


def serve(env: dict, port: int) -> subprocess.Popen:
    command = [
        str(Path(PY).parent / "gunicorn"),
        "cms.wsgi:application",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        WORKERS,
        "--log-level",
        "warning",
    ]
    process = subprocess.Popen(command, cwd=ROOT, env=env)
    wait_for(port)
    return process


def rss_mib(process: subprocess.Popen) -> float:
    """Resident memory of gunicorn's master and workers, in MiB."""
    total = 0
    pids = [process.pid]
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    if children.exists():
        pids += [int(pid) for pid in children.read_text().split()]
    for pid in pids:
        status = Path(f"/proc/{pid}/status")
        if status.exists():
            match = re.search(r"VmRSS:\s+(\d+) kB", status.read_text())
            total += int(match.group(1)) if match else 0
    return total / 1024


def load(url: str) -> tuple[float, str]:
    subprocess.run(["curl", "-s", "-o", "/dev/null", url], check=False)
    output = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p99 = re.search(r"99%\s+([\d.]+\w+)", output)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if non_2xx:
        raise RuntimeError(f"{url}: {non_2xx.group(1)} error responses")
    return rps, p99.group(1) if p99 else "?"


def status_of(url: str) -> int:
    result = subprocess.run(
        ["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", url],
        capture_output=True,
        text=True,
        check=False,
    )
    return int(result.stdout or 0)


def main() -> int:
    if not shutil.which("wrk"):
        print("wrk is needed: apt-get install -y wrk", file=sys.stderr)
        return 1
    workdir = Path(tempfile.mkdtemp(prefix="sharaka-bench-"))
    base_env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    base_env.update(SHARAKA_VAR_DIR=str(workdir), PYTHONPATH=str(ROOT))
    build = dict(base_env, DEBUG="1")
    print("Preparing a demo database in", workdir)
    for args in (
        ["migrate", "-v0"],
        ["load_demo"],
        ["collectstatic", "--no-input", "-v0"],
    ):
        subprocess.run(
            [PY, "manage.py", *args],
            cwd=ROOT,
            env=build,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    portal_env = dict(
        base_env,
        DEBUG="0",
        SECRET_KEY="bench-" + "k" * 50,
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="0",
        DJANGO_SETTINGS_MODULE="cms.settings",
    )
    bare_env = dict(base_env, DJANGO_SETTINGS_MODULE="bench.bare_settings")
    bare_port, portal_port = free_port(), free_port()
    bare = serve(bare_env, bare_port)
    portal = serve(portal_env, portal_port)
    rows = []
    try:
        bare_rps, bare_p99 = load(f"http://127.0.0.1:{bare_port}/bare/")
        rows.append(("bare Django view", bare_rps, bare_p99, 1.0))
        paths = PORTAL_PATHS + [
            p
            for p in OPTIONAL_PATHS
            if status_of(f"http://127.0.0.1:{portal_port}{p}") == 200
        ]
        for path in paths:
            rps, p99 = load(f"http://127.0.0.1:{portal_port}{path}")
            rows.append((path, rps, p99, rps / bare_rps))
        memory = rss_mib(portal)
    finally:
        for process in (bare, portal):
            process.terminate()
            process.wait(timeout=10)
        shutil.rmtree(workdir, ignore_errors=True)
    lines = [
        f"gunicorn, {WORKERS} sync workers; wrk -t2 -c{CONNECTIONS} -d{DURATION}; "
        "anonymous GET, warm cache. "
        f"Portal memory (master + workers): {memory:.0f} MiB.",
        "",
        "| path | requests/s | p99 latency | share of bare Django |",
        "| --- | ---: | ---: | ---: |",
    ]
    lines += [
        f"| `{p}` | {rps:,.0f} | {p99} | {ratio:.0%} |" for p, rps, p99, ratio in rows
    ]
    report = "\n".join(lines)
    print(report)
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "throughput.md").write_text(report + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
