"""Paragraph decisions round 14f found on the text routes of jiazhuang-dianti and chanjiao-ronghe
(``docs/import-rounds.md``, "Round 14f"). The texts are written for these tests."""

from __future__ import annotations

from tests.importer.helpers import blocks

NUMBERED = (
    "五、完善推进机制的建议\n"
    "针对上述问题，本文提出以下建议。第一，完善协商平台。街道和社区应当为\n"
    "协商提供程序指引，推广议事平台的做法，引入第三方力量，减少事后纠纷。\n"
)


def test_an_unnumbered_title_alone_after_a_sentence_end_is_a_heading() -> None:
    found = blocks(NUMBERED + (
        "结语\n"
        "加装电梯是一项需要居民共同参与的社区公共事务，推进中遇到的许多问题源\n"
        "于居民之间利益的不一致和社区治理能力的不足。\n"))
    assert ("h", "结语") in found
    assert found[-1] == ("p", "加装电梯是一项需要居民共同参与的社区公共事务，推进中遇到的许多问题源于居民之间利益的不一致和社区治理能力的不足。")


def test_a_letter_spaced_unnumbered_title_is_a_heading() -> None:
    found = blocks("引  言\n产教融合是职业教育的基本办学模式，也是提高技术技能人才培养质\n量的重要途径。\n" + NUMBERED)
    assert found[0] == ("h", "引言")
    assert found[1] == ("p", "产教融合是职业教育的基本办学模式，也是提高技术技能人才培养质量的重要途径。")


def test_the_same_word_inside_a_paragraph_stays_text() -> None:
    # "结论" ending a line mid-sentence is the paragraph's word, not a title.
    found = blocks(NUMBERED[: NUMBERED.index("针对")] + (
        "本节根据前文的分析给出主要的\n"
        "结论\n"
        "和相应的政策含义，供各地参考。\n"))
    assert found[-1][0] == "p" and "结论" in found[-1][1]


def test_a_full_line_with_figures_after_a_sentence_end_runs_on() -> None:
    # "澜江省于 2020 年…共认定" counts two cells short by its characters ("2020", "2024" are two
    # cells each), but the glue around the figures fills the column: no indent, no new paragraph
    # (chanjiao-ronghe, onecol-colon through pdftotext).
    text = (
        "我国推进校企合作的政策大体经历了三个阶段。第一阶段以鼓励和倡\n"
        "导为主，政策主要要求职业院校加强与行业企业的联系；第二阶段提出工学\n"
        "结合、校企合作的人才培养模式，开始在部分地区开展试点；第三阶段将产\n"
        "教融合上升为国家层面的制度安排，建设产教融合型城市和产教融合型企\n"
        "业，并对符合条件的企业给予教育费附加和地方教育附加抵免等优惠[3,7-9] 。\n"
        "澜江省于 2020 年出台了产教融合型企业认定办法，截至 2024 年底共认定\n"
        "省级产教融合型企业 286 家[10] 。\n"
        "1.2 已有研究\n"
        "已有研究从不同角度解释企业参与产教融合的动因。人力资本理论认\n"
        "为，企业参与职业教育是为了获得符合自身需要的技术技能人才，降低招\n"
        "聘和培训成本；交易成本理论则关注校企之间的信息不对称和合作的不确\n"
        "定性，认为稳定的合作关系和明确的契约有助于降低合作成本[11] 。实证研\n"
        "究发现，企业规模、行业特征、合作经历和政府激励对企业参与都有影响，\n"
        "但各项研究的结论并不完全一致，尤其是政策优惠的作用，有的研究认为\n"
        "作用明显，有的则认为企业对优惠政策的知晓度和获得感都不高[12]-[14] 。这\n"
        "些研究多以单所院校或者单个行业为对象，基于较大范围调查数据的分析\n"
        "还比较少。\n"
    )
    found = blocks(text)
    assert [kind for kind, _ in found] == ["p", "h", "p"]
    assert found[0][1].endswith("等优惠[3,7-9]。澜江省于2020年出台了产教融合型企业认定办法，截至2024年底共认定省级产教融合型企业286家[10]。")


def test_a_closing_quote_set_a_row_apart_ends_the_sentence_before_a_heading() -> None:
    # pdftotext sets the closing quote after "上课？" on a row of its own: with it, the line
    # before ends a sentence, and the numbered heading after it starts a block
    # (chanjiao-ronghe, onecol-bracket through pdftotext).
    text = (
        "大型企业的人才需求量大、岗位标准化程度高，更有能力承担参与职\n"
        "业教育的成本，也更看重人才的长期储备；小微企业人才需求零散，生产\n"
        "任务紧张，很难抽出技术人员参与教学。访谈中一位小型机械加工企业的\n"
        "负责人说：\n"
        "“我们一共就三十几个人，师傅都在车间里忙，哪有时间去学校\n"
        "上课？\n"
        "”\n"
        "4.2 企业参与的主要障碍\n"
        "结合问卷和访谈资料，企业参与产教融合的障碍主要有以下三个方面。\n"
    )
    found = blocks(text)
    assert [kind for kind, _ in found] == ["p", "h", "p"]
    assert found[0][1].endswith("哪有时间去学校上课？”") and found[1] == ("h", "4.2 企业参与的主要障碍")



def test_a_full_stop_hung_past_a_full_line_leaves_that_line_full() -> None:
    # "…其他两类小区（图 1）" fills the column; its full stop, hung past the edge, is a row of its
    # own in pdftotext's text: the printed line is full, and the paragraph runs on
    # (jiazhuang-dianti, onecol-colon through pdftotext).
    text = (
        "按小区类型看，单位自建小区的完工率明显高于其他两类小区（图 1）\n"
        "。\n"
        "这类小区的居民多为原单位职工，相互熟悉，原单位或者其后勤部门往往\n"
        "出面组织协商，有的还承担了一部分费用。房改房小区和早期商品房小区\n"
        "的居民关系较为松散，出租户比例较高，协商的组织成本更大。访谈中一\n"
    )
    found = blocks(text)
    assert [kind for kind, _ in found] == ["p"]
    assert found[0][1].startswith("按小区类型看，单位自建小区的完工率明显高于其他两类小区（图1）。这类小区")


def test_a_full_stop_hung_after_a_paragraphs_first_line_counts_the_indent() -> None:
    # The first line is short by its indent only: with the full stop it would not fit, so the
    # stop hung past the edge, and the paragraph runs on after it.
    text = (
        "调查范围覆盖四个中心城区的六十八个老旧小区，样本涵盖单位自建小区、\n"
        "房改房小区和早期商品房小区三种类型，各类小区的居民结构和物业管理方\n"
        "式差别较大，需要分别讨论。\n"
        "按小区类型看，单位自建小区加装电梯的完工率明显高于其他两类小区\n"
        "。\n"
        "这类小区的居民多为原单位职工，相互熟悉，原单位或者其后勤部门往往出\n"
        "面组织协商，有的还承担了一部分费用，房改房小区和早期商品房小区的居\n"
        "民关系较为松散，出租户比例较高，协商的组织成本更大，推进也更慢。\n"
    )
    found = blocks(text)
    assert [kind for kind, _ in found] == ["p", "p"]
    assert found[1][1].startswith("按小区类型看，单位自建小区加装电梯的完工率明显高于其他两类小区。这类小区")
