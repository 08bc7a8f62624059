"""Round 12c: author-year citations in the forms journals' own guides show (经济研究's and 管理世界's
author guides, APA 7's group authors, Chicago author-date), read by general rules: a name is matched
to the list by its family name — a translated name's last part, a body's short name — with the
evidence weighed in :func:`wenxian.refparse.citematch.match`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.importer.helpers import make_project
from wenxian.cli import main
from wenxian.importer.authoryear import dated_names, find_author_year, names_in_list
from wenxian.model import NamedWork as W
from wenxian.namekeys import abbreviates, acronym, family_key

LIST = [
    "〔美〕理查德·K. 霍尔顿，2012：《制度、契约与增长》，王明远译，格致出版社。",
    "国家发展和改革委员会，2019：《县域经济高质量发展报告》，中国计划出版社。",
    "何立平，2015：《县域金融发展与创业选择》，《经济研究》第 6 期。",
    "〔日〕青木健一郎，2003：《比较金融制度》，孙立新译，中国发展出版社。",
    "宋佳宁，1998：《农村信贷配给研究》，《中国农村经济》第 2 期。",
    "宋佳宁，2001a：《信贷配给与农户福利》，《经济研究》第 5 期。",
    "王立新，2016：《互联网普及与县域就业》，《管理世界》第 10 期。",
    "吴志刚、孟晓燕，2017：《金融知识与创业决策》，《经济研究》第 7 期。",
    "dos Santos, M., and P. Keller, 2014, “Mobile Money and Microenterprise Growth”, Journal of "
    "Development Economics, 110, 45-60.",
    "Organisation for Economic Co-operation and Development, 2018, Digital Finance in Rural Economies, "
    "Paris: OECD Publishing.",
    "World Health Organization. (2020). Guidelines on shift work and health. World Health Organization.",
    "Walker, M. P. (2000). Sleep and emotional memory. Sleep Medicine Reviews, 4(2), 145–160.",
    "Hughes, R., Lam, W., Ortega, F., & Sato, Y. (2008). Fatigue and decision making. Applied Psychology, 57(2), 211–238.",
    "O’Donnell, C., 2011, “Peer Monitoring in Group Lending”, Economic Journal, 121(552), 512-534.",
]
KNOWN, DATED = names_in_list(LIST), dated_names(LIST)


def test_the_names_a_list_makes_known() -> None:
    """A translated author by the family name (and with the given names as a text writes them), a
    Japanese author without the country, a body's long name and its acronym."""
    assert {"霍尔顿", "理查德·霍尔顿", "青木健一郎", "国家发展和改革委员会",
            "Organisation for Economic Co-operation and Development", "OECD", "WHO"} <= KNOWN
    assert ("霍尔顿", "2012") in DATED and ("宋佳宁", "1998") in DATED and ("OECD", "2018") in DATED


@pytest.mark.parametrize(("text", "works", "textual", "pages"), [
    # 经济研究's guide: 年 after the year, 等 after the last work, 第…页, 转引自
    ("不显著（王立新，2016年）。", [W(("王立新",), False, "2016")], False, []),
    ("有限（何立平，2015；吴志刚和孟晓燕，2017 等）。",
     [W(("何立平",), False, "2015"), W(("吴志刚", "孟晓燕"), False, "2017")], False, []),
    ("引用（转引自青木健一郎，2003）。", [W(("青木健一郎",), False, "2003")], False, []),
    # full-width digits, a translated name with its given names and another dot
    ("东部（王立新，２０１６）。", [W(("王立新",), False, "2016")], False, []),
    ("扩张（理查德·霍尔顿，2012：45）。", [W(("理查德·霍尔顿",), False, "2012")], False, ["45"]),
    ("研究表明理查德•霍尔顿（2012）指出", [W(("理查德•霍尔顿",), False, "2012")], True, []),
    ("此外霍尔顿（2012）认为", [W(("霍尔顿",), False, "2012")], True, []),
    # a body's short name and long name
    ("数据来自国家发改委（2019）的报告", [W(("国家发改委",), False, "2019")], True, []),
    ("取自Organisation for Economic Co-operation and Development（2018）",
     [W(("Organisation for Economic Co-operation and Development",), False, "2018")], True, []),
    ("常见(World Health Organization [WHO], 2020)。", [W(("World Health Organization",), False, "2020")], False, []),
    ("World Health Organization (WHO, 2020) advised", [W(("World Health Organization",), False, "2020")], True, []),
    # Chicago author-date: no comma before the year, a page after a comma alone
    ("memory (Walker 2000).", [W(("Walker",), False, "2000")], False, []),
    ("choices (Hughes et al. 2008, 24–25).", [W(("Hughes",), True, "2008")], False, ["24-25"]),
    ("Walker (2000, 3) noted", [W(("Walker",), False, "2000")], True, ["3"]),
    # a particle more (dos), an apostrophe as the list does not print it
    ("（dos Santos and Keller，2014）", [W(("dos Santos", "Keller"), False, "2014")], False, []),
    ("O'Donnell（2011）则强调", [W(("O'Donnell",), False, "2011")], True, []),
    # Harvard's later work of one year by its letter alone; the slip "et. al."
    ("Walker (2000a, b) noted", [W(("Walker",), False, "2000a"), W(("Walker",), False, "2000b")], True, []),
    ("（何立平，2015a，b：12）", [W(("何立平",), False, "2015a"), W(("何立平",), False, "2015b")], False, ["", "12"]),
    ("Hughes et. al. (2008) found", [W(("Hughes",), True, "2008")], True, []),
    ("（何立平，2015a；b）", [W(("何立平",), False, "2015a"), W(("何立平",), False, "2015b")], False, []),
])
def test_forms_of_the_journals_guides(text: str, works: list[W], textual: bool, pages: list[str]) -> None:
    found = find_author_year(text, KNOWN, DATED)
    assert len(found) == 1, found
    assert found[0].works == works and found[0].textual is textual
    assert found[0].pages == (pages or [""] * len(works))


def test_deng_after_the_last_work_is_written_after_the_citation() -> None:
    """"（何立平，2015；吴志刚和孟晓燕，2017 等）" → ``{cite:p}`…`等``: rendered "（何立平，2015；吴志刚，等，2017）等"
    (as post-text of the last work it split the parentheses in two, as a page does)."""
    from wenxian.importer.authoryear import extract_author_year
    from wenxian.model import Paragraph
    from wenxian.myst_writer import _Writer

    _, (cite,) = extract_author_year("有限（何立平，2015；吴志刚和孟晓燕，2017 等）。", [0], [1], KNOWN, DATED)
    assert cite.post == "等" and cite.pages == ()
    writer = _Writer([], "t", None, "refs.bib", {cite.works[0]: "he2015", cite.works[1]: "wu2017"})
    assert writer.paragraph(Paragraph([cite], 1)) == "{cite:p}`he2015,wu2017`等"


def test_the_acronym_of_a_first_citation_is_one_citation() -> None:
    """"World Health Organization (WHO, 2020)": the name and its acronym cite once (before, "(WHO,
    2020)" was a second citation and the name stayed text)."""
    (found,) = find_author_year("World Health Organization (WHO, 2020) advised", KNOWN, DATED)
    assert found.start == 0


@pytest.mark.parametrize("text", [
    "数据（CHARLS 2015）显示",  # a survey's wave: no entry opens with it
    "(Model 2015)",
    "《中国制造2025》（2015年）发布以来",
])
def test_a_name_without_comma_is_taken_only_when_the_list_has_it(text: str) -> None:
    assert find_author_year(text, KNOWN, DATED) == []


def test_years_alone_after_the_name_or_after_a_title() -> None:
    """"宋佳宁曾多次讨论这一问题（1998，2001a）", "何立平在《县域金融发展与创业选择》（2015）一文中"
    (经济研究's guide): the name earlier in the sentence whose works of those years the list holds."""
    (f,) = find_author_year("宋佳宁曾多次讨论这一问题（1998，2001a），认为", KNOWN, DATED)
    assert f.year_only and f.works == [W(("宋佳宁",), False, "1998"), W(("宋佳宁",), False, "2001a")]
    (f,) = find_author_year("何立平在《县域金融发展与创业选择》（2015）一文中", KNOWN, DATED)
    assert f.year_only and f.works == [W(("何立平",), False, "2015")]
    assert find_author_year("宋佳宁曾多次讨论这一问题（1998，2005）", KNOWN, DATED) == []  # no 2005 work


def test_name_keys() -> None:
    assert family_key("〔美〕理查德·K. 霍尔顿") == family_key("理查德・霍尔顿") == "霍尔顿"
    assert family_key("O’Donnell") == family_key("O'Donnell")
    assert acronym("Organisation for Economic Co-operation and Development") == "OECD"
    assert abbreviates("WHO", "World Health Organization") and not abbreviates("WHO", "World Bank")
    assert abbreviates("国家发改委", "国家发展和改革委员会") and abbreviates("人社部", "人力资源和社会保障部")
    assert not abbreviates("国家统计局", "国家发展和改革委员会")


def test_the_linker_matches_translated_names_short_names_and_apostrophes() -> None:
    from wenxian.refparse.citematch import candidate, match
    from wenxian.refparse.reading import read_entry

    cands = [candidate(f"e{i}", read_entry(line).entry) for i, line in enumerate(LIST)]
    assert match(W(("霍尔顿",), False, "2012"), cands) == ("e0", "")
    assert match(W(("理查德·霍尔顿",), False, "2012"), cands) == ("e0", "")
    assert match(W(("国家发改委",), False, "2019"), cands) == ("e1", "")
    assert match(W(("青木健一郎",), False, "2003"), cands) == ("e3", "")
    assert match(W(("OECD",), False, "2018"), cands) == ("e9", "")
    assert match(W(("WHO",), False, "2020"), cands) == ("e10", "")
    assert match(W(("O'Donnell",), False, "2011"), cands) == ("e13", "")
    # a body's long name holding "and" is one author (before: none, rendered "Anon")
    assert [str(p) for p in read_entry(LIST[9]).entry.persons["author"]] == [
        "{Organisation for Economic Co-operation and Development}"]
    undated = [candidate("later", read_entry("〔英〕艾伦·布朗宁，待刊：《制度与市场》，《经济研究》第 3 期。").entry)]
    assert match(W(("布朗宁",), False, "待刊"), undated) == ("later", "")
    key, why = match(W(("国家统计局",), False, "2019"), cands)
    assert key is None and "no entry with the author 国家统计局" in why  # reported, not guessed


NOTED = """\
县域创业

一、引言

县域创业受制于金融供给（何立平，2015）。

表 1 主要变量的定义
变量 定义
注：变量定义参照何立平（2015）；数据来源：（国家发改委，2019）。

参考文献

国家发展和改革委员会，2019：《县域经济高质量发展报告》，中国计划出版社。

何立平，2015：《县域金融发展与创业选择》，《经济研究》第 6 期。

〔日〕青木健一郎，2003：《比较金融制度》，孙立新译，中国发展出版社。
"""


def test_citations_in_a_tables_note_and_a_translated_authors_entry_import(tmp_path: Path) -> None:
    """A table's note cites as the text does (before, it stayed text); an entry opening with the
    author's country ("〔日〕青木健一郎") is an entry of its own (before, it was glued to the one before)."""
    make_project(tmp_path)
    raw = tmp_path / "source" / "raw" / "noted.txt"
    raw.write_text(NOTED, encoding="utf-8")
    assert main(["import", str(raw), "--project", str(tmp_path)]) == 0
    md = (tmp_path / "source" / "noted.md").read_text(encoding="utf-8")
    assert re.search(r"变量定义参照\{cite:t\}`he2015\w*`；数据来源：\{cite:p\}`\w*2019\w*`", md), md
    bib = (tmp_path / "refs.bib").read_text(encoding="utf-8")
    assert bib.count("@") >= 3 and "青木健一郎" in bib


def test_a_line_ending_at_et_of_et_al_ends_no_sentence() -> None:
    """"(García et." + "al., in press)": the slip "et. al." broken after "et." keeps its paragraph."""
    from wenxian.importer.chars import ends_sentence

    assert not ends_sentence("研究表明(García et.")
    assert not ends_sentence("相关讨论见Park et. al.")
    assert not ends_sentence("研究表明Klenow (2020) and J.")  # "…and J." + "Lee (2015)": an initial
    assert ends_sentence("这一结论成立。")


def test_a_translated_authors_key_leads_with_the_family_name() -> None:
    """"〔美〕理查德·K. 霍尔顿": the key is huoerdun…, not the pinyin of "〔美〕理" (before: meili2012)."""
    from wenxian.bibkeys import make_key
    from wenxian.refparse.reading import read_entry

    assert make_key(read_entry(LIST[0]).entry).startswith("huoerdun2012")
    assert not make_key(read_entry(LIST[3]).entry).startswith("ri")  # 〔日〕青木健一郎
