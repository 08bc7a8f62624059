"""Throughput of the reference parser (a benchmark script, not a test).

Parses every expected line of both editions' examples (names_only excluded)
``--repeat`` times and prints lines/second for parsing alone and for the
whole ``refs add`` path (parse, key, BibTeX text). Lines the parser refuses
are counted too (refusing is work as well).

    python benchmarks/parse_bench.py [--repeat 20]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from wenxian.bibfile import format_bibtex
from wenxian.bibkeys import make_key
from wenxian.errors import WenxianError
from wenxian.refparse import parse_reference

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "gbt7714"


def lines() -> list[str]:
    out = []
    for edition in ("2015", "2025"):
        data = json.loads((DATA / f"gbt7714-{edition}-numeric.json").read_text(encoding="utf-8"))
        out += [v["text"] for v in data.values() if not v["names_only"]]
    return out


def run(texts: list[str], full: bool) -> None:
    for text in texts:
        try:
            entry = parse_reference(text)
        except WenxianError:
            continue
        if full:
            format_bibtex(make_key(entry), entry)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    texts = lines()
    for label, full in (("parse", False), ("parse+key+bibtex", True)):
        best = float("inf")
        for _ in range(args.repeat):
            start = time.perf_counter()
            run(texts, full)
            best = min(best, time.perf_counter() - start)
        print(f"{label:>17}: {len(texts)} lines in {best * 1000:.1f} ms "
              f"= {len(texts) / best:,.0f} lines/s (best of {args.repeat})")


if __name__ == "__main__":
    main()
