"""Benchmark: from ``wenxian new`` to a built site, for one imported article.

An editor's first minutes: ``wenxian new`` → ``wenxian import`` (a raw text
with its own reference list: tests/scaffold/files/journal-article.txt) →
``wenxian build site`` (both scripts, with the scholarly metadata, sitemap and
feed: ``html_baseurl`` set). The baseline, measured in the same run, is the
peer's one-command start: ``sphinx-quickstart`` and one ``sphinx-build``
(HTML, myst-parser) of the same article as MyST, one script, no references.

Each figure is the median of ``--runs`` runs, each cycle in fresh folders and
its own processes. Figures only: nothing is asserted.

    .venv/bin/python benchmarks/new_project_bench.py [--runs 3]
"""

from __future__ import annotations

import argparse
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
ARTICLE = PROJECT / "tests" / "scaffold" / "files" / "journal-article.txt"


def run(*args: str | Path, cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run([str(a) for a in args], cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - start


def wenxian_cycle(work: Path) -> dict[str, float]:
    times = {"new": run(BIN / "wenxian", "new", "journal", cwd=work)}
    root = work / "journal"
    conf = root / "conf" / "conf.py"
    conf.write_text(conf.read_text(encoding="utf-8").replace('html_baseurl = ""', 'html_baseurl = "https://example.org/"'),
                    encoding="utf-8")
    shutil.copy(ARTICLE, root / "source" / "raw" / ARTICLE.name)
    times["import"] = run(BIN / "wenxian", "import", f"source/raw/{ARTICLE.name}", cwd=root)
    times["build site"] = run(BIN / "wenxian", "build", "site", cwd=root)
    times["total"] = sum(times.values())
    return times


def sphinx_cycle(work: Path, article_md: Path) -> float:
    start = time.perf_counter()
    subprocess.run([str(BIN / "sphinx-quickstart"), "-q", "-p", "journal", "-a", "", "-l", "zh_CN",
                    "--ext-autodoc", "--no-makefile", "--no-batchfile", "--extensions", "myst_parser", str(work / "peer")],
                   check=True, capture_output=True)
    text = article_md.read_text(encoding="utf-8")
    front, body = text.split("\n---\n", 1)
    # The article without its citations (a plain Sphinx project has no refs.bib).
    body = re.sub(r"\{cite:p\}`[^`]*`", "", body)
    (work / "peer" / "article.md").write_text(body, encoding="utf-8")
    index = work / "peer" / "index.rst"
    index.write_text(index.read_text(encoding="utf-8").replace(":caption: Contents:", ":caption: Contents:\n\n   article"),
                     encoding="utf-8")
    subprocess.run([str(BIN / "sphinx-build"), "-q", "-b", "html", str(work / "peer"), str(work / "peer" / "_build")],
                   check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    wenxian_runs: list[dict[str, float]] = []
    peer_runs: list[float] = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="wenxian-new-bench-") as tmp:
            work = Path(tmp)
            wenxian_runs.append(wenxian_cycle(work))
            peer_runs.append(sphinx_cycle(work, work / "journal" / "source" / "journal-article.md"))
    peer = statistics.median(peer_runs)
    print(f"runs: {args.runs} (median of each)")
    print(f"baseline  sphinx-quickstart + sphinx-build (one script, no references): {peer:6.2f} s  1.00")
    for step in ("new", "import", "build site", "total"):
        value = statistics.median(r[step] for r in wenxian_runs)
        print(f"wenxian   {step:<10} {value:6.2f} s  {value / peer:5.2f}× baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
