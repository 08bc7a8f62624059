"""Plain pdftotext on a two-column page (wenxian.importer.blockorder, round 9b): lines of
both columns interleaved by their height, two lines that share a baseline joined by one
space, the right column's top set before the left column. The texts are written for
these tests (MIT, as the project)."""

from __future__ import annotations

from tests.importer.helpers import COLUMN, read_body as _body, wrap_in_column as wrap
from wenxian.importer import blockorder
from wenxian.importer.evidence import Decision
from wenxian.importer.lines import Line



def interleave(left: list[str], right: list[str], joined: tuple[int, ...]) -> list[str]:
    """Both columns' lines by their height, one of each in turn, as pdftotext emits them
    when it misses the gutter; at the ``joined`` rows the two lines share a baseline and
    come out as one, joined by a space."""
    rows: list[str] = []
    for k in range(max(len(left), len(right))):
        pair = [side[k] for side in (left, right) if k < len(side)]
        rows.extend([" ".join(pair)] if k in joined and len(pair) == 2 else pair)
    return rows


HEAD = [
    "山区县域客运站点的综合利用研究",
    "罗志远1，唐雨晴2",
    "（1. 西山交通学院运输经济系，贵阳 550000；2. 西山城乡研究院，贵阳 550001）",
    "【摘要】山区县域的乡镇客运站大多客流稀少、设施闲置。本文比较两个县的客运站改造做法，发现站点功能单一、",
    "运营主体分散和财政补贴不稳是闲置的主要原因，建议把客运站改造为集客运、物流和便民服务于一体的综合站点，",
    "并以县级统筹保障其持续运营。",
    "【关键词】客运站；综合利用；县域交通",
    "",
]
INTRO = "乡镇客运站是山区群众出行的起点，也是县域交通网络的末梢[1]。随着私家车普及和道路条件改善，许多客运站的日均发送量已降到个位数，站房和停车场长期空置。"
PRIOR = "已有研究多讨论客运线路的优化，对站点本身如何再利用关注不多[2]。站点闲置既浪费了前期投入，也让一些仍依赖班车的老人出行更加不便。"
DESIGN = "本文选取两个山区县作为案例，两县都在近三年改造了一批乡镇客运站。研究资料包括改造方案、运营台账以及对站点工作人员和乘客的访谈记录。"
STATE = "两个县的乡镇客运站大多建于二十年前，站房面积较大而客流很少，站内售票和候车功能基本停用，仅保留少量班车停靠[3]。"
USE = "改造后的站点多数增加了快递收发和农产品代购功能，但各项业务分属不同部门，站点人员身兼数职，收入仍然微薄。"
ISSUES = "调研发现，站点的持续运营主要受制于以下两个方面。"
ITEM_1 = "1. 运营主体分散：县交通运输部门、邮政和商务部门各自投入，站点的日常管理缺少统一的牵头单位，遇到问题时常常相互推诿[4]。"
ITEM_2 = "2. 补贴来源不稳：站点运营依赖年度专项补贴，补贴一旦中断，新增的便民服务往往随之停办。"
FOOTNOTE = ["收稿日期：2024-03-02", "作者简介：罗志远（1984—），男，副教授。"]
ADVICE = "综合站点的持续运营，关键在于明确牵头部门并建立稳定的经费来源，把客运、物流和便民服务的收入统筹使用[5]。"
REFS = ["参考文献："] + [f"[{n}] 作者{n}. 题名{n} [J]. 期刊, 2023({n}): {n}-9." for n in range(1, 6)]

WANT_HEADINGS = ["一、引言", "二、研究设计", "三、站点利用的现状", "（一）站房功能单一", "（二）运营难以为继", "四、结语"]
WANT_PARAGRAPHS = [INTRO, PRIOR, DESIGN, STATE, USE, ISSUES, ITEM_1, ITEM_2, ADVICE]


def _page_one() -> list[str]:
    """Page one as plain pdftotext gives it: the left column ends mid-sentence in DESIGN,
    whose tail tops the right column and comes out first, in a block of its own; then both
    columns' lines interleaved in one block; then the footnote."""
    design = wrap(DESIGN)
    left = ["一、引言", *wrap(INTRO), *wrap(PRIOR), "二、研究设计", *design[:-2]]
    right = ["三、站点利用的现状", "（一）站房功能单一", *wrap(STATE), "（二）运营难以为继", *wrap(USE), *wrap(ISSUES),
             *wrap(ITEM_1)]
    return HEAD + design[-2:] + [""] + interleave(left, right, (1, 4, 9, 13)) + [""] + FOOTNOTE + [""]


def test_interleaved_columns_with_joined_lines_are_read_column_by_column() -> None:
    """Lines on one baseline joined by a space (a heading's or an indented first line's
    among them) are cut apart, the joined parts tell which stream is the left column, and
    the right column's top, set first, goes after the left column's end."""
    pages = [_page_one(), [*wrap(ITEM_2), "", "四、结语", *wrap(ADVICE), "", *REFS, ""]]
    source = "\f".join("\n".join(p) + "\n" for p in pages)
    assert any(" " in line and len(line) > COLUMN + 4 for line in pages[0][len(HEAD):])  # joined lines there are
    explain: list[Decision] = []
    heads, paras, cites = _body(source, explain)
    assert heads == WANT_HEADINGS
    assert paras == [p.replace(" ", "") for p in WANT_PARAGRAPHS]
    assert cites == [1, 2, 3, 4, 5]


def _line(text: str, number: int = 1) -> Line:
    from wenxian.importer.chars import width

    return Line(number, text, False, False, width(text), 0)


def test_a_joined_line_is_cut_after_an_indented_first_line_a_sentence_end_or_a_heading() -> None:
    """The left part of a joined line need not be full: a paragraph's first line (short by
    its lost indent), a paragraph's last line, a heading."""
    for left, right in [
        ("自首个跨省流域补偿试点启动以来，", "态流量和水生生物等其他因素，难以全面"),
        ("者得到合理回报。", "种对赌式安排简明易行，但忽视了水量、生"),
        ("二、调查对象与方法", "一些村民习惯了“免费水”，对缴纳水费有"),
    ]:
        parts = blockorder._split_joined(_line(f"{left} {right}"), 19.0)
        assert [p.text for p in parts] == [left, right]


def test_the_column_is_the_band_most_lines_fall_in() -> None:
    """Joined lines (about twice a column), reference entries and a footnote across the page
    do not pass for the column's width; indented first lines (two short) belong to it."""
    widths = [16.0] * 6 + [18.0] * 12 + [18.5, 19.0, 19.0] + [31.0, 33.0, 34.0, 36.0, 40.0, 27.0] + [22.5, 23.5, 24.5]
    assert blockorder._page_column(widths, 45.0) == 19.0
    assert blockorder._page_column([30.0] * 10 + [32.0] * 20, 45.0) == 32.0  # one column: the quantile


def test_reference_entries_in_small_type_do_not_widen_the_column() -> None:
    """A page whose right column holds the reference list (round 12b, the narrow layout's last
    page): entries in small type print two cells wider than a body line, and with as many of
    them as full body lines the band moved up to them — a full line stretched to 19 cells in a
    20-cell column then read as a paragraph's indented first line. The band is measured on the
    lines that are no entry's first line; a page of little else keeps the band of all its lines."""
    body = [20.0] * 9 + [21.0] * 2 + [19.0] * 2 + [18.0] * 3 + [12.0, 13.0]
    entries = [22.0] * 10 + [21.5] * 6
    assert blockorder._page_column(body + entries, 45.0) == 22.0  # the band of all lines
    assert blockorder._page_column(body + entries, 45.0, body) == 21.0
    continuations = [10.0, 11.0, 12.0, 12.5, 13.0, 9.5]  # a page of the list alone
    assert blockorder._page_column(continuations + entries, 45.0, continuations) == 22.0

def test_the_texts_width_is_the_abstracts_not_a_table_row_on_one_line() -> None:
    lines = [_line(t, k) for k, t in enumerate(
        ["摘要：" + "文" * 29, "文" * 32, "文" * 31, "关键词：甲；乙", "正" * 32, "甲县 8 200～1 500 4.6 2009—2017 乙县 6 150～1 200 3.1 2011—2019 丙县 6 100～800 2.7"], 1)]
    lines[2].gap_after = True
    assert blockorder._text_width(lines, 0) == 32.0


def test_heading_numbers_out_of_turn_in_a_stream_are_counted() -> None:
    texts = ["三、末端配送的主要困境", "（一）品牌分散", "（二）站点难以为继", "四、共同配送", "五、结语", "（二）借助班车"]
    lines = [_line(t, k) for k, t in enumerate(texts, 1)]
    assert blockorder._headings_out_of_turn([0, 0, 0, 0, 0, 1], lines) == 0
    assert blockorder._headings_out_of_turn([0, 0, 0, 0, 0, 0], lines) == 1  # （二） right after 五、
    assert blockorder._headings_out_of_turn([0, 0, 1, 1, 0, 0], lines) == 2  # 五、 after 三、, （二） right after 五、


def test_a_lists_first_item_after_a_sentence_announcing_it_weighs_for_the_join() -> None:
    lines = [_line(t, k) for k, t in enumerate(["监测方面的问题同样突出，具体表现为以", "下几点。", "1. 监测点位各自设置：上下游两省在", "本文选取东南和西南各一个跨省流域"], 1)]
    join = blockorder._line_joins(lines, 18.0)
    assert join(1, 2) > 0 >= join(1, 3)


def test_a_lone_line_ending_a_sentence_is_a_paragraphs_tail_and_latin_prints_wider() -> None:
    tail = blockorder._block([_line("整的往往只是细节。")], 19.0)
    assert tail.first_full and not tail.first_new  # may continue "…居民能够调"
    latin = blockorder._block([_line("放率 q ∈ [0, 1] 表示抽检垃圾袋中分类正"), _line("确者所占比例。", 2)], 19.0)
    assert latin.first_full and not latin.first_new


def test_a_figures_labels_and_a_reference_entry_are_no_prose_to_continue() -> None:
    """Lines without a punctuation mark (a figure's labels printed in a column) do not end
    mid-sentence, and a block opening with a reference entry does not continue a sentence."""
    labels = blockorder._block([_line("供水保证水费收缴设备维修水质检测"), _line("管护内容", 2)], 19.0)
    assert not labels.open_end
    prose = blockorder._block([_line("建立长效管护机制，关键是理顺责任、"), _line("保障资金、补强力量。一是推行县级统管", 2)], 19.0)
    assert prose.open_end
    entry = blockorder._block([_line("[3] 邵明远. 丘陵地区农村供水工程规划布局研"), _line("究 [J]. 水利发展研究，2021, 21(4): 55-61.", 2)], 19.0)
    assert entry.first_new and not entry.first_full


def _last_page_list_right_first() -> str:
    """The last page as plain pdftotext gave it (round 12b, feiyi-duanshipin's twocol-spaced
    text): the left column's first lines, in a block; the right column, the list's later entries
    ([4]…[8]); then the rest of the left column in one block: the last section, the list's label
    and its first entries, the last of them ending without a sentence's end."""
    entries = [f"[{n}] 作者{n}. 关于县域客运站点的研究之{n} [J]. 期刊, 2023({n}): {n}-9" for n in range(1, 9)]
    item = wrap(ITEM_2)
    rest = [*item[2:], "四、结语", *wrap(ADVICE), "参考文献：", *entries[:3]]
    pages = [_page_one(), [*item[:2], "", *entries[3:], "", *rest, ""]]
    return "\f".join("\n".join(p) + "\n" for p in pages)


def test_a_lists_later_entries_printed_first_go_after_its_first_ones() -> None:
    """A list's entries are numbered in reading order: a block of entries [4]…[8] before the
    block holding the last section and entries [1]…[3] runs backwards (``entry_order``), and a
    block of entries after the list's label or after the entry before it continues the list
    (no dangling end): the blocks are turned round, the section stays body text, the list is whole."""
    from wenxian.importer import read_text

    source = _last_page_list_right_first()
    heads, paras, cites = _body(source)
    assert heads == WANT_HEADINGS
    assert paras == [p.replace(" ", "") for p in WANT_PARAGRAPHS]
    assert cites == [1, 2, 3, 4, 5]
    references = read_text(source).references
    assert [r.text.split(".")[0] for r in references] == [f"作者{n}" for n in range(1, 9)]
    assert {"entry_order"} <= set(blockorder._Page([blockorder._block(b, 18.0) for b in (
        [_line(e, n) for n, e in enumerate(["[4] 作者4. 题名 [J]. 期刊, 2023(4): 4-9", "[5] 作者5. 题名 [J]. 期刊"], 1)],
        [_line(e, n) for n, e in enumerate(["四、结语", "[1] 作者1. 题名 [J]. 期刊, 2023(1): 1-9"], 5)],
    )], False, True, set()).features([0, 1]))


def test_a_joins_evidence_is_given_by_name_and_weighed_as_the_join() -> None:
    """Session 15: ``_line_joins`` gives each join's evidence by the names of ``evidence.ORDER``
    (``join.features``), for a fit of the weights (benchmarks/importcorpus/fit_split.py); the join
    is that evidence weighed."""
    from wenxian.importer import evidence

    texts = ["式中，P_w、P_d、P_g 分别为供水、排", "澄州市位于江岚省东南部，中心城区面积", "水和燃气管线的优先度。按照取值，管段",
             "2.2 评价方法", "约 186 km²，常住人口约 142 万人。中心城区现"]
    lines = [_line(t, k) for k, t in enumerate(texts, 1)]
    join = blockorder._line_joins(lines, 18.0)
    assert join.features(0, 2) == {"word_across": 1.0}  # 排 + 水: 排水
    assert join.features(1, 4) == {"no_word_across": 1.0}  # 面积 + 约
    assert join.features(1, 3) == {"dangling": 1.0}  # mid-sentence, then a heading
    assert join.features(3, 4) == {"heading_then_continuation": 0.5}
    for a in range(len(lines)):
        for b in range(a + 1, len(lines)):
            weighed = sum(evidence.ORDER[name] * value for name, value in join.features(a, b).items())
            assert join(a, b) == weighed
