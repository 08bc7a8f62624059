"""Benchmark: wrong characters of the zh-Hant conversion, by round trip on Taiwan text.

Every line of the corpus (benchmarks/data/zh-hant-roundtrip/, see its README)
goes Traditional → OpenCC ``tw2s`` → the system → compared with the original
(wenxian.script.roundtrip). Printed per system, for each part (dev, heldout,
fresh, fresh2, fresh3) separately: Han characters, wrong characters per 10,000 Han —
all, and "plain" (not a spelling Taiwan accepts either way) — and, for wenxian,
the most frequent error pairs with their contexts (dev part only: the
held-out parts are scored, not read). Then the conversion time of
wenxian against OpenCC alone on the same text (a ratio, same run).

Systems:
- OpenCC s2tw (the reference the issue measured);
- zhconv-rs zh-TW and zh-Hant (MediaWiki's tables; PyPI ``zhconv-rs``, installed
  by ``make bench``; skipped when missing);
- wenxian before: OpenCC with the project phrase table, read whole, no house
  preferences (the conversion until issue 15);
- wenxian: the project's conf/conf.py policy (word boundaries, lone words,
  contexts, phrase table, house preferences);
- wenxian with the house preferences switched off (the engine alone), and,
  under the project's line, how much of its "all" the preferences made (the
  engine alone writes the original there) and how much is the engine's;
- wenxian with zhconv-rs as a second opinion where OpenCC's character default
  decided (measured, not used: it does worse).

Figures only: nothing is asserted.

    .venv/bin/python benchmarks/script_roundtrip_bench.py [--pairs 12] [--parts dev,heldout]
"""

from __future__ import annotations

import argparse
import runpy
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Callable

from wenxian.script.convert import Converter, opencc_converter
from wenxian.script.phrases import read_phrase_table
from wenxian.script.policy import make_policy, policy_for
from wenxian.script.roundtrip import Score, corpus_lines, score, to_simplified

PROJECT = Path(__file__).resolve().parents[1]
CORPUS = PROJECT / "benchmarks" / "data" / "zh-hant-roundtrip"
PARTS = ("dev", "heldout", "fresh", "fresh2", "fresh3")  # see the corpus README for how each part was seen


def systems() -> dict[str, Callable[[str], str]]:
    table = read_phrase_table(PROJECT / "conf" / "phrases.tsv", "zh-Hant")
    settings = runpy.run_path(str(PROJECT / "conf" / "conf.py"))
    before = Converter(make_policy("zh-Hant", {"characters": "s2tw", "quotes": "「」『』"}), table)
    now = Converter(policy_for("zh-Hant", settings["wenxian_script_variants"]), table)
    out: dict[str, Callable[[str], str]] = {"OpenCC s2tw": opencc_converter("s2tw").convert}
    try:
        import zhconv_rs

        out["zhconv-rs zh-TW"] = lambda text: zhconv_rs.zhconv(text, "zh-tw")
        out["zhconv-rs zh-Hant"] = lambda text: zhconv_rs.zhconv(text, "zh-hant")
    except ImportError:
        print("(zhconv-rs is not installed: pip install zhconv-rs, or make bench)")
    out["wenxian before (OpenCC + table)"] = before.convert
    out["wenxian (conf.py policy)"] = now.convert
    out[ENGINE] = engine_alone(now).convert
    if "zhconv-rs zh-TW" in out:
        out["wenxian, zhconv-rs 2nd opinion"] = second_opinion(now)
    return out


ENGINE = "wenxian, no house preferences"


def engine_alone(converter: Converter) -> Converter:
    """The project's conversion with the house preferences switched off: the engine alone."""
    return Converter(replace(converter.policy, preferences=()), converter.table)


def second_opinion(converter: Converter) -> Callable[[str], str]:
    """wenxian, but where a one-to-many character was decided by OpenCC's default
    (not a phrase, the table or a lone word), zhconv-rs zh-Hant (MediaWiki's
    phrases) decides: does a second dictionary know better where OpenCC has no
    phrase? (The preferences still apply.)"""
    import zhconv_rs

    from wenxian.script.segmented import DEFAULT

    def convert(text: str) -> str:
        other = zhconv_rs.zhconv(text, "zh-hant")
        parts = []
        for piece, converted in converter.pieces(text):
            if piece.how == DEFAULT and len(other) == len(text):
                converted = other[piece.start : piece.start + len(piece.source)]
                for old, new in converter.policy.rewrites:
                    converted = converted.replace(old, new)
            parts.append(converted)
        return "".join(parts).translate(converter.policy.quote_table)

    return convert


def show_pairs(result: Score, n: int) -> None:
    for (expected, got), count, errors in result.top_pairs(n):
        kind = "variant" if errors[0].variant else "plain"
        contexts = " | ".join(f"{e.context} ({e.source})" for e in errors[:2])
        print(f"      {expected}→{got} ×{count:<3d} {kind:7s} {contexts}")


def timing(lines: list[str], converter: Callable[[str], str], runs: int = 3,
           reset: Callable[[], None] = lambda: None) -> float:
    best = float("inf")
    for _ in range(runs):
        reset()  # wenxian remembers its conversions: each run converts every line anew
        start = time.perf_counter()
        for line in lines:
            converter(line)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pairs", type=int, default=12, help="error pairs shown for wenxian (default 12)")
    parser.add_argument("--parts", default=",".join(PARTS), help="parts scored (default: all)")
    parser.add_argument("--pairs-for", default="dev",
                        help="parts whose error pairs are printed (default: dev; the held-out parts are only scored)")
    args = parser.parse_args()
    parts = [p for p in args.parts.split(",") if p]
    shown = set(args.pairs_for.split(","))
    table = systems()
    for part in parts:
        lines = corpus_lines(CORPUS / part)
        print(f"== {part}: {len(lines)} lines")
        print(f"   {'system':34s} {'Han':>6s} {'wrong/10k':>10s} {'plain/10k':>10s} {'variant/10k':>12s}")
        for name, convert in table.items():
            result = score(lines, convert)
            print(f"   {name:34s} {result.han:6d} {result.per_10k():10.1f} {result.per_10k(result.plain):10.1f} "
                  f"{result.per_10k(result.variants):12.1f}")
            if name.startswith("wenxian (") and args.pairs and part in shown:
                show_pairs(result, args.pairs)
        # (c) the house preferences apart: differences from the original that exist only
        # because of a documented preference (the engine alone writes the original there)
        result = score(lines, table["wenxian (conf.py policy)"], engine=table[ENGINE])
        made, engine = result.by_policy, result.by_engine
        print(f"   {'  of which house preferences made':34s} {'':6s} {result.per_10k(made):10.1f} "
              f"{result.per_10k([e for e in made if not e.variant]):10.1f}   ({len(made)} characters"
              + ("" if part not in shown or not made else ": " + ", ".join(
                  f"{a}→{b} ×{n}" for (a, b), n, _ in Score(result.han, made).top_pairs(4))) + ")")
        print(f"   {'  of which the engine':34s} {'':6s} {result.per_10k(engine):10.1f} "
              f"{result.per_10k([e for e in engine if not e.variant]):10.1f}")
    simplified = [to_simplified(text) for part in parts for _, text in corpus_lines(CORPUS / part)]
    now = table["wenxian (conf.py policy)"]
    now(simplified[0])  # loads jieba and the dictionaries: not timed
    base = timing(simplified, opencc_converter("s2tw").convert)
    ours = timing(simplified, now, reset=now.__self__.memo.clear)  # type: ignore[attr-defined]
    chars = sum(map(len, simplified))
    print(f"== speed on {chars} characters (best of 3): OpenCC s2tw {base * 1000:.1f} ms, "
          f"wenxian {ours * 1000:.1f} ms, ratio {ours / base:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
