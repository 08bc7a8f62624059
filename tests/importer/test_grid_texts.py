"""Texts set on a page's grid, as pdfplumber's ``extract_text(layout=True)`` prints them (round 17g):
every line starts with the page's margin (6 to 9 spaces) and is padded with spaces to the page's
width; a paragraph's first line has its indent beyond the margin. The texts are written for these
tests."""

from __future__ import annotations

import re

from tests.importer.helpers import blocks
from wenxian.importer.lines import grid_gutter, split_lines, without_lag

WIDTH = 90  # characters a grid line is padded to

PARAGRAPHS = [
    "社区食堂是居家养老服务的重要组成部分，近年来各地相继建成了一批社区食堂，为辖区内的老年人提供价格适中、营养均衡的午餐和晚餐。",
    "从运营情况看，多数食堂依靠政府补贴维持收支平衡，自身造血能力不足，部分食堂在补贴退坡后出现了经营困难。",
]


def grid(paragraphs: list[str], margin: int = 7, indent: int = 3, size: int = 30) -> str:
    """Paragraphs set on a grid: ``margin`` spaces before each line, ``indent`` more before a first
    line, ``size`` characters a line, each line padded to :data:`WIDTH`."""
    lines = ["", "1 引言".center(WIDTH)]
    for text in paragraphs:
        first, rest = text[: size - 2], text[size - 2 :]
        lines.append(" " * (margin + indent) + first)
        lines += [" " * margin + rest[k : k + size] for k in range(0, len(rest), size)]
    return "\n".join(line.ljust(WIDTH) for line in lines) + "\n"


def test_the_margin_is_no_indent() -> None:
    lines = split_lines(grid(PARAGRAPHS)).lines
    assert [line.indent for line in lines[1:]] == [True, False, False, True, False]
    assert all(line.text == line.text.strip() for line in lines)


def test_paragraphs_on_a_grid_are_whole() -> None:
    found = blocks(grid(PARAGRAPHS))
    assert found[-2:] == [("p", PARAGRAPHS[0]), ("p", PARAGRAPHS[1])]


def test_a_text_without_a_margin_keeps_its_indents() -> None:
    # pdftotext's and a web page's texts: lines at the left edge, two spaces an indent.
    lines = split_lines("  第一段的首行。\n第一段的次行。\n  第二段。\n").lines
    assert [line.indent for line in lines] == [True, False, True]


def two_columns(left: list[str], right: list[str], margin: int = 7, gutter: int = 24) -> list[str]:
    """Two columns side by side on the grid: the right one starts at ``gutter`` characters after the
    margin — a character is one cell of the grid, CJK or not (the grid places each word at its x and
    gives each character one cell: the right column starts at one place in characters, 29 to 34 in
    every dev two-column text)."""
    rows = []
    for k in range(max(len(left), len(right))):
        l = left[k] if k < len(left) else ""
        r = right[k] if k < len(right) else ""
        rows.append(" " * margin + l + " " * (gutter - len(l)) + r if r else " " * margin + l)
    return rows


def test_the_first_page_header_and_title_above_two_columns_stay_whole() -> None:
    # pdfplumber marks no page's end: the whole article is one page to the column splitter, and the
    # journal's header row above the title (a wide gap) is no row of the two columns below it.
    left = ["1 引言", "   " + "社区食堂是居家养老服务的重要组", "成部分，近年来各地相继建成了一", "批社区食堂，为老年人提供午餐。",
            "   " + "从运营情况看，多数食堂依靠政府", "补贴维持收支平衡，自身造血能力", "不足，部分食堂出现了经营困难。"]
    right = ["   " + "补贴退坡以后，食堂需要通过扩大", "服务对象和提供上门送餐等方式增", "加收入，才能维持长期运营，这也", "是本文讨论的主要问题。",
             "2 研究设计", "   " + "本文的调查覆盖华中某市的三十二", "家社区养老食堂，历时六个月。"]
    head = ["", "       社区与社会服务研究                               2025 年 2 月 第 9 卷第 2 期", "",
            "                城市社区养老食堂可持续运营的影响因素研究", "",
            "                      柏若兰1，林   枫1,2，席晓彤3",
            "      （1. 云梦学院社会发展学院，孝感     432000；2. 华中社区治理研究中心，武汉  430072）", ""]
    text = "\n".join(line.ljust(WIDTH) for line in head + two_columns(left, right)) + "\n"
    texts = [line.text for line in split_lines(text).lines]
    # the header row stays one line, in its place: not cut as two columns' row, its right piece
    # set after the title (then read as the title's start)
    assert texts[0].startswith("社区与社会服务研究") and texts[0].endswith("2025 年 2 月 第 9 卷第 2 期")
    assert texts[1] == "城市社区养老食堂可持续运营的影响因素研究"
    # the letter-spaced name's gap is the grid's lag, closed to a space (round s11; it was cut as a
    # columns' row before, its two pieces joined again by the front matter)
    assert texts[2].replace(" ", "") == "柏若兰1，林枫1,2，席晓彤3"
    assert texts[3].startswith("（1. 云梦学院")
    assert texts[4:7] == ["1 引言", "社区食堂是居家养老服务的重要组", "成部分，近年来各地相继建成了一"]
    assert texts.index("补贴退坡以后，食堂需要通过扩大") == 4 + len(left)


# Round s11 (plumber): on pdfplumber's grid a word is set at the cell its x falls on, but each of its
# characters gets one cell of about 7 pt, narrower than a CJK glyph: a line's characters run behind
# their place and the next word (a citation mark, a number) jumps ahead to it, a gap of about half a
# cell a CJK character before it. The right column starts at one place in characters (the gutter).

def lagged(text: str, start: int = 0) -> str:
    """``text`` as the grid sets it from cell ``start``: a gap before each citation mark and number, as
    wide as the lag of the CJK characters before it since the last jump (half a cell each)."""
    out, since = "", 0
    for piece in re.split(r"(\[\d+\]|\d+)", text):
        if piece and piece[0] in "[0123456789" and out:
            out += " " * (since // 2 + 1)
            since = 0
        out += piece
        since += len(re.findall("[\u4e00-\u9fff，。、]", piece))
    return out


def grid_columns(left: list[str], right: list[str], margin: int = 7, gutter: int = 30) -> list[str]:
    """Two columns on the grid as pdfplumber sets them: the right column's text at ``gutter``
    characters after the margin, whatever the left line holds."""
    rows = []
    for k in range(max(len(left), len(right))):
        l = lagged(left[k]) if k < len(left) else ""
        r = lagged(right[k]) if k < len(right) else ""
        rows.append((" " * margin + l.ljust(gutter) + r) if r else " " * margin + l)
    return [row.ljust(WIDTH) for row in rows]


LEFT = ["1 引言", "   社区食堂是居家养老服务的重要", "组成部分[1]，近年来各地相继建成", "了一批社区食堂，为老年人提供午", "餐和晚餐[2]。",
        "   从运营情况看，多数食堂依靠政", "府补贴维持收支平衡，约有 12 家食", "堂在补贴退坡后出现了经营困难。"]
RIGHT = ["   补贴退坡以后，食堂需要通过扩", "大服务对象和提供上门送餐等方式", "增加收入[3]，才能维持长期运营，", "这也是本文讨论的主要问题。",
         "2 研究设计", "   本文的调查覆盖华中某市的 32", "家社区养老食堂，历时六个月，访", "谈了 46 位食堂负责人。"]


def test_a_gap_the_lag_made_closes_and_the_gutter_stays() -> None:
    lines = [line.rstrip() for line in grid_columns(LEFT, RIGHT, margin=0)]
    assert grid_gutter(lines) == 30
    closed = without_lag(lines, 30)
    assert closed[2].startswith("组成部分 [1]，近年来各地相继建成") and closed[2][30:].startswith("增加收入 [3]，")
    assert closed[6][30:] == "家社区养老食堂，历时六个月，访"
    # a row of figures keeps its gap, however narrow (a table's cells)
    assert without_lag(["常住人口/万人  62.4 48.7 31.2"], None) == ["常住人口/万人  62.4 48.7 31.2"]
    assert without_lag(["课题组先后访谈县乡两级干部     46 人次"], None) == ["课题组先后访谈县乡两级干部 46 人次"]


def test_two_columns_on_the_grid_read_whole() -> None:
    head = ["", "                城市社区养老食堂可持续运营的影响因素研究".ljust(WIDTH), ""]
    found = blocks("\n".join(head + grid_columns(LEFT, RIGHT)) + "\n")
    paragraphs = [text for kind, text in found if kind == "p"]
    assert "社区食堂是居家养老服务的重要组成部分[1]，近年来各地相继建成了一批社区食堂，为老年人提供午餐和晚餐[2]。" in paragraphs
    assert "从运营情况看，多数食堂依靠政府补贴维持收支平衡，约有 12 家食堂在补贴退坡后出现了经营困难。" in paragraphs \
        or "从运营情况看，多数食堂依靠政府补贴维持收支平衡，约有12家食堂在补贴退坡后出现了经营困难。" in paragraphs
    assert ("h2", "2 研究设计") in found or any(kind.startswith("h") and "研究设计" in text for kind, text in found)


def test_the_right_columns_first_lines_above_any_row_of_both_follow_the_left() -> None:
    # A producer that sets the columns' baselines apart (Chromium) prints no row holding both
    # columns for many lines: the right column's first line (here a paragraph's rest, its start on
    # the page before) stands above the left column's heading. Both columns start there: the
    # front matter is above it.
    left = ["1 引言", "", "   社区食堂是居家养老服务的重要", "", "组成部分，近年来各地相继建成了", "",
            "一批社区食堂，为老年人提供午餐", "", "和晚餐，受到了辖区老人的欢迎，", "", "就餐人数逐年增加。"]
    right = ["补贴退坡以后，食堂需要通过扩大", "", "服务对象和提供上门送餐等方式增", "", "加收入，才能维持长期运营，这也",
             "", "是本文讨论的主要问题，下文先交", "", "代调查的设计。"]
    rows = ["", " " * 7 + "城市社区养老食堂可持续运营的影响因素研究", ""]
    for k in range(len(left)):  # each row one column's line: the right column's a row above the left's
        if k < len(right) and right[k]:
            rows.append(" " * 37 + right[k])
        if left[k]:
            rows.append(" " * 7 + left[k])
    both = [("   从运营情况看，多数食堂依靠政", "2 研究设计"), ("府补贴维持收支平衡，自身造血能", "   本文的调查覆盖华中某市的三十"),
            ("力不足，部分食堂在补贴退坡后出", "二家社区养老食堂，历时六个月，"), ("现了经营困难。", "访谈了四十六位食堂负责人。")]
    rows += [" " * 7 + a.ljust(30) + b for a, b in both]  # further down, rows of both columns
    texts = [line.text for line in split_lines("\n".join(row.ljust(WIDTH) for row in rows) + "\n").lines]
    assert texts[0] == "城市社区养老食堂可持续运营的影响因素研究"
    column = [line.strip() for line in left if line] + [a.strip() for a, _ in both]
    assert texts[1 : 1 + len(column)] == column
    assert texts[1 + len(column) :] == [line for line in right if line] + [b.strip() for _, b in both]
