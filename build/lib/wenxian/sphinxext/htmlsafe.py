"""Titles that themes put into pages unescaped are escaped first.

sphinx-book-theme sets ``pagetitle`` and ``root_title`` to a title's plain
text (``astext()``) and writes them with ``{{ pagetitle }}``, without
escaping (Sphinx's templates do not autoescape). A heading that quotes
markup — ``一、<script>…</script>`` in a raw text is just text to the
importer — would then run as HTML. This part escapes those context values
after the theme set them, so a title reads as the text it is.
"""

from __future__ import annotations

import html
from typing import Any

from markupsafe import Markup
from sphinx.application import Sphinx

# Context values themes fill with a title's plain text and print unescaped.
PLAIN_TEXT_VALUES = ("pagetitle", "root_title")
# After the themes' own handlers (default priority 500).
PRIORITY = 900


def escape_titles(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    for name in PLAIN_TEXT_VALUES:
        value = context.get(name)
        if isinstance(value, str) and not isinstance(value, Markup):
            context[name] = Markup(html.escape(value, quote=True))


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("html-page-context", escape_titles, priority=PRIORITY)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
