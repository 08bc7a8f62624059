"""Shapes that round 16c's two dev articles (koudai-gongyuan, jiceng-shuiwu), written to be unlike
the corpus, put in it; each decided by a general rule in the module that owns the decision
(``docs/import-rounds.md``, "Round 16c"). The texts are written for these tests or taken from those
articles' corpus texts (MIT, as the project)."""

from __future__ import annotations

from wenxian.importer import headings

from tests.importer.helpers import blocks
from tests.importer.test_one_column_shapes import wrap

HEAD = (
    "2 研究设计\n"
    + wrap("资料包括三类：分局近五年的业务统计数据；对42名税务干部的半结构式访谈；对65名纳税人的问卷和访谈。分析时，先用业务"
           "数据描述数字化带来的变化，再用访谈资料解释基层分局遇到的困境及其成因。")
)


def test_a_subsection_title_may_open_with_a_year() -> None:
    # jiceng-shuiwu: "3.1 2020—2024年的业务量变化" was glued to the paragraph under it on every
    # text route (its title opens with a figure, which only a table's row of figures did before).
    assert headings.heading_style("3.1 2020—2024 年的业务量变化") == "ar2"
    assert headings.heading_style("2.3.1 2008年以来的改革") == "ar3"
    # … a row of figures, or a quantity, stays no heading
    assert headings.heading_style("1.2 2023 45.6") is None
    assert headings.heading_style("3.1 2 600 平方米") is None
    found = blocks(HEAD + "3.1 2020—2024 年的业务量变化\n" + wrap(
        "6个分局办税服务厅的窗口业务量从2020年的31.4万笔下降到2024年的9.8万笔，降幅接近七成。"))
    assert [(kind, text.replace(" ", "")) for kind, text in found[-2:]] == [
        ("h", "3.12020—2024年的业务量变化"),
        ("p", "6个分局办税服务厅的窗口业务量从2020年的31.4万笔下降到2024年的9.8万笔，降幅接近七成。"),
    ]


def test_the_acknowledgements_are_an_unnumbered_section() -> None:
    # koudai-gongyuan: "致谢" alone on its line after the last section, before the list, ran into
    # the paragraph of thanks under it
    found = blocks(HEAD + "结语\n" + wrap("口袋公园虽小，却与居民的日常生活关系密切。本文的调查仅限于一个城市的五个街区，冬季的使用情况还有待研究。")
                   + "致谢\n" + wrap("感谢岚川市各街道办事处和社区工作人员在调查中给予的帮助，感谢参与问卷和访谈的居民。"))
    assert found[-4:] == [
        ("h", "结语"),
        ("p", "口袋公园虽小，却与居民的日常生活关系密切。本文的调查仅限于一个城市的五个街区，冬季的使用情况还有待研究。"),
        ("h", "致谢"),
        ("p", "感谢岚川市各街道办事处和社区工作人员在调查中给予的帮助，感谢参与问卷和访谈的居民。"),
    ]


MARKDOWN = (  # as PyMuPDF4LLM saves a one-column page: a printed block on one line, a blank line after each
    "## 一、引言 \n\n"
    "老城区人口密度高，用地紧张，新建大型公园的条件十分有限。口袋 公园面积小、布局灵活，可以利用街角、边角地和拆违空地建设，被不少 "
    "城市视为补齐公共空间短板的方案。 \n\n"
    "## 二、研究设计 \n\n"
    "### 1. 评价方法 \n\n"
    "使用绩效用三项指标衡量： \n\n"
    "① 日均使用人次，即观察日各时段人数之和的均值； \n\n"
    "② 使用者构成，即老年人、儿童和其他人群的比例； \n\n"
    "③ 活动多样性，即观察日里所见到的活动类型数。 \n\n"
    "在此基础上，本文用问卷中的满意度评价和访谈资料分析影响使用的 因素，并把观察到的使用人次与公园的 面积、设施、区位和维护状况逐一比较。 \n"
)


def test_items_each_a_block_of_their_own_in_markdown() -> None:
    # koudai-gongyuan's PyMuPDF4LLM texts: "①…；" / "②…；" / "③…。", each a block of its own
    # (a blank line after each), were run together into one paragraph: a clause's end outweighed
    # the blank line, and no width says how short an item's line is where a block is one line
    # (the items, as wide as each other, were the commonest "full" width).
    found = blocks(MARKDOWN)
    assert found[-5:] == [
        ("p", "使用绩效用三项指标衡量："),
        ("p", "①日均使用人次，即观察日各时段人数之和的均值；"),
        ("p", "②使用者构成，即老年人、儿童和其他人群的比例；"),
        ("p", "③活动多样性，即观察日里所见到的活动类型数。"),
        ("p", "在此基础上，本文用问卷中的满意度评价和访谈资料分析影响使用的因素，并把观察到的使用人次与公园的面积、设施、区位和维护状况逐一比较。"),
    ]


def test_a_closing_quote_set_a_few_spaces_off_still_ends_the_sentence() -> None:
    # pdftotext -layout sets a quote's closing mark where its glyph's cell is: "…绕过去呢？   ”"
    # ended no sentence, and the numbered heading after it was read as the paragraph's text
    found = blocks(
        "1. 使用人次差异很大\n"
        "    38 处口袋公园的日均使用人次为 163 人次，但公园之间相差悬殊。最\n"
        "高的是鼓楼街道的钟楼街角公园，日均使用人次达到 612 人次；最低的只\n"
        "有 9 人次。使用人次较低的公园多位于车行道旁或者被围墙遮挡，居民“看\n"
        "不见、走不进”。一位社区干部说：“那块地方修得挺漂亮，可是谁会专门\n"
        "绕过去呢？   ”\n"
        "2. 使用者以一老一小为主\n"
        "    观察到的使用者中，60 岁以上的老年人占 46.8%，12 岁以下的儿童占\n"
        "27.5%，两者合计接近四分之三。\n"
    )
    assert [kind for kind, _ in found] == ["h", "p", "h", "p"]
    assert found[2] == ("h", "2. 使用者以一老一小为主")


def test_a_headings_question_mark_on_a_row_of_its_own_ends_the_heading() -> None:
    # pdftotext -raw starts a row after a quote's font: "…“建得起、用不好”" + "？" — the mark
    # opened the paragraph under the heading
    found = blocks(HEAD + "四、口袋公园为何“建得起、用不好”\n？\n" + wrap(
        "问卷和访谈的结果显示，影响口袋公园使用的因素可以归纳为区位、设施和管理三个方面。"))
    assert found[-2:] == [
        ("h", "四、口袋公园为何“建得起、用不好”？"),
        ("p", "问卷和访谈的结果显示，影响口袋公园使用的因素可以归纳为区位、设施和管理三个方面。"),
    ]


ANNOUNCED = (
    wrap("Pocket park一词最早出现在20世纪60年代的美国城市规划讨论中，指的是嵌入街区之中、面积很小的公共绿地[2]。"
         "国际上较为通行的一种表述如下：", 30.0)
    + "A pocket park is a small outdoor space, usually no larger\n"
    + "than a few house lots, that is open to the public and serves\n"
    + "the people who live nearby.\n"
    + wrap("国内的研究多关注口袋公园的设计手法和景观效果，对建成后的使用讨论相对较少[3]。访谈中，街道工作人员坦言：", 30.0)
    + "“建设有专项资金，维护靠\n"
    + "街道自己想办法，钱从哪里来？\n"
    + "”\n"
)


def test_a_short_line_ending_in_a_colon_may_end_its_paragraph() -> None:
    # koudai-gongyuan: "…一种表述如下：" on a short line, then an English passage of its own: the
    # colon ended no sentence, so no width was weighed and the two paragraphs ran together. A
    # colon before a quotation the printed line goes on with ("…坦言：" + "“建设有…", pdftotext
    # starts a row at the quote's font) stays inside its paragraph.
    found = blocks(HEAD + ANNOUNCED)
    assert found[-3:] == [
        ("p", ("Pocketpark一词最早出现在20世纪60年代的美国城市规划讨论中，指的是嵌入街区之中、面积很小的公共绿地[2]。"
               "国际上较为通行的一种表述如下：")),
        ("p", "Apocketparkisasmalloutdoorspace,usuallynolargerthanafewhouselots,thatisopentothepublicandservesthepeoplewholivenearby."),
        ("p", ("国内的研究多关注口袋公园的设计手法和景观效果，对建成后的使用讨论相对较少[3]。访谈中，街道工作人员坦言："
               "“建设有专项资金，维护靠街道自己想办法，钱从哪里来？”")),
    ]


def test_a_colon_inside_an_open_parenthesis_ends_no_paragraph() -> None:
    # A cited page after the year ("McKenzie与Nakamura（2002a：" + "74-77）的研究…"): the line's colon
    # is inside the parenthesis it opened, so it announces nothing and the paragraph goes on (the
    # generated author-year part lost a citation when round 16c's colon rule cut there).
    text = (HEAD + wrap("信贷可得性影响家庭的消费决策，相关讨论见史密斯与中村（2002a：", 30.0) + "74-77）。\n"
            + wrap("　　教育扩张提高了代际流动性，人力资本积累提高了地区的创新水平。", 30.0))
    found = blocks(text)
    assert found[-2:] == [("p", "信贷可得性影响家庭的消费决策，相关讨论见史密斯与中村（2002a：74-77）。"),
                          ("p", "教育扩张提高了代际流动性，人力资本积累提高了地区的创新水平。")]
