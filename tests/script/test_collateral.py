"""The phrase table never breaks a longer word (wenxian.script.collateral)."""

from __future__ import annotations

from pathlib import Path

from wenxian.script.collateral import collateral_damage
from wenxian.script.convert import Converter
from wenxian.script.phrases import PhraseTable, read_phrase_table
from wenxian.script.policy import make_policy

PHRASES = Path(__file__).parents[2] / "conf" / "phrases.tsv"
SEGMENTED = {"characters": "s2tw", "segmentation": "jieba"}
WHOLE = {"characters": "s2tw", "segmentation": None}


def test_the_projects_table_breaks_no_word() -> None:
    table = read_phrase_table(PHRASES, "zh-Hant")
    assert collateral_damage(Converter(make_policy("zh-Hant", SEGMENTED), table)) == []


def test_a_phrase_read_across_words_is_found() -> None:
    # 制作 → 製作 is right alone; read whole, it breaks 机制|作用 and 限制|作用.
    table = PhraseTable({"制作": "製作"})
    damage = collateral_damage(Converter(make_policy("zh-Hant", WHOLE), table))
    broken = {(d.left, d.right) for d in damage}
    assert ("机制", "作用") in broken or any(d.left.endswith("制") and d.right.startswith("作") for d in damage)
    assert all(d.got != d.expected and "製作" in d.got for d in damage)
    # On word boundaries, the same phrase breaks nothing.
    assert collateral_damage(Converter(make_policy("zh-Hant", SEGMENTED), table)) == []
