"""The lossless .bib reader and canonical writer (wenxian.bibfmt, ``refs fmt``).

Fixtures in ``fmt_cases/``: ``NAME.in.bib`` is written as ``NAME.out.bib``
(``bundled`` is the project's refs.bib, already canonical). ``errors.txt``
lists broken files with the position and message expected. A hypothesis
property: parse → write → parse gives the same data, and writing is idempotent.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pybtex.database import parse_string

from wenxian.bibfmt import (
    BibDocument, Comment, Entry, Field, Literal, Macro, Preamble, StringDef, Text,
    duplicate_keys, parse_bib, write_bib,
)
from wenxian.errors import WenxianError

HERE = Path(__file__).parent
# pybtex (which Sphinx uses) starts an entry at any '@', even after '%'.
PYBTEX_CANNOT = {"percent-at"}
CASES = sorted(p.name.removesuffix(".in.bib") for p in (HERE / "fmt_cases").glob("*.in.bib"))


def _error_cases() -> list[tuple[str, str]]:
    text = (HERE / "errors.txt").read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.startswith("# "))
    cases = []
    for chunk in body.split("\n---\n"):
        source, expected = chunk.rsplit("\n=> ", 1)
        cases.append((source.strip("\n") + "\n", expected.strip()))
    return cases


@pytest.mark.parametrize("name", CASES)
def test_canonical_layout(name: str) -> None:
    source = (HERE / "fmt_cases" / f"{name}.in.bib").read_text(encoding="utf-8")
    expected = (HERE / "fmt_cases" / f"{name}.out.bib").read_text(encoding="utf-8")
    doc = parse_bib(source)
    assert write_bib(doc) == expected
    assert parse_bib(expected).data() == doc.data()
    assert write_bib(parse_bib(expected)) == expected


@pytest.mark.parametrize("name", [c for c in CASES if c not in PYBTEX_CANNOT])
def test_pybtex_reads_the_canonical_text_alike(name: str) -> None:
    source = (HERE / "fmt_cases" / f"{name}.in.bib").read_text(encoding="utf-8")
    before = parse_string(source, "bibtex")
    after = parse_string(write_bib(parse_bib(source)), "bibtex")
    assert list(before.entries) == list(after.entries)
    for key, entry in before.entries.items():
        assert {k.lower(): v for k, v in entry.fields.items()} == dict(after.entries[key].fields)
        assert {r: [str(p) for p in ps] for r, ps in entry.persons.items()} == {
            r: [str(p) for p in ps] for r, ps in after.entries[key].persons.items()}


@pytest.mark.parametrize("source,expected", _error_cases())
def test_syntax_errors_say_where_and_what(source: str, expected: str) -> None:
    with pytest.raises(WenxianError) as info:
        parse_bib(source, "x.bib")
    err = info.value
    assert f"{err.line}:{err.column}: {err.message}" == expected
    assert err.file == "x.bib" and err.hint


def test_a_comment_line_between_fields_is_read_by_check_and_refused_by_fmt() -> None:
    """``%  note = {…},`` between two fields: check reads it as TeX's comment (papis's test
    file); refs fmt, whose layout has no place for it, says so instead of dropping it."""
    source = "@article{a,\n  title = {T},\n%  note = {old},\n  year = {2010},\n}\n"
    doc = parse_bib(source, "x.bib", comment_lines=True)
    assert [f.name for f in doc.entries[0].fields] == ["title", "year"]
    with pytest.raises(WenxianError) as info:
        parse_bib(source, "x.bib")
    assert (info.value.line, info.value.column) == (3, 1)
    assert "comment" in info.value.message and "above the entry" in info.value.hint


def test_duplicate_keys_ignore_case() -> None:
    doc = parse_bib("@book{a, title={1}}\n@book{b, title={2}}\n\n@misc{A,}\n")
    [(first, again)] = duplicate_keys(doc)
    assert (first.key, first.line, again.key, again.line) == ("a", 1, "A", 4)


# --- the property ------------------------------------------------------------

def _balanced_text(alphabet: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    plain = st.text(alphabet, max_size=12)
    return st.recursive(plain, lambda inner: st.builds(
        lambda a, b, c: a + "{" + b + "}" + c, plain, inner, plain), max_leaves=4)


TEXT_CHARS = st.sampled_from(list("ab Z09,=#@%\"'()\\-:.") + ["中", "文", "，", "\n", "\t"])
NAMES = st.from_regex(r"[a-z][a-z0-9_\-]{0,10}", fullmatch=True)
KEYS = st.from_regex(r"[A-Za-z][A-Za-z0-9_:\-]{0,12}", fullmatch=True)
LITERAL = st.builds(Literal, _balanced_text(TEXT_CHARS))
MACRO = st.builds(Macro, NAMES.filter(lambda n: not n.isdigit()))
VALUE = st.lists(st.one_of(LITERAL, MACRO), min_size=1, max_size=3).map(tuple)
ENTRY = st.builds(
    Entry, type=NAMES.filter(lambda n: n not in ("comment", "string", "preamble")),
    key=KEYS, fields=st.lists(st.builds(Field, NAMES, VALUE), max_size=5,
                              unique_by=lambda f: f.name).map(tuple))
FREE = st.lists(
    st.one_of(st.text(st.sampled_from(list("ab 中文.,;:}")), min_size=1, max_size=15),
              st.text(st.sampled_from(list("ab @{}中")), max_size=15).map(lambda t: "% " + t)),
    min_size=1, max_size=3).map("\n".join)
BLOCK = st.one_of(
    ENTRY,
    st.builds(StringDef, NAMES.filter(lambda n: not n.isdigit()), VALUE),
    st.builds(Preamble, VALUE),
    st.builds(Comment, _balanced_text(st.sampled_from(list("ab 中%@\n")))),
    st.builds(Text, FREE),
)


def _separate(blocks: list) -> tuple:
    """Free text never follows free text (the reader would see one block)."""
    out: list = []
    for block in blocks:
        if isinstance(block, Text) and out and isinstance(out[-1], Text):
            continue
        out.append(block)
    return tuple(out)


@settings(max_examples=300, deadline=None)
@given(st.lists(BLOCK, max_size=6).map(_separate))
def test_parse_write_parse_keeps_the_data(blocks: tuple) -> None:
    doc = BibDocument(blocks)
    text = write_bib(doc)
    again = parse_bib(text)
    assert again.data() == doc.data()
    assert write_bib(again) == text
