"""The bibliography's HTML: a list whose entries are list items.

docutils writes a run of citations as ``<div role="list">`` holding
``<div role="doc-biblioentry">`` elements: a list without list items (axe-core:
``aria-required-children``, critical) whose entries carry a role the DPUB-ARIA
1.1 draft deprecates (``aria-deprecated-role``). The entries are written as
``role="listitem"`` instead, so assistive technology announces a list of n
items; the markup is otherwise docutils' own (classes, ids, back-links).
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.application import Sphinx

ENTRY_ROLE = "listitem"


def visit_citation(self, node: nodes.citation) -> None:
    if not isinstance(node.previous_sibling(), type(node)):
        self.body.append('<div role="list" class="citation-list">\n')
    self.body.append(self.starttag(node, "div", classes=[node.tagname], role=ENTRY_ROLE))


def depart_citation(self, node: nodes.citation) -> None:
    self.body.append("</div>\n")
    if not isinstance(node.next_node(descend=False, siblings=True), type(node)):
        self.body.append("</div>\n")


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_node(nodes.citation, override=True, html=(visit_citation, depart_citation))
    return {"parallel_read_safe": True, "parallel_write_safe": True}
