"""HTML reference lists: back-links "↩ a b c" after each entry, and no label in author-year lists.

sphinxcontrib-bibtex gives each list entry the ids of the citations that cite
it (``backrefs``); docutils would show them as a link on the label (one
citation) or as "(1,2,3)" — numbers easily taken for reference numbers. This
post-transform moves them to the end of the entry instead: "↩" linking to the
one citation, or "↩ a b c" linking to each, in page order.

An author-year list (its labels are not numbers) keeps no label: the entry
already begins with author and year (``陈登原，2000. 国史旧闻…``).

HTML only: the LaTeX writer needs the label of every citation node.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

from wenxian.gbt7714.sorting import letters

MARK = "↩"
CLASS = "wenxian-backlink"


def _link(refid: str, text: str) -> nodes.reference:
    return nodes.reference("", text, internal=True, refid=refid, classes=[CLASS])


def backlinks(refids: list[str]) -> list[nodes.Node]:
    """The nodes that follow an entry: ``↩`` or ``↩ a b c`` (the letters linked)."""
    if len(refids) == 1:
        return [nodes.Text(" "), _link(refids[0], MARK)]
    out: list[nodes.Node] = [nodes.Text(" " + MARK)]
    for index, refid in enumerate(refids):
        out += [nodes.Text(" "), _link(refid, letters(index))]
    return out


class ReferenceListBacklinks(SphinxPostTransform):
    """Back-links after each bibliography entry; no labels in author-year lists."""

    default_priority = 8  # after sphinxcontrib-bibtex's BibliographyTransform (5)
    formats = ("html",)

    def run(self, **kwargs: Any) -> None:
        for citation in self.document.findall(nodes.citation):
            if "docname" not in citation:  # not made by sphinxcontrib-bibtex
                continue
            label = next(iter(citation.findall(nodes.label)), None)
            if label is not None and not label.astext().isdigit():
                label.parent.remove(label)
            refids = citation.get("backrefs", [])
            paragraphs = list(citation.findall(nodes.paragraph))
            if refids and paragraphs:
                paragraphs[-1].extend(backlinks(refids))
                citation["backrefs"] = []
