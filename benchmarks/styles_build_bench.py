"""Benchmark: what the GB/T 7714 styles add to a Sphinx build of the bundled article.

Builds the Simplified site of the bundled article (imported into a temporary
project) with the project's styles (``gbt7714-2015`` list, ``gbt_numeric``
citations) and with sphinxcontrib-bibtex's stock ones (``unsrt`` list,
``label`` citations), everything else equal, and prints the median time of
``--runs`` fresh builds of each and their ratio. Figures only.

    .venv/bin/python benchmarks/styles_build_bench.py [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from sites_bench import make_project, timed

STYLES = {
    "stock (unsrt + label)": ["-D", "bibtex_default_style=unsrt", "-D", "bibtex_reference_style=label"],
    "GB/T 7714 (gbt7714-2015 + gbt_numeric)": [],
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = make_project(Path(tmp) / "project")
        out, doctrees = root / "_build" / "out", root / "_build" / "doctrees"
        base = [sys.executable, "-m", "sphinx", "-b", "html", "-q", "-E", "-c", str(root / "conf"),
                "-d", str(doctrees), "-D", "language=zh_CN", "-D", "wenxian_script=zh-Hans",
                "-D", f"wenxian_cache_dir={root / '_build' / 'cache'}"]
        commands = {name: base + extra + [str(root / "source"), str(out)] for name, extra in STYLES.items()}
        for command in commands.values():
            timed(command, [out, doctrees])  # warm the jieba cache and the file system
        # Interleaved, so that a slow moment of the machine hits both alike.
        runs: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                runs[name].append(timed(command, [out, doctrees]))
        medians = {name: statistics.median(times) for name, times in runs.items()}
        for name, median in medians.items():
            print(f"{name:42} {median:6.2f} s  (median of {args.runs})")
        stock, ours = medians.values()
        print(f"{'ratio GB/T / stock':42} {ours / stock:6.2f}x  (+{ours - stock:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
