"""How well does the evidence a two-column split is scored by tell a line's true successor?

``blockorder._streams`` splits a run of plain pdftotext's interleaved lines (or a block holding
both columns' lines) into two streams by the joins between lines (``blockorder._line_joins``:
``join(a, b)``, the evidence that line ``b`` comes right after line ``a`` in its column). Here every
line set the importer gives ``_line_joins`` on the dev texts chosen is aligned with the gold (as the
scorer compares texts: NFKC, no citation marks, no white space; lines of fewer than four characters
or found twice are left out), and for each line whose true successor is among the next
``WINDOW`` lines, the true successor is set against the other lines of the window — the lines a
wrong split would join it to. Printed per layout: how often a true pair scores above a false one
(ties half: a pairwise AUC) and how often the true successor scores above every false one (ties
lost), for

- ``join``: ``_line_joins`` as it is;
- ``word``: a dictionary word across the join alone (``lexicon.word_across``);
- ``pmi``: the text's own characters — the pointwise mutual information of the character ending
  line ``a`` and the one opening line ``b``, counted inside the text's lines (where the order is
  certain), smoothed by ``SMOOTHING``;
- ``join+pmi``: the two added, ``PMI_WEIGHT`` on the second.

Session 15 (dev, the 28 tuned articles, plain pdftotext, the five two-column layouts): join 0.738 /
0.35, word 0.636 / 0.25, pmi 0.690 / 0.49, join+pmi 0.783 / 0.59 (the five kept apart: 0.718 / 0.31,
0.624 / 0.22, 0.689 / 0.48, 0.771 / 0.57) — yet added to ``join`` in the package
(weights 0.25 to 1.0, on every join or only on a mid-sentence line's continuation), paragraph F1
fell (twocol-narrow 0.569 → 0.541 to 0.566, 10 to 14 texts better, 17 to 36 worse): the texts'
splits hinge on a few pairs each, not on the ranking of most pairs (docs/import-rounds.md,
"Session 15"). Not taken.

    python benchmarks/importcorpus/joins.py [--article GLOB] [--exclude NAME,NAME] [--layout GLOB] [--package DIR]

Only the dev split is read (the held-out split never).
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import math
from collections import Counter, defaultdict

import score  # benchmarks/importcorpus/score.py (sets up the import path)
from wenxian.importer import blockorder
from wenxian.importer.lexicon import word_across

WINDOW = 5  # lines after a line among which its true successor is sought
MIN_CHARS = 4  # characters (as compared) a line needs to be aligned
SMOOTHING = 1.0
PMI_WEIGHT = 0.5


class _Characters:
    """Characters and pairs of characters counted inside a text's lines."""

    def __init__(self, texts) -> None:
        self.pairs: Counter[str] = Counter()
        self.chars: Counter[str] = Counter()
        for text in texts:
            text = text.strip()
            self.chars.update(text)
            self.pairs.update(text[k : k + 2] for k in range(len(text) - 1))
        self.total = max(1, sum(self.chars.values()))

    def pmi(self, left: str, right: str) -> float:
        left, right = left.rstrip(), right.lstrip()
        if not left or not right:
            return 0.0
        a, b = left[-1], right[0]
        chance = self.chars[a] * self.chars[b] / self.total
        return math.log((self.pairs[a + b] + SMOOTHING) / (chance + SMOOTHING))


def dev_texts(articles: str, exclude: set[str], layouts: str):
    """(article, layout, text, gold text) of each dev text plain pdftotext made of the articles and layouts matching
    the globs (the bundled article's and ``exclude``'s left out); the gold text whole, normalised as the scorer
    compares it."""
    for gold_path in sorted((score.DATA / "dev").glob(f"{articles}/*.gold.json")):
        article, layout = gold_path.parent.name, gold_path.name.removesuffix(".gold.json")
        text = gold_path.parent / f"{layout}.pdftotext.txt"
        if article in exclude or article.startswith("bundled") or not fnmatch.fnmatch(layout, layouts) or not text.is_file():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        yield article, layout, text, "".join(score.norm(b.get("paragraph") or b.get("text") or "") for b in gold["blocks"])


def cases(articles: str, exclude: set[str], layouts: str) -> list[tuple[str, list[tuple[bool, dict[str, float]]]]]:
    """(layout, [(true successor, the measures)] for each line whose true successor is in its window)."""
    captured = []
    original = blockorder._line_joins

    def hook(lines, column, run=False, known=frozenset()):
        join = original(lines, column, run, known)
        captured.append((list(lines), join))
        return join

    blockorder._line_joins = hook
    out = []
    try:
        for _, layout, text, whole in dev_texts(articles, exclude, layouts):
            characters = _Characters(text.read_text(encoding="utf-8").splitlines())
            captured.clear()
            score.import_text(text)
            for lines, join in captured:
                spans = []
                for line in lines:
                    found = score.norm(line.text)
                    at = whole.find(found)
                    spans.append((at, at + len(found)) if len(found) >= MIN_CHARS and whole.count(found) == 1 else None)
                for a, span in enumerate(spans):
                    if span is None:
                        continue
                    window = [b for b in range(a + 1, min(len(lines), a + 1 + WINDOW)) if spans[b] is not None]
                    labels = [spans[b][0] == span[1] for b in window]
                    if sum(labels) != 1 or len(window) < 2:
                        continue
                    pairs = []
                    for b, true in zip(window, labels):
                        left, right = lines[a].text, lines[b].text
                        pmi = characters.pmi(left, right)
                        pairs.append((true, {
                            "join": join(a, b),
                            "word": float(word_across(left, right, read=True) is not None),
                            "pmi": pmi,
                            "join+pmi": join(a, b) + PMI_WEIGHT * pmi,
                        }))
                    out.append((layout, pairs))
    finally:
        blockorder._line_joins = original
    return out


def separation(rows, measure: str) -> tuple[float, float]:
    """(pairwise AUC, share of lines whose true successor beats every false one)."""
    good = total = 0.0
    best = 0
    for pairs in rows:
        true = [m[measure] for t, m in pairs if t]
        false = [m[measure] for t, m in pairs if not t]
        for x in true:
            for y in false:
                total += 1
                good += 1.0 if x > y else 0.5 if x == y else 0.0
        best += max(true) > max(false)
    return (good / total if total else 0.0), (best / len(rows) if rows else 0.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--article", default="*")
    parser.add_argument("--exclude", default="", help="articles left out, by name, comma-separated")
    parser.add_argument("--layout", default="*twocol*")
    parser.add_argument("--package", help="(read by score.py)")
    args = parser.parse_args(argv)
    found = cases(args.article, set(filter(None, args.exclude.split(","))), args.layout)
    by_layout: dict[str, list] = defaultdict(list)
    for layout, pairs in found:
        by_layout[layout].append(pairs)
        by_layout["all"].append(pairs)
    measures = ["join", "word", "pmi", "join+pmi"]
    print("| layout | lines | " + " | ".join(f"{m} AUC / best" for m in measures) + " |")
    print("|---|---|" + "---|" * len(measures))
    for layout in sorted(by_layout, key=lambda name: (name == "all", name)):
        rows = by_layout[layout]
        cells = " | ".join("%.3f / %.2f" % separation(rows, m) for m in measures)
        print(f"| {layout} | {len(rows)} | {cells} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
