"""The parser never fails with anything but WenxianError, whatever the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pybtex.database import parse_string

from wenxian.bibfile import format_bibtex
from wenxian.bibkeys import make_key
from wenxian.errors import WenxianError
from wenxian.refparse import parse_reference, split_reference_list

# Pieces of real reference lines, so that generated text reaches deep into
# the parser rather than failing at the first check.
PIECES = [
    "习近平", ". ", ", ", ": ", "：", "，", "[J]", "[M]", "[N]", "[C]", "[EB/OL]", "[M/OL]",
    "// ", "等", "et al.", "译", "北京", "人民出版社", "2024", "(11)", "（1）", "4-8", "第1卷",
    "2024-02-02", "[2024-03-01]", "(2012-05-03)", "http://x.cn/a b", "DOI:10.1/x", "4th ed",
    "2 版", "PEEBLES P Z", "Jr", "U.S.", "[1]", "［2］", "3.", "\n", " ", "{", "}", "\\", "$",
    "GB/T 1—2010", "V1.0", "128cm×84cm", "1:25000", "A. T[M]. B: C, 2001.", "A. ",
    "T[J]. N, 2001, 2(3): 4-5.",
]
lines = st.one_of(
    st.text(max_size=80),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=25).map("".join),
)


@settings(max_examples=200, deadline=None)
@given(lines)
def test_parse_reference_raises_only_wenxian_error(line: str) -> None:
    try:
        entry = parse_reference(line)
    except WenxianError:
        return
    key = make_key(entry)
    assert key.isascii() and key
    text = format_bibtex(key, entry)
    again = parse_string(text, "bibtex").entries[key]  # refs.bib stays readable
    assert format_bibtex(key, again) == text


@settings(max_examples=200, deadline=None)
@given(lines)
def test_split_reference_list_never_fails(text: str) -> None:
    for number, joined, first in split_reference_list(text):
        assert number is None or number >= 0
        assert first >= 1
        assert "\n" not in joined
