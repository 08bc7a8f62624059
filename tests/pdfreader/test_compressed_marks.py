"""Compressed punctuation: a comma and an opening quotation mark set in one em ("，“"), the quotation
mark's box starting before the comma's though its ink stands after it. Before session 12 glyphs were
ordered by their boxes' left edges and the line read "窗口“，山川" (the import corpus's zhouxing-shige on
the PDF reader). The glyphs here are the test's own, placed as XeLaTeX places them."""

from __future__ import annotations

from wenxian.pdfreader.document import Glyph
from wenxian.pdfreader.lines import PdfLine


def _glyph(char: str, x0: float, width: float = 10.0, size: float = 10.0) -> Glyph:
    return Glyph(char, x0, x0 + width, 100.0, 110.0, 108.5, size, "NotoSerifCJK", False)


def test_a_comma_before_an_opening_quote_in_one_em_reads_in_order() -> None:
    glyphs = [_glyph("窗", 334.9), _glyph("口", 344.86), _glyph("“", 354.26), _glyph("，", 354.82), _glyph("山", 364.22)]
    assert PdfLine(1, glyphs).text == "窗口，“山"


def test_an_opening_quote_after_a_character_stays_where_it_is() -> None:
    glyphs = [_glyph("说", 100.0), _glyph("“", 110.0), _glyph("好", 120.0), _glyph("”", 130.0), _glyph("。", 135.0)]
    assert PdfLine(1, glyphs).text == "说“好”。"


def test_a_narrow_latin_quote_keeps_its_place() -> None:
    glyphs = [_glyph("a", 100.0, 5.0), _glyph("“", 105.0, 4.4), _glyph("b", 108.9, 5.0)]
    assert PdfLine(1, glyphs).text.replace(" ", "") == "a“b"
