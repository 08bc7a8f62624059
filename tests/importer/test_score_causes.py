"""Round 17d: the corpus scorer's ``--causes`` — why a paragraph the importer found is not the
gold's. The texts below are written for this test (MIT, as the project)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCORE = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus" / "score.py"
GOLD = ["城市更新需要居民的持续参与和社区的支持。", "议事会的规则各不相同，调查中居民提到的规则集中在三个方面。", "本文的结论是议事会能否运行取决于召集程序。"]


@pytest.fixture(scope="module")
def score():
    spec = importlib.util.spec_from_file_location("importcorpus_score_causes", SCORE)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_a_piece_of_one_paragraph_is_a_cut(score) -> None:
    assert score.cause("议事会的规则各不相同，", GOLD) == "cut"


def test_two_paragraphs_in_their_order_are_joined(score) -> None:
    assert score.cause(GOLD[0] + GOLD[1], GOLD) == "joined"


def test_pieces_out_of_their_order_are_interleaved(score) -> None:
    """The other column's line inside a paragraph: its pieces of the gold do not follow each other."""
    assert score.cause("议事会的规则各不相同，本文的结论是议事会调查中居民提到的规则", GOLD) == "interleaved"


def test_text_no_paragraph_holds_is_foreign_or_a_tables_cells(score) -> None:
    assert score.cause("参考文献第一条的作者和题名", GOLD) == "foreign"
    assert score.cause("常住人口万人六十二点四", GOLD, ["常住人口万人"]) == "cells"
