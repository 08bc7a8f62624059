"""Read what an article page tells indexes, and what its front matter says it should.

:func:`head_metadata` parses a page (Python's HTML parser, as a crawler
would): its ``<meta>`` tags, its canonical link and its JSON-LD.
:func:`expected_names` is the list of Highwire and Dublin Core tags a page
must carry given its front matter, written from the issue's list, not from
the code: a tag for every field the front matter has, none for the others.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from typing import Any


class _Head(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: list[tuple[str, str]] = []
        self.links: list[dict[str, str]] = []
        self.json_ld: list[str] = []
        self._in_ld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "meta" and ("name" in a or "property" in a) and "content" in a:
            self.meta.append((a.get("name") or a.get("property"), a["content"]))
        elif tag == "link":
            self.links.append(a)
        elif tag == "script" and a.get("type") == "application/ld+json":
            self._in_ld = True
            self.json_ld.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_ld = False

    def handle_data(self, data: str) -> None:
        if self._in_ld:
            self.json_ld[-1] += data


def head_metadata(page: str) -> dict[str, Any]:
    parser = _Head()
    parser.feed(page)
    canonical = [l["href"] for l in parser.links if l.get("rel") == "canonical"]
    return {
        "meta": parser.meta,
        "names": [name for name, _ in parser.meta],
        "canonical": canonical[0] if canonical else None,
        "json_ld": [json.loads(text) for text in parser.json_ld],
    }


def values(found: dict[str, Any], name: str) -> list[str]:
    return [content for n, content in found["meta"] if n == name]


def expected_names(front: dict[str, Any], *, references: int, pdf: bool) -> dict[str, int]:
    """Tag name → how many times it must appear, for an article with this front matter."""
    journal = front.get("journal") or {}
    authors = front.get("authors") or []
    affiliations = 0
    for author in authors:
        if isinstance(author, dict):
            affiliations += len(author.get("affiliations") or [])
    working = front.get("title_status") == "working"
    pages = str(journal.get("pages") or "")
    counts = {
        "citation_title": 0 if working else 1,
        "citation_author": len(authors),
        "citation_author_institution": affiliations,
        "citation_publication_date": 1 if journal.get("year") else 0,
        "citation_journal_title": 1 if journal.get("name") else 0,
        "citation_volume": 1 if journal.get("volume") else 0,
        "citation_issue": 1 if journal.get("issue") else 0,
        "citation_firstpage": 1 if pages else 0,
        "citation_lastpage": 1 if "-" in pages else 0,
        "citation_doi": 1 if journal.get("doi") else 0,
        "citation_keywords": len(front.get("keywords") or []),
        "citation_language": 1,
        "citation_abstract": 1 if front.get("abstract") else 0,
        "citation_pdf_url": 1 if pdf else 0,
        "citation_reference": references,
        "DC.title": 0 if working else 1,
        "DC.creator": len(authors),
        "DC.date": 1 if journal.get("year") else 0,
        "DC.identifier": 1 if journal.get("doi") else 0,
        "DC.language": 1,
        "og:title": 1,
        "og:type": 1,
    }
    return counts


def missing_or_extra(found: dict[str, Any], expected: dict[str, int]) -> dict[str, tuple[int, int]]:
    """Tag name → (expected, found) where they differ."""
    names = found["names"]
    return {name: (count, names.count(name)) for name, count in expected.items() if names.count(name) != count}
