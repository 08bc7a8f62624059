"""Shapes of real articles that round 15e's two dev articles (dixia-guanwang, xiangcun-minsu) put
in the corpus, each decided by a general rule (``docs/import-rounds.md``, "Round 15e"). The texts are
written for these tests or taken from those articles' corpus texts (MIT, as the project)."""

from __future__ import annotations

from pathlib import Path

from wenxian.importer import read_text
from wenxian.model import Heading, Paragraph

from tests.importer.helpers import blocks


def wrap(paragraph: str, column: float = 30.0) -> str:
    """``paragraph`` as pdftotext prints it in a column of ``column`` cells: its first line short by
    the indent's two cells, half a cell for a Latin letter or digit."""
    lines, line, room = [], "", column - 2
    for c in paragraph:
        cell = 0.5 if c.isascii() else 1.0
        if room < cell and c not in "，。、；：”）":  # (no line opens with these: set narrow at the line's end)
            lines.append(line)
            line, room = "", column
        line += c
        room -= cell
    return "\n".join(lines + [line]) + "\n"


HEAD = (
    "2 研究方法\n"
    + wrap("本文选取管龄、材质、事故频次、服务人口和周边风险五项指标。其中，管龄和材质反映管道本身的状况，事故频次反映管道的"
           "实际运行表现，服务人口和周边风险反映管道失效可能造成的影响。周边风险主要考虑管段周边是否有学校和医院。")
)


def test_a_displayed_formula_with_its_number_is_a_block_of_its_own() -> None:
    found = blocks(HEAD + (
        "各项指标经标准化后取值在 0 到 1 之间，管段单元的更新优先度按下\n"
        "式计算：\n"
        "P = 0.25A + 0.20M + 0.25F + 0.15S + 0.15R (1)\n"
        "式中，P 为更新优先度，A、M、F 分别为管龄、材质、事故频次的标准化得\n"
        "分，各项权重由专家打分确定。对于同一单元内的多类管线，取其最大值，即\n"
        "P_u = max(P_w, P_d, P_g)\n"
        "(2)\n"
        "式中，P_w、P_d、P_g 分别为供水、排水和燃气管线的优先度。\n"
    ))
    assert found[2:] == [
        ("p", "各项指标经标准化后取值在0到1之间，管段单元的更新优先度按下式计算："),
        ("p", "P=0.25A+0.20M+0.25F+0.15S+0.15R(1)"),
        ("p", "式中，P为更新优先度，A、M、F分别为管龄、材质、事故频次的标准化得分，各项权重由专家打分确定。"
              "对于同一单元内的多类管线，取其最大值，即"),
        ("p", "P_u=max(P_w,P_d,P_g)(2)"),
        ("p", "式中，P_w、P_d、P_g分别为供水、排水和燃气管线的优先度。"),
    ]


def test_a_formula_of_greek_letters_is_a_block_of_its_own() -> None:
    # Round 15g (gaosu-chongdian): a queue's load "ρ = λ / (cμ)" opens with a Greek letter and
    # its number stands on the next line; the paragraphs either side stay apart from it.
    found = blocks(HEAD + (
        "设车辆到达服从参数为 λ 的泊松分布，单桩平均服务率为 μ，服务区快充桩数量\n"
        "为 c，则充电站的服务强度 ρ 为\n"
        "ρ = λ / (cμ)\n"
        "（1）\n"
        "当 ρ 接近 1 时，排队长度和等待时间会急剧增加，驾驶人的等待时间随之延长。\n"
    ))
    assert [text for _, text in found[2:]] == [
        "设车辆到达服从参数为λ的泊松分布，单桩平均服务率为μ，服务区快充桩数量为c，则充电站的服务强度ρ为",
        "ρ=λ/(cμ)（1）",
        "当ρ接近1时，排队长度和等待时间会急剧增加，驾驶人的等待时间随之延长。",
    ]


def test_two_formulas_set_apart_by_a_full_width_comma_are_one_block() -> None:
    # Round 16f (haiyang-muchang): a diversity index and its evenness on one displayed line, set
    # apart by "，"; the number on the next line (pdftotext) or on the same one. The text after it
    # goes on unindented and is a paragraph of its own.
    for number in ("\n（1）", " （1）"):
        found = blocks(HEAD + (
            "大型底栖动物的多样性采用香农—威纳指数 H 和均匀度指数 J 表示，计算公\n"
            "式为\n"
            f"H = −Σ p × ln p，J = H / ln S{number}\n"
            "式中，p 为某一物种的个体数占总个体数的比例，S 为物种数。\n"
        ))
        assert [text for _, text in found[2:]] == [
            "大型底栖动物的多样性采用香农—威纳指数H和均匀度指数J表示，计算公式为",
            "H=−Σp×lnp，J=H/lnS（1）",
            "式中，p为某一物种的个体数占总个体数的比例，S为物种数。",
        ]


def test_a_formula_after_a_one_line_paragraph_is_no_piece_of_its_line() -> None:
    # The line announcing the formula and the formula are no pieces of one printed line (their
    # widths add up to the column's): the paragraph before ends at its sentence's end
    # (xiangcun-minsu's onecol-colon text through pypdfium2).
    text = (
        "二、调查地点与资料\n"
        "青崖县位于云岫省西北部，山地和河谷相间，气候凉爽，是省内重要\n"
        "的避暑旅游目的地。本文选取县内旅游发展较早的溪口村、云台村和石门\n"
        "村作为调查地点，三个村庄的民宿数量分别为 46 家、38 家和 28 家。调查\n"
        "于 2024 年 7 月至 8 月进行，包括对全部 112 家民宿经营者的问卷调查和\n"
        "对 23 名经营者、9 名村干部及 4 名县文旅部门工作人员的访谈。问卷的内\n"
        "容包括民宿的基本情况、经营收入、客源构成和经营者对政策的评价。\n"
        "民宿的经营效益用年均入住率衡量，其计算方法为\n"
        "O = N / (R × D) × 100% (1)\n"
        "式中，O 为年均入住率，N 为全年售出的间夜数，R 为客房数，D 为\n"
        "全年营业天数。\n"
    )
    found = blocks(text)
    assert found[1][1].endswith("经营者对政策的评价。")
    assert found[2:] == [("p", "民宿的经营效益用年均入住率衡量，其计算方法为"), ("p", "O=N/(R×D)×100%(1)"),
                         ("p", "式中，O为年均入住率，N为全年售出的间夜数，R为客房数，D为全年营业天数。")]


def test_a_number_in_parentheses_without_a_relation_is_no_formula() -> None:
    found = blocks(HEAD + wrap("按照 P 的取值，管段单元被分为高、较高、一般和较低四个等级，分级的结果见下文"
                               "A + B (1)式中各项的含义同前，这里不再重复说明，读者可以参见上一节的说明。"))
    assert len(found) == 3 and found[-1][1].startswith("按照P的取值") and found[-1][1].endswith("上一节的说明。")


CASE = (
    "二、调查地点与资料\n"
    + wrap("青崖县位于云岫省西北部，山地和河谷相间，气候凉爽，是省内重要的避暑旅游目的地。本文选取县内旅游发展较早的"
           "溪口村、云台村和石门村作为调查地点，调查包括对全部民宿经营者的问卷调查和对经营者、村干部及县文旅部门工作人员的访谈。")
    + "（一）总体情况\n"
    + wrap("调查的民宿中，由本村村民自己经营的有六十一家，由外来经营者租用农房经营的有四十三家，由村集体统一经营的有八家。"
           "民宿的平均客房数为七间，户均年经营收入约为十八万元，其中外来经营者的收入明显较高。在线平台和微信朋友圈是"
           "民宿获取客源的主要渠道，通过旅行社和线下渠道入住的客人比例不到一成，节假日的客源明显多于平日。")
)


def test_a_heading_without_number_inside_a_numbered_section() -> None:
    found = blocks(CASE + "溪口村\n"
                   + wrap("溪口村是县内最早发展民宿的村庄，村民把自家的农房改造成客房接待游客。村里的民宿以村民自营为主，房价较低，"
                          "客人多为周边城市的家庭游客。随着周边村庄民宿增多，溪口村的价格优势已经不再明显，入住率逐年下降。")
                   + "云台村\n"
                   + wrap("云台村的民宿以外来经营者为主，房屋多经过设计师改造，房价是溪口村的两倍以上。"))
    assert ("h", "溪口村") in found and ("h", "云台村") in found
    assert found[-1] == ("p", "云台村的民宿以外来经营者为主，房屋多经过设计师改造，房价是溪口村的两倍以上。")
    article = read_text(CASE + "溪口村\n" + wrap("溪口村是县内最早发展民宿的村庄，村民把自家的农房改造成客房接待游客。"))
    assert [b.level for b in article.blocks if isinstance(b, Heading)] == [1, 2, 2]


def test_short_lines_without_a_paragraph_after_them_stay_text() -> None:
    # A chart's labels or a table's cells after a sentence's end: no paragraph's first line follows.
    found = blocks(CASE + "溪口村\n云台村\n石门村\n")
    assert not any(kind == "h" and text in ("溪口村", "云台村", "石门村") for kind, text in found)


def test_a_list_set_one_item_a_line() -> None:
    found = blocks(CASE + wrap("“我们也想把民宿做好，可是不知道该从哪里入手。”这是经营者提到最多的一句话。经营者的回答集中在以下几个方面：") + (
        "（1）经营和营销培训；\n"
        "（2）统一的客源平台；\n"
        "（3）消防改造补助；\n"
        "（4）贷款和融资支持；\n"
        "（5）规范的行业标准。\n"
    ))
    assert found[-6:] == [
        ("p", "“我们也想把民宿做好，可是不知道该从哪里入手。”这是经营者提到最多的一句话。经营者的回答集中在以下几个方面："),
        ("p", "（1）经营和营销培训；"), ("p", "（2）统一的客源平台；"), ("p", "（3）消防改造补助；"),
        ("p", "（4）贷款和融资支持；"), ("p", "（5）规范的行业标准。"),
    ]


def test_a_list_run_on_inside_a_paragraph_stays_in_it() -> None:
    found = blocks(CASE + wrap("经营者的回答集中在以下几个方面：①经营和营销培训；②统一的客源平台；"
                               "③消防改造补助；④贷款和融资支持。这些需求在三个村庄之间差别不大。"))
    assert found[-1][1].startswith("经营者的回答") and found[-1][1].endswith("差别不大。")


def test_a_page_cited_across_a_line_end_is_no_list_item() -> None:
    # "…（2010：" + "21），且…": the colon is inside a parenthesis left open (a cited page follows),
    # so "21）" is no list item's number and the paragraph goes on (seen on generated author-year
    # texts after round 15e's list rule, which cut the citation in two).
    found = blocks(CASE + "　　信贷可得性影响家庭的消费决策，相关讨论见（2010：\n"
                   "21），且人口流动扩大了城市的公共服务需求，产业政策改善了资源在企业间的配置。\n")
    assert found[-1] == ("p", "信贷可得性影响家庭的消费决策，相关讨论见（2010：21），且人口流动扩大了城市的公共服务需求，"
                              "产业政策改善了资源在企业间的配置。")


def test_a_centred_ellipsis_ends_a_sentence() -> None:
    # pdftotext gives the CJK font's centred ellipsis as U+22EF; the text's "……" ends the sentence.
    found = blocks(CASE + wrap("云台村的民宿以外来经营者为主，房价是溪口村的两倍以上，暑期几乎天天满房。一位经营者说："
                               "“七八月份一房难求，十一月以后整个星期都等不来一个客人⋯⋯”")
                   + wrap("季节性是三个村庄共同面临的问题。")
                   + wrap("石门村的民宿由村集体统一经营，淡季组织研学和康养活动，入住率明显高于其他两个村庄。村集体统一收储"
                          "闲置农房，再通过公开招租的方式引入经营者，既保障了农户的租金收入，又可以对民宿的数量和布局进行统筹。"))
    assert found[-3][1].endswith("等不来一个客人……”")
    assert found[-2] == ("p", "季节性是三个村庄共同面临的问题。")


def test_the_column_is_measured_on_lines_of_exact_width() -> None:
    # The lines with citation marks count wider than the column (32 cells): the full line of
    # Chinese after them ("本文以…比较的优") is no paragraph's first line (dixia-guanwang's
    # onecol-colon text through pypdfium2).
    text = (
        "1 问题的提出\n"
        "城市地下管网包括供水、排水、燃气、热力、电力和通信等多类管线，\n"
        "是保障城市正常运行的基础设施 [1]。我国许多城市的地下管网建于 20 世\n"
        "纪八九十年代，部分管段已经超过设计使用年限，材质老化、接口松动和\n"
        "管道腐蚀等问题较为普遍，由此引发的漏损、路面塌陷和燃气泄漏事故时\n"
        "有报道 [2-3]。\n"
        "“重地上、轻地下”是过去城市建设中长期存在的倾向。\n"
        "2022 年以来，国家把城市燃气、供排水等管道老化更新改造列为城市\n"
        "更新的重点任务，各地相继编制了更新改造方案 [4]。然而，地方财力有限，\n"
        "管网更新不可能一次完成，哪些管段应当先改、哪些可以后改？这是地方\n"
        "政府在编制实施方案时普遍面临的问题。已有研究多从单一管网的失效概\n"
        "率出发评价其风险 [5]，较少把不同类型的管网放在同一框架下比较，也较\n"
        "少考虑管网更新与道路开挖、片区改造之间的衔接（参见文献 [6] 的讨论）。\n"
        "本文以澄州市中心城区为例，尝试建立一个可以在多类管网之间比较的优\n"
        "先度评价方法，并据此讨论分期实施的安排。\n"
        "2 研究区域与方法\n"
        "2.1 研究区域与数据\n"
        "收稿日期：2025-02-17\n"
        "基金项目：国家社会科学基金项目（23BGL187）；江岚省住房和城乡建设科技计划\n"
        "项目（JL2024-K-031）\n"
        "澄州市位于江岚省东南部，中心城区面积约 186 km²，常住人口约 142\n"
        "万人。中心城区现有供水管道 2 140 km、排水管道 1 860 km、燃气管道 1\n"
        "320 km，其中建成于 2000 年以前的管道约占 31%。本文使用的数据包括\n"
        "三类：一是 2023 年完成的地下管线普查数据，记录了各管段的类型、管径、\n"
        "材质、敷设年代和埋深。\n"
    )
    found = blocks(text)
    assert [kind for kind, _ in found][:6] == ["h", "p", "p", "p", "h", "h"]
    assert found[3][1].endswith("（参见文献[6]的讨论）。本文以澄州市中心城区为例，尝试建立一个可以在多类管网之间比较的优先度评价方法，并据此讨论分期实施的安排。")


def test_an_article_number_wrapped_at_its_hyphen() -> None:
    head = (
        "城市地下管网更新改造的优先次序评价\n"
        "顾临川，蒋书宁\n"
        "摘要：本文以澄州市中心城区为例，构建了更新优先度评价方法。\n"
        "关键词：地下管网；更新改造\n"
        "中图分类号：TU990.3 文献标志码：A 文章编号：2097-3318(2025)04-\n"
        "{rest}\n"
        "DOI：10.69214/csjc.2025.04.005\n"
        "1 问题的提出\n"
        "城市地下管网包括供水、排水、燃气、热力、电力和通信等多类管线。\n"
    )
    for rest in ("0041-10", ""):  # on the next line (pdftotext -layout) or joined, the hyphen dropped (pdftotext)
        text = head.format(rest=rest) if rest else head.replace("04-\n{rest}\n", "040041-10\n")
        article = read_text(text)
        assert article.meta.journal.get("article_id") == "2097-3318(2025)04-0041-10"
        assert not any(isinstance(b, Paragraph) and "0041" in b.plain_text() for b in article.blocks)


CORPUS = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus" / "data" / "dev" / "dixia-guanwang"


def test_a_formula_number_at_a_page_end_is_no_page_furniture() -> None:
    # pdftotext sets the formula's number "(1)" on a line of its own, the page's last: its masked
    # numbers recur ("(1)", "(2)") and it stands at a page's edge, as a page number does; after a
    # formula it is the formula's (dixia-guanwang's onecol-bracket text, MIT).
    found = blocks((CORPUS / "onecol-bracket.pdftotext.txt").read_text(encoding="utf-8"))
    at = found.index(("p", "P=0.25A+0.20M+0.25F+0.15S+0.15R(1)"))
    assert found[at - 1][1].endswith("按下式计算：") and found[at + 1][1].startswith("式中，P为更新优先度")


def test_a_bare_number_before_a_clause_is_no_heading() -> None:
    # Round 16f (haiyang-muchang, two-column texts): a paragraph opening with a figure in a narrow
    # column ("12 座礁区中，课题组选取了建成时间"), read as a heading "12 …".
    text = "1 材料与方法\n" + wrap("青屿湾位于东潮省中部沿海，为半封闭型海湾，湾内先后投放人工鱼礁礁区 12 座。", 17) + wrap(
        "12 座礁区中，课题组选取了建成时间不同的 6 座作为调查礁区，并在礁区以外设置对照区。", 17)
    found = blocks(text)
    assert [kind for kind, _ in found] == ["h", "p", "p"]
    assert found[-1][1] == "12座礁区中，课题组选取了建成时间不同的6座作为调查礁区，并在礁区以外设置对照区。"
