"""Session 14 (qingliang-jiance): a line of text that opens with a decimal ("24.4 ms 的单帧处理时间…",
"1.8 个百分点，其中…", a paragraph's first line or a line after a table set inside a paragraph) is
no heading when its number is out of the headings' sequence and a clause follows a comma in it, or
its section's number is far beyond the last heading's;
a heading next in the sequence stays one, a comma in its title or not."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.model import Heading, Paragraph

TEXT = """\
1 引言
　　本文研究边缘设备上的目标检测方法，说明如下。
2 实验
2.1 数据集
　　实验所用图像来自无人机巡检作业，共有两千多张图像，按比例划分为训练集和测试集。
2.2 对比实验
　　为进一步验证本文方法的有效性，将其与其他模型进行对比，结果见表2。
　　24.4 ms 的单帧处理时间在参与对比的模型中最短，这正是本文方法在
边缘端的速度优势所在。与其他模型相比，本文方法的精度较高。
　　12.6 ms的单帧处理时间在参与对比的模型中
仅次于本文方法。
2.3 消融实验，结果与讨论
　　以基线模型为基础进行消融实验，模型的精度提高
1.8 个百分点，其中破损类的精度提高最多，这是因为破损部位通常位于
伞裙上。
3 结束语
　　本文提出了一种轻量化的检测方法。
"""


def test_a_decimal_out_of_sequence_opening_a_clause_is_text() -> None:
    article = read_text(TEXT)
    headings = [b.text for b in article.blocks if isinstance(b, Heading)]
    assert headings == ["1 引言", "2 实验", "2.1 数据集", "2.2 对比实验", "2.3 消融实验，结果与讨论", "3 结束语"]
    paragraphs = [b.plain_text().replace(" ", "") for b in article.blocks if isinstance(b, Paragraph)]
    assert any(p.startswith("24.4ms的单帧处理时间") and p.endswith("精度较高。") for p in paragraphs)
    assert any(p.startswith("12.6ms的单帧处理时间") for p in paragraphs)
    assert any(p.startswith("以基线模型为基础") and p.endswith("伞裙上。") for p in paragraphs)
