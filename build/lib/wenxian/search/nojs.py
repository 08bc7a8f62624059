"""The search page without JavaScript: every article listed, for the browser's find in page.

The search itself runs in the browser; a reader with JavaScript off gets, on
the search page, a list of every article (title linked to its page, the
authors, the abstract, the keywords, and the article's headings linked to
their sections), in the site's script. The browser's own find in page
(Ctrl+F) searches it; the theme's search form still brings the reader back
here. The list sits in a ``<noscript>`` element: with JavaScript on, the
browser does not build it (the search runs instead).

The titles, authors, abstracts and keywords are the ones the start page's
list holds (:mod:`wenxian.sphinxext.articles`, from the front matter, written
in Simplified) converted like the pages; the headings are Sphinx's table of
contents of each page, already in the site's script.
"""

from __future__ import annotations

from html import escape
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx

from wenxian.sphinxext.articles import summaries
from wenxian.sphinxext.frontmatter import LABELS
from wenxian.sphinxext.script import converter

LIST_CLASS = "wenxian-search-list"
# Written in Simplified, converted to the site's script like the pages.
INTRO = "本页的搜索需要 JavaScript。下面列出全部文章（题名、作者、摘要、关键词、各节标题）：用浏览器的“在页面中查找”（Ctrl+F）即可搜索。"
HEADINGS = "各节："


def headings(app: Sphinx, docname: str) -> list[tuple[str, str]]:
    """(text, anchor) of each heading under the page's title, in order."""
    toc = app.env.tocs.get(docname)
    if toc is None:
        return []
    out = []
    for ref in toc.findall(nodes.reference):
        anchor = ref.get("anchorname", "")
        if anchor:
            out.append((ref.astext(), anchor))
    return out


def article_list_html(app: Sphinx, pagename: str) -> str:
    """The list of every article, as HTML for ``pagename`` (empty when there is none)."""
    conv = converter(app)
    convert = conv.convert if conv.policy.converts else (lambda text: text)
    items = []
    for docname, summary in summaries(app.env):
        uri = escape(app.builder.get_relative_uri(pagename, docname))
        parts = [f'<p class="wenxian-article-title"><a href="{uri}"><strong>{escape(convert(summary.title))}</strong></a></p>']
        if summary.authors:
            parts.append(f'<p class="wenxian-authors">{escape(convert("　".join(summary.authors)))}</p>')
        if summary.abstract:
            parts.append(f'<p class="wenxian-abstract">{escape(convert(summary.abstract))}</p>')
        if summary.keywords:
            text = convert(LABELS["keywords"] + LABELS["keyword_sep"].join(summary.keywords))
            parts.append(f'<p class="wenxian-keywords">{escape(text)}</p>')
        links = [f'<a href="{uri}{escape(anchor)}">{escape(text)}</a>' for text, anchor in headings(app, docname)]
        if links:
            parts.append(f'<p class="wenxian-headings">{escape(convert(HEADINGS))}{"　".join(links)}</p>')
        items.append("<li>" + "".join(parts) + "</li>")
    if not items:
        return ""
    return (f'<section class="{LIST_CLASS}"><p>{escape(convert(INTRO))}</p>'
            f'<ul class="{LIST_CLASS}-items">{"".join(items)}</ul></section>')


def on_page_context(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree) -> None:
    if templatename == "search.html":
        context["wenxian_search_list"] = article_list_html(app, pagename)
