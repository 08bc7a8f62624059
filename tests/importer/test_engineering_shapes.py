"""Shapes of an engineering article that session 13's zaisheng-hunningtu put in the dev corpus
(``docs/import-rounds.md``, "Session 13 — zaisheng-hunningtu, fix round"): numbered display
formulas with Greek letters, each announced by a sentence ending on a colon and followed by
"式中，…"; a page's last line that shares the title's words; a figure standing between a formula's
lead-in and the formula. The texts are written for these tests (MIT, as the project)."""

from __future__ import annotations

from wenxian.importer.chars import formula_lines

from tests.importer.helpers import blocks

TOP = (
    "建筑材料与结构学报 2024 年 6 月　第 18 卷第 3 期\n"
    "钢纤维混凝土梁抗弯性能的试验研究\n"
    "林远舟1，沈佳禾2\n"
    "（1. 某某大学土木工程学院，某市 100000；2. 某某建筑设计院，某市 100001）\n"
    "摘要：为研究钢纤维掺量对混凝土梁抗弯性能的影响，设计制作了 9 根试验梁，进行了四\n"
    "点弯曲试验，分析了钢纤维掺量对开裂荷载、极限荷载和裂缝宽度的影响。结果表明：钢\n"
    "纤维可以明显提高梁的开裂荷载和极限荷载，并减小裂缝宽度。\n"
    "关键词：钢纤维混凝土；梁；抗弯性能；试验研究\n"
    "1 试验概况\n"
    "试验梁的截面尺寸为 150 mm×300 mm，跨度为 2 400 mm，混凝土设计强度\n"
    "等级为 C40，钢纤维的体积掺量分别为 0、1.0% 和 2.0%，每种掺量各制作\n"
    "三根试验梁。试验在 500 kN 的液压加载装置上进行，采用分级加载的方式。\n"
)


def test_a_line_of_prose_in_latin_letters_is_no_formula_line() -> None:
    # A figure's English caption right above a formula reads, letter by letter, as a formula's
    # first line: the two were one formula of two lines, and the formula itself went unseen.
    texts = ["Fig. 2 Load-deflection curves of the tested beams", "M = 0.85α fbh (4)"]
    assert formula_lines(texts, 0) == 0
    assert formula_lines(texts, 1) == 1
    assert formula_lines(["M = 0.85α fbh +", "f A (4)"], 0) == 2  # (a formula's wrapped line: still one)


def test_a_chart_s_value_labels_above_a_formula_open_no_formula() -> None:
    # A chart's last value labels ("1.0", "0.961") right above a formula and its number: lines a
    # formula's could be, but a number alone opens none (the labels went into the formula).
    texts = ["1.0", "0.961", "α = 0.96+0.021ρ", "(2)"]
    assert formula_lines(texts, 0) == formula_lines(texts, 1) == 0
    assert formula_lines(texts, 2) == 2


def test_a_page_s_last_line_sharing_the_title_s_words_and_ending_on_a_colon_is_text() -> None:
    # "钢纤维混凝土梁抗弯…" shares the title's first words and stands at a page's foot, by the page's
    # number: as a running head would. It ends on a colon announcing the formula: no running head does.
    found = blocks(TOP + (
        "2 承载力计算\n"
        "参照现行规范中受弯构件正截面承载力的计算方法，并考虑钢纤维对受拉区混\n"
        "凝土的贡献，各系数由试验结果回归确定，得到钢纤维混凝土梁的抗弯承载\n"
        "力，钢纤维混凝土梁抗弯承载力的计算式为：\n"
        "·57 ·\n"
        "林远舟，等：钢纤维混凝土梁抗弯性能的试验研究\n"
        "M = 0.85α fbh + β fA (1)\n"
        "式中，α 为受压区系数；β 为钢纤维影响系数，按试验结果回归确定；f 为混\n"
        "凝土的轴心抗压强度，MPa；A 为纵筋的截面面积，mm2。\n"
        "·58 ·\n"
        "建筑材料与结构学报 2024 年 6 月　第 18 卷第 3 期\n"
        "3 结论\n"
        "钢纤维可以明显提高钢筋混凝土梁的开裂荷载和极限荷载，减小裂缝的宽度。\n"
        "·59 ·\n"
        "林远舟，等：钢纤维混凝土梁抗弯性能的试验研究\n"
    ))
    assert ("p", "参照现行规范中受弯构件正截面承载力的计算方法，并考虑钢纤维对受拉区混凝土的贡献，"
                 "各系数由试验结果回归确定，得到钢纤维混凝土梁的抗弯承载力，钢纤维混凝土梁抗弯承载力的计算式为：") in found
    assert ("p", "M=0.85αfbh+βfA(1)") in found


def test_a_figure_between_a_formula_s_lead_in_and_the_formula_leaves_the_formula_a_block() -> None:
    # The typesetting put a chart (its labels, its caption and the caption's English twin) between
    # the sentence announcing the formula and the formula: the formula is still a block of its own,
    # and neither the lead-in nor the "式中，…" after it runs on into it across the figure.
    found = blocks(TOP + (
        "2 承载力计算\n"
        "参照现行规范中受弯构件正截面承载力的计算方法，并考虑钢纤维对受拉区混\n"
        "凝土的贡献，梁的抗弯承载力可按下式计算：\n"
        "钢纤维掺量/%\n"
        "极限荷载/kN\n"
        "0\n"
        "186\n"
        "1.0\n"
        "214\n"
        "2.0\n"
        "237\n"
        "图 2 钢纤维掺量对极限荷载的影响\n"
        "Fig. 2 Effect of steel fibre content on the ultimate load\n"
        "M = 0.85α fbh + β fA (1)\n"
        "式中，α 为受压区系数；β 为钢纤维影响系数，按试验结果回归确定；f 为混\n"
        "凝土的轴心抗压强度，MPa；A 为纵筋的截面面积，mm2。\n"
        "3 结论\n"
        "钢纤维可以明显提高钢筋混凝土梁的开裂荷载和极限荷载，减小裂缝的宽度。\n"
    ))
    at = found.index(("p", "M=0.85αfbh+βfA(1)"))
    assert found[at - 1] == ("p", "参照现行规范中受弯构件正截面承载力的计算方法，并考虑钢纤维对受拉区混凝土的贡献，"
                                  "梁的抗弯承载力可按下式计算：")
    assert found[at + 1][1].startswith("式中，α为受压区系数")


def test_a_formula_whose_exponent_stands_on_a_line_of_its_own_is_no_chart_s_labels() -> None:
    # pypdfium2 sets a raised exponent on a line of its own: the formula's three short lines, with
    # the paragraph's last word wrapped before them, read as a chart's labels printed away from
    # its caption (the figure's caption just above) and went out as cells.
    found = blocks(TOP + (
        "图 1 钢纤维掺量对开裂荷载的影响\n"
        "Fig. 1 Effect of steel fibre content on the cracking load\n"
        "2 承载力计算\n"
        "令 ρ = V/100，对各组试验梁的极限荷载与钢纤维掺量的关系进行回归分析，\n"
        "得\n"
        "α = 0.96+0.021ρ\n"
        "2\n"
        "-0.004ρ (1)\n"
        "式中，V 为钢纤维的体积掺量，%；α 为极限荷载的提高系数，适用范围为 0～2.0%\n"
        "的掺量，超出该范围时应另行试验确定。\n"
        "3 结论\n"
        "钢纤维可以明显提高钢筋混凝土梁的开裂荷载和极限荷载，减小裂缝的宽度。\n"
    ))
    at = found.index(("p", "α=0.96+0.021ρ2-0.004ρ(1)"))
    assert found[at - 1] == ("p", "令ρ=V/100，对各组试验梁的极限荷载与钢纤维掺量的关系进行回归分析，得")
    assert found[at + 1][1].startswith("式中，V为钢纤维的体积掺量")


def test_a_formula_s_number_in_a_box_of_its_own_goes_with_the_formula() -> None:
    # pdftotext sets a displayed formula's number apart by a blank line ("ηt = Nt /N0" / "" /
    # "(1)"): two blocks, which the search for a page's block order may set far apart.
    from wenxian.importer.blockorder import _glue
    from wenxian.importer.lines import Line

    def line(number: int, text: str, gap: bool) -> Line:
        return Line(number, text, False, gap, float(len(text)), 1)

    lead = [line(1, "梁的抗弯承载力提高系数定义为", False), line(2, "α = M / M0", True)]
    number = [line(4, "(1)", True)]
    after = [line(6, "式中，M 为钢纤维混凝土梁的极限弯矩。", True)]
    assert _glue([lead, number, after], 18.0) == [lead + number, after]
    # (a number in parentheses after a line of text is no formula's: a box of its own still)
    text = [line(1, "钢纤维的体积掺量见表 1。", True)]
    assert _glue([text, number], 18.0) == [text, number]
