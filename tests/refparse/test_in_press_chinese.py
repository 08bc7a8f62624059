"""A Chinese entry of a work not yet published, in an APA-style list: "孙莉. (出版中). 题名. 刊名."
(印刷中, 出版中, 待刊 — "in press" in Chinese). Before session 14 APA's in-press form took only the
English words, and the entry stayed verbatim although its author-year citation "孙莉（出版中）" was linked."""

from __future__ import annotations

import pytest

from wenxian.refparse.otherstyles import read_other_style
from wenxian.refparse.reading import plausible


@pytest.mark.parametrize("line, note", [
    ("孙莉. (出版中). 磁性医院理念下的护理人力配置研究. 中国护理管理.", "出版中"),
    ("李佳蓉（印刷中）。通勤时间与居住选择。运输计划季刊。", "印刷中"),
    ("Brown, B. (in press). A study of things. Journal of Stuff.", "in press"),
])
def test_an_entry_in_press_is_read_with_its_title_and_journal(line, note) -> None:
    spans, style = read_other_style(line)
    assert style == "apa" and spans["note"] == note and spans["type"] == "article"
    assert spans["title"] and spans["container"] and spans["author"]
    assert plausible(spans)  # no year, and said so: the work is not out yet
