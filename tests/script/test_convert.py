"""The converter on fixture cases (cases.tsv: policy, input, expected)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wenxian.script.convert import Converter
from wenxian.script.phrases import read_phrase_table
from wenxian.script.policy import policy_for

HERE = Path(__file__).parent
PHRASES = HERE.parents[1] / "conf" / "phrases.tsv"  # the project's own table

POLICIES = {
    "s2tw": ("zh-Hant", {}, False),
    "s2twp": ("zh-Hant", {"zh-Hant": {"characters": "s2tw", "phrases": "s2twp", "quotes": "「」『』"}}, False),
    "s2twp-verbatim": ("zh-Hant", {"zh-Hant": {"characters": "s2tw", "phrases": "s2twp", "quotes": "「」『』"}}, True),
    "s2tw-whole": ("zh-Hant", {"zh-Hant": {"characters": "s2tw", "quotes": "「」『』", "segmentation": None}}, False),
    "s2tw-house": ("zh-Hant", {"zh-Hant": {"characters": "s2tw", "quotes": "「」『』", "segmentation": "jieba",
                                           "preferences": ["計畫", "規畫", "公布", "分布", "發布", "雇"]}}, False),
    "s2tw-forms": ("zh-Hant", {"zh-Hant": {"characters": "s2tw", "quotes": "「」『』", "segmentation": "jieba",
                                           "preferences": ["布", "占", "污"]}}, False),
    "s2tw-statutes": ("zh-Hant", {"zh-Hant": {"characters": "s2tw", "quotes": "「」『』", "segmentation": "jieba",
                                              "preferences": ["雇主", "銷毀"]}}, False),
    "s2hk": ("zh-HK", {}, False),
    "zh-Hans": ("zh-Hans", {}, False),
}


def _cases() -> list:
    out = []
    for number, line in enumerate((HERE / "cases.tsv").read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            policy, source, expected = line.split("\t")
            out.append(pytest.param(policy, source, expected, id=f"{number}-{policy}-{source}"))
    return out


@pytest.mark.parametrize(("policy", "source", "expected"), _cases())
def test_conversion(policy: str, source: str, expected: str) -> None:
    name, variants, verbatim = POLICIES[policy]
    converter = Converter(policy_for(name, variants), read_phrase_table(PHRASES, name))
    assert converter.convert(source, verbatim=verbatim) == expected


def test_quotation_state_carries_across_pieces_of_a_paragraph() -> None:
    policy = policy_for("zh-Hant", {"zh-Hant": {"characters": "s2tw", "phrases": "s2twp", "quotes": "「」『』"}})
    run = Converter(policy).run()
    # “信息 | *软件* | ” 信息: the emphasis splits the quotation into three text nodes.
    assert [run.convert(t) for t in ("他说“信息", "软件", "”，信息")] == ["他說「信息", "軟件", "」，資訊"]


def test_quotes_can_be_kept() -> None:
    policy = policy_for("zh-Hant", {"zh-Hant": {"characters": "s2tw", "quotes": None}})
    assert Converter(policy).convert("他说“发展”") == "他說“發展”"


def test_opencc_time_is_counted() -> None:
    converter = Converter(policy_for("zh-Hant"))
    converter.convert("发展" * 100)
    assert converter.opencc_seconds > 0
    assert converter.seconds >= converter.opencc_seconds


def test_the_projects_conf_uses_taiwans_official_spellings() -> None:
    import runpy

    settings = runpy.run_path(str(HERE.parents[1] / "conf" / "conf.py"))
    policy = policy_for("zh-Hant", settings["wenxian_script_variants"])
    converter = Converter(policy, read_phrase_table(PHRASES, "zh-Hant"))
    assert converter.convert("计划公布后雇主雇用劳工并予销毁") == "計畫公布後雇主僱用勞工並予銷毀"
    hk = policy_for("zh-HK", settings["wenxian_script_variants"])
    assert Converter(hk).convert("计划公布") == "計劃公佈"


def test_the_projects_table_reads_legal_words_on_word_boundaries() -> None:
    """准駁, 換發, 製給 (issue 15, fourth round): jieba's own 为准 and OpenCC's 换发 (hair)."""
    import runpy

    settings = runpy.run_path(str(HERE.parents[1] / "conf" / "conf.py"))
    converter = Converter(policy_for("zh-Hant", settings["wenxian_script_variants"]),
                          read_phrase_table(HERE.parents[1] / "conf" / "phrases.tsv", "zh-Hant"))
    assert converter.convert("机关应为准驳之决定") == "機關應為准駁之決定"
    assert converter.convert("以原文为准，驳回") == "以原文為準，駁回"
    assert converter.convert("申请换发证照") == "申請換發證照"
    assert converter.convert("她去换发型") == "她去換髮型"
    assert converter.convert("请求制给复制本") == "請求製給複製本"
    assert converter.convert("机制给予保障") == "機制給予保障"
