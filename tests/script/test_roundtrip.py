"""The round-trip scorer and its corpus (benchmarks/data/zh-hant-roundtrip)."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

from wenxian.script.convert import Converter, opencc_converter
from wenxian.script.phrases import read_phrase_table
from wenxian.script.policy import make_policy, policy_for
from wenxian.script.roundtrip import HAN, compare, corpus_lines, score

CORPUS = Path(__file__).parents[2] / "benchmarks" / "data" / "zh-hant-roundtrip"


def test_errors_are_plain_or_variant() -> None:
    han, errors = compare("計畫公布後，颱風來了", "計劃公佈后，臺風來了", "x")
    assert han == 9
    assert [(e.expected, e.got, e.variant) for e in errors] == [
        ("畫", "劃", True), ("布", "佈", True), ("後", "后", False), ("颱", "臺", False)
    ]
    assert errors[2].context == "計畫公布[後]，颱風來了"


def test_a_variant_is_a_listed_spelling_not_any_character_pair() -> None:
    # 布/佈 is accepted in 公布 but not listed for 布料: plainly wrong there.
    _, errors = compare("布料", "佈料", "x")
    assert [e.variant for e in errors] == [False]


def test_differences_the_house_preferences_made_are_counted_apart() -> None:
    lines = [("t", "受僱人與雇主訂約，計劃公布。")]
    engine = lambda s: "受僱人與僱主訂約，計劃公佈。"  # noqa: E731 — the engine alone (no preferences)
    house = lambda s: "受雇人與雇主訂約，計畫公布。"  # noqa: E731 — with them: 雇 everywhere, 計畫
    result = score(lines, house, engine=engine)
    assert [(e.expected, e.got, e.policy) for e in result.errors] == [("僱", "雇", True), ("劃", "畫", True)]
    assert result.by_engine == [] and len(result.by_policy) == 2
    alone = score(lines, engine)
    assert [(e.expected, e.got, e.policy) for e in alone.errors] == [("雇", "僱", False), ("布", "佈", False)]


def test_non_han_characters_are_not_counted() -> None:
    han, errors = compare("第1條（abc）", "第2條（abd）", "x")
    assert han == 2 and errors == []


def test_length_changes_are_aligned() -> None:
    han, errors = compare("資訊軟體", "信息軟體", "x")
    assert han == 4 and [(e.expected, e.got) for e in errors] == [("資", "信"), ("訊", "息")]


def test_corpus_parts_are_disjoint_and_sizable() -> None:
    dev = {p.name for p in (CORPUS / "dev").glob("*.txt")}
    held = {p.name for p in (CORPUS / "heldout").glob("*.txt")}
    fresh = {p.name for p in (CORPUS / "fresh").glob("*.txt")}
    fresh2 = {p.name for p in (CORPUS / "fresh2").glob("*.txt")}
    fresh3 = {p.name for p in (CORPUS / "fresh3").glob("*.txt")}
    assert dev and held and fresh and fresh2 and fresh3 and not dev & held and not (dev | held) & fresh
    assert not (dev | held | fresh) & fresh2 and not (dev | held | fresh | fresh2) & fresh3
    for part in ("dev", "heldout", "fresh", "fresh2", "fresh3"):
        han = sum(len(HAN.findall(text)) for _, text in corpus_lines(CORPUS / part))
        assert han > 10_000
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    assert "著作權法第九條" in readme and all(name in readme for name in dev | held | fresh | fresh2 | fresh3)


def test_word_boundaries_lower_the_error_rate() -> None:
    lines = [("t", "每年夏天颱風來臨前，村民會先到天后宮祭拜。"), ("t", "大颱風後，廟宇僅剩正殿，文書均係清末所立。")]
    opencc = score(lines, opencc_converter("s2tw").convert)
    ours = score(lines, Converter(make_policy("zh-Hant", {"characters": "s2tw", "segmentation": "jieba"})).convert)
    assert len(opencc.plain) >= 3 and ours.errors == []


# Wrong characters per 10,000 Han (all, plain) of the project's zh-Hant conversion
# (conf/conf.py, conf/phrases.tsv) as measured on 2026-11-29 (docs/scripts.md);
# a change that makes any part worse fails here. fresh/ was scored once, after
# the tuning of issue 15's second round, and read then: the third round tuned on
# it (2.9/2.0 now; heldout/ lost 受雇人 to the statutes' word-by-word 雇, 4.6 → 5.2
# all, a variant). See the corpus README for how each part was seen.
# fresh2/ was added before the third round's tuning and scored once at its end
# (6.2/4.9); its errors were read after that, so it is seen now too, and the
# fourth round tuned on it (准駁, 換發, 製給, 併同, 併計: 3.0/1.6 now; fresh/ 2.6/1.6).
# fresh3/ was added before the fourth round's tuning and scored once at its end
# (3.4/2.8); its errors were read after that, so it is seen now too.
FLOORS = {"dev": (9.1, 5.0), "heldout": (5.2, 4.6), "fresh": (2.6, 1.6), "fresh2": (3.0, 1.6),
          "fresh3": (3.4, 2.8)}


@pytest.fixture(scope="module")
def project_converter() -> Converter:
    project = CORPUS.parents[2]
    settings = runpy.run_path(str(project / "conf" / "conf.py"))
    table = read_phrase_table(project / "conf" / "phrases.tsv", "zh-Hant")
    return Converter(policy_for("zh-Hant", settings["wenxian_script_variants"]), table)


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_no_part_of_the_corpus_gets_worse(part: str, project_converter: Converter) -> None:
    result = score(corpus_lines(CORPUS / part), project_converter.convert)
    wrong, plain = FLOORS[part]
    pairs = [(f"{a}→{b}", n) for (a, b), n, _ in result.top_pairs(8)]
    assert round(result.per_10k(), 1) <= wrong, pairs
    assert round(result.per_10k(result.plain), 1) <= plain, pairs
