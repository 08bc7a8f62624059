"""A table's cells and a figure's labels kept out of the body on the routes that still leaked
them (round 16e, wenxian.importer.captions): a chart's label between a paragraph given on one
line and its caption (PyMuPDF4LLM's Markdown), a table's rows as ``pdftotext -layout`` keeps them
(fields set apart by wide gaps) printed away from their caption, and a head cell — a quantity
with its unit — on a line of its own away from its caption. The texts are written for these tests."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.importer.captions import _gapped_row
from wenxian.importer.headings import heading_style
from wenxian.model import Caption, Heading, Paragraph

HEAD = "3 结果\n3.1 隐患数量\n"
# Paragraphs longer than the one the figure interrupts: its line is not the text's widest.
LONG = ("分级管控改变了以往平均用力的检查方式，管理力量向高风险实验室集中，检查的频次和深度随风险等级而定，"
        "整改的期限也随之缩短，几年下来效果明显，隐患的数量和重大隐患的比例都在下降，师生的安全意识也有所提高，"
        "学院层面的检查记录更加完整，整改通知的送达和复查也更加及时，学校据此调整了下一年度的检查计划和经费安排。\n\n")


def paragraphs(text: str) -> list[str]:
    return [b.plain_text() for b in read_text(text).blocks if isinstance(b, Paragraph)]


def test_a_charts_label_after_a_paragraph_on_one_line_that_runs_on_past_the_figure() -> None:
    # One line a paragraph, a blank line between blocks: no line is "full", but the paragraph
    # stops inside a word before the chart's label and goes on with it after the caption.
    text = (HEAD + "\n学校自 2021 年起试行风险分级管控，2022 年在全校推开。从历年检查记录看，检查发现的隐患数量由"
            "2021 年的 1 146 项下降到 2024 年的 472 项（图 1），降幅主要来自危险化学品存放和废液处置两类隐患，这与一级\n\n"
            "隐患数/项\n\n图 1 2021—2024 年学校实验室安全检查发现的隐患数量\n\n"
            "和二级实验室检查频次提高有直接关系。重大隐患的整改率由 2021 年的 71.5% 提高到 2024 年的 96.8%。\n\n"
            "3.2 管理力量\n\n" + LONG * 4)
    found = paragraphs(text)
    assert not any("隐患数/项" in p for p in found)
    assert any(p.endswith("这与一级和二级实验室检查频次提高有直接关系。重大隐患的整改率由 2021 年的 71.5% 提高到 2024 年的 96.8%。")
               for p in found)


def test_a_line_ending_on_a_clause_mark_above_the_caption_stays_the_paragraphs() -> None:
    text = ("3 结果\n\n3.1 隐患数量\n\n首先，以统一目录明确数据权责。县级层面应当编制统一的数据资源目录，逐项明确数据的\n\n来源部门、\n\n"
            "图 1 丙县主要部门的数据共享率\n\n共享范围和使用责任，使共享有章可循、追责有据可依。\n\n3.2 管理力量\n\n"
            + "分级管控改变了以往平均用力的检查方式，管理力量向高风险实验室集中，检查的频次和深度随风险等级而定。\n\n" * 4)
    assert any("来源部门" in p for p in paragraphs(text))


ROWS_BEFORE = (HEAD + "全文数据方面，识别本的平均准确率为 91.8%，校对本为 99.2%，不同版本类型之间的差异\n"
               "明显，省图书馆和市县图书馆之间的差距也较大（表 2）。\n表 2 不同版本类型全文数据的识别准确率\n"
               "这一问题亟待解决。\n")
ROWS_AFTER = ("文本质量的差距主要来自校对投入。省图书馆对全文数据实行两校一审，市县图书馆多数只做一次\n"
              "校对，有的直接发布识别结果。\n3.2 管理力量\n分级管控改变了以往平均用力的检查方式。\n")


def test_a_tables_rows_in_wide_gaps_away_from_the_caption_are_left_out() -> None:
    # pdftotext -layout, two columns: the rows came out after a line of the other column, and one
    # of its lines between them.
    rows = "刻本  820  95.6  99.6\n活字本  210  93.1  99.3\n后用于商业出版，影响本馆的权益；\n抄本  260  84.7  98.5\n稿本  90  78.2  97.4\n"
    found = paragraphs(ROWS_BEFORE + rows + ROWS_AFTER)
    assert not any("95.6" in p or "活字本" in p or "78.2" in p for p in found)
    assert any("文本质量的差距主要来自校对投入" in p for p in found)


def test_a_row_in_wide_gaps_needs_a_number_and_short_fields() -> None:
    assert _gapped_row("刻本    820  95.6  99.6") and _gapped_row("生命科学学院   64   11 200   45.3")
    assert not _gapped_row("版本类型  样本页数  识别本")  # names alone: a head row, decided elsewhere
    assert not _gapped_row("关  键  词：数字化；古籍")  # a letter-spaced label
    assert not _gapped_row("2024 年的调查中  共有  12 家单位参与了这一项目的试点工作")  # a field too long


def test_a_head_cell_with_its_unit_alone_away_from_the_caption_is_left_out() -> None:
    # Plain pdftotext, two columns: the table's caption in one stream, its head cell alone between
    # the other column's lines, its values further down.
    text = (HEAD + "大型企业的人才需求量大、岗位标准化程度高，更有能力承担参与职业教育的成本（表 3）。\n"
            "表 3 不同规模企业参与产教融合的形式\n3.2 主要障碍\n结合问卷和访谈资料，企业参与产教融合的障碍主\n要有以下三个方面。\n"
            "比例/%\n（1）投入与收益不对等：企业接收实习生需要安排\n师傅指导、承担安全责任。\n")
    found = read_text(text).blocks
    assert any(isinstance(b, Caption) for b in found)
    assert not any("比例/%" in b.plain_text() for b in found if isinstance(b, Paragraph))


def test_a_later_pages_head_made_of_the_first_pages_head_lines_is_furniture() -> None:
    # PyMuPDF4LLM: the first page's head on two lines above the title, a later page's head the
    # same words on one line, in another order, once — neither recurring as such nor at a known
    # page's edge (one line a paragraph, no form feeds).
    body = "".join(f"第{n}段的正文写在这里，说明调查的对象、方法和主要结果，并与已有的研究进行比较和讨论。\n\n" for n in range(1, 7))
    text = ("2025 年 2 月 第 9 卷第 2 期 \n\n农村流通与区域经济 \n\n# 县域快递进村的末端配送困境\n\n甘黎明\n\n"
            "摘要：本文调查了三个山区县的快递进村情况。\n\n关键词：快递进村；共同配送\n\n## 一、引言\n\n" + body
            + "农村流通与区域经济 2025 年 2 月 第 9 卷第 2 期 \n\n" + body)
    found = paragraphs(text)
    assert not any("农村流通与区域经济" in p for p in found)
    assert "第6段的正文" in "".join(found)


def test_a_charts_category_names_away_from_its_caption_are_left_out() -> None:
    # Plain pdftotext, two columns: a bar chart's categories, set apart by spaces on one line or
    # one a line, between the other column's lines; its caption further on.
    text = (HEAD + "配送中心按照进村包裹量向各快递企业收取配送费，收费不足以覆盖成本的部分由县级财政\n"
            "给予补贴。访谈中，配送中心认为收费标准偏低，难以覆盖车辆更新的支出，双方对成本如何分担存在\n"
            "城郊 东线 西线 南线 北线 山区\n配送线路\n分歧。\n3.2 数据共享\n"
            "公安\n农业\n卫健\n人社\n部门\n研究资料主要来自实地访谈、政策文本和平台运行数据。\n"
            "图 1 2024 年各配送线路的车辆平均装载率\n课题组先后访谈县乡两级干部和快递企业的负责人。\n")
    found = paragraphs(text)
    assert not any("东线" in p or "人社" in p or "卫健" in p for p in found)
    assert any(p.endswith("双方对成本如何分担存在分歧。") for p in found)


def test_a_head_cell_after_a_raised_two_pushed_over_is_no_heading() -> None:
    # pypdfium2, a word processor's table: "m²"'s raised 2 opens the head row's next line, which
    # then reads as a heading "2 …" — and the rows under it, and the next section's heading, as text.
    text = ("4 实践成效\n4.2 管理力量向高风险实验室集中\n分级管控改变了以往平均用力的检查方式。表 2 列出了四个学院实验室的风险等级分布，\n"
            "化学与材料类学院一级和二级实验室比例较高，学校相应地将专职安全员和检查经费向这些学院倾斜。\n"
            "表 2 部分学院实验室风险等级分布\n学院 实验室数/间 使用面积/m\n2 一、二级占比/%\n化学与材料工程学院 86 16 400 58.1\n"
            "生命科学学院 64 11 200 45.3\n信息工程学院 58 7 600 6.9\n5 结论与讨论\n"
            "风险分级管控为高校在有限的人力和经费条件下管好数量众多的实验室提供了可行的办法。\n")
    found = read_text(text).blocks
    assert [b.text for b in found if isinstance(b, Heading)] == ["4 实践成效", "4.2 管理力量向高风险实验室集中", "5 结论与讨论"]
    assert not any("58.1" in b.plain_text() for b in found if isinstance(b, Paragraph))


def test_a_number_set_far_from_the_text_after_it_is_no_headings_number() -> None:
    # pdftotext -layout: a table's cell left on the other column's line by the column split.
    assert heading_style("84.8                        具体而言，一是完善下沉人员的考核和激") is None
    assert heading_style("1.1  研究区概况") == "ar2" and heading_style("3 结果与分析") == "ar1"
