"""The phrase table: longest match, per-variant columns, errors with line numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from wenxian.errors import WenxianError
from wenxian.script.phrases import PhraseTable, read_phrase_table


def _table(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "phrases.tsv"
    path.write_text(text, encoding="utf-8")
    return path


def test_longest_match_wins() -> None:
    table = PhraseTable({"一只": "一隻", "一只只": "一隻隻"})
    assert table.split("看一只只鸟") == [("看", None), ("一只只", "一隻隻"), ("鸟", None)]


def test_columns_per_variant_and_fallback_to_the_left(tmp_path: Path) -> None:
    path = _table(tmp_path, "# comment\nzh-Hans\tzh-Hant\tzh-HK\n头发\t頭髮\n着\t著\t着\n")
    assert read_phrase_table(path, "zh-Hant").entries == {"头发": "頭髮", "着": "著"}
    assert read_phrase_table(path, "zh-HK").entries == {"头发": "頭髮", "着": "着"}


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("zh-Hant\tzh-Hans\n", 1, "header"),
        ("zh-Hans\tzh-Hant\n头发\t頭髮\t多\t余\n", 2, "cells"),
        ("zh-Hans\tzh-Hant\n头发\t頭髮\n头发\t頭發\n", 3, "twice"),
        ("zh-Hans\tzh-Hant\n头发\t\n", 2, "no text"),
    ],
)
def test_bad_tables_name_the_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    with pytest.raises(WenxianError) as caught:
        read_phrase_table(_table(tmp_path, text), "zh-Hant")
    assert caught.value.line == line
    assert words in caught.value.message
    assert caught.value.hint


def test_missing_table(tmp_path: Path) -> None:
    with pytest.raises(WenxianError) as caught:
        read_phrase_table(tmp_path / "nope.tsv", "zh-Hant")
    assert "wenxian_phrase_table" in caught.value.hint


def test_project_table_reads() -> None:
    table = read_phrase_table(Path(__file__).parents[2] / "conf" / "phrases.tsv", "zh-Hant")
    assert table.entries["一只只"] == "一隻隻"
