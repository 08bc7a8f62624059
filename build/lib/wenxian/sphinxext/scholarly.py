"""Publish articles the way journals do: metadata tags, "cite this article", sitemap, feed.

On each article page (a document whose front matter has a ``title``), in the
page's script:

- in ``<head>``: Highwire Press, Dublin Core, Open Graph and JSON-LD
  (:mod:`wenxian.scholarly.tags`), with ``citation_pdf_url`` pointing at this
  script's handout when the project makes handouts, and one
  ``citation_reference`` per entry of the page's bibliography;
- under the front matter, "引用本文": the article's own GB/T 7714 line, in the
  edition and system the project cites with, and its BibTeX and RIS files
  (written beside the page) — for an article with a title of its own (not a
  working title).

With ``html_baseurl`` set (the URL ``_build/site/`` is published as): each
page's canonical link (``html_baseurl`` becomes this script's folder),
``sitemap.xml`` and the Atom feed ``atom.xml`` (:mod:`wenxian.scholarly.sitemap`),
linked from every page.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.config import Config

from wenxian.citestyle.backlinks import CLASS as BACKLINK
from wenxian.citestyle.backlinks import MARK as BACKLINK_MARK
from wenxian.fsutil import atomic_write_text
from wenxian.pdf import has_handouts, pdf_name
from wenxian.scholarly import citation, sitemap
from wenxian.scholarly.metadata import ArticleMeta, article_meta
from wenxian.scholarly.tags import PageInfo, head_html
from wenxian.sphinxext.frontmatter import insert_after_title, read_front_matter

CITE_CLASS = "wenxian-cite"
FRONT_CLASS = "wenxian-front"  # wenxian.sphinxext.frontmatter's block under the title
CITE_LABEL = "引用本文："
DOWNLOAD_LABEL = "下载引文："
# Where a variant's handouts are, from the site's root.
PDF_FOLDER = "pdf"


def site_base(app: Sphinx) -> str:
    """The published URL of ``_build/site/`` ("" when not configured)."""
    return getattr(app, "wenxian_site_base", "")


def on_config_inited(app: Sphinx, config: Config) -> None:
    base = (config.html_baseurl or "").strip()
    app.wenxian_site_base = base.rstrip("/") + "/" if base else ""
    if base:
        # Sphinx's canonical links: this script's folder.
        config.html_baseurl = f"{app.wenxian_site_base}{config.wenxian_script}/"


def _edition_and_system(config: Config) -> tuple[str, str]:
    style = str(config.bibtex_default_style or "")
    edition = "2015" if "2015" in style else "2025"
    return edition, "author-year" if style.endswith("-ay") else "numeric"


def _article(app: Sphinx, docname: str) -> ArticleMeta | None:
    if docname in getattr(app.env, "wenxian_article_lists", set()):
        return None
    path = Path(app.env.doc2path(docname))
    if path.suffix != ".md":
        return None
    front = read_front_matter(path)
    if not front.get("title"):
        return None
    return article_meta(front)


def _file_stem(docname: str) -> str:
    return posixpath.basename(docname)


def cite_nodes(meta: ArticleMeta, docname: str, edition: str, system: str, *, downloads: bool = True) -> list[nodes.Node]:
    box = nodes.container(classes=[CITE_CLASS])
    line = nodes.paragraph(classes=["wenxian-cite-line"])
    line += nodes.strong(text=CITE_LABEL)
    line += nodes.Text(citation.gbt7714_line(meta, edition=edition, system=system))
    box += line
    if not downloads:  # a handout: the files are beside the web page only
        return [box]
    links = nodes.paragraph(classes=["wenxian-cite-downloads"])
    links += nodes.strong(text=DOWNLOAD_LABEL)
    stem = _file_stem(docname)
    for label, suffix in (("BibTeX", ".bib"), ("RIS", ".ris")):
        if len(links) > 1:
            links += nodes.Text(" · ")
        links += nodes.reference("", label, refuri=f"{stem}{suffix}", classes=["wenxian-cite-download"])
    box += links
    return [box]


def add_cite_block(app: Sphinx, doctree: nodes.document) -> None:
    meta = _article(app, app.env.docname)
    if meta is None or not citation.citable(meta):
        return
    edition, system = _edition_and_system(app.config)
    block = cite_nodes(meta, app.env.docname, edition, system, downloads=app.builder.format == "html")
    # Under the front matter (authors, abstract, key words, journal fields), as journals' pages have it.
    front = next(iter(doctree.findall(lambda n: isinstance(n, nodes.container) and FRONT_CLASS in n["classes"])), None)
    if front is not None:
        front.parent.insert(front.parent.index(front) + 1, block)
        return
    insert_after_title(doctree, block)


def _references(doctree: nodes.document | None) -> tuple[str, ...]:
    """The page's bibliography, one entry's text each (its label left out)."""
    if doctree is None:
        return ()
    out = []
    for entry in doctree.findall(nodes.citation):
        parts = [
            str(text) for text in entry.findall(nodes.Text)
            if not any(isinstance(p, nodes.label) or (isinstance(p, nodes.reference) and BACKLINK in p["classes"])
                       for p in _ancestors(text, entry))
        ]
        text = " ".join("".join(parts).split()).removesuffix(BACKLINK_MARK).rstrip()
        if text:
            out.append(text)
    return tuple(out)


def _ancestors(node: nodes.Node, top: nodes.Node):
    current = node.parent
    while current is not None and current is not top:
        yield current
        current = current.parent


def _convert(app: Sphinx):
    from wenxian.sphinxext.script import converter

    conv = converter(app)
    return conv.convert if conv.policy.converts else None


def _relative_root(pagename: str) -> str:
    return "../" * pagename.count("/")


def on_page_context(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree) -> None:
    base = site_base(app)
    variant = app.config.wenxian_script
    suffix = getattr(app.builder, "out_suffix", ".html")
    head = ""
    if base:
        feed = _relative_root(pagename) + sitemap.FEED_NAME
        head += f'<link rel="alternate" type="application/atom+xml" href="{feed}" />\n'
    meta = _article(app, pagename) if doctree is not None else None
    if meta is not None:
        convert = _convert(app)
        if convert is not None:
            meta = meta.converted(convert)
        url = sitemap.page_url(base, variant, pagename, suffix) if base else ""
        pdf_url = ""
        if has_handouts(Path(app.confdir)):
            pdf = f"{PDF_FOLDER}/{pdf_name(pagename, variant)}"
            pdf_url = f"{base}{pdf}" if base else "../" + _relative_root(pagename) + pdf
        page = PageInfo(lang=variant, url=url, pdf_url=pdf_url, site_name=str(app.config.project or ""),
                        references=_references(doctree))
        head += head_html(meta, page)
        if citation.citable(meta):
            out = Path(app.outdir) / pagename
            key = _file_stem(pagename)
            atomic_write_text(out.with_name(key + ".bib"), citation.bibtex(meta, key, url), overwrite=True)
            atomic_write_text(out.with_name(key + ".ris"), citation.ris(meta, url, pdf_url), overwrite=True)
    if head:
        context["metatags"] = context.get("metatags", "") + head


def write_sitemap_and_feed(app: Sphinx, exception: Exception | None) -> None:
    base = site_base(app)
    if exception is not None or not base or app.builder.format != "html":
        return
    suffix = getattr(app.builder, "out_suffix", ".html")
    variant = app.config.wenxian_script
    variants = list(app.config.wenxian_site_variants) or [variant]
    outdir = Path(app.outdir)
    docnames = sorted(app.env.found_docs)
    atomic_write_text(outdir / sitemap.SITEMAP_NAME, sitemap.sitemap_xml(base, docnames, variants, suffix), overwrite=True)
    convert = _convert(app) or (lambda text: text)
    entries = []
    for docname in docnames:
        meta = _article(app, docname)
        if meta is None:
            continue
        meta = meta.converted(convert)
        entries.append(sitemap.FeedEntry(
            url=sitemap.page_url(base, variant, docname, suffix), title=meta.page_title,
            authors=tuple(a.name for a in meta.authors), summary=meta.abstract,
            updated=sitemap.timestamp(Path(app.env.doc2path(docname)))))
    feed = sitemap.atom_feed(
        title=str(app.config.project or ""), feed_url=f"{base}{variant}/{sitemap.FEED_NAME}",
        site_url=sitemap.page_url(base, variant, app.config.root_doc, suffix), lang=variant, entries=entries)
    atomic_write_text(outdir / sitemap.FEED_NAME, feed, overwrite=True)


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("config-inited", on_config_inited, priority=600)
    # After the front matter (400) and before script conversion (450).
    app.connect("doctree-read", add_cite_block, priority=420)
    app.connect("html-page-context", on_page_context)
    app.connect("build-finished", write_sitemap_and_feed)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
