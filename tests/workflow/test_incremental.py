"""Selective rebuilds: an edited refs.bib entry re-reads only the pages citing it.

The ``articles-index`` root is copied to tmp and built twice with the same
output folder; the second build records which pages Sphinx reads and writes.
``alpha`` cites a2019 and b2020; ``beta`` cites b2020 and c2021.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

ROOT = Path(__file__).resolve().parents[1] / "roots" / "test-articles-index"
SCRIPTS = {"zh-Hans": {}, "zh-Hant": {"wenxian_script": "zh-Hant", "language": "zh_TW"}}


class Recorder:
    def __init__(self) -> None:
        self.read: list[str] = []
        self.written: list[str] = []

    def on_read(self, app, env, docnames) -> None:
        self.read.extend(docnames)

    def on_page(self, app, pagename, templatename, context, doctree) -> None:
        if doctree is not None:
            self.written.append(pagename)


def _build(srcdir: Path, overrides: dict) -> Recorder:
    app = SphinxTestApp("html", srcdir=srcdir, confoverrides=overrides)
    record = Recorder()
    app.connect("env-before-read-docs", record.on_read)
    app.connect("html-page-context", record.on_page)
    try:
        app.build()
    finally:
        app.cleanup()
    record.read.sort()
    record.written.sort()
    return record


def _touch_later(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    later = time.time() + 2  # later than the last build even on coarse clocks
    os.utime(path, (later, later))


@pytest.fixture(params=sorted(SCRIPTS))
def project(request, tmp_path: Path) -> tuple[Path, dict]:
    srcdir = tmp_path / "src"
    shutil.copytree(ROOT, srcdir)
    overrides = SCRIPTS[request.param]
    first = _build(srcdir, overrides)
    assert first.read == ["alpha", "beta", "index", "notes"]
    return srcdir, overrides


def test_entry_edit_rereads_only_citing_pages(project) -> None:
    srcdir, overrides = project
    bib = srcdir / "refs.bib"
    alpha_html = (srcdir / "_build" / "html" / "alpha.html").read_bytes()
    _touch_later(bib, bib.read_text(encoding="utf-8").replace("另一篇论文", "另一篇改过的论文"))
    second = _build(srcdir, overrides)
    assert second.read == ["beta"]
    assert second.written == ["beta", "index"]  # the start page is re-written, not re-read
    beta = (srcdir / "_build" / "html" / "beta.html").read_text(encoding="utf-8")
    assert ("另一篇改过的论文" in beta) or ("另一篇改過的論文" in beta)
    assert (srcdir / "_build" / "html" / "alpha.html").read_bytes() == alpha_html


def test_shared_entry_edit_rereads_both(project) -> None:
    srcdir, overrides = project
    bib = srcdir / "refs.bib"
    _touch_later(bib, bib.read_text(encoding="utf-8").replace("经济研究", "经济学动态"))
    assert _build(srcdir, overrides).read == ["alpha", "beta"]


def test_article_edit_rereads_that_article(project) -> None:
    srcdir, overrides = project
    page = srcdir / "alpha.md"
    _touch_later(page, page.read_text(encoding="utf-8").replace("甲说", "甲曾说"))
    second = _build(srcdir, overrides)
    assert second.read == ["alpha"]
    assert second.written == ["alpha", "index"]


def test_nothing_changed_reads_nothing(project) -> None:
    srcdir, overrides = project
    second = _build(srcdir, overrides)
    assert second.read == [] and second.written == []
