"""A table's rows of values printed away from its caption, among a paragraph's lines (a
two-column text whose block order put them there, session 12, wenxian.importer.captions): a
row's name then bare values — a clinical table's means with their standard deviations, counts,
p-values and an empty cell's dash, an econometric table's coefficients with their stars and
standard errors in brackets — are left out, and the paragraph they cut runs on. The texts are
written for these tests."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.importer.captions import _gapped_row, _values_row
from wenxian.model import Paragraph

HEAD = "2 结果\n2.1 两组患者功能评分比较\n"
BEFORE = ("术后 1 个月和 3 个月，观察组的功能评分和日常生活能力评分均高于对照组，差异有统计学意义，\n"
          "见表 2。\n表 2 两组患者不同时间点功能评分比较（分）\n组别 例数 术后 1 个月 术后 3 个月\n"
          "2.2 两组患者并发症发生情况比较\n观察组发生并发症 4 例，其中肺部感染 1 例、深静脉血栓 1 例、泌尿系统\n"
          "感染 2 例；对照组发生并发症 12 例，其中肺部感染 4 例、深静脉血栓 3 例、\n")
AFTER = ("压力性损伤 3 例、泌尿系统感染 2 例。两组各类并发症的例数比较，差异有统计\n学意义。\n"
         "3 讨论\n早期活动可以促进下肢静脉回流和肺部通气，减少局部皮肤的持续受压，从而降低\n相关并发症的发生风险。\n")


def paragraphs(text: str) -> list[str]:
    return [b.plain_text() for b in read_text(text).blocks if isinstance(b, Paragraph)]


def test_a_clinical_tables_value_rows_inside_a_paragraph_are_left_out() -> None:
    rows = ("对照组 60 56.4±8.1 74.2±8.3\n观察组 60 63.8±7.6 82.6±7.4\nt 值 — 5.161 5.851\n"
            "P 值 — <0.001 <0.001\n")
    found = paragraphs(HEAD + BEFORE + rows + AFTER)
    assert not any("56.4±8.1" in p or "5.161" in p or "<0.001" in p for p in found)
    assert any("泌尿系统感染 2 例。两组" in p.replace("\n", "") for p in found)


def test_an_econometric_tables_coefficients_inside_a_paragraph_are_left_out() -> None:
    rows = "数字金融 0.235*** 0.198***\n(0.045) (0.041)\n人均收入 −0.118** 0.062\n(0.052) (0.049)\n"
    found = paragraphs(HEAD + BEFORE + rows + AFTER)
    assert not any("0.235" in p or "(0.045)" in p or "0.118" in p for p in found)
    assert any("泌尿系统感染 2 例。两组" in p.replace("\n", "") for p in found)


def test_a_row_of_values_is_a_short_name_then_bare_numbers() -> None:
    assert _values_row("对照组 60 56.4±8.1 74.2±8.3 52.7±10.4 69.5±10.1")
    assert _values_row("t 值 — 5.161 5.851 4.445 4.989") and _values_row("P 值 — <0.001 <0.001")
    assert _values_row("数字金融 0.235*** 0.198***") and _values_row("23/37 21/39")
    assert _values_row("骨折类型（股骨颈/转子间）/例    34/26 31/29 0.302 0.583")
    assert not _values_row("对照组 60 例")  # one value: a cell line, maybe a sentence's piece
    assert not _values_row("术后 3 d 采用 VAS 评分")  # words after the number
    assert not _values_row("住院时间为 9.4±2.3 d 短于对照组")
    assert not _values_row("P 值 — — —")  # dashes alone: nothing says it is a table's



# A column of a two-column page: lines of 19 characters.
NARROW_BEFORE = ("2 结果\n2.1 两组患者功能评分比较\n术后 1 个月和 3 个月，观察组的功能评分\n和日常生活能力评分均高于对照组，差异有\n"
                 "统计学意义，两组的差距随时间扩大，见表\n2。\n")
NARROW = ("观察组发生并发症 4 例，其中肺部感染 1 例、\n深静脉血栓 1 例、泌尿系统感染 2 例；对照\n组发生并发症 12 例，其中肺部感染 4 例、\n"
          "深静脉血栓 3 例、压力性损伤 3 例、泌尿系\n")
NARROW_AFTER = ("统感染 2 例。两组各类并发症的例数比较，\n差异有统计学意义，观察组的并发症较少。\n"
                "3 讨论\n早期活动可以促进下肢静脉回流和肺部通气，\n减少局部皮肤的持续受压，从而降低相关并\n发症的发生风险。\n")


def test_a_row_name_with_its_qualifier_and_unit_is_a_cell_however_long() -> None:
    # Plain pdftotext, two columns: a clinical table's rows among the other column's lines, a row's
    # name qualified in brackets wider than a cell line.
    rows = ("性别（男/女）/例\n23/37\n21/39\n骨折类型（股骨颈/转子间）/例\n34/26\n31/29\n"
            "手术方式（置换/内固定）/例\n33/27\n35/25\n")
    text = NARROW_BEFORE + "表 1 两组患者一般资料比较\n2.2 两组患者并发症发生情况比较\n" + NARROW + rows + NARROW_AFTER
    found = paragraphs(text)
    assert not any("骨折类型" in p or "手术方式" in p or "34/26" in p for p in found)
    assert any("泌尿系统感染 2 例。两组" in p.replace("\n", "") for p in found)


def test_a_head_row_run_together_under_a_caption_across_both_columns_is_the_tables() -> None:
    # PyMuPDF: a table set across the page, its head's names run together wider than two columns,
    # its cells one a line; the caption and its twin wider than a column.
    wide = ("表 2 两组患者不同时间点 Harris 评分和改良 Barthel 指数评分比较（分）\n"
            "Table 2 Comparison of the Harris hip score and the modified Barthel index between the\n"
            "two groups at different times (points)\n组别\n"
            "例数 Harris 评分（术后 1 个月）Harris 评分（术后 3 个月）MBI 评分（术后 1 个月）MBI 评分（术后 3 个月）\n"
            "对照组\n60\n56.4±8.1\n观察组\n60\n63.8±7.6\n注：评分以均数±标准差表示。\n")
    found = paragraphs(NARROW_BEFORE + wide + "2.2 两组患者并发症发生情况比较\n" + NARROW + NARROW_AFTER)
    assert not any("Harris 评分（术后" in p for p in found)
    assert any("泌尿系统感染 2 例。两组" in p.replace("\n", "") for p in found)


def test_rows_in_wide_gaps_with_a_number_and_its_measure_word_are_left_out() -> None:
    # pdftotext -layout on a word processor's page: a table's rows away from its caption, a cell
    # "20 年一遇" holding the space LibreOffice puts between digits and Chinese.
    rows = ("平均得分\n龙潭河       1 086          24.3    2018   20 年一遇\n"
            "青塘河        265           12.8    2019   10 年一遇\n松源河       2 870          31.5    2020   20 年一遇\n")
    text = NARROW_BEFORE + "表 1 治理河流的基本情况\n2.2 两组患者并发症发生情况比较\n" + NARROW + rows + NARROW_AFTER
    found = paragraphs(text)
    assert not any("龙潭河" in p or "年一遇" in p for p in found)
    assert any("泌尿系统感染 2 例。两组" in p.replace("\n", "") for p in found)
    assert _gapped_row("龙潭河       1 086          24.3    2018   20 年一遇")
    assert not _gapped_row("2024 年的调查中  共有  12 家单位参与了这一项目的试点工作")


def test_a_formulas_number_and_a_quantity_with_its_own_comma_are_as_before() -> None:
    from wenxian.importer.captions import _is_row, _number
    assert not _number("（1）") and not _number("(2)")  # a formula's number, no standard error
    assert _number("(0.045)") and _number("−0.118**")
    assert _is_row("实验室数/间 使用面积/m2 一、二级占", head=True)  # a head row's names, no numbers
    assert not _is_row("深静脉血栓 3 例、压力性损伤 3 例、泌尿系")  # an enumeration's
