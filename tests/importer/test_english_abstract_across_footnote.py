"""An English abstract the first page's footnote (收稿日期, 基金项目 …) and the page's end cut
mid-sentence goes on at the top of the next page: the Latin lines there are the abstract's,
not a paragraph of the body (session 11: a medical journal's English block, set on the first
page under the Chinese one). The text is written for this test."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.model import Paragraph

HEAD = ("社区康复训练对脑卒中患者步行能力的影响\n"
        "林若水1，周启明2\n"
        "（1. 海川医学院护理学院，海川 200001；2. 海川市第一人民医院康复科，海川 200002）\n"
        "摘要：目的　探讨社区康复训练对脑卒中患者步行能力的影响。方法　选取患者 80 例分为两组。"
        "结果　观察组的步速高于对照组。结论　社区康复训练有助于步行能力的恢复。\n"
        "关键词：脑卒中；社区康复；步行能力\n"
        "Effects of Community Rehabilitation Training on Walking Ability\n"
        "LIN Ruoshui, ZHOU Qiming\n"
        "Abstract: Objective: To explore the effects of community rehabilitation training on the\n"
        "walking ability of patients after stroke. Methods: Eighty patients were divided into two\n")
FOOT = ("收稿日期：2024-01-05\n"
        "基金项目：海川市卫生科研项目（HC2023-017）\n"
        "作者简介：林若水（1990—），女，主管护师，主要研究方向为康复护理。\n"
        "\f·2·\n")
BODY = ("Key words: stroke; community rehabilitation; walking ability\n"
        "脑卒中是导致成年人残疾的主要原因之一，患者出院后常常需要长期的康复训练，\n"
        "社区是患者康复训练的主要场所，但社区康复的内容和强度仍缺少统一的标准。\n"
        "1 对象与方法\n"
        "1.1 研究对象\n"
        "选取 2022 年在本社区卫生服务中心登记的脑卒中患者 80 例作为研究对象。\n")


def test_the_english_abstract_cut_by_the_first_pages_footnote_runs_on() -> None:
    text = (HEAD + "groups by the order of their visits; the observation group also received training at home, and the\n"
            + FOOT + "walking speed was compared after three months. Results: Walking speed was higher in the\n"
                     "observation group. Conclusion: Community training helps patients walk again.\n" + BODY)
    article = read_text(text)
    assert article.meta.en_abstract.endswith("at home, and the walking speed was compared after three months. "
                                             "Results: Walking speed was higher in the observation group. "
                                             "Conclusion: Community training helps patients walk again.")
    assert article.meta.en_keywords == ["stroke", "community rehabilitation", "walking ability"]
    paragraphs = [b.plain_text() for b in article.blocks if isinstance(b, Paragraph)]
    assert paragraphs[0].startswith("脑卒中是导致成年人残疾的主要原因之一") and len(paragraphs) == 2


def test_an_english_abstract_ended_before_the_footnote_takes_no_text_after_it() -> None:
    # The abstract ends its sentence on page 1: Latin text after the footnote is not its.
    text = (HEAD + "groups. Conclusion: Community training helps patients walk again.\n" + FOOT
            + "Walking speed is a common measure of recovery after stroke in the community.\n" + BODY)
    article = read_text(text)
    assert article.meta.en_abstract.endswith("helps patients walk again.")
