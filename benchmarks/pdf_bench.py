"""Benchmark: seconds per PDF handout, XeLaTeX passes, and the full build.

On a copy of the bundled project (conf/, source/, refs.bib) prints:

- per variant (zh-Hans, zh-Hant): seconds to make its PDF from a clean
  ``_build`` (Sphinx's LaTeX builder + latexmk/XeLaTeX + the log check) and
  the number of XeLaTeX runs latexmk needed;
- the full build (both sites + both PDFs, ``wenxian build --fresh``) in
  parallel (default) and ``--sequential``, and their ratio.

Each figure is the median of ``--runs`` runs, each in its own process, from a
clean ``_build``. Figures only: nothing is asserted.

    .venv/bin/python benchmarks/pdf_bench.py [--runs 3]
"""

from __future__ import annotations

import argparse
import json
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
VARIANTS = ("zh-Hans", "zh-Hant")

ONE_PDF = """
import json, sys
from pathlib import Path
from wenxian.build import build_pdf
from wenxian.project import Project
result = build_pdf(Project(Path(sys.argv[1])), sys.argv[2], fresh=True, echo=False)
print(json.dumps({"seconds": result.seconds, "passes": result.passes}))
"""


def make_project(root: Path) -> Path:
    for name in ("conf", "source"):
        shutil.copytree(PROJECT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PROJECT / "refs.bib", root / "refs.bib")
    return root


def one_pdf(root: Path, variant: str) -> dict:
    shutil.rmtree(root / "_build", ignore_errors=True)
    done = subprocess.run(
        [sys.executable, "-c", ONE_PDF, str(root), variant], check=True, capture_output=True, text=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def full_build(root: Path, sequential: bool) -> float:
    shutil.rmtree(root / "_build", ignore_errors=True)
    command = [str(BIN / "wenxian"), "build", "--fresh", "--project", str(root)]
    if sequential:
        command.append("--sequential")
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="runs per figure (median)")
    args = parser.parse_args()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"bundled article, {args.runs} run(s) per figure, {cores} core(s)")
    with tempfile.TemporaryDirectory(prefix="wenxian-pdf-bench-") as tmp:
        root = make_project(Path(tmp))
        for variant in VARIANTS:
            runs = [one_pdf(root, variant) for _ in range(args.runs)]
            seconds = statistics.median(r["seconds"] for r in runs)
            passes = sorted({n for r in runs for n in r["passes"].values()})
            print(f"PDF {variant:8} {seconds:6.2f} s   XeLaTeX passes: {', '.join(map(str, passes))}")
        parallel = statistics.median(full_build(root, False) for _ in range(args.runs))
        sequential = statistics.median(full_build(root, True) for _ in range(args.runs))
        print(f"full build (2 sites + 2 PDFs) parallel   {parallel:6.2f} s")
        print(f"full build (2 sites + 2 PDFs) sequential {sequential:6.2f} s")
        print(f"parallel / sequential                    {parallel / sequential:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
