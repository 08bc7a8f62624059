"""Round 12f (sealed4): a short name the article itself defines (``全称（以下简称简称）``, APA's
``Full Name [ACR]``) is a name of that body's entry; a scale's acronym before ``;`` is a label, no
citation; APA 7's second author tells two ``Kwon et al., 2013`` apart (``Kwon, Lee 等(2013)``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.importer.helpers import make_project
from wenxian.cli import main
from wenxian.importer.authoryear import find_author_year, names_in_list, with_defined_names
from wenxian.model import NamedWork as W
from wenxian.namekeys import defined_short_names, stands_for
from wenxian.refparse.citematch import candidate, match, with_short_names
from wenxian.refparse.reading import read_entry


def test_the_short_names_a_text_defines() -> None:
    text = ("代际传承。中华全国工商业联合会（以下简称全国工商联）的调查显示；网民规模 (中国互联网络信息中心[CNNIC], 2023)。"
            "As the World Health Organization [WHO] and the National Sleep Research Council (NSRC) say, "
            "Smith (NSRC) does not. 社会情感财富（以下简称本文）")
    defined = defined_short_names(text)
    assert defined == {"全国工商联": "中华全国工商业联合会", "CNNIC": "中国互联网络信息中心",
                       "WHO": "World Health Organization", "NSRC": "National Sleep Research Council"}
    assert stands_for("全国工商联", "中华全国工商业联合会", defined)
    assert stands_for("全国工商联", "中华全国工商业联合会", {"全国工商联": "调查显示中华全国工商业联合会"})  # words before it
    assert not stands_for("全国工商联", "工商业联合会", defined)  # not its short name: 全 is not in it
    assert not stands_for("CNNIC", "国家统计局", defined)


@pytest.mark.parametrize(("text", "works", "textual", "pre"), [
    ("群体 (中国互联网络信息中心[CNNIC], 2023)。", [W(("中国互联网络信息中心",), False, "2023")], False, ""),
    ("量表简版(SAS-SV; Kwon, Kim, et al., 2013), 该量表", [W(("Kwon", "Kim"), True, "2013")], False, "SAS-SV;"),
    ("指数(PSQI; Buysse et al., 1989), 抑郁", [W(("Buysse",), True, "1989")], False, "PSQI;"),
    ("指数（PSQI；Buysse 等，1989）", [W(("Buysse",), True, "1989")], False, "PSQI；"),
    ("该量表由Kwon, Lee 等(2013)的完整版删减而来", [W(("Kwon", "Lee"), True, "2013")], True, ""),
])
def test_labels_acronyms_and_a_second_author_before_deng(text: str, works: list[W], textual: bool, pre: str) -> None:
    found = find_author_year(text)
    assert len(found) == 1, found
    assert found[0].works == works and found[0].textual is textual and found[0].pre == pre


@pytest.mark.parametrize("text", ["（SAS-SV；见表 2）", "(PSQI; 2013)", "社会情感财富（SEW）的保护"])
def test_a_label_alone_is_no_citation(text: str) -> None:
    assert find_author_year(text) == []


LIST = ["中华全国工商业联合会, 2021. 中国民营企业代际传承调研报告[R]. 北京: 中华全国工商业联合会.",
        "中国互联网络信息中心. (2023). 第51次中国互联网络发展状况统计报告. 北京: 作者.",
        "Kwon, M., Kim, D.-J., Cho, H., & Yang, S. (2013). The smartphone addiction scale. PLoS ONE, 8(12), e83558.",
        "Kwon, M., Lee, J.-Y., Won, W.-Y., Park, J.-W., & Kim, D.-J. (2013). Development of a smartphone "
        "addiction scale (SAS). PLoS ONE, 8(2), e56936."]


def test_the_linker_takes_a_defined_short_name_and_a_second_author() -> None:
    cands = [candidate(f"e{i}", read_entry(line).entry) for i, line in enumerate(LIST)]
    assert match(W(("全国工商联",), False, "2021"), cands)[0] is None  # no definition: 全 is not its first character
    # round 13d: CNNIC needs no definition since the table of bodies knows it (wenxian/data/bodies.tsv)
    assert match(W(("CNNIC",), False, "2023"), cands) == ("e1", "")
    defined = defined_short_names("中华全国工商业联合会（以下简称全国工商联）…(中国互联网络信息中心[CNNIC], 2023)")
    cands = with_short_names(cands, defined)
    assert match(W(("全国工商联",), False, "2021"), cands) == ("e0", "")
    assert match(W(("CNNIC",), False, "2023"), cands) == ("e1", "")
    assert match(W(("Kwon", "Kim"), True, "2013"), cands) == ("e2", "")
    assert match(W(("Kwon", "Lee"), True, "2013"), cands) == ("e3", "")
    assert match(W(("Kwon",), True, "2013"), cands)[0] is None  # which Kwon: reported, not guessed


DEFINED = """智能手机与青少年睡眠

一、引言

网民规模达 10.67 亿 (中国互联网络信息中心[CNNIC], 2023)。中华全国工商业联合会（以下简称全国工商联）的调查显示（全国工商联，2021）。
量表简版(SAS-SV; Kwon, Kim, et al., 2013), 该量表由Kwon, Lee 等(2013)的完整版删减而来。结论的推广需谨慎(CNNIC, 2023)。
全国工商联（2021）指出，传承计划宜早制定；CNNIC（2023）的报告与此一致。

参考文献

""" + "\n\n".join(LIST) + "\n"


def test_an_article_defining_short_names_imports_them_linked(tmp_path: Path) -> None:
    make_project(tmp_path)
    raw = tmp_path / "source" / "raw" / "defined.txt"
    raw.write_text(DEFINED, encoding="utf-8")
    assert main(["import", str(raw), "--project", str(tmp_path)]) == 0
    md = (tmp_path / "source" / "defined.md").read_text(encoding="utf-8")
    assert "CNNIC" not in md.split("参考文献")[0].replace("{cite:", ""), md  # every one a link
    assert "全国工商联，2021" not in md and "Kwon" not in md.split("参考文献")[0], md
    assert re.search(r"\{cite:p\}`\{SAS-SV;\}\w+`", md), md
    assert len(re.findall(r"\{cite:[pt]\}", md)) == 7, md


def test_a_short_name_the_text_defines_for_a_listed_body_is_read_in_the_sentence() -> None:
    """"全国工商联（2021）" and "CNNIC（2023）" cite when the text defines them for a body the list opens
    an entry with; a short name for a term ("社会情感财富（SEW）") stays text, as a survey's wave does."""
    text = ("中华全国工商业联合会（以下简称全国工商联）的调查；网民规模 (中国互联网络信息中心[CNNIC], 2023)。"
            "社会情感财富（SEW）。")
    known = with_defined_names(names_in_list(LIST), text)
    assert {"全国工商联", "CNNIC"} <= known and "SEW" not in known
    found = find_author_year("全国工商联（2021）指出；CNNIC（2023）的报告；SEW（2015）的定义", known)
    assert [f.works for f in found] == [[W(("全国工商联",), False, "2021")], [W(("CNNIC",), False, "2023")]]
    # without the definitions only CNNIC, which the table of bodies knows (round 13d)
    assert [f.works for f in find_author_year("全国工商联（2021）指出；CNNIC（2023）的报告", names_in_list(LIST))] == [
        [W(("CNNIC",), False, "2023")]]
