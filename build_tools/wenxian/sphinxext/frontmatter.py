"""Render an article's front matter on its page.

The importer writes an article's metadata as YAML front matter (see
:mod:`wenxian.myst_writer`); myst-parser turns the ``title`` into the page
heading and files the rest away as docinfo, which Sphinx drops from the page.
This part puts the rest back where a reader expects it: under the title the
working-title note, authors, abstract, keywords and journal fields; at the end
of the page the English title, authors, abstract and key words, marked as
English (``lang="en"``) so that script conversion leaves them alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging

from wenxian.model import JOURNAL_FIELDS

logger = logging.getLogger(__name__)

# Labels as a Chinese journal prints them (script conversion turns them into
# Traditional for the zh-Hant site).
LABELS = {
    "working_title": "暂定标题：原文未载标题，此标题据文中各部分标题拟定。",
    "authors": "作者",
    "abstract": "摘要：",
    "keywords": "关键词：",
    "keyword_sep": "；",
}
EN_LABELS = {"abstract": "Abstract: ", "keywords": "Key words: ", "keyword_sep": "; "}
ENGLISH_CLASS = "language-en"  # docutils' HTML writer turns this into lang="en"


def read_front_matter(path: Path) -> dict[str, Any]:
    """The YAML front matter of a MyST file, or ``{}`` if it has none."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    if not text.startswith("---\n"):
        return {}
    end = text.find("\n---\n", 4)
    if end < 0:
        return {}
    try:
        data = yaml.safe_load(text[4 : end + 1])
    except yaml.YAMLError:
        return {}  # myst-parser already warns about malformed YAML
    return data if isinstance(data, dict) else {}


def _labelled(label: str, text: str, classes: list[str]) -> nodes.paragraph:
    para = nodes.paragraph(classes=classes)
    para += nodes.strong(text=label)
    para += nodes.Text(text)
    return para


def as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        # An author may be a mapping {name, affiliations} (FRONTMATTER.md): its name.
        names = [v.get("name", "") if isinstance(v, dict) else v for v in value]
        return [str(v) for v in names if str(v).strip()]
    return [str(value)]


def author_names(value: Any) -> list[str]:
    """The authors' names; an author is a name or a mapping ``{name, affiliations}``."""
    items = value if isinstance(value, (list, tuple)) else ([] if value is None else [value])
    names = [str(item.get("name") or "") if isinstance(item, dict) else str(item) for item in items]
    return [name for name in names if name.strip()]


def _affiliation_marks(item: Any, count: int) -> list[str]:
    marks = item.get("affiliations") if isinstance(item, dict) else None
    marks = marks if isinstance(marks, list) else ([] if marks is None else [marks])
    return [str(m) for m in marks if str(m).isdigit() and 1 <= int(str(m)) <= count]


def authors_nodes(meta: dict[str, Any]) -> list[nodes.Node]:
    """The authors (each with its affiliations' numbers) and the numbered affiliations."""
    items = meta.get("authors")
    items = items if isinstance(items, (list, tuple)) else ([] if items is None else [items])
    affiliations = as_list(meta.get("affiliations"))
    para = nodes.paragraph(classes=["wenxian-authors"])
    for item in items:
        names = author_names([item])
        if not names:
            continue
        if len(para):
            para += nodes.Text("　")
        para += nodes.Text(names[0])
        marks = _affiliation_marks(item, len(affiliations))
        if marks:
            para += nodes.superscript(text=",".join(marks))
    out: list[nodes.Node] = [para] if len(para) else []
    if affiliations:
        text = "；".join(f"{number}. {place}" for number, place in enumerate(affiliations, 1))
        out.append(nodes.paragraph(text=f"（{text}）", classes=["wenxian-affiliations"]))
    return out


def front_nodes(meta: dict[str, Any]) -> list[nodes.Node]:
    """Nodes shown under the title."""
    out: list[nodes.Node] = []
    if meta.get("title_status") == "working":
        out.append(nodes.paragraph(text=LABELS["working_title"], classes=["wenxian-working-title"]))
    out.extend(authors_nodes(meta))
    if meta.get("abstract"):
        out.append(_labelled(LABELS["abstract"], str(meta["abstract"]), ["wenxian-abstract"]))
    keywords = as_list(meta.get("keywords"))
    if keywords:
        out.append(
            _labelled(LABELS["keywords"], LABELS["keyword_sep"].join(keywords), ["wenxian-keywords"])
        )
    journal = meta.get("journal") or {}
    if isinstance(journal, dict):
        for key, labels in JOURNAL_FIELDS.items():
            if journal.get(key):
                out.append(_labelled(f"{labels[0]}：", str(journal[key]), ["wenxian-journal"]))
    if not out:
        return []
    box = nodes.container(classes=["wenxian-front"])
    box.extend(out)
    return [box]


def english_nodes(meta: dict[str, Any]) -> list[nodes.Node]:
    """The English block shown at the end of the page."""
    english = meta.get("english") or {}
    if not isinstance(english, dict):
        return []
    out: list[nodes.Node] = []
    if english.get("title"):
        out.append(nodes.paragraph(text=str(english["title"]), classes=["wenxian-en-title"]))
    authors = as_list(english.get("authors"))
    if authors:
        out.append(nodes.paragraph(text=", ".join(authors), classes=["wenxian-en-authors"]))
    affiliations = as_list(english.get("affiliations"))
    if affiliations:
        text = "; ".join(f"{number}. {place}" for number, place in enumerate(affiliations, 1))
        out.append(nodes.paragraph(text=f"({text})", classes=["wenxian-en-affiliations"]))
    if english.get("abstract"):
        out.append(_labelled(EN_LABELS["abstract"], str(english["abstract"]), ["wenxian-en-abstract"]))
    keywords = as_list(english.get("keywords"))
    if keywords:
        out.append(
            _labelled(EN_LABELS["keywords"], EN_LABELS["keyword_sep"].join(keywords), ["wenxian-en-keywords"])
        )
    if not out:
        return []
    box = nodes.container(classes=["wenxian-english", ENGLISH_CLASS])
    box.extend(out)
    return [box]


def insert_after_title(doctree: nodes.document, new: list[nodes.Node]) -> None:
    section = next(iter(doctree.findall(nodes.section)), None)
    if section is None:
        doctree[0:0] = new
        return
    title_index = section.first_child_matching_class(nodes.title)
    at = 0 if title_index is None else title_index + 1
    section[at:at] = new


def _append_at_end(doctree: nodes.document, new: list[nodes.Node]) -> None:
    section = next(iter(doctree.findall(nodes.section)), None)
    (section if section is not None else doctree).extend(new)


def render_front_matter(app: Sphinx, doctree: nodes.document) -> None:
    env = app.env
    path = Path(env.doc2path(env.docname))
    if path.suffix != ".md":
        return
    meta = read_front_matter(path)
    if not meta:
        return
    front = front_nodes(meta)
    if front:
        insert_after_title(doctree, front)
    english = english_nodes(meta)
    if english:
        _append_at_end(doctree, english)


def setup(app: Sphinx) -> dict[str, Any]:
    # Before Sphinx's own doctree-read listeners (toc, metadata) see the tree.
    app.connect("doctree-read", render_front_matter, priority=400)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
