"""Issue 11, round 16f: front-matter shapes the sealed shequ-yingji showed — an abstract
labelled 内容提要, key words set apart by (full-width) spaces, a padded two-character name
cut in two by the extractor. The texts are written for these tests (MIT, as the project)."""

from __future__ import annotations

import pytest

from wenxian.importer import read_article

HEAD = """城市治理评论
2025 年 4 月 第 3 卷第 2 期
街道应急物资储备的配置与调度研究
{authors}
（1. 江城大学公共管理学院，江城 330218；2. 江城市应急管理研究中心，江城 330006）
{label}街道应急物资储备是基层应急能力的基础。本文基于对江城市 12 个街道的调查，考察物资储备的配置与调度。
{keywords}
中图分类号：D669.3　　文献标志码：A
一、问题的提出
近年来，各地街道普遍建立了应急物资储备点，但储备品种和数量差别很大[1]。
参考文献
[1] 周明. 街道应急管理的实践逻辑[J]. 城市治理, 2021(5): 12-19.
"""

AUTHORS = "周远航1，林　枫1,2，顾清和2"
ABSTRACT = "街道应急物资储备是基层应急能力的基础。本文基于对江城市12个街道的调查，考察物资储备的配置与调度。"


def meta(authors: str = AUTHORS, label: str = "摘要：", keywords: str = "关键词：应急物资；街道；储备"):
    text = HEAD.format(authors=authors, label=label, keywords=keywords)
    return read_article(text.encode(), file="a.txt").meta


@pytest.mark.parametrize("label", ["内容提要：", "[内容提要]", "内容摘要：", "內容提要："])
def test_abstract_labelled_neirong_tiyao(label) -> None:
    m = meta(label=label)
    assert "".join(m.abstract.split()) == ABSTRACT
    assert m.title == "街道应急物资储备的配置与调度研究"


@pytest.mark.parametrize("sep", ["\u3000", " ", "  "])
def test_keywords_set_apart_by_spaces(sep) -> None:
    m = meta(keywords=f"关键词：应急物资{sep}街道治理{sep}储备调度")
    assert m.keywords == ["应急物资", "街道治理", "储备调度"]


def test_keywords_with_separators_keep_their_spaces() -> None:
    # a separator given: a space inside a key word ("5G 网络") is no separator
    m = meta(keywords="关键词：5G 网络；应急 物资；街道")
    assert m.keywords == ["5G 网络", "应急物资", "街道"]


@pytest.mark.parametrize("authors", [
    "周远航1 ，林\n枫1,2 ，顾清和2",        # pdftotext: cut at the padded name's wide space
    "周远航1 ，林\n\n枫1,2 ，顾清和2",      # … with a blank line between the pieces
    "周远航1 ，林        枫1,2 ，顾清和2",  # -layout: one line, the gap kept
])
def test_padded_name_cut_in_two(authors) -> None:
    m = meta(authors=authors)
    assert m.title == "街道应急物资储备的配置与调度研究"
    assert m.authors == ["周远航", "林枫", "顾清和"]
