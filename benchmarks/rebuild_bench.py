"""Benchmark: full versus incremental `wenxian build site` (both scripts).

The project is the bundled article plus 20 generated articles. A generated
article is the bundled article's text under another page name and title
("基准副本 N", marked as a benchmark copy), whose citations all point to one
entry of its own, ``benchN`` (a @misc entry titled as a benchmark entry), so
that an entry edit concerns exactly one article. Nothing here is data about
real works. Printed, each the median of ``--runs`` runs:

- full: a fresh build (``--fresh``) of both sites;
- nothing changed: a rebuild right after;
- one entry edited (cited by one generated article);
- one article edited (the bundled one);
- a bundled entry edited (cited by the bundled article only);
- with ``wenxian_bib_incremental = False`` (sphinxcontrib-bibtex's own rule),
  the same one-entry edit, for comparison.

Figures only: nothing is asserted.

    .venv/bin/python benchmarks/rebuild_bench.py [--runs 3] [--articles 20]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CITE = re.compile(r"\{cite:p\}`[^`]*`")


def make_project(root: Path, count: int) -> Path:
    shutil.copytree(PROJECT / "conf", root / "conf", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(PROJECT / "source", root / "source")
    bib = (PROJECT / "refs.bib").read_text(encoding="utf-8")
    article = (PROJECT / "source" / "article.md").read_text(encoding="utf-8")
    for n in range(1, count + 1):
        key = f"bench{n:02d}"
        bib += (f"\n@misc{{{key},\n  title        = {{基准测试条目 {n}}},\n"
                f"  year         = {{2024}},\n}}\n")
        text = CITE.sub("{cite:p}`" + key + "`", article)
        text = text.replace("(article-", f"({key}-").replace("](#article-", f"](#{key}-")
        text = re.sub(r"^title: (.*)$", rf"title: \1（基准副本 {n}）", text, count=1, flags=re.M)
        (root / "source" / f"{key}.md").write_text(text, encoding="utf-8")
    (root / "refs.bib").write_text(bib, encoding="utf-8")
    return root


def build(root: Path, *extra: str) -> float:
    start = time.perf_counter()
    subprocess.run([str(BIN / "wenxian"), "build", "site", "--project", str(root), *extra],
                   check=True, capture_output=True)
    return time.perf_counter() - start


def touch(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    later = time.time() + 1
    os.utime(path, (later, later))


def run_once(root: Path) -> dict[str, float]:
    figures = {"full (fresh)": build(root, "--fresh"), "nothing changed": build(root)}
    bib = root / "refs.bib"
    touch(bib, "基准测试条目 7}", "基准测试条目 7 修订}")
    figures["one entry edited (1 article cites it)"] = build(root)
    touch(root / "source" / "article.md", "新质生产力", "新质生产力")  # mtime only
    figures["one article edited"] = build(root)
    touch(bib, "pages        = {533}", "pages        = {534}")
    figures["a bundled entry edited (bundled article)"] = build(root)
    conf = root / "conf" / "conf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + "\nwenxian_bib_incremental = False\n",
                    encoding="utf-8")
    build(root)  # the configuration change itself re-reads everything
    touch(bib, "基准测试条目 7 修订}", "基准测试条目 7}")
    figures["one entry edited, upstream rule"] = build(root)
    conf.write_text(conf.read_text(encoding="utf-8").replace(
        "\nwenxian_bib_incremental = False\n", ""), encoding="utf-8")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--articles", type=int, default=20)
    args = parser.parse_args()
    results: dict[str, list[float]] = {}
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            root = make_project(Path(tmp) / "project", args.articles)
            for name, seconds in run_once(root).items():
                results.setdefault(name, []).append(seconds)
    print(f"wenxian build site, both scripts: bundled article + {args.articles} generated "
          f"articles (median of {args.runs} run{'s' * (args.runs != 1)})")
    full = statistics.median(results["full (fresh)"])
    for name, values in results.items():
        seconds = statistics.median(values)
        print(f"  {name:<42} {seconds:7.1f} s  ({seconds / full:5.1%} of full)")


if __name__ == "__main__":
    main()
