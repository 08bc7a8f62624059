"""Session 16: pieces of printed lines (``pdftotext -raw``'s, ``layout._Layout.one_printed_line``)
are weighed only in a text whose lines are seen to come in pieces (``layout._Layout._in_pieces``): a
line opening with a mark no printed line opens with, or lines stopping at a comma well short of the
column. The texts below are written for these tests (MIT, as the project)."""

from __future__ import annotations

from wenxian.importer import read_article, read_text
from wenxian.model import Paragraph

# A column of 18 cells as pypdf gives it: whole printed lines, never pieces. "数。" ends a paragraph;
# the next one's first line holds Latin letters, which count narrower than printed (14.5 cells of a
# first line of 16), so that with "数。" it looked like one printed line.
WHOLE_LINES = """3.3 边界框损失函数
训练集中难免存在标注不准的样本，这些
低质量样本产生的较大梯度会干扰模型的
训练。WIoU 根据样本的离群度分配
梯度增益，对质量一般的样本给予较大的
关注，对离群度过高的低质量样本和已经
拟合得很好的高质量样本则减小其梯度增
益，其损失为
L = r·Rl·(1-IoU) (5)
式中，Rl 为基于中心点距离的注意力
项；r 为由离群度 β 计算的非单调聚焦系
数。
改进后模型的整体结构与 YOLOv8n
相同，只是替换了上述模块。
4 实验与结果分析
4.1 数据集与实验环境
本文的数据集来自某供电公司的巡检图像，
共有图像两千余张，按八比二的比例划分
训练集和测试集，标注由两名工程师完成。
"""

# pdftotext -raw's pieces (a column of 23 cells): "梯等事项共同商量。" / "议事规则" / "仍不完善，" /
# "许多议事会缺" are one printed line; "任，" is a piece too. No line opens with a closing mark.
PIECES = """一、问题的提出
社区议事会是居民参与公共事务的重要平台，近年
来各地纷纷推行议事会制度，让居民就停车、加装电
梯等事项共同商量。
议事规则
仍不完善，
许多议事会缺
少稳定的召集程序和表决办法，会议往往流于形式，
效果不佳。
居民代表的产生方式也各不相同，有的由楼栋长兼
任，
有的由社区指定，代表性因此受到一些质疑，这也是
后文讨论的问题之一。
二、议事会的运行
议事会的运行离不开居民的持续参与和社区的支持，
这是后文讨论的重点，也是本文的主要关切所在。
"""


def paragraphs(article) -> list[str]:
    return [b.plain_text() for b in article.blocks if isinstance(b, Paragraph)]


def test_a_short_last_line_in_a_text_of_whole_lines_is_no_piece() -> None:
    found = paragraphs(read_text(WHOLE_LINES))
    assert found[2].endswith("非单调聚焦系数。")
    assert found[3] == "改进后模型的整体结构与 YOLOv8n相同，只是替换了上述模块。"


def test_pieces_seen_at_commas_are_still_one_printed_line() -> None:
    found = paragraphs(read_article(PIECES.encode()))
    assert found[0].endswith("效果不佳。") and "共同商量。议事规则仍不完善，许多议事会缺少稳定" in found[0]


def test_one_piece_alone_shows_no_pieces() -> None:
    """With "任，" set whole on its printed line, a comma piece is seen once only: the text is read as
    whole lines, and the short "梯等事项共同商量。" ends its paragraph."""
    text = PIECES.replace("任，\n有的由社区指定，代表性因此受到一些质疑，这也是\n后文讨论的问题之一。",
                          "任，有的由社区指定，代表性因此受到一些质疑，这\n也是后文讨论的问题之一。")
    found = paragraphs(read_article(text.encode()))
    assert found[0].endswith("共同商量。") and found[1].startswith("议事规则仍不完善")
