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
