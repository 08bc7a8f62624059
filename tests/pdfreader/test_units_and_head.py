"""A two-column journal PDF written for a user's check (tests/data/pdfreader/units-and-head.tex,
typeset with `xelatex`; the PDF is committed): the first page's head as the PDF reader hands
it to the text importer, and a superscript that is an exponent."""

from __future__ import annotations

from pathlib import Path

import pytest

from wenxian.model import Citation, Paragraph
from wenxian.pdfreader import read_pdf

PDF = Path(__file__).resolve().parents[1] / "data" / "pdfreader" / "units-and-head.pdf"


@pytest.fixture(scope="module")
def article():
    return read_pdf(PDF).article


def test_the_first_page_under_a_running_head(article) -> None:
    meta = article.meta
    assert meta.title == "基于遥感的平原河网水体面积变化监测"
    assert meta.authors == ["方宁", "朱立言"] and meta.author_affiliations == [[1], [2]]
    assert len(meta.affiliations) == 2
    j = meta.journal
    assert (j["name"], j["volume"], j["issue"], j["year"], j["pages"]) == ("水资源保护", "45", "3", "2024", "96-101")


def test_a_superscript_after_a_unit_is_an_exponent_not_a_citation(article) -> None:
    paragraph = next(b for b in article.blocks if isinstance(b, Paragraph) and "巢湖流域位于" in b.plain_text())
    assert "1.35 万 km²" in paragraph.plain_text()
    assert not any(isinstance(i, Citation) for i in paragraph.inlines)
    cited = [i for b in article.blocks if isinstance(b, Paragraph) for i in b.inlines if isinstance(i, Citation)]
    assert [item.number for c in cited for item in c.items] == [1, 2, 3, 4, 5]
    assert not any("superscript" in n.message for n in article.notes)


def test_the_table_and_the_figure_leave_their_captions(article) -> None:
    from wenxian.model import Caption

    captions = [(c.kind, c.text) for c in article.blocks if isinstance(c, Caption)]
    assert captions == [("table", "表 1 数据基本信息"), ("figure", "图 1 2015—2023 年研究区水体面积变化")]
    text = "".join(b.plain_text() for b in article.blocks if isinstance(b, Paragraph))
    assert "空间分辨率" not in text and "900" not in text
