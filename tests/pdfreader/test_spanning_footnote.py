"""A page footnote set across both columns of a two-column page (`shiyanshi-anquan`,
twocol-lenticular, in the import corpus; MIT): small type under the columns' text. The footnote
area was looked for column by column, and a spanning line alone among its page's spanning lines
was never taken (round 11a: the note's text was read into the paragraph its page's foot cut). Its
mark falls on the next page (the paragraph goes on there): the note of the page before, which no
mark of its own page points to, is the mark's."""

from __future__ import annotations

from pathlib import Path

from wenxian.model import Paragraph
from wenxian.pdfreader import read_pdf

PDF = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus" / "data" / "dev" / "shiyanshi-anquan" / "twocol-lenticular.pdf"
NOTE = "专职安全员是指由学院聘任、专门从事实验室安全检查和安全教育工作的人员，不承担教学科研任务。"


def test_a_note_across_both_columns_is_a_footnote() -> None:
    article = read_pdf(PDF).article
    assert [note.text for note in article.footnotes] == [NOTE] and not article.notes
    paragraphs = [b.plain_text() for b in article.blocks if isinstance(b, Paragraph)]
    assert not any("专职安全员是指" in p for p in paragraphs)
    assert any("学校相应地将专职安全员和检查经费向这些学院倾斜，使有限的管理力量" in p for p in paragraphs)
