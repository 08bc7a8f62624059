"""Browser fixtures: Debian's Chromium driven by Playwright, sites served on loopback.

Playwright's own browser downloads are never used: ``executable_path`` points
at Debian's ``chromium`` (``scripts/debian-deps.sh browser`` installs it; so
does ``make test``). In CI (``CI`` set) a missing Chromium fails the run;
elsewhere the browser tests are skipped with the command that installs it.
"""

from __future__ import annotations

import functools
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_path() -> str | None:
    return os.environ.get("WENXIAN_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


# Module scope: the browser's and servers' threads end before other tests
# fork build processes.
@pytest.fixture(scope="module")
def browser():
    path = chromium_path()
    if path is None:
        message = "Chromium is missing: run scripts/debian-deps.sh browser (as root) or make test"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


@pytest.fixture(scope="module")
def serve():
    """``serve(folder)`` → base URL of a loopback HTTP server for ``folder``."""
    servers = []

    def start(folder: Path) -> str:
        server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory) -> Path:
    """Where screenshots go: $WENXIAN_SCREENSHOTS, or a temporary folder."""
    folder = Path(os.environ.get("WENXIAN_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder
