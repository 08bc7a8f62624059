"""A Chinese author's English work is listed in pinyin (``WANG N. Rethinking authenticity…``) and cited
in a Chinese text by the author's name in characters (``王宁（1999）``): the citation is recognised when
the list has a Latin first author of that year whose family name is the name's pinyin, and linked when
the given name's initials agree too (:func:`wenxian.namekeys.is_pinyin_of`). The part ``sealed6`` showed
it; the lines are written for these tests."""

from __future__ import annotations

import pytest

from wenxian.importer.authoryear import dated_names, find_author_year, names_in_list
from wenxian.namekeys import is_pinyin_of

from tests.reflists.helpers import linked_places

LIST = [
    "[1] 李青. 古镇商业化的阈值[J]. 旅游学刊, 2014, 29(3): 15-24.",
    "[2] WANG N. Rethinking authenticity in tourism experience[J]. Annals of Tourism Research, 1999, 26(2): 349-370.",
    "[3] OUYANG X, SMITH J. Heritage towns and their visitors[J]. Tourism Management, 2018, 64: 1-12.",
    "[4] SHI J. Tourism and the rural economy[M]. Beijing: Science Press, 2005.",
]


@pytest.mark.parametrize(("han", "family", "given", "expected"), [
    ("王宁", "WANG", "N", True),
    ("王宁", "Wang", "Ning", True),
    ("王宁", "WANG", "", True),  # the family name alone: the given name is not known
    ("王宁", "WANG", "J", False),
    ("王宁", "WU", "N", False),
    ("欧阳修", "OUYANG", "X", True),  # a family name of two characters
    ("单雄", "SHAN", "X", True),  # a family name read otherwise than the word (单: dan, shan)
    ("吕明", "Lü", "M", True),  # ü as printed, as v and as yu
    ("吕明", "LV", "M", True),
    ("吕明", "Lyu", "Ming", True),
    ("张志辉", "ZHANG", "Zh H", True),  # zh kept whole in the initials
    ("吴志辉", "WU", "Zhihui", True),
    ("吴志辉", "WU", "Z-H", True),
    ("吴志辉", "WU", "Z H X", False),
    ("World", "WORLD", "", False),  # no Chinese name
])
def test_a_chinese_name_and_its_pinyin(han: str, family: str, given: str, expected: bool) -> None:
    assert is_pinyin_of(han, family, given) is expected


def test_a_name_in_characters_before_a_year_is_cited_when_the_list_prints_it_in_pinyin() -> None:
    entries = [line.split("] ", 1)[1] for line in LIST]  # the entries' texts, as the reader gives them
    dated, known = dated_names(entries), names_in_list(entries)
    text = "旅游真实性的讨论由来已久；王宁（1999）则提出了存在的真实性，欧阳修等（2018）的调查支持这一判断。"
    found = find_author_year(text, known, dated)
    assert [text[f.start:f.end] for f in found] == ["王宁（1999）", "欧阳修等（2018）"]
    # a word before a year whose pinyin is no first author of the list that year stays text
    # (SHI has a work of 2005, not of 1999; WANG none of 2005)
    assert find_author_year("在这一时期（1999）以及王宁（2005）之后", known, dated) == []


def test_the_citation_is_linked_only_when_the_initials_agree() -> None:
    raw = ("旅游\n\n一、引言\n\n王宁（1999）提出了存在的真实性，王军（1999）则不同。\n\n参考文献\n" + "\n".join(LIST) + "\n")
    linked = linked_places(raw)
    # 王军 is recognised by the family name (WANG, 1999) and not linked: the list's WANG is N., not J.
    assert linked == [("王宁（1999）", [1]), ("王军（1999）", [None])]


# Session 12 (sealed8 showed them): APA's list of a Chinese article giving its Chinese works in pinyin
# ("Fang, Q., & Lü, M. (2016).") — the text writes several names before the year, 等人 after them, a
# given name of two syllables with one initial ("Sima, Y."), and a state body by its Chinese name.
APA_LIST = [
    "Fang, Q., & Lü, M. (2016). Parents and after-school exercise [in Chinese]. Journal of Sport A, 12(4), 71–78.",
    "General Administration of Sport of China. (2015). Bulletin of a national fitness survey [in Chinese]. Author.",
    "He, J., Luo, T., & Tang, X. (2022). Friends and exercise in class networks [in Chinese]. Sport Journal B, 45(6), 88–99.",
    "Sima, Y. (2019). Family climate and exercise adherence [in Chinese]. Sport Science C, 39(5), 33–41.",
    "Zhu, K., Xu, N., & Gao, Y. (2023). Peer encouragement and girls' activity [in Chinese]. Sport Journal D, 57(4), 60–69.",
]


@pytest.mark.parametrize(("han", "family", "given", "expected"), [
    ("司马云峰", "Sima", "Y", True),  # a given name of two syllables written as one word: one initial
    ("司马云峰", "Sima", "Yunfeng", True),
    ("司马云峰", "Sima", "F", False),  # the second syllable's initial alone is no initial of it
    ("张志辉", "ZHANG", "Zh", True),
    ("张志辉", "ZHANG", "Z", True),
    ("张志辉", "ZHANG", "H", False),
])
def test_a_given_name_of_two_syllables_may_have_one_initial(han: str, family: str, given: str, expected: bool) -> None:
    assert is_pinyin_of(han, family, given, one_initial=True) is expected
    # (only where asked: a list's cutter, telling a translated line from the next entry, wants every initial)
    assert is_pinyin_of("司马云峰", "Sima", "Y") is False


def test_several_names_before_a_year_are_read_by_the_first_ones_pinyin() -> None:
    dated, known = dated_names(APA_LIST), names_in_list(APA_LIST)
    text = ("国内研究发现：方琦和吕明（2016）认为父母的陪伴有益；何佳、罗婷和唐翔（2022）利用班级数据发现同伴的示范效应。"
            "本文参照朱凯等人（2023）的做法，沿用司马云峰（2019）的量表；国家体育总局（2015）的公报也显示了这一点。")
    found = find_author_year(text, known, dated)
    assert [text[f.start:f.end] for f in found] == [
        "方琦和吕明（2016）", "何佳、罗婷和唐翔（2022）", "朱凯等人（2023）", "司马云峰（2019）", "国家体育总局（2015）"]
    assert [w.names for w in found[1].works] == [("何佳", "罗婷", "唐翔")]
    # (和 is a family name too, read he: "和唐翔" alone was taken for He's work before the names before it were)
    # a comma is no joiner of names: the word before it is prose ("研究" is no first author of 2022)
    text = "这一点已有研究，何佳（2022）也发现了。"
    assert [text[f.start:f.end] for f in find_author_year(text, known, dated)] == ["何佳（2022）"]


def test_names_cited_in_characters_are_linked_to_the_entries_in_pinyin() -> None:
    raw = ("体育\n\n1 前言\n\n方琦和吕明（2016）认为父母的陪伴有益；何佳、罗婷和唐翔（2022）发现同伴的示范效应。"
           "本文参照朱凯等人（2023）的做法，沿用司马云峰（2019）的量表（国家体育总局，2015）。\n\n参考文献\n"
           + "\n".join(APA_LIST) + "\n")
    linked = linked_places(raw)
    assert linked == [("方琦和吕明（2016）", [0]), ("何佳、罗婷和唐翔（2022）", [2]), ("朱凯等人（2023）", [4]),
                      ("司马云峰（2019）", [3]), ("（国家体育总局，2015）", [1])]
