"""Figures and tables in extracted text (wenxian.importer.captions): the caption stays where it
stood, the cells and axis labels the extractor printed are left out, and the headings and
paragraphs around them are read as they are. The texts are written for these tests."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.importer.captions import caption_kind
from wenxian.importer.headings import heading_style
from wenxian.model import Caption, Heading, Paragraph

BEFORE = ("本文使用的数据包括 Sentinel-2 多光谱影像和气象站降水资料，这些数据覆盖了研究区的\n"
          "全部范围，时间跨度为九年，数据的基本信息见表 1。\n")
AFTER = ("3 结果与分析\n3.1 水体面积的年际变化\n研究区水体面积在 2015—2018 年间持续减少，2019 年以后逐步回升，\n"
         "总体呈先减少后增加的趋势，这一变化与降水量的年际波动基本一致。\n")


def blocks(text: str) -> list:
    return read_text("2 研究区与数据\n" + text).blocks


def body_text(found: list) -> str:
    """The paragraphs' text, run together: where a cell left in the body would show."""
    return " ".join(b.plain_text() for b in found if isinstance(b, Paragraph))


def assert_table_left_out(found: list, caption: str, note: str, cells: tuple[str, ...]) -> None:
    """The table's caption and note found as such, none of its ``cells`` in the body, and the
    headings after it (AFTER's) kept."""
    table = next(b for b in found if isinstance(b, Caption))
    assert (table.text, table.note) == (caption, note)
    body = body_text(found)
    assert [cell for cell in cells if cell in body] == []
    assert [h.text for h in found if isinstance(h, Heading)] == ["2 研究区与数据", "3 结果与分析", "3.1 水体面积的年际变化"]


def test_a_tables_cells_one_a_line_are_left_out_and_the_headings_after_them_kept() -> None:
    cells = "表 1 数据基本信息\n数据类型\n时间范围\n空间分辨率\nSentinel-2\n2015—2023\n10 m\n降水资料\n2015—2023\n站点\n"
    found = blocks(BEFORE + cells + AFTER)
    captions = [b for b in found if isinstance(b, Caption)]
    assert [(c.kind, c.text) for c in captions] == [("table", "表 1 数据基本信息")]
    assert [h.text for h in found if isinstance(h, Heading)] == ["2 研究区与数据", "3 结果与分析", "3.1 水体面积的年际变化"]
    text = body_text(found)
    assert "空间分辨率" not in text and "站点" not in text


def test_a_tables_rows_laid_out_in_cells_and_its_note() -> None:
    rows = ("表 2 各年水体面积\nTable 2 Water area by year\n年份        面积/km2        变化率/%\n"
            "2015        812.4           —\n2016        798.1           -1.8\n"
            "注：面积由 Sentinel-2 影像提取。\n")
    found = blocks(BEFORE + rows + AFTER)
    caption = next(b for b in found if isinstance(b, Caption))
    assert caption.text == "表 2 各年水体面积 Table 2 Water area by year"
    assert caption.note == "注：面积由 Sentinel-2 影像提取。"
    assert not any("812.4" in b.plain_text() for b in found if isinstance(b, Paragraph))
    assert sum(isinstance(b, Heading) for b in found) == 3


def test_a_figure_inside_a_paragraph_its_labels_before_its_caption() -> None:
    text = ("图中可以看出，研究区水体面积的变化过程可以分为两个阶段，其中第一阶段\n"
            "面积/km2\n900\n800\n2015  2017  2019  2021  2023\n"
            "图 1 2015—2023 年研究区水体面积变化\nFig. 1 Changes of water area from 2015 to 2023\n"
            "为持续减少阶段，第二阶段为逐步回升阶段，两者的分界点在 2019 年前后。\n" + AFTER)
    found = blocks(text)
    paragraphs = [b.plain_text() for b in found if isinstance(b, Paragraph)]
    assert paragraphs[0].endswith("其中第一阶段为持续减少阶段，第二阶段为逐步回升阶段，两者的分界点在 2019 年前后。")
    caption = next(b for b in found if isinstance(b, Caption))
    assert caption.kind == "figure" and caption.text.startswith("图 1 2015—2023 年研究区水体面积变化 Fig. 1")
    assert found.index(caption) == 2  # after the paragraph the figure interrupted
    assert not any("900" in p for p in paragraphs)


def test_a_sentence_that_starts_with_a_figures_name_is_text() -> None:
    text = "图 1 给出了研究区水体面积的变化过程，由图 1 可知，水体面积先减少后增加。\n" + AFTER
    found = blocks(text)
    assert not any(isinstance(b, Caption) for b in found)
    assert found[1].plain_text().startswith("图 1 给出了")


def test_a_wrapped_english_twin_and_rows_set_apart_by_single_spaces() -> None:
    # A narrow column (pypdfium2): the twin runs over two lines; each row is one line, its
    # cells set apart by single spaces, the head row without a number.
    text = ("研究区的基本情况见表 3，三个流域的面积和人口差别较大，适合比较分析。\n"
            "表 3 三个流域的基本情况\nTable 3 Basic information of the three\nriver basins\n"
            "指标 甲流域 乙流域 丙流域\n面积/km2 812.4 655.0 431.7\n常住人口/万人 62.4 48.7 31.2\n接入平台的部门/个 27 19 14\n" + AFTER)
    found = blocks(text)
    caption = next(b for b in found if isinstance(b, Caption))
    assert caption.text == "表 3 三个流域的基本情况 Table 3 Basic information of the three river basins"
    body = body_text(found)
    assert "甲流域" not in body and "812.4" not in body and "62.4" not in body and "接入平台" not in body
    assert sum(isinstance(b, Heading) for b in found) == 3



def test_a_head_of_quantities_with_units_and_rows_of_long_ranges() -> None:
    # Cells set apart by single spaces, longer than a short cell: a head's quantities with
    # their units ("设计规模/(m³/d)") and rows of year ranges ("2009—2017").
    text = ("各站的基本情况如下，三个镇的规模相差较大，适合比较分析。\n"
            "表 4 各站的基本情况\nTable 4 Basic information of the stations\n"
            "镇别 站点/处 设计规模/(m³/d) 服务人口/万人 建成年份\n"
            "甲镇 8 200～1 500 4.6 2009—2017\n乙镇 6 150～1 200 3.1 2011—2019\n" + AFTER)
    found = blocks(text)
    caption = next(b for b in found if isinstance(b, Caption))
    assert caption.text == "表 4 各站的基本情况 Table 4 Basic information of the stations"
    body = body_text(found)
    assert "设计规模" not in body and "2009—2017" not in body and "乙镇" not in body
    assert sum(isinstance(b, Heading) for b in found) == 3


def test_a_twins_label_printed_apart_from_its_title_joins_the_caption() -> None:
    # pdftotext and a wide gap between number and title: "Fig. 2" comes out lines before the
    # caption, its title right after the Chinese caption.
    text = ("水体面积的变化过程可以分为两个阶段，两者的分界点在 2019 年前后。\n"
            "Fig. 2\n面积/km2\n900\n800\n2015  2017  2019  2021  2023\n"
            "图 2 2015—2023 年研究区水体面积变化\nChanges of water area from 2015 to 2023\n" + AFTER)
    found = blocks(text)
    caption = next(b for b in found if isinstance(b, Caption))
    assert caption.text == "图 2 2015—2023 年研究区水体面积变化 Fig. 2 Changes of water area from 2015 to 2023"
    assert not any("Fig. 2" in b.plain_text() for b in found if isinstance(b, Paragraph))


def test_a_quantity_starting_the_line_after_a_table_is_no_heading() -> None:
    # A table set inside a paragraph: the paragraph's next line starts with "9 月" — a date.
    from wenxian.importer.headings import heading_style

    assert heading_style("9 月进行，共访谈街道和社区工作人员 38") is None
    assert heading_style("38 人次") is None
    assert heading_style("5 结语") == "ar1" and heading_style("3 数据共享的主要障碍") == "ar1"


def test_a_figures_labels_after_a_lone_twin_label_and_a_comma_pushed_over() -> None:
    # pdftotext: the figure stands inside a sentence whose comma went to a line of its own, and
    # its twin's "Fig. 3" stands between its labels and its caption.
    text = ("水体面积的变化过程可以分为两个阶段，第一阶段面积持续减少，减少最多的是湖泊“东湖”\n"
            "，\n面积/km2\n0.81\n0.52\n0.46\n东湖西湖南湖\n湖泊\nFig. 3\n"
            "图 3 主要湖泊的面积变化率\nChange rates of the main lakes\n"
            "第二阶段面积逐步回升，两者的分界点在 2019 年前后。\n" + AFTER)
    found = blocks(text)
    caption = next(b for b in found if isinstance(b, Caption))
    assert caption.text == "图 3 主要湖泊的面积变化率 Fig. 3 Change rates of the main lakes"
    paragraphs = [b.plain_text() for b in found if isinstance(b, Paragraph)]
    assert paragraphs[0].endswith("湖泊“东湖”，第二阶段面积逐步回升，两者的分界点在 2019 年前后。")
    assert not any("0.52" in p or "东湖西湖" in p or "面积/km2" in p for p in paragraphs)


def test_a_figure_under_a_heading_its_twins_label_between_labels_and_caption() -> None:
    # A figure at a page's top right under a heading (the page number printed first); its
    # twin's "Fig. 4" stands between its labels and its caption.
    text = ("水体面积的变化过程可以分为两个阶段，两者的分界点在 2019 年前后。\n"
            "2.1 湖泊面积\n\n103\n\n面积/km2\n16\n12\n9\n东湖\n西湖\n湖泊\nFig. 4\n"
            "图 4 主要湖泊的面积\nArea of the main lakes\n"
            "湖泊面积的变化与降水量的年际波动基本一致，东湖的变化最为明显。\n" + AFTER)
    found = blocks(text)
    assert any(isinstance(b, Heading) and b.text == "2.1 湖泊面积" for b in found)
    caption = next(b for b in found if isinstance(b, Caption))
    assert caption.text == "图 4 主要湖泊的面积 Fig. 4 Area of the main lakes"
    assert found[found.index(caption) + 1].plain_text().startswith("湖泊面积的变化")
    assert not any("面积/km2" in b.plain_text() for b in found if isinstance(b, Paragraph))


def test_a_tables_cells_printed_away_from_its_caption_are_left_out() -> None:
    # Two columns through pdftotext: the table's caption stands in one column's stream, its
    # cells come out later among the other column's lines, inside a paragraph.
    text = (BEFORE + "表 5 三个湖泊的基本情况\n3 结果与分析\n3.1 水体面积的年际变化\n"
            "研究区水体面积在 2015—2018 年间持续减少，2019 年以后逐\n"
            "面积/km2\n62.4\n48.7\n31.2\n"
            "步回升，总体呈先减少后增加的趋势，这一变化与降水量的年际\n波动基本一致。\n")
    explain: list = []
    found = read_text("2 研究区与数据\n" + text, explain=explain).blocks
    assert any(d.what == "cells away from their caption left out (lines 8-11)" for d in explain)
    assert any(isinstance(b, Caption) and b.text == "表 5 三个湖泊的基本情况" for b in found)
    paragraphs = [b.plain_text() for b in found if isinstance(b, Paragraph)]
    assert paragraphs[-1] == ("研究区水体面积在 2015—2018 年间持续减少，2019 年以后逐步回升，"
                              "总体呈先减少后增加的趋势，这一变化与降水量的年际波动基本一致。")


def test_a_headings_tail_does_not_take_cells_printed_under_it() -> None:
    text = (BEFORE + "表 6 三个湖泊的面积\n3 结果与分析\n面积/km2\n0.81\n0.52\n"
            "3.1 水体面积的年际变化\n研究区水体面积在 2015—2018 年间持续减少，2019 年以后逐步回升。\n")
    found = blocks(text)
    assert [b.text for b in found if isinstance(b, Heading)][-2:] == ["3 结果与分析", "3.1 水体面积的年际变化"]
    assert not any("0.81" in b.plain_text() for b in found if isinstance(b, Paragraph))


def test_a_twin_set_apart_by_a_full_width_space_wraps_and_the_head_row_under_it_is_left_out() -> None:
    rows = ("表 1\u3000调查学校的基本情况\nTable 1\u3000Basic information on the services in the surveyed\n"
            "schools\n县别 学校数/所 参与率/% 每周时长/小时\n东县\n西县\n8～10\n6～8\n86.4\n78.9\n16\n14\n"
            "注：参与率为参加课后服务的学生占在校生的比例。\n")
    found = blocks(BEFORE + rows + AFTER)
    caption = next(b for b in found if isinstance(b, Caption))
    assert caption.text.endswith("in the surveyed schools")
    text = body_text(found)
    assert "学校数/所" not in text and "schools" not in text


def test_a_charts_category_names_under_its_values_are_labels_too() -> None:
    """The category names of a bar chart printed on one line under the bars' values — set
    apart by single spaces, or run together — are labels, not a paragraph."""
    for names in ("城区学校 镇区学校 乡村学校", "供水保证水费收缴设备维修水质检测"):
        figure = f"满意度\n0.78\n0.69\n0.57\n{names}\n学校类型\n图 1 不同类型学校的家长满意度\n"
        found = blocks(BEFORE + figure + AFTER)
        caption = next(b for b in found if isinstance(b, Caption))
        assert caption.kind == "figure"
        text = body_text(found)
        assert names.split()[0] not in text and "学校类型" not in text, names


def test_the_column_is_measured_without_the_figures_lines() -> None:
    """A paragraph the figure cut goes on under it with a full line that ends a sentence;
    the next paragraph's first line is short by its indent. Measured against the chart's
    short labels and caption, that first line looked full and the two paragraphs ran
    together (a narrow column, no indent or blank line kept, as pypdfium2 gives it)."""
    text = ("一、研究设计\n首先，以统一目录明确数据权责。县\n级层面应当编制统一的数据资源目录，逐\n"
            "项明确数据的来源部门、共享范围和使用\n部门\n共享率\n0.82\n民政\n0.35\n公安\n0.64\n农业\n"
            "图 1 丙县主要部门的数据共享率\nFig. 1 Data sharing rates of the main\ndepartments in County C\n"
            "责任，使共享有章可循、追责有据可依。\n其次，以场景应用激发共享动力。共\n享的动力来自应用，只有当共享数据切实\n"
            "减轻了部门负担、提高了服务效率，部门\n才会形成主动共享的意愿，取得了较好效\n果。\n")
    paragraphs = [b.plain_text() for b in read_text(text).blocks if isinstance(b, Paragraph)]
    assert paragraphs[0].endswith("使用责任，使共享有章可循、追责有据可依。")
    assert paragraphs[1].startswith("其次，以场景应用激发共享动力。")


def test_a_tables_head_printed_after_its_first_columns_cells_is_left_out() -> None:
    """pdfminer prints a table column by column: the row names, then the head of the other
    columns on one line (names set apart by single spaces, no number), then the values."""
    table = ("表 1 三个试点县的基本情况\n指标\n常住人口/万人\n财政收入/亿元\n"
             "东部甲县 中部乙县 西部丙县\n48.7\n21.6\n62.4\n58.3\n31.2\n9.8\n"
             "注：数据来自各县 2022 年统计公报。\n")
    found = blocks(BEFORE + table + AFTER)
    caption = next(b for b in found if isinstance(b, Caption))
    assert caption.note == "注：数据来自各县 2022 年统计公报。"
    text = body_text(found)
    assert "东部甲县" not in text and "48.7" not in text


def test_a_tables_head_row_above_its_cells_away_from_the_caption_is_left_out() -> None:
    """Two floats printed together: the table's caption, the figure's, then the table's head
    row (wider than the column) and its cells one a line."""
    floats = ("表 1 调查学校的基本情况\n图 1 不同类型学校的家长满意度\n"
              "县别 学校数/所 参与率/% 每周时长/小时 生均经费/元\n东县\n16\n86.4\n8～10\n320\n西县\n14\n78.9\n6～8\n260\n")
    found = blocks(BEFORE + floats + AFTER)
    assert [c.kind for c in found if isinstance(c, Caption)] == ["table", "figure"]
    text = body_text(found)
    assert "学校数/所" not in text and "86.4" not in text


FIGURE = ("管护内容\n平均达标度\n0.81\n供水保证\n0.52\n水费收缴\n"
          "图 1 各项管护内容的平均达标度\nFig. 1 Average compliance of the\nsurveyed stations by maintenance task\n")


def test_a_paragraph_a_figure_cut_at_a_sentence_end_runs_on_when_no_indent_follows() -> None:
    text = ("（一）水费收缴困难\n调查的供水站普遍实行按方计价，但\n多数站点的水价低于供水成本，水费收入\n"
            "只能勉强支付电费和管理人员的补贴。\n" + FIGURE +
            "一些村民习惯了“免费水”，对缴纳水费有\n抵触情绪，部分站点的实收率不足六成。\n")
    paragraphs = [b.plain_text() for b in blocks(text) if isinstance(b, Paragraph)]
    assert paragraphs[-1].endswith("管理人员的补贴。一些村民习惯了“免费水”，对缴纳水费有抵触情绪，部分站点的实收率不足六成。")


def test_a_paragraph_after_a_figure_that_opens_short_by_its_indent_is_a_new_one() -> None:
    text = ("（一）水费收缴困难\n调查的供水站普遍实行按方计价，但\n多数站点的水价低于供水成本，水费收入\n"
            "只能勉强支付电费和管理人员的补贴。\n" + FIGURE +
            "一些村民习惯了“免费水”，对缴\n纳水费有抵触情绪，部分站点的实收率不\n足六成，水费收缴十分困难。\n")
    paragraphs = [b.plain_text() for b in blocks(text) if isinstance(b, Paragraph)]
    assert paragraphs[-1].startswith("一些村民习惯了")


def test_a_captions_number_on_a_line_of_its_own_before_its_title() -> None:
    """pdftotext after a full-width gap: "表1" ends a line of its own, the title on the next."""
    table = "表1\n样本项目的构成\n城市 项目数 建成年代 涉及户数\n甲市\n4\n1983—1996\n968\n"
    found = blocks(BEFORE + table + AFTER)
    caption = next(b for b in found if isinstance(b, Caption))
    assert (caption.kind, "".join(caption.text.split())) == ("table", "表1样本项目的构成")
    text = body_text(found)
    assert "表1" not in text and "1983—1996" not in text


def test_an_axis_name_printed_after_the_figures_caption_is_a_label() -> None:
    figure = ("方案设计\n施工组织\n后期管护\n图 1 各阶段开展居民参与的项目数\n"
              "Fig. 1 Number of projects with resident participation by stage\n改造阶段\n")
    found = blocks(BEFORE + figure + AFTER)
    assert next(b for b in found if isinstance(b, Caption)).kind == "figure"
    text = body_text(found)
    assert "改造阶段" not in text and "后期管护" not in text


def test_a_short_line_ending_the_paragraph_after_a_figure_is_text() -> None:
    figure = "图 1 各阶段开展居民参与的项目数\n为持续减少阶段，第二阶段为逐步回升阶段。\n"
    found = blocks(BEFORE + figure + AFTER)
    text = body_text(found)
    assert "为持续减少阶段，第二阶段为逐步回升阶段。" in text


def test_a_tables_note_printed_beside_its_cells_away_from_the_caption_goes_back_to_it() -> None:
    floats = ("表 1 调查学校的基本情况\n图 1 不同类型学校的家长满意度\n"
              "县别 学校数/所 参与率/% 每周时长/小时 生均经费/元\n东县\n16\n86.4\n西县\n14\n78.9\n"
              "注：参与率为参加课后服务的学生占在校生的比例。\n")
    found = blocks(BEFORE + floats + AFTER)
    captions = [c for c in found if isinstance(c, Caption)]
    assert [c.note for c in captions] == ["注：参与率为参加课后服务的学生占在校生的比例。", None]
    assert not any("参与率为" in b.plain_text() for b in found if isinstance(b, Paragraph))


def test_a_tables_head_row_of_quantities_cut_at_the_gutter_is_left_out() -> None:
    """pdftotext -layout cut a table's head, wider than its column, at the gutter: its left part
    stands alone among the other column's lines — names and quantities with units set apart
    by spaces, which no sentence is."""
    text = ("表 1 调查学校的基本情况\n生均经费/元\n东县   16   86.4   320\n西县   14   78.9   260\n"
            "近年来，各地普遍推行义务教育学校课后服务，放学时间与家长下班时间不衔\n"
            "县别 学校数/所 参与率/% 每周时长/小时\n"
            "接的问题得到一定缓解。县域学校数量多、分布散，办学条件差异较大。\n")
    found = blocks(BEFORE + text + AFTER)
    paragraphs = [b.plain_text() for b in found if isinstance(b, Paragraph)]
    assert not any("学校数/所" in p for p in paragraphs)
    assert any(p.endswith("不衔接的问题得到一定缓解。县域学校数量多、分布散，办学条件差异较大。") for p in paragraphs)


def test_a_paragraph_line_opening_with_a_figures_name_that_runs_on_is_text() -> None:
    # Two columns: "图 1 给出了…变化过" fills its line and its sentence ends on the next ("程。");
    # a caption's line never runs on so. And "图1" above a bar's label "2" is no caption.
    text = (
        "一、结果\n"
        "　　前文已经介绍了数据来源与方法，下面给出主要的结果。\n"
        "图 1 给出了 2015—2023 年研究区水体面积的变化过\n"
        "程。由图 1 可知，水体面积在 2015—2018 年间持续\n"
        "减少，2019 年以后逐步回升，总体先减后增。\n"
        "二、结论\n"
        "　　水体面积的变化与降水和围垦有关。\n"
    )
    article = read_text(text)
    assert not [b for b in article.blocks if isinstance(b, Caption)]
    paragraphs = [b.plain_text() for b in article.blocks if isinstance(b, Paragraph)]
    assert any("图 1 给出了 2015—2023 年研究区水体面积的变化过程。由图 1 可知" in p for p in paragraphs)
    assert caption_kind("图1 2") is None and caption_kind("图 1 2015—2023 年研究区水体面积变化") == "figure"


def test_a_figures_title_wrapped_over_two_lines() -> None:
    """Round 10a (zhongxiao-heliu): "图 1 …的监" + "测和调查数据计算）" — the title runs on while its
    line is full or a bracket stays open; before, the tail was read as a paragraph of its own."""
    bars = "防洪\n生态\n社会\n管护\n准则层\n"
    caption = "图 1 各准则层得分的平均值（按工程完工后第三年的监\n测和调查数据计算）\n"
    found = blocks(BEFORE + bars + caption + AFTER)
    assert [(c.kind, c.text) for c in found if isinstance(c, Caption)] == [
        ("figure", "图 1 各准则层得分的平均值（按工程完工后第三年的监测和调查数据计算）")]
    assert not any("调查数据计算" in b.plain_text() for b in found if isinstance(b, Paragraph))


def test_a_figures_title_with_years_wrapped_and_its_twin_over_three_lines() -> None:
    """Round 11a (round 10b's articles): "图 1 2021—2024 年 A 校实验室安全检查发" fills its column
    of 20 cells at 17 counted ones (years and Latin letters print wider than their half cells), so
    "现的隐患数量" is its title's tail, not a paragraph; the English twin still wraps over three lines."""
    column = ("学校从二〇二一年起对全校的实验室进行分级，\n按照风险值大小把实验室分为四个等级，每个\n"
              "等级对应不同的检查频次和准入要求，各学院\n据此制定了本单位的细则并报学校备案执行。\n")
    labels = "年份\n隐患数/项\n1146\n2021\n472\n2024\n"
    caption = ("图 1 2021—2024 年 A 校实验室安全检查发\n现的隐患数量\nFig. 1 Number of hazards found in\n"
               "laboratory safety inspections at\nUniversity A, 2021-2024\n")
    found = blocks(column + labels + caption + column)
    assert [(c.kind, c.text) for c in found if isinstance(c, Caption)] == [
        ("figure", "图 1 2021—2024 年 A 校实验室安全检查发现的隐患数量 Fig. 1 Number of hazards found in "
                   "laboratory safety inspections at University A, 2021-2024")]
    assert not any("隐患数量" in b.plain_text() or "University" in b.plain_text() for b in found if isinstance(b, Paragraph))


def test_a_table_head_cell_that_opens_like_a_heading_is_a_cell() -> None:
    """Round 11a (shiyanshi-anquan, pdftotext -raw, two columns): the head cell "一、二级占比/%"
    on a line of its own opens like a first-level heading; read as one, it ended the table's
    cells, and its four rows went into the paragraph after it (17 cells in a body)."""
    table = ("表 2 部分学院实验室风险等级分布\n学院 实验室数/间 使用面积/m2\n一、二级占比/%\n"
             "化学与材料工程学院 86 16 400 58.1\n生命科学学院 64 11 200 45.3\n信息工程学院 58 7 600 6.9\n")
    found = blocks(BEFORE + table + AFTER)
    assert [h.text for h in found if isinstance(h, Heading)] == ["2 研究区与数据", "3 结果与分析", "3.1 水体面积的年际变化"]
    assert not any("化学与材料" in b.plain_text() for b in found if isinstance(b, Paragraph))


def test_a_caption_at_a_pages_top_with_years_in_it_is_no_running_header() -> None:
    """Round 11a (chengshi-neilao, one column, seven texts): "表 1 X 市 2021—2024 年内涝治理主要工程"
    stands first on its page under the running header; at the page's edge, short, and with a year
    in it (a journal line's words), it was taken for page furniture and its table lost its caption."""
    header = "城市规划与建设管理　 2025 年 4 月　第 31 卷第 4 期\n"
    page = ("中心城区现有雨水管网约六百四十公里，其中约四成建于二〇〇〇年以前，设计\n"
            "重现期多为一年一遇，低于现行标准对同类城市的要求，亟须改造和扩容。\n")
    table = ("表 1 X 市 2021—2024 年内涝治理主要工程\nTable 1 Main waterlogging control projects in City X, 2021-2024\n"
             "工程类型 项目数/个 建设规模 投资/亿元 完成率/%\n雨水管网新建与改造 46 新建改造管网 112 km 9.8 92.4\n"
             "泵站新建与扩容 7 新增抽排能力 36 m³/s 4.3 85.7\n")
    text = "".join(f"{page * 3}·{n} ·\n\f{header}" for n in (57, 58, 59)) + table + page * 3
    captions = [c.text for c in read_text(text).blocks if isinstance(c, Caption)]
    assert captions == ["表 1 X 市 2021—2024 年内涝治理主要工程 Table 1 Main waterlogging control projects in City X, 2021-2024"]


def test_a_twin_without_its_label_after_a_number_printed_apart_from_its_title() -> None:
    """Round 11a (chengshi-neilao, one column, plain pdftotext): "Table 1" stands alone above, then
    "表1", the title on the next line, and the English title without its label. The stray label
    joined only a caption of one line, so with the number apart the twin stayed in the paragraph."""
    table = ("Table 1\n\n表1\nX 市 2021—2024 年内涝治理主要工程\nMain waterlogging control projects in City X, 2021-2024\n\n"
             "工程类型\n项目数/个\n建设规模\n雨水管网新建与改造\n46\n新建改造管网 112 km\n泵站新建与扩容\n7\n新增抽排能力 36 m³/s\n")
    found = blocks(BEFORE + table + AFTER)
    assert [c.text for c in found if isinstance(c, Caption)] == [
        "表1 X 市 2021—2024 年内涝治理主要工程 Table 1 Main waterlogging control projects in City X, 2021-2024"]
    assert not any("Main waterlogging" in b.plain_text() for b in found if isinstance(b, Paragraph))


def test_a_twin_of_three_lines_after_a_label_printed_elsewhere_and_a_weight_opening_a_row() -> None:
    """Round 11a: "Fig. 1" printed above, "图1", the title, then the English title without its label
    over two lines — the twin's cap counted the caption's lines, so its last line went into the
    paragraph (shiyanshi-anquan, one column, plain pdftotext). And a table's row opening with a
    weight, "0.35 防洪标准达标率 统计资料", read as a heading "0.35" (zhongxiao-heliu): a subsection's
    number never starts at 0."""
    figure = ("隐患数/项\n1146\n2021\n472\n2024\n年份\n\nFig. 1\n\n图1\n2021—2024 年 A 校实验室安全检查发现的隐患数量\n"
              "Number of hazards found in laboratory safety inspections\nat University A, 2021-2024\n\n")
    found = blocks(BEFORE + figure + AFTER)
    assert [c.text for c in found if isinstance(c, Caption)] == [
        "图1 2021—2024 年 A 校实验室安全检查发现的隐患数量 Fig. 1 Number of hazards found in laboratory safety "
        "inspections at University A, 2021-2024"]
    assert not any("University" in b.plain_text() for b in found if isinstance(b, Paragraph))
    assert heading_style("0.35 防洪标准达标率统计资料") is None and heading_style("2.1 统一目录") == "ar2"


def test_a_caption_across_both_columns_above_its_twin_is_a_caption() -> None:
    """A table set across both columns has a caption as wide as the page, wider than a column
    line; its English twin right under it says it is a caption all the same (round 12c:
    feiyi-duanshipin's wide table, every extractor: its caption had been glued into the
    paragraph it interrupted, and its cells with it)."""
    def wrap(text: str, size: int = 18) -> str:
        return "".join(text[k : k + size] + "\n" for k in range(0, len(text), size))

    before = "三个账号的受众参与程度差异较大（表1）。山歌账号的条均评论数和转发数都是三个账号中最高的，这与其短视频多采用对唱、邀请受众接唱的形式有关；竹编"
    after = "技艺账号的粉丝最多，但评论以情感表达为主，知识求证和创作回应类评论较少。"
    table = ("表1 三个非遗项目账号的短视频发布与受众参与情况\n"
             "Table 1 Videos posted and audience engagement of the three heritage accounts\n"
             "账号\n发布数/条粉丝数/万条均点赞/次条均评论/条条均转发/次\n竹编技艺账号\n512\n18.4\n2 316\n147\n265\n"
             "山歌账号\n438\n15.1\n1 872\n203\n318\n")
    ending = ("从表中可以看出，三个账号的参与程度与其内容形式有关，对唱和讲述类短视频更受欢迎。评论区中，受众多以"
              "情感表达回应短视频的内容，询问工艺细节和学习途径的评论也占有一定比例，说明受众对非遗技艺本身怀有浓厚"
              "的兴趣，账号运营者可以据此安排后续的内容，增加技艺讲解和互动答疑的比重，提高受众参与的深度。")
    found = blocks(wrap(before) + table + wrap(after) + "3 结果与分析\n" + wrap(ending))
    captions = [(b.kind, b.text) for b in found if isinstance(b, Caption)]
    assert captions == [("table", "表1 三个非遗项目账号的短视频发布与受众参与情况 "
                                  "Table 1 Videos posted and audience engagement of the three heritage accounts")]
    text = [b.plain_text() for b in found if isinstance(b, Paragraph)]
    assert text[0] == before + after
    assert not any("发布数" in t or "2 316" in t for t in text)


def test_a_tables_rows_of_statistics_and_its_long_head_row_are_left_out() -> None:
    # A clinical table as pypdf prints it: cells set apart by single spaces, means with their
    # standard deviations ("21.3±4.2"), bounds ("<0.001"), counts over counts ("18/22"), a dash
    # for an empty cell, and a head row whose names hold brackets and run longer than a cell.
    text = ("两组受试者的基线资料和训练后的结果见表 4。\n"
            "表 4 两种训练方案的效果比较\n"
            "分组 人数 握力（训练前）握力（训练后）步速（训练前）步速（训练后）\n"
            "甲组 40 21.3±4.2 25.8±4.6 0.82±0.11 0.97±0.12\n"
            "乙组 40 20.9±4.5 22.1±4.3 0.80±0.13 0.84±0.12\n"
            "男/女 18/22 19/21 0.051 0.822\n"
            "t 值 — 0.410 3.680 0.743 4.930\n"
            "P 值 — 0.683 <0.001 0.460 <0.001\n"
            "注：计量资料以均数±标准差表示。\n" + AFTER)
    found = blocks(text)
    assert_table_left_out(found, "表 4 两种训练方案的效果比较", "注：计量资料以均数±标准差表示。", ("握力", "21.3±4.2", "18/22", "<0.001", "4.930"))


def test_a_line_of_words_over_a_sentence_with_statistics_is_text() -> None:
    # A paragraph's line under a caption is no head row: the line after it is a sentence, not values.
    text = ("表 5 两组训练前后的步速\n"
            "甲组 40 0.82±0.11 0.97±0.12\n"
            "乙组 40 0.80±0.13 0.84±0.12\n"
            "注：步速单位为 m/s。\n"
            "训练结束后甲组的步速明显提高（0.97±0.12 m/s，P<0.001），乙组变化不大\n"
            "差异无统计学意义（P=0.460），这与既往研究的结论一致。\n" + AFTER)
    found = blocks(text)
    body = body_text(found)
    assert "0.80±0.13" not in body
    assert "训练结束后甲组的步速明显提高" in body and "这与既往研究的结论一致" in body


# Session 13: a variable table's definitions hold a clause's comma ("是=1，否=0"), which stopped
# the table's cells at the first such row and left the rest in the body.
def test_a_variable_tables_rows_whose_definitions_hold_commas_are_left_out() -> None:
    # one row a line, cells set apart by single spaces (pypdf, pypdfium2)
    text = ("各变量的定义和描述性统计见表 3。\n"
            "表 3 变量定义与描述性统计\n"
            "变量 符号 定义 均值 标准差\n"
            "参保行为 Ins 是否参加医疗保险，是 =1，否 =0 0.612 0.487\n"
            "家庭收入 Inc 家庭人均收入取对数 9.84 1.03\n"
            "健康自评 Hea 自评健康状况，1～5 3.41 0.96\n"
            "居住地 Urb 城镇 =1，农村 =0 0.538 0.499\n"
            "注：样本为 2022 年调查的全部受访者。\n" + AFTER)
    found = blocks(text)
    assert_table_left_out(found, "表 3 变量定义与描述性统计", "注：样本为 2022 年调查的全部受访者。", ("是否参加医疗保险", "自评健康状况", "城镇 =1", "0.538", "9.84"))


def test_a_variable_tables_definitions_one_cell_a_line_are_left_out() -> None:
    # one cell a line (plain pdftotext), a definition with its comma alone on its line, its row's
    # values under it; or (pdfminer) the definitions in a block of their own before the note
    text = ("表 3 变量定义与描述性统计\n"
            "变量\n符号\n定义\n均值 标准差\n"
            "参保行为\nIns\n是否参加医疗保险，是 =1，否 =0\n0.612 0.487\n"
            "健康自评\nHea\n自评健康状况，1～5\n3.41\n0.96\n"
            "家庭收入 Inc 家庭人均收入取对数 9.84 1.03\n"
            "城镇 =1，农村 =0\n"
            "参加过体检，是 =1\n"
            "注：样本为 2022 年调查的全部受访者。\n" + AFTER)
    found = blocks(text)
    body = body_text(found)
    for cell in ("是否参加医疗保险", "自评健康状况", "0.96", "城镇 =1", "参加过体检"):
        assert cell not in body
    assert next(b for b in found if isinstance(b, Caption)).note == "注：样本为 2022 年调查的全部受访者。"


def test_a_paragraph_after_a_tables_rows_keeps_its_lines_with_commas() -> None:
    # the table's last row, then a paragraph: its full lines hold commas and end no sentence, its
    # short last line ends on a stop — none of them is a cell
    text = ("表 3 变量定义与描述性统计\n"
            "变量 符号 定义 均值 标准差\n"
            "参保行为 Ins 是否参加医疗保险，是 =1，否 =0 0.612 0.487\n"
            "家庭收入 Inc 家庭人均收入取对数 9.84 1.03\n"
            "从描述性统计看，受访者的参保比例约为六成，家庭收入的差异较大，城\n"
            "镇受访者的占比略高于农村，健康自评的均值为 3.41，0.96\n"
            "为其标准差。\n" + AFTER)
    found = blocks(text)
    body = body_text(found)
    assert "从描述性统计看，受访者的参保比例约为六成" in body and "为其标准差。" in body
    assert "是否参加医疗保险" not in body


def test_a_definition_tables_rows_of_words_are_left_out() -> None:
    # a table of definitions, no number in it: a short name, then the cells set apart by spaces,
    # the last one long (pypdf); the paragraph after it goes on with full lines
    text = ("表 3 变量说明\n"
            "变量类型 变量名称 符号 变量说明\n"
            "被解释变量 参保行为 Ins 是否参加城乡居民医疗保险\n"
            "解释变量 数字素养 Dig 数字技能量表得分取自然对数\n"
            "控制变量 年龄 Age 受访者的周岁年龄\n"
            "健康自评 Hea 自评健康状况的五级评分\n"
            "社会支持 Soc 受访者在过去一年中得到的来自家庭、朋友、邻里和社区组织的各类支持综合评分\n"
            "性别 Male 男性取 1，女性取 0\n"
            "回归所用的样本来自 2022 年的入户调查，剔除关键变量缺失的样本后，共得到有效样本三千余\n"
            "份，各变量的分布见上文。\n" + AFTER)
    found = blocks(text)
    body = body_text(found)
    for cell in ("是否参加城乡居民医疗保险", "受访者的周岁年龄", "自评健康状况", "各类支持综合评分", "男性取 1"):
        assert cell not in body
    assert "回归所用的样本来自 2022 年的入户调查" in body and "各变量的分布见上文。" in body


def test_a_definition_tables_rows_wider_than_a_column_are_left_out() -> None:
    # the same table set across both columns of a two-column page: its rows are wider than the
    # column, which no line of a paragraph in the column is — and, once a row was, a row as wide
    # as the column ("健康自评 …") is the table's too
    column = ("受访者的数字素养与参保行为之间存\n在明显的关联，这一关系在不同年龄\n"
              "组之间有所不同，需要结合家庭收入\n和健康状况加以分析。\n" * 4)
    text = (column +
            "表 3 变量说明\n"
            "变量类型 变量名称 符号 变量说明\n"
            "被解释变量 参保行为 Ins 是否参加城乡居民医疗保险\n"
            "解释变量 数字素养 Dig 数字技能量表得分取自然对数\n"
            "控制变量 年龄 Age 受访者在调查时点的周岁年龄\n"
            "健康自评 Hea 自评健康状况的五级评分\n"
            "性别 Male 男性取 1，女性取 0\n"
            "回归所用的样本来自入户调查，剔除\n关键变量缺失的样本后，共得到有效\n"
            "样本三千余份，各变量的分布见上文。\n")
    found = blocks(text)
    body = body_text(found)
    for cell in ("是否参加城乡居民医疗保险", "数字技能量表得分", "自评健康状况", "男性取 1"):
        assert cell not in body
    assert "回归所用的样本来自入户调查" in body


def test_a_line_with_a_latin_clause_after_a_definition_tables_rows_is_text() -> None:
    # words set apart by spaces after the rows, but with a Latin comma and a list's bracket: a
    # reference entry's line an extractor put there, no row of the table
    text = ("表 3 变量说明\n"
            "变量类型 变量名称 符号 变量说明\n"
            "被解释变量 参保行为 Ins 是否参加城乡居民医疗保险\n"
            "风险评估 [J]. 城市治理研究, 2022, 18(3):\n"
            "34-41.\n" + AFTER)
    found = blocks(text)
    body = body_text(found)
    assert "城市治理研究" in body and "是否参加城乡居民医疗保险" not in body


def test_a_definition_with_a_comma_above_the_next_rows_name_is_a_cell() -> None:
    # one cell a line (plain pdftotext): a definition holding a comma, then the next row's name alone
    text = ("表 3 变量说明\n"
            "变量类型\n变量名称\n符号\n变量说明\n"
            "被解释变量\n参保行为\nIns\n是否参加城乡居民医疗保险\n"
            "性别\nMale\n男性取 1，女性取 0\n"
            "居住地\nUrb\n城镇居民\n" + AFTER)
    found = blocks(text)
    body = body_text(found)
    assert "男性取 1" not in body and "城镇居民" not in body
    assert [h.text for h in found if isinstance(h, Heading)] == ["2 研究区与数据", "3 结果与分析", "3.1 水体面积的年际变化"]


def test_a_tables_title_wrapped_before_its_cells_is_the_captions() -> None:
    # A table's lines after its caption are its cells, but a caption whose line fills the column went
    # on: its tail ("本构成", no twin under it) makes the title's word across the join (运营成|本 → 成本),
    # or its English twin stands right under it. A head cell after a title that ended short stays a cell.
    def column(text: str) -> str:
        return "".join(text[k : k + 20] + "\n" for k in range(0, len(text), 20))

    before = column("配送中心按照各乡镇站点的进村包裹量分摊车辆和人员的费用，站点多的乡镇分摊得多，"
                    "站点少的乡镇分摊得少，二〇二四年的运营成本见表2。")
    after = column("从表中可以看出，车辆燃油与维修和人工两项合计占运营成本的七成以上，场地租金和信息系统"
                   "维护的费用相对较少，降低运营成本的关键在于提高车辆的装载率。")
    cells = "成本项目\n金额/万元\n占比/%\n车辆燃油与维修\n312.6\n38.5\n人工\n276.4\n34.0\n"
    head = "表2 二〇二四年枫溪县共同配送中心的运营成\n本构成\n"
    for between in ("", "Table 2 Operating costs of the joint distribution centre\n"):
        found = blocks(before + head + between + cells + after)
        assert [b.text for b in found if isinstance(b, Caption)][0].startswith("表2 二〇二四年枫溪县共同配送中心的运营成本构成")
        assert "本构成" not in body_text(found)
    found = blocks(before + "表2 运营成本构成\n" + cells + after)
    assert [b.text for b in found if isinstance(b, Caption)] == ["表2 运营成本构成"]
