"""An article's metadata as the ``<head>`` tags indexes read.

- Highwire Press ``citation_*`` (Google Scholar, CNKI and Baidu Scholar's
  crawlers, Zotero): one ``citation_author`` per author, each followed by its
  ``citation_author_institution`` lines; one ``citation_reference`` per
  bibliography entry;
- Dublin Core ``DC.*`` with its schema link;
- Open Graph ``og:*`` (link previews);
- a JSON-LD ``ScholarlyArticle`` (schema.org).

Only fields with a value are written: no tag is empty. Every value is escaped
for an attribute (``&<>"'``), and the JSON-LD for a ``<script>`` element
(``<``, ``>``, ``&``, U+2028/9 as ``\\uXXXX``), so hostile metadata stays text.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass

from wenxian.scholarly.metadata import ArticleMeta

DC_SCHEMA = "http://purl.org/dc/elements/1.1/"
# Open Graph's locale per page language.
OG_LOCALES = {"zh-Hans": "zh_CN", "zh-Hant": "zh_TW", "zh-HK": "zh_HK"}


@dataclass(frozen=True)
class PageInfo:
    """What the page adds to the article's metadata."""

    lang: str  #: the page's language tag (zh-Hans, zh-Hant)
    url: str = ""  #: the page's canonical URL ("" without a base URL)
    pdf_url: str = ""  #: this script's handout ("" when the project makes none)
    site_name: str = ""
    references: tuple[str, ...] = ()  #: the bibliography, one formatted entry each


def attribute(value: str) -> str:
    return html.escape(value, quote=True)


def _meta(name: str, content: str, key: str = "name") -> str:
    return f'<meta {key}="{attribute(name)}" content="{attribute(content)}" />\n'


def highwire(meta: ArticleMeta, page: PageInfo) -> list[tuple[str, str]]:
    tags: list[tuple[str, str]] = []
    add = lambda name, value: tags.append((name, value)) if value else None  # noqa: E731
    add("citation_title", meta.title)
    for author in meta.authors:
        add("citation_author", author.name)
        for place in author.affiliations:
            add("citation_author_institution", place)
    add("citation_publication_date", meta.year)
    add("citation_journal_title", meta.journal)
    add("citation_volume", meta.volume)
    add("citation_issue", meta.issue)
    add("citation_firstpage", meta.first_page)
    add("citation_lastpage", meta.last_page)
    add("citation_doi", meta.doi)
    for keyword in meta.keywords:
        add("citation_keywords", keyword)
    add("citation_language", "zh")
    add("citation_abstract", meta.abstract)
    add("citation_abstract_html_url", page.url)
    add("citation_pdf_url", page.pdf_url)
    for reference in page.references:
        add("citation_reference", reference)
    return tags


def dublin_core(meta: ArticleMeta, page: PageInfo) -> list[tuple[str, str]]:
    tags: list[tuple[str, str]] = []
    add = lambda name, value: tags.append((name, value)) if value else None  # noqa: E731
    add("DC.title", meta.title)
    for author in meta.authors:
        add("DC.creator", author.name)
    add("DC.date", meta.year)
    add("DC.source", meta.journal)
    add("DC.identifier", meta.doi_url)
    for keyword in meta.keywords:
        add("DC.subject", keyword)
    add("DC.description", meta.abstract)
    add("DC.language", page.lang)
    return tags


def open_graph(meta: ArticleMeta, page: PageInfo) -> list[tuple[str, str]]:
    tags: list[tuple[str, str]] = []
    add = lambda name, value: tags.append((name, value)) if value else None  # noqa: E731
    add("og:type", "article")
    add("og:title", meta.page_title)
    add("og:description", meta.abstract)
    add("og:url", page.url)
    add("og:site_name", page.site_name)
    add("og:locale", OG_LOCALES.get(page.lang, ""))
    for author in meta.authors:
        add("article:author", author.name)
    for keyword in meta.keywords:
        add("article:tag", keyword)
    return tags


def json_ld(meta: ArticleMeta, page: PageInfo) -> dict:
    data: dict = {"@context": "https://schema.org", "@type": "ScholarlyArticle"}

    def put(key: str, value) -> None:
        if value:
            data[key] = value

    put("headline", meta.title)
    put("name", meta.title)
    put("author", [
        {"@type": "Person", "name": a.name,
         **({"affiliation": [{"@type": "Organization", "name": p} for p in a.affiliations]} if a.affiliations else {})}
        for a in meta.authors
    ])
    put("datePublished", meta.year)
    put("inLanguage", page.lang)
    put("abstract", meta.abstract)
    put("keywords", list(meta.keywords))
    if meta.journal:
        container: dict = {"@type": "Periodical", "name": meta.journal}
        if meta.volume:
            container = {"@type": "PublicationVolume", "volumeNumber": meta.volume, "isPartOf": container}
        if meta.issue:
            container = {"@type": "PublicationIssue", "issueNumber": meta.issue, "isPartOf": container}
        data["isPartOf"] = container
    put("pageStart", meta.first_page)
    put("pageEnd", meta.last_page)
    if meta.doi:
        data["identifier"] = {"@type": "PropertyValue", "propertyID": "DOI", "value": meta.doi}
        data["sameAs"] = meta.doi_url
    put("url", page.url)
    if page.pdf_url:
        data["encoding"] = {"@type": "MediaObject", "encodingFormat": "application/pdf", "contentUrl": page.pdf_url}
    put("citation", list(page.references))
    return data


def script_json(data: dict) -> str:
    """JSON for a ``<script>`` element: nothing in it can end the element or start markup."""
    text = json.dumps(data, ensure_ascii=False, indent=None, separators=(",", ":"))
    for char, code in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, code)
    return text


def head_html(meta: ArticleMeta, page: PageInfo) -> str:
    """The ``<head>`` lines for one article page, in a fixed order."""
    out = [f'<link rel="schema.DC" href="{DC_SCHEMA}" />\n']
    out += [_meta(n, v) for n, v in highwire(meta, page)]
    out += [_meta(n, v) for n, v in dublin_core(meta, page)]
    out += [_meta(n, v, key="property") for n, v in open_graph(meta, page)]
    out.append(f'<script type="application/ld+json">{script_json(json_ld(meta, page))}</script>\n')
    return "".join(out)
