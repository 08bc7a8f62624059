"""Benchmark: both script sites versus one plain Sphinx build, and OpenCC's share.

Builds the bundled article (imported from source/raw/article.txt into a
temporary project) and prints:

- plain: ``sphinx-build`` of one site from the same source, no conversion
  (the Simplified variant: OpenCC is not called);
- both sites, sequential and parallel (``wenxian build --sequential`` / default);
- their ratios to plain (targets: ≤ 2.2 sequential, lower in parallel);
- OpenCC's share of a Traditional build (seconds inside OpenCC / build time),
  and the share of the whole conversion (word segmentation included): for a
  rebuild (the converted jieba dictionary and the remembered conversions of
  wenxian.script.memo cached), for a first build of new text (the dictionary
  cached, no remembered conversions), for a first build ever (nothing
  cached), and for a site rebuild right after a PDF build of the same variant
  (the two share the remembered conversions).

Every build is fresh (-E, empty output); each figure is the median of
``--runs`` runs, each in its own process. Figures only: nothing is asserted.

    .venv/bin/python benchmarks/sites_bench.py [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
TITLE = "以全面深化改革推动新质生产力发展：逻辑底蕴、问题检视与实践进路"


def make_project(root: Path) -> Path:
    shutil.copytree(PROJECT / "conf", root / "conf", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PROJECT / "refs.bib", root / "refs.bib")
    (root / "source" / "raw").mkdir(parents=True)
    shutil.copy(PROJECT / "source" / "index.md", root / "source" / "index.md")
    shutil.copy(PROJECT / "source" / "raw" / "article.txt", root / "source" / "raw" / "article.txt")
    subprocess.run(
        [str(BIN / "wenxian"), "import", str(root / "source" / "raw" / "article.txt"),
         "--bib", str(root / "refs.bib"), "--title", TITLE, "--working-title", "--project", str(root)],
        check=True, capture_output=True,
    )
    return root


def timed(command: list[str], clean: list[Path]) -> float:
    for path in clean:
        shutil.rmtree(path, ignore_errors=True)
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def opencc_share(root: Path, forget: str, builder: str = "html") -> tuple[float, float, float]:
    """(seconds in OpenCC, seconds converting, build seconds) of one in-process zh-Hant build.

    ``forget``: the files of the build cache removed first (a glob; "" keeps them).
    ``builder``: "latex" is the first step of a PDF build (the .tex files, no XeLaTeX).
    """
    code = f"""
import time, shutil
from pathlib import Path
from sphinx.application import Sphinx
from wenxian.sphinxext.script import converter
root = Path({str(root)!r})
if {forget!r}:
    for path in (root / "_build" / "cache").glob({forget!r}):
        path.unlink()
shutil.rmtree(root / "_build" / "share", ignore_errors=True)
start = time.perf_counter()
app = Sphinx(root / "source", root / "conf", root / "_build" / "share" / "out", root / "_build" / "share" / "doctrees",
             {builder!r}, confoverrides={{"wenxian_script": "zh-Hant", "language": "zh_TW",
             "wenxian_cache_dir": str(root / "_build" / "cache")}}, status=None, warning=None, freshenv=True)
app.build()
print(converter(app).opencc_seconds, converter(app).seconds, time.perf_counter() - start)
"""
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.split()
    return float(out[0]), float(out[1]), float(out[2])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wenxian-bench-") as tmp:
        root = make_project(Path(tmp))
        build = root / "_build"
        plain = [
            str(BIN / "sphinx-build"), "-E", "-q", "-b", "html", "-c", str(root / "conf"),
            "-d", str(build / "plain-doctrees"), "-D", "language=zh_CN", "-D", "wenxian_script=zh-Hans",
            str(root / "source"), str(build / "plain"),
        ]
        both = [str(BIN / "wenxian"), "build", "site", "--fresh", "--project", str(root)]
        sites = [build / "site", build / "doctrees"]
        timed(both, sites)  # warm-up: the converted jieba dictionary is cached under _build/cache
        figures = {
            "plain one site (no conversion)": [timed(plain, [build / "plain", build / "plain-doctrees"]) for _ in range(args.runs)],
            "both sites, sequential": [timed([*both, "--sequential"], sites) for _ in range(args.runs)],
            "both sites, parallel": [timed(both, sites) for _ in range(args.runs)],
        }
        medians = {name: statistics.median(values) for name, values in figures.items()}
        base = medians["plain one site (no conversion)"]
        print(f"bundled article, {args.runs} runs each, median wall-clock seconds ({os.cpu_count()} cores)")
        for name, value in medians.items():
            print(f"  {name:34s} {value:6.2f} s   ratio {value / base:4.2f}")
        cases = (("rebuild (all cached)", ""), ("new text (conversions not remembered)", "conversions-*"),
                 ("first build ever (nothing cached)", "*"), ("rebuild (all cached)", ""),
                 ("HTML rebuild after a PDF (LaTeX) build of the variant", "latex"))
        for label, forget in cases:
            if forget == "latex":  # the PDF build shares the memo file with the site's
                opencc_share(root, "", builder="latex")
                forget = ""
            opencc, converting, total = opencc_share(root, forget)
            print(f"  OpenCC share of a zh-Hant build, {label}: {opencc:.3f} s of {total:.2f} s ({100 * opencc / total:.1f} %)")
            print(f"  conversion share (jieba segmentation + OpenCC + preferences), {label}: "
                  f"{converting:.3f} s of {total:.2f} s ({100 * converting / total:.1f} %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
