"""How to cite an article: its own GB/T 7714 line, a BibTeX entry, an RIS record.

All three come from :class:`~wenxian.scholarly.metadata.ArticleMeta` alone;
the GB/T line is made by the project's own styles (:mod:`wenxian.gbt7714`),
in the edition and system the project cites with. An article whose journal
is not known is a ``misc`` work (GB/T [Z], RIS ``GEN``), not a journal
article with an empty journal.
"""

from __future__ import annotations

import re

from pybtex.database import Entry, Person

from wenxian.gbt7714 import format_entry
from wenxian.scholarly.metadata import ArticleMeta


# Characters written as commands inside a BibTeX value, so that braces always balance.
BIBTEX_SPECIAL = {"{": r"\textbraceleft{}", "}": r"\textbraceright{}", "\\": r"\textbackslash{}"}


def citable(meta: ArticleMeta) -> bool:
    """Whether the article can be cited: it has its own title (not a working title)."""
    return bool(meta.title)


def _pages(meta: ArticleMeta) -> str:
    if meta.first_page and meta.last_page:
        return f"{meta.first_page}--{meta.last_page}"
    return meta.first_page


def _fields(meta: ArticleMeta, url: str = "") -> dict[str, str]:
    fields = {
        "title": meta.title,
        "journal": meta.journal,
        "year": meta.year,
        "volume": meta.volume,
        "number": meta.issue,
        "pages": _pages(meta),
        "doi": meta.doi,
        "url": url if not meta.doi else "",
        "keywords": ", ".join(meta.keywords),
        "langid": "chinese",
    }
    if not meta.journal:
        # Volume, issue and pages belong to a journal: without its name they would print as
        # the work's own ("…：第 12 卷：4[Z]"), so the line gives what is known and no more.
        for name in ("volume", "number", "pages"):
            fields.pop(name)
    return {name: value for name, value in fields.items() if value}


def entry(meta: ArticleMeta, url: str = "") -> Entry:
    """The article as a pybtex entry (``article`` with a journal, else ``misc``)."""
    fields = _fields(meta, url)
    fields.pop("keywords", None)
    kind = "article" if meta.journal else "misc"
    return Entry(kind, fields=fields, persons={"author": [Person(a.name) for a in meta.authors]} if meta.authors else {})


def gbt7714_line(meta: ArticleMeta, *, edition: str = "2025", system: str = "numeric", url: str = "") -> str:
    """The article's own reference-list line (without a "[n]" label)."""
    return format_entry(entry(meta, url), edition=edition, system=system)


def _bibtex_value(value: str) -> str:
    """A value inside ``{…}``: braces and backslashes as commands, so braces always balance."""
    return "".join(BIBTEX_SPECIAL.get(char, char) for char in value)


def _bibtex_name(name: str) -> str:
    """One author: braced when it holds what BibTeX reads as a separator (" and ", a comma)."""
    text = _bibtex_value(name)
    return "{" + text + "}" if ("," in name or re.search(r"\sand\s", name, re.IGNORECASE)) else text


def bibtex(meta: ArticleMeta, key: str, url: str = "") -> str:
    fields = _fields(meta, url)
    lines = [f"@{'article' if meta.journal else 'misc'}{{{key},"]
    if meta.authors:
        names = " and ".join(_bibtex_name(a.name) for a in meta.authors)
        lines.append(f"  author = {{{names}}},")
    for name, value in fields.items():
        lines.append(f"  {name} = {{{_bibtex_value(value)}}},")
    lines.append("}")
    return "\n".join(lines) + "\n"


def ris(meta: ArticleMeta, url: str = "", pdf_url: str = "") -> str:
    """An RIS record (CRLF line ends, as the format has them)."""
    lines = [("TY", "JOUR" if meta.journal else "GEN"), ("TI", meta.title)]
    lines += [("AU", a.name) for a in meta.authors]
    lines += [("PY", meta.year)]
    if meta.journal:  # a journal's volume, issue and pages (see _fields)
        lines += [("JO", meta.journal), ("VL", meta.volume), ("IS", meta.issue),
                  ("SP", meta.first_page), ("EP", meta.last_page)]
    lines += [("DO", meta.doi)]
    lines += [("KW", k) for k in meta.keywords]
    lines += [("AB", meta.abstract), ("LA", "zh"), ("UR", url), ("L1", pdf_url)]
    body = "".join(f"{tag}  - {' '.join(value.split())}\r\n" for tag, value in lines if value)
    return body + "ER  - \r\n"
