"""A heading wrapped over two lines of a narrow column, in texts that kept no indent (PyMuPDF, pypdf,
pypdfium2, pdfminer on two columns): its tail is as short as the paragraph's first line after it
(short by its lost indent), so widths alone do not tell them apart, and a tail opening with a year
("2023 年两次调查的比较") is no running head with its page number. The texts are written for these
tests (the corpus's two-column rows measure the same on whole articles)."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.model import Heading, Paragraph

TOP = ("社区应急志愿者持续参与的影响因素研究\n许怀瑾1，乔书宁2\n（1. 桐江大学 公共管理学院，桐江 310000；"
       "2. 桐江市社会科学院，桐江 310000）\n摘要：本文讨论社区应急志愿者的持续参与。\n关键词：应急志愿者；持续参与\n")
COLUMN = 18


def column(text: str, first: bool = True) -> str:
    """``text`` set in a column of 18 cells, the first line short by the indent the extractor lost."""
    out, rest = [], text
    size = COLUMN - 2 if first else COLUMN
    while rest:
        out.append(rest[:size])
        rest, size = rest[size:], COLUMN
    return "".join(line + "\n" for line in out)


def body(text: str) -> tuple[list[str], list[str]]:
    article = read_text(text)
    return ([b.text.replace(" ", "") for b in article.blocks if isinstance(b, Heading)],
            [b.plain_text().replace(" ", "") for b in article.blocks if isinstance(b, Paragraph)])


OPENING = "突发事件发生时，社区往往临时召集大量志愿者参与应急工作，事件结束后这支队伍却很快散去，如何留住志愿者成为基层治理的新问题。"
AFTER = ("调查显示，各社区应急志愿者的平均一年保留率不到一半，社区之间的差异很大，保留率较高的社区有几个共同点："
         "志愿者按楼栋或网格固定编组，社区定期组织应急演练或技能培训，志愿者有机会反馈意见并得到回应。")


def test_a_headings_tail_after_its_full_line_is_the_headings_though_no_shorter_than_a_first_line() -> None:
    # "（二）…规模的变" fills its line (19 cells in a column of 18): the title goes on, and the next line
    # (15 cells, no clause in it) is its tail, though only a cell shorter than the paragraph's first
    # line after it (16: its indent lost). Before, the tail opened the paragraph.
    heading = "（二）突发事件结束后志愿者队伍规模的变化及其在不同类型社区之间的差异"
    text = (TOP + "一、问题的提出\n" + column(OPENING) + "（一）调查对象与抽样\n" + column(OPENING)
            + "（二）突发事件结束后志愿者队伍规模的变\n化及其在不同类型社区之间的差异\n" + column(AFTER))
    heads, paras = body(text)
    assert heads[-1] == heading
    assert paras[-1] == AFTER


def test_a_short_heading_keeps_a_paragraphs_first_line_out() -> None:
    # A heading that ends well short of the column ended there: the line after it, as short as a
    # first line and without a comma, is the paragraph's.
    first = "本文关注的结果变量是志愿者的持"
    rest = "续参与，按照调查时点前12个月内参加应急志愿服务活动的次数，将参加3次及以上的志愿者视为持续参与者。"
    text = TOP + "一、问题的提出\n" + column(OPENING) + "（二）变量测量\n" + first + "\n" + column(rest, first=False)
    heads, paras = body(text)
    assert heads[-1] == "（二）变量测量"
    assert paras[-1] == first + rest


def test_a_headings_tail_opening_with_a_year_is_no_running_head() -> None:
    # "2023 年两次调查的比较": a number set apart at a line's start reads as a page number printed on a
    # running head ("103 作者：题名"), and "年" as a journal's date; but a number followed by its measure
    # word is a quantity, and the short line was the heading's tail (before, it was dropped as furniture).
    text = (TOP + "一、问题的提出\n" + column(OPENING) + "二、结果\n" + column(OPENING)
            + "2.2 大型底栖动物群落：基于 2019 年和\n2023 年两次调查的比较\n" + column(AFTER))
    heads, paras = body(text)
    assert heads[-1] == "2.2大型底栖动物群落：基于2019年和2023年两次调查的比较"
    assert paras[-1] == AFTER


def test_a_block_of_a_full_heading_line_and_its_tail_ends_as_a_heading() -> None:
    # pdfminer's blocks: a heading whose line reached the column and its tail under it end as a heading
    # does (no paragraph dangling there, wanting the other column's text after it); a short heading with
    # the paragraph's first line under it does not.
    from wenxian.importer.blockorder import _block
    from wenxian.importer.chars import width
    from wenxian.importer.lines import Line

    def lines(*texts: str) -> list[Line]:
        return [Line(1 + k, t, False, False, width(t)) for k, t in enumerate(texts)]

    assert _block(lines("2.2 大型底栖动物群落：基于 2019 年和", "2023 年两次调查的比较"), 18.0).heading_end
    assert not _block(lines("五、对策建议", "丘陵城市的内涝治理不能只靠增加管"), 18.0).heading_end


TABLE = ("表1 两组患者的一般资料\n组别\n例数\n年龄/岁\n观察组\n46\n78.4\n对照组\n46\n77.9\n")


def test_a_headings_tail_is_no_charts_label() -> None:
    # PyMuPDF: a wrapped heading's tail, then a running head the page's number stood under (the
    # number, "523", no longer beside a page break, is read as no page number): the tail and the
    # number, two short lines one of them numbers alone, were taken for a chart's labels away from
    # their caption, and the heading lost its tail.
    head = "2.1 两组患者术后首次下床时间、住院时"
    text = (TOP + "一、问题的提出\n" + column(OPENING) + TABLE + column(OPENING) + "二、结果\n"
            + head + "\n间和疼痛评分比较\n523\n" + column(AFTER))
    heads, paras = body(text)
    assert heads[-1] == "2.1两组患者术后首次下床时间、住院时间和疼痛评分比较"
    assert paras[-1] == AFTER


def test_a_charts_label_after_a_heading_and_a_blank_line_is_no_tail() -> None:
    # pdfminer sets a chart's labels after the heading above the chart, a blank line between: the
    # blank line ends the heading's block, and the label stays out of the heading.
    text = (TOP + "一、问题的提出\n\n" + column(OPENING) + "\n" + TABLE + "\n" + column(OPENING)
            + "\n四、学生的求助行为及其影响因素\n\n朋友\n\n家人\n\n咨询\n\n41.2\n\n24.9\n\n图1 学生的求助对象\n\n" + column(AFTER))
    heads, _ = body(text)
    assert heads[-1] == "四、学生的求助行为及其影响因素"


def test_a_charts_axis_label_after_a_full_heading_line_is_no_tail() -> None:
    # A chart's axis label, a quantity with its unit ("保留率/%"), right after a heading's line that
    # reached the column (pdfminer's word processor's page): no title's tail.
    text = (TOP + "一、问题的提出\n" + column(OPENING) + TABLE + column(OPENING)
            + "（二）突发事件结束后志愿者队伍规模的变化及\n保留率/%\n" + column(AFTER))
    heads, _ = body(text)
    assert heads[-1] == "（二）突发事件结束后志愿者队伍规模的变化及"
