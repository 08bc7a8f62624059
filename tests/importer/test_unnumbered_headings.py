"""Headings the import corpus's round-17a pair showed missed (round 17i; yejian-jingji and
chayuan-fangkong, MIT, written for the corpus): a decimal heading that asks a question
("2.3 …为何…？"), which only its number's place in the sequence tells from a sentence; and the
abstract labelled 提要 alone. The texts are written for these tests."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.importer.markers import ABSTRACT


def test_a_decimal_heading_asking_a_question_is_vouched_for_by_its_number() -> None:
    text = (
        "1 材料与方法\n"
        "试验在某县的三个茶园进行，每个茶园设四个处理。\n"
        "2 结果与分析\n"
        "2.1 不同处理的防治效果\n"
        "组合防控区的防治效果最高，与化学防治差异不显著。\n"
        "2.2 天敌群落为何在第2年才恢复？\n"
        "停用化学农药后，蜘蛛的数量在第2年明显增加。\n"
        "3 讨论\n"
        "组合防控可以取得接近化学防治的效果。\n"
    )
    article = read_text(text)
    assert [(h.level, h.text) for h in article.headings()] == [
        (1, "1 材料与方法"), (1, "2 结果与分析"), (2, "2.1 不同处理的防治效果"),
        (2, "2.2 天敌群落为何在第2年才恢复？"), (1, "3 讨论"),
    ]


def test_a_numbered_question_out_of_sequence_stays_text() -> None:
    # "2.5" does not follow "2.1": a line that happens to open with a number and ask a question.
    text = (
        "2 结果与分析\n"
        "2.1 不同处理的防治效果\n"
        "组合防控区的防治效果最高，与化学防治差异不显著。\n"
        "2.5 倍的差距从何而来？\n"
        "停用化学农药后，蜘蛛的数量在第2年明显增加。\n"
    )
    article = read_text(text)
    assert [h.text for h in article.headings()] == ["2 结果与分析", "2.1 不同处理的防治效果"]


def test_the_abstract_label_tiyao_alone() -> None:
    for line in ("提要：夜间经济是扩大城市消费的重要领域。", "提 要：夜间经济是扩大城市消费的重要领域。", "【提要】夜间经济…"):
        assert ABSTRACT.match(line), line
    assert not ABSTRACT.match("提要求的时候")
    article = read_text("夜间经济的时空格局\n\n提 要：夜间经济是扩大城市消费的重要领域。\n关键字：夜间经济；商圈\n\n"
                        "问题的提出\n近年来，各地把发展夜间经济作为促进消费的重要抓手。\n")
    assert article.meta.abstract == "夜间经济是扩大城市消费的重要领域。"


def _wrapped(paragraph: str, column: int = 31) -> str:
    """A paragraph as plain pdftotext prints it: its first line short by the indent it dropped
    (two cells), the others the column's width."""
    lines, at, size = [], 0, column - 2
    while at < len(paragraph):
        lines.append(paragraph[at : at + size])
        at, size = at + size, column
    return "\n".join(lines) + "\n"


_TEXTS = [
    "近年来各地把发展夜间经济作为促进消费稳定就业的重要抓手纷纷推出夜间消费集聚区特色夜市和夜游项目，本文以三个商圈为例分析夜间客流和消费的时空分布。",
    "老城商圈位于市中心区以步行街和传统老字号为主滨湖商圈依托湖滨公园和滨水步道，高新商圈则以大型综合体为主，三个商圈的面积相近而业态不同。",
    "问卷要求受访者选择结束夜间消费离开商圈的主要原因并按重要程度排序后再作说明，选择比例最高的是担心赶不上末班公交其后是停车难和没有想去的地方。",
    "本文的分析表明三个商圈的夜间客流在晚间达到峰值此后迅速回落而回落的速度各不相同，交通衔接和业态结构是制约夜间消费延续的主要因素。",
]
# An article whose sections have no number (yejian-jingji's scheme): a section's name alone on its
# line, over a numbered subsection or a paragraph, one asking a question; pdftotext keeps no indent.
UNNUMBERED = (
    "问题的提出\n" + _wrapped(_TEXTS[0]) + "\n数据与方法\n（一）研究区域\n" + _wrapped(_TEXTS[1])
    + "\n哪些因素制约了夜间消费的延续？\n" + _wrapped(_TEXTS[2]) + "\n结论与讨论\n" + _wrapped(_TEXTS[3])
)


def test_unnumbered_sections_over_their_subsections_and_a_question() -> None:
    article = read_text(UNNUMBERED)
    assert [(h.level, h.text) for h in article.headings()] == [
        (1, "问题的提出"), (1, "数据与方法"), (2, "（一）研究区域"), (1, "哪些因素制约了夜间消费的延续？"), (1, "结论与讨论"),
    ]


def test_a_one_line_question_in_a_numbered_article_stays_a_paragraph() -> None:
    # jiceng-shuiwu's "效果如何？": the sections are numbered, so a short question alone between
    # paragraphs is a paragraph of one line, its siblings no bare lines.
    text = ("1 引言\n" + _wrapped(_TEXTS[0]) + "2 方法\n" + _wrapped(_TEXTS[1]) + "效果如何？\n" + _wrapped(_TEXTS[2])
            + "3 结论\n" + _wrapped(_TEXTS[3]))
    article = read_text(text)
    assert [h.text for h in article.headings()] == ["1 引言", "2 方法", "3 结论"]


def test_a_letter_spaced_heading_cut_at_its_gap_or_glued_to_its_number() -> None:
    # chayuan-fangkong's "0 引　言", "3 讨　论": plain pdftotext cuts the line at the wide gap
    # ("0引" / "" / "言") or keeps it whole with the number glued ("0引 言"; -layout: "3讨      论").
    head = "1 材料与方法\n试验在某县的三个茶园进行，每个茶园设四个处理，每个处理重复三次。\n\n"
    cut = read_text("0引\n\n言\n\n茶树是我国重要的经济作物，病虫害直接影响茶叶的产量。\n\n" + head
                    + "3讨\n\n论\n\n本研究的结果与已有的报道基本一致。\n")
    assert ["".join(h.text.split()) for h in cut.headings()] == ["0引言", "1材料与方法", "3讨论"]
    glued = read_text("0引 言\n茶树是我国重要的经济作物，病虫害直接影响茶叶的产量。\n" + head
                      + "3讨      论\n本研究的结果与已有的报道基本一致。\n")
    assert ["".join(h.text.split()) for h in glued.headings()] == ["0引言", "1材料与方法", "3讨论"]
    # … a quantity glued to its unit is no heading ("2年 内"), nor a figure and a significance letter
    # from a table ("38.5 c"), nor a share opening a line ("42.6% 的客流")
    from wenxian.importer.headings import heading_style

    assert [heading_style(t) for t in ("2年 内", "38.5 c", "6.2 c", "42.6% 的夜间客流集中在")] == [None] * 4
    assert heading_style("2.1 RPA与办税") == "ar2"


def test_a_chinese_numbered_question_after_decimal_items_is_still_vouched_for() -> None:
    # koudai-gongyuan's scheme 一、 → 1. : "四、…为何…？" after a "1. …" heading stays a heading.
    text = ("三、使用状况\n老城区口袋公园的使用以附近居民为主，早晚两个时段的人数最多。\n1. 使用人群\n"
            "使用者以老年人和带孩子的家长为主，年轻人较少。\n四、口袋公园为何用不好？\n问卷和访谈的结果显示，问题集中在设施和管理两个方面。\n")
    assert "四、口袋公园为何用不好？" in [h.text for h in read_text(text).headings()]
