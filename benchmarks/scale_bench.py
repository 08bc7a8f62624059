"""Benchmark at scale: one table of every figure, each against a baseline of the same run.

On a scale corpus (:mod:`corpus`: N articles derived from the bundled one)
for N = 1 and 10 (and 100 with ``--full``), prints one table:

- import: MB/s of the importer and MyST writer over the corpus' raw texts,
  against decoding, ``splitlines`` and a join of the same bytes;
- full build: ``wenxian build site --fresh`` (both scripts, in parallel),
  against a plain ``sphinx-build`` of one site without wenxian (myst-parser and
  sphinxcontrib-bibtex only, its ``plain`` style);
- incremental: ``wenxian build site`` after one refs.bib entry edit, against
  the full build;
- PDFs per minute: ``wenxian build pdf --fresh`` (both scripts), against
  latexmk/XeLaTeX on a one-page xeCJK document (PDFs per minute too); skipped
  without XeLaTeX;
- pandoc: Debian's ``pandoc --citeproc`` with the GB/T 7714—2015 CSL style
  (``benchmarks/data/``) making each article's HTML page, as many at once as
  there are cores, against wenxian's full build of both sites; skipped
  without pandoc (``scripts/debian-deps.sh bench``).

Each time is the median of ``--runs`` runs, each in its own process. Peak
memory is the largest resident set of any one process of the run (its
``wait4`` rusage: the process and the children it waited for). Figures only:
nothing is asserted.

    .venv/bin/python benchmarks/scale_bench.py [--runs 1] [--full]
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
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import make_corpus  # noqa: E402

BIN = Path(sys.executable).parent
CSL = Path(__file__).resolve().parent / "data" / "china-national-standard-gb-t-7714-2015-numeric.csl"
PLAIN_CONF = """\
project = "plain"
language = "zh_CN"
extensions = ["myst_parser", "sphinxcontrib.bibtex"]
exclude_patterns = ["raw"]
myst_title_to_header = True
bibtex_bibfiles = ["../refs.bib"]
bibtex_reference_style = "label"
suppress_warnings = ["myst", "bibtex"]
"""
XECJK_PAGE = r"""\documentclass{article}
\usepackage{xeCJK}
\setCJKmainfont{Noto Serif CJK SC}
\begin{document}
以全面深化改革推动新质生产力发展（基准基线页）。
\end{document}
"""
IMPORT_CODE = """
import sys, time
from pathlib import Path
from wenxian.importer import read_article
from wenxian.myst_writer import write_myst
raws = [Path(p).read_bytes() for p in sys.argv[1:]]
start = time.perf_counter()
for data in raws:
    text = "\\n".join(data.decode("utf-8").splitlines())
base = time.perf_counter() - start
start = time.perf_counter()
for n, data in enumerate(raws):
    article = read_article(data)
    write_myst(article, [f"k{i}" for i in range(1, 100)], slug=f"a{n}")
ours = time.perf_counter() - start
print(ours, base)
"""


@dataclass
class Run:
    seconds: float
    peak_mb: float
    stdout: str = ""


def run(command: list[str], cwd: Path | None = None) -> Run:
    """Run ``command``; wall-clock seconds and the peak RSS of its largest process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = process.stdout.read(), process.stderr.read()  # type: ignore[union-attr]
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"failed ({process.returncode}): {' '.join(command)}\n{err[-2000:]}")
    return Run(seconds, usage.ru_maxrss / 1024, out)


def median_run(runs: list[Run]) -> Run:
    ordered = sorted(runs, key=lambda r: r.seconds)
    middle = ordered[len(ordered) // 2]
    return Run(statistics.median(r.seconds for r in runs), max(r.peak_mb for r in runs), middle.stdout)


def clean(root: Path, *names: str) -> None:
    for name in names:
        shutil.rmtree(root / "_build" / name, ignore_errors=True)


def pandoc_markdown(myst: str) -> str:
    """The article's MyST as pandoc Markdown: its title, text and citations (``[@key, p. 11]``)."""
    front, body = myst.split("\n---\n", 1)
    title = re.search(r"^title: (.*)$", front, re.M)
    body = re.sub(r"^\([^)\s]+\)=\n", "", body, flags=re.M)
    body = re.sub(r"```\{bibliography\}.*?```", "", body, flags=re.S)
    body = re.sub(r"\{cite:p\}`([^`{]+)\{([^}]*)\}`", r"[@\1, p. \2]", body)
    body = re.sub(r"\{cite:p\}`([^`]+)`", r"[@\1]", body)
    return f'---\ntitle: "{title.group(1) if title else ""}"\nlang: zh-CN\n---\n{body}'


@dataclass
class Row:
    figure: str
    articles: int
    value: float
    unit: str
    baseline: str
    base_value: float
    peak_mb: float
    base_peak_mb: float

    def cells(self) -> list[str]:
        ratio = self.value / self.base_value if self.base_value else float("nan")
        return [self.figure, str(self.articles), f"{self.value:.2f} {self.unit}", self.baseline,
                f"{self.base_value:.2f} {self.unit}", f"{ratio:.2f}", f"{self.peak_mb:.0f} / {self.base_peak_mb:.0f}"]


def measure(n: int, runs: int, tmp: Path) -> list[Row]:
    root = tmp / f"corpus-{n}"
    corpus = make_corpus(root, n)
    rows: list[Row] = []
    mb = corpus.raw_bytes / 1e6

    imports = median_run([run([sys.executable, "-c", IMPORT_CODE, *map(str, corpus.raws)]) for _ in range(runs)])
    ours, base = (float(x) for x in imports.stdout.split())
    rows.append(Row("import (read + MyST)", n, mb / ours, "MB/s", "decode + splitlines", mb / base,
                    imports.peak_mb, imports.peak_mb))

    (root / "plain-conf").mkdir()
    (root / "plain-conf" / "conf.py").write_text(PLAIN_CONF, encoding="utf-8")
    plain_cmd = [str(BIN / "sphinx-build"), "-E", "-q", "-b", "html", "-c", str(root / "plain-conf"),
                 "-d", str(root / "_build" / "plain-doctrees"), str(root / "source"), str(root / "_build" / "plain")]
    site_cmd = [str(BIN / "wenxian"), "build", "site", "--project", str(root)]
    run([*site_cmd, "--fresh"])  # warm-up: jieba's converted dictionary is cached under _build/cache
    plains, fulls = [], []
    for _ in range(runs):
        clean(root, "plain", "plain-doctrees")
        plains.append(run(plain_cmd))
        clean(root, "site", "doctrees")
        fulls.append(run([*site_cmd, "--fresh"]))
    plain, full = median_run(plains), median_run(fulls)
    rows.append(Row("full build, both sites", n, full.seconds, "s", "plain sphinx-build, one site",
                    plain.seconds, full.peak_mb, plain.peak_mb))

    bib = root / "refs.bib"
    edits = []
    for i in range(runs):
        text = bib.read_text(encoding="utf-8")
        bib.write_text(text.replace("pages        = {533}", f"pages        = {{{534 + i}}}", 1)
                       if i == 0 else text.replace(f"{{{533 + i}}}", f"{{{534 + i}}}", 1), encoding="utf-8")
        edits.append(run(site_cmd))
    edit = median_run(edits)
    rows.append(Row("rebuild after one refs.bib edit", n, edit.seconds, "s", "full build, both sites",
                    full.seconds, edit.peak_mb, full.peak_mb))

    if shutil.which("latexmk") and shutil.which("xelatex"):
        page = tmp / "xecjk"
        page.mkdir(exist_ok=True)
        (page / "page.tex").write_text(XECJK_PAGE, encoding="utf-8")
        latex = median_run([run(["latexmk", "-xelatex", "-gg", "-quiet", "page.tex"], cwd=page) for _ in range(runs)])
        pdfs = median_run([(clean(root, "site", "latex"), run([str(BIN / "wenxian"), "build", "pdf", "--fresh", "--project", str(root)]))[1]
                           for _ in range(runs)])
        count = len(list((root / "_build" / "site" / "pdf").glob("*.pdf")))
        rows.append(Row("PDFs per minute (both scripts)", n, 60 * count / pdfs.seconds, "PDF/min",
                        "latexmk: one-page xeCJK", 60 / latex.seconds, pdfs.peak_mb, latex.peak_mb))

    if shutil.which("pandoc"):
        md = root / "pandoc"
        md.mkdir()
        for article in corpus.articles:
            (md / article.name).write_text(pandoc_markdown(article.read_text(encoding="utf-8")), encoding="utf-8")
        jobs = str(len(os.sched_getaffinity(0)))
        script = ('for f in "$@"; do echo "$f"; done | xargs -P ' + jobs + ' -I{} pandoc {} --citeproc '
                  f'--bibliography {bib} --csl {CSL} -s -o {{}}.html')
        pandoc = median_run([run(["bash", "-c", script, "pandoc", *sorted(map(str, md.glob("*.md")))]) for _ in range(runs)])
        rows.append(Row("pandoc --citeproc + GB/T CSL, one page each", n, pandoc.seconds, "s",
                        "wenxian full build, both sites", full.seconds, pandoc.peak_mb, full.peak_mb))
    return rows


def print_table(rows: list[Row]) -> None:
    head = ["figure", "N", "value", "baseline (same run)", "baseline", "ratio", "peak MB (figure / baseline)"]
    table = [head] + [row.cells() for row in rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(head))]
    for i, cells in enumerate(table):
        print("| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |")
        if i == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=1, help="runs per figure (the median is printed)")
    parser.add_argument("--full", action="store_true", help="also N = 100 (tens of minutes with PDFs)")
    parser.add_argument("--sizes", type=int, nargs="*", help="corpus sizes instead of 1 10 [100]")
    args = parser.parse_args()
    sizes = args.sizes or ([1, 10, 100] if args.full else [1, 10])
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="wenxian-scale-") as tmp:
        for n in sizes:
            rows += measure(n, args.runs, Path(tmp))
    print(f"scale corpus, {args.runs} run(s) each, {len(os.sched_getaffinity(0))} cores, median wall-clock")
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
