"""Property tests: line joining and paragraph logic never crash and never lose
or add an ideograph, whatever the layout of the text."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from wenxian.errors import WenxianError
from wenxian.importer import ImportOptions, read_text
from wenxian.importer.chars import han_chars
from wenxian.importer.citations import CITATION, cited_numbers
from wenxian.model import Heading
from wenxian.myst_writer import write_myst

# Ideographs that cannot spell a front-matter label (摘要, 关键词, 参考文献 …),
# plus the punctuation, spaces, indents, brackets and Latin the extractor emits.
ALPHABET = st.sampled_from(
    list("新质生产力发展改革一二三全面深化")
    + list("，。、；：！？“”《》（）,.;:!?()[]-—…")
    + [" ", " ", "\u3000", "\n", "\n", "\n\n", " \n", "\n \u3000 \u3000 "]
    + list("abcXYZ0123456789")
    + ["[1]", "[2]3", "[1,2]", "[1-3]", "一、", "（一）", "1.1 ", "re-\nform"]
)
TEXTS = st.lists(ALPHABET, min_size=1, max_size=120).map("".join)
OPTIONS = ImportOptions(strip_page_marks=False)


def ideographs_of(article) -> Counter[str]:
    found: Counter[str] = Counter()
    meta = article.meta
    for text in (meta.title, meta.abstract, meta.en_title, meta.en_abstract, *meta.authors, *meta.keywords, *meta.affiliations):
        found.update(han_chars(text or ""))
    for value in meta.journal.values():
        found.update(han_chars(value))
    for block in article.blocks:
        found.update(han_chars(block.text if isinstance(block, Heading) else block.plain_text()))
    for entry in article.references:
        found.update(han_chars(entry.text))
    return found


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_no_crash_and_no_ideograph_lost(text: str) -> None:
    try:
        article = read_text(text, options=OPTIONS)
    except WenxianError:
        return  # e.g. a range like [3-1]: reported, not a crash
    assert ideographs_of(article) == Counter(han_chars(text))
    numbers = [item.number for cite in article.citations() for item in cite.items]
    keys = [f"k{n}" for n in range(1, max(numbers, default=0) + 1)]
    out = write_myst(article, keys, slug="p")
    assert out.endswith("\n") and not out.endswith("\n\n")
    assert write_myst(read_text(text, options=OPTIONS), keys, slug="p") == out


@example("改革[1]-[1]。新[2]-[1]质[0]")  # found by a helper's run: marks that stay text
@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_citation_sequence_is_preserved(text: str) -> None:
    try:
        article = read_text(text, options=OPTIONS)
    except WenxianError:
        return
    # Where no mark spans lines ("[1]-" + "[2]", "[1" + "]": the importer joins the lines and reads
    # one mark, as it should), the raw text's own marks, line by line, are what the article must
    # cite, in the same order — all but those that cannot be citations ("[0]", "[2]-[1]",
    # "[1]-[1]"), which stay text.
    by_line = [m for line in text.split("\n") for m in CITATION.finditer(line.strip())]
    assume([m.group(0) for m in by_line] == [m.group(0) for m in CITATION.finditer(re.sub(r"\s*\n\s*", "\n", text))])
    expected = [m.group(0) for m in by_line if cited_numbers(m.group(1), m.group(2))[1] is None]
    assert [c.raw for c in article.citations()] == expected


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["第 1 页\n", "学报 · 2024 ·\n", "12\n", "摘要：", "关键词：", "参考文献\n", "[1] 文献.\n", "Abstract:\n", "Key\nwords:"]) | TEXTS, max_size=12).map("".join))
def test_default_options_never_crash(text: str) -> None:
    """With every step on (labels, page marks, reference lists), any text is
    either read or refused with a WenxianError."""
    try:
        article = read_text(text)
    except WenxianError:
        return
    numbers = [item.number for cite in article.citations() for item in cite.items]
    write_myst(article, [f"k{n}" for n in range(1, max(numbers, default=0) + 1)], slug="p")


def test_a_citation_after_a_numbered_lead_is_kept() -> None:
    """Found by the property above: "1.1 [1]:新" read "1.1 [1]:" as a run-in lead, and the
    citation went with it into plain text."""
    article = read_text("1.1 [1]:新", options=OPTIONS)
    assert [c.raw for c in article.citations()] == ["[1]"]
