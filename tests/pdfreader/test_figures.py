"""Figures and tables in typeset PDFs (the import corpus's shuzi-zhili and chengshi-gengxin,
written for the corpus, MIT): a chart drawn as many small paths is one figure, its axis names
and values left out; a paragraph a figure or table was set inside is one paragraph again."""

from __future__ import annotations

from pathlib import Path

import pytest

from wenxian.model import Caption, Heading, Paragraph
from wenxian.pdfreader import read_pdf

CORPUS = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus" / "data" / "dev"


@pytest.mark.parametrize("name", ["shuzi-zhili/twocol-spaced", "chengshi-gengxin/onecol-colon"])
def test_captions_kept_labels_left_out_interrupted_paragraph_joined(name: str) -> None:
    article = read_pdf(CORPUS / f"{name}.pdf").article
    captions = [(b.kind, b.text.split()[0] + b.text.split()[1]) for b in article.blocks if isinstance(b, Caption)]
    assert sorted(captions) == [("figure", "图1"), ("table", "表1")]
    paragraphs = ["".join(b.plain_text().split()) for b in article.blocks if isinstance(b, Paragraph)]
    body = "".join(paragraphs)
    if name.startswith("shuzi"):
        assert not any(label in body for label in ("0.82", "0.35", "人社", "62.4", "接入平台的部门"))
        assert "逐项明确数据的来源部门、共享范围和使用责任，使共享有章可循、追责有据可依。" in body
        assert any(p.startswith("首先") and p.endswith("追责有据可依。") for p in paragraphs)
    else:
        assert not any(label in body for label in ("1412", "1983—1996", "丁市", "后期管护6"))
        assert any(p.startswith("本研究采用多案例比较方法") and p.endswith("会议记录246份。") for p in paragraphs)


def test_a_footnote_field_after_the_first_heading_does_not_stretch_the_front_matter() -> None:
    """kehou-fuwu (dev since round 9a), two columns: the first page's 收稿日期 is printed as the
    left column's last line (the table beside it across the gutter). It came after the first
    heading, so the left column's two sections were read as front matter."""
    article = read_pdf(CORPUS / "kehou-fuwu/twocol-lenticular.pdf").article
    assert [b.text for b in article.blocks if isinstance(b, Heading)][:2] == ["一、引言", "二、数据来源与研究方法"]
    assert article.meta.journal.get("received") == "2025-01-14"
    assert [item.number for c in article.citations() for item in c.items][:3] == [1, 2, 3]


def test_a_figure_and_a_table_stacked_keep_a_caption_each() -> None:
    """kehou-fuwu, one column: the figure's caption (with its twin) and the table's caption
    right under it, nothing between them, were one caption."""
    article = read_pdf(CORPUS / "kehou-fuwu/onecol-colon.pdf").article
    captions = [b for b in article.blocks if isinstance(b, Caption)]
    assert sorted((c.kind, c.text[:3]) for c in captions) == [("figure", "图 1"), ("table", "表 1")]
    assert all(c.text.count("1 ") <= 2 for c in captions)


def test_a_twins_label_printed_apart_goes_back_in_front_of_its_title() -> None:
    """nongcun-gongshui (dev), onecol-bracket: a full-width space between a caption's number and
    its title; the twins' "Table 1" and "Fig. 1" came out as lines of their own (a heading, a
    footnote without a mark)."""
    result = read_pdf(CORPUS / "nongcun-gongshui/onecol-bracket.pdf")
    article = result.article
    texts = sorted("".join(c.text.split()) for c in article.blocks if isinstance(c, Caption))
    assert texts[0].startswith("图1") and "Fig.1Average" in texts[0]
    assert texts[1].startswith("表1") and "Table1Basic" in texts[1]
    assert not any(b.text.strip() in ("Table 1", "Fig. 1") for b in article.blocks if isinstance(b, Heading))
    assert not any("Fig. 1" in note.message for note in article.notes)


@pytest.mark.parametrize("layout", ["twocol-lenticular", "twocol-spaced"])
def test_a_paragraph_a_figure_cut_at_a_full_lines_sentence_end_goes_on_under_it(layout: str) -> None:
    """nongcun-gongshui (dev), two columns: the paragraph stops at a sentence's end on a full
    line, the figure stands at the next page's top, the paragraph goes on under it without an
    indent (and in body type: not the small caption's continuation)."""
    article = read_pdf(CORPUS / f"nongcun-gongshui/{layout}.pdf").article
    paragraphs = ["".join(b.plain_text().split()) for b in article.blocks if isinstance(b, Paragraph)]
    assert any(p.startswith("调查的供水站普遍实行按方计价") and p.endswith("部分站点的实收率不足六成。") for p in paragraphs)
    captions = [b.text for b in article.blocks if isinstance(b, Caption)]
    assert not any("村民" in c for c in captions) and len(captions) == 2


@pytest.mark.parametrize("name", ["haiyang-muchang/word-onecol", "haiyang-muchang/html-twocol"])
def test_a_paragraph_goes_on_unindented_after_a_table_set_after_its_sentence(name: str) -> None:
    """Round 16f (haiyang-muchang, dev since): a table set inside a paragraph right after
    "…石块礁次之（表2）。", a short line there; the text after the table has no indent where
    the document indents its paragraphs: the paragraph goes on. A numbered line after a float
    stays a heading ("2.2 大型底栖动物群落：…", wrapped, after figure 1 in html-twocol)."""
    article = read_pdf(CORPUS / f"{name}.pdf").article
    paragraphs = ["".join(b.plain_text().split()) for b in article.blocks if isinstance(b, Paragraph)]
    assert any(p.startswith("按建成时间和礁体类型比较") and "石块礁次之（表2）。构件礁内部空间复杂" in p for p in paragraphs)
    heads = ["".join(b.text.split()) for b in article.blocks if isinstance(b, Heading)]
    assert "2.2大型底栖动物群落：基于2019年和2023年两次调查的比较" in heads
