"""A PDF made by a word processor: LibreOffice Writer's (issue 11, round 12, a lead's user check).

Before: the title's second line with its footnote mark (``城区为例*``) was taken for the
affiliations (the title holds 中心 — ``以江南某市中心城区为例`` — which read as an institution's
name), the real affiliation line was dropped as "head", the page-1 head with the journal's English
name was not read as a journal line, and the English title, names and affiliations after the
reference list were glued to the last entry (no English title found).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wenxian.model import Heading, Paragraph
from wenxian.pdfreader import read_pdf

PDF = Path(__file__).resolve().parents[1] / "data" / "pdfreader" / "libreoffice-park.pdf"


@pytest.fixture(scope="module")
def article():
    return read_pdf(PDF).article


def test_the_head_gives_title_authors_affiliations_and_the_journal(article) -> None:
    meta = article.meta
    assert meta.title == "城市口袋公园使用评价与更新策略研究——以江南某市中心城区为例"
    assert meta.authors == ["沈知远", "许清禾", "顾明川"]
    assert meta.affiliations == ["江南城市学院建筑与城市规划学院，江苏苏州 215000", "江南城市学院公共管理学院，江苏苏州 215000"]
    assert meta.author_affiliations == [[1], [1, 2], [2]]
    assert (meta.journal["name"], meta.journal["year"], meta.journal["issue"]) == ("城市规划与设计", "2025", "4")
    assert meta.journal["funding"] == "江苏省社会科学基金项目（24GLB017）"


def test_the_english_block_after_the_list_is_no_entry(article) -> None:
    meta = article.meta
    assert meta.en_title.startswith("Use Evaluation and Renewal Strategies of Urban Pocket Parks")
    assert meta.en_authors == ["SHEN Zhiyuan", "XU Qinghe", "GU Mingchuan"]
    assert meta.en_affiliations[0] == "School of Architecture and Urban Planning, Jiangnan City University, Suzhou 215000, China"
    assert len(meta.en_affiliations) == 2
    assert meta.en_keywords == ["pocket park", "use evaluation", "urban renewal", "high-density area"]
    assert len(article.references) == 12
    assert article.references[-1].text.endswith("城市问题, 2023(8): 21-28.")


def test_the_body(article) -> None:
    headings = [b.text for b in article.blocks if isinstance(b, Heading)]
    assert headings == ["1 引言", "2 研究设计", "2.1 研究对象", "2.2 数据与方法", "3 结果与分析", "3.1 使用强度的空间差异",
                        "3.2 影响因素", "4 更新策略", "5 结语"]
    assert sum(isinstance(b, Paragraph) for b in article.blocks) == 8
    assert [n for c in article.citations() for item in c.items for n in [item.number]] == [1, 2, 3, 4, 5, 7, 6, 8, 9, 10, 11, 12]


def test_an_unnumbered_list_and_author_year_citations_on_the_pdf_route() -> None:
    """An economics article with an unnumbered list: the PDF route once joined every line of it
    into one entry (only a number opened an entry) and left its author-year citations as text."""
    article = read_pdf(PDF.with_name("libreoffice-author-year.pdf")).article
    assert len(article.references) == 11
    assert article.references[0].text.startswith("国家统计局，2023：")
    assert article.references[-1].text.startswith("OECD, 2019, OECD Employment Outlook 2019")
    named = [c for b in article.blocks if isinstance(b, Paragraph) for c in b.named_citations()]
    cited = [w.names[0] for c in named for w in c.works]
    assert "国家统计局" in cited and "人力资源和社会保障部" in cited and "Card" in cited and "OECD" in cited
    assert len(named) >= 11  # "Mas and Pallais（201" / "7）": the year broken across lines is no year


def test_a_word_processors_numbered_footnote_is_a_footnote() -> None:
    """The note's number stands raised in the body ("…口袋公园建设¹，") and opens the note at the
    page's foot in the note's type ("1本文所称…"): a footnote, not citation [1], and not the tail of
    the first page's 作者简介 above it."""
    from wenxian.model import FootnoteRef

    article = read_pdf(PDF.with_name("libreoffice-footnote.pdf")).article
    assert [n.text for n in article.footnotes] == ["本文所称口袋公园，指面积在 400～10 000 m² 之间、向公众开放的小型公园绿地。"]
    assert article.meta.journal["author_bio"].endswith("研究方向为城市公共空间。")
    first = next(b for b in article.blocks if isinstance(b, Paragraph))
    assert any(isinstance(i, FootnoteRef) for i in first.inlines)
    assert [item.number for c in article.citations() for item in c.items][:4] == [1, 2, 3, 4]
