"""Memory of processes, read from the kernel (``/proc/<pid>/status``): the
resident size (VmRSS) and its peak (VmHWM), which ``reset_peak`` brings back
to the resident size (``/proc/<pid>/clear_refs``, Linux 4.0 and later)."""

import threading
import time
from pathlib import Path


def status_kb(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def reset_peak(pid: int) -> None:
    try:
        Path(f"/proc/{pid}/clear_refs").write_text("5")
    except OSError:
        pass


def descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        try:
            children = Path(f"/proc/{current}/task/{current}/children").read_text()
        except OSError:
            continue
        for child in map(int, children.split()):
            found.append(child)
            todo.append(child)
    return found


class Sampler(threading.Thread):
    """The highest resident size of the task worker and its children."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak, self.child_peak, self.stop = pid, 0, 0, False

    def run(self):
        while not self.stop:
            self.peak = max(self.peak, status_kb(self.pid, "VmHWM"))
            for child in descendants(self.pid):
                self.child_peak = max(self.child_peak, status_kb(child, "VmHWM"))
            time.sleep(0.02)


def settled(pid: int, *, quiet: float = 3.0, timeout: float = 180.0) -> None:
    """Wait until ``pid``'s resident size stops growing (it has loaded its code)."""
    last, since = -1, time.monotonic()
    deadline = since + timeout
    while time.monotonic() < deadline:
        rss = status_kb(pid, "VmRSS")
        if abs(rss - last) > 256:
            last, since = rss, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return
        time.sleep(0.2)
