"""Round 9d of issue 11: text as ``pdftotext -raw`` gives it (the order the text was drawn in).
A printed line comes in pieces: a line starts after each author's raised mark, after a bold
label, where a quote's font begins, around compressed punctuation. The text below is written
for this test (MIT, as the project), in the shape of the corpus's ``*.pdftotext-raw.txt``."""

from __future__ import annotations

from wenxian.importer import read_article
from wenxian.model import Paragraph

HEAD = """社区治理评论 2024 年 5 月 第 6 卷第 2 期
社区议事会运行机制研究
周明远1
，林晓雨1,2
（1. 东江大学公共管理学院，广州 510000；2. 城市基层治理研究中心，广州 510000）
摘要：本文讨论社区议事会的运行机制。
关键词：社区治理；议事会
中图分类号：
D669 文献标志码：
A 文章编号：
1000-0000(2024)02-0011-08
"""
# Full printed lines are 23 cells wide. "梯等事项共同商量。" / "议事规则" / "仍不完善，" /
# "许多议事会缺" are one printed line (its 。 and ， set half a cell narrow: 8.5 + 4 + 4.5 + 6).
BODY = """一、问题的提出
社区议事会是居民参与公共事务的重要平台，近年
来各地纷纷推行议事会制度，让居民就停车、加装电
梯等事项共同商量。
议事规则
仍不完善，
许多议事会缺
少稳定的召集程序和表决办法，会议往往流于形式，
效果不佳。
居民代表的产生方式也各不相同，有的由楼栋长兼
任，有的由社区指定，代表性因此受到一些质疑。书
记说：“议事会开得好，矛盾就少。
”这句话道出了议事会的价值，也提示我们关注它的
运行条件。
二、议事会的运行
议事会的运行离不开居民的持续参与和社区的支持，
这是后文讨论的重点，也是本文的主要关切所在。
"""


def paragraphs(article) -> list[str]:
    return [b.plain_text() for b in article.blocks if isinstance(b, Paragraph)]


def test_author_line_cut_after_each_mark_is_one_line() -> None:
    meta = read_article((HEAD + BODY).encode()).meta
    assert meta.title == "社区议事会运行机制研究"
    assert meta.authors == ["周明远", "林晓雨"]
    assert meta.author_affiliations == [[1], [1, 2]]
    assert meta.affiliations == ["东江大学公共管理学院，广州 510000", "城市基层治理研究中心，广州 510000"]


def test_label_ending_its_line_takes_the_next_line_as_value() -> None:
    journal = read_article((HEAD + BODY).encode()).meta.journal
    assert (journal["clc"], journal["document_code"], journal["article_id"]) == ("D669", "A", "1000-0000(2024)02-0011-08")
    assert not any("文献标志码" in p or "1000-0000" in p for p in paragraphs(read_article((HEAD + BODY).encode())))


def test_pieces_of_a_printed_line_and_a_closing_quote_are_no_paragraph_break() -> None:
    found = paragraphs(read_article((HEAD + BODY).encode()))
    assert len(found) == 3
    assert found[0].startswith("社区议事会是") and "共同商量。议事规则仍不完善，许多议事会缺少稳定" in found[0]
    assert found[0].endswith("效果不佳。")
    assert "矛盾就少。”这句话" in found[1]


def test_a_short_last_line_before_a_new_paragraph_still_ends_it() -> None:
    """The same pieces read as a paragraph's end where the lines after make an indented first
    line (the column less two cells) and no continuation."""
    body = BODY.replace("梯等事项共同商量。\n议事规则\n仍不完善，\n许多议事会缺\n少稳定的",
                        "梯等事项共同商量。\n议事规则仍不完善，许多议事会缺少稳定的召\n集程序和表决办法，")
    found = paragraphs(read_article((HEAD + body).encode()))
    assert found[0].endswith("共同商量。") and found[1].startswith("议事规则仍不完善")


def test_a_footnotes_wide_lines_are_no_printed_lines_width() -> None:
    """Round 11a (chengshi-neilao, two columns, pypdfium2): the first page's footnote (收稿日期,
    作者简介 …, across both columns) stands between a paragraph's lines; its lines, twice a column's
    width, were taken for the printed line's, so "要系统谋划 [2-4]。" and the next paragraph's indented
    first line looked like pieces of one printed line and the two paragraphs were one."""
    text = ("一、问题的提出\n受气候变化影响，我国南方城市短历\n时强降雨的频次和强度均呈上升趋势，城\n"
            "市内涝造成的交通中断和财产损失日益突\n出。城市内涝治理既涉及排水管网、泵\n站和调蓄设施等工程建设，也涉及规划管\n"
            "收稿日期：2024-12-03\n基金项目：湖湘社会科学基金项目“丘陵城市韧性排水系统的规划与治理机制”（24YBQ075）\n"
            "作者简介：龙亦舟（1987—），男，湖南湘潭人，讲师，博士，主要研究方向为城市排水与海绵城\n市规划。\n"
            "控、部门协同和运行维护等管理问题，需\n要系统谋划 [2-4]。\n与平原城市相比，丘陵城市的内涝有\n"
            "其特殊性：地形起伏大，雨水汇流速度快，\n低洼地带和下穿通道积水迅速；老城区沿\n河谷布局，排水出路受河道水位顶托。\n")
    paragraphs = [b.plain_text() for b in read_article(text.encode()).blocks if isinstance(b, Paragraph)]
    assert len(paragraphs) == 2 and paragraphs[0].endswith("需要系统谋划[2-4]。") and paragraphs[1].startswith("与平原城市")


def test_a_sentence_ending_a_printed_line_of_pieces_is_no_short_last_line() -> None:
    """Round 12c (kehou-fuwu, two columns): pdftotext -raw starts a line after compressed
    punctuation, so a full printed line comes as "费机制，" and "对议事会…补助 [9]。". The second
    piece ends a sentence and is short alone; the two together fill the column, and the
    paragraph goes on in the next full line."""
    body = BODY + (
        "三、经费的保障\n"
        "议事会的日常运转需要稳定的经费，多数社区依靠街\n"
        "道的工作经费维持，数额不多且每年都要重新申请，\n"
        "会议的场地、茶水和资料印制都因此受到限制；有的\n"
        "社区建立了居民、物业和共建单位共同分担的经\n"
        "费机制，\n"
        "对议事会确有困难的事项给予专项补助 [9]。\n"
        "这样一来，议事会的召集不再受经费的掣肘，居民的\n"
        "参与热情也随之提高，议事的质量得到了明显改善。\n"
    )
    found = paragraphs(read_article((HEAD + body).encode()))
    assert found[-1].startswith("议事会的日常运转") and found[-1].endswith("明显改善。")
    assert "补助[9]。这样一来" in found[-1].replace(" ", "")


# Round 17d (pdftotext -raw, two columns): two shapes of pieces the widths' evidence outweighed.
# Full printed lines are 23 cells wide, as in BODY.
ITEMS = """三、议事会的组织
议事会运行较好的社区有几个共同的做法：（1）议
事代表按楼栋或网格固定产生，每名代表有明确的联
系楼栋和联系方式；
（2）社区每季度至少组织一次议
事活动，讨论的事项提前一周在公告栏中公示，居民
可以随时提出意见。
"""
CONNECTIVE = """本文认为，议事会的组织方式决定了它能否持续
运行，下文结合调查资料，从议事会的召集等三个方
面分析。
一是就议事会的召集而言，
目前社区的做法各
不相同，有的按月召集，有的遇事才召集，居民难以
形成稳定的预期。
"""


def test_a_list_run_on_inside_a_paragraph_is_no_list_set_one_item_a_line() -> None:
    """"系楼栋和联系方式；" (9 cells) and "（2）社区每季度至少组织一次议" (14.5) are one printed line
    (its ； set half a cell narrow): the list's items run on inside the paragraph. The first piece
    is short and the next opens with an item's number — as a list set one item a line looks —
    but the pieces fill the column (shequ-yingji, guji-shuzihua: "…联系方式；" / "（2）社区…")."""
    found = paragraphs(read_article((HEAD + BODY + ITEMS).encode()))
    assert found[-1].startswith("议事会运行较好的") and found[-1].endswith("可以随时提出意见。")
    assert "联系方式；（2）社区每季度" in found[-1]


def test_a_list_set_one_item_a_line_is_still_one() -> None:
    """The items on lines of their own, each ending its clause: a paragraph each, though the
    lead-in's last line and the first item (10 + 12.5 cells), or two items, are about as wide as
    the column (xiangcun-minsu's word-processor text: "…以下几个方面：" / "（1）经营和营销培训；")."""
    items = ["（1）议事代表的产生办法；", "（2）议事的召集程序；", "（3）议事的表决办法；", "（4）议事结果的公示。"]
    text = ("三、议事会的规则\n议事会的规则各不相同，调查中居民提到的规则\n集中在以下几个方面：\n" + "\n".join(items)
            + "\n" + ITEMS.replace("三、", "四、"))
    found = paragraphs(read_article((HEAD + BODY + text).encode()))
    lead = found.index("议事会的规则各不相同，调查中居民提到的规则集中在以下几个方面：")
    assert found[lead + 1 : lead + 5] == items


def test_pieces_of_a_printed_line_outweigh_an_ordinal_connective() -> None:
    """"面分析。" (4 cells), "一是就议事会的召集而言，" and "目前社区的做法各" fill one printed line;
    the sentence's end, the first piece's shortness, the next piece's and the connective "一是"
    together outweighed the pieces, and the paragraph was cut (the bundled article's "…分析。" /
    "一是就推动…而言，", chanjiao-ronghe's "…业。" / "从企业规模看，"). Where the lines are pieces of
    one printed line, neither's width is a printed line's: only the pieces' fit counts."""
    found = paragraphs(read_article((HEAD + BODY + "三、议事会的组织\n" + CONNECTIVE).encode()))
    assert found[-1].startswith("本文认为，") and found[-1].endswith("形成稳定的预期。")
    assert "面分析。一是就议事会" in found[-1]
