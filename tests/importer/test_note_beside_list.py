"""A footnote ① in an article whose paragraph also holds a list "：① …；② …；③ …。" (round 14e:
the import corpus's jiazhuang-dianti, MIT; in nearly every extractor's text the note stayed a
paragraph, "the text has 2 marks ① and 1 note ①"). The marks that open a list's items are counted
out; the note then pairs with the one mark left, wherever the list stands. The text is written for
this test."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.importer.footnotes import opens_item
from wenxian.model import FootnoteRef, Paragraph

NOTE = "问卷由调查员入户发放，请家中熟悉加装电梯情况的成员填写，无人在家的另约时间。"
TEXT = "\n".join([
    "一、协商",
    "加装电梯的协商一般由单元内的热心居民发起，社区居委会给予一定指导，但协商的",
    "程序并不规范。调查中发现的问题主要有三个方面：① 发起人的代表性不足，部分发",
    "起人由施工企业推荐；② 协商过程缺少书面记录，事后容易产生分歧；③ 遇到争议时",
    "缺少中立的第三方调解。",
    "二、调查",
    "本文的资料来自课题组开展的调查，调查以户为单位，由一名家庭成员填答，共回收",
    "有效问卷 1 236 份① ；三是对 12 名街道和社区工作人员进行访谈，了解协商过程中",
    "的具体做法。",
    "① " + NOTE,
    "",
    "\f下一页的第一行文字，接着讲调查的结果和发现的问题。",
    "",
])


def test_the_note_pairs_with_its_mark_and_the_list_keeps_its_numbers() -> None:
    article = read_text(TEXT)
    assert [(f.label, f.text) for f in article.footnotes] == [("1", NOTE)]
    paragraphs = [b for b in article.blocks if isinstance(b, Paragraph)]
    assert all(NOTE[:10] not in p.plain_text() for p in paragraphs)
    listed = next(p for p in paragraphs if "三个方面" in p.plain_text())
    assert "① 发起人" in listed.plain_text() and not any(isinstance(i, FootnoteRef) for i in listed.inlines)
    marked = next(p for p in paragraphs if "1 236" in p.plain_text())
    assert [i.label for i in marked.inlines if isinstance(i, FootnoteRef)] == ["1"]
    assert not any("①" in note.message for note in article.notes)


def test_what_opens_an_item() -> None:
    assert opens_item("三个方面：① 发起人", 5) and opens_item("不足；②协商", 3)
    assert not opens_item("问卷 1 236 份① ；三是", 10) and not opens_item("焦点。①有学者", 3)
    assert not opens_item("不足；①协商", 3)  # a list opens with ① after a colon
