"""An article's bibliographic metadata, from its YAML front matter.

The keys are those the MyST writer writes (see the project's front matter
agreement): ``title``, ``authors`` (each a name, or ``{name, affiliations:
[1-based indexes into affiliations]}``), ``affiliations``, ``keywords``,
``abstract``, ``english`` and the ``journal`` block (``name``, ``year``,
``volume``, ``issue``, ``pages`` as printed, ``doi``). What the front matter
does not give stays empty: nothing is guessed. A working title
(``title_status: working``) is the editor's, not the article's: it is kept
apart so that no index receives it as the article's title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from wenxian.myst_writer import unescape

# "12-20", "12–20", "12—20", "12~20", "12－20": first and last page.
PAGE_RANGE = re.compile(r"^\s*([^\s\-–—~－]+)\s*(?:[-–—~－]+\s*([^\s\-–—~－]+))?\s*$")


@dataclass(frozen=True)
class Author:
    name: str
    affiliations: tuple[str, ...] = ()


@dataclass(frozen=True)
class ArticleMeta:
    title: str = ""  #: the article's own title ("" for a working title)
    page_title: str = ""  #: the title the page shows (a working title too)
    authors: tuple[Author, ...] = ()
    abstract: str = ""
    keywords: tuple[str, ...] = ()
    journal: str = ""
    year: str = ""
    volume: str = ""
    issue: str = ""
    first_page: str = ""
    last_page: str = ""
    doi: str = ""
    english_title: str = ""
    english_abstract: str = ""
    english_keywords: tuple[str, ...] = ()
    english_authors: tuple[str, ...] = ()

    @property
    def doi_url(self) -> str:
        return f"https://doi.org/{self.doi}" if self.doi else ""

    def converted(self, convert) -> "ArticleMeta":
        """The Chinese fields passed through ``convert`` (a script conversion); English kept."""
        return ArticleMeta(
            title=convert(self.title) if self.title else "",
            page_title=convert(self.page_title) if self.page_title else "",
            authors=tuple(Author(convert(a.name), tuple(convert(x) for x in a.affiliations)) for a in self.authors),
            abstract=convert(self.abstract) if self.abstract else "",
            keywords=tuple(convert(k) for k in self.keywords),
            journal=convert(self.journal) if self.journal else "",
            year=self.year, volume=self.volume, issue=self.issue,
            first_page=self.first_page, last_page=self.last_page, doi=self.doi,
            english_title=self.english_title, english_abstract=self.english_abstract,
            english_keywords=self.english_keywords, english_authors=self.english_authors,
        )


def _text(value: Any) -> str:
    """A scalar as one line of text ("" for None, lists, mappings)."""
    if value is None or isinstance(value, (list, dict, bool)):
        return ""
    return " ".join(str(value).split())


def _texts(value: Any) -> tuple[str, ...]:
    if isinstance(value, (list, tuple)):
        return tuple(t for t in (_text(v) for v in value) if t)
    text = _text(value)
    return (text,) if text else ()


def _authors(meta: dict[str, Any]) -> tuple[Author, ...]:
    affiliations = _texts(meta.get("affiliations"))
    raw = meta.get("authors")
    items = raw if isinstance(raw, list) else ([raw] if raw else [])
    out = []
    for item in items:
        if isinstance(item, dict):
            name = _text(item.get("name"))
            indexes = item.get("affiliations") or []
            if not isinstance(indexes, list):
                indexes = [indexes]
            places = []
            for index in indexes:
                try:
                    number = int(index)
                except (TypeError, ValueError):
                    continue
                if 1 <= number <= len(affiliations):
                    places.append(affiliations[number - 1])
            if name:
                out.append(Author(name, tuple(places)))
        else:
            name = _text(item)
            if name:
                out.append(Author(name))
    return tuple(out)


def split_pages(pages: str) -> tuple[str, str]:
    """``"12-20"`` → ``("12", "20")``; ``"12"`` → ``("12", "")``; anything else → ``("", "")``."""
    match = PAGE_RANGE.match(pages or "")
    if not match:
        return "", ""
    return match[1], match[2] or ""


def article_meta(meta: dict[str, Any]) -> ArticleMeta:
    """The metadata the front matter ``meta`` gives (empty fields where it gives none)."""
    journal = meta.get("journal") if isinstance(meta.get("journal"), dict) else {}
    english = meta.get("english") if isinstance(meta.get("english"), dict) else {}
    page_title = unescape(_text(meta.get("title")))
    first, last = split_pages(_text(journal.get("pages")))
    return ArticleMeta(
        title="" if meta.get("title_status") == "working" else page_title,
        page_title=page_title,
        authors=_authors(meta),
        abstract=_text(meta.get("abstract")),
        keywords=_texts(meta.get("keywords")),
        journal=_text(journal.get("name")),
        year=_text(journal.get("year")),
        volume=_text(journal.get("volume")),
        issue=_text(journal.get("issue")),
        first_page=first,
        last_page=last,
        doi=_text(journal.get("doi")),
        english_title=_text(english.get("title")),
        english_abstract=_text(english.get("abstract")),
        english_keywords=_texts(english.get("keywords")),
        english_authors=_texts(english.get("authors")),
    )
