"""Every example of the standards, formatted, against its expected line.

`names_only` examples are a single block of an entry (mostly the names): the
first block of the formatted entry is compared with it. Deviations from the
expected text are only those in tests/data/gbt7714/deviations.toml.
"""

from __future__ import annotations

import pytest

from wenxian.gbt7714 import format_blocks, format_entry

from .conftest import deviations, examples_bib, expected_lines

EDITIONS = ("2015", "2025")


def _expected(edition: str, key: str) -> str:
    text = expected_lines(edition)[key]["text"]
    for dev in deviations():
        if dev["edition"] == edition and key in dev["keys"]:
            text = text.replace(dev["find"], dev["replace"])
    return text


def _cases():
    return [pytest.param(edition, key, id=f"{edition}-{key}")
            for edition in EDITIONS for key in expected_lines(edition)]


def _first_block(entry, edition: str) -> str:
    block = format_blocks(entry, edition=edition)[0]
    return block if block.endswith((".", "?", "!")) else block + "."


@pytest.mark.parametrize(("edition", "key"), _cases())
def test_example(edition: str, key: str, record_match) -> None:
    entry = examples_bib(edition).entries[key]
    expected = _expected(edition, key)
    if expected_lines(edition)[key]["names_only"]:
        got = _first_block(entry, edition)
    else:
        got = format_entry(entry, edition=edition)
    record_match(edition, got == expected)
    assert got == expected


def test_every_deviation_names_a_known_example() -> None:
    for dev in deviations():
        assert dev["edition"] in EDITIONS and dev["reason"].strip()
        known = expected_lines(dev["edition"])
        assert dev["keys"] and all(key in known for key in dev["keys"])
        for key in dev["keys"]:  # a deviation the expected line no longer needs is stale
            assert dev["find"] in known[key]["text"], f"stale deviation for {key}: {dev['find']!r}"
