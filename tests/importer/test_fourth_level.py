"""A fourth heading level "（1）预警识别" under 一、/（一）/1. (round 12e: gaoxiao-xinli, the import
corpus's article, printed four levels; every extractor's text lost both "（1）" headings in a
paragraph). A "（1）" title is short and has no punctuation; an item "（1）病耻感较强：…" or a wrapped
"（2）改革补贴方式，建立绩效挂钩机" is no heading. A row of figures "1.82 <0.001" is no "1.1"
heading either. The texts are written for these tests."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.importer.headings import heading_style
from wenxian.model import Heading, Paragraph

TEXT = (
    "一、服务现状\n"
    "（一）服务内容\n"
    "1. 危机干预\n"
    "（1）预警识别\n"
    "各校都建立了四级心理危机预警网络，每学期开展一次新生心理普查，对筛查出的\n"
    "重点学生由辅导员进行跟踪关注。\n"
    "（2）校医合作转介\n"
    "两所学校与当地专科医院签订了合作协议，医院每周派医师到校坐诊半天。\n"
    "二、影响因素\n"
    "访谈资料显示，影响学生求助的因素主要有以下两个方面。\n"
    "（1）病耻感较强：不少学生担心被同学和老师看作有问题的人，因而不愿前往咨询\n"
    "中心求助。\n"
    "（2）对服务了解不足：部分学生不清楚学校提供哪些服务，也不知道如何预约。\n"
)


def test_four_levels_of_headings() -> None:
    article = read_text(TEXT)
    heads = [(b.level, b.text, b.label) for b in article.blocks if isinstance(b, Heading)]
    assert heads == [
        (1, "一、服务现状", "sec-1"), (2, "（一）服务内容", "sec-1-1"), (3, "1. 危机干预", "sec-1-1-1"),
        (4, "（1）预警识别", "sec-1-1-1-1"), (4, "（2）校医合作转介", "sec-1-1-1-2"), (1, "二、影响因素", "sec-2"),
    ]
    paragraphs = [b for b in article.blocks if isinstance(b, Paragraph)]
    assert paragraphs[0].plain_text().startswith("各校都建立了")
    assert [p.lead for p in paragraphs[-2:]] == ["（1）病耻感较强：", "（2）对服务了解不足："]


def test_what_is_no_fourth_level_heading() -> None:
    assert heading_style("（1）预警识别") == "pa4"
    assert heading_style("（1）病耻感较强：不少学生担心被同学和老师看作") is None
    assert heading_style("（2）改革补贴方式，建立绩效挂钩机") is None
    assert heading_style("（3）从 2019 年起各校陆续开设了心理健康必修课程") is None
    assert heading_style("1.82 <0.001") is None and heading_style("1.2 研究方法") == "ar2"


def test_an_item_whose_next_item_runs_on_inline_is_no_heading() -> None:
    """Round 15g (guji-shuzihua): "（1）担心资源被下载后用于" alone on its line (a figure beside
    the list cut it short) reads like a fourth-level title, but the next line holds "；（2）…"
    inline: a list run on inside the paragraph, no heading. A "（1）" title whose next item
    opens a line of its own stays one."""
    text = ("1. 发布方式\n"
            "数字化资源的发布方式可以分为三类。不开放的原因主要有以下几点：\n"
            "（1）担心资源被下载后用于\n"
            "商业出版，影响本馆的权益；（2）部分数字化项目由服务商投资完成，合同约定了独家使\n"
            "用权。访谈中也有馆员表示，开放的收益难以衡量。\n")
    heads = [b.text for b in read_text(text).blocks if isinstance(b, Heading)]
    assert heads == ["1. 发布方式"]
