"""Fixtures and the match-rate summary of the GB/T 7714 example suites."""

from __future__ import annotations

import json
import tomllib
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import pytest
from pybtex.database import BibliographyData, parse_file

DATA = Path(__file__).resolve().parent.parent / "data" / "gbt7714"

# edition → [passed, total]; filled by test_examples.py, printed at the end.
MATCHES: dict[str, list[int]] = defaultdict(lambda: [0, 0])


@lru_cache(maxsize=None)
def examples_bib(edition: str) -> BibliographyData:
    return parse_file(str(DATA / f"gbt7714-{edition}-examples.bib"))


@lru_cache(maxsize=None)
def expected_lines(edition: str) -> dict[str, dict]:
    return json.loads((DATA / f"gbt7714-{edition}-numeric.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def deviations() -> tuple[dict, ...]:
    with open(DATA / "deviations.toml", "rb") as handle:
        return tuple(tomllib.load(handle)["deviation"])


@pytest.fixture
def record_match():
    def record(edition: str, passed: bool) -> None:
        MATCHES[edition][1] += 1
        MATCHES[edition][0] += int(passed)
    return record


def pytest_terminal_summary(terminalreporter) -> None:
    if not MATCHES:
        return
    terminalreporter.section("GB/T 7714 example match rate")
    for edition in sorted(MATCHES):
        passed, total = MATCHES[edition]
        deviating = sum(len(d["keys"]) for d in deviations() if d["edition"] == edition)
        terminalreporter.write_line(
            f"GB/T 7714—{edition}: {passed}/{total} examples match "
            f"({100 * passed / total:.1f} %; {deviating} of them through a listed deviation)"
        )
