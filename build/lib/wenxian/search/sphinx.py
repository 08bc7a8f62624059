"""The site search's Sphinx part: the search language, an index written as UTF-8, results in place.

With wenxian's search (``wenxian_ngrams``, on unless turned off): every page
but the search page loads no search code with itself, and
``wenxian-inplace.js`` lists results under the search box as the reader types,
from the index cut into shards (:mod:`wenxian.search.shards`); the search page
lists every article for a reader without JavaScript (:mod:`wenxian.search.nojs`).

Sphinx writes ``searchindex.js`` with every Chinese character escaped
(``\\u65b0``, six bytes for three); written as UTF-8 (the pages' own encoding,
which the browser reads the script in) the bundled article's index is about a
third smaller. The same JSON otherwise: keys sorted, no spaces, deterministic.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.search import _JavaScriptIndex
from sphinx.util import logging

from wenxian.search import nojs
from wenxian.search.language import enabled, register
from wenxian.search.shards import write_shards

TEMPLATES = Path(__file__).with_name("templates")
STATIC = Path(__file__).with_name("static")
INPLACE = "wenxian-inplace.js"
INPLACE_CSS = "wenxian-inplace.css"
logger = logging.getLogger(__name__)


class Utf8JavaScriptIndex(_JavaScriptIndex):
    def dumps(self, data: Any) -> str:
        return self.PREFIX + json.dumps(data, separators=(",", ":"), sort_keys=True, ensure_ascii=False) + self.SUFFIX


def on_builder_inited(app: Sphinx) -> None:
    if getattr(app.builder, "indexer_dumps_unicode", False) and isinstance(
        getattr(app.builder, "indexer_format", None), _JavaScriptIndex
    ):
        app.builder.indexer_format = Utf8JavaScriptIndex()


def on_config_inited(app: Sphinx, config: Config) -> None:
    config.templates_path = [*config.templates_path, str(TEMPLATES)]
    if enabled(config.html_search_options):
        config.html_static_path = [*config.html_static_path, str(STATIC)]
        app.add_js_file(INPLACE, loading_method="defer")
        app.add_css_file(INPLACE_CSS)


def on_page_context(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree) -> None:
    context["wenxian_lazy_search"] = enabled(app.config.html_search_options)
    nojs.on_page_context(app, pagename, templatename, context, doctree)


def on_build_finished(app: Sphinx, exception: Exception | None) -> None:
    index = Path(app.outdir, "searchindex.js")
    if exception is None and app.builder.format == "html" and enabled(app.config.html_search_options) and index.exists():
        try:
            write_shards(Path(app.outdir))
        except ValueError as err:  # another Sphinx's index format: the search page still works
            logger.warning("the search index was not cut into shards (results in place are off): %s", err,
                           type="wenxian", subtype="search")


def setup(app: Sphinx) -> dict[str, Any]:
    register()
    app.connect("config-inited", on_config_inited)
    app.connect("builder-inited", on_builder_inited)
    app.connect("html-page-context", on_page_context)
    app.connect("build-finished", on_build_finished)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
