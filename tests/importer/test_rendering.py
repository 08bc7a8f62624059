"""What the writer emits reads back, through myst-parser, as exactly the source text.

Raw text must never turn into markup: no raw HTML, no code, no emphasis, no
roles, no lists or headings of its own making.
"""

from __future__ import annotations


import pytest
from docutils import nodes
from docutils.core import publish_doctree
from myst_parser.parsers.docutils_ import Parser

from tests.importer.helpers import FIXTURES
from wenxian.importer import read_article
from wenxian.model import Paragraph, Text
from wenxian.myst_writer import escape, write_myst

UNCITED = sorted(p.stem for p in FIXTURES.glob("*.txt") if "[" not in p.read_text(encoding="utf-8", errors="replace"))


def doctree(text: str) -> nodes.document:
    return publish_doctree(
        text,
        parser=Parser(),
        settings_overrides={"report_level": 5, "myst_enable_extensions": ["dollarmath", "linkify", "strikethrough"]},
    )


def _in_front_matter(node: nodes.Node) -> bool:
    while node is not None:
        if isinstance(node, (nodes.docinfo, nodes.topic, nodes.field_list, nodes.system_message)):
            return True
        node = node.parent
    return False


def body_paragraphs(doc: nodes.document) -> list[str]:
    return [p.astext() for p in doc.findall(nodes.paragraph) if not _in_front_matter(p)]


@pytest.mark.parametrize("case", UNCITED)
def test_paragraphs_read_back_verbatim(case: str) -> None:
    raw = FIXTURES / f"{case}.txt"
    article = read_article(raw.read_bytes())
    expected = [b.plain_text() for b in article.blocks if isinstance(b, Paragraph)]
    doc = doctree(write_myst(article, [], slug="t"))
    assert body_paragraphs(doc) == expected
    for kind in (nodes.raw, nodes.literal, nodes.emphasis, nodes.bullet_list, nodes.enumerated_list):
        assert not [n for n in doc.findall(kind) if not _in_front_matter(n)]


def test_script_and_backticks_stay_literal() -> None:
    article = read_article((FIXTURES / "escaping.txt").read_bytes())
    text = doctree(write_myst(article, [], slug="t")).astext()
    assert "<script>alert(1)</script>" in text
    assert "`代码`" in text and "{cite}`k`" in text and "$x$" in text


@pytest.mark.parametrize(
    "text",
    ["# 标题", "+ 项", "1) 项", "12. 项", "> 引", "---", "===", "::: note", "(x)=", "a  \\", "<!-- c -->", "~~删~~", "&copy;"],
)
def test_escape_line_start_and_inline(text: str) -> None:
    para = Paragraph([Text(text)], 1)
    from wenxian.model import Article, Metadata

    doc = doctree(write_myst(Article(Metadata(), [para]), [], slug="t"))
    assert body_paragraphs(doc) == [text]
    assert escape("a_b") == "a\\_b"


def test_only_the_first_run_of_a_paragraph_is_at_line_start() -> None:
    """"1. " after a citation is not a list item, so it is not escaped; at a line start it is."""
    from wenxian.model import Article, Citation, CiteItem, Metadata

    para = Paragraph([Text("1. 甲"), Citation((CiteItem(1),), "[1]", 1), Text("2. 乙")], 1)
    text = write_myst(Article(Metadata(), [para]), ["k"], slug="s")
    assert "1\\. 甲{cite:p}`k`2. 乙\n" in text
