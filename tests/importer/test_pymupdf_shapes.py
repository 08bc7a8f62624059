"""Shapes of PyMuPDF's plain text (``page.get_text()``, each page then a form feed) that the
importer reads: a table's head row with its cells run together, Latin ligatures kept as their
glyph's character, a page's top line that is a caption, a full line near a page's edge that
repeats the title's words. The texts are written for these tests (the corpus's pymupdf rows
measure the same on whole articles)."""

from __future__ import annotations

import pytest

from wenxian.importer import read_text
from wenxian.model import Caption, Heading, Paragraph

TITLE = "城市社区治理数字化转型的实践路径研究"
TOP = (f"{TITLE}\n张明1，李华2\n（1. 东山大学 公共管理学院，东山 100000；2. 西河学院，西河 200000）\n"
       "摘要：本文讨论城市社区治理中数字平台的建设与使用。\n关键词：社区治理；数字化\n")
HEADER = f"张明，李华：{TITLE}\n"
# A first paragraph, so that the page break stands past the first page's top lines (the title's zone).
OPENING = ("社区是城市治理的基本单元，也是公共服务落地的最后一环。随着信息技术的普及，社区的组织方式、"
           "服务方式和居民参与方式都在发生深刻变化，如何用好数字平台成为基层治理的一个新课题。")


def wrap(text: str, size: int = 20) -> str:
    return "".join(text[k : k + size] + "\n" for k in range(0, len(text), size))


def paragraphs(article) -> list[str]:
    return [b.plain_text().replace(" ", "") for b in article.blocks if isinstance(b, Paragraph)]


def test_a_full_line_near_a_page_break_that_repeats_the_titles_words_is_text() -> None:
    # The paragraph's second-to-last line before the page break holds "城市社区治理数字化转型" (the
    # title's words), two lines from the edge: a line of the paragraph (full, after a full line
    # that ends no sentence), not a running header.
    para = ("近年来各地社区陆续建成各类信息平台，居民办事和议事的方式随之改变，基层工作人员的"
            "日常工作也越来越多地依靠线上系统完成，城市社区治理数字化转型已经从试点走向全面推开"
            "但各地的做法差别较大成效也不一样")
    text = (TOP + "1 引言\n" + wrap(OPENING) + wrap(para)[:-1] + "。\n\f" + HEADER + "2\n"
            + wrap("平台建设之后的使用情况决定了转型的实际效果，本文以三个社区为例加以考察。"))
    article = read_text(text)
    assert any("城市社区治理数字化转型已经从试点走向全面推开" in p for p in paragraphs(article))
    assert not any(TITLE in p for p in paragraphs(article))  # the header (once, at the edge) is furniture still


def test_a_caption_at_a_pages_top_that_repeats_the_titles_words_is_a_caption() -> None:
    # PyMuPDF gives a float at a page's top right after the running header: "表2 …" shares the
    # title's words and stands at the page's edge, as a header would, yet it is a caption.
    para = wrap("各社区平台的功能大致相同，但使用频率差别明显，详细情况见表2。")
    table = "表2 城市社区治理数字化转型的主要指标\n社区\n平台数/个\n月活跃/人\n甲社区\n3\n1200\n乙社区\n2\n860\n"
    after = wrap("从表中可以看出，平台数量并不决定使用的多少，居民的实际需要才是关键。")
    article = read_text(TOP + "1 引言\n" + wrap(OPENING) + para + "\f" + HEADER + "3\n" + table + after)
    captions = [b for b in article.blocks if isinstance(b, Caption)]
    assert [c.text for c in captions] == ["表2 城市社区治理数字化转型的主要指标"]
    assert not any("甲社区" in p or "月活跃" in p for p in paragraphs(article))


@pytest.mark.parametrize("column", [30, 16])
def test_a_tables_head_row_with_its_cells_run_together_is_left_out(column: int) -> None:
    # PyMuPDF sets no space between the cells of one baseline: the head row comes as one line
    # ("县别学校数/所参与率/% 每周时长/小时生均经费/元", wider than a cell; in a column of two,
    # wider than the column), the rows below one cell a line.
    before = wrap("调查在四个县进行，按城区、镇区和乡村三类学校分层抽样，共抽取小学和初中五十六所，各县学校的"
                  "基本情况见表1。", column)
    table = ("表1 调查学校的基本情况\nTable 1 Basic information on the surveyed schools\n"
             "县别学校数/所参与率/% 每周时长/小时生均经费/元\n东县\n16\n86.4\n8～10\n320\n西县\n14\n78.9\n6～8\n260\n")
    # (the paragraph after the table opens with a line short by its lost indent: a full line there,
    # unindented, would go on with the paragraph the table was set in; session 12)
    rest = "从表中可以看出，四个县在参与率和生均经费上差距明显，经费投入较多的县，学生参与的比例也较高。"
    after = rest[: column - 2] + "\n" + wrap(rest[column - 2 :], column)
    article = read_text(TOP + "1 调查与数据\n" + before + table + after + "2 结论\n" + wrap("参与率与经费投入有关。"))
    assert paragraphs(article)[-2:] == ["从表中可以看出，四个县在参与率和生均经费上差距明显，经费投入较多的县，学生参与的比例也较高。",
                                        "参与率与经费投入有关。"]
    assert [b.text for b in article.blocks if isinstance(b, Heading)] == ["1 调查与数据", "2 结论"]


def test_a_ligature_the_font_drew_is_read_as_its_letters() -> None:
    text = TOP + "1 引言\n" + wrap("本文讨论平台建设的困难。") + "The diﬀiculties of ﬁnding staﬀ are eﬀective barriers.\n"
    found = [b.plain_text() for b in read_text(text).blocks if isinstance(b, Paragraph)]
    assert "The difficulties of finding staff are effective barriers." in found


def test_a_caption_as_wide_as_the_full_lines_after_a_table_printed_one_cell_a_line() -> None:
    # PyMuPDF prints a table one cell a line: forty short lines pull the 0.8 quantile of the
    # widths below the widest full lines (25 cells here, 24 for the others), and a caption
    # as wide as those read as wider than the column, so it and the headings after it were
    # glued into one paragraph.
    full = ["在二〇二四年的调查中各个社区平台的实际使用情况差别很大", "各地的做法也不一样而平台的数量并不能决定使用的多少"]
    para = "".join(f"{full[k % 2]}{'，' if k < 5 else '。'}\n" for k in range(6))
    names = "东西南北中上下前后左右内外新老大小高低长短"
    cells = "".join(f"{a}{b}社区\n较{b}{a}\n" for a, b in zip(names, names[1:] + names[0]))
    table = "表1 各社区平台的使用情况\n社区\n平台数/个\n" + cells
    caption = "图1 二〇二四年各社区平台月活跃人数和平台数量的关系按月均\n"
    article = read_text(TOP + "1 引言\n" + para * 2 + table + para + "0.8\n0.6\n甲\n乙\n" + caption
                        + "（一）使用情况\n" + para)
    assert [c.text for c in article.blocks if isinstance(c, Caption)] == ["表1 各社区平台的使用情况", caption.strip()]
    assert [b.text for b in article.blocks if isinstance(b, Heading)] == ["1 引言", "（一）使用情况"]


def test_a_tables_last_row_run_together_above_its_note_is_left_out() -> None:
    # The last row comes as one line ("管护状况0.20 管护经费到位率管理台账"), the table's note under it.
    before = wrap("各项指标的权重由熵权法与专家打分结合确定，指标体系见表2。", 16)
    table = ("表2 评价指标体系\nTable 2 Indicator system\n准则层\n权重\n代表性指标\n"
             "防洪效益0.35 防洪标准达标率统计资料\n生态效益0.25\n生态岸线比例\n现场监测\n"
             "管护状况0.20 管护经费到位率管理台账\n注：各准则层下设三项指标，表中仅列出代表性指\n标。\n")
    after = wrap("十二条河流综合绩效指数的平均值为0.68，各项效益的得分差异较大。", 16)
    article = read_text(TOP + "1 评价方法\n" + before + table + "2 评价结果\n" + after)
    caption = next(b for b in article.blocks if isinstance(b, Caption))
    assert caption.note == "注：各准则层下设三项指标，表中仅列出代表性指标。"
    assert not any("管护" in p or "防洪" in p for p in paragraphs(article))


def test_a_page_number_under_the_running_header_at_a_pages_top() -> None:
    # PyMuPDF: the form feed, the page's running header, then its number, then the sentence the
    # page before broke off. The one page number of the text is no sequence, and it is not the
    # page's first line; it is the line under the header.
    head = wrap(OPENING)
    text = (TOP + "1 引言\n" + head + "居民看不到自己分类的结果去了哪里，也不知道小区整\n"
            + "\f" + HEADER + "59\n体的分类质量如何，部分受访者因此怀疑分好的垃圾又被混在一起。\n")
    found = paragraphs(read_text(text))
    assert found[-1] == "居民看不到自己分类的结果去了哪里，也不知道小区整体的分类质量如何，部分受访者因此怀疑分好的垃圾又被混在一起。"


def test_a_number_under_a_line_that_is_no_header_stays_text() -> None:
    text = (TOP + "1 引言\n" + wrap(OPENING) + "\f问卷共发放\n1200\n份，有效回收率为 93.5%。\n")
    assert any("1200" in p for p in paragraphs(read_text(text)))
