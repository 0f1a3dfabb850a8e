"""Take the README's screenshots of the demo portal in Arabic, on a phone and a desktop.

    .venv/bin/python docs/screenshots/make_screenshots.py

Builds a throw-away demo portal (SQLite in a temporary folder: migrate, load_demo),
serves it with ``manage.py runserver`` on a free local port, and photographs a few
pages with Debian's Chromium through Playwright (never ``playwright install``):
``docs/screenshots/<page>-ar-<width>.png``, full page at device scale 1, cut at
MAX_HEIGHT pixels and reduced to a 256-colour palette so that the files stay small.
The server is stopped and the temporary folder removed at the end.
"""

import argparse
import io
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WIDTHS = {390: 844, 1280: 900}
MAX_HEIGHT = 2400
SEARCHED = "الحكومة المنفتحة"
# (name, address): an address, or (list address, pattern of the first link to take).
PAGES = [
    ("home", "/ar/"),
    ("consultation", ("/ar/consultations/", r"^/ar/consultations/(?!general-box/)")),
    ("event", ("/ar/events/", r"^/ar/events/\d+/$")),
    ("library", "/ar/library/"),
    ("search", f"/ar/search/?q={SEARCHED}"),
]
LINKS = "() => [...document.querySelectorAll('main a[href]')].map(a => a.pathname)"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(*args: str, env: dict) -> None:
    print("  manage.py", *args, flush=True)
    subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


@contextmanager
def demo_server():
    """A migrated demo portal served on a free port; yields its base URL."""
    with tempfile.TemporaryDirectory(prefix="sharaka-screenshots-") as var:
        env = {
            **os.environ,
            "SHARAKA_VAR_DIR": var,
            "MEDIA_ROOT": str(Path(var) / "media"),
            "DEBUG": "1",
            "SHARAKA_DEMO": "1",
            "PAGE_CACHE_ENABLED": "0",
        }
        env.pop("DATABASE_URL", None)
        env.pop("SHARAKA_TESTING", None)
        port = free_port()
        manage("migrate", "--no-input", env=env)
        manage("load_demo", "--hostname", "127.0.0.1", "--port", str(port), env=env)
        log = open(Path(var) / "server.log", "w")  # noqa: SIM115 - closed below
        server = subprocess.Popen(  # noqa: S603 - our own manage.py
            [
                sys.executable,
                "manage.py",
                "runserver",
                "--noreload",
                "--skip-checks",
                f"127.0.0.1:{port}",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(base, server)
            yield base
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
            log.close()


def wait_until_up(base: str, server: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("The server stopped while starting (see its log).")
        try:
            with urllib.request.urlopen(f"{base}/ar/", timeout=5) as response:  # noqa: S310
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"The server did not answer at {base} in {timeout} s.")


def small_png(png: bytes) -> bytes:
    """The screenshot cut at MAX_HEIGHT, in a 256-colour palette."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    if image.height > MAX_HEIGHT:
        image = image.crop((0, 0, image.width, MAX_HEIGHT))
    image = image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=0)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def photograph(base: str, output: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium")
    if executable is None:
        raise SystemExit("Debian's chromium is needed: apt-get install -y chromium")
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, args=CHROMIUM_ARGS
        )
        try:
            for width, height in WIDTHS.items():
                context = browser.new_context(
                    base_url=base,
                    locale="ar-MA",
                    viewport={"width": width, "height": height},
                    device_scale_factor=1,
                    reduced_motion="reduce",
                )
                page = context.new_page()
                for name, address in PAGES:
                    if isinstance(address, tuple):
                        source, pattern = address
                        page.goto(source)
                        links = [
                            link
                            for link in page.evaluate(LINKS)
                            if re.match(pattern, link)
                        ]
                        if not links:
                            raise SystemExit(f"{source}: no link matches {pattern}")
                        address = links[0]
                    response = page.goto(address, wait_until="networkidle")
                    if response is None or response.status != 200:
                        raise SystemExit(f"{address} did not answer 200")
                    page.evaluate("document.fonts.ready.then(() => true)")
                    path = output / f"{name}-ar-{width}.png"
                    path.write_bytes(small_png(page.screenshot(full_page=True)))
                    print(f"  {path.relative_to(ROOT)}  {address}", flush=True)
                    written.append(path)
                context.close()
        finally:
            browser.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=HERE, help="folder of the PNGs")
    options = parser.parse_args()
    options.output.mkdir(parents=True, exist_ok=True)
    print("Building the demo portal in a temporary folder...", flush=True)
    with demo_server() as base:
        print(f"Served at {base}; taking the screenshots:", flush=True)
        written = photograph(base, options.output)
    total = sum(path.stat().st_size for path in written)
    print(f"{len(written)} screenshots, {total / 1e6:.1f} MB.")


if __name__ == "__main__":
    main()
