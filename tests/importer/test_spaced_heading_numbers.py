"""Session 14 (sealed10's nursing article, as ``pdftotext -layout`` gives it): a heading's number set five
spaces or so from a short title ("1     引言") is a heading's, while a number far from prose after it (a
table's cell beside the other column's line) still is none."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.importer.headings import heading_style
from wenxian.model import Heading

BODY = "护士短缺是全球卫生系统面临的共同难题。全球护士缺口约为 590 万人，且主要集中在中低收入国家。"


def test_a_short_title_a_few_spaces_from_its_number_is_a_heading() -> None:
    assert heading_style("1     引言") == "ar1" and heading_style("2.1     研究对象") == "ar2"
    assert heading_style("84.8                        具体而言，一是完善下沉人员的考核和激") is None
    assert heading_style("3     结果显示，护士的") is None  # prose after the gap: no title


def test_the_first_heading_after_the_key_words_is_no_key_word() -> None:
    text = (f"标题\n摘要：目的 探讨关系。\n关键词：护理；管理\n\n\n1     引言\n      {BODY}\n\n"
            f"2     对象与方法\n2.1   研究对象\n      {BODY}\n")
    article = read_text(text)
    assert article.meta.keywords == ["护理", "管理"]
    assert [b.text for b in article.blocks if isinstance(b, Heading)] == ["1 引言", "2 对象与方法", "2.1 研究对象"]
