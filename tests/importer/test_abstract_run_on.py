"""Session 15 (qirongjiao-lizi): text standing between the abstract and its key words is the
abstract's rest, however a break inside the abstract was read ("…结果表明：" at a full line, the next
counted short for its Latin letters and figures). Texts written for these tests (MIT, as the
project)."""

from __future__ import annotations

from wenxian.importer import read_article
from wenxian.model import Paragraph

HEAD = """北岸环境研究 2024 年 3 月 第 12 卷第 2 期
江北市近地面臭氧浓度的年际变化与成因分析
周明远1 ，梁静2
（1. 北岸大学环境学院，江北 410001；2. 江北市环境监测站，江北 410003）
摘要：为了解江北市近地面臭氧的变化特征和成因，于 2019 年 1 月至 2023 年 12 月在江北市城区四个
国控站点收集臭氧和氮氧化物的逐时监测数据，分析了其年际变化、季节变化和日变化特征，并用
多元线性回归模型分离了气象条件和排放变化的影响，比较了不同站点之间的差异。结果表明：
观测期间 O3 日最大 8 h 平均浓度的年均值为 96.4 µg/m³，五年间上升了 12.4%，其中夏季上升
最快；气象条件的贡献约占上升幅度的四成，其余来自前体物排放结构的变化和区域输送的增强。
研究结果可为江北市臭氧的协同治理提供依据。
关键词：臭氧；年际变化；成因
1 材料与方法
本文收集了江北市四个国控站点的逐时监测数据，时间为五年。
"""


def test_text_between_the_abstract_and_its_key_words_is_the_abstract() -> None:
    article = read_article(HEAD.encode(), file="a.txt")
    assert article.meta.abstract.endswith("结果表明：观测期间 O3 日最大 8 h 平均浓度的年均值为 96.4 µg/m³，五年间上升了 12.4%，"
                                          "其中夏季上升最快；气象条件的贡献约占上升幅度的四成，其余来自前体物排放结构的变化和"
                                          "区域输送的增强。研究结果可为江北市臭氧的协同治理提供依据。")
    assert article.meta.keywords == ["臭氧", "年际变化", "成因"]
    paragraphs = [b.plain_text() for b in article.blocks if isinstance(b, Paragraph)]
    assert not any("观测期间" in text for text in paragraphs)
