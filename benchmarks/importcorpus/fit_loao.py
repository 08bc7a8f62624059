"""Would paragraph-break weights fitted on the whole DEV split carry to an unseen article better?

Every paragraph-break decision the importer makes on the dev split's text routes (not the PDF
reader) is collected with its features (``wenxian import --explain``'s) and labelled by the gold:
the text's lines are aligned with the gold's blocks (as the scorer compares them: NFKC, no
citation marks, no white space), and a decision is a break where a line ends at a gold block's
end. A logistic regression over ``evidence.BREAK``'s features is then fitted leaving one article
out at a time and scored on that article's decisions, beside the weights as they are. The held-out
split is never read. Round 16c: 0.9951 fitted, 0.9951 as they are (docs/import-rounds.md): not taken.

    python benchmarks/importcorpus/fit_loao.py [--article GLOB] [--package DIR]

No dependency beyond the package: identical feature vectors are counted once, so Newton's method
in plain Python is quick.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter

import score  # benchmarks/importcorpus/score.py (sets up the import path)
from wenxian.importer import evidence, read_article

MAX_SKIP = 400  # characters of gold a line may be found past the last one aligned (furniture between)


def decisions(articles: str) -> list[tuple[str, tuple[float, ...], bool, bool]]:
    """(article, features in ``evidence.BREAK``'s order, gold break, decided break) per decision."""
    names = [n for n in evidence.BREAK if n != "bias"]
    out = []
    for gold_path in sorted((score.DATA / "dev").glob(f"{articles}/*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if "raw" in gold:
            continue
        ends, at = set(), 0
        for block in gold["blocks"]:
            at += 0 if "caption" in block else len(score.norm(block.get("paragraph") or block.get("text") or ""))
            ends.add(at)
        whole = "".join(score.norm(b.get("paragraph") or b.get("text") or "") for b in gold["blocks"] if "caption" not in b)
        for text, _, _ in score.texts_of(gold_path, skip_extractors=score.UNSEEN):  # round 17e's: the lead's first
            if text.suffix != ".txt":
                continue
            data = text.read_bytes()
            explain: list[evidence.Decision] = []
            read_article(data, file=text, explain=explain)
            line_end, pointer = {}, 0
            for number, line in enumerate(data.decode("utf-8", "replace").split("\n"), 1):
                key = score.norm(line)
                found = whole.find(key, pointer) if len(key) >= 2 else -1
                if 0 <= found - pointer <= MAX_SKIP:
                    pointer = found + len(key)
                    line_end[number] = pointer
            for d in explain:
                if d.what == "paragraph break" and d.line in line_end:
                    out.append((gold_path.parent.name, tuple(d.features.get(n, 0.0) for n in names),
                                line_end[d.line] in ends, d.yes))
    return out


def fit(rows: Counter, dims: int, l2: float = 1e-3, steps: int = 12) -> list[float]:
    """Logistic regression (the last weight the bias) by Newton's method on counted rows."""
    w = [0.0] * (dims + 1)
    for _ in range(steps):
        grad = [l2 * v for v in w]
        hess = [[l2 if i == j else 0.0 for j in range(dims + 1)] for i in range(dims + 1)]
        for (x, y), n in rows.items():
            xb = (*x, 1.0)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, sum(a * b for a, b in zip(w, xb))))))
            g, h = n * (p - y), n * p * (1 - p)
            for i, xi in enumerate(xb):
                if xi:
                    grad[i] += g * xi
                    for j, xj in enumerate(xb):
                        if xj:
                            hess[i][j] += h * xi * xj
        w = [a - b for a, b in zip(w, _solve(hess, grad))]
    return w


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """a x = b by Gaussian elimination with partial pivoting (a small, well-conditioned system)."""
    n = len(b)
    m = [row[:] + [v] for row, v in zip(a, b)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n + 1):
                m[r][k] -= f * m[c][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / m[r][r]
    return x


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--article", default="*", metavar="GLOB", help="the dev articles to collect (all by default)")
    parser.add_argument("--package", metavar="DIR", help="the folder holding the wenxian package to collect with (score.py reads it)")
    args = parser.parse_args(argv)
    found = decisions(args.article)
    dims = len(found[0][1]) if found else 0
    total = fitted = current = 0
    for article in sorted({a for a, *_ in found}):
        train = Counter((x, y) for a, x, y, _ in found if a != article)
        if not train:
            break
        w = fit(train, dims)
        test = [(x, y, yes) for a, x, y, yes in found if a == article]
        right = sum((sum(a * b for a, b in zip(w, (*x, 1.0))) > 0) == y for x, y, _ in test)
        now = sum(yes == y for _, y, yes in test)
        print(f"{article:20s} {len(test):6d} decisions: fitted {right / len(test):.4f}, as they are {now / len(test):.4f}")
        total, fitted, current = total + len(test), fitted + right, current + now
    if total:
        print(f"leave one article out: fitted {fitted / total:.4f}, as they are {current / total:.4f} ({total} decisions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
