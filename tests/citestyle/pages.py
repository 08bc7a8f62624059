"""Reading the built HTML of a test root: citations, list entries, their links."""

from __future__ import annotations

from pathlib import Path

from tests.integration.htmlscan import Element, parse_html

BACKLINK = "wenxian-backlink"


def page(app, name: str = "index") -> Element:
    return parse_html((Path(app.outdir) / f"{name}.html").read_text(encoding="utf-8"))


def citations(root: Element) -> list[Element]:
    """The rendered in-text citations, in page order."""
    return root.find_all("span", cls="bibtex-citation")


def entries(root: Element) -> dict[str, Element]:
    """The reference-list entries by their id, in list order."""
    return {e.attrs["id"]: e for e in root.find_all("div", cls="citation")}


def label(entry: Element) -> str:
    return entry.find_all("span", cls="label")[0].text().strip("[]")


def backlinks(entry: Element) -> list[Element]:
    return entry.find_all("a", cls=BACKLINK)


def entry_text(entry: Element) -> str:
    """The formatted entry, without the back-links "↩ a b c" that end it."""
    paragraph = entry.find_all("p")[0]
    parts = [
        child if isinstance(child, str) else child.text()
        for child in paragraph.children
        if not (isinstance(child, Element) and BACKLINK in child.classes)
    ]
    return " ".join("".join(parts).split()).removesuffix("↩").rstrip()
