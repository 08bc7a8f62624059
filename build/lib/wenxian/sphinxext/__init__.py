"""The wenxian Sphinx extension: everything a project's ``conf.py`` loads.

``extensions = ["wenxian.sphinxext"]`` sets up each part; a part is a module
with one purpose and its own ``setup(app)``:

- :mod:`wenxian.sphinxext.frontmatter` renders an article's front matter
  (title status, authors, abstract, keywords, journal fields, the English
  block) on its page.
- :mod:`wenxian.gbt7714.sphinx` shows the GB/T 7714 styles' warnings (an
  unknown entry type rendered as [Z]) as Sphinx warnings.
- :mod:`wenxian.citestyle.sphinx` supports the GB/T 7714 citation styles.
- :mod:`wenxian.sphinxext.script` converts each page to the site's script
  (Simplified or Traditional) and links the variants.
- :mod:`wenxian.search.sphinx` cuts the search index (and the query) into
  characters and pairs folded to one script, so any phrase finds its page.
- :mod:`wenxian.sphinxext.articles` lists the articles (title, authors,
  abstract) where the start page says ``{articles}``.
- :mod:`wenxian.sphinxext.incremental` re-reads only the pages citing an
  entry changed in refs.bib.
- :mod:`wenxian.sphinxext.htmlsafe` escapes the titles a theme prints
  unescaped.
- :mod:`wenxian.sphinxext.scholarly` puts the metadata scholarly indexes read
  on article pages, "cite this article", and writes the sitemap and feed.
- :mod:`wenxian.sphinxext.bibmarkup` writes the bibliography as a list of
  list items (WCAG: ARIA roles that assistive technology knows).
"""

from __future__ import annotations

import functools
import zlib
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx

from wenxian import __version__

PARTS = (
    "wenxian.sphinxext.frontmatter",
    "wenxian.gbt7714.sphinx",
    "wenxian.citestyle.sphinx",
    "wenxian.sphinxext.script",
    "wenxian.search.sphinx",
    "wenxian.sphinxext.latex",
    "wenxian.sphinxext.articles",
    "wenxian.sphinxext.incremental",
    "wenxian.sphinxext.htmlsafe",
    "wenxian.sphinxext.scholarly",
    "wenxian.sphinxext.bibmarkup",
)


@functools.cache
def code_version() -> int:
    """A number that changes whenever wenxian's code does.

    Sphinx keeps the documents it read from one build to the next and re-reads
    them all only when an extension's ``env_version`` changes; what wenxian
    puts into a document (conversion, escaping, citations) depends on its code,
    so a new wenxian must not reuse documents an older one read.
    """
    package = Path(__file__).resolve().parents[1]
    digest = 0
    for path in sorted(package.rglob("*.py")):
        digest = zlib.crc32(path.relative_to(package).as_posix().encode(), digest)
        digest = zlib.crc32(path.read_bytes(), digest)
    return digest


def setup(app: Sphinx) -> dict[str, Any]:
    for part in PARTS:
        app.setup_extension(part)
    return {
        "version": __version__,
        "env_version": code_version(),
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
