"""The site's list of articles: title, authors and abstract of each, on the start page.

``source/index.md`` holds a directive::

    ```{articles}
    ```

which becomes, in every script, one entry per article: the title linked to its
page (marked 暂定标题 when it is the editor's working title), the authors, the
abstract. An article is a document with a ``title`` in
its YAML front matter (other pages, and the page holding the list, are left
out); articles are listed by document name, the toctree's glob order. The
list is filled in when pages are written, so an edited article re-writes the
start page without re-reading it (``env-get-updated``); script conversion
(:mod:`wenxian.sphinxext.script`, later on ``doctree-resolved``) converts it
like the rest of the page.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util.docutils import SphinxDirective

from wenxian.myst_writer import unescape
from wenxian.sphinxext.frontmatter import as_list, author_names, read_front_matter

LIST_CLASS = "wenxian-articles"
# After a title the editor chose (``title_status: working``), as the page says.
WORKING_MARK = "（暂定标题）"


@dataclass(frozen=True)
class ArticleSummary:
    title: str
    authors: tuple[str, ...]
    abstract: str
    working: bool = False  #: the title is the editor's working title
    keywords: tuple[str, ...] = ()


class articles_list(nodes.General, nodes.Element):
    """Where the list goes; replaced when the page is written."""


class ArticlesDirective(SphinxDirective):
    has_content = False

    def run(self) -> list[nodes.Node]:
        _holders(self.env).add(self.env.docname)
        return [articles_list()]


def _summaries(env: BuildEnvironment) -> dict[str, dict[str, Any]]:
    if not hasattr(env, "wenxian_articles"):
        env.wenxian_articles = {}
    return env.wenxian_articles


def _holders(env: BuildEnvironment) -> set[str]:
    if not hasattr(env, "wenxian_article_lists"):
        env.wenxian_article_lists = set()
    return env.wenxian_article_lists


def collect(app: Sphinx, doctree: nodes.document) -> None:
    """Remember the front matter summary of the document just read."""
    env = app.env
    meta = read_front_matter(env.doc2path(env.docname))
    summaries = _summaries(env)
    summaries.pop(env.docname, None)
    if meta.get("title") and env.docname not in _holders(env):
        summaries[env.docname] = asdict(ArticleSummary(
            unescape(str(meta["title"])), tuple(author_names(meta.get("authors"))),
            str(meta.get("abstract") or ""), meta.get("title_status") == "working",
            tuple(str(k) for k in as_list(meta.get("keywords")))))


def purge(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    _summaries(env).pop(docname, None)
    _holders(env).discard(docname)


def merge(app: Sphinx, env: BuildEnvironment, docnames: list[str], other: BuildEnvironment) -> None:
    for name in docnames:
        if name in _summaries(other):
            _summaries(env)[name] = _summaries(other)[name]
        if name in _holders(other):
            _holders(env).add(name)


def note_reading(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    app.wenxian_read_any = bool(docnames)


def pages_to_rewrite(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """The pages holding the list: written again whenever any page was read."""
    return sorted(_holders(env)) if getattr(app, "wenxian_read_any", True) else []


def summaries(env: BuildEnvironment) -> list[tuple[str, ArticleSummary]]:
    """(docname, summary) of every article, by document name (the start page's order)."""
    return [(docname, ArticleSummary(data["title"], tuple(data["authors"]), data["abstract"],
                                     data.get("working", False), tuple(data.get("keywords", ()))))
            for docname, data in sorted(_summaries(env).items())]


def list_nodes(app: Sphinx, fromdoc: str) -> nodes.Node:
    box = nodes.container(classes=[LIST_CLASS])
    for docname, summary in summaries(app.env):
        item = nodes.section(ids=[f"article-{docname.replace('/', '-')}"],
                             classes=["wenxian-article"])
        title = nodes.paragraph(classes=["wenxian-article-title"])
        link = nodes.reference("", "", internal=True,
                               refuri=app.builder.get_relative_uri(fromdoc, docname))
        link += nodes.strong(text=summary.title)
        title += link
        if summary.working:
            title += nodes.inline(text=WORKING_MARK, classes=["wenxian-working-title"])
        item += title
        if summary.authors:
            item += nodes.paragraph(text="　".join(summary.authors), classes=["wenxian-authors"])
        if summary.abstract:
            item += nodes.paragraph(text=summary.abstract, classes=["wenxian-abstract"])
        box += item
    return box


def fill(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    for node in doctree.findall(articles_list):
        node.replace_self(list_nodes(app, docname))


class NoArticlesYet(logging.Filter):
    """A new project has no article yet: the start page's toctree glob ``*`` matching nothing
    is expected, not a warning (Sphinx gives it no type, so suppress_warnings cannot name it)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (getattr(record, "subtype", None) == "empty_glob" and record.args == ("*",))


_TOCTREE_LOGGER = "sphinx.sphinx.directives.other"


def setup(app: Sphinx) -> dict[str, Any]:
    logger = logging.getLogger(_TOCTREE_LOGGER)
    if not any(isinstance(f, NoArticlesYet) for f in logger.filters):
        logger.addFilter(NoArticlesYet())
    app.add_node(articles_list)
    app.add_directive("articles", ArticlesDirective)
    app.connect("doctree-read", collect)
    app.connect("env-purge-doc", purge)
    app.connect("env-merge-info", merge)
    app.connect("env-before-read-docs", note_reading)
    app.connect("env-get-updated", pages_to_rewrite)
    app.connect("doctree-resolved", fill, priority=400)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "env_version": 3}
