"""Helpers for script tests: a project made from a test root, HTML inspection.

A test root (``tests/roots/test-script-*/``) holds conf.py, phrases.tsv and
the pages side by side, as Sphinx test roots do; :func:`project_from_root`
lays it out as a wenxian project (``conf/`` and ``source/``) so that the
real ``wenxian build`` path builds it.
"""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

from wenxian.project import Project

ROOTS = Path(__file__).resolve().parents[1] / "roots"
CONF_FILES = {"conf.py", "phrases.tsv", "refs.bib"}  # bibtex_bibfiles: relative to conf/


def project_from_root(name: str, dest: Path) -> Project:
    root = ROOTS / f"test-{name}"
    (dest / "conf").mkdir(parents=True)
    (dest / "source").mkdir()
    for path in root.iterdir():
        target = dest / ("conf" if path.name in CONF_FILES else "source") / path.name
        if path.is_dir():
            shutil.copytree(path, target)
        else:
            shutil.copy(path, target)
    return Project(dest)


class _InterfaceText(HTMLParser):
    """Latin words a reader sees outside the content, code and other-language parts."""

    SKIPPED = {"script", "style", "code", "pre", "kbd", "svg", "article"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.words: set[str] = set()

    def _add(self, text: str) -> None:
        self.words.update(re.findall(r"[A-Za-z]{2,}", text))

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        skipped = (self.stack and self.stack[-1][1]) or tag in self.SKIPPED or (
            tag != "html" and a.get("lang", "zh").lower()[:2] != "zh"
        )
        if not skipped:
            for name in ("title", "placeholder", "alt"):
                self._add(a.get(name, ""))
        if tag not in {"meta", "link", "img", "input", "br", "hr", "source"}:
            self.stack.append((tag, bool(skipped)))

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == tag:
                del self.stack[depth:]
                break

    def handle_data(self, data):
        if not (self.stack and self.stack[-1][1]):
            self._add(data)


def interface_latin_words(page: Path) -> set[str]:
    scanner = _InterfaceText()
    scanner.feed(page.read_text(encoding="utf-8"))
    return scanner.words


def search_index(site: Path) -> dict:
    import json

    text = (site / "searchindex.js").read_text(encoding="utf-8")
    return json.loads(text[text.index("(") + 1 : text.rindex(")")])
