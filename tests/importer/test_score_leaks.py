"""Session 15: the corpus scorer's ``--leaks`` — the leaks counted apart by kind (running heads,
the first page's note by its field, a paragraph's own note, a table's cells). The texts below are
written for this test (MIT, as the project)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from wenxian.model import Article, Metadata, Paragraph, Text

SCORE = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus" / "score.py"
GOLD = {
    "leaks": ["周明，李华：社区议事会的运行", "城市治理评论　2024年5月　第3卷 第5期", "收稿日期：2024-01-05",
              "基金项目：省社会科学基金项目（23Y011）", "作者简介：周明（1980—），男，副教授。",
              "通信作者：李华，E-mail: lihua@example.org", "议事会的成员由居民选举产生，任期两年。", "常住人口/万人"],
    "cells": ["常住人口/万人"],
    "blocks": [{"paragraph": "议事会的规则各不相同。"}],
}


@pytest.fixture(scope="module")
def score():
    spec = importlib.util.spec_from_file_location("importcorpus_score_leaks", SCORE)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_each_leak_is_counted_under_its_kind(score) -> None:
    kinds = [score.leak_kind(leak, GOLD) for leak in GOLD["leaks"]]
    assert kinds == ["odd head", "even head", "收稿日期", "基金项目", "作者简介", "通信作者", "note ①", "cell"]


def test_the_leaks_table_adds_the_kinds_up_per_route(score) -> None:
    body = "议事会的规则各不相同。城市治理评论 2024年5月 第3卷 第5期 议事会的成员由居民选举产生，任期两年。常住人口/万人"
    article = Article(meta=Metadata(), blocks=[Paragraph([Text(body)], 1)])
    row = score.Row()
    score.score(article, GOLD, row)
    assert row.leaks == 3 and row.leak_kinds == {"even head": 1, "note ①": 1, "cell": 1}
    table = score.leaks_table({("dev", "pdftotext", "twocol-spaced"): row})
    assert "| dev | XeLaTeX texts | 1 | 3 | 0 | 1 | 0 | 0 | 0 | 0 | 1 | 1 |" in table
