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


# Session 12: the lines of a joined text dealt to the columns by one search over each region
# (columns._streams, evidence.JOINED). Written for these tests, as above.
MORE_LEFT = (
    "调查发现，就餐人数稳定的食堂大多位于老年人集中居住的小区附近，并且同时提供堂食和送餐服务，"
    "行动不便的老人也能按时吃上热饭，子女也因此更加放心。"
)
MORE_RIGHT = (
    "与此相对，选址偏远的食堂就餐人数少，单位成本居高不下，运营方不得不提高餐价或者压缩菜品，"
    "老年人的就餐意愿随之下降，食堂由此陷入经营困难的循环。"
)
ABSTRACT = "摘要：本文以城市社区养老食堂为对象，比较不同运营模式的收支状况。"


def offset_text() -> str:
    """A page whose columns' baselines are offset at first (each column's first lines alone, in
    turn: the left one's, the right one's, …), then meet (a line of each joined by a space); a
    figure's label (``0.64``) stands alone among the left column's lines."""
    left, right = ["1 引言", *wrap(LEFT + MORE_LEFT)], wrap(RIGHT + MORE_RIGHT)
    rows = [ABSTRACT, "关键词：社区养老；老年助餐；运营模式；可持续性"]
    for k in range(3):  # offset: the left line, then the right one a little lower
        rows += [left[k], right[k]]
    rows += [f"{l} {r}" for l, r in zip(left[3:], right[3:])]
    rows += left[len(right):] + right[len(left):]
    return "\n".join(["社区与社会服务研究 2025 年 2 月 第 9 卷第 2 期", *rows, "· 41 ·"]) + "\n"


def test_offset_lines_above_the_first_pair_are_the_columns_too() -> None:
    # The columns begin at their first pair with column lines below it, and the lines alone right
    # above it (in turn, one column's and the other's) are dealt to the columns: each column's text
    # runs whole (before session 12 they stayed in their order above the pairs, the columns' lines mixed).
    lines = offset_text().split("\n")
    assert joined_column(lines) is not None
    order = [text for _, text in reading_order(lines)]
    assert order[:4] == lines[:4]  # the front matter above stays as it is
    read = "".join(order)
    for text in ("1 引言" + LEFT + MORE_LEFT, RIGHT + MORE_RIGHT):
        assert text in read


def test_a_figure_label_alone_does_not_close_the_columns() -> None:
    # A number alone among a column's lines is a figure's label (no page number: no running head or
    # line across the page beside it); it no longer closes the columns, which read on whole around it.
    from wenxian.importer.columns import _heads

    lines = offset_text().split("\n")
    labelled = lines[:13] + ["0.64"] + lines[13:]
    column = joined_column(labelled)
    assert column is not None
    heads = _heads(labelled, column)
    assert 14 not in heads  # the label (line 14)
    assert len(labelled) - 1 in heads  # the page number after the last line (the text's end)
    order = [text for _, text in reading_order(labelled)]
    right = wrap(RIGHT + MORE_RIGHT)
    assert "".join(order).find("".join(right)) >= 0  # the right column's lines one after the other


# Session 14: a first page whose columns' baselines never meet prints no pair (a word processor's
# page, Chromium's): its columns' lines come alone, in turn, between the front matter and the page's
# foot. Written for these tests, as above.
def unpaired_first_page() -> str:
    """Page one: a running head, the abstract across the page, then the columns' lines in turn (the
    left one's, the right one's, …; no pair), the page number; page two: the columns joined line by
    line (pairs) under the running head."""
    left, right = ["1 引言", *wrap(LEFT)], wrap(RIGHT)
    rows = [ABSTRACT, "关键词：社区养老；老年助餐；运营模式；可持续性"]
    for k in range(max(len(left), len(right))):
        rows += [line[k] for line in (left, right) if k < len(line)]
    head = "社区与社会服务研究 2025 年 2 月 第 9 卷第 2 期"
    left2, right2 = wrap(NEXT + MORE_LEFT), wrap(MORE_RIGHT + NEXT)
    rows2 = [f"{l} {r}" for l, r in zip(left2, right2)]
    return "\n".join([head, *rows, "· 41 ·", head, *rows2, "· 42 ·"]) + "\n"


def test_a_first_page_without_pairs_is_read_as_its_columns() -> None:
    # The columns begin at the first run of the columns' lines holding lines alone a column wide
    # (columns.FULL_RUN), not at the first pair on page two: each column of page one runs whole
    # (before, page one's lines stayed in their order, the two columns' lines in turn).
    lines = unpaired_first_page().split("\n")
    assert joined_column(lines) is not None
    order = [text for _, text in reading_order(lines)]
    assert order[:3] == lines[:3]  # the running head and the front matter stay as they are
    read = "".join(order)
    assert "1 引言" + LEFT in read and RIGHT in read
    assert read.index(LEFT) < read.index(RIGHT) < read.index("· 41 ·")


def test_a_heading_beside_the_next_headings_number_splits_before_that_number() -> None:
    # Two numbered headings on one baseline ("1 问题的提出 2 研究设计"): the line splits before the
    # second one's number only — not after it ("1 问题的提出 2" | "研究设计", the number on the left).
    from wenxian.importer.columns import _cuts

    text = "1 问题的提出 2 研究设计与案例概况"
    assert [(text[:c], text[c + 1:]) for c in _cuts(text, None, 21.0)[0]] == [("1 问题的提出", "2 研究设计与案例概况")]


def test_a_line_splits_before_a_reference_entrys_number() -> None:
    # A column's line beside the first line of a reference entry in the other ("…能力三 [1] 周明."),
    # together no wider than a column: a cut before the entry's number (its space after the bracket
    # tells an entry from a citation mark opening a line, "[4]。…", which is no cut).
    from wenxian.importer.columns import _cuts

    text = "需要从制度和能力三 [1] 周明. 治理[J]."
    assert [(text[:c], text[c + 1:]) for c in _cuts(text, None, 21.0)[0]] == [("需要从制度和能力三", "[1] 周明. 治理[J].")]
    assert _cuts("需要从制度和能力三 [4]。概括而言", None, 21.0) == ((), 0)


def test_a_pair_splits_where_the_columns_text_runs_on_not_only_nearest_a_columns_width() -> None:
    # "…怀疑分类是否 2020 年以来…": the split whose left part is nearest a column's width puts the
    # right line's opening number on the left ("…是否 2020" | "年以来…"); the other split (a cost,
    # evidence.JOINED["other_cut"]) wins where the right column's text runs on across it ("从2020",
    # seen inside the text's lines). Before, only the nearest split was tried.
    from wenxian.importer.columns import joined_order

    lines = [
        "居民普遍认为垃圾分类的意义在于 调查发现，小区居民的分类热情从",
        "减少污染，但也有人怀疑分类是否 2020 年以来逐年下降，督导员撤",
        "真的有用，认为分好的垃圾又被混 出以后下降更为明显。不少居民",
        "在一起运走，分类也就没有意义。 从2020 年起就不再分类投放，",
        "街道从2020 年开始公布分类结果， 从2020 年到现在一直如此。",
    ]
    order = [text for _, text in joined_order(lines, 16.0)]
    assert order[:2] == ["居民普遍认为垃圾分类的意义在于", "减少污染，但也有人怀疑分类是否"]
    assert order[5:7] == ["调查发现，小区居民的分类热情从", "2020 年以来逐年下降，督导员撤"]


def test_a_short_paragraph_end_beside_a_full_line_splits() -> None:
    # A paragraph's last line of two characters beside the other column's full line ("少。 ，部分…"):
    # no pair (narrower than two columns' lines), but wider than a column, so offered split at its
    # space (columns.CUT_WIDER); the characters across the join ("补贴" | "少", seen inside the text's
    # lines) put the short end in its column. Before, the line went whole to one column.
    from wenxian.importer.columns import joined_order

    paragraph = "补贴少的社区食堂经营困难，补贴少的原因是就餐人数少，成本高，补贴少。"
    left, right = wrap(paragraph) + wrap(MORE_LEFT), wrap(RIGHT + MORE_RIGHT)
    assert left[2] == "少。"
    rows = [f"{l} {r}" for l, r in zip(left, right)]
    order = [text for _, text in joined_order(rows, float(SIZE))]
    assert order == left[: len(rows)] + right[: len(rows)]


def test_a_chinese_line_wider_than_a_column_is_two_columns_lines() -> None:
    # A left column's full lines beside a table's short cells in the right column ("…重要组成 街道"):
    # no pair (narrower than two columns' lines), but a line of Chinese characters alone (no Latin
    # letter or digit, whose widths vary) wider than a column is no column's line: it is split, the
    # left column's text runs whole and the cells stay out of it. Before, such lines could go whole
    # to one column, in turn with the next (the alone lines' rhythm, evidence.JOINED["alternate"]).
    from wenxian.importer.columns import joined_order

    left, cells = wrap(LEFT + MORE_LEFT)[:6], ["街道", "鼓楼", "老城区", "新建城", "江北", "柳塘"]
    rows = [f"{l} {c}" for l, c in zip(left, cells)]
    order = [text for _, text in joined_order(rows, float(SIZE))]
    assert order == left + cells
