"""Shapes of pypdf's texts of Chromium's and word processors' PDFs (round 17f): CJK radicals a
font gave for ideographs (⽉ for 月, ⻔ for 门, ⻝ for 食, ⺠ for 民) read as the ideographs, once,
where the importer reads its text (:mod:`wenxian.importer.glyphs`), and reported once; the legacy
dash and wave dash; a first-page footnote printed above the title. The texts are written for
these tests; the corpus's Chromium rows of pypdf (and pdfplumber) measure the same on whole
articles."""

from __future__ import annotations

import unicodedata

from wenxian.importer import read_text
from wenxian.importer.glyphs import fold_radicals, radical_table
from wenxian.model import Heading, Paragraph

TITLE = "城市居民食堂与社区大门管理的实践研究"
TEXT = (f"{TITLE}\n张明1，李华2\n（1. 东山大学 公共管理学院，东山 100000；2. 西河学院，西河 200000）\n"
        "摘要：本文讨论社区食堂与大门管理中居民参与的方式。\n关键词：社区治理；居民参与\n"
        "1 引言\n社区是城市治理的基本单元，居民每月在食堂就餐的人次逐年增加，大门的管理也随之改变。\n"
        "2 居民参与\n人民群众的参与决定了管理的效果，本文以三个社区为例加以考察。\n")
# The same text as such a PDF's extractor gives it: a radical for each of these ideographs.
AS_RADICALS = {"民": "\u2ea0", "门": "\u2ed4", "食": "\u2edd", "月": "\u2f49", "人": "\u2f08", "大": "\u2f24",
               "文": "\u2f42", "山": "\u2f2d"}


def with_radicals(text: str) -> str:
    return "".join(AS_RADICALS.get(c, c) for c in text)


def test_radicals_are_read_as_the_ideographs_they_stand_for_and_reported_once() -> None:
    raw = with_radicals(TEXT)
    assert raw != TEXT and "⻔" in raw and "⽉" in raw
    article = read_text(raw)
    assert article.meta.title == TITLE
    assert article.meta.keywords == ["社区治理", "居民参与"]
    assert [b.text for b in article.blocks if isinstance(b, Heading)] == ["1 引言", "2 居民参与"]
    paragraphs = [b.plain_text() for b in article.blocks if isinstance(b, Paragraph)]
    assert any("居民每月在食堂就餐" in p and "大门的管理" in p for p in paragraphs)
    notes = [n for n in article.notes if "radical" in n.message]
    count = sum(raw.count(r) for r in AS_RADICALS.values())
    assert len(notes) == 1 and notes[0].message.startswith(f"{count} CJK radicals") and notes[0].line == 1
    assert not [n for n in read_text(TEXT).notes if "radical" in n.message]  # none where none stood


def test_the_supplements_simplified_radicals_fold_and_a_radical_without_an_ideograph_stays() -> None:
    # U+2E80–2EFF are not mapped by NFKC (⻔ stays ⻔): the table, from Unicode's
    # Equivalent_Unified_Ideograph, maps them. U+2E80 has no equivalent ideograph: it stays.
    assert unicodedata.normalize("NFKC", "\u2ed4") == "\u2ed4"
    assert fold_radicals("出⻔就是⻝堂，⺠生⽉报\u2e80") == ("出门就是食堂，民生月报\u2e80", 4)
    assert fold_radicals("没有部首的文字") == ("没有部首的文字", 0)


def test_the_door_radical_is_the_simplified_form_in_a_simplified_text_only() -> None:
    # ⼾ (KANGXI RADICAL DOOR): Unicode's equivalent is 戶; a Simplified font draws 户 with the
    # same glyph and no radical stands for 户, so a Simplified text's ⼾ is 户 (168 in the corpus's
    # Chromium texts). In a Traditional text it stays 戶.
    assert fold_radicals("低层住⼾的顾虑，⼤⻔口")[0] == "低层住户的顾虑，大门口"
    assert fold_radicals("低層住⼾的顧慮，⼤⾨口")[0] == "低層住戶的顧慮，大門口"


def test_the_table_agrees_with_nfkc_on_every_kangxi_radical() -> None:
    table = radical_table()
    kangxi = range(0x2F00, 0x2FD6)  # the 214 Kangxi radicals (2FD6–2FDF are unassigned)
    assert all(table[c] == unicodedata.normalize("NFKC", chr(c)) for c in kangxi)
    assert len(table) == 328 and all(0x2E80 <= c <= 0x2FDF for c in table)


def test_the_legacy_dash_and_wave_dash_are_the_texts_dash_and_range_mark() -> None:
    # A Chromium PDF's CJK font maps "—" and "～" to U+2015 and U+301C (GB2312's legacy mapping):
    # pypdf keeps them. The article has U+2014 and U+FF5E, as poppler's and PDFium's texts do.
    raw = TEXT.replace("人民群众的参与", "人民群众的参与――尤其是每月2〜3次的议事会――")
    paragraphs = [b.plain_text() for b in read_text(raw).blocks if isinstance(b, Paragraph)]
    assert any("参与——尤其是每月2～3次的议事会——决定" in p for p in paragraphs)


def test_a_first_page_footnote_printed_above_the_title_ends_at_its_e_mail_address() -> None:
    # pypdf prints a Chromium PDF's first-page footnote (收稿日期 … 通信作者) above the title, with no
    # blank line or page's foot after it: the 通信作者 field ends with its e-mail address, and the
    # title and authors after it are the head, not the field's value (before: no title).
    foot = ("收稿日期：2025-04-14\n作者简介：张明（1984—），男，东山人，教授，博士，主要研究方向为社区治理。\n"
            "通信作者：李华，E-mail: lihua@dsu.edu.example\n")
    article = read_text(foot + TEXT)
    assert article.meta.title == TITLE
    assert article.meta.authors == ["张明", "李华"]
    assert article.meta.journal["corresponding"] == "李华，E-mail: lihua@dsu.edu.example"
