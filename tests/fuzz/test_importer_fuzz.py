"""Fuzzing the importer: any bytes, any encoding, any damage to a real article.

Beyond ``tests/importer/test_properties.py`` (which builds texts from a small
alphabet): raw bytes through the whole pipeline, the encodings and line ends
the decoder documents as equivalent, and the bundled article cut, repeated
and spliced at random. Properties:

- any input gives an :class:`~wenxian.model.Article` or a
  :class:`~wenxian.errors.WenxianError` carrying the file it was given and a
  hint — never another exception;
- UTF-8 with or without BOM, UTF-16 with BOM and GB18030 read the same;
  CRLF, CR and LF read the same (:mod:`wenxian.importer.decode`);
- the MyST of an article is deterministic and ends in exactly one newline;
  each reference of the text's own list points at a line of the text.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from tests.fuzz.budget import fuzz_settings
from wenxian.errors import WenxianError
from wenxian.importer import ImportOptions, read_article, read_text
from wenxian.importer.decode import MAX_NONSENSE_SHARE, nonsense_share
from wenxian.myst_writer import write_myst
from wenxian.refparse import entries_from_reference_list

ARTICLE = Path(__file__).resolve().parents[2] / "source" / "raw" / "article.txt"
ARTICLE_LINES = ARTICLE.read_text(encoding="utf-8").splitlines()
FILE = "fuzz/input.txt"

# Pieces of PDF-extracted Chinese articles: labels, marks, headings, page furniture.
PIECES = [
    "摘要：", "[摘　 要]", "关键词：", "[关键词]", "参考文献", "[参考文献]", "Abstract:", "Key words:",
    "一、", "（一）", "1.1 ", "二、新质生产力", "[1]", "[2,3]", "[4-6]", "[9-2]", "[0]", " [12] ",
    "第 3 页", "学报 · 2024 · ", "12", "doi:10.1/x", "“", "”", "《", "》", "，", "。", "\u3000",
    "\n", "\n\n", " ", "re-\nform", "{", "}", "\\", "`", "$", "#", "<b>", "---", ":::", "```",
    "习近平. 论[M]. 北京: 人民出版社, 2024: 1-2.", "[1] 甲. 文[J]. 刊, 2020(1): 3-4.",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=40).map("".join)


def _check(article, text_lines: int) -> None:
    numbers = [item.number for cite in article.citations() for item in cite.items]
    keys = [f"k{n}" for n in range(1, max(numbers, default=0) + 1)]
    out = write_myst(article, keys, slug="p")
    assert out.endswith("\n") and not out.endswith("\n\n")
    assert write_myst(article, keys, slug="p") == out
    for ref in article.references:
        assert 1 <= ref.line <= max(text_lines, 1), ref
    try:
        entries = entries_from_reference_list(article.references)
    except WenxianError as err:
        assert err.line in {ref.line for ref in article.references}
        return
    assert len({key.lower() for key, _ in entries}) == len(entries) == len(article.references)


def _read(data: bytes):
    try:
        return read_article(data, file=FILE)
    except WenxianError as err:
        assert err.file == FILE and err.message and err.hint, err
        return None


@fuzz_settings()
@given(st.binary(max_size=3000))
@example(b"\t \r\n")  # found by fuzzing: white space only was refused without a hint
def test_any_bytes_give_an_article_or_a_clear_error(data: bytes) -> None:
    article = _read(data)
    if article is not None:
        _check(article, data.count(b"\n") + data.count(b"\r") + 1)


@fuzz_settings()
@given(texts)
@example("\x00")  # found by fuzzing: a NUL read from UTF-16 became a paragraph
def test_encodings_and_line_ends_read_the_same(text: str) -> None:
    text = text.replace("\r", "")
    reference = _read(text.encode("utf-8"))
    variants = [text.encode("utf-8-sig"), text.encode("utf-16"), text.replace("\n", "\r\n").encode("utf-8"),
                text.replace("\n", "\r").encode("utf-8")]
    for data in variants:
        if data.startswith(b"\xff\xfe") and nonsense_share(text) > MAX_NONSENSE_SHARE:
            # Issue 11: behind a UTF-16 BOM, mostly private-use code points mean
            # the bytes were not UTF-16; the same characters in UTF-8 are kept.
            assert _read(data) is None
            continue
        assert _read(data) == reference, data[:80]


@fuzz_settings(0.5)
@given(st.lists(st.sampled_from(PIECES[:30]) | st.text(alphabet="新质生产力发展改革，。", max_size=8), max_size=30).map("".join))
def test_gb18030_reads_as_utf8_does(text: str) -> None:
    data = text.encode("gb18030")
    gb = _read(data)
    if gb is not None:  # GB18030 is a guess the decoder may refuse; when it reads, it reads right
        assert gb == _read(text.encode("utf-8"))


@st.composite
def damaged_articles(draw) -> str:
    """The bundled article with a few lines cut, repeated or spliced with pieces."""
    lines = list(ARTICLE_LINES)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["cut", "repeat", "splice", "truncate"]))
        if action == "cut":
            del lines[at : at + draw(st.integers(1, 40))]
        elif action == "repeat":
            lines[at:at] = lines[at : at + draw(st.integers(1, 10))]
        elif action == "splice":
            line = lines[at] if lines else ""
            cut = draw(st.integers(0, len(line)))
            lines[at:at + 1] = [line[:cut] + draw(texts) + line[cut:]]
        else:
            lines = lines[: at + 1]
        if not lines:
            lines = [""]
    return "\n".join(lines) + "\n"


@fuzz_settings(0.5)
@given(damaged_articles(), st.booleans())
def test_a_damaged_article_is_read_or_refused(text: str, strip_page_marks: bool) -> None:
    options = ImportOptions(strip_page_marks=strip_page_marks)
    try:
        article = read_text(text, file=FILE, options=options)
    except WenxianError as err:
        assert err.file == FILE and err.message and err.hint, err
        return
    _check(article, text.count("\n") + 1)
    assert read_text(text, file=FILE, options=options) == article
