"""pypdf joins a PDF's pages with a line break: no form feed marks where they meet, and where the
page's number is printed on its running head ("1434 海洋渔业资源与环境 2024 年 12 月…", the journal's
head at even pages' top) no line of a bare number does either. The heads taken out count the pages
then, as bare page numbers do: a field of the first page's note (通信作者 …, ending with its e-mail
address) ends at its page's foot, and the paragraph the note interrupted runs on after it — before,
the field took the paragraph's rest. The texts are written for these tests."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.model import Paragraph

TITLE = "人工鱼礁区的生态效益评估与管护机制"
TOP = (f"{TITLE}\n严沧澜1，骆听潮2\n（1. 澜州大学 海洋学院，澜州 316000；2. 澜州市海洋与渔业局，澜州 316000）\n"
       "摘要：本文评估人工鱼礁区的生态效益。\n关键词：人工鱼礁；生态效益\n")
EVEN = "海洋渔业资源与环境　 2024 年 12 月　第 46 卷第 12 期"
ODD = f"严沧澜，等：{TITLE}"
NOTE = ("收稿日期：2024-06-27；修回日期：2024-09-05\n"
        "基金项目：东潮省重点研发计划项目（2022C03118）\n"
        "作者简介：严沧澜（1990—），男，东潮澜州人，讲师，博士，主要研究方向为渔业资源养护。\n"
        "通信作者：骆听潮，E-mail: luotc@lzou.edu.example\n")


def column(text: str) -> str:
    return "".join(text[k : k + 18] + "\n" for k in range(0, len(text), 18))


FIRST = ("青屿湾位于东潮省中部沿海，为半封闭型海湾，湾内平均水深较浅，底质以泥质砂和砂质泥为主，"
         "年平均水温较高。青屿湾海洋牧场示范区于二〇一九年获批创建，规划面积约二十三平方公里，分三期投放"
         "混凝土构件礁和石块礁，形成礁区十二个。")
SECOND = "人工鱼礁投放后，礁区的渔获量逐年增加，而对照区同期仅略有增加，说明鱼礁的集鱼效果明显。"
THIRD = "大型底栖动物的种类数和栖息密度也高于对照区，礁区之间的差异主要来自礁体周围泥沙的淤积。"


def test_a_running_heads_page_number_ends_the_first_pages_note_and_the_paragraph_runs_on() -> None:
    body = column(FIRST)
    cut = body.index("规划") + 2  # the page's foot falls inside the paragraph
    text = (TOP + "1 材料与方法\n" + body[:cut] + "\n" + NOTE + f"1434 {EVEN}\n" + body[cut:]
            + "2 结果\n" + column(SECOND) + f"{ODD} 1435\n" + column(THIRD) + f"1436 {EVEN}\n"
            + column(SECOND + THIRD) + f"{ODD} 1437\n")
    article = read_text(text)
    paragraphs = [b.plain_text().replace(" ", "").replace("\n", "") for b in article.blocks if isinstance(b, Paragraph)]
    assert FIRST in paragraphs
    assert not any("luotc" in p for p in paragraphs)
