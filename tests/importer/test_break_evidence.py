"""Paragraph breaks weighed with two pieces of evidence pdfminer's texts need
(wenxian.importer.evidence.break_features). The text is written for these tests."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.importer.chars import width
from wenxian.importer.layout import break_across
from wenxian.importer.lines import Line
from wenxian.model import Paragraph

# Lines of a one-column page as pdfminer gives them: no indent kept, about 32 cells wide.
FULL = [
    "城市公园的开放时间、管理方式和设施配置，直接影响了周边居民的使用。",
    "近年来不少城市推动公园拆除围墙、延长开放时间，公园与街道的边界逐步",
    "打开，居民进出更加方便，公园也由此成为社区生活的重要组成部分之一。",
]


# A paragraph's first line that is a whole sentence, 2 cells short (its indent).
FIRST = "本文讨论城市公园拆除围墙、全面开放之后在日常管理上出现的问题。"


MORE = [
    "公园开放以后，使用人群明显增加，夜间照明、保洁和安全巡查的需求",
    "随之上升，原有的管理力量难以应对，部分公园出现了设施损坏的现象，",
    "居民对此意见较多。",
]
# A paragraph before, printed without blank lines (a text box of its own).
BEFORE = [
    "公园是城市中最常用的公共空间，其管理水平关系到居民的生活质量。",
    "随着城市更新的推进，越来越多的公园向社会全面开放，管理面临新的要求，",
    "公园管理部门需要在开放与秩序之间找到平衡，这是本文关注的核心问题，",
    "也是城市公共空间治理研究中长期讨论的议题。",
]


def paragraphs(text: str) -> list[str]:
    return [b.plain_text() for b in read_text(text).blocks if isinstance(b, Paragraph)]


def test_a_first_line_in_a_box_of_its_own_stays_in_its_paragraph() -> None:
    """pdfminer puts a paragraph's (indented, so short) first line in a text box of
    its own; when that line happens to end a sentence, the blank after it is no break."""
    assert [width(line) for line in [FIRST, *FULL]] == [31, 33, 33, 33]
    text = "\n".join(
        [
            "一、引言",
            *BEFORE,
            "",
            FIRST,
            "",
            *FULL,
            "",
            # pdfminer's boxes end inside paragraphs too: its blank lines are weak evidence.
            *MORE[:1],
            "",
            *MORE[1:],
        ]
    )
    assert paragraphs(text + "\n") == ["".join(BEFORE), FIRST + "".join(FULL), "".join(MORE)]


def test_an_ordinal_connective_after_a_sentence_end_opens_a_paragraph() -> None:
    """A full line ends a sentence; the next line, short by an indent too small to
    weigh alone, opens with 其次，: a new paragraph of the enumeration."""
    first = [
        "首先，城市公园的开放时间、管理方式和设施配置直接影响周边居民的",
        "出行。公园周边的商户和学校也受到影响，开放后的客流变化需要纳入管理",
        "规划，夜间开放的时段、照明设施的配置和安保人员的安排都需要重新考虑",
        FULL[1],
        FULL[2],
    ]
    second = [
        "其次，公园管理的责任主体需要明确，街道、社区和物业的分工各不相同",
        "，各方职责应当写入管理办法并向居民公开，管理经费也应当有稳定的来源",
        "渠道，公园管理的绩效评估也需要吸收居民的意见，形成长效的监督机制。",
    ]
    assert [width(line) for line in first + second[:1]] == [31, 33, 33, 33, 33, 32]
    text = "\n".join(["一、引言", *first, *second]) + "\n"
    assert paragraphs(text) == ["".join(first), "".join(second)]


def test_an_indent_before_a_comma_or_after_a_clause_is_no_paragraph() -> None:
    """pdftotext -layout sets a line that starts with punctuation off by a few spaces:
    a line starting with a comma, or one after a line ending on a comma, starts no paragraph."""
    text = "\n".join(
        [
            "一、引言",
            "　　社区花园由居民认领闲置地块共同营造，花园的名字叫作“共享",
            "花园”",
            "     ，居民在这里种植花草蔬菜，定期组织浇水除草和分享活动的",
            "时候，",
            "   “邻里之间的交往明显增多”，这是受访居民最常提到的变化。",
            "　　第二段从这里开始。",
        ]
    ) + "\n"
    assert paragraphs(text) == [
        "社区花园由居民认领闲置地块共同营造，花园的名字叫作“共享花园”，居民在这里种植花草蔬菜，"
        "定期组织浇水除草和分享活动的时候，“邻里之间的交往明显增多”，这是受访居民最常提到的变化。",
        "第二段从这里开始。",
    ]


def test_a_first_line_does_not_narrow_the_column_it_is_measured_against() -> None:
    """Short paragraphs (two or three lines, no indent or blank kept): the line
    after a sentence end is 2 cells short (its indent). The column it is measured
    against comes from the lines around it, not from itself, and from enough of
    them that the many first lines do not pass for the column (issue 11, third
    round; the text is liuyu-buchang's from the import corpus, pdftotext)."""
    text = "\n".join(
        [
            "（二）资金来源与监测协作不足",
            "调研发现，补偿资金主要来自中央和两省财政，市场主体和社会资本",
            "参与很少。监测方面的问题同样突出，具体表现为以下几点。",
            "1. 监测点位各自设置：上下游两省在跨界断面附近各设监测点位，采",
            "样时间和频次并不一致，同一断面的数据时有出入，双方对考核结果容易",
            "产生分歧。",
            "2. 数据共享渠道有限：监测数据主要在省级部门之间按月交换，市县",
            "两级难以及时获取，基层在发现水质波动时往往无法迅速开展溯源排查 [5]。",
            "上述问题叠加，使得补偿协议的执行高度依赖上级部门的协调，一旦",
            "协调力度减弱，补偿关系便容易陷入僵局 [1]。",
            "",
            "四、优化补偿机制的路径",
            "（一）建立多指标的补偿标准",
            "补偿标准应当在水质指标之外纳入水量、生态流量和生物多样性等指",
            "标，并根据上游的实际保护成本动态调整补偿额度，使补偿更能体现保护",
            "者的付出。",
            "",
        ]
    )
    paras = [b.plain_text()[:4] for b in read_text(text).blocks if isinstance(b, Paragraph)]
    assert paras == ["调研发现", "1. 监", "2. 数", "上述问题", "补偿标准"]


def test_an_abbreviation_at_a_line_end_ends_no_sentence() -> None:
    from wenxian.importer.chars import ends_sentence

    assert not ends_sentence("已有研究讨论了这一问题。Smith et al.")
    assert not ends_sentence("如 e.g.") and not ends_sentence("见 cf.")
    assert ends_sentence("Smith et al. (2011) argued so.") and ends_sentence("……的作用。")
    # a page's abbreviation, a name's initial after CJK or an opening parenthesis, or inside a
    # parenthesis still open: the citation goes on ("(2005a, p." / "32)", "（J." / "Lee, 2012）")
    assert not ends_sentence("相关讨论见许嘉怡、李强 (2005a, p.") and not ends_sentence("相关讨论见（J.")
    assert not ends_sentence("此外，T. D.") and not ends_sentence("相关讨论见(see S.")
    assert not ends_sentence("……影响家庭的消费决策。S.")
    # round 11b: square brackets as parentheses ("［J." / "Lee, 2003］", "用工结构［see S." / "Lee, 2006］")
    assert not ends_sentence("相关讨论见［J.") and not ends_sentence("用工结构［see S.")
    assert ends_sentence("as shown in Appendix B.") and ends_sentence("(see Appendix B.) Then it ends.")
    assert ends_sentence("the value of P.")  # a capital P is no page's abbreviation


def test_one_line_per_paragraph_with_many_short_lines_keeps_its_blank_lines() -> None:
    """A text saved one line per paragraph (MinerU, Marker, a copy from a web page), blank
    lines between every line. Its headings, title and short lines keep the median width low,
    but a printed column's lines are never this wide: the blank lines are breaks."""
    body = "".join(FULL) + "".join(MORE)  # 100 cells and more: a whole paragraph
    title, *heads = ["城市公园开放管理研究", "一、引言", "二、问题", "三、对策", "四、结论", "五、讨论", "六、余论"]
    text = "\n\n".join([title, heads[0], body, FIRST + FIRST, heads[1], body, body, *heads[2:]]) + "\n"
    found = paragraphs(text)[1:]  # after the title, a paragraph of its own here (no front matter)
    assert found == [body, FIRST + FIRST, body, body]



# pdfminer's lines of a one-column page (32 cells, the indent lost: a first line is 30 cells),
# a blank line after each paragraph, and one inside a paragraph where a text box ended.
GARDEN = [
    ["社区花园是居民自发营造的公共空间，近年来在许多城市的老旧小区",
     "中出现。花园通常由闲置地块改造而成，居民认领地块、共同种植，并定",
     "期组织浇水、除草和分享活动。这种方式让邻里之间的交往明显增多，也",
     "让闲置的土地得到了利用。"],
    # The first line is full and ends a sentence; pdfminer put a blank line after it.
    ["本文讨论社区花园建成之后在日常维护方面所出现的几个主要问题。",
     "花园建成初期，居民参与的热情很高，浇水和除草都有人主动承担；一两",
     "年之后，参与的人数逐渐减少，维护工作集中到少数几位热心居民身上，",
     "花园也因此出现了荒废的迹象。"],
    ["造成这种变化的原因是多方面的。一是维护工作缺少明确的分工，谁",
     "来浇水、谁来除草往往没有约定；二是花园的用水和工具需要经费，而经",
     "费没有稳定的来源；三是社区对花园的管理缺少制度安排，热心居民搬走",
     "之后，工作便无人接手。"],
    ["针对这些问题，本文提出三点建议：由居民议事会制定花园的维护公",
     "约，明确各楼栋的轮值分工；由街道和物业共同设立小额维护基金，保障",
     "用水和工具的开支；把花园的维护纳入社区年度工作计划，使其不因个人",
     "的去留而中断。"],
    ["社区花园的意义不只在于绿化，更在于它为居民提供了共同做事的机",
     "会。维护机制建立起来以后，花园才能长期发挥凝聚邻里的作用。"],
]


def test_a_blank_line_between_two_full_lines_is_weak_where_blanks_mostly_are_breaks() -> None:
    """pdfminer ends a text box after a paragraph's first line that is full and happens to end
    a sentence, in a text where its blank lines are nearly all paragraph breaks (not wholly
    trusted: one stands inside a paragraph). The next line is full too (a new paragraph's first
    line would be short by its lost indent): the blank between two full lines is no break."""
    assert [width(p[0]) for p in GARDEN] == [30, 30, 30, 30, 30] and width(GARDEN[1][1]) == 32
    lines = ["一、引言"]
    for k, para in enumerate(GARDEN):
        if k == 1:
            para = [para[0], "", *para[1:]]
        if k == 2:
            para = [*para[:2], "", *para[2:]]
        lines += [*para, ""]
    assert paragraphs("\n".join(lines)) == ["".join(p) for p in GARDEN]


def test_a_printed_line_in_two_pieces_after_a_float_is_no_short_line() -> None:
    """pdftotext -layout sets the text after a quote's closing mark a row lower: the printed
    line "有的居民习惯了“免费停车”，…" comes as two pieces, the second opening with a comma
    (no printed line does). Where a figure stood between a sentence ending at a full line
    and these pieces, the pieces together are a full line, not a short one: the paragraph
    runs on across the figure."""
    piece = "有的居民习惯了“免费停车”"
    rest = "，对公园收取停车费用有抵触情绪，管理部门只"
    before = [Line(k + 1, text, False, False, width(text)) for k, text in enumerate(FULL)]
    after = [Line(k + 10, text, False, False, width(text))
             for k, text in enumerate([piece, rest, "能通过加强宣传来逐步改变居民的习惯，但收效", "仍然有限，需要社区和物业一起想办法解决问题。"])]
    assert width(piece) + width(rest) >= width(FULL[1]) - 1.5
    assert not break_across(before, after).yes

def test_a_short_sentence_after_a_full_line_before_a_heading_is_the_paragraphs_last_line() -> None:
    """Round 11a (chengshi-neilao, nine one-column texts): "…的要求 [8-9]。" fills its line and
    "部分老城区仍为雨污合流，…突出。" ends a sentence right before a heading. Its shortness was all
    that spoke for a break, and a paragraph's last line is as short: one-line paragraphs are rare.
    After a short last line the paragraph ended by itself, and a one-line paragraph stands."""
    full = ("1. 排水管网标准偏低\n中心城区现有雨水管网约六百四十公里，其中约四成建于二〇〇〇年以前，设计\n"
            "重现期多为一年一遇，低于现行标准对同类城市两到三年一遇的要求，亟须改造。\n"
            "部分老城区仍为雨污合流，管道淤积和错接混接问题突出。\n2. 调蓄空间不足\n"
            "随着城市扩张，城区的坑塘、洼地大量被填平，建成区不透水面积的比例上升，原本\n可以滞蓄雨水的空间减少。\n")
    paragraphs = [b.plain_text() for b in read_text(full).blocks if isinstance(b, Paragraph)]
    assert paragraphs[0].endswith("亟须改造。部分老城区仍为雨污合流，管道淤积和错接混接问题突出。")
    short = full.replace("低于现行标准对同类城市两到三年一遇的要求，亟须改造。", "亟须改造。")
    paragraphs = [b.plain_text() for b in read_text(short).blocks if isinstance(b, Paragraph)]
    assert paragraphs[1] == "部分老城区仍为雨污合流，管道淤积和错接混接问题突出。"
