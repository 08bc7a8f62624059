"""The small parts of the styles: number runs, year suffixes, editions, role coverage."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sphinxcontrib.bibtex.domain import BibtexDomain

from wenxian.citestyle.author_year import GBTAuthorYearReferenceStyle
from wenxian.citestyle.compress import compress_runs
from wenxian.citestyle.numeric import GBTNumericReferenceStyle
from wenxian.citestyle.sphinx import edition_of
from wenxian.citestyle.years import year_with_suffix

CASES = [
    tuple(part.strip() for part in line.split("|"))
    for line in (Path(__file__).parent / "compress_cases.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]


def shown(labels: list[str]) -> str:
    return ",".join(
        f"{labels[run.first]}-{labels[run.last]}" if run.is_range else labels[run.first]
        for run in compress_runs(labels)
    )


@pytest.mark.parametrize(("labels", "expected"), CASES, ids=[c[0] for c in CASES])
def test_compression(labels: str, expected: str) -> None:
    assert shown(labels.split(",")) == expected


@given(st.lists(st.integers(min_value=1, max_value=30), max_size=12))
def test_runs_cover_every_label_once_in_order(numbers: list[int]) -> None:
    runs = compress_runs([str(n) for n in numbers])
    covered = [i for run in runs for i in range(run.first, run.last + 1)]
    assert covered == list(range(len(numbers)))
    for run in runs:
        assert numbers[run.first : run.last + 1] == list(range(numbers[run.first], numbers[run.last] + 1))


def test_a_longer_minimum_run_leaves_pairs_apart() -> None:
    assert [(r.first, r.last) for r in compress_runs(["1", "2", "4", "5", "6"], min_run=3)] == [
        (0, 0),
        (1, 1),
        (2, 4),
    ]


@pytest.mark.parametrize(
    ("year", "label", "expected"),
    [
        ("1975", "Kennedy et al.，1975a", "1975a"),
        ("1975", "KENNEDY et al., 1975b", "1975b"),
        ("2000", "陈登原，2000", "2000"),
        ("2000", "3", "2000"),  # numeric labels carry no suffix
        ("2000", "丁文详2000，2000aa", "2000aa"),
        ("2000", "2000a, x", "2000"),  # letters not at the end of the label are no suffix
        ("", "a", ""),
    ],
)
def test_year_suffix_comes_from_the_label(year: str, label: str, expected: str) -> None:
    assert year_with_suffix(year, label) == expected


@pytest.mark.parametrize(
    ("style", "edition"),
    [("gbt7714-2015", "2015"), ("gbt7714-2015-ay", "2015"), ("gbt7714-2025", "2025"), ("unsrt", "2025")],
)
def test_edition_of_the_list_style(style: str, edition: str) -> None:
    assert edition_of(style) == edition


@pytest.mark.parametrize("style", [GBTNumericReferenceStyle, GBTAuthorYearReferenceStyle])
def test_every_cite_role_has_a_form(style) -> None:
    assert set(BibtexDomain._role_names) <= set(style().role_names())
