"""benchmarks/importcorpus/joins.py: how well the joins a two-column split is scored by tell a
line's true successor (session 15)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus"


@pytest.fixture(scope="module")
def joins():
    sys.path.insert(0, str(BENCH))
    try:
        import joins as module  # noqa: PLC0415 (the benchmark's folder is no package)
    finally:
        sys.path.remove(str(BENCH))
    return module


def test_a_pair_the_text_prints_inside_its_lines_weighs_for_the_join(joins) -> None:
    characters = joins._Characters(["排水管网的漏损", "排水管道的淤积", "面积约 186 km²"])
    assert characters.pmi("分别为供水、排", "水和燃气管线") > 0  # 排水, twice inside the lines
    assert characters.pmi("中心城区面积", "水和燃气管线") < 0  # 积水: never inside a line, 积 and 水 often
    assert characters.pmi("", "水") == 0


def test_separation_counts_ties_half_and_a_tied_best_as_lost(joins) -> None:
    rows = [[(True, {"m": 2.0}), (False, {"m": 1.0}), (False, {"m": 2.0})]]
    assert joins.separation(rows, "m") == (0.75, 0.0)
    rows = [[(True, {"m": 3.0}), (False, {"m": 1.0})]]
    assert joins.separation(rows, "m") == (1.0, 1.0)


def test_the_true_successors_of_a_narrow_texts_lines_are_found(joins) -> None:
    found = joins.cases("chanjiao-ronghe", set(), "twocol-narrow")
    assert len(found) > 50
    assert all(sum(true for true, _ in pairs) == 1 for _, pairs in found)
    rows = [pairs for _, pairs in found]
    assert joins.separation(rows, "join")[0] > 0.5


@pytest.fixture(scope="module")
def fit_split():
    sys.path.insert(0, str(BENCH))
    try:
        import fit_split as module  # noqa: PLC0415
    finally:
        sys.path.remove(str(BENCH))
    return module


def _lines(texts):
    from wenxian.importer.chars import width
    from wenxian.importer.lines import Line

    return [Line(k, text, False, True, width(text), 1) for k, text in enumerate(texts, 1)]


def test_the_gold_split_of_interleaved_lines_is_the_cut_into_two_runs_in_order(fit_split) -> None:
    left = ["澄州市位于江岚省东南部", "约一百八十六平方公里", "常住人口约一百四十万"]
    right = ["式中各项分别为供水排", "水和燃气管线的优先度", "按照取值管段单元被分"]
    whole = "".join(left + right)
    lines = _lines([left[0], right[0], left[1], right[1], left[2], right[2]])
    assert fit_split._gold(lines, whole) == [0, 1, 0, 1, 0, 1]
    assert fit_split._gold(_lines(left), whole) is None  # one column's lines: no two streams
    lines = _lines([left[0], right[0], "图1", left[1], right[1], left[2], right[2]])  # a line too short to align
    assert fit_split._gold(lines, whole) == [0, 1, None, 0, 1, 0, 1]
