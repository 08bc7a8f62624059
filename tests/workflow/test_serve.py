"""``wenxian serve``: started on a free loopback port, it rebuilds both scripts
after an edit and the open page reloads itself; then it is stopped.

Every wait is bounded; the server is a child process killed at the end.
"""

from __future__ import annotations

import os
import queue
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from tests.browser.conftest import CHROMIUM_ARGS, chromium_path

PROJECT = Path(__file__).resolve().parents[2]
ROOT = PROJECT / "tests" / "roots" / "test-articles-index"
TIMEOUT = 180  # seconds, for a build of both scripts on a busy machine


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


def _until(predicate, what: str, timeout: float = TIMEOUT):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(0.3)
    pytest.fail(f"timed out waiting for {what}")


@pytest.fixture
def server(tmp_path: Path):
    root = tmp_path / "project"
    shutil.copytree(PROJECT / "conf", root / "conf", ignore=shutil.ignore_patterns("__pycache__"))
    (root / "source").mkdir()
    for name in ("index.md", "alpha.md", "beta.md"):
        shutil.copy(ROOT / name, root / "source" / name)
    shutil.copy(ROOT / "refs.bib", root / "refs.bib")
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "wenxian", "serve", "--port", str(port), "--interval", "0.2",
         "--project", str(root)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"})
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(l) for l in proc.stdout], daemon=True).start()
    seen: list[str] = []

    def serving() -> bool:
        while not lines.empty():
            seen.append(lines.get())
        assert proc.poll() is None, "".join(seen)
        return any(line.startswith("serving http://") for line in seen)

    try:
        _until(serving, "the first build")
        yield root, f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=20)


def test_serve_rebuilds_both_scripts_and_reloads(server) -> None:
    root, base = server
    page = _get(f"{base}/zh-Hans/alpha.html")
    assert "甲说" in page and "/__wenxian__/version" in page
    assert "甲說" in _get(f"{base}/zh-Hant/alpha.html")
    assert _get(f"{base}/__wenxian__/version") == "0"

    path = chromium_path()
    browser = None
    if path:
        from playwright.sync_api import sync_playwright
        playwright = sync_playwright().start()
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        tab = browser.new_page()
        tab.goto(f"{base}/zh-Hant/alpha.html")
        assert "甲說" in tab.inner_text("body")
    try:
        article = root / "source" / "alpha.md"
        article.write_text(article.read_text(encoding="utf-8").replace("甲说", "甲后来说"),
                           encoding="utf-8")
        _until(lambda: _get(f"{base}/__wenxian__/version") == "1", "the rebuild")
        assert "甲后来说" in _get(f"{base}/zh-Hans/alpha.html")
        assert "甲後來說" in _get(f"{base}/zh-Hant/alpha.html")
        if browser:  # the open page reloaded itself
            _until(lambda: "甲後來說" in tab.inner_text("body"), "the page to reload", 30)
        bib = root / "refs.bib"
        bib.write_text(bib.read_text(encoding="utf-8").replace("第一本书", "第一本新书"),
                       encoding="utf-8")
        _until(lambda: _get(f"{base}/__wenxian__/version") == "2", "the rebuild after refs.bib")
        assert "第一本新书" in _get(f"{base}/zh-Hans/alpha.html")
    finally:
        if browser:
            browser.close()
            playwright.stop()
