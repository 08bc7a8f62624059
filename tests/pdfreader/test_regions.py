"""Tables from rules, from glyph and rule positions alone (no PDF needed): rules that frame prose
are no table (round 11e)."""

from __future__ import annotations

from wenxian.pdfreader.document import Glyph, Graphic, Page
from wenxian.pdfreader.lines import _rows, page_lines
from wenxian.pdfreader.regions import find_regions

SIZE = 10.5


def row(text: str, x0: float, top: float, size: float = SIZE) -> list[Glyph]:
    return [Glyph(c, x0 + k * size, x0 + (k + 1) * size, top, top + size, top + 0.85 * size, size, "SimSun", False)
            for k, c in enumerate(text)]


def rule(top: float, x0: float = 60.0, x1: float = 530.0) -> Graphic:
    return Graphic("path", x0, top, x1, top + 0.7)


def test_a_header_rule_over_a_footnote_rule_frames_the_pages_prose() -> None:
    glyphs = []
    for k in range(8):
        glyphs += row("正文的一行文字，写到这里，又接着写下去。还有更多的文字排在这一行里面", 60, 100 + 16 * k)
    page = Page(1, 595.0, 842.0, glyphs, [rule(80), rule(700)])
    assert find_regions(page, _rows(page.glyphs)) == []


def test_rules_round_cells_drawn_cell_by_cell_make_a_table() -> None:
    glyphs, rules = [], []
    for k, cells in enumerate([("维度", "指标", "权重"), ("参与度", "参与人次", "0.18"), ("满意度", "总体满意度", "0.21")]):
        for j, cell in enumerate(cells):
            glyphs += row(cell, 220 + 60 * j, 104 + 21 * k)
        for j in range(3):  # a web page's border: one segment a cell
            rules.append(rule(100 + 21 * k, 218 + 60 * j, 278 + 60 * j))
    rules += [rule(163, 218 + 60 * j, 278 + 60 * j) for j in range(3)]
    page = Page(1, 595.0, 842.0, glyphs, rules)
    (table,) = find_regions(page, _rows(page.glyphs))
    assert (table.kind, table.x0, table.x1) == ("table", 218, 398)
    # Its cell gaps are no gutter: each row is one line, read top to bottom.
    assert [line.text for line in page_lines(page)] == ["维度 指标 权重", "参与度 参与人次 0.18", "满意度 总体满意度 0.21"]


def test_a_superscript_wrapped_to_the_start_of_a_line_joins_it() -> None:
    glyphs = row("通过读书会等方式提高活动的持续性", 60, 100)
    glyphs += [Glyph(c, 60 + k * 4.5, 60 + (k + 1) * 4.5, 113, 120.5, 120.0, 7.0, "SimSun", False) for k, c in enumerate("[4,8]")]
    glyphs += row("。", 83, 116)
    lines = page_lines(Page(1, 595.0, 842.0, glyphs))
    assert [line.text for line in lines] == ["通过读书会等方式提高活动的持续性", "[4,8]。"]
    assert [run.superscript for run in lines[1].runs()] == [True, False]
