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
    typeset = [row for (_, extractor, _), row in rows.items() if extractor not in ("(raw)", "(pdf)")]
    raw = [row for (_, extractor, _), row in rows.items() if extractor == "(raw)"]
    pdf = [row for (_, extractor, _), row in rows.items() if extractor == "(pdf)"]
    return typeset, raw, pdf


def mean(values: list[float]) -> float:
    return sum(values) / len(values)


def test_corpus_floors(totals) -> None:
    typeset, _, _ = totals
    docs = sum(r.docs for r in typeset)
    assert docs == 64
    assert sum(r.refused for r in typeset) == 0
    assert sum(r.leaks for r in typeset) == 0
    assert sum(r.title for r in typeset) == 64 and sum(r.authors for r in typeset) == 64
    assert mean([v for r in typeset for v in r.fields]) >= 0.95
    assert mean([v for r in typeset for v in r.headings]) >= 0.95
    assert mean([v for r in typeset for v in r.paragraphs]) >= 0.88
    assert sum(r.cites for r in typeset) >= 57


def test_pdf_reader_floors(totals) -> None:
    """The same typeset articles read from their PDFs (wenxian.pdfreader)."""
    _, _, pdf = totals
    assert sum(r.docs for r in pdf) == 16
    assert sum(r.refused for r in pdf) == 0 and sum(r.leaks for r in pdf) == 0
    assert sum(r.title for r in pdf) == 16 and sum(r.authors for r in pdf) == 16
    assert mean([v for r in pdf for v in r.fields]) >= 0.98  # ’ printed for ' in an English abstract
    assert mean([v for r in pdf for v in r.headings]) == 1.0
    assert mean([v for r in pdf for v in r.paragraphs]) == 1.0
    assert sum(r.cites for r in pdf) == 16


def test_bundled_article_row_is_exact(totals) -> None:
    _, raw, _ = totals
    assert [(r.paragraphs, r.headings, r.cites, r.refused) for r in raw] == [([1.0], [1.0], 1, 0)]
