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


def _build(tmp_path: Path, *texts: str) -> list[str]:
    """One build: load the memo, convert ``texts``, save; the texts the file keeps."""
    conv = hant()
    memo.load(conv, tmp_path)
    for text in texts:
        conv.convert(text)
    memo.save(conv, tmp_path)
    return sorted(text for _, text, _, _ in json.loads(memo.memo_path(tmp_path, conv).read_text(encoding="utf-8")))


def test_builds_that_share_the_file_keep_each_others_strings(tmp_path: Path) -> None:
    # An HTML and a PDF build of one variant (or an incremental build that reads
    # one document again) use different strings: neither drops the other's.
    assert _build(tmp_path, TEXTS[0], TEXTS[1]) == sorted(TEXTS[:2])
    assert _build(tmp_path, TEXTS[2]) == sorted(TEXTS)
    assert _build(tmp_path, TEXTS[0], TEXTS[1]) == sorted(TEXTS)
    conv = hant()
    assert memo.load(conv, tmp_path) == 3
    conv.convert(TEXTS[2])
    assert not conv._segmenters  # remembered from the other build: jieba never loaded


def test_a_string_unused_for_a_few_builds_is_dropped(tmp_path: Path) -> None:
    _build(tmp_path, *TEXTS)
    for _ in range(memo.KEEP_UNUSED - 1):
        assert _build(tmp_path, TEXTS[0]) == sorted(TEXTS)
    assert _build(tmp_path, TEXTS[0]) == [TEXTS[0]]


def test_a_parallel_read_workers_conversions_are_merged_back(tmp_path: Path) -> None:
    from types import SimpleNamespace

    from wenxian.sphinxext import script

    worker = hant()
    worker.convert(TEXTS[0])
    made = {key: worker.memo[key] for key in worker.used}
    main = hant()
    class App:  # stands for the Sphinx application of the main process
        pass

    app = App()
    script._converters[app] = main  # type: ignore[index]
    other_env = SimpleNamespace(wenxian_conversions=made)
    script.on_env_merge_info(app, None, [], other_env)  # type: ignore[arg-type]
    assert not hasattr(other_env, "wenxian_conversions")  # not kept in the environment
    memo.save(main, tmp_path)
    assert _build(tmp_path) == [TEXTS[0]]


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


def test_a_parallel_build_remembers_what_its_workers_converted(tmp_path: Path) -> None:
    # More than five documents: Sphinx reads them in worker processes (-j 2).
    project = project_from_root("script-basic", tmp_path / "p")
    index = project.root / "source" / "index.md"
    names = [f"extra{i}" for i in range(8)]
    for i, name in enumerate(names):
        (project.root / "source" / f"{name}.md").write_text(
            f"# 第{i}章\n\n大台风后，村民签了名，第{i + 1}周又来。\n", encoding="utf-8")
    index.write_text(index.read_text(encoding="utf-8").replace("article", "\n".join(["article", *names]), 1),
                     encoding="utf-8")
    build_site(project, "zh-Hant", echo=False, jobs=2)
    [path] = (project.build / "cache").glob("conversions-zh-Hant-*.json")
    texts = [text for _, text, _, _ in json.loads(path.read_text(encoding="utf-8"))]
    assert sum("村民签了名，第" in text for text in texts) == len(names)
