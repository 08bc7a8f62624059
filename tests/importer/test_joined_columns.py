"""Two columns joined line by line, as pdfplumber's default ``extract_text()`` prints them (round
17h): a left column's line and the right column's line on the same baseline become one line, the two
joined by one space; a line the other column has nothing beside stands alone; the running head and
the page number stand across the page. The texts are written for these tests."""

from __future__ import annotations

from tests.importer.helpers import blocks
from wenxian.importer.columns import joined_column, reading_order

SIZE = 16  # characters a column's line holds

LEFT = (
    "社区食堂是居家养老服务的重要组成部分，近年来各地相继建成了一批社区食堂，为辖区内的老年人提供"
    "价格适中、营养均衡的午餐和晚餐，受到老年人的普遍欢迎。"
)
RIGHT = (
    "从运营情况看，多数食堂依靠政府补贴维持收支平衡，自身造血能力不足，部分食堂在补贴退坡后出现了"
    "经营困难，有的甚至停止营业，老年人的就餐需求因此难以得到满足。"
)
NEXT = (
    "调查发现，就餐人数稳定的食堂大多位于老年人集中居住的小区附近，并且同时提供堂食和送餐服务，"
    "行动不便的老人也能按时吃上热饭。"
)


def wrap(text: str) -> list[str]:
    return [text[k : k + SIZE] for k in range(0, len(text), SIZE)]


def joined_text() -> str:
    """Two pages: a heading and a paragraph in the left column, a paragraph in the right one, the
    rows on one baseline joined by a space; the left column's last lines stand alone (the right
    one has ended); the next page carries the right column's next paragraph under a running head."""
    left, right = ["1 引言"] + wrap(LEFT), wrap(RIGHT)
    rows = [f"{l} {r}" for l, r in zip(left, right)] + left[len(right):]
    head = "社区与社会服务研究 2025 年 2 月 第 9 卷第 {} 期 城市社区养老食堂运营研究"
    page2_left, page2_right = wrap(NEXT), ["2 结论"] + wrap("本文的分析表明，食堂的持续运营有赖于稳定的就餐规模。")
    rows2 = [f"{l} {r}" for l, r in zip(page2_left, page2_right)] + page2_left[len(page2_right):]
    lines = [head.format(2), *rows, "· 41 ·", head.format(2), *rows2, "· 42 ·"]
    return "\n".join(lines) + "\n"


def test_joined_columns_are_read_one_after_the_other() -> None:
    # Imported, each column's text runs whole (without the split, the two columns' lines alternate).
    body = "".join(text for _, text in blocks(joined_text()))
    for text in (LEFT, RIGHT, NEXT):
        assert text in body
    assert body.index(LEFT) < body.index(RIGHT) < body.index(NEXT)


def test_a_joined_line_splits_at_the_columns_space() -> None:
    lines = joined_text().split("\n")
    column = joined_column(lines)
    assert column is not None and abs(column - SIZE) <= 1
    order = [text for _, text in reading_order(lines)]
    assert order[1:4] == ["1 引言", *wrap(LEFT)[:2]]
    assert order[order.index(wrap(RIGHT)[-1]) - 1 : order.index("· 41 ·")] == wrap(RIGHT)[-2:]  # the left column's tail before it


def test_a_one_column_text_with_spaces_between_words_is_no_joined_text() -> None:
    # A one-column text whose lines hold a space between CJK characters here and there (pdftotext's
    # U+3000, a heading's number): nothing is split, the lines keep their order.
    body = wrap(LEFT * 3)
    lines = ["1 引言", *[f"{line[:10]} {line[10:]}" if k % 3 == 0 else line for k, line in enumerate(body * 2)]]
    assert joined_column(lines) is None
    assert [text for _, text in reading_order(lines)] == lines


def test_the_pair_check_asked_first_bounds_the_column_from_below() -> None:
    # Round 17k: joined_column asks its pair check at the narrowest column the text could have,
    # before measuring the text before each space; that bound must never exceed the column found.
    from wenxian.importer.chars import width
    from wenxian.importer.columns import _JOIN, _column_width, _narrowest_column

    one = "\n".join(wrap(LEFT + RIGHT + NEXT) * 3 + ["统计 数据 表明 食堂 运营 稳定"] * 9)
    for text in (joined_text(), one):
        texts = [line.strip() for line in text.split("\n") if line.strip()]
        spaced = [t for t in texts if _JOIN.search(t)]
        widths = [width(t) for t in texts]
        prefixes = sum(t.count(" ") for t in spaced)
        assert _narrowest_column(widths, prefixes) <= max(_column_width(spaced, widths), 8.0)
        # Round 18 (speed): asked first with every space of the text as a prefix, the bound is lower still.
        assert _narrowest_column(widths, "".join(texts).count(" ")) <= _narrowest_column(widths, prefixes)
    assert joined_column(joined_text().split("\n")) is not None
    assert joined_column(one.split("\n")) is None
