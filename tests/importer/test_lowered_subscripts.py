"""Session 15 (qirongjiao-lizi): a line of lowered subscripts printed under its line (pdfplumber,
with ``layout=True`` or without) goes back into the holes its line kept. Texts written for these
tests (MIT, as the project)."""

from __future__ import annotations

from wenxian.importer.lowered import put_back

from tests.importer.helpers import blocks
from tests.importer.test_engineering_shapes import TOP


def test_subscripts_go_into_the_holes_before_the_charges() -> None:
    assert put_back("雨水中硫酸根（SO ²⁻）和铵根（NH ⁺）的浓度较高\n4 4\n下一行") == \
        "雨水中硫酸根（SO4²⁻）和铵根（NH4⁺）的浓度较高\n下一行"


def test_symbols_before_chinese_words_take_the_subscripts_where_no_charge_tells() -> None:
    # no charge after the holes: the capitalised symbols' holes, not the variable's ("n 为")
    assert put_back("式中，n 为物质的量；SO 和 NO 取同期均值\n2 2") == "式中，n 为物质的量；SO2和 NO2取同期均值"
    assert put_back("以 (NH ) SO 和 NH NO 的形式存在\n4 2 4 4 3") == "以 (NH4)2SO4和 NH4NO3的形式存在"


def test_a_formula_s_symbol_before_its_relation_takes_its_subscript() -> None:
    assert put_back("F = Concat(Y, DWConv(Y)) (1)\nout") == "Fout = Concat(Y, DWConv(Y)) (1)"
    assert put_back("η = N /N (1)\nt t 0") == "ηt = Nt/N0 (1)"


def test_no_fitting_holes_leave_the_lines_as_they_are() -> None:
    # four spaces after letters, one subscript: where it goes is not known
    text = "当 c 远大于 s 时，r 近似等于 s。本文取 s=2，GhostConv 的\ns"
    assert put_back(text) == text
    # a table's row of numbers under a line without holes
    text = "各站点的样品数如下表。\n1 2 3"
    assert put_back(text) == text


def test_a_paragraph_cut_by_its_subscripts_is_one_paragraph() -> None:
    found = blocks(TOP + (
        "2 离子组成\n"
        "雨水中的主要离子为硫酸根（SO ²⁻）、硝酸根（NO ⁻）和铵根（NH ⁺），三者\n"
        "4 3 4\n"
        "合计占总离子的八成以上，说明降水的化学组成以二次离子为主。\n"
        "3 结论\n"
        "钢纤维可以明显提高钢筋混凝土梁的开裂荷载和极限荷载，减小裂缝的宽度。\n"
    ))
    assert ("p", "雨水中的主要离子为硫酸根（SO4²⁻）、硝酸根（NO3⁻）和铵根（NH4⁺），三者"
                 "合计占总离子的八成以上，说明降水的化学组成以二次离子为主。") in found


def test_a_bracket_before_a_bracket_leaves_no_hole() -> None:
    # "g₁(i)·g₂(j) (4)": the subscripts follow the g's; the space between ")" and "(4)" is the
    # line's own. Three letter holes for two subscripts: where they go is not known, the lines stay.
    text = "y(i, j) = x(i, j)·g (i)·g (j) (4)\n1 2"
    assert put_back(text) == text


def test_a_chart_s_values_under_its_labels_are_no_subscripts() -> None:
    # a bar's value under its label: no text, no formula above it, a number of two digits
    text = "SSD\n29\nv8n\n4\n"
    assert put_back(text) == text


def test_a_raised_exponent_over_its_line_is_not_put_into_the_line_above() -> None:
    # "2" is m²'s exponent, printed over its line: the line below fits it at least as well as the
    # line above, so where it belongs is not known and the lines stay as they are
    text = "各乡镇卫生院的业务用房按 GB 规定的面积计，平均为\n2\n1 200 m ，最小的不足五百平方米。"
    assert put_back(text) == text
