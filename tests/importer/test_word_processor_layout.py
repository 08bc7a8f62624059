"""A word processor's two-column pages through ``pdftotext -layout`` (issue 11, round 15b).

LibreOffice sets the two columns' baselines apart (a raised citation mark, a heading's space before
it), so pdftotext -layout prints most rows with one column's line only — the left column's at the
margin, the right column's set in to the gutter — and few rows hold both; a raised mark is printed
on a row of its own, and the space it took is left in the line below. Each test below failed before
the round (wenxian.importer.columns). The text is written for these tests.
"""

from __future__ import annotations

from wenxian.importer.columns import _single_space_split, reading_order

LEFT = [
    "社区食堂的运营需要稳定的资金来源，但多",
    "数食堂仍依靠街道的一次性补贴维持日常",
    "开支，缺少长期的制度安排。调查中有六",
    "成食堂负责人表示，补贴到期后难以为继",
    "，只能提高餐价或者减少供餐的天数。",
    "老年人对价格十分敏感，餐价的小幅上涨",
    "就会使一部分老人转回自己做饭，食堂的",
    "就餐人数随之下降，经营更加困难。",
]
RIGHT = [
    "二、改进社区食堂运营的建议",
    "（一）建立多元的资金保障机制",
    "街道可以把社区食堂纳入养老服务设施",
    "的统一规划，按就餐人次给予运营补贴，",
    "并鼓励辖区单位和慈善组织参与捐助，使",
    "食堂的收入不再依赖单一来源。补贴的标",
    "准应当公开，并随物价变化定期调整。",
    "（二）提高服务的便利程度",
]
GUTTER = 40


def texts(lines: list[str]) -> list[str]:
    return [text.strip() for _, text in reading_order(lines) if text.strip()]


def _row(left: str, right: str) -> str:
    return left.ljust(GUTTER - (len(left) - len(left.strip()))) + right if left else " " * GUTTER + right


def _page(both: int) -> list[str]:
    """A page whose first ``both`` rows hold both columns, the rest one column's line each,
    left and right in turn (a running head at its top)."""
    lines = ["\f                城市社区治理评论    2025 年 5 月    第 9 卷 第 5 期", ""]
    for k in range(both):
        lines.append(_row(LEFT[k], RIGHT[k]))
    for k in range(both, len(LEFT)):
        lines += [LEFT[k], " " * GUTTER + RIGHT[k]]
    return lines


def test_a_page_of_rows_holding_one_column_each_is_read_column_by_column() -> None:
    """Two rows with both columns, twelve with one: too few rows with a gap for the page to be
    two-column by them alone; the right column's lines alone at the gutter are evidence too."""
    assert texts(_page(2))[1:] == LEFT + RIGHT


def test_the_gutter_comes_from_the_rows_of_text_not_a_tables() -> None:
    """A table in the right column, its cells' gaps where they fall: the gutter is where the rows
    of text have it (a cell's few characters after a gap are no column's line)."""
    lines = _page(2)[:4] + [LEFT[2], " " * (GUTTER + 4) + "表 1 食堂的就餐人次"]
    for k, cell in enumerate(("早餐供应", "午餐供应", "晚餐供应", "送餐上门")):
        lines.append(" " * (GUTTER + 2) + cell + " " * 12 + f"{k + 3} 次")
    for k in range(3, len(LEFT)):
        lines += [LEFT[k], " " * GUTTER + RIGHT[k]]
    out = texts(lines)
    assert out.index(LEFT[7]) < out.index(RIGHT[0]) < out.index(RIGHT[7])


def test_the_right_columns_lines_where_the_left_columns_end() -> None:
    """Rows of both columns at the page's top, with the gutter at 40; under them pdftotext set the
    rows on another grid: the right column's lines alone start right after the left's end."""
    lines = _page(3)[:5]
    for k in range(3, len(LEFT)):
        lines += [LEFT[k], " " * 22 + RIGHT[k]]
    assert texts(lines)[1:] == LEFT + RIGHT


def test_a_reference_list_with_no_row_of_both_columns() -> None:
    """The last page: the list's entries, each row one column's line (the right column's set in)."""
    left = [f"[{n}] 作者{n}. 社区养老服务研究[J]. 社会学刊, 2021: {n}." for n in range(1, 6)]
    right = [f"[{n}] 作者{n}. 老年助餐服务的实践[M]. 北京: 出版社, 2022." for n in range(6, 11)]
    lines = ["\f                作者，作者：社区食堂的运营与老年人的就餐", "", "参考文献"]
    for a, b in zip(left, right):
        lines += [a, " " * 50 + b]
    assert texts(_page(3) + lines)[-10:] == left + right


def test_a_caption_centred_over_its_english_twin_across_the_page() -> None:
    """A table across both columns under a two-column section: its caption centred on the page
    (set in further than an indent, ending before the gutter) over its English twin, which runs
    across — the two are read together, after the columns above them."""
    lines = _page(3)[:7] + [
        "",
        " " * 24 + "表 1 社区食堂的运营情况",
        "           Table 1 Operation of community canteens in the two districts surveyed in 2024",
    ]
    out = texts(lines)
    assert out[-2:] == ["表 1 社区食堂的运营情况", "Table 1 Operation of community canteens in the two districts surveyed in 2024"]
    assert out[1:-2] == LEFT[:4] + RIGHT[:4]


def test_a_note_under_the_left_column_goes_after_the_right_column() -> None:
    """The first page's note (收稿日期 …) under the left column's last line, the right column having
    ended rows higher: the paragraph runs on from the left column into the right one."""
    lines = _page(3)[:7] + [LEFT[5], "", "收稿日期：2024-10-08", "基金项目：江南省社会科学基金项目（24SH021）"]
    out = texts(lines)
    assert out[-2:] == ["收稿日期：2024-10-08", "基金项目：江南省社会科学基金项目（24SH021）"]
    assert out.index(LEFT[5]) < out.index(RIGHT[0])


def test_a_mark_raised_at_a_lines_end_printed_at_the_next_rows_margin() -> None:
    """``[6]`` alone at the margin, the hole it left opening the line below: the mark goes there,
    before its punctuation (a reference entry's number stands at the margin too, but no line after
    it opens with a hole as wide as the mark)."""
    lines = _page(3)[:5] + ["[6]", "      。只能提高餐价或者减少供餐的天数。", " " * GUTTER + RIGHT[3]]
    out = texts(lines)
    assert "[6]。只能提高餐价或者减少供餐的天数。" in out
    assert texts(["[6] 作者. 社区养老服务研究[J]. 社会学刊, 2021.", "    。"])[0].startswith("[6] 作者")


def test_a_mark_in_the_right_column_keeps_its_place() -> None:
    """The mark's row set in to the right column, the hole opening the right column's row below:
    the mark goes in at the right column's start, not the margin."""
    lines = _page(3)[:5] + [LEFT[3], " " * GUTTER + "[5]", " " * (GUTTER + 6) + "。此后的研究进一步指出参与的", LEFT[4]]
    out = texts(lines)
    assert "[5]。此后的研究进一步指出参与的" in out
    assert out.index(LEFT[4]) < out.index("[5]。此后的研究进一步指出参与的")


def test_no_line_splits_before_punctuation_no_line_opens_with() -> None:
    """LibreOffice's space before a hung comma (``生活 ，``) is no narrow gap between two columns, on
    a first page's run whose rows measure narrower (19) than the text's column (21)."""
    assert _single_space_split("造不同，老旧小区改造直接关系居民的日常生活 ，", 19.0, 21.0) is None
    assert _single_space_split("造不同，老旧小区改造直接关系居民的日常生活 二、研究设计", 19.0, 21.0) is not None


def test_a_first_pages_run_goes_on_over_a_heading_beside_a_short_left_line() -> None:
    """The first page's rows of two columns under its front matter (a run): a row holding a short
    left line and the right column's heading, wider than the rows holding both before it, but no
    wider than the right column's lines alone seen so far, goes on with the run (it had ended the
    run there, and the next run's left lines came after the first run's right ones)."""
    head = [
        "摘要：社区食堂是居家养老服务的重要组成部分，本文以两个城区的十二家社区食堂为例讨论其运营。",
        "关键词：社区食堂；老年助餐；运营补贴",
        "",
    ]
    rows = [_row("一、问题的提出", "注的议题。")]
    for k in range(4):
        rows += [LEFT[k], " " * GUTTER + RIGHT[k + 2]]
    rows.append(_row("就餐人数随之下降。", RIGHT[0]))
    rows += [LEFT[5], " " * GUTTER + RIGHT[6], LEFT[6]]
    out = texts(head + rows + _page(8))  # (a page of both columns after it: the column's measure)
    assert out[2:17] == ["一、问题的提出", *LEFT[:4], "就餐人数随之下降。", LEFT[5], LEFT[6], "注的议题。", *RIGHT[2:6], RIGHT[0], RIGHT[6]]


def test_a_page_number_under_the_columns_is_no_right_column_line() -> None:
    """``· 88 ·`` set in past the gutter at the page's foot, under the first page's note: not the
    right column's last line (the note, above it, had then been read before the right column)."""
    lines = _page(3)[:7] + [LEFT[3], "", "收稿日期：2024-10-08", "基金项目：江南省社会科学基金项目（24SH021）", "",
                            " " * (GUTTER + 2) + "· 88 ·"]
    out = texts(lines)
    assert out[-3:] == ["收稿日期：2024-10-08", "基金项目：江南省社会科学基金项目（24SH021）", "· 88 ·"]
    assert out.index(LEFT[3]) < out.index(RIGHT[0])


def test_a_mark_at_the_margin_on_the_right_columns_row() -> None:
    """``[1]`` at the margin, the right column's line on the same row, the hole opening the left
    column's next line: the mark goes into the hole, the right column's line stays in its column."""
    lines = _page(3)[:5] + [LEFT[3], " " * GUTTER + RIGHT[3], _row("[1]", RIGHT[4]), "      。只能提高餐价或者减少供餐的天数。"]
    out = texts(lines)
    assert "[1]。只能提高餐价或者减少供餐的天数。" in out
    assert out.index("[1]。只能提高餐价或者减少供餐的天数。") < out.index(RIGHT[0]) < out.index(RIGHT[4])


def test_the_left_columns_short_last_line_above_the_first_pages_note() -> None:
    """The first page's run of two columns under its front matter: the left column's paragraph ends
    in a short line rows below the right column's end, right above the note; it is the left
    column's, read before the right column (it came after it)."""
    head = ["摘要：社区食堂是居家养老服务的重要组成部分，本文以两个城区的十二家社区食堂为例讨论其运营。", ""]
    rows = [_row("一、问题的提出", RIGHT[2])]
    for k in range(4):
        rows += [LEFT[k], " " * GUTTER + RIGHT[k + 3]]
    rows += [LEFT[4], "就餐人数随之下降。", "", "收稿日期：2024-10-08", "基金项目：江南省社会科学基金项目（24SH021）"]
    out = texts(head + rows + _page(8))
    assert out.index("就餐人数随之下降。") < out.index(RIGHT[2]) < out.index("收稿日期：2024-10-08")


def test_a_mark_over_the_right_columns_punctuation_past_the_gutter() -> None:
    """``[17]`` set in to the right column, the row below holding the left column's line and, past
    the gutter, the punctuation alone (the hole spans the gutter): the mark and the punctuation open
    the right column's line, the left column's line keeps its end."""
    lines = _page(3)[:5] + [
        LEFT[3],
        " " * GUTTER + "[17]",
        LEFT[4][1:] + " " * (GUTTER + 8 - len(LEFT[4])) + "。",
        " " * GUTTER + RIGHT[3],
    ]
    out = texts(lines)
    assert LEFT[4][1:] in out
    assert out.index("[17]。") == out.index(RIGHT[2]) + 1


def test_a_full_left_line_holding_a_raised_mark_one_space_from_the_right_column() -> None:
    """A full left line holding a citation mark printed raised, in smaller type, holds more than its
    characters' widths say, and -layout leaves one space between it and the right column's line on
    its baseline: still a left line beside the right column's (session 15: the row was read as one
    line, the right column's line glued into the left column's paragraph)."""
    marked = "成食堂负责人表示，补贴到期后[2,3]难以为继"  # 19 characters and the mark: 21.5 cells
    lines = _page(3)[:5] + [f"{marked} {RIGHT[3]}", LEFT[4], " " * GUTTER + RIGHT[4], LEFT[5], " " * GUTTER + RIGHT[5]]
    out = texts(lines)
    assert marked in out and RIGHT[3] in out
    assert out.index(marked) < out.index(LEFT[4]) < out.index(RIGHT[0]) < out.index(RIGHT[3]) < out.index(RIGHT[4])


def test_a_reference_entry_in_small_type_one_space_from_a_full_left_line() -> None:
    """The right column's reference list is set in smaller type, so its entry's line holds more than a
    body line's characters (23 cells in a column of 19); one space from a full left line on its
    baseline, it is still the right column's line, and the entry's number is no raised mark of the
    left line (session 15: the row was read as one line, the entry glued into the left paragraph)."""
    entry = "[3] 蒙启航. 社区食堂运营模式与老年人就餐服务研究"
    lines = _page(3)[:5] + [f"{LEFT[3]} {entry}", LEFT[4], " " * GUTTER + RIGHT[4], LEFT[5], " " * GUTTER + RIGHT[5]]
    out = texts(lines)
    assert LEFT[3] in out and entry in out
    assert out.index(LEFT[3]) < out.index(LEFT[4]) < out.index(RIGHT[0]) < out.index(entry) < out.index(RIGHT[4])


def test_a_mark_over_a_wide_hole_short_of_the_gutter_is_the_left_lines() -> None:
    """A paragraph's short last line in the left column, its raised mark on the row above and the
    punctuation after it set far from the line's end, but well short of the gutter where the rows
    around start the right column (-layout left the mark's hole wider than the mark): the mark and
    the punctuation end the left column's line (session 15: they had been read as the right
    column's line, "[2-3]。" a paragraph of its own, its line's paragraph cut there)."""
    short = "就餐人数随之下降"
    lines = _page(3)[:5] + [
        LEFT[3],
        " " * GUTTER + RIGHT[3],
        " " * 18 + "[2-3]",
        short + " " * 16 + "。",
        " " * GUTTER + RIGHT[4],
        LEFT[5],
        " " * GUTTER + RIGHT[5],
    ]
    out = texts(lines)
    assert short + "[2-3]。" in out and "[2-3]。" not in out
    assert out.index(short + "[2-3]。") < out.index(RIGHT[0])


def test_a_footnote_under_the_left_column_goes_after_the_right_column() -> None:
    """A page's footnote (``①…``) printed under the left column's last line, the right column having
    ended rows higher, above the page number: read after the right column, at the page's foot,
    where the reader pairs it with its mark (it stood between the columns and leaked into the body)."""
    lines = _page(3)[:7] + [LEFT[3], "", "①社区食堂指由街道或者社区举办、向辖区老年人提供就餐服务的场所。", "",
                            " " * (GUTTER - 4) + "· 88 ·"]
    out = texts(lines)
    assert out[-2:] == ["①社区食堂指由街道或者社区举办、向辖区老年人提供就餐服务的场所。", "· 88 ·"]
    assert out.index(LEFT[3]) < out.index(RIGHT[0])


def test_a_mark_cut_at_its_lines_end_printed_in_two_halves() -> None:
    """``[1-`` set off past the left column's line, ``2]`` at the next rows' margin, the hole opening
    the line under it: the halves are one mark, in the hole (they were read as text of two lines)."""
    lines = _page(3)[:5] + [
        " " * (GUTTER - 8) + "[1-",
        "成食堂负责人表示，补贴到期后难以为继",
        " " * GUTTER + RIGHT[3],
        "2]",
        "     。只能提高餐价或者减少供餐的天数。",
    ]
    out = texts(lines)
    assert "[1-2]。只能提高餐价或者减少供餐的天数。" in out and "2]" not in out
