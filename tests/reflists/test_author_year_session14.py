"""Session 14: author-year citations in the habits sealed10 showed no part had, read by general rules —
a Traditional-script article read as a Simplified one, in-press works, 年 after a textual citation's
year, 及其同事, names set off by full-width commas, a word before the first work with its colon."""

from __future__ import annotations

from wenxian.importer.authoryear import dated_names, find_author_year, names_in_list
from wenxian.model import NamedWork as W
from wenxian.namekeys import simplified_text

TW_LIST = [
    "司馬曉東、陳悅、劉暢（2021）。建成環境與捷運通勤：臺北與高雄之比較。都市與計劃，48（1），27–52。",
    "黃志明、莊雨晴（2019）。捷運站點步行可及性評估方法。都市與計劃，46（3），245–268。",
    "Cervero, R., & Kockelman, K. (1997). Travel demand and the 3Ds. Transportation Research Part D, 2(3), 199–219.",
    "Ewing, R., & Cervero, R. (2010). Travel and the built environment. Journal of the American Planning "
    "Association, 76(3), 265–294.",
]
TW_KNOWN, TW_DATED = names_in_list(TW_LIST), dated_names(TW_LIST)


def _works(text: str, known=TW_KNOWN, dated=TW_DATED) -> list[list[W]]:
    return [f.works for f in find_author_year(text, known, dated)]


def test_traditional_text_is_read_as_simplified_one_character_for_one() -> None:
    """與 between names is 与, 參見 before a work is 参见; the places found are the text's own."""
    text = "都市交通政策。Cervero 與 Kockelman（1997）提出，後來擴充為「5D」（參見 Ewing & Cervero, 2010）。"
    found = find_author_year(text, TW_KNOWN, TW_DATED)
    assert [f.works for f in found] == [[W(("Cervero", "Kockelman"), False, "1997")],
                                        [W(("Ewing", "Cervero"), False, "2010")]]
    assert text[found[0].start:found[0].end] == "Cervero 與 Kockelman（1997）"
    assert found[1].pre == "参见"
    # Chinese names in Traditional script, set off by 、 and 與, the list's names in Traditional too
    found = find_author_year("比較了兩個都會區。司馬曉東、陳悅與劉暢（2021）發現；黃志明與莊雨晴（2019）則", TW_KNOWN, TW_DATED)
    assert [f.works for f in found] == [[W(("司马晓东", "陈悦", "刘畅"), False, "2021")],
                                        [W(("黄志明", "庄雨晴"), False, "2019")]]


def test_simplified_text_keeps_every_place() -> None:
    assert simplified_text("與參見臺灣") == "与参见台湾"
    assert simplified_text("Smith and Jones") == "Smith and Jones"
    text = "王一鳴（2018）、乾隆年間的資料"
    assert len(simplified_text(text)) == len(text)
