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
