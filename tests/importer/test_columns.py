"""Two columns printed side by side by ``pdftotext -layout`` read column by column
(wenxian.importer.columns). The text is written for these tests."""

from __future__ import annotations

from wenxian.importer.columns import reading_order

LEFT = [
    "城市更新由大规模拆建转向小规模渐进",
    "式改造，社区公共空间的微更新日益受到",
    "关注。口袋公园和街角绿地的改造，直接",
    "关系到居民的日常生活，也考验着基层的",
    "治理能力。本文据此提出三个研究问题。",
]
RIGHT = [
    "调查显示，居民参与集中在方案征集",
    "阶段，施工和维护阶段参与较少。部分",
    "改造完成后缺乏维护，使用效果逐渐下",
    "降，居民对改造成效的评价随之降低。",
    "二、研究设计",
]


def texts(lines: list[str]) -> list[str]:
    return [text.strip() for _, text in reading_order(lines) if text.strip()]


def test_rows_of_two_columns_on_a_page_mostly_of_one() -> None:
    """The first page: title, abstract across the page, then a few rows of two columns."""
    head = [
        "社区公共空间微更新中的居民参与研究",
        "摘要：社区公共空间的微更新是城市更新的重要组成部分，本文以三个老旧社区为例讨论居民参与。",
        "关键词：微更新；公共空间；居民参与",
        "",
    ]
    rows = [f"{a}{' ' * 8}{b}" for a, b in zip(LEFT[:3], RIGHT[:3])]  # too few for the page to count as two-column
    foot = ["", "基金项目：江南省社会科学基金项目“社区公共空间微更新的治理机制研究”（24SH017）"]
    assert texts(head + rows + foot) == [line for line in head if line] + LEFT[:3] + RIGHT[:3] + foot[1:]


def test_a_narrow_gap_between_full_columns() -> None:
    """Where the left line is full, pdftotext -layout leaves one or two spaces before the right column."""
    rows = [f"{a}{' ' * 8}{b}" for a, b in zip(LEFT, RIGHT)]
    rows[1] = f"{LEFT[1]} {RIGHT[1]}"
    rows[3] = f"{LEFT[3]}  {RIGHT[3]}"
    assert texts(rows) == LEFT + RIGHT


def test_a_header_spread_across_the_page_is_not_split() -> None:
    header = "城市治理研究   2024 年 2 月   第 12 卷第 2 期"
    rows = [f"{a}{' ' * 8}{b}" for a, b in zip(LEFT, RIGHT)]
    assert texts([header, *rows]) == [header, *LEFT, *RIGHT]


def test_a_short_left_line_beside_text_set_off_far_in_the_right_column() -> None:
    """A heading in the left column beside the last word of a centred English author
    line: the wide gap spans the gutter, so the line still holds two columns."""
    rows = [f"{a}{' ' * 8}{b}" for a, b in zip(LEFT, RIGHT)]
    rows.insert(3, f"{'二、研究设计'}{' ' * 30}Yutong")
    rows += [f"{a}{' ' * 8}{b}" for a, b in zip(LEFT, RIGHT)]
    assert texts(rows) == LEFT[:3] + ["二、研究设计"] + LEFT[3:] + LEFT + RIGHT[:3] + ["Yutong"] + RIGHT[3:] + RIGHT


def test_a_run_begins_at_a_short_heading_beside_the_right_column() -> None:
    """The first page's two-column rows begin with a heading too short to start a
    run ("一、引言" beside the right column's first line), and the right column's
    lines stand half a line off the left's: those rows belong to the run too."""
    head = [
        "社区公共空间微更新中的居民参与研究",
        "摘要：社区公共空间的微更新是城市更新的重要组成部分，本文以三个老旧社区为例讨论居民参与。",
        "关键词：微更新；公共空间；居民参与",
        "中图分类号：D669.3　　　文献标志码：A　　　文章编号：1000-0000(2024)02-0001-08",
        "Abstract: The micro-renewal of public space in communities is part of urban renewal as a whole.",
        "Key words: micro-renewal; public space; resident participation; community governance",
        "",
    ]
    gutter = 30
    rows = [
        "一、引言".ljust(gutter) + RIGHT[0],
        " " * gutter + RIGHT[1],
        "  " + LEFT[0],
        " " * gutter + RIGHT[2],
        LEFT[1],
        *(a.ljust(gutter) + b for a, b in zip(LEFT[2:], RIGHT[3:])),
        LEFT[4].ljust(gutter) + "三、结语",
    ]
    foot = ["", "基金项目：江南省社会科学基金项目“社区公共空间微更新的治理机制研究”（24SH017）"]
    body = ["一、引言", *LEFT, *RIGHT, "三、结语"]
    assert texts(head + rows + foot) == [line for line in head if line] + body + foot[1:]


def test_a_tables_rows_in_the_left_column_beside_the_right_columns_text() -> None:
    """A table's rows set out in cells (gaps as wide as the gutter's) in the left column,
    the right column's text beside them: split at the last gap, at the gutter."""
    cells = ["甲县   8   4.6   2009", "乙县   6   3.1   2011"]
    rows = [f"{a}{' ' * 8}{b}" for a, b in zip(LEFT[:3], RIGHT[:3])]
    rows += [f"{c}{' ' * (26 - len(c))}{b}" for c, b in zip(cells, RIGHT[3:])]
    assert texts(rows) == LEFT[:3] + cells + RIGHT


def test_a_tables_rows_in_the_right_column_beside_the_left_columns_text() -> None:
    """The right column's table rows hold gaps of their own: the line still splits at the
    gutter, since the lines next to it are set out in cells too."""
    cells = ["指标       甲县 乙县 丙县", "人口/万人   62.4 48.7 31.2", "收入/亿元   58.3 21.6  9.8"]
    rows = [f"{a}{' ' * 8}{b}" for a, b in zip(LEFT[:2], RIGHT[:2])]
    rows += [f"{a}{' ' * 8}{c}" for a, c in zip(LEFT[2:], cells)]
    assert texts(rows) == LEFT + RIGHT[:2] + cells


def test_a_row_of_a_name_and_numbers_set_apart_by_single_spaces() -> None:
    """A left column's row whose numbers stand apart by single spaces: one gap after its
    name, one at the gutter."""
    cells = ["人口/万人   62.4 48.7", "收入/亿元   58.3 21.6"]
    rows = [f"{a}{' ' * 8}{b}" for a, b in zip(LEFT[:3], RIGHT[:3])]
    rows += [f"{c}{' ' * (26 - len(c))}{b}" for c, b in zip(cells, RIGHT[3:])]
    assert texts(rows) == LEFT[:3] + cells + RIGHT


def test_a_tables_rows_set_in_from_the_margin_beside_the_right_columns_text() -> None:
    """A table centred in the left column: its rows set in from the margin, the cells after the
    name a space apart, so no row beside the right column's text holds a second wide gap and
    no row next to it is set out in cells by gaps alone; set in by four spaces, as far as a
    margin may be, further than a first line's indent (round 14h). The gap inside the left
    column tells its rows: each splits at the gutter, the table's rows stay whole, in order."""
    table = ["变量    系数 标准误 比值比", "企业规模  0.58 0.11 1.79", "合作年限  0.43 0.09 1.54", "国有企业  0.12 0.18 1.13"]
    beside = ["改造的资金主要来自财政专项，社会资本", "参与有限，维护经费也没有稳定的来源。", "三、结论与讨论"]
    # (the gutter 20 spaces after a full left line: -layout's grid is finer than a CJK cell)
    rows = [f"{a}{' ' * 20}{b}" for a, b in zip(LEFT, RIGHT)]
    rows.append(f"{' ' * 4}{table[0]}{' ' * (34 - len(table[0]))}{beside[0]}")
    rows.append(f"{' ' * 4}{table[1]}")
    rows += [f"{' ' * 4}{c}{' ' * (34 - len(c))}{b}" for c, b in zip(table[2:], beside[1:])]
    assert texts(rows) == LEFT + table + RIGHT + beside


# A column as wide as LEFT's lines, 18 cells; right lines with citation marks, whose digits
# count half a cell, run wider than that (as on a journal's page).
WIDE_RIGHT = [
    "调查显示，居民参与集中在方案征集阶段[12]",
    "施工和维护阶段的参与较少[3-4]。部分改造",
    "完成后缺乏维护，使用效果逐渐下降[5-6]，",
    "居民对改造成效的评价随之降低[7]。二者之",
    "间的关系仍待检验，下文将分别讨论[8-9]。",
]


def test_an_indented_first_line_beside_the_right_column_by_one_space() -> None:
    """A paragraph's first line (indented, two cells short of the column) with one space
    before the right column's text: the column's measure is the width most left lines
    have (18 cells), not the wider lines' (the right lines with citation marks), so the
    indented line is a left line still."""
    rows = [f"{a}{' ' * 8}{b}" for a, b in zip(LEFT, WIDE_RIGHT)]
    first = "  " + "社区微更新中的居民参与日益受到重视，"[:16]
    rows.insert(2, f"{first} {RIGHT[0]}")
    assert texts(rows) == LEFT[:2] + [first.strip()] + LEFT[2:] + WIDE_RIGHT[:2] + [RIGHT[0]] + WIDE_RIGHT[2:]


def test_a_full_left_line_with_a_gap_before_the_gutter() -> None:
    """pdftotext -layout sets the right column's text where the left line's characters
    end, not at the gutter: a full left line may leave a gap of four spaces, ending well
    before the gutter the other rows show. Its widths tell: a full left line and a column
    line beside it."""
    rows = [f"{a}{' ' * 14}{b}" for a, b in zip(LEFT, RIGHT)]
    rows[2] = f"{LEFT[2]}    {RIGHT[2]}"
    assert texts(rows) == LEFT + RIGHT


def test_a_note_under_both_columns_comes_after_the_right_column() -> None:
    """The first page's note (收稿日期, 基金项目, 作者简介) stands under both columns; its
    short first lines are left-only lines after the right column has ended, right above
    its line across the page: they follow the right column, not the left column's last
    line (where the right column's first line would be read as the note's)."""
    rows = [f"{a}{' ' * 8}{b}" for a, b in zip(LEFT, RIGHT)]
    note = [
        "  收稿日期：2024-08-01",
        "基金项目：江南省社会科学基金项目（24SH017）",
        "作者简介：郑书涵（1990—），女，浙江宁波人，讲师，博士，主要研究方向为社区规划与城市更新。",
    ]
    assert texts(rows + note) == LEFT + RIGHT + [line.strip() for line in note]


def test_a_first_page_whose_two_columns_are_a_few_lines_tall() -> None:
    """The first page's front matter fills it but for a few lines of two columns: a heading
    beside the right column, right-only lines, an indented first line, the left column's
    last line, then the page's note. Its gaps wander (pdftotext -layout sets each page on
    its own grid), so the rows' widths tell, against the column measure of the next page."""
    head = [
        "摘要：社区公共空间的微更新是城市更新的重要组成部分，本文以三个老旧社区为例讨论居民参与。",
        "关键词：微更新；公共空间；居民参与",
        "",
    ]
    first = "  " + LEFT[1][:16]
    rows = [
        "一、引言".ljust(50) + RIGHT[0],
        " " * 50 + RIGHT[1],
        first + " " * 32 + RIGHT[2],
        LEFT[2],
    ]
    note = ["  收稿日期：2024-08-01", "基金项目：江南省社会科学基金项目“社区公共空间微更新的治理机制研究”（24SH017）"]
    page2 = ["\f" + LEFT[3] + " " * 8 + RIGHT[3], *(f"{a}{' ' * 8}{b}" for a, b in zip(LEFT, RIGHT))]
    body = ["一、引言", first.strip(), LEFT[2], *RIGHT[:3]]
    expected = [line for line in head if line] + body + note
    assert texts(head + rows + note + page2)[: len(expected)] == [line.strip() for line in expected]


def test_a_one_column_page_with_a_table_is_not_split() -> None:
    """A one-column page holding a table: its rows have wide gaps (a third of the page's
    lines), but the page's other lines run as wide as both columns — a one-column body —
    so the rows are read as they stand, not as two columns."""
    body = [a + b for a, b in zip(LEFT, RIGHT[:4])] * 2
    table = [
        "               准则层     权重    代表性指标  数据来源",
        "               防洪效益    0.35 防洪标准达标率 统计资料",
        "               生态效益    0.25 生态岸线比例 现场监测",
        "               社会效益    0.20  群众满意度  问卷调查",
        "               管护状况    0.20 管护经费到位率 管理台账",
    ]
    page = [*body[:4], "          表 2 评价指标体系", *table, *body[4:]]
    assert texts(page) == [line.strip() for line in page]


def test_a_notes_line_with_its_last_word_pushed_to_the_gutter() -> None:
    """A note under both columns whose last word pdftotext -layout set off by a wide gap
    that ends at the gutter: what stands before the gap is wider than any column line,
    so the line is the note's, whole (its last word is not the right column's)."""
    rows = [f"{a}{' ' * 20}{b}" for a, b in zip(LEFT, RIGHT)]
    note = "基金项目：安徽省教育科学规划课题“县域义务教育课后服务质量评价与提升研究”      （JK24B027）"
    assert texts(rows + [note]) == LEFT + RIGHT + [note]


def test_a_full_left_line_with_a_citation_mark_beside_the_right_column_by_one_space() -> None:
    """A full left line holding a citation mark counts wider than it prints (its digits
    and brackets are narrower than half a cell): 19.5 cells in a column of 18, one space
    before the right column's text. It is a left line still."""
    full = "要素向发展新质生产力集聚”[3]11。但是，"
    rows = [f"{a}{' ' * 8}{b}" for a, b in zip(LEFT, RIGHT)]
    rows.insert(3, f"{full} {RIGHT[0]}")
    assert texts(rows) == LEFT[:3] + [full] + LEFT[3:] + RIGHT[:3] + [RIGHT[0]] + RIGHT[3:]


def test_a_full_left_line_beside_a_figures_labels() -> None:
    """A full left line beside a bar chart's labels in the right column, set apart by wide
    gaps of their own: not a header spread across the page (whose first field is no full
    column line), so the line splits at its first gap."""
    rows = [f"{a}{' ' * 8}{b}" for a, b in zip(LEFT, RIGHT)]
    labels = "自营     委托  连锁        互助"
    rows.insert(2, f"{LEFT[4]}{' ' * 12}{labels}")
    assert texts(rows) == LEFT[:2] + [LEFT[4]] + LEFT[2:] + RIGHT[:2] + [labels] + RIGHT[2:]

def test_a_tables_rows_on_a_page_of_one_column_stay_whole() -> None:
    """Round 11a (round 10b's one-column -layout texts): three rows whose first wide gap falls at
    about the same place looked like a run of two columns, and were split there — their ends read
    after them as a column, the rows as headings and paragraphs (11 to 14 cells in each body). The
    text after such a gap holds more wide gaps: a row set out in cells, not a column."""
    rows = [
        "                表 1 实验室安全风险等级划分与管控要求",
        "    风险等级  风险值区间 标识颜色 实验室数/间 检查频次 管控责任主体",
        "    一级（重大） 75～100 红色   38   每周 1 次  学校与学院",
        "    二级（较大） 50～74  橙色   96   每两周 1 次   学院",
        "    三级（一般） 25～49  黄色   153  每月 1 次 学院与实验室",
        "    四级（低）   0～24  蓝色   125  每季度 1 次  实验室",
        "    注：实验室数为 2024 年春季学期的评定结果；检查频次为学院层面的最低要求。",
        "2.1.2 特种设备与仪器",
        "高压灭菌器、气瓶和大型加热设备在化学、生物和材料类实验室中普",
    ] + LEFT + RIGHT  # the page's other lines, of one column
    assert texts(rows) == [row.strip() for row in rows]


def test_the_gutter_where_the_page_sets_its_rows_on_another_grid() -> None:
    """pdftotext -layout sets a page's characters on a grid of its own; under a table (its rows
    set on the grid of their cells) the right column starts far further in than at the page's
    top, and the page's median start is no row's. Around each line the gutter is where the rows
    holding a full left line beside the right column have it (round 12c: chengshi-neilao)."""
    more_left = [
        "居民议事会是社区协商的主要平台，本文",
        "选取三个社区的议事会记录，统计议题的",
        "来源、讨论的轮次和形成决议的比例，并",
        "访谈了议事会成员和社区工作者二十人。",
        "议事会的议题多数来自居民的日常诉求。",
        "从议题来源看，居民提出的议题约占六成",
        "其余来自社区两委和物业服务企业的提议",
        "讨论轮次多为两轮，复杂议题达到四轮。",
        "形成决议的议题约占七成，其余暂缓处理",
        "或者转交街道有关部门继续协调和办理。",
        "决议的执行情况在下一次会议上通报。",
        "居民对议事会的总体评价较为积极正面。",
    ]
    more_right = [
        "改造方案经过两轮公示，居民意见主要",
        "集中在座椅数量、照明和儿童活动区域，",
        "设计单位据此调整了方案。施工期间由",
        "居民代表轮流监督，工程质量得到保证。",
        "改造后的空间使用率明显提高，老人和",
        "儿童成为最主要的使用者，傍晚人最多。",
        "维护方面，社区与物业签订了管养协议",
        "明确了保洁、绿化和设施维修的责任，",
        "并设立居民监督员定期巡查公共空间。",
        "巡查发现的问题通过微信群及时反馈，",
        "一般问题在三个工作日内得到处理完毕。",
        "这种做法使改造成果得以长期保持下来。",
    ]
    left = LEFT[:4] + more_left[:4]
    right = RIGHT[:4] + ["三、研究发现"] + more_right[:4]
    top = [f"{a}{' ' * (26 - len(a))}{b}" for a, b in zip(LEFT[:4], RIGHT[:4])]
    top += [" " * 26 + "三、研究发现"]  # the right column's heading, its left beside it blank
    top += [f"{a}{' ' * (26 - len(a))}{b}" for a, b in zip(more_left[:4], more_right[:4])]
    bottom = [f"{a}{' ' * (46 - len(a))}{b}" for a, b in zip(more_left[4:], more_right[4:])]
    assert texts(top + bottom) == left + more_left[4:] + right + more_right[4:]


def test_a_full_left_line_with_digits_beside_the_right_column_by_one_space() -> None:
    """Digits and Latin letters print wider than the half cell they are counted as: a full left
    line holding some measures short of the column (15 cells for 16.5 printed), and is still a
    left line beside the right column's text one space away (``LATIN_SLACK`` both ways, as for a
    full left line with a gap; round 12c: chengshi-neilao)."""
    rows = [f"{a}{' ' * 8}{b}" for a, b in zip(LEFT, RIGHT)]
    digits = "水量约 1 420 mm，汛期 4—7 月的降水"
    rows.insert(2, f"{digits} {RIGHT[0]}")
    assert texts(rows) == LEFT[:2] + [digits] + LEFT[2:] + RIGHT[:2] + [RIGHT[0]] + RIGHT[2:]


def test_a_first_pages_few_rows_of_two_columns_with_a_citation_mark_and_the_left_columns_tail() -> None:
    """The first page's few rows of two columns: a heading beside a right line whose citation
    mark prints wider than it counts (``LATIN_SLACK``), a right-only line, two rows of both
    columns, then the left column's last line below the right column's end — read before the
    right column, whatever the number of rows with a gap (round 12c: shiyanshi-anquan)."""
    head = [
        "摘要：社区公共空间的微更新是城市更新的重要组成部分，本文以三个老旧社区为例讨论居民参与。",
        "关键词：微更新；公共空间；居民参与",
        "",
    ]
    cited = "往往造成人员伤亡和财产损失[1] 。近年来，"
    first = "  " + LEFT[1][:16]
    rows = [
        "一、引言".ljust(50) + cited,
        " " * 50 + RIGHT[1],
        first + " " * 32 + RIGHT[2],
        LEFT[2] + " " * 32 + RIGHT[3],
        LEFT[3],
    ]
    note = ["  收稿日期：2024-08-01", "基金项目：江南省社会科学基金项目“社区公共空间微更新的治理机制研究”（24SH017）"]
    page2 = ["\f" + LEFT[3] + " " * 8 + RIGHT[3], *(f"{a}{' ' * 8}{b}" for a, b in zip(LEFT, RIGHT))]
    body = ["一、引言", first.strip(), LEFT[2], LEFT[3], cited, *RIGHT[1:4]]
    expected = [line for line in head if line] + body + note
    assert texts(head + rows + note + page2)[: len(expected)] == [line.strip() for line in expected]


def test_a_piece_of_a_left_line_set_a_row_lower_beside_the_right_column() -> None:
    """pdftotext -layout sets the text after a quote's closing mark a row lower, where the left
    line's characters end, one space before the right column's line: that row is the left
    line's piece and the right column's line, not a line across both columns (which had ended
    the page's split there, the columns' lines after it read in turn; round 12c: the bundled
    article's narrow layout)."""
    quoted = "经济发展的“含金量”与“含绿量”"
    rows = [f"{a}{' ' * 8}{b}" for a, b in zip(LEFT, RIGHT)]
    rows[3:3] = [quoted, " " * 15 + "；另一方面， " + RIGHT[0]]
    assert texts(rows) == LEFT[:3] + [quoted, "；另一方面，"] + LEFT[3:] + RIGHT[:3] + [RIGHT[0]] + RIGHT[3:]


def test_raised_citation_marks_printed_a_row_higher_go_back_into_their_line() -> None:
    """pdftotext -layout prints a raised (superscript) citation mark on a row of its own above
    its line and leaves a hole where it stood, before the punctuation after it; the hole read
    as the gap between two columns and cut the left line in two (round 12c: feiyi-duanshipin,
    yanglao-shitang, the narrow layout). The mark goes back into the hole, and the right
    column's text stays where it was."""
    rows = [f"{a:<40}{b}" for a, b in zip(LEFT, RIGHT)]
    # "传播效果[5-6]，也有学者从文化认同的角度讨" with its mark raised, beside RIGHT[1]
    holed = "传播效果" + " " * 11 + "，也有学者从文化认同的角度讨"
    rows[1:2] = ["       [5-6]", f"{holed:<40}{RIGHT[1]}"]
    left = [LEFT[0], "传播效果[5-6]，也有学者从文化认同的角度讨", *LEFT[2:]]
    assert texts(rows) == left + RIGHT
    # a reference entry's number at the margin, alone on its row, stays
    entry = ["[1]", "张明，李华. 社区治理研究 [J]. 城市问题，2023(4)：1-9."]
    assert texts(entry) == entry


def test_a_pages_running_header_set_in_from_the_margin_is_read_whole() -> None:
    """A page's top line set in from the margin is its running header: the journal's name and
    its date and volume, spread apart, the gap between them near the gutter — read whole (the
    header's fields had gone into the two columns, its name glued into a paragraph; round 12c:
    chengshi-gengxin and liuyu-buchang, the narrow layout)."""
    rows = [f"{a:<24}{b}" for a, b in zip(LEFT, RIGHT)]
    header = "\f" + " " * 16 + "城市治理研究" + " " * 6 + "2024 年 2 月 第 12 卷第 2 期"
    assert texts(rows + [header] + rows) == LEFT + RIGHT + [header.strip()] + LEFT + RIGHT


def test_a_reference_entry_beside_a_full_left_line_by_two_spaces() -> None:
    """The right column's reference list, in small type with Latin letters, runs a little wider
    than a column's line; beside a full left line, two spaces away, it is still the right
    column's line (``LATIN_SLACK`` on the right part as on the left; round 12c:
    chengshi-gengxin, the narrow layout)."""
    entry = "[2] 陈立群. 老旧小区改造中的居民满意度 [J]."  # 20 cells; the column's lines 18
    full = "但只有五个项目在设计之前进行了系统的"
    rows = [f"{a:<24}{b}" for a, b in zip(LEFT, RIGHT)]
    rows[3] = f"{full}  {entry}"
    assert texts(rows) == LEFT[:3] + [full] + LEFT[4:] + RIGHT[:3] + [entry] + RIGHT[4:]


def test_a_left_line_of_latin_words_spread_by_justification_beside_the_right_column() -> None:
    """A reference entry in Latin letters, justified in the left column, holds wide gaps of its
    own ("management:     a review of"); the gap before the right column's text is its last,
    after a full left line — not a header spread across the page (round 12c: the English block
    beside the reference list, chengshi-neilao and shiyanshi-anquan, `【摘要】` layout)."""
    entries = ["[4] PARK J, HOLLOWAY R. Integrated", "urban flood management:     a review of",
               "planning and governance[J]. Urban Water", "Systems, 2022, 19(4): 301-318.     DOI:"]
    english = ["A Systematic Approach to Urban", "Waterlogging Control in Hilly",
               "Cities of Southern China: The", "Case of a Prefecture-level City in"]
    rows = [f"{a:<43}{b}" for a, b in zip(LEFT + entries, RIGHT + english)]
    assert texts(rows) == LEFT + entries + RIGHT + english


def test_a_left_part_set_in_further_than_an_indent_is_no_indented_first_line() -> None:
    """pdftotext -layout sets the text from a quote's font a row lower, where the left line's
    characters ended (“联而不通” / "             “通而不融”的   …right column…"): that left part
    is a piece of the line above, not a paragraph's indented first line, whatever its lead
    (an indent is two cells: a few characters on the grid; round 12c: xianyu-yigongti)."""
    from wenxian.importer.lines import split_lines

    rows = [f"{a:<26}{b}" for a, b in zip(LEFT, RIGHT)]
    rows[2:2] = ["地区的医共体存在“联而不通”", f"{' ' * 13}{'“通而不融”的':<13}{'以上；湖东县的门急诊人次和住院'}"]
    lines = split_lines("\n".join(rows))
    piece = next(line for line in lines.lines if line.text.startswith("“通而不融”"))
    assert not piece.indent


def test_a_display_formula_in_the_left_column_beside_the_right_columns_full_line() -> None:
    """A display formula centred in the left column, its number at the column's edge, holds a wide
    gap of its own before the number ("R = M / N × 100%   （1）"); the last gap, at the gutter, is
    the columns' when the right column's line after it fills a column (session 13: the formula's
    row had been read as one line across the columns, the right column's line glued to the formula
    and cut out of its paragraph)."""
    formula = "R = M / N × 100%   （1）"
    right = "居民议事会每月召开一次，议题由居民"
    rows = [f"{a:<26}{b}" for a, b in zip(LEFT, RIGHT)]
    rows.insert(3, f"{'    ' + formula:<30}{right}")
    assert texts(rows) == LEFT[:3] + [formula] + LEFT[3:] + RIGHT[:3] + [right] + RIGHT[3:]

