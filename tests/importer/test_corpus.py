"""The import corpus (benchmarks/importcorpus): floors under what the importer reaches.

The scorer's figures for the whole corpus (dev and held-out, all extractors
and layouts) must not fall below these; before issue 11 they were far lower
(docs/import.md has both tables). Raise a floor when the importer improves.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCORE = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus" / "score.py"


@pytest.fixture(scope="module")
def totals():
    spec = importlib.util.spec_from_file_location("importcorpus_score", SCORE)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    rows = module.collect(["dev", "heldout"])
    for (split, extractor, layout), row in rows.items():
        row.split, row.extractor, row.layout = split, extractor, layout
    typeset = [row for (_, extractor, _), row in rows.items() if extractor not in ("(raw)", "(pdf)")]
    raw = [row for (_, extractor, _), row in rows.items() if extractor == "(raw)"]
    pdf = [row for (_, extractor, _), row in rows.items() if extractor == "(pdf)"]
    return typeset, raw, pdf


def mean(values: list[float]) -> float:
    return sum(values) / len(values)


def test_corpus_floors(totals) -> None:
    typeset, _, _ = totals
    docs = sum(r.docs for r in typeset)
    assert docs == 128
    assert sum(r.refused for r in typeset) == 0
    # No running-header or footnote text in any body (before issue 11's third round:
    # six in liuyu-buchang, a letter-spaced 基 金 项 目 footnote, and eight in the
    # fresh held-out xiangcun-tushu).
    assert sum(r.leaks for r in typeset) == 0
    # Every title and author line found since issue 11's fourth round (before it, two
    # pdfminer two-column texts of xiangcun-tushu gave the affiliations before the authors).
    assert sum(r.title for r in typeset) == 128 and sum(r.authors for r in typeset) == 128
    # Since issue 11's fifth round the scorer takes ’ (XeLaTeX's print of ') for ' and a
    # wrapped English title's tail that reads as names stays in the title.
    assert mean([v for r in typeset for v in r.fields]) >= 0.99
    assert mean([v for r in typeset for v in r.headings]) >= 0.99
    assert mean([v for r in typeset for v in r.paragraphs]) >= 0.96
    assert sum(r.cites for r in typeset) >= 120


def test_dev_floors(totals) -> None:
    """The development part alone, liuyu-buchang in it since the third round, xiangcun-tushu
    since the fourth, laji-fenlei since the fifth (before the fifth round's work, scored
    as now: fields 0.988, headings 0.992, paragraphs 0.960, 88/96 citation sequences)."""
    typeset, _, _ = totals
    dev = [r for r in typeset if r.split == "dev"]
    assert sum(r.docs for r in dev) == 96 and sum(r.leaks for r in dev) == 0
    assert mean([v for r in dev for v in r.fields]) >= 0.995
    assert mean([v for r in dev for v in r.headings]) >= 0.995
    assert mean([v for r in dev for v in r.paragraphs]) >= 0.97
    assert sum(r.cites for r in dev) >= 91


def test_two_column_pdftotext_floors(totals) -> None:
    """Two-column layouts through pdftotext and pdftotext -layout, dev and held-out
    (before the second round: headings 0.83, paragraphs 0.66, 9/20 citation sequences)."""
    typeset, _, _ = totals
    rows = [r for r in typeset if r.extractor in ("pdftotext", "pdftotext-layout") and r.layout.startswith("twocol")]
    assert sum(r.docs for r in rows) == 32
    assert mean([v for r in rows for v in r.headings]) >= 0.96
    assert mean([v for r in rows for v in r.paragraphs]) >= 0.865
    assert sum(r.cites for r in rows) >= 24


def test_pdf_reader_floors(totals) -> None:
    """The same typeset articles read from their PDFs (wenxian.pdfreader): exact on dev and
    held-out. (The fifth round's fresh held-out kuaidi-xiacun was not, in its two two-column
    layouts — paragraphs 0.82 and 0.96, neither citation sequence right — until a first-page
    footnote's short lines beside the gutter were read with its full-width lines: see
    docs/import.md.)"""
    _, _, pdf = totals
    assert sum(r.docs for r in pdf) == 32
    assert sum(r.refused for r in pdf) == 0 and sum(r.leaks for r in pdf) == 0
    assert sum(r.title for r in pdf) == 32 and sum(r.authors for r in pdf) == 32
    assert mean([v for r in pdf for v in r.fields]) == 1.0
    assert mean([v for r in pdf for v in r.headings]) == 1.0
    assert mean([v for r in pdf for v in r.paragraphs]) == 1.0
    assert sum(r.cites for r in pdf) == 32


def test_bundled_article_row_is_exact(totals) -> None:
    _, raw, _ = totals
    assert [(r.paragraphs, r.headings, r.cites, r.refused) for r in raw] == [([1.0], [1.0], 1, 0)]
