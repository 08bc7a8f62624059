"""Footnotes as Chinese law and humanities journals print them: circled marks in the text, the
notes at the page's foot (tests/data/import-shapes/law-footnotes.txt, written for this test)."""

from __future__ import annotations

from pathlib import Path

from wenxian.importer import read_article, read_text
from wenxian.model import FootnoteRef, Paragraph
from wenxian.myst_writer import write_myst

SHAPE = Path(__file__).resolve().parents[1] / "data" / "import-shapes" / "law-footnotes.txt"


def _marks(article) -> list[str]:
    return [i.label for b in article.blocks if isinstance(b, Paragraph) for i in b.inlines if isinstance(i, FootnoteRef)]


def test_notes_at_the_pages_foot_are_footnotes_and_the_marks_their_references() -> None:
    article = read_article(SHAPE.read_bytes())
    assert _marks(article) == ["1", "2", "3", "4"]
    assert [n.text[:8] for n in article.footnotes] == ["参见程啸：《论大", "参见王利明：《论", "申卫星：《论数据", "参见崔国斌：《公"]
    paragraphs = [b.plain_text() for b in article.blocks if isinstance(b, Paragraph)]
    assert len(paragraphs) == 2 and not any("参见" in p or "①" in p for p in paragraphs)
    myst = write_myst(article, [], slug="law")
    assert "理论焦点。[^1]有学者" in myst and "[^4]: 参见崔国斌：《公开数据集合法律保护的客观主义立场》" in myst


def test_marks_numbered_afresh_on_each_page_pair_in_order() -> None:
    text = SHAPE.read_text(encoding="utf-8").replace("非竞争性。④", "非竞争性。①").replace("　　④ 参见崔国斌", "　　① 参见崔国斌")
    article = read_text(text)
    assert _marks(article) == ["1", "2", "3", "4"] and article.footnotes[3].text.startswith("参见崔国斌")


def test_a_paragraph_the_notes_interrupt_runs_on_after_them() -> None:
    text = ("一、引言\n　　数据被确立为新型生产要素之后，如何在私法上安排数据权益成为理论焦\n"
            "点。①有学者主张设立新型财产权，也有学者主张以合同与反不正当竞争规则调\n"
            "　　① 参见程啸：《论大数据时代的个人数据权利》，载《中国社会科学》2018 年第 3 期。\n"
            "\f整，本文不取这两种立场。\n二、结论\n　　见上。\n")
    article = read_text(text)
    paragraphs = [b.plain_text() for b in article.blocks if isinstance(b, Paragraph)]
    assert paragraphs[0].endswith("反不正当竞争规则调整，本文不取这两种立场。") and _marks(article) == ["1"]


def test_marks_and_notes_that_do_not_pair_stay_text_and_are_reported() -> None:
    # Two ① in the text (a list's and a note's), one note ①: which is which cannot be told.
    text = ("一、引言\n　　主要包括：①数据采集；②数据清洗。已有研究讨论了这一问题。①\n"
            "　　① 参见程啸：《论大数据时代的个人数据权利》，载《中国社会科学》2018 年第 3 期。\n"
            "二、结论\n　　见上。\n")
    article = read_text(text)
    assert not article.footnotes and not _marks(article)
    assert any(p.plain_text().startswith("① 参见程啸") or p.plain_text().startswith("①参见程啸")
               for p in article.blocks if isinstance(p, Paragraph))
    assert any("2 marks ① and 1 note ①" in n.message for n in article.notes)
