"""Conversions remembered between builds (wenxian.script.memo)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.script.sites import project_from_root
from wenxian.build import build_site
from wenxian.script import memo
from wenxian.script.convert import Converter
from wenxian.script.policy import policy_for

TEXTS = ["第二天后来到天后宫", "大台风后，村民签了名", "计划已公布，并此叙明"]


def hant(preferences: list[str] | None = None) -> Converter:
    settings = {"characters": "s2tw", "quotes": "「」『』", "segmentation": "jieba", "preferences": preferences or []}
    return Converter(policy_for("zh-Hant", {"zh-Hant": settings}))


def test_remembered_conversions_are_the_ones_made_and_need_no_jieba(tmp_path: Path) -> None:
    first = hant()
    made = [first.convert(text) for text in TEXTS]
    assert first._segmenters  # cutting into words needed jieba
    assert memo.save(first, tmp_path) is not None
    again = hant()
    assert memo.load(again, tmp_path) == len(TEXTS)
    assert [again.convert(text) for text in TEXTS] == made
    assert not again._segmenters  # every string was known: jieba never loaded
    assert memo.save(again, tmp_path) is None  # nothing new: the file is left alone


def test_only_the_strings_of_the_last_build_are_kept(tmp_path: Path) -> None:
    first = hant()
    for text in TEXTS:
        first.convert(text)
    memo.save(first, tmp_path)
    second = hant()
    memo.load(second, tmp_path)
    second.convert(TEXTS[0])
    path = memo.save(second, tmp_path)
    assert path is not None
    assert [text for _, text, _ in json.loads(path.read_text(encoding="utf-8"))] == [TEXTS[0]]


def test_another_policy_or_a_damaged_file_is_not_read(tmp_path: Path) -> None:
    first = hant()
    first.convert(TEXTS[2])
    path = memo.save(first, tmp_path)
    house = hant(["計畫"])
    assert memo.memo_path(tmp_path, house) != path  # 計劃 → 計畫 changes the conversions
    assert memo.load(house, tmp_path) == 0 and house.convert(TEXTS[2]).startswith("計畫")
    path.write_text("[[\"s2tw\", ", encoding="utf-8")
    assert memo.load(hant(), tmp_path) == 0


def test_a_rebuild_from_the_memo_gives_the_same_pages(tmp_path: Path) -> None:
    project = project_from_root("script-basic", tmp_path / "p")
    build_site(project, "zh-Hant", echo=False)
    first = (project.site / "zh-Hant" / "article.html").read_bytes()
    files = list((project.build / "cache").glob("conversions-zh-Hant-*.json"))
    assert len(files) == 1 and "新質生產力" in files[0].read_text(encoding="utf-8")
    build_site(project, "zh-Hant", echo=False, fresh=True)
    assert (project.site / "zh-Hant" / "article.html").read_bytes() == first
