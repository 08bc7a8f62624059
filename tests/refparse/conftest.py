"""Shared helpers for the reference-parser tests."""

from __future__ import annotations

from pathlib import Path

from pybtex.database import Entry, parse_string

from wenxian.bibfile import format_bibtex

DATA = Path(__file__).resolve().parents[1] / "data" / "refparse"
# The standard's examples and expected lines, shared with the style tests.
STANDARD = Path(__file__).resolve().parents[1] / "data" / "gbt7714"


def through_bib(entry: Entry) -> Entry:
    """``entry`` as a style sees it after it was written to refs.bib and read back."""
    return parse_string(format_bibtex("k", entry), "bibtex").entries["k"]
