"""gunicorn and wrk: serve a WSGI app, load an address, read the memory."""

import re
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError(f"nothing listens on port {port}")


def serve(env: dict, workers: int) -> tuple[subprocess.Popen, int]:
    port = free_port()
    command = [
        str(Path(sys.executable).parent / "gunicorn"),
        "cms.wsgi:application",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--log-level",
        "warning",
    ]
    process = subprocess.Popen(command, cwd=ROOT, env=env)  # noqa: S603
    wait_for(port)
    return process, port


def worker_rss_mib(process: subprocess.Popen) -> float:
    """The largest resident memory of gunicorn's workers, in MiB."""
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    pids = (
        [int(pid) for pid in children.read_text().split()] if children.exists() else []
    )
    largest = 0
    for pid in pids:
        status = Path(f"/proc/{pid}/status")
        if status.exists():
            match = re.search(r"VmRSS:\s+(\d+) kB", status.read_text())
            largest = max(largest, int(match.group(1)) if match else 0)
    return largest / 1024


rss_mib = worker_rss_mib


def _ms(value: str) -> float:
    number = float(re.match(r"[\d.]+", value).group(0))
    unit = value[len(str(re.match(r"[\d.]+", value).group(0))) :]
    return number * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}.get(unit, 1)


# Each request gets its own query string: a page never stored yet, as the first
# view after a change is. wrk runs a Lua state per thread, each with the same
# random sequence, so the address is made of the run (``RUN``, new for every
# load), the thread and a counter: no two requests of any run share one.
FRESH_LUA = """
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("id", threads)
end
counter = 0
request = function()
  counter = counter + 1
  local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
  local fresh = sep .. "fresh=RUN-" .. id .. "-" .. counter
  return wrk.format(nil, wrk.path .. fresh)
end
"""


def load(
    url: str,
    connections: int,
    duration: str,
    headers: dict | None = None,
    fresh: bool = False,
) -> tuple[float, float]:
    """(requests per second, p99 in ms) of ``url`` under wrk; errors stop the run.

    ``fresh``: every request asks for an address not stored in the cache yet.
    """
    options = []
    if fresh:
        script = Path(tempfile.mkstemp(suffix=".lua")[1])
        script.write_text(FRESH_LUA.replace("RUN", uuid.uuid4().hex[:12]))
        options += ["-s", str(script)]
    for name, value in (headers or {}).items():
        options += ["-H", f"{name}: {value}"]
    output = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{duration}", "--latency", *options, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if fresh:
        script.unlink()
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if non_2xx:
        raise RuntimeError(f"{url}: {non_2xx.group(1)} error responses")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p99 = re.search(r"99%\s+([\d.]+\w+)", output)
    return rps, _ms(p99.group(1)) if p99 else float("nan")
