"""A poem quoted as verse — short lines set one under another, each centred in the column — is one
paragraph a stanza: before session 12 each line ended its paragraph (short, a sentence's end) and
the first ran on into the paragraph introducing it ("…写道：" + the poem's first line); the import
corpus's zhouxing-shige, 0.77–0.83 paragraph F1 on the PDF reader. A block quotation set in alike
from both edges, its lines wrapped where the measure ends, stays one quotation, and goes on over a
page's end. The lines here are the test's own."""

from __future__ import annotations

from wenxian.pdfreader.blocks import body_blocks
from wenxian.pdfreader.document import Glyph
from wenxian.pdfreader.lines import PdfLine
from wenxian.pdfreader.zones import Layout, Zoned

LEFT, RIGHT = 50.0, 350.0  # the column's edges: 30 characters of 10 pt
LAYOUT = Layout(body_size=10.0, leading=12.0, columns={(1, 0): (LEFT, RIGHT), (2, 0): (LEFT, RIGHT)})


def _line(text: str, x0: float, top: float, size: float = 10.0, page: int = 1) -> Zoned:
    glyphs = [Glyph(c, x0 + k * size, x0 + (k + 1) * size, top, top + size, top + 0.85 * size, size, "SimSun", False)
              for k, c in enumerate(text)]
    return Zoned(PdfLine(page, glyphs))


def _centred(text: str, top: float, page: int = 1) -> Zoned:
    return _line(text, LEFT + (RIGHT - LEFT - 10.0 * len(text)) / 2, top, page=page)


def _paragraphs(lines: list[Zoned]) -> list[str]:
    return ["".join(line.text for line in block.lines) for block in body_blocks(lines, LAYOUT) if block.kind == "paragraph"]


BODY = "甲" * 28 + "，"  # a paragraph's first line, after a two-character indent
FULL = "乙" * 29 + "，"
POEM = ["春水生时过远汀，", "孤帆一片入烟青。", "篷窗夜夜听风雨，", "不见江头旧驿亭。"]


def test_a_stanzas_centred_lines_make_one_paragraph() -> None:
    lines = [_line(BODY, LEFT + 20, 100), _line("其诗云：", LEFT, 112)]
    lines += [_centred(text, 126 + 12 * k) for k, text in enumerate(POEM)]
    lines += [_line(BODY, LEFT + 20, 178), _line("完。", LEFT, 190)]
    assert _paragraphs(lines) == [BODY + "其诗云：", "".join(POEM), BODY + "完。"]


def test_a_wider_step_parts_two_stanzas_and_a_page_end_does_not() -> None:
    first, second = ["细草微风岸，", "危樯独夜舟。"], ["星垂平野阔，", "月涌大江流。", "名岂文章著，"]
    lines = [_line(BODY, LEFT + 20, 100), _line("词云：", LEFT, 112)]
    lines += [_centred(first[0], 126), _centred(first[1], 138)]
    lines += [_centred(second[0], 156), _centred(second[1], 168)]  # 18 pt down: a stanza's break
    lines += [_centred(second[2], 50, page=2)]  # the stanza goes on over the page
    lines += [_line("后文。" + "丙" * 24, LEFT, 64, page=2)]
    assert _paragraphs(lines) == [BODY + "词云：", "".join(first), "".join(second), "后文。" + "丙" * 24]


def test_a_quotation_set_in_from_both_edges_is_no_stanza() -> None:
    # 26 characters of 9 pt set in 18 pt each side, wrapped where the measure ends: a quotation
    quote = ["丁" * 12 + "，" + "丁" * 13, "戊" * 26, "己" * 9 + "。"]
    lines = [_line(BODY, LEFT + 20, 100), _line("序曰：", LEFT, 112)]
    lines += [_line(text, LEFT + 33, 126 + 11 * k, 9.0) for k, text in enumerate(quote)]
    lines += [_line(BODY, LEFT + 20, 165), _line("完。", LEFT, 177)]
    assert _paragraphs(lines) == [BODY + "序曰：", "".join(quote), BODY + "完。"]


def test_a_quotation_goes_on_over_a_page() -> None:
    quote = ["丁" * 26, "戊" * 26, "己" * 9 + "。"]
    lines = [_line(BODY, LEFT + 20, 500), _line("序曰：", LEFT, 512)]
    lines += [_line(quote[0], LEFT + 33, 526, 9.0), _line(quote[1], LEFT + 33, 537, 9.0)]
    lines += [_line(quote[2], LEFT + 33, 50, 9.0, page=2), _line(BODY, LEFT + 20, 64, page=2)]
    assert _paragraphs(lines) == [BODY + "序曰：", "".join(quote), BODY]


def test_one_line_paragraphs_in_body_type_stay_apart_over_a_page() -> None:
    # a one-line paragraph indented in body type at a page's foot, another at the next one's head
    lines = [_line(FULL, LEFT, 500), _line("庚" * 26 + "。", LEFT + 20, 512),
             _line("辛" * 26 + "。", LEFT + 20, 50, page=2)]
    assert len(_paragraphs(lines)) == 3
