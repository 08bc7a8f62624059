"""A scale corpus: a wenxian project of N articles derived from the bundled one.

Article ``k`` (``bench001`` …) is the bundled raw text (``source/raw/article.txt``)
with its body paragraphs rotated by ``k`` and, for ``k > 1``, a seeded fifth
of them left out, so that no two texts are the same; its title is the bundled
title marked as a benchmark copy (an editor's working title). Its references
vary with its text: each quotation keeps its own source (citation ``[n]`` is
refs.bib's ``n``-th entry, as for the bundled article), so an article cites
the works of the paragraphs it kept, in the order its rotation puts them —
its numbered reference list differs from the others'. Nothing here is data
about works that do not exist, nor a quotation attributed elsewhere.

Each raw text is imported with the importer and MyST writer (as ``wenxian
import --bib`` does), into ``source/benchNNN.md``; the project is the bundled
``conf/`` and ``source/index.md`` with refs.bib. Deterministic: the same N
gives the same bytes.

    .venv/bin/python benchmarks/corpus.py DIR [--articles N]
"""

from __future__ import annotations

import argparse
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

from wenxian.bibfile import read_bib
from wenxian.importer import ImportOptions, read_article
from wenxian.myst_writer import write_myst

PROJECT = Path(__file__).resolve().parents[1]
RAW = PROJECT / "source" / "raw" / "article.txt"
TITLE = "以全面深化改革推动新质生产力发展：逻辑底蕴、问题检视与实践进路"
PARAGRAPH_START = " \u3000"  # a paragraph's first line in the extracted text
DROPPED_SHARE = 0.2


@dataclass(frozen=True)
class Corpus:
    root: Path
    raws: list[Path]
    articles: list[Path]

    @property
    def raw_bytes(self) -> int:
        return sum(path.stat().st_size for path in self.raws)


def _split(lines: list[str]) -> tuple[list[str], list[list[str]], list[str]]:
    """Front matter lines, body paragraphs (each a list of lines), English tail."""
    start = next(i for i, line in enumerate(lines) if line.startswith(PARAGRAPH_START))
    end = next(i for i, line in enumerate(lines) if line.strip() == "Abstract:")
    paragraphs: list[list[str]] = []
    for line in lines[start:end]:
        if line.startswith(PARAGRAPH_START) or not paragraphs:
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    return lines[:start], paragraphs, lines[end:]


def raw_text(k: int) -> str:
    """The raw text of article ``k`` (1-based)."""
    head, paragraphs, tail = _split(RAW.read_text(encoding="utf-8").split("\n"))
    shift = (k - 1) % len(paragraphs)
    body = paragraphs[shift:] + paragraphs[:shift]
    if k > 1:
        rng = random.Random(k)
        dropped = set(rng.sample(range(len(body)), int(len(body) * DROPPED_SHARE)))
        body = [p for i, p in enumerate(body) if i not in dropped]
    return "\n".join(head + [line for p in body for line in p] + tail)


def make_corpus(root: Path, count: int) -> Corpus:
    """Lay out a project of ``count`` articles in the empty (or missing) folder ``root``."""
    shutil.copytree(PROJECT / "conf", root / "conf", ignore=shutil.ignore_patterns("__pycache__"))
    (root / "source" / "raw").mkdir(parents=True)
    shutil.copy(PROJECT / "source" / "index.md", root / "source" / "index.md")
    shutil.copy(PROJECT / "refs.bib", root / "refs.bib")
    bundled = list(read_bib(root / "refs.bib").entries.keys())
    raws: list[Path] = []
    articles: list[Path] = []
    for k in range(1, count + 1):
        slug = f"bench{k:03d}"
        raw = root / "source" / "raw" / f"{slug}.txt"
        raw.write_text(raw_text(k), encoding="utf-8")
        options = ImportOptions(title=f"{TITLE}（基准副本 {k}）", title_is_working=True)
        article = read_article(raw.read_bytes(), file=raw, options=options)
        article.meta.source = f"raw/{raw.name}"
        out = root / "source" / f"{slug}.md"
        out.write_text(write_myst(article, bundled, slug=slug, raw_file=raw, bib_name="refs.bib"),
                       encoding="utf-8")
        raws.append(raw)
        articles.append(out)
    return Corpus(root, raws, articles)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", type=Path, help="an empty or missing folder")
    parser.add_argument("--articles", type=int, default=10)
    args = parser.parse_args()
    corpus = make_corpus(args.dir, args.articles)
    print(f"{len(corpus.articles)} articles, {corpus.raw_bytes / 1e6:.2f} MB of raw text in {corpus.root}")


if __name__ == "__main__":
    main()
