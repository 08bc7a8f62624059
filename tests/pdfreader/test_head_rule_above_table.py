"""Round 14e: a running head's rule and a table's rules below it, all of one width, are not one
table when the table's caption stands between them (a caption is set above or below its table's
rules, never between two of them).

The import corpus's chanjiao-ronghe (MIT; dev since round 14e), word-onecol.pdf: page 4 opens
with two headings and a paragraph, then Table 2's caption and its rules; the head's rule and the
table's were read as one table from the page's top, so both headings and the paragraph (with its
citation [18]) were taken for cells and lost."""

from __future__ import annotations

from pathlib import Path

from wenxian.model import Caption, Citation, Heading, Paragraph
from wenxian.pdfreader import read_pdf

PDF = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus" / "data" / "dev" / "chanjiao-ronghe" / "word-onecol.pdf"


def test_the_text_above_a_tables_caption_is_no_cell() -> None:
    article = read_pdf(PDF).article
    headings = [b.text for b in article.blocks if isinstance(b, Heading)]
    assert "4 影响企业参与深度的因素" in headings and "4.1 回归结果" in headings
    at = next(k for k, b in enumerate(article.blocks) if isinstance(b, Heading) and b.text == "4.1 回归结果")
    after = article.blocks[at + 1]
    assert isinstance(after, Paragraph) and after.plain_text().startswith("有序 Logistic 回归的结果显示")
    assert any(isinstance(i, Citation) and [item.number for item in i.items] == [18] for i in after.inlines)
    assert any(isinstance(b, Caption) and b.text.startswith("表 2") for b in article.blocks)
