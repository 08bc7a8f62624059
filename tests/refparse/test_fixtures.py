"""Fixture cases: wrapped, real-world reference lines beside their BibTeX.

``tests/data/refparse/wrapped.txt`` holds the cases; adding one is adding
text. Each input is split with ``split_reference_list`` (it must give exactly
one reference), parsed, keyed and written as refs.bib would hold it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from tests.refparse.conftest import DATA, through_bib
from wenxian.bibfile import format_bibtex
from wenxian.bibkeys import make_key
from wenxian.refparse import parse_reference, split_reference_list


@dataclass(frozen=True)
class Case:
    title: str
    source: str
    expected: str


def load_cases(text: str) -> list[Case]:
    """The cases of a fixture file (see the file's header)."""
    cases = []
    for block in re.split(r"^## ", text, flags=re.M)[1:]:
        title, _, body = block.partition("\n")
        source, expected, rest = body.split("\n.\n", 2) if body.count("\n.\n") >= 2 else (
            body, "", "")
        assert not rest.strip(), f"text after the expected output in case {title!r}"
        cases.append(Case(title.strip(), source, expected.strip() + "\n"))
    return cases


CASES = load_cases((DATA / "wrapped.txt").read_text(encoding="utf-8"))


def render(source: str) -> str:
    refs = split_reference_list(source)
    assert len(refs) == 1, f"expected one reference, got {len(refs)}"
    entry = parse_reference(refs[0][1])
    return format_bibtex(make_key(entry), entry)


@pytest.mark.parametrize("case", CASES, ids=[c.title for c in CASES])
def test_fixture(case: Case) -> None:
    assert render(case.source) == case.expected


@pytest.mark.parametrize("case", CASES, ids=[c.title for c in CASES])
def test_fixture_survives_bibtex(case: Case) -> None:
    """What is written reads back as the same entry."""
    refs = split_reference_list(case.source)
    entry = parse_reference(refs[0][1])
    again = through_bib(entry)
    assert format_bibtex("k", again) == format_bibtex("k", entry)


def test_cases_are_many() -> None:
    assert len(CASES) >= 15
