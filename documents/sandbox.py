"""Text extraction in a child process with a time and a memory cap.

A hostile or simply huge file (a DOCX of a million paragraphs, a PDF that
unpacks to gigabytes) must never hold a web or task worker: ``extract_capped``
runs ``documents.extraction.extract`` in a fresh Python process whose address
space and CPU time are limited by the kernel (``resource.setrlimit``), with a
wall-clock timeout on top. The caller gets the text, ``NoText``, or
``ExtractionFailed`` with a sentence for the editor; the child's death (killed,
out of memory) is a failure like any other, never a document left "pending".

The child reads the file from its standard input and writes one JSON object on
its standard output: ``python -m documents.sandbox <extension>``.
"""

import json
import os
import subprocess
import sys

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .extraction import Extracted, NoText


class ExtractionFailed(Exception):
    """The text could not be extracted; ``str()`` says why, for the editor."""


def _limits(memory_bytes: int, cpu_seconds: int):
    def apply() -> None:  # runs in the child, before Python starts
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))

    return apply


def extract_capped(data: bytes, extension: str) -> Extracted:
    seconds = int(getattr(settings, "LIBRARY_EXTRACTION_SECONDS", 60))
    memory = int(getattr(settings, "LIBRARY_EXTRACTION_MEMORY_MB", 1024)) << 20
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(settings.BASE_DIR),
        "PYTHONDONTWRITEBYTECODE": "1",
        "LANG": "C.UTF-8",
    }
    try:
        done = subprocess.run(  # noqa: S603 - our own module, no shell
            [sys.executable, "-m", "documents.sandbox", extension],
            input=data,
            capture_output=True,
            timeout=seconds,
            env=env,
            cwd=settings.BASE_DIR,
            preexec_fn=_limits(memory, seconds),  # noqa: PLW1509
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise ExtractionFailed(
            _("Reading the text took longer than %(seconds)s seconds.")
            % {"seconds": seconds}
        ) from exc
    try:
        answer = json.loads(done.stdout.decode("utf-8"))
    except ValueError:
        answer = None
    if done.returncode != 0 or not isinstance(answer, dict):
        if done.returncode in (-9, -24) or b"MemoryError" in done.stderr:
            # Killed by the kernel: the CPU cap (SIGXCPU/SIGKILL) or memory.
            raise ExtractionFailed(
                _("Reading the text needed more time or memory than allowed.")
            )
        raise ExtractionFailed(_("The text of this file could not be read."))
    if answer["status"] == "no_text":
        raise NoText()
    if answer["status"] != "done":
        raise ExtractionFailed(
            _("The text of this file could not be read: %(error)s")
            % {"error": answer.get("error", "")[:300]}
        )
    return Extracted(text=answer["text"], pages=answer.get("pages", 0))


def _child(extension: str) -> int:
    from .extraction import extract

    data = sys.stdin.buffer.read()
    try:
        result = extract(data, extension)
        answer = {"status": "done", "text": result.text, "pages": result.pages}
    except NoText:
        answer = {"status": "no_text"}
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - reported to the parent
        answer = {"status": "failed", "error": f"{type(exc).__name__}: {exc}"}
    sys.stdout.write(json.dumps(answer))
    return 0


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1]))
