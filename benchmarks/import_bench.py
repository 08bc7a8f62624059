"""Throughput of ``wenxian import``'s reader and writer on ~1 MB of text.

The input repeats the bundled article's body (its lines between the abstract
and the English abstract) until it reaches about 1 MB. A baseline in the same
run — decoding, ``str.splitlines`` and a join over the same bytes — puts the
figure in proportion to the machine. Prints figures; asserts nothing.

    python benchmarks/import_bench.py [--size-mb 1] [--repeat 3]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from wenxian.importer import read_article
from wenxian.myst_writer import write_myst

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "tests" / "fixtures" / "import" / "seed-article.txt"
CORPUS = ROOT / "benchmarks" / "importcorpus" / "data" / "dev"


def make_input(size: int) -> bytes:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(" \u3000"))
    end = next(i for i, line in enumerate(lines) if line.strip() == "Abstract:")
    body = ("\n".join(lines[start:end]) + "\n").encode("utf-8")
    return body * max(1, size // len(body) + 1)


def baseline(data: bytes) -> str:
    return "".join(data.decode("utf-8").splitlines())


def run(data: bytes) -> str:
    article = read_article(data)
    numbers = [item.number for cite in article.citations() for item in cite.items]
    keys = [f"ref{n}" for n in range(1, max(numbers, default=0) + 1)]
    return write_myst(article, keys, slug="bench")


def best_of(repeat: int, func, data: bytes) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func(data)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mb", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    data = make_input(int(args.size_mb * 1024 * 1024))
    mb = len(data) / (1024 * 1024)
    base = best_of(args.repeat, baseline, data)
    full = best_of(args.repeat, run, data)
    article = read_article(data)
    lines = data.count(b"\n")
    print(f"input: {mb:.2f} MB, {lines} lines, {len(article.blocks)} blocks, "
          f"{len(article.citations())} citations")
    print(f"import (read + write MyST): {full:.3f} s  = {mb / full:.2f} MB/s")
    print(f"baseline (decode + splitlines + join): {base:.4f} s  = {mb / base:.1f} MB/s")
    print(f"ratio import / baseline: {full / base:.0f}x")
    # Two-column pages through plain pdftotext and pdftotext -layout (the import
    # corpus's dev texts): reading order is decided there (columns, block order).
    texts = [p.read_bytes() for p in sorted(CORPUS.glob("*/twocol-*.pdftotext*.txt"))
             if not p.name.endswith(".pdftotext-raw.txt")]  # -raw (round 9d) left out: figures comparable
    if texts:
        read_article(texts[0])  # jieba's dictionary is read once per process, not timed
        joined = b"".join(texts)
        two = best_of(args.repeat, lambda _: [read_article(t) for t in texts], joined)
        two_base = best_of(args.repeat, lambda _: [baseline(t) for t in texts], joined)
        tmb = len(joined) / (1024 * 1024)
        print(f"two-column texts: {len(texts)}, {tmb:.2f} MB: {two:.3f} s = {tmb / two:.2f} MB/s, "
              f"ratio to baseline {two / two_base:.0f}x")


if __name__ == "__main__":
    main()
