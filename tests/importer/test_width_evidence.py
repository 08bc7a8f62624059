"""Paragraph ends weighed on widths measured as printed (round 17c, ``docs/import-rounds.md``): the
column measured on the text's own lines, the glue around figures on a sentence's last line, and a
row's rest that ``pdftotext -layout`` set where the row's first piece ended. The texts are written
for these tests."""

from __future__ import annotations

from tests.importer.helpers import blocks

FIELDS = (
    "关键词：数字政府；基层治理\n"
    "中图分类号：D630\n"
    "\n"
    "文献标志码：A\n"
    "\n"
    "文章编号：1000-0000(2025)01-0001-08\n"
    "\n"
    "DOI：10.00000/demo.2025.01.001\n"
    "\n"
)


def test_the_column_is_measured_on_text_lines_not_on_fields_and_headings() -> None:
    # Right under the code fields and the first heading, the window of a dozen lines held two
    # lines of text: its quantile fell on the paragraph's last line ("…取决于基层。"), which then
    # read as full, and the next paragraph ran into it (jiceng-shuiwu, word-onecol).
    found = blocks(FIELDS + (
        "1 引言\n"
        "数字政府建设对基层提出了新的要求，各地纷纷推进办事流程的线上化改\n"
        "造。这一目标能否实现，很大程度上取决于基层。\n"
        "基层单位直接面对办事群众，承担着登记、审核和答复等日常工作。\n"
        "已有研究多从制度设计和技术架构的角度讨论数字化转型，对基层单位\n"
        "如何把系统和流程用起来讨论不多。\n"
        "2 研究设计\n"
        "本文选取六个基层单位进行调研，通过访谈和问卷了解系统的使用情况。\n"))
    paragraphs = [text for kind, text in found if kind == "p"]
    assert paragraphs[0] == "数字政府建设对基层提出了新的要求，各地纷纷推进办事流程的线上化改造。这一目标能否实现，很大程度上取决于基层。"
    assert paragraphs[1].startswith("基层单位直接面对办事群众")


def test_a_full_line_with_figures_that_ends_a_sentence_is_no_short_last_line() -> None:
    # "…占 27.4%，…占 9.6%，…占 11.8%。" counts a cell short of the column by its characters, but
    # the glue between the figures and the characters fills it: the paragraph goes on
    # (chanjiao-ronghe, every one-column text).
    found = blocks(
        "三、调查结果\n"
        "在受访企业中，大中型企业的占比较高，这与职业院校的合作对象以规模\n"
        "以上企业为主有关。从所有制看，受访企业以民营企业为主，国有企业次\n"
        "之，外资企业和集体企业较少。各类企业的构成为：民营企业占 61.2%，\n"
        "国有企业占 27.4%，外资企业占 9.6%，其他类型的企业合计约占 11.8%。\n"
        "与院校合作年限在 3 年以下的企业占多数，合作时间较长的企业多为国\n"
        "有企业和大型民营企业，这些企业的合作形式也更加多样，除订单培养外\n"
        "还参与了专业建设、课程开发和实训基地建设等更深层次的合作形式。\n"
        "四、结语\n"
        "本文的分析表明，企业参与的深度与合作年限有关。\n")
    paragraphs = [text for kind, text in found if kind == "p"]
    assert len(paragraphs) == 2
    assert paragraphs[0].endswith("更深层次的合作形式。")


def test_a_rows_rest_set_where_its_first_piece_ended_is_no_indent() -> None:
    # pdftotext -layout starts a line at the quotation mark's font and keeps its place on the
    # row: its leading spaces are the width of "位社区书记说：", not a paragraph's indent.
    found = blocks(
        "  二、主要发现\n"
        "   不同小区的差异较大。房改房小区和早期商品房小区的居民关系较为松散，\n"
        " 出租户比例较高，协商的组织成本更大。访谈中一\n"
        " 位社区书记说：\n"
        "       “同一栋楼住了二十多年的老同事，说得上话；租户和新买\n"
        " 房的业主，很多人连面都没见过，更不用说坐下来商量出钱的事了。”\n"
        "   这一差异在加装电梯的协商中表现得尤为明显，多数小区的协商都经历\n"
        " 了较长的时间。\n")
    paragraphs = [text for kind, text in found if kind == "p"]
    assert len(paragraphs) == 2
    assert "书记说：“同一栋楼" in paragraphs[0]
