"""Round 13d: author-year forms the author guides and style manuals show that no part had before
(tests/data/authoryear/fresh4): a republished or translated work's two years, APA 7's undated works
told apart by a letter, a word before a later work of a parenthesis, a page after a space and the
other parts of a work (paragraph, table, chapter), GB/T's initials after a Western name, a body by
its name without the state's, in another language or in full where the list prints its acronym,
padded two-character names, and names whose letters a text lacks (umlauts, pinyin's ü)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.importer.helpers import make_project
from wenxian.cli import main
from wenxian.importer.authoryear import dated_names, find_author_year, names_in_list
from wenxian.model import NamedWork as W
from wenxian.namekeys import names_of_body, other_spellings, same_body, unpad
from wenxian.refparse.citematch import candidate, match, printed_suffix
from wenxian.refparse.reading import read_entry

LIST = [
    "〔法〕皮埃尔·布尔热，2015：《场域与资本》，刘明远译，商务印书馆。",
    "梁　晨，2019：《城市新移民的社会网络》，《社会学研究》第 3 期。",
    "〔德〕马克斯·韦纳，2010：《伦理与经济精神》，王立群译，广西师范大学出版社。",
    "孙  立，2016a：《老乡网络与初次求职》，《中国人口科学》第 4 期。",
    "中华人民共和国国家统计局，2021：《中国统计年鉴 2021》，中国统计出版社。",
    "周雪梅，2003：《组织社会学十讲》，社会科学文献出版社。",
    "Acemoglu, D., and P. Restrepo, 2019, “Automation and New Tasks”, Journal of Economic Perspectives, 33(2), 3-30.",
    "Polansky, K., 2001, The Great Market Society, Boston: Beacon Press.",
    "World Bank, 2020, World Development Report 2020: Migration and Jobs, Washington, DC: World Bank.",
    "Perrault, J. (1972). The growth of reasoning in the child (H. Weaver, Trans.). Basic Books. (Original work "
    "published 1950)",
    "Dewitt, L. (n.d.-a). Emotion regulation in classrooms [Unpublished manuscript]. Northvale University.",
    "Dewitt, L. (n.d.-b). Peer support programs in middle schools [Unpublished manuscript]. Northvale University.",
    "Müller, T., & Okafor, C. (2015). Self-compassion and academic stress. Learning and Individual Differences, 40, 88–95.",
    "Lü, X. (2018). Sleep and mood in adolescence. Sleep Health, 4(2), 100–108.",
    "WHO. (2019). Adolescent mental health: Global report. Author.",
    "中华人民共和国教育部. (2021). 全国教育事业发展统计公报. 北京: 作者.",
]
KNOWN, DATED = names_in_list(LIST), dated_names(LIST)


@pytest.mark.parametrize(("text", "works", "textual", "pages", "pres"), [
    # a republished or translated work's two years (APA 7, 社会学研究, Chicago)
    ("嵌入（Polansky，1944/2001：35）。", [W(("Polansky",), False, "1944/2001")], False, ["35"], ()),
    ("此外马克斯·韦纳（1905/2010）讨论了", [W(("马克斯·韦纳",), False, "1905/2010")], True, [], ()),
    ("起源（韦纳，2010[1905]）。", [W(("韦纳",), False, "2010[1905]")], False, [], ()),
    ("资本（布尔热，2015 [1979]）。", [W(("布尔热",), False, "2015 [1979]")], False, [], ()),
    ("reasoning (Perrault, 1950/1972).", [W(("Perrault",), False, "1950/1972")], False, [], ()),
    ("Perrault (1950/1972, p. 25) held", [W(("Perrault",), False, "1950/1972")], True, ["25"], ()),
    # APA 7's undated works of one author told apart by a letter
    ("项目(Dewitt, n.d.-a, n.d.-b)。", [W(("Dewitt",), False, "n.d.-a"), W(("Dewitt",), False, "n.d.-b")],
     False, [], ()),
    ("见于Dewitt (n.d.-b)。", [W(("Dewitt",), False, "n.d.-b")], True, [], ()),
    # a word before a later work, and words the earlier rounds did not have
    ("提高（梁晨，2019；另见周雪梅，2003）。", [W(("梁晨",), False, "2019"), W(("周雪梅",), False, "2003")],
     False, [], ("", "另见")),
    ("results (Polansky, 2001; see also Acemoglu et al., 2019).",
     [W(("Polansky",), False, "2001"), W(("Acemoglu",), True, "2019")], False, [], ("", "see also")),
    # a page after a space; the other parts of a work keep their word
    ("sleep (Acemoglu et al., 2019 p. 252).", [W(("Acemoglu",), True, "2019")], False, ["252"], ()),
    ("onset (Müller & Okafor, 2015, para. 4).", [W(("Müller", "Okafor"), False, "2015")], False, ["para. 4"], ()),
    ("onset (Müller & Okafor, 2015, Table 2).", [W(("Müller", "Okafor"), False, "2015")], False, ["Table 2"], ()),
    ("见（周雪梅，2003，第 3 章）。", [W(("周雪梅",), False, "2003")], False, ["第 3 章"], ()),
    # a comma slipped in after "et al." before the parenthesis
    ("Acemoglu et al., (2019) 发现", [W(("Acemoglu",), True, "2019")], True, [], ()),
    # APA's first citation of a body in Chinese prose: its Chinese name, its acronym inside the parentheses
    ("研究显示世界卫生组织（WHO，2019）的报告", [W(("世界卫生组织",), False, "2019")], True, [], ()),
    # GB/T's initials after a Western name the list has
    ("Acemoglu D 等（2019）认为", [W(("Acemoglu",), True, "2019")], True, [], ()),
    ("（Acemoglu D 和 Restrepo P，2019）", [W(("Acemoglu", "Restrepo"), False, "2019")], False, [], ()),
    # a padded name; a body without the state's name, in the other language
    ("研究表明梁晨（2019）发现", [W(("梁晨",), False, "2019")], True, [], ()),
    ("来自国家统计局（2021）", [W(("国家统计局",), False, "2021")], True, [], ()),
    ("参照世界银行（2020）的口径", [W(("世界银行",), False, "2020")], True, [], ()),
])
def test_forms_of_round_13d(text: str, works: list[W], textual: bool, pages: list[str], pres: tuple) -> None:
    found = find_author_year(text, KNOWN, DATED)
    assert len(found) == 1, found
    assert found[0].works == works and found[0].textual is textual
    assert found[0].pages == (pages or [""] * len(works))
    assert found[0].pres == pres


@pytest.mark.parametrize("text", [
    "Wave B (2015) 的数据",  # a capital letter after a name the list does not have: no initials
    "样本期（2015/2016 学年）",
])
def test_no_citation(text: str) -> None:
    assert find_author_year(text, KNOWN, DATED) == []


def test_the_names_a_list_makes_known() -> None:
    """A padded name closed up, a body without the state's name, a body's name in the other language."""
    assert {"梁晨", "孙立", "国家统计局", "世界银行", "World Health Organization", "世界卫生组织", "教育部"} <= KNOWN
    assert unpad("王  芳、张  伟，2017") == "王芳、张伟，2017" and unpad("Smith A, B C") == "Smith A, B C"
    assert "国家统计局" in names_of_body("中华人民共和国国家统计局")
    assert same_body("OECD", "经济合作与发展组织") and not same_body("世界银行", "World Health Organization")
    assert other_spellings("Müller")[0] == "mueller" and {"lv", "lyu"} <= set(other_spellings("Lü"))
    assert other_spellings("Smith") == ()


def _candidates():
    return [candidate(f"e{i}", read_entry(line).entry, printed_suffix(line)) for i, line in enumerate(LIST)]


@pytest.mark.parametrize(("work", "place"), [
    (W(("Polansky",), False, "1944/2001"), 7),  # the list dates the edition
    (W(("韦纳",), False, "2010[1905]"), 2),
    (W(("布尔热",), False, "1979/2015"), 0),
    (W(("Perrault",), False, "1950/1972"), 9),
    (W(("Dewitt",), False, "n.d.-a"), 10),
    (W(("Dewitt",), False, "n.d.-b"), 11),
    (W(("Mueller", "Okafor"), False, "2015"), 12),  # the umlaut written out
    (W(("Lv",), False, "2018"), 13),  # pinyin's ü
    (W(("Lyu",), False, "2018"), 13),
    (W(("World Health Organization",), False, "2019"), 14),  # the full name for the list's acronym
    (W(("世界卫生组织",), False, "2019"), 14),  # in Chinese
    (W(("世界银行",), False, "2020"), 8),
    (W(("教育部",), False, "2021"), 15),  # without 中华人民共和国
    (W(("国家统计局",), False, "2021"), 4),
    (W(("梁晨",), False, "2019"), 1),
])
def test_the_linker(work: W, place: int) -> None:
    assert match(work, _candidates()) == (f"e{place}", "")


def test_what_is_not_linked_says_why() -> None:
    key, why = match(W(("Dewitt",), False, "n.d.-c"), _candidates())
    assert key is None and "suffix" in why
    key, why = match(W(("Polansky",), False, "1944/1999"), _candidates())
    assert key is None and "year differs" in why


def test_undated_entries_with_a_letter_are_entries_of_their_own() -> None:
    """"Dewitt, L. (n.d.-a)." opens an entry (before, both were glued to the entry before them)."""
    from wenxian.refparse.listcut import cut_list

    lines = ["参考文献", "陈思远, 刘洋. (2019). 父母教养方式与青少年抑郁. 心理学报, 51(4), 420–431.", LIST[10], LIST[11],
             LIST[12]]
    items = cut_list(lines).items
    assert [item.text.split(".")[0] for item in items] == ["陈思远, 刘洋", "Dewitt, L", "Dewitt, L", "Müller, T"]


RAW = """\
关系网络与职业流动

一、引言

新移民的网络异质性有所提高（梁晨，2019；另见周雪梅，2003）。Polansky（1944/2001）指出，经济行动嵌入在社会关系之中。数据来自国家统计局（2021）。

参考文献

梁　晨，2019：《城市新移民的社会网络》，《社会学研究》第 3 期。

中华人民共和国国家统计局，2021：《中国统计年鉴 2021》，中国统计出版社。

周雪梅，2003：《组织社会学十讲》，社会科学文献出版社。

Polansky, K., 2001, The Great Market Society, Boston: Beacon Press.
"""


def test_import_links_them_and_keeps_the_word_before_a_later_work(tmp_path: Path) -> None:
    make_project(tmp_path)
    raw = tmp_path / "source" / "raw" / "network.txt"
    raw.write_text(RAW, encoding="utf-8")
    assert main(["import", str(raw), "--project", str(tmp_path)]) == 0
    md = (tmp_path / "source" / "network.md").read_text(encoding="utf-8")
    assert re.search(r"\{cite:p\}`liang2019\w*,\{另见\}zhou2003\w*`", md), md
    assert re.search(r"\{cite:t\}`polansky2001\w*`指出", md), md
    assert re.search(r"数据来自\{cite:t\}`\w+2021\w*`", md), md


def test_what_the_grammars_draws_showed() -> None:
    """Seeds 1–20 of the round's grammar: a body's Chinese name holding 与 is one name ("经济合作与发展组织",
    not 经济合作 and 发展组织); a name without its umlaut in Chicago's form ("(Mueller 2015)") is the
    list's; a line ending at APA's "para." ends no sentence."""
    from wenxian.importer.chars import ends_sentence

    known = names_in_list(LIST + ["OECD, 2008, Skills Outlook, Paris: OECD Publishing."])
    (found,) = find_author_year("（经济合作与发展组织，2008）", known, DATED)
    assert found.works == [W(("经济合作与发展组织",), False, "2008")]
    (found,) = find_author_year("(Mueller and Okafor 2015)", KNOWN, DATED)
    assert found.works == [W(("Mueller", "Okafor"), False, "2015")]
    assert not ends_sentence("此外，李强（2004a, para.") and not ends_sentence("见（Smith, 2010, chap.")
