"""Round trip on the standard's examples: line → entry → line.

Every expected line of both editions (not ``names_only``) is parsed, written
to BibTeX, read back and formatted by :mod:`wenxian.gbt7714`; the text must be
the line again. Exceptions and their reasons are data in ``roundtrip.toml``.
Run with ``-rA`` to see the rate per edition in the summary.
"""

from __future__ import annotations

import json
import tomllib

import pytest
from pybtex.database import Entry, parse_file

from tests.refparse.conftest import DATA, STANDARD, through_bib
from wenxian.errors import WenxianError
from wenxian.gbt7714 import format_entry, format_names_block
from wenxian.refparse import parse_reference
from wenxian.refparse.names import parse_names

EDITIONS = ("2015", "2025")
EXCEPTIONS = tomllib.loads((DATA / "roundtrip.toml").read_text(encoding="utf-8"))


def _lines(edition: str) -> dict[str, str]:
    data = json.loads((STANDARD / f"gbt7714-{edition}-numeric.json").read_text(encoding="utf-8"))
    return {key: item["text"] for key, item in data.items() if not item["names_only"]}


LINES = {edition: _lines(edition) for edition in EDITIONS}
CASES = [(edition, key) for edition in EDITIONS for key in LINES[edition]]


def _listed(table: str, edition: str) -> list[str]:
    return EXCEPTIONS.get(table, {}).get(edition, [])


@pytest.fixture(scope="module")
def examples() -> dict[str, object]:
    return {e: parse_file(str(STANDARD / f"gbt7714-{e}-examples.bib")) for e in EDITIONS}


@pytest.mark.parametrize(("edition", "key"), CASES, ids=[f"{e}-{k}" for e, k in CASES])
def test_round_trip(edition: str, key: str, examples) -> None:
    line = LINES[edition][key]
    if key in _listed("fragment", edition) or key in _listed("unsupported", edition):
        with pytest.raises(WenxianError):
            parse_reference(line)
        return
    text = format_entry(through_bib(parse_reference(line)), edition=edition)
    if key in _listed("renders_as_example", edition):
        assert text != line, f"{key} now matches its line: remove it from roundtrip.toml"
        assert text == format_entry(examples[edition].entries[key], edition=edition)
    else:
        assert text == line


NAME_CASES = [(e, k) for e in EDITIONS for k in _listed("names", e)]


@pytest.mark.parametrize(("edition", "key"), NAME_CASES, ids=[f"{e}-{k}" for e, k in NAME_CASES])
def test_name_block_round_trip(edition: str, key: str) -> None:
    data = json.loads((STANDARD / f"gbt7714-{edition}-numeric.json").read_text(encoding="utf-8"))
    block = data[key]["text"]
    entry = through_bib(Entry("book", persons={"author": parse_names(block.removesuffix("."))}))
    text = format_names_block(entry, edition=edition)
    if key in _listed("names_formatter", edition):
        assert text.rstrip(".") != block.rstrip("."), f"{key} now prints back: update the toml"
    else:
        assert text.rstrip(".") == block.rstrip(".")


def test_exceptions_name_real_examples() -> None:
    for name, table in EXCEPTIONS.items():
        if name.startswith("names"):
            continue
        for edition, keys in table.items():
            assert set(keys) <= set(LINES[edition]), f"unknown keys in roundtrip.toml: {edition}"


def test_round_trip_rate(record_property) -> None:
    """The share of lines that come back unchanged, per edition (printed with -s)."""
    for edition in EDITIONS:
        same = 0
        for line in LINES[edition].values():
            try:
                same += format_entry(through_bib(parse_reference(line)), edition=edition) == line
            except WenxianError:
                pass
        total = len(LINES[edition])
        record_property(f"round_trip_{edition}", f"{same}/{total}")
        print(f"round trip {edition}: {same}/{total} lines unchanged")
        listed = sum(len(_listed(t, edition)) for t in EXCEPTIONS if not t.startswith("names"))
        assert same == total - listed


def test_a_letter_spaced_two_character_name_is_one_name() -> None:
    """Journals set a two-character name three characters wide ("陈  亮") in their lists too."""
    from wenxian.refparse.parser import parse_reference

    entry = parse_reference("陈  亮，赵  敏. 太湖流域河网水系变化及其影响[J]. 地理学报，2019，74（2）：336-349.")
    assert [str(p) for p in entry.persons["author"]] == ["陈亮", "赵敏"]
    assert [str(p) for p in parse_names("欧阳 修")] == ["{欧阳 修}"]  # not two single characters: left as printed


def test_names_in_bibtex_form_in_a_gbt_list_are_one_person_each() -> None:
    """A style that prints the .bib's names as they are (seuthesix's GB/T list, round 12d; names written
    for this test): "Family, Given and Family, Given" — a given name in full after the comma, which a
    GB/T name never has — is one person per name, not a person per comma."""
    from wenxian.refparse.names import parse_names

    assert [str(p) for p in parse_names("Lind, Per")] == ["Lind, Per"]
    assert [str(p) for p in parse_names("Okoro, Ada and Berg, Karl-Erik")] == ["Okoro, Ada", "Berg, Karl-Erik"]
    assert [str(p) for p in parse_names("Okoro A, Berg K")] == ["Okoro, A.", "Berg, K."]  # GB/T's own: unchanged
