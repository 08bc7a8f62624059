"""Where a heading ends when the extractor kept neither an indent nor a blank line after it
(wenxian.importer.layout): a heading's line that stops well short of the column ended where
the heading did; only a line about as wide as the column may wrap onto the next. The texts
are written for these tests (a narrow column of about 18 cells, as in two-column journals)."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.model import Heading, Paragraph

COLUMN = ("调查在两个县的十六所学校进行，按城区、\n镇区和乡村三类学校分层抽样，并对校长\n"
          "和教师进行了半结构化访谈，共访谈四十\n人，访谈记录由两名研究人员分别整理。\n")


def test_a_short_heading_does_not_take_the_paragraphs_first_lines() -> None:
    text = ("一、研究设计\n" + COLUMN + "（一）服务内容较为单一\n多数学校的课后服务以看管学生完成\n"
            "作业为主，兴趣类和实践类活动开展得较\n\n少。受场地和师资限制，乡村学校能够开\n设的活动项目更少。\n")
    found = read_text(text).blocks
    assert [h.text for h in found if isinstance(h, Heading)] == ["一、研究设计", "（一）服务内容较为单一"]
    paragraphs = [b.plain_text() for b in found if isinstance(b, Paragraph)]
    assert paragraphs[-1].startswith("多数学校的课后服务以看管学生完成作业为主")
    assert paragraphs[-1].endswith("设的活动项目更少。")


def test_a_heading_as_wide_as_the_column_still_wraps() -> None:
    text = ("一、研究设计\n" + COLUMN + "二、县域学校课后服务供给的主要问题及其\n成因\n"
            "多数学校的课后服务以看管学生完成作\n业为主，兴趣类和实践类活动开展得较少，\n"
            "乡村学校能够开设的活动项目更少。\n")
    found = read_text(text).blocks
    assert [h.text for h in found if isinstance(h, Heading)][-1] == "二、县域学校课后服务供给的主要问题及其成因"


def test_a_line_that_wraps_to_start_with_a_headings_number_is_no_heading() -> None:
    """Round 11a (chengshi-neilao's abstract, every two-column text): "…存在资金来源单" fills its
    line and the sentence runs on, "一、部门协同不足…" — the next line opens like a first-level
    heading but is the wrapped rest of the line before; a heading starts after a block's end."""
    abstract = ("摘　要：以湘中某地级市为例，分析了丘陵城市内涝的成因和治理的做法，指出治理中存在资金来源单\n"
                "一、部门协同不足和运行维护薄弱等问题，并从规划统筹、多元投入和智慧运维三个方面提出系\n"
                "统化治理的建议。\n关键词：城市内涝；系统化治理；丘陵城市\n")
    article = read_text(abstract + "一、问题的提出\n" + COLUMN)
    assert [h.text for h in article.blocks if isinstance(h, Heading)] == ["一、问题的提出"]
    assert article.meta.abstract.endswith("存在资金来源单一、部门协同不足和运行维护薄弱等问题，并从规划统筹、"
                                          "多元投入和智慧运维三个方面提出系统化治理的建议。")


def test_a_numbered_heading_filling_a_one_column_line_wraps() -> None:
    """Round 15g: a "3.2 …" heading as wide as a one-column page's full line (over 30 cells)
    is a heading still, and its one-character tail on the next line is its rest."""
    body = ("调查覆盖三个地区的十二家公共图书馆，每家图书馆按版本类型抽取影像页，并由两名\n"
            "研究人员分别核对识别结果，分歧之处经讨论后确定。\n")
    text = ("3.1 资源建设的总体情况\n" + body
            + "3.2 省级图书馆与市县图书馆在影像质量和全文数据识别准确率方面的差\n异\n" + body)
    heads = [h.text for h in read_text(text).blocks if isinstance(h, Heading)]
    assert heads == ["3.1 资源建设的总体情况", "3.2 省级图书馆与市县图书馆在影像质量和全文数据识别准确率方面的差异"]
