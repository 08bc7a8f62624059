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
