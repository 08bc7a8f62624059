"""``sitemap.xml`` and the Atom feed of articles.

Both need absolute URLs, so both are written only when the project sets its
published address (``html_baseurl``: the URL ``_build/site/`` is published
as). The sitemap lists every page of every script, each with ``hreflang``
alternates to its twins (the same page in the other scripts); each script's
site has a copy, and ``_build/site/sitemap.xml`` is the same file.

Atom requires each entry's ``updated`` time; a build has no clock of its
own: it is ``SOURCE_DATE_EPOCH`` when set (reproducible builds), else the
article file's modification time.
"""

from __future__ import annotations

import datetime
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote
from xml.sax.saxutils import escape as _escape, quoteattr as _quoteattr

# Characters XML 1.0 cannot carry at all (C0 controls but tab, line ends).
_NOT_XML = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF])


def escape(text: str) -> str:
    return _escape(text.translate(_NOT_XML))


def quoteattr(text: str) -> str:
    return _quoteattr(text.translate(_NOT_XML))


SITEMAP_NAME = "sitemap.xml"
FEED_NAME = "atom.xml"


def page_url(base: str, variant: str, docname: str, suffix: str = ".html") -> str:
    """The absolute URL of a page: ``base`` is the URL of ``_build/site/``."""
    return f"{base.rstrip('/')}/{quote(variant)}/{quote(docname + suffix)}"


def sitemap_xml(base: str, docnames: list[str], variants: list[str], suffix: str = ".html") -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n',
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
           'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n']
    for variant in variants:
        for docname in sorted(docnames):
            out.append(f"  <url>\n    <loc>{escape(page_url(base, variant, docname, suffix))}</loc>\n")
            for twin in variants:
                href = quoteattr(page_url(base, twin, docname, suffix))
                out.append(f'    <xhtml:link rel="alternate" hreflang={quoteattr(twin)} href={href} />\n')
            out.append("  </url>\n")
    out.append("</urlset>\n")
    return "".join(out)


@dataclass(frozen=True)
class FeedEntry:
    url: str
    title: str
    authors: tuple[str, ...]
    summary: str
    updated: str  #: RFC 3339


def timestamp(path: Path) -> str:
    """When an article last changed, as Atom writes it (see the module's note)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    try:
        seconds = int(epoch) if epoch else int(Path(path).stat().st_mtime)
    except (OSError, ValueError):
        seconds = 0
    return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def atom_feed(*, title: str, feed_url: str, site_url: str, lang: str, entries: list[FeedEntry]) -> str:
    updated = max((e.updated for e in entries), default=timestamp(Path("/nonexistent")))
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n',
           f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang={quoteattr(lang)}>\n',
           f"  <id>{escape(feed_url)}</id>\n",
           f"  <title>{escape(title)}</title>\n",
           f"  <updated>{updated}</updated>\n",
           f"  <author><name>{escape(title)}</name></author>\n",
           f'  <link rel="self" type="application/atom+xml" href={quoteattr(feed_url)} />\n',
           f'  <link rel="alternate" type="text/html" href={quoteattr(site_url)} />\n']
    for entry in entries:
        out.append("  <entry>\n")
        out.append(f"    <id>{escape(entry.url)}</id>\n")
        out.append(f"    <title>{escape(entry.title)}</title>\n")
        out.append(f'    <link rel="alternate" type="text/html" href={quoteattr(entry.url)} />\n')
        out.append(f"    <updated>{entry.updated}</updated>\n")
        for name in entry.authors:
            out.append(f"    <author><name>{escape(name)}</name></author>\n")
        if entry.summary:
            out.append(f"    <summary>{escape(entry.summary)}</summary>\n")
        out.append("  </entry>\n")
    out.append("</feed>\n")
    return "".join(out)
