"""A one-column page on which a gutter was found beside one short line (session 11: a Chromium
page with a table, where "1.2 方法" under the table was set apart as a left column of its own):
the side column no page measures takes its page's edges, so the line is short in it and, numbered
in body type on a line of its own, a heading — not a paragraph whose line filled its own "column".
Glyph positions written for this test (no PDF needed)."""

from __future__ import annotations

from wenxian.pdfreader.blocks import body_blocks
from wenxian.pdfreader.document import Glyph
from wenxian.pdfreader.lines import PdfLine
from wenxian.pdfreader.zones import Zoned, measure

SIZE = 12.0


def line(text: str, x0: float, top: float, page: int, column: int = 0) -> PdfLine:
    glyphs = [Glyph(c, x0 + k * SIZE, x0 + (k + 1) * SIZE, top, top + SIZE, top + 0.85 * SIZE, SIZE, "SimSun", False)
              for k, c in enumerate(text)]
    return PdfLine(page, glyphs, column=column)


FULL = "正文的一行文字排满整整一行共计有二十四个汉字的宽度"  # 24 characters: 50–338


def page_lines() -> list[PdfLine]:
    out = [line(FULL, 50 + (SIZE * 2 if k == 0 else 0), 100 + 18 * k, 1) for k in range(8)]
    out += [line(FULL, 50, 100 + 18 * k, 2) for k in range(4)]
    out[-1] = line("这一段到这里就结束了。", 50, 100 + 18 * 3, 2)
    out.append(line("1.2 方法", 50, 200, 2, column=1))  # the side column of one short line
    out += [line(FULL, 50 + (SIZE * 2 if k == 0 else 0), 220 + 18 * k, 2) for k in range(4)]
    return out


def test_a_side_column_no_page_measures_takes_its_pages_edges() -> None:
    lines = page_lines()
    layout = measure(lines)
    assert layout.columns[(2, 1)] == layout.columns[(2, 0)]
    blocks = body_blocks([Zoned(x) for x in lines], layout)
    heading = next(b for b in blocks if b.lines[0].text.startswith("1.2"))
    assert heading.kind == "heading"


def test_a_ragged_column_whose_lines_share_no_right_edge_is_measured() -> None:
    # Session 13: a guide's page of lines of every length (commands, short items) had no right edge
    # a fifth of its lines end at, and measuring it raised ValueError out of `wenxian import`.
    lines = [line(FULL[: 4 + k], 50, 100 + 18 * k, 1) for k in range(15)]
    layout = measure(lines)
    left, right = layout.columns[(1, 0)]
    assert left == 50
    # three of the fifteen lines (a fifth) reach the edge: those of 16, 17 and 18 characters
    assert right == 50 + 16 * SIZE
