"""A one-page article set by ctexart + multicol, written for a user's check
(tests/data/pdfreader/multicol-refs-below.tex, typeset with `xelatex`; the PDF is committed):
front matter across the page, the body in two columns, then the reference list across the
page in small type under them, and the first page's footnote (收稿日期 …) last.

Before: the list's first entry, cut at a wide space near the middle, was read as two column
lines, so the left column, the heading 参考文献, the right column and the rest of the list came
in that order (sections 3 and 4 inside entry [1]); then the list in small type at the page's
foot was taken for footnotes, and the last entry's DOI line for the article's DOI."""

from __future__ import annotations

from pathlib import Path

import pytest

from wenxian.model import Citation, Heading, Paragraph
from wenxian.pdfreader import read_pdf

PDF = Path(__file__).resolve().parents[1] / "data" / "pdfreader" / "multicol-refs-below.pdf"


@pytest.fixture(scope="module")
def article():
    return read_pdf(PDF).article


def test_both_columns_come_before_the_list_under_them(article) -> None:
    assert [b.text for b in article.blocks if isinstance(b, Heading)] == [
        "1 引言", "2 研究区域与数据", "2.1 研究区域", "2.2 数据来源", "3 结果与分析", "3.1 管护成本",
        "3.2 管护效果", "4 结论"]
    last = [b for b in article.blocks if isinstance(b, Paragraph)][-1]
    assert last.plain_text().startswith("物业化管护兼顾成本与效果") and last.plain_text().endswith("专业化管护。")
    cited = [item.number for b in article.blocks if isinstance(b, Paragraph) for i in b.inlines
             if isinstance(i, Citation) for item in i.items]
    assert cited == [1, 2, 3, 4, 5, 6, 3, 7]


def test_the_list_in_small_type_at_the_foot_is_the_list_with_its_last_doi(article) -> None:
    assert [r.number for r in article.references] == [1, 2, 3, 4, 5, 6, 7]
    assert article.references[0].text.endswith("北京: 中国水利水电出版社, 2023.")
    assert article.references[-1].text.endswith("DOI: 10.2166/wp.2021.101.")
    assert not article.footnotes
    assert "doi" not in article.meta.journal
    assert article.meta.journal["received"] == "2023-11-02"
