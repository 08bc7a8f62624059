"""The check of a built Traditional site: no Simplified-only characters.

Every HTML page of the site is read; text and the ``title``/``alt``/
``placeholder`` attributes a reader sees are searched for Simplified-only
characters (:mod:`wenxian.script.simplified`). Not searched: code (``code``,
``pre``, ``kbd``, ``samp``), scripts and styles, math, protected text
(``wenxian-keep``) and anything marked as another language (``lang``), addresses (URLs) shown as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from wenxian.errors import WenxianError
from wenxian.script.simplified import simplified_only

SKIPPED_TAGS = {"code", "pre", "kbd", "samp", "script", "style", "math", "svg", "textarea"}
SKIPPED_CLASSES = {"wenxian-keep", "math", "highlight", "notranslate"}
CHECKED_ATTRIBUTES = ("title", "alt", "placeholder", "aria-label")
URL = re.compile(r"[a-z][a-z0-9+.-]*://\S+|www\.\S+", re.IGNORECASE)
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass(frozen=True)
class Finding:
    """A Simplified-only character on a page."""

    page: Path
    line: int
    column: int
    char: str
    context: str

    def __str__(self) -> str:
        return f"{self.page}:{self.line}:{self.column}: Simplified-only {self.char!r} in {self.context!r}"


class _PageScanner(HTMLParser):
    def __init__(self, page: Path, lang: str, chars: frozenset[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.page, self.lang, self.chars = page, lang, chars
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.findings: list[Finding] = []

    @property
    def skipping(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def _scan(self, text: str, line: int, column: int) -> None:
        col = column + 1
        for i, char in enumerate(text):
            if char == "\n":
                line, col = line + 1, 1
                continue
            if char in self.chars:
                context = text[max(0, i - 8) : i + 9].strip()
                self.findings.append(Finding(self.page, line, col, char, context))
            col += 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        lang = attributes.get("lang") or attributes.get("xml:lang")
        skipped = (
            self.skipping
            or tag in SKIPPED_TAGS
            or bool(SKIPPED_CLASSES & set(attributes.get("class", "").split()))
            or (tag != "html" and lang is not None and lang.lower() != self.lang.lower())
        )
        if not skipped:
            line, column = self.getpos()
            for name in CHECKED_ATTRIBUTES:
                if attributes.get(name):
                    self._scan(attributes[name], line, column)
        if tag not in VOID:
            self.stack.append((tag, skipped))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == tag:
                del self.stack[depth:]
                break

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            line, column = self.getpos()
            # Addresses shown as text are never converted: blank them out.
            self._scan(URL.sub(lambda m: " " * len(m.group()), data), line, column)


def scan_page(page: Path, lang: str) -> list[Finding]:
    """Simplified-only characters on one page of the ``lang`` site."""
    scanner = _PageScanner(page, lang, simplified_only())
    scanner.feed(page.read_text(encoding="utf-8"))
    scanner.close()
    return scanner.findings


def pages(site: Path) -> list[Path]:
    """The site's HTML pages, in a stable order (not theme files under ``_static``)."""
    return sorted(p for p in site.rglob("*.html") if not p.relative_to(site).parts[0].startswith("_"))


def check_site(site: Path, lang: str, *, shown: int = 10) -> list[Finding]:
    """Refuse a ``lang`` site whose pages show Simplified-only characters."""
    findings = [f for page in pages(site) for f in scan_page(page, lang)]
    if findings:
        listing = "\n".join(f"  {f}" for f in findings[:shown])
        more = f"\n  … and {len(findings) - shown} more" if len(findings) > shown else ""
        first = findings[0]
        raise WenxianError(
            f"the {lang} site shows {len(findings)} Simplified-only character(s):\n{listing}{more}",
            file=first.page,
            line=first.line,
            column=first.column,
            hint="add the phrase to conf/phrases.tsv, or mark it in the source with "
            "{keep}`…` (shown as written) or {variant}`zh-hans:…;zh-hant:…`",
        )
    return findings
