"""A block quotation set in from the column's edge (smaller type, every line indented alike) is one
paragraph, not one a line: before session 11 each of its lines opened a paragraph by its "first-line
indent" (the import corpus's zhanshi-shuju, 0.59–0.75 paragraph F1 on the PDF reader). The lines
here are the test's own."""

from __future__ import annotations

from wenxian.pdfreader.blocks import body_blocks
from wenxian.pdfreader.document import Glyph
from wenxian.pdfreader.lines import PdfLine
from wenxian.pdfreader.zones import Layout, Zoned

LEFT, RIGHT = 50.0, 350.0  # the column's edges: 30 characters of 10 pt


def _line(text: str, x0: float, top: float, size: float = 10.0) -> Zoned:
    glyphs = [Glyph(c, x0 + k * size, x0 + (k + 1) * size, top, top + size, top + 0.85 * size, size, "SimSun", False)
              for k, c in enumerate(text)]
    return Zoned(PdfLine(1, glyphs))


def _paragraphs(lines: list[Zoned]) -> list[str]:
    layout = Layout(body_size=10.0, leading=12.0, columns={(1, 0): (LEFT, RIGHT)})
    return ["".join(line.text for line in block.lines) for block in body_blocks(lines, layout) if block.kind == "paragraph"]


BODY = "甲" * 28 + "，"  # a line of body text running to the column's edge (after a two-character indent)
FULL = "乙" * 29 + "，"
QUOTED = "丙" * 28 + "。"  # 29 characters of 9 pt from 25 pt in: the quotation's measure, full


def test_a_block_quotations_lines_make_one_paragraph() -> None:
    lines = [
        _line(BODY, LEFT + 20, 100), _line("引文如下：", LEFT, 112),
        _line("丁" * 28 + "，", LEFT + 25, 130, 9.0), _line(QUOTED, LEFT + 25, 141, 9.0),
        _line("戊" * 10 + "。", LEFT + 25, 152, 9.0),
        _line(BODY, LEFT + 20, 170), _line("完。", LEFT, 182),
    ]
    assert _paragraphs(lines) == [BODY + "引文如下：", "丁" * 28 + "，" + QUOTED + "戊" * 10 + "。", BODY + "完。"]


def test_indented_one_line_paragraphs_in_body_type_stay_apart() -> None:
    # each a sentence of its own, indented alike and about as long: no quotation (the body's type)
    lines = [_line("己" * 27 + "。", LEFT + 20, 100), _line("庚" * 26 + "。", LEFT + 20, 112),
             _line("辛" * 27 + "。", LEFT + 20, 124)]
    assert len(_paragraphs(lines)) == 3


def test_a_short_line_ends_the_quotation_even_in_its_own_type() -> None:
    # two quotations one under the other: the first's last line stops short of the measure
    lines = [_line(BODY, LEFT + 20, 100), _line(FULL, LEFT, 112),
             _line(QUOTED, LEFT + 25, 130, 9.0), _line("壬" * 8 + "。", LEFT + 25, 141, 9.0),
             _line(QUOTED, LEFT + 25, 152, 9.0), _line("癸" * 5 + "。", LEFT + 25, 163, 9.0)]
    assert _paragraphs(lines)[1:] == [QUOTED + "壬" * 8 + "。", QUOTED + "癸" * 5 + "。"]


def test_footnotes_under_a_quotation_in_small_type_are_the_pages_notes() -> None:
    # the quotation (9 pt) ends right above the page's notes (8 pt) under their short rule: the
    # notes' small type ran up into the quotation's, the rule was looked for above the quotation,
    # and the note was read as body text
    from wenxian.pdfreader.document import Graphic, Page
    from wenxian.pdfreader.zones import _footnotes

    body = [_line(BODY, LEFT + 20, 400 + 12 * k) for k in range(3)]
    quote = [_line(QUOTED, LEFT + 25, 440, 9.0), _line("丙" * 10 + "。①", LEFT + 25, 451, 9.0)]
    notes = [_line("①" + "注" * 36, LEFT + 9, 470, 8.0), _line("注" * 12 + "。", LEFT, 479.5, 8.0)]
    zoned = body + quote + notes
    page = Page(1, 420.0, 600.0, [], graphics=[Graphic("path", LEFT, 465.0, LEFT + 100, 465.4)])
    _footnotes(zoned, {1: page}, Layout(body_size=10.0, leading=12.0, columns={(1, 0): (LEFT, RIGHT)}))
    assert [z.zone for z in zoned] == ["body"] * 5 + ["footnote"] * 2


def test_a_lists_short_items_indented_alike_stay_apart() -> None:
    # items under each other, each a short line set in alike: no quotation's measure
    items = ["（1）订购和发行；", "（2）纸张的配给；", "（3）稿费和版税；"]
    lines = [_line(BODY, LEFT + 20, 100), _line("要求集中在以下几个方面：", LEFT, 112)]
    lines += [_line(text, LEFT + 20, 124 + 12 * k) for k, text in enumerate(items)]
    assert _paragraphs(lines)[1:] == items


def test_fields_over_notes_at_the_pages_foot_stay_one_footnote_area() -> None:
    # the first page's fields (9 pt) over its note (8 pt), set off from the text together:
    # the whole foot is taken, as before (the fields are read as front matter from there)
    from wenxian.pdfreader.document import Page
    from wenxian.pdfreader.zones import _footnotes

    body = [_line(BODY, LEFT + 20, 400 + 12 * k) for k in range(3)]
    foot = [_line("收稿日期：" + "二" * 10, LEFT, 460, 9.0), _line("作者简介：" + "某" * 20, LEFT, 472, 9.0),
            _line("①" + "注" * 30, LEFT + 9, 484, 8.0)]
    zoned = body + foot
    _footnotes(zoned, {1: Page(1, 420.0, 600.0, [])}, Layout(body_size=10.0, leading=12.0, columns={(1, 0): (LEFT, RIGHT)}))
    assert [z.zone for z in zoned] == ["body"] * 3 + ["footnote"] * 3
