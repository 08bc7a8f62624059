"""Shared helpers of the reference-list tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from wenxian.importer import read_text
from wenxian.refparse.citematch import candidate, match, printed_suffix
from wenxian.refparse.importer import read_reference_list

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


def load_benchmark(name: str):
    """A scorer of benchmarks/ (``reflist_score``, ``authoryear_score``) loaded as a module, the folder on the
    path for the modules it imports in turn."""
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def linked_places(raw: str) -> list[tuple[str, list[int | None]]]:
    """Each author-year citation of an imported text (its own list read as the importer reads it) with
    the places in that list of the entries it is linked to (None: not linked)."""
    article = read_text(raw)
    imported = read_reference_list(article.references)
    cands = [candidate(r.key, r.entry, printed_suffix(r.source.text), r.source.text) for r in imported]
    keys = [r.key for r in imported]
    return [(cite.raw, [keys.index(k) if (k := match(work, cands)[0]) else None for work in cite.works])
            for cite in article.named_citations()]
