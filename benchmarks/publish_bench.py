"""Benchmark: what publishing through a staging copy costs a rebuild.

``wenxian build`` writes into a copy of ``_build/site/`` and swaps it in only
when the whole build succeeded (:mod:`wenxian.publish`). On a scale corpus of
``--articles`` articles (:mod:`corpus`), both sites, this prints the seconds
of a no-change rebuild, a rebuild after one refs.bib edit, and a fresh build,
published (staging, swap, lock) and written straight into ``_build/site/``
(the build steps alone, as before staging), each the median of ``--runs``.
Figures only: nothing is asserted.

    .venv/bin/python benchmarks/publish_bench.py [--articles 10] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import make_corpus  # noqa: E402

from wenxian.build import DEFAULT_VARIANTS, _build_all, build_outputs  # noqa: E402
from wenxian.project import Project  # noqa: E402


def published(project: Project, fresh: bool) -> None:
    build_outputs(project, pdfs=False, fresh=fresh, echo=False)


def straight(project: Project, fresh: bool) -> None:
    _build_all(project, DEFAULT_VARIANTS, sites=True, pdfs=False, strict=False, fresh=fresh,
               jobs=1, parallel=True, echo=False)


def figures(project: Project, build, runs: int) -> dict[str, float]:
    bib = project.bib
    times: dict[str, list[float]] = {"nothing changed": [], "one refs.bib edit": [], "fresh": []}
    build(project, True)
    for i in range(runs):
        for name in times:
            if name == "one refs.bib edit":
                text = bib.read_text(encoding="utf-8")
                bib.write_text(text.replace("pages        = {533}", "pages        = {534}") if "{533}" in text
                               else text.replace("{534}", "{533}"), encoding="utf-8")
            start = time.perf_counter()
            build(project, name == "fresh")
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wenxian-publish-") as tmp:
        project = Project(make_corpus(Path(tmp) / "corpus", args.articles).root)
        ours = figures(project, published, args.runs)
        plain = figures(project, straight, args.runs)
    print(f"{args.articles} articles, both sites, median of {args.runs}, seconds")
    print(f"  {'rebuild':18s} {'published':>10s} {'straight':>10s} {'ratio':>6s}")
    for name in ours:
        print(f"  {name:18s} {ours[name]:10.2f} {plain[name]:10.2f} {ours[name] / plain[name]:6.2f}")


if __name__ == "__main__":
    main()
