"""The bundled article as a whole: structure, citations, front matter, invariants."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.importer.helpers import FIXTURES
from wenxian.importer import read_article
from wenxian.importer.chars import han_chars
from wenxian.model import Article, Heading, Paragraph
from wenxian.myst_writer import write_myst

HEADINGS = [
    (1, "一、以全面深化改革推动新质生产力发展的逻辑底蕴"),
    (2, "（一）理论逻辑：调整生产关系是新质生产力发展的必由之路"),
    (2, "（二）历史逻辑：顺应发展规律是新质生产力发展的内在需求"),
    (2, "（三）现实逻辑：全面深化改革是新质生产力的强大引擎"),
    (1, "二、以全面深化改革推动新质生产力发展的问题检视"),
    (2, "（一）市场体系不够健全"),
    (2, "（二）人才发展体制机制不够完善"),
    (2, "（三）对外开放体制机制有待进一步优化"),
    (1, "三、以全面深化改革推动新质生产力发展的实践进路"),
    (2, "（一）打造“高水平”市场体系，为新质生产力提供强大助力"),
    (2, "（二）完善人才发展体制机制，为新质生产力筑牢人才之基"),
    (2, "（三）优化对外开放体制机制，为新质生产力提供良好的开放环境"),
]
CITATIONS = [
    (1, None), (2, None), (3, "11"), (4, None), (5, None), (6, None), (7, None),
    (8, None), (8, None), (3, "11"), (8, None), (3, "6"), (9, None), (10, None),
    (11, None), (3, "15"), (3, "13"), (8, None),
]
RAW = FIXTURES / "seed-article.txt"


@pytest.fixture(scope="module")
def article() -> Article:
    return read_article(RAW.read_bytes(), file=RAW.name)


def paragraphs(article: Article) -> list[str]:
    return [b.plain_text() for b in article.blocks if isinstance(b, Paragraph)]


def test_twelve_headings(article: Article) -> None:
    assert [(h.level, h.text) for h in article.headings()] == HEADINGS
    assert [h.label for h in article.headings()][:4] == ["sec-1", "sec-1-1", "sec-1-2", "sec-1-3"]


def test_citations_in_order_with_pages(article: Article) -> None:
    found = [(item.number, item.page) for cite in article.citations() for item in cite.items]
    assert found == CITATIONS
    assert [c.line for c in article.citations()][:3] == [20, 27, 35]


def test_abstract(article: Article) -> None:
    abstract = article.meta.abstract or ""
    assert abstract.startswith("新质生产力作为一种先进生产力质态，需要通过全面深化改革")
    assert abstract.endswith("必须优化对外开放体制机制，为新质生产力提供良好的开放环境。")
    assert " " not in abstract and "," not in abstract


def test_english_abstract_reassembled(article: Article) -> None:
    en = article.meta.en_abstract or ""
    assert en.startswith("As an advanced form of productivity, the new quality productivity requires")
    assert "comprehensively deepened reform to establish" in en
    assert "accelerated formation and expansion." in en
    assert "new quality productivity; it is also" in en
    assert "high-standard" in en and "human-resources" in en and "opening-up" in en
    assert "  " not in en
    assert en.endswith("for the development of new quality productivity.")


def test_nothing_invented(article: Article) -> None:
    meta = article.meta
    assert meta.title is None and not meta.authors and not meta.keywords
    assert not meta.journal and meta.en_title is None
    assert article.references == []


def test_paragraphs_start_and_end_sensibly(article: Article) -> None:
    paras = paragraphs(article)
    assert paras[0].startswith("2023 年 9 月，习近平总书记")
    # Issue 11: the journal has 35 paragraphs. A sentence that happens to end
    # at a line end, before a full-width line, does not end its paragraph.
    assert len(paras) == 35 and len(article.headings()) == 12
    for start in ("这一调整并非简单的修补", "生产力与生产关系二者之间",
                  "新质生产力的特点是创新", "毛泽东在精准把握", "二是就当前社会主要矛盾",
                  "当前，我国经济发展", "重点审查各地排外", "企业作为处于市场"):
        assert not any(p.startswith(start) for p in paras), start
        assert any(start in p for p in paras), start
    assert any(p.startswith("首先，市场的统一性和协同性") for p in paras)
    assert any(p.startswith("人类社会由于人类实践活动形成新的先进生产力") for p in paras)
    assert any(p.startswith("以全面深化改革完善人才发展体制机制") for p in paras)
    # A line break without a sentence end never splits a paragraph.
    assert any("具有高科技、高效能、高质量特征" in p for p in paras)
    assert any("原有生产关系则会逐步成为生产力继续发展的桎梏" in p for p in paras)
    for p in paras:
        assert p.endswith(("。", "”", "]")) or p[-1].isdigit(), p[-30:]
        assert " 。" not in p and "。 " not in p
    assert any("《全面与进步跨太平洋伙伴关系协定》（CPTPP）和《数字经济伙伴关系协定》（DEPA），" in p for p in paras)
    assert any("“集中力量办大事”提供了制度基础" in p for p in paras)


def test_no_ideograph_lost_or_added(article: Article) -> None:
    raw = Counter(han_chars(RAW.read_text(encoding="utf-8")))
    raw.subtract({"摘": 1, "要": 1})  # the abstract's label
    out = Counter(han_chars(article.meta.abstract or ""))
    for block in article.blocks:
        out.update(han_chars(block.text if isinstance(block, Heading) else block.plain_text()))
    assert +raw == +out


def test_import_is_deterministic() -> None:
    keys = [f"ref{n}" for n in range(1, 12)]
    first = write_myst(read_article(RAW.read_bytes()), keys, slug="a")
    second = write_myst(read_article(RAW.read_bytes()), keys, slug="a")
    assert first == second


def test_written_file_keeps_every_ideograph() -> None:
    """The committed MyST holds the raw text's ideographs, no more, no fewer —
    apart from the abstract's label, the given title and the 参考文献 heading."""
    from tests.importer.test_fixtures import SEED_TITLE

    raw = Counter(han_chars(RAW.read_text(encoding="utf-8")))
    raw.subtract({"摘": 1, "要": 1})
    out = Counter(han_chars((FIXTURES / "seed-article.md").read_text(encoding="utf-8")))
    out.subtract(han_chars(SEED_TITLE) + han_chars("参考文献"))
    assert +raw == +out and not -out
