"""The items of one numbered list are set alike: where item n − 1 stood as a paragraph of its own
(it opened a line after one that stopped short of the column), item n after a sentence's end opens
one too, though the line before it is full ("…按季度及时拨付。" / "（3）拓展服务内容，…"): a text that
kept no indent (PyMuPDF, pypdf, pdfminer on two columns) gives no other sign. Items run on inside a
paragraph ("…联系方式；（2）…", "…。（2）…" after a full line) are left as they were. The texts are
written for these tests."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.model import Paragraph

TOP = ("社区养老食堂的可持续运营研究\n林知秋1，韩若溪2\n（1. 东江大学 社会学院，东江 510000；2. 东江市民政局，"
       "东江 510000）\n摘要：本文讨论社区养老食堂的可持续运营。\n关键词：养老食堂；可持续运营\n")


def paragraphs(text: str) -> list[str]:
    return [b.plain_text() for b in read_text(text).blocks if isinstance(b, Paragraph)]


def test_an_item_after_a_full_line_opens_a_paragraph_where_the_item_before_did() -> None:
    text = TOP + ("五、结论与建议\n"
                  "社区养老食堂能否持续运营，取决于\n"
                  "就餐规模、补贴机制和服务内容三方面因\n"
                  "素的共同作用。基于上述分析，本文提出\n"
                  "以下建议。\n"
                  "（1）优化布点，稳定就餐规模。按照\n"
                  "老年人口分布和步行十五分钟的服务半径\n"
                  "规划食堂和助餐点。\n"
                  "（2）改革补贴方式，建立绩效挂钩机\n"
                  "制。将补贴由按建设数量发放改为按实际\n"
                  "就餐人次发放，并把老年人满意度和食品\n"
                  "安全检查结果纳入考核，按季度及时拨付。\n"
                  "（3）拓展服务内容，对接多样化需求。\n"
                  "联合社区卫生服务中心提供营养评估和配\n"
                  "餐指导，使食堂成为老年人交往的场所。\n")
    found = paragraphs(text)
    assert [p[:3] for p in found[-3:]] == ["（1）", "（2）", "（3）"]
    assert found[-2].endswith("按季度及时拨付。")


def test_an_item_after_a_full_line_stays_where_the_item_before_ran_on() -> None:
    # Item (1) opened a line after a full one (the paragraph runs on into it): (2), after a full line
    # ending a sentence, stays in the paragraph too.
    text = TOP + ("二、研究设计\n"
                  "本文从三个方面观察食堂的运营情况，各\n"
                  "项指标均按季度汇总，并与上年同期比较。\n"
                  "（1）就餐人次按每月的实际就餐人次和助\n"
                  "餐点的送餐份数计算，每季度汇总一次。\n"
                  "（2）满意度采用自编问卷调查老年人对菜\n"
                  "品、价格和服务的满意程度。\n")
    found = paragraphs(text)
    assert found[-1].startswith("本文从三个方面") and "（2）满意度" in found[-1]


def test_a_list_set_one_short_item_a_line_opens_after_a_full_line_announcing_it() -> None:
    # The line announcing the list is full ("…集中在以下几个方面："), so its width says nothing; the
    # items themselves do: item (1) is one short line and item (2) opens the line after it.
    opening = ("乡村食堂的经营者多为本村村民，他们熟悉老人的口味和作息，但缺少经营管理的经验，"
               "对采购、定价和卫生规范的了解也不多，食堂开办以后常常遇到各种各样的困难。")
    text = TOP + ("三、经营者的需求\n" + "".join(opening[k : k + 20] + "\n" for k in range(0, len(opening), 20))
                  + "“我们也想把食堂办好，可是不知道该从哪里\n"
                  "入手。”这是访谈中负责人提到最多的一句话。\n"
                  "在被问到最希望得到哪些支持时，负责人的回\n"
                  "答集中在以下几个方面，它们依次排列如下：\n"
                  "（1）经营和管理培训；\n"
                  "（2）统一的采购平台；\n"
                  "（3）规范的服务标准。\n四、结论\n"
                  + "".join(opening[k : k + 20] + "\n" for k in range(0, len(opening), 20)))
    found = paragraphs(text)
    assert found[-4:-1] == ["（1）经营和管理培训；", "（2）统一的采购平台；", "（3）规范的服务标准。"]
