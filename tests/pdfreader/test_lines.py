"""Reading order on a two-column page, from glyph positions alone (no PDF needed)."""

from __future__ import annotations

from wenxian.pdfreader.document import Glyph, Page
from wenxian.pdfreader.lines import page_lines

BODY, SMALL = 10.9, 9.96


def row(text: str, x0: float, top: float, size: float = BODY) -> list[Glyph]:
    """One printed line: a glyph a character wide each, baseline near its bottom."""
    return [Glyph(c, x0 + k * size, x0 + (k + 1) * size, top, top + size, top + 0.85 * size, size, "SimSun", False)
            for k, c in enumerate(text)]


def two_columns(footnote: list[tuple[str, float]], size: float = SMALL) -> Page:
    """Two columns of six lines (left 50–248, right 272–470), then a footnote block under them."""
    glyphs: list[Glyph] = []
    for k in range(6):
        glyphs += row("左栏正文第几行文字排满整整一行共计十八", 50, 400 + 13.5 * k)
        glyphs += row("右栏正文第几行文字排满整整一行共计十八", 272, 400 + 13.5 * k)
    for text, top in footnote:
        glyphs += row(text, 50 if len(text) > 8 else 67, top, size)
    return Page(1, 520.0, 620.0, glyphs)


def test_a_short_footnote_line_beside_the_gutter_stays_with_its_full_width_lines() -> None:
    # A first-page footnote printed across the page: its short first and last lines stand
    # on the left of the gutter only, a line step from the full-width lines.
    page = two_columns([("收稿日期：2024", 500), ("基金项目：某省教育厅科学研究项目山区县农村寄递物流体系建设研究编号", 512),
                        ("作者简介：某某，女，湖南人，副教授，硕士，主要研究方向为农村物流与县域", 524), ("商贸。", 536)])
    texts = [(line.column, line.text) for line in page_lines(page)]
    assert [t for _, t in texts[-4:]] == ["收稿日期：2024", texts[-3][1], texts[-2][1], "商贸。"]
    assert all(column == 0 for column, _ in texts[-4:])
    assert [column for column, _ in texts[:12]] == [1] * 6 + [2] * 6


def test_a_column_line_a_paragraph_gap_above_a_full_width_block_stays_in_its_column() -> None:
    # The last line of the left column, with the right column shorter: set off from the
    # full-width line of its size below by more than a line step, it is read with its column.
    page = two_columns([("表1三县快递网点与村级服务站的数量及其分布情况统计汇总表格", 500)], size=BODY)
    page.glyphs += row("左栏末行", 50, 481)
    lines = page_lines(page)
    left = [line.text for line in lines if line.column == 1]
    assert left[-1] == "左栏末行" and lines[-1].column == 0


def test_displayed_formulas_with_their_numbers_make_no_gutter() -> None:
    # A one-column page with three displayed formulas, each centred with its number at the right
    # edge: their rows have a wide gap at the same place, yet they are no two columns' lines (they
    # start far in from where the page's lines start). Before, the page was cut into two columns
    # and each formula's number read apart from it (session 14, qingliang-jiance).
    glyphs: list[Glyph] = []
    top = 60.0
    for k in range(3):
        for _ in range(5):
            glyphs += row("一行正文排满整个版心从左到右共有三十二个字符的宽度在这里", 50, top, 10.0)
            top += 16
        top += 6  # a display's space above and below it
        glyphs += row(f"y=f{k}(x)", 170, top, 10.0) + row(f"({k + 1})", 360, top, 10.0)
        top += 22
    lines = page_lines(Page(1, 425.0, 600.0, glyphs))
    assert all(line.column == 0 for line in lines)
    assert [line.text for line in lines if "=" in line.text] == ["y=f0(x) (1)", "y=f1(x) (2)", "y=f2(x) (3)"]
