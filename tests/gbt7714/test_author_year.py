"""Author-year (著者-出版年制) lists: order, year after the names, 2010a/2010b.

No expected data comes with the standards for this system: the cases in
tests/data/gbt7714/author-year.bib were written from the standard's rules
(see the comment at the top of that file) and the expected lists, one per
edition, were checked by hand against them.
"""

from __future__ import annotations

import pytest
from pybtex.database import parse_file

from wenxian.gbt7714 import format_bibliography, format_entry

from .conftest import DATA


def _expected(edition: str) -> list[tuple[str, str]]:
    lines = (DATA / f"author-year-{edition}.tsv").read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t", 1)) for line in lines]


@pytest.mark.parametrize("edition", ["2015", "2025"])
def test_author_year_list(edition: str) -> None:
    bib = parse_file(str(DATA / "author-year.bib"))
    assert format_bibliography(bib, edition=edition, system="author-year") == _expected(edition)


def test_language_groups_come_in_the_standards_order() -> None:
    keys = [key for key, _ in _expected("2015")]
    chinese, japanese = keys.index("zhang1997"), keys.index("maruyama")
    western, russian = keys.index("stieg1981"), keys.index("kocetkov")
    assert chinese < japanese < western < russian


def test_single_entry_has_no_year_letter() -> None:
    bib = parse_file(str(DATA / "author-year.bib"))
    text = format_entry(bib.entries["wang2010a"], edition="2025", system="author-year")
    assert text.startswith("王临惠，支建刚，王忠一，2010. ")
