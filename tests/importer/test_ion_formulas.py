"""Session 15 (qirongjiao-lizi): display formulas holding ions, their charges raised and their
subscripts lowered as characters ("nSO₄²⁻"), two in a row, each followed by "式中，…". The text is
written for these tests (MIT, as the project)."""

from __future__ import annotations

from wenxian.importer.chars import formula_lines
from wenxian.importer.layout import break_across
from wenxian.importer.lines import split_lines

from tests.importer.helpers import blocks
from tests.importer.test_engineering_shapes import TOP


def test_a_formula_with_raised_charges_and_lowered_subscripts_is_a_formula_line() -> None:
    assert formula_lines(["AOR = nNH₄⁺/(nNH₄⁺+nNH₃)（3）"], 0) == 1
    # as extractors give them: the subscript's digit on the line, the charge raised
    assert formula_lines(["COR = nCa²⁺/(nCa²⁺+nCl⁻) (4)"], 0) == 1
    assert formula_lines(["SOR = nSO4 ²⁻/(nSO4 ²⁻+nSO2 )（1）"], 0) == 1
    # a line of text with an ion in it is none
    assert formula_lines(["测定 F⁻、Cl⁻ 和 NO₃⁻ 的浓度（1）"], 0) == 0


def test_two_ion_formulas_in_a_row_are_blocks_of_their_own() -> None:
    found = blocks(TOP + (
        "2 转化率\n"
        "用硫的转化率和氮的转化率表示前体物向颗粒态离子的转化程度[2]：\n"
        "SOR = nSO₄²⁻/(nSO₄²⁻+nSO₂)（1）\n"
        "NOR = nNO₃⁻/(nNO₃⁻+nNO₂)（2）\n"
        "式中，n 为物质的量浓度，mol/m³；两种前体物的浓度取附近监测站的同期数据。\n"
        "3 结论\n"
        "钢纤维可以明显提高钢筋混凝土梁的开裂荷载和极限荷载，减小裂缝的宽度。\n"
    ))
    paragraphs = [text for kind, text in found if kind == "p"]
    assert "SOR=nSO₄²⁻/(nSO₄²⁻+nSO₂)（1）" in paragraphs
    assert "NOR=nNO₃⁻/(nNO₃⁻+nNO₂)（2）" in paragraphs
    assert any(text.startswith("式中，") for text in paragraphs)


def test_a_first_line_full_of_ions_is_short_by_its_indent_after_a_table() -> None:
    # "…见表 1。" / the table / "9 种离子中，NO3 ⁻、…": the ions' charges are printed small, half a
    # cell each at most; counted as whole cells they made the new paragraph's first line (short
    # by its indent) as wide as the column, and it ran on after the table into the paragraph before
    before = split_lines(
        "236 个有效样品中，PM2.5 的质量浓度为 9.6～241.3 µg/m³，平均为\n"
        "54.8 µg/m³，超过《环境空气质量标准》二级标准的年平均浓度限值（35\n"
        "µg/m³）。各季节 PM2.5 和水溶性无机离子的平均浓度见表 1。\n").lines
    after = split_lines(
        "9 种离子中，NO3 ⁻、SO4 ²⁻ 和 NH4 ⁺ 的浓度最高，全年平均分别为 10.6、\n"
        "10.5 和 6.9 µg/m³，三者合计占总离子的 89.0%，占 PM2.5 的 51.1%；其余\n"
        "6 种离子合计只有 3.5 µg/m³。与国内其他城市的观测相比，澄州市 SNA\n"
        "占 PM2.5 的比例处于较高水平，说明二次生成是 PM2.5 的主要来源。\n").lines
    assert break_across(before, after, inside=True).yes


def test_formulas_in_a_row_then_their_numbers_in_a_row_are_paired() -> None:
    # pdfminer boxes the numbers at the column's right edge apart: both formulas, then both numbers
    found = blocks(TOP + (
        "2 转化率\n"
        "用硫的转化率和氮的转化率表示前体物向颗粒态离子的转化程度[2]：\n\n"
        "SOR = nSO4²⁻/(nSO4²⁻+nSO2)\n\n"
        "NOR = nNO3⁻/(nNO3⁻+nNO2)\n\n"
        "（1）\n\n"
        "（2）\n\n"
        "式中，n 为物质的量浓度，mol/m³；两种前体物的浓度取附近监测站的同期数据。\n"
    ))
    paragraphs = [text for kind, text in found if kind == "p"]
    assert "SOR=nSO4²⁻/(nSO4²⁻+nSO2)（1）" in paragraphs
    assert "NOR=nNO3⁻/(nNO3⁻+nNO2)（2）" in paragraphs
    assert any(text.startswith("式中，") for text in paragraphs)
