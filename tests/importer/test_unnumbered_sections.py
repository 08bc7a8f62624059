"""An article's first or last section headed without a number, "引言" before "1 …" or "结语"
after "五、…" (round 14e: the import corpus's chanjiao-ronghe and jiazhuang-dianti, MIT; every
extractor's text read the name as a paragraph of its own or glued it to the next one, heading F1
0.93–0.97 on nearly every text). A section's name alone on its line between two blocks is a
first-level heading; the same word inside a paragraph, or a paragraph's wrapped last line that
happens to be one, is not. The texts are written for these tests."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.importer.headings import is_section_name
from wenxian.model import Heading, Paragraph

TEXT = (
    "引言\n"
    "产教融合是职业教育的基本办学模式，也是提高技术技能人才培养质量的重要途径。\n"
    "1 研究设计\n"
    "本文的数据来自课题组开展的调查，调查分为问卷和访谈两个部分。\n"
    "2 结果\n"
    "企业参与的形式以接收学生实习为主，参与课程开发的企业比例较低，这一点需要在\n"
    "结语\n"
    "部分再作讨论。\n"
    "\n"
    "结 语\n"
    "加装电梯是一项需要居民共同参与的社区公共事务。\n"
)


def test_a_section_name_alone_is_a_first_level_heading() -> None:
    article = read_text(TEXT)
    heads = [(b.level, b.text) for b in article.blocks if isinstance(b, Heading)]
    assert heads == [(1, "引言"), (1, "1 研究设计"), (1, "2 结果"), (1, "结语")]  # letter-spacing closed up
    paragraphs = [b.plain_text() for b in article.blocks if isinstance(b, Paragraph)]
    assert paragraphs[0].startswith("产教融合是")
    # A paragraph's line that is the word, mid-sentence, stays in its paragraph.
    assert any("这一点需要在结语部分再作讨论。" in p.replace(" ", "") for p in paragraphs)
    assert paragraphs[-1].startswith("加装电梯是")


def test_the_names() -> None:
    assert is_section_name("引言") and is_section_name("结 束 语") and is_section_name("结　语")
    assert not is_section_name("引言部分") and not is_section_name("1 引言") and not is_section_name("结语。")
