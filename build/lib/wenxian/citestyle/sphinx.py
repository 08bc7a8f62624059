"""Sphinx extension ``wenxian.citestyle.sphinx``: GB/T 7714 in-text citations.

Load it after (or instead of naming) ``sphinxcontrib.bibtex``; it sets that
extension up itself. It

- replaces the ``cite`` domain by :class:`~.domain.ArticleBibtexDomain`
  (numbering within each article, citations in the order written);
- passes the config values below to the ``gbt_numeric`` / ``gbt_author_year``
  referencing styles, which sphinxcontrib-bibtex creates without arguments;
- in HTML, ends each list entry with back-links to its citations ("↩ a b c")
  and drops the labels of author-year lists (:mod:`.backlinks`);
- with per-article numbering, silences sphinxcontrib-bibtex's project-wide
  ``bibtex.duplicate_citation`` and ``bibtex.duplicate_label`` warnings, which
  that numbering produces by design (the same work listed in two articles,
  [1] in both). A key listed twice in one document still warns
  (``bibtex.duplicate_local_citation``).

Config values:

``wenxian_cite_compress`` (bool, default ``True``)
    ``[1,3-4,6-8]`` rather than ``[1,3,4,6,7,8]``.
``wenxian_cite_per_article`` (bool, default ``True``)
    each document's bibliography numbers from [1] in its own citation order.

The GB/T 7714 edition used for names in citations is read from
``bibtex_default_style`` (``gbt7714-2015`` → ``"2015"``; otherwise the newest, ``"2025"``).
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass
from typing import Any, cast

from sphinx.application import Sphinx
from sphinx.config import Config

from .backlinks import ReferenceListBacklinks
from .domain import ArticleBibtexDomain
from .names import NameStyle

CROSS_ARTICLE_WARNINGS = ("bibtex.duplicate_citation", "bibtex.duplicate_label")
_EDITION = re.compile(r"gbt7714-(\d{4})")


def edition_of(bibliography_style: str) -> str:
    """The GB/T 7714 edition a pybtex style name stands for (``"2025"`` if it names none)."""
    match = _EDITION.match(bibliography_style)
    return match.group(1) if match else "2025"


def _silence_cross_article_duplicates(app: Sphinx, config: Config) -> None:
    if config.wenxian_cite_per_article:
        present = list(config.suppress_warnings)
        config.suppress_warnings = present + [w for w in CROSS_ARTICLE_WARNINGS if w not in present]


def _configure_reference_style(app: Sphinx) -> None:
    """Re-create the referencing style with this project's settings, when it takes them."""
    domain = cast(ArticleBibtexDomain, app.env.get_domain("cite"))
    style = domain.reference_style
    if not is_dataclass(style):
        return
    accepted = {f.name for f in fields(style) if f.init}
    settings: dict[str, Any] = {}
    if "compress" in accepted:
        settings["compress"] = app.config.wenxian_cite_compress
    if "names" in accepted:
        settings["names"] = NameStyle(edition=edition_of(app.config.bibtex_default_style))
    if settings:
        domain.reference_style = type(style)(**settings)


def setup(app: Sphinx) -> dict[str, Any]:
    app.setup_extension("sphinxcontrib.bibtex")
    app.add_config_value("wenxian_cite_compress", True, "env", types=[bool])
    app.add_config_value("wenxian_cite_per_article", True, "env", types=[bool])
    app.add_domain(ArticleBibtexDomain, override=True)
    app.add_post_transform(ReferenceListBacklinks)
    app.connect("config-inited", _silence_cross_article_duplicates)
    # after sphinxcontrib-bibtex's own builder-inited handler (priority 500) made the style
    app.connect("builder-inited", _configure_reference_style, priority=600)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
