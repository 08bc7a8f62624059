"""A PDF not made by TeX: an article written as HTML and printed by Chromium (round 11e).

The fixture (tests/data/pdfreader/chromium-lib.pdf, its HTML beside it) failed badly before the
round: page 1's header rule and footnote rule were taken for a table holding the whole page (title,
authors, abstract, key words and page 1's body lost), page 2's table cells and the heading under
them were read column by column (a table's cell gaps taken for a gutter), and a superscript
``[4,8]`` wrapped to a line's start made a line of its own, then "。".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wenxian.model import Caption, Citation, Heading, Paragraph, Text
from wenxian.pdfreader import read_pdf
from wenxian.pdfreader.accounting import unplaced
from wenxian.pdfreader.document import PdfDocument
from wenxian.pdfreader.lines import page_lines
from wenxian.pdfreader.zones import zone_lines

DATA = Path(__file__).resolve().parents[1] / "data" / "pdfreader"
CORPUS = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus" / "data" / "dev"
PDF = DATA / "chromium-lib.pdf"


@pytest.fixture(scope="module")
def article():
    return read_pdf(PDF).article


def _text(paragraph: Paragraph) -> str:
    return "".join(i.text if isinstance(i, Text) else i.raw if isinstance(i, Citation) else "" for i in paragraph.inlines)


def test_the_front_matter_under_a_header_rule_and_over_a_footnote_rule_is_read(article) -> None:
    meta = article.meta
    assert meta.title == "高校图书馆阅读推广活动的效果评价研究"
    assert meta.authors == ["邵明远", "乔楠"]
    assert meta.abstract.startswith("阅读推广是高校图书馆服务的重要内容。") and meta.abstract.endswith("但持续性不足。")
    assert meta.keywords == ["高校图书馆", "阅读推广", "效果评价", "指标体系"]
    assert meta.journal["received"] == "2024-03-18"
    paragraphs = [_text(b) for b in article.blocks if isinstance(b, Paragraph)]
    assert paragraphs[0].startswith("全民阅读已连续多年写入政府工作报告[1]。")


def test_the_tables_cells_stay_out_and_the_heading_under_it_comes_after_it(article) -> None:
    kinds = [(type(b).__name__, getattr(b, "text", "")) for b in article.blocks if isinstance(b, (Heading, Caption))]
    assert kinds == [("Heading", "1 引言"), ("Heading", "2 评价指标体系的构建"), ("Heading", "2.1 指标选取原则"),
                     ("Heading", "2.2 指标体系"), ("Caption", "表1 评价指标体系"), ("Heading", "3 实证分析"),
                     ("Heading", "4 结论与建议")]
    body = "".join(_text(b) for b in article.blocks if isinstance(b, Paragraph))
    for cell in ("参与人次", "总体满意度", "重复参与率", "0.21"):
        assert cell not in body


def test_a_superscript_wrapped_to_a_lines_start_joins_its_line(article) -> None:
    last = [b for b in article.blocks if isinstance(b, Paragraph)][-1]
    assert isinstance(last.inlines[-2], Citation) and [i.number for i in last.inlines[-2].items] == [4, 8]
    assert last.inlines[-1] == Text("。")
    assert not any(_text(b).strip() == "。" for b in article.blocks if isinstance(b, Paragraph))


def test_every_reference_keeps_its_wrapped_lines(article) -> None:
    # --explain prints each line whole (it cut them at 50 characters, which looked like text lost).
    explained = read_pdf(PDF, explain=True).explanation
    assert any(line.endswith("图书馆论坛, 2015, 35(10):  ← after the reference list's heading") for line in explained)
    texts = [r.text for r in article.references]
    assert len(texts) == 8
    assert "图书馆论坛, 2015, 35(10)" in texts[1].replace("，", ", ") and "1-7" in texts[1]
    assert "New York: McGraw-Hill, 1980" in texts[6]
    assert texts[7].rstrip(".").endswith("National Literacy Trust, 2020")


# -- no glyph lost ------------------------------------------------------------------------------

@pytest.mark.parametrize("pdf", [PDF, CORPUS / "yanglao-shitang" / "html-twocol.pdf", CORPUS / "zhongxiao-heliu" / "onecol-colon.pdf"],
                         ids=["chromium-lib", "html-twocol", "xelatex-onecol"])
def test_every_glyph_ends_up_in_the_article_or_in_an_explained_drop(pdf: Path) -> None:
    """The invariant: the page's glyphs all go into lines; every line is either left out with its
    reason (a running head, a table's cell: ``--explain`` says which) or found in the article."""
    with PdfDocument(pdf) as document:
        for page in document.pages():
            glyphs = len(page.glyphs)
            assert sum(line.count for line in page_lines(page)) == glyphs, f"page {page.number} lost glyphs"
    result = read_pdf(pdf, explain=True)
    lost = [n.message for n in result.article.notes if "not placed in the article" in n.message]
    assert lost == []
    assert all("←" in line for line in result.explanation if " margin " in line or " figure " in line)


def test_a_line_the_article_lost_is_reported() -> None:
    """The accounting can fail: take a paragraph out of the article and its lines are named."""
    result = read_pdf(PDF)
    article = result.article
    with PdfDocument(PDF) as document:
        pages, lines = {}, []
        for page in document.pages():
            lines += page_lines(page)
            pages[page.number] = page
    for number, line in enumerate(lines, 1):
        line.number = number
    zoned, _ = zone_lines(pages, lines)
    assert unplaced(zoned, article) == []
    dropped = next(b for b in article.blocks if isinstance(b, Paragraph) and "对42项活动" in _text(b))
    article.blocks.remove(dropped)
    missing = unplaced(zoned, article)
    assert [item.line.text[:6] for item, _ in missing] == ["对42项活动", "分平均仅为6", "然能够吸引较"]
