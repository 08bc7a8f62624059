"""Texts set on a page's grid, as pdfplumber's ``extract_text(layout=True)`` prints them (round 17g):
every line starts with the page's margin (6 to 9 spaces) and is padded with spaces to the page's
width; a paragraph's first line has its indent beyond the margin. The texts are written for these
tests."""

from __future__ import annotations

from tests.importer.helpers import blocks
from wenxian.importer.lines import split_lines

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


def two_columns(left: list[str], right: list[str], margin: int = 7, gutter: int = 40) -> list[str]:
    """Two columns side by side on the grid: the right one starts at ``gutter`` (after the margin)."""
    rows = []
    for k in range(max(len(left), len(right))):
        l = left[k] if k < len(left) else ""
        r = right[k] if k < len(right) else ""
        cells = sum(2 if ord(c) > 0x2E80 else 1 for c in l)  # a CJK character is two cells wide
        rows.append(" " * margin + l + " " * (gutter - cells) + r if r else " " * margin + l)
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
    assert "".join(texts[2:4]) == "柏若兰1，林枫1,2，席晓彤3"  # (the front matter joins a letter-spaced name)
    assert texts[4].startswith("（1. 云梦学院")
    assert texts[5:8] == ["1 引言", "社区食堂是居家养老服务的重要组", "成部分，近年来各地相继建成了一"]
    assert texts.index("补贴退坡以后，食堂需要通过扩大") == 5 + len(left)
