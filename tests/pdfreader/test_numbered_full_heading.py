"""A numbered heading in body type that runs (nearly) to the column's edge, over a paragraph's
indented first line: a heading, though it is no short line (Chromium's PDFs name no fonts, so
no other face sets it apart). Before session 11 it ran into the paragraph above (the import
corpus's zhanshi-shuju, html-twocol). The lines are the test's own."""

from __future__ import annotations

from wenxian.pdfreader.blocks import body_blocks
from wenxian.pdfreader.document import Glyph
from wenxian.pdfreader.lines import PdfLine
from wenxian.pdfreader.zones import Layout, Zoned

LEFT, RIGHT = 50.0, 250.0  # 20 characters of 10 pt


def _line(text: str, x0: float, top: float) -> Zoned:
    glyphs = [Glyph(c, x0 + k * 10, x0 + (k + 1) * 10, top, top + 10, top + 8.5, 10.0, "SimSun", False)
              for k, c in enumerate(text)]
    return Zoned(PdfLine(1, glyphs))


def _blocks(lines: list[Zoned]) -> list[tuple[str, str]]:
    layout = Layout(body_size=10.0, leading=12.0, columns={(1, 0): (LEFT, RIGHT)})
    return [(b.kind, "".join(x.text for x in b.lines)) for b in body_blocks(lines, layout)]


def test_a_numbered_line_filling_the_column_over_an_indented_line_is_a_heading() -> None:
    head = "（二）地方书坊的刻本与坊间流通的诸种样态"  # 21 characters: past the edge, as justified lines run
    found = _blocks([_line("甲" * 18 + "，", LEFT + 20, 100), _line("乙" * 11 + "。", LEFT, 112),
                     _line(head, LEFT, 130), _line("丙" * 17 + "，", LEFT + 20, 146), _line("丁" * 9 + "。", LEFT, 158)])
    assert found[1] == ("heading", head)


def test_a_numbered_items_full_first_line_with_a_clause_stays_text() -> None:
    # "（2）…，" fills the line and holds a comma: an item's text, whatever follows it
    item = "（2）书坊刻本的流通，多赖行商往来于各府县"
    found = _blocks([_line("甲" * 18 + "，", LEFT + 20, 100), _line("乙" * 11 + "。", LEFT, 112),
                     _line(item, LEFT, 124), _line("丙" * 17 + "，", LEFT + 20, 136), _line("丁" * 9 + "。", LEFT, 148)])
    assert all(kind == "paragraph" for kind, _ in found)
