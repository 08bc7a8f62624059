"""Round 13ba: what the author-year part ``sealed6`` showed, each by its rule — a work cited without
parentheses of its own after a word pointing to it inside an aside (``（…，参见 Raymo et al.，2015）``),
a survey's word before the work (``（综述见 Morrison, 2011）``), a body's name holding 和 the recogniser
reads as two persons (``（文化和旅游部, 2023）``), a body's name longer than the recogniser took, and an
editor's word set against a Chinese name in the list's head (``国务院…办公室编（2022）``).
The lines are written for these tests."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.importer.authoryear import dated_names, find_author_year, names_in_list
from wenxian.myst_writer import _Writer
from wenxian.refparse.entryhead import entry_head
from wenxian.refparse.importer import read_reference_list

from tests.reflists.helpers import linked_places

LIST = [
    "[1] 李青. 古镇商业化的阈值[J]. 旅游学刊, 2014, 29(3): 15-24.",
    "[2] Raymo J M, Park H. Marriage in East Asia[J]. Annual Review of Sociology, 2015, 41: 471-492.",
    "[3] 工业和信息化部. 2022 年通信业统计公报[Z]. 2023.",
    "[4] 国务院第七次全国人口普查领导小组办公室编. 中国人口普查年鉴-2020[M]. 北京: 中国统计出版社, 2022.",
]


def test_a_work_pointed_to_inside_an_aside_is_cited_without_parentheses() -> None:
    """``参见``/``见``/``see`` before names and a year inside parentheses opened earlier: the work, when the
    list dates that name that year; the word and the aside stay text."""
    dated = dated_names(LIST)
    text = "这一理论存在争议（关于东亚的比较，参见 Raymo et al., 2015）。居民控制力较弱（“门票经济”模式，见李青, 2014: 88）。"
    found = find_author_year(text, names_in_list(LIST), dated)
    assert [(text[f.start:f.end], f.bare, f.pages) for f in found] == [
        ("Raymo et al., 2015", True, [""]), ("李青, 2014: 88", True, ["88"])]
    # prose before a comma is no Chinese name when a pointing word follows it: the work after the word
    found = find_author_year("（具体模式，见李青, 2014）", names_in_list(LIST), dated)
    assert [(f.start, f.end, f.bare) for f in found] == [(7, 15, True)]
    # not a work the list dates (Raymo 2016), nor outside an aside: prose, as before
    assert find_author_year("（关于东亚的比较，参见 Raymo et al., 2016）", frozenset(), dated) == []
    assert find_author_year("参见 Raymo et al., 2015 的讨论。", frozenset(), dated) == []


def test_a_pointed_work_is_linked_and_written_without_parentheses() -> None:
    raw = ("生育\n\n一、引言\n\n存在争议（关于东亚的比较，参见 Raymo et al., 2015）。\n\n参考文献\n" + "\n".join(LIST) + "\n")
    assert linked_places(raw) == [("Raymo et al., 2015", [1])]
    article = read_text(raw)
    cite = article.named_citations()[0]
    key = read_reference_list(article.references)[1].key
    writer = _Writer([key], "t", None, "refs.bib", {cite.works[0]: key})
    assert writer.named_citation(cite, False) == f"{{cite:alp}}`{key}`"


def test_a_surveys_word_before_the_work_is_kept_before_it() -> None:
    found = find_author_year("建言是核心议题（综述见 Morrison, 2011）。")
    assert [(f.pre, [w.names for w in f.works]) for f in found] == [("综述见", [("Morrison",)])]


def test_a_bodys_name_holding_he_is_one_name_where_the_list_has_it_so() -> None:
    """工业和信息化部, 文化和旅游部, 住房和城乡建设部: the recogniser reads two short pieces as persons;
    the linker takes them as one name when the list opens an entry with it."""
    raw = ("通信\n\n一、引言\n\n业务量回落（工业和信息化部, 2023）。\n\n参考文献\n" + "\n".join(LIST) + "\n")
    assert linked_places(raw) == [("（工业和信息化部, 2023）", [2])]


def test_an_editors_word_after_a_chinese_name_is_no_part_of_it() -> None:
    assert entry_head(LIST[3]).names == ("国务院第七次全国人口普查领导小组办公室",)
    assert entry_head("张三主编. 社会学概论[M]. 北京: 人民出版社, 2019.").names == ("张三",)
    assert entry_head("编委会. 年鉴[M]. 2019.").names == ("编委会",)  # a body's name whole


def test_a_long_bodys_name_is_taken_when_the_list_has_it() -> None:
    """A body's name longer than 16 characters (19 here) before its year: a citation when an entry
    opens with it, a run of prose otherwise."""
    text = "数据见年鉴（国务院第七次全国人口普查领导小组办公室，2022）。"
    found = find_author_year(text, names_in_list(LIST), dated_names(LIST))
    assert [text[f.start:f.end] for f in found] == ["（国务院第七次全国人口普查领导小组办公室，2022）"]
    assert find_author_year("（此处数据来自各地统计部门的公开年报汇总整理，2022）", names_in_list(LIST)) == []
    raw = ("人口\n\n一、引言\n\n" + text + "\n\n参考文献\n" + "\n".join(LIST) + "\n")
    assert linked_places(raw) == [("（国务院第七次全国人口普查领导小组办公室，2022）", [3])]
