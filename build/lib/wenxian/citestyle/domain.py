"""sphinxcontrib-bibtex's ``cite`` domain, numbering each article on its own.

:class:`ArticleBibtexDomain` replaces :class:`~sphinxcontrib.bibtex.domain.BibtexDomain`
(``wenxian.citestyle.sphinx`` registers it) and changes three things:

- **numbering within each article**: a bibliography's entries are ordered by
  first citation *in the bibliography's own document* first. Upstream orders
  them by first citation in the whole project (documents in toctree order), so
  a second article citing ``b`` then ``a`` would get ``a`` = [1]. Each citation
  already resolves to its own document's list first (upstream behaviour).
  Off with ``wenxian_cite_per_article = False``.
- **order as written**: the works of one citation reach the style in the order
  given, so ``{cite:p}`k3,k2,k1``` shows ``[3,2,1]`` (upstream: list order).
- **unknown keys**: a warning (``bibtex.key_not_found``, as upstream) and, in
  the page, the citation's source text instead of nothing, so the gap is seen.
"""

from __future__ import annotations

import functools

from collections.abc import Iterable
from typing import TYPE_CHECKING

import docutils.nodes
import pybtex.plugin
from sphinx.util import logging
from sphinxcontrib.bibtex.citation_target import CitationTarget, parse_citation_targets
from sphinxcontrib.bibtex.domain import BibtexDomain, Citation
from sphinxcontrib.bibtex.style.referencing import format_references
from sphinxcontrib.bibtex.style.template import SphinxReferenceInfo

if TYPE_CHECKING:
    from pybtex.database import Entry
    from sphinx.addnodes import pending_xref
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment
    from sphinxcontrib.bibtex.directives import BibliographyKey

logger = logging.getLogger(__name__)

MISSING_CLASS = "bibtex-citation-missing"


@functools.cache
def _plaintext_backend():
    """pybtex's plain-text backend, for hover titles (looking a plugin up scans
    the installed packages' entry points: once per process is enough)."""
    return pybtex.plugin.find_plugin("pybtex.backends", "plaintext")()


class ArticleBibtexDomain(BibtexDomain):
    """The ``cite`` domain with per-article numbering and citations in the order written."""

    def get_sorted_entries(
        self, bibliography_key: "BibliographyKey", docnames: list[str]
    ) -> Iterable[tuple[str, "Entry"]]:
        if self.env.config.wenxian_cite_per_article:
            own = bibliography_key.docname
            docnames = [own, *(name for name in docnames if name != own)]
        return super().get_sorted_entries(bibliography_key, docnames)

    def _find(self, fromdocname: str, keys: Iterable[str]) -> dict[str, Citation]:
        """The citation entry of each key: in ``fromdocname``'s own list if there, else anywhere."""
        wanted = set(keys)
        matching = [
            citation
            for citation in self.citations
            if citation.key in wanted
            and self.bibliographies[citation.bibliography_key].list_ == "citation"
        ]
        found = {c.key: c for c in matching if c.bibliography_key.docname != fromdocname}
        found.update({c.key: c for c in matching if c.bibliography_key.docname == fromdocname})
        return found

    def resolve_xref(  # type: ignore[override]
        self,
        env: "BuildEnvironment",
        fromdocname: str,
        builder: "Builder",
        typ: str,
        target: str,
        node: "pending_xref",
        contnode: docutils.nodes.Element,
    ) -> docutils.nodes.Element:
        """Replace the citation by its formatted references, one per key, in the order written."""
        targets: dict[str, CitationTarget] = {t.key: t for t in parse_citation_targets(target)}
        found = self._find(fromdocname, targets)
        for key in targets:
            if key not in found:
                logger.warning(
                    'could not find bibtex key "%s"' % key,
                    location=node,
                    type="bibtex",
                    subtype="key_not_found",
                )
        plaintext = _plaintext_backend()
        references = [
            (
                citation.entry,
                citation.formatted_entry,
                SphinxReferenceInfo(
                    builder=builder,
                    fromdocname=fromdocname,
                    todocname=citation.bibliography_key.docname,
                    citation_id=citation.citation_id,
                    title=(
                        citation.tooltip_entry.text.render(plaintext).replace("\\url ", "")
                        if citation.tooltip_entry
                        else None
                    ),
                    pre_text=targets[key].pre,
                    post_text=targets[key].post,
                ),
            )
            for key, citation in ((key, found[key]) for key in targets if key in found)
        ]
        result = docutils.nodes.inline(rawsource=target, classes=["bibtex-citation"])
        if references:
            result += format_references(self.reference_style, typ, references).render(self.backend)
        else:
            result["classes"].append(MISSING_CLASS)
            result += docutils.nodes.Text(target)
        return result
