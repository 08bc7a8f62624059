"""Session 14 (qingliang-jiance): PyMuPDF4LLM puts a displayed formula set in a math font between its
picture comments, as a picture's words (``<!-- Start of picture text -->`` / ``z = Σ x(h, i)/W (3)<br>``
``<!-- End of picture text -->``). Every piece a formula with its number: the article's text, a block
of its own between its lead-in and the ``式中，…`` after it. A chart's labels stay out."""

from __future__ import annotations

from wenxian.importer import read_article
from wenxian.importer.lines import split_lines
from wenxian.model import Paragraph

TEXT = """\
# 基于改进模型的轻量化检测方法

## 1 方法

坐标注意力将全局池化分解为沿高度和宽度两个方向的一维池化。对高度为 h 的一行特征，其沿宽度方向的池化结果为 



<!-- Start of picture text -->
z = Σ x(h, i)/W (3)<br><!-- End of picture text -->

式中，x(h, i) 为该通道第 h 行第 i 列的特征值；W 为特征图的宽度。评价模型时采用精确率和召回率，其中 



<!-- Start of picture text -->
P = TP/(TP+FP) (4)<br>R = TP/(TP+FN) (5)<br><!-- End of picture text -->

式中，TP 为被正确检测的目标数；FP 为误检的目标数。各模型的检测速度见图 1。 

<!-- Start of picture text -->
FPS/(帧/s)<br>41<br>37<br>v5s v8n 本文<br><!-- End of picture text -->

## 2 结束语

本文提出了一种轻量化的检测方法，在边缘设备上的检测速度达到 41 帧/s。 
"""


def test_a_formula_taken_for_a_picture_is_a_block_of_text() -> None:
    article = read_article(TEXT.encode(), file="p.md")
    paragraphs = [b.plain_text().replace(" ", "") for b in article.blocks if isinstance(b, Paragraph)]
    at = paragraphs.index("z=Σx(h,i)/W(3)")
    assert paragraphs[at - 1].endswith("其沿宽度方向的池化结果为")
    assert paragraphs[at + 1].startswith("式中，x（h,i）为该通道")
    assert "P=TP/(TP+FP)(4)" in paragraphs and "R=TP/(TP+FN)(5)" in paragraphs
    assert not [line for line in split_lines(TEXT).lines if "FPS" in line.text or "<!--" in line.text]
