"""The first page's footnote (收稿日期, 基金项目, 作者简介) beside the page's number is no running
head, though the author's note repeats the affiliation's words (session 11, zhanshi-shuju's
one-column texts: "作者简介：…汀川师范大学历史文" was dropped as a page's head, its second line ran
into the funding, and pdftotext's "，男，…" line, cut where a dash ended, was dropped too).
The text is written for this test."""

from __future__ import annotations

from wenxian.importer import read_text

HEAD = [
    "地方志研究 2025 年 3 月 第 12 卷第 3 期",
    "清末民初县城书坊的经营与转型——以某县为中心",
    "林远舟1",
    "（1. 东江师范大学历史文化学院，东江 410000）",
    "摘要：本文考察清末民初县城书坊在新式印刷传入之后的经营调整。",
    "关键词：书坊；县城；印刷",
    "一、问题的提出",
]
BODY = ["清末以后，石印和铅印技术先后传入县城，旧式书坊的刻书业务逐渐萎缩，一些书坊转而代", "售外埠的新式书籍。"] * 6
BIO = "林远舟（1978—），男，东江人，历史学博士，东江师范大学历史文化学院副教授，主要研究方向为中国近代出版史。"


def _fields(foot: list[str]) -> dict[str, str]:
    text = "\n".join(HEAD + BODY + ["收稿日期：2024-10-08", "基金项目：国家社会科学基金一般项目（20BZS101）"] + foot
                     + ["· 2 ·", "林远舟：清末民初县城书坊的经营与转型", ""] + BODY + ["二、结语", "书坊的转型是被动的。", ""])
    return read_text(text).meta.journal


def test_the_author_note_repeating_the_affiliation_by_the_page_number_is_a_field() -> None:
    journal = _fields(["作者简介：林远舟（1978—），男，东江人，历史学博士，东江师范大学历史文", "化学院副教授，主要研究方向为中国近代出版史。"])
    assert journal["author_bio"] == BIO
    assert journal["funding"] == "国家社会科学基金一般项目（20BZS101）"


def test_a_fields_line_opening_with_a_comma_is_no_running_head() -> None:
    journal = _fields(["作者简介：林远舟（1978—）", "，男，东江人，历史学博士，东江师范大学历史文", "化学院副教授，主要研究方向为中国近代出版史。"])
    assert journal["author_bio"] == BIO
