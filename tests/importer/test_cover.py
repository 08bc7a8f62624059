"""A platform's cover page and stamps: CNKI's 网络首发 page before the article, its copyright
line on every page (tests/data/pdfreader/cnki-cover.tex, the PDF and its pdftotext text)."""

from __future__ import annotations

from pathlib import Path

from wenxian.importer import read_article
from wenxian.model import Paragraph
from wenxian.pdfreader import read_pdf

DATA = Path(__file__).resolve().parents[1] / "data"
COVER = """网络首发论文
题目： 乡村小学寄宿制管理的困境与出路
作者： 周晓岚，韦国栋
收稿日期： 2025-03-12
网络首发日期： 2025-06-18
引用格式： 周晓岚，韦国栋．乡村小学寄宿制管理的困境与出路[J/OL]．教育发展研究.
https://link.cnki.net/urlid/31.1772.G4.20250618.1012.002
网络首发：在编辑部工作流程中，稿件从录用到出版要经历录用定稿、排版定稿、整期汇编定稿等阶
段。整期汇编定稿指出版年、卷、期已确定的印刷版或者网络版期刊的稿件。
出版确认：纸质期刊编辑部通过与《中国学术期刊（光盘版）》电子杂志社有限公司签约，在印刷
出版之前刊发论文的录用定稿、排版定稿、整期汇编定稿。
"""
ARTICLE = """乡村小学寄宿制管理的困境与出路
周晓岚 1，韦国栋 2
（1. 黔南师范学院 教育科学学院，贵州 都匀 558000；2. 凯里学院 教师教育学院，贵州 凯里 556011）
摘 要：寄宿制是乡村小学布局调整后保障学生就学的重要安排。本文分析生活管理的困境。
关键词：寄宿制小学；生活教师
一、问题的提出
　　近二十年来，寄宿制成为偏远地区小学生完成义务教育的主要途径[1]。已有研究多关注办学条件。
© 1994-2025 China Academic Journal Electronic Publishing House. All rights reserved. http://www.cnki.net
\f网络首发时间：2025-06-18 10:12:33
二、调查设计
　　调查覆盖三县 24 所寄宿制小学。
参考文献：
[1] 邬志辉，秦玉友. 中国农村教育发展报告 2019[M]. 北京：北京师范大学出版社，2020.
"""


def _body(article) -> str:
    return "".join(b.plain_text() for b in article.blocks if isinstance(b, Paragraph))


def test_the_cover_page_is_left_out_with_or_without_a_page_break() -> None:
    for joint in ("\f", ""):  # pdftotext keeps the form feed; a copied text may not
        article = read_article((COVER + joint + ARTICLE).encode())
        meta = article.meta
        assert meta.title == "乡村小学寄宿制管理的困境与出路" and meta.authors == ["周晓岚", "韦国栋"]
        assert meta.journal["online"] == "2025-06-18"
        body = _body(article)
        assert "网络首发" not in body and "出版确认" not in body and "引用格式" not in body
        assert "China Academic Journal" not in body and body.startswith("近二十年来")


def test_a_first_page_with_its_own_online_date_is_no_cover() -> None:
    # An article may print 网络首发日期 among its own dates: its first page stays.
    text = ARTICLE.replace("关键词：寄宿制小学；生活教师\n", "关键词：寄宿制小学；生活教师\n网络首发日期：2025-06-18\n")
    article = read_article(text.encode())
    assert article.meta.title == "乡村小学寄宿制管理的困境与出路" and article.meta.authors == ["周晓岚", "韦国栋"]


def test_a_cnki_pdf_with_its_cover_through_pdftotext_and_the_pdf_reader() -> None:
    text = read_article((DATA / "import-shapes" / "cnki-cover-pdftotext.txt").read_bytes())
    pdf = read_pdf(DATA / "pdfreader" / "cnki-cover.pdf").article
    for article in (text, pdf):
        meta = article.meta
        assert meta.title == "基于遥感的平原河网水体面积变化监测"
        assert meta.authors == ["方宁", "朱立言"] and meta.author_affiliations == [[1], [2]]
        assert meta.journal["name"] == "水资源保护" and meta.journal["online"] == "2024-04-16"
        assert meta.journal["pages"] == "96-101"
        body = _body(article)
        assert "网络首发" not in body and "cnki" not in body and "WATER RESOURCES" not in body
