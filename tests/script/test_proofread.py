"""The proofreading list: places decided by a default (wenxian check --script)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from wenxian.cli import main
from wenxian.script.convert import Converter
from wenxian.script.phrases import read_phrase_table
from wenxian.script.policy import policy_for
from wenxian.script.proofread import proofread_text

ROOT = Path(__file__).parents[2]
TABLE = read_phrase_table(ROOT / "conf" / "phrases.tsv", "zh-Hant")

ARTICLE = """\
---
title: 研究后的发现
---

# 一

他在研究后强调“发展”，并不断完善制度。{cite}`后汉书` 了解情况。

```text
研究后代码
```

`研究后` 与 {keep}`研究后` 不读。
"""


def _converter() -> Converter:
    return Converter(policy_for("zh-Hant"), TABLE)


def test_places_are_defaults_of_open_characters_only() -> None:
    places = proofread_text(ARTICLE, _converter(), file="a.md")
    found = [(p.line, p.char, p.chosen) for p in places]
    # 后 and 并 are open; 了 (了解 is a phrase) and 发 (settled) are not listed;
    # code, roles and the citation key are not read.
    assert found == [(2, "后", "後"), (7, "后", "後"), (7, "并", "並")]
    place = places[1]
    assert place.sentence_hans == "他在研究后强调“发展”，并不断完善制度。"
    assert place.sentence_hant == "他在研究後強調「發展」，並不斷完善制度。"
    assert place.others == ("后",)
    assert place.table_line == f"{place.phrase}\t{place.phrase_hant}" and "后" in place.phrase
    assert place.variant_role.startswith("{variant}`zh-hans:") and "zh-hant:" in place.variant_role
    assert str(place).startswith("a.md:7:5: 后 → 後 by default")


def test_lone_word_decisions_are_listed_too() -> None:
    places = proofread_text("这些文书均系清末所立。", _converter(), file="a.md")
    assert [(p.char, p.chosen, p.rule) for p in places] == [("系", "係", "lone word")]
    assert "系 → 係 by lone word" in str(places[0])


def test_context_decisions_are_listed_too() -> None:
    places = proofread_text("第三周开会。", _converter(), file="a.md")
    assert [(p.char, p.chosen, p.rule) for p in places] == [("周", "週", "context")]


def test_a_phrase_settles_a_place() -> None:
    converter = Converter(policy_for("zh-Hant"), read_phrase_table(ROOT / "conf" / "phrases.tsv", "zh-Hant"))
    text = "他在研究后强调"
    assert proofread_text(text, converter, file="a.md")
    converter.table.entries["研究后"] = "研究後"
    converter._segmenters.clear()
    assert proofread_text(text, converter, file="a.md") == []


def _project(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "conf", tmp_path / "conf", ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "source").mkdir()
    (tmp_path / "source" / "article.md").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def test_the_command(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(_project(tmp_path))
    assert main(["check", "--script", "zh-Hant"]) == 0
    out = capsys.readouterr().out
    assert "source/article.md:7:5: 后 → 後 by default (other forms: 后)" in out
    assert "conf/phrases.tsv the line:" in out
    assert out.rstrip().endswith("3 place(s) in zh-Hant decided by a default, a lone-word or a context rule (后、并); each is right unless the sentence says otherwise.")
    assert main(["check", "--script", "zh-Hant", "--strict"]) == 1
    capsys.readouterr()
    assert main(["check", "--script", "zh-Hant", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [p["char"] for p in data["places"]] == ["后", "后", "并"] and data["phrase_table"] == []


def test_the_command_refuses_the_source_script(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(_project(tmp_path))
    assert main(["check", "--script", "zh-Hans"]) == 2
    err = capsys.readouterr().err
    assert "nothing to proofread" in err and "Traceback" not in err


def test_a_damaging_phrase_is_an_error(tmp_path: Path, capsys, monkeypatch) -> None:
    root = _project(tmp_path)
    # The same phrase, without segmentation, reads across 机制|作用.
    conf = root / "conf" / "conf.py"
    conf.write_text(conf.read_text(encoding="utf-8").replace('"segmentation": "jieba"', '"segmentation": None'), encoding="utf-8")
    with (root / "conf" / "phrases.tsv").open("a", encoding="utf-8") as table:
        table.write("制作\t製作\n")
    monkeypatch.chdir(root)
    assert main(["check", "--script", "zh-Hant"]) == 1
    assert "conf/phrases.tsv: the phrase '制作' breaks" in capsys.readouterr().out


def test_the_bundled_article_list_stays_short() -> None:
    # 6,000 characters: 20 places, all of 于, 后, 并, each right as converted
    # (docs/scripts.md). A default or a policy gone wrong lengthens the list.
    from wenxian.script.proofread import proofread_project

    places = proofread_project(ROOT / "source", ROOT / "conf", "zh-Hant")
    assert len(places) <= 20 and {p.char for p in places} <= {"于", "后", "并"}
