"""Round 17j (``docs/import-rounds.md``): an enumeration whose items open with an ordinal word
("第一，…；" / "第二，…") set one item a paragraph, and an odd page's running head longer than a
short line (four names and a long title) taken out of the body. The texts are written for these
tests."""

from __future__ import annotations

from tests.importer.helpers import blocks
from wenxian.importer import read_text

LEAD = (
    "四、结论与建议\n"
    "本文的分析表明，三个片区的夜间活动呈现出集中在傍晚、回落较快的特\n"
    "点，交通衔接不足是主要的制约因素。据此提出以下建议。\n"
)


def test_ordinal_items_ending_in_a_semicolon_on_a_short_line_are_paragraphs() -> None:
    found = blocks(LEAD + (
        "第一，加强夜间公共交通衔接。根据客流的峰值和回落时间，分片区调整\n"
        "末班车时间，并在片区周边开放错时共享停车位 [3]；\n"
        "第二，实行分时分区的街区管理。对步行街和滨水空间实行分时段的临时\n"
        "占道经营，同时明确噪声和垃圾清运的责任主体 [4]。\n"
    ))
    assert found[-2:] == [
        ("p", "第一，加强夜间公共交通衔接。根据客流的峰值和回落时间，分片区调整末班车时间，并在片区周边开放错时共享停车位[3]；"),
        ("p", "第二，实行分时分区的街区管理。对步行街和滨水空间实行分时段的临时占道经营，同时明确噪声和垃圾清运的责任主体[4]。"),
    ]


def test_an_ordinal_after_a_semicolon_at_a_full_lines_end_runs_on() -> None:
    # The clause ends where the line is full: the enumeration runs on inside its paragraph.
    found = blocks(LEAD + (
        "调查发现，制约因素主要有两个。第一，末班车发车过早，乘客无法返回；\n"
        "第二，停车位不足，自驾的消费者难以停留，商户的营业时间也随之缩短。\n"
    ))
    assert found[-1][1].startswith("调查发现") and "返回；第二，停车位不足" in found[-1][1]


def test_a_running_head_wider_than_a_short_line_is_furniture() -> None:
    title = "生物防治与物理诱控组合对丘陵茶园主要害虫及其天敌群落的影响"
    head = f"龚沐阳，晏清，诸葛青岚，卢一禾：{title}"
    assert len(head) > 40  # (wider than a short line: round 17j's case)
    body = "试验于两年间在三个茶园进行，每个茶园设四个处理，处理之间设隔离带，\n"
    text = (
        f"{title}\n龚沐阳1，晏清1,2，诸葛青岚2，卢一禾1,2\n（1. 雾溪农业学院，雾溪 410001；2. 雾溪茶叶研究所，雾溪 410002）\n"
        "摘要：本文比较了四种防控方式的效果。\n关键词：茶园；绿色防控\n1 引言\n"
        + body * 6
        + "调查每半个月进行一次，记录害虫和天敌的数量，同时记录施药的次数和\n\f"
        + f"{head}\n"
        + "用量，以便比较各处理的投入。\n"
        + body * 6
        + "天敌调查与害虫调查同时进行，记录蜘蛛、瓢虫、草蛉和寄生蜂的数量，\n\f"
        + f"{head}\n"
        + "以及它们在各处理之间的差别。\n"
    )
    paragraphs = [t for kind, t in blocks(text) if kind == "p"]
    assert not any("诸葛青岚，卢一禾：" in p for p in paragraphs)
    assert any("施药的次数和用量，以便比较" in p for p in paragraphs)
    assert any("寄生蜂的数量，以及它们" in p for p in paragraphs)


def test_a_long_funding_line_at_the_first_pages_foot_stays_front_matter() -> None:
    # "基金项目：…" has a running head's shape (a four-character "name", a colon) and is as long as
    # the column, and shares the title's words: it is no head, as its "name" is not the author line's
    # (round 17j's fix kept to that: dev's word processor texts lost their funding field without it).
    funding = "澜川省交通运输科技项目“高速公路服务区电动汽车充电设施布局研究”（LC2024-017）"
    assert len("基金项目：" + funding) > 40
    line = "随着电动汽车保有量的快速增长，电动汽车的使用场景正在从城市通勤\n"
    text = (
        "交通运输经济与管理　2025 年 8 月　第 29 卷 第 8 期\n"
        "高速公路服务区电动汽车充电设施的供需匹配与运营优化\n顾清源 1,2\n"
        "（1. 澜川交通大学 交通运输学院，澜州 550172；2. 澜川交通规划院，澜州 550031）\n"
        "摘　要：高速公路服务区充电设施是电动汽车跨城出行的关键保障。\n"
        "关键词：高速公路服务区；电动汽车；充电设施\n"
        "一、引言\n" + line * 10 + "扩展到城际出行。\n"
        "收稿日期：2025-04-02；修回日期：2025-06-11\n"
        f"基金项目：{funding}\n"
        "作者简介：顾清源（1988—），男，澜川澜州人，副研究员。\n"
        "· 104 ·\n\f"
        "交通运输经济与管理　2025 年 8 月　第 29 卷 第 8 期\n"
        + line * 10 + "扩展到城际出行。\n"
        "· 105 ·\n\f"
        "交通运输经济与管理　2025 年 8 月　第 29 卷 第 8 期\n"
        + line * 10 + "扩展到城际出行。\n"
        "· 106 ·\n"
    )
    article = read_text(text)
    assert article.meta.journal.get("funding", "").replace(" ", "") == funding.replace(" ", "")
