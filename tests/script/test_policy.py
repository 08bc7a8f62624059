"""Variant policies from conf.py: defaults and refusals."""

from __future__ import annotations

import pytest

from wenxian.errors import WenxianError
from wenxian.script.policy import policy_for


def test_defaults() -> None:
    assert not policy_for("zh-Hans").converts
    hant = policy_for("zh-Hant")
    assert (hant.characters, hant.phrases, hant.quotes) == ("s2tw", None, "「」『』")
    assert policy_for("zh-HK").characters == "s2hk"


@pytest.mark.parametrize(
    ("settings", "words"),
    [
        ({"characters": "s2x"}, "not an OpenCC configuration"),
        ({"characters": "s2tw", "quotes": "「」"}, "four characters"),
        ({"phrases": "s2twp"}, "no 'characters'"),
        ({"characters": "s2tw", "colour": 1}, "unknown settings"),
        ({"characters": "s2tw", "segmentation": "hanlp"}, "'segmentation'"),
        ({"characters": "s2tw", "preferences": "計畫"}, "list of names"),
        ({"characters": "s2tw", "preferences": ["計畫", "台灣"]}, "unknown preferences: 台灣"),
    ],
)
def test_bad_settings(settings: dict, words: str) -> None:
    with pytest.raises(WenxianError) as caught:
        policy_for("zh-Hant", {"zh-Hant": settings})
    assert words in caught.value.message and caught.value.hint


def test_segmentation_and_preferences() -> None:
    hant = policy_for("zh-Hant")
    assert hant.segmentation == "jieba" and hant.preferences == ()
    house = policy_for("zh-Hant", {"zh-Hant": {"characters": "s2tw", "preferences": ["計畫", "雇"]}})
    assert house.rewrites == (("計劃", "計畫"), ("僱", "雇"))
    assert policy_for("zh-Hans", {"zh-Hans": {"preferences": ["計畫"]}}).rewrites == ()
    # A name on several lines of preferences.tsv has several rewrites, in order.
    statutes = policy_for("zh-Hant", {"zh-Hant": {"characters": "s2tw", "preferences": ["雇主"]}})
    assert statutes.rewrites == (("僱主", "雇主"), ("勞僱", "勞雇"))


def test_unknown_variant() -> None:
    with pytest.raises(WenxianError):
        policy_for("zh-MO")
