"""The whole XSS corpus in Debian's Chromium, on PostgreSQL: every payload of
``tests/fixtures/xss.py`` in every field of ``tests/fixtures/xss_seed.py``, then
the public site and the admin crawled, and the feeds rendered as HTML
(``tests/evidence/test_xss_browser.py``). Prints payloads x fields, the pages
visited (site, feeds, admin) and the executions; exits non-zero if anything ran.

    python -m bench.evidence.xss          # EVIDENCE_PG_ADMIN_URL, XSS_SITE_PAGES...

pytest-django creates ``test_xss_evidence`` on the server and drops it at the end;
the pages are served by its live server (one process, threads).
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.evidence.server import PG_ADMIN, ROOT, step


def main() -> int:
    base = PG_ADMIN.rsplit("/", 1)[0]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "xss.json"
        env = {
            **os.environ,
            "XSS_EVIDENCE": "1",
            "XSS_EVIDENCE_OUT": str(out),
            "DATABASE_URL": f"{base}/xss_evidence",
        }
        step(f"corpus in Chromium on {env['DATABASE_URL']} (test_ database)")
        code = subprocess.run(  # noqa: S603
            [sys.executable, "-m", "pytest", "tests/evidence/test_xss_browser.py",
             "-n", "0", "-p", "no:randomly", "-q", "--create-db"],
            cwd=ROOT,
            env=env,
            check=False,
        ).returncode  # fmt: skip
        if not out.exists():
            print("no figures: the run stopped before the end", file=sys.stderr)
            return code or 1
        figures = json.loads(out.read_text())
    pages = figures["pages"]
    print(
        f"{figures['payloads']} payloads x {figures['fields']} fields "
        f"({figures['payload_field_pairs']} pairs); record pages and searches "
        f"opened: {figures['record_pages']}; pages visited: "
        f"{pages['site']} site, {pages['feeds']} feeds "
        f"({figures['feed_items_rendered']} items rendered), {pages['admin']} admin "
        f"(showing a payload: {figures['pages_showing_a_payload']}); "
        f"executions: {figures['executions']}; live markup: "
        f"{figures['live_markup']}; raw <script in feed XML: "
        f"{figures['raw_script_in_feed_xml']}; not opened: {figures['not_opened']}; "
        f"{figures['seconds']['total']} s on {figures['database']}"
    )
    for where in figures["found"] + figures["errors"]:
        print("  ", *where)
    return code


if __name__ == "__main__":
    sys.exit(main())
