"""A page footnote whose circled mark pdftotext sets on a line of its own (round 10a; in the
corpus, zhongxiao-heliu's two-column texts): its text is no body text. Before, the note's line
was read as a paragraph's and joined to the paragraph the page's foot had cut (two leaks)."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.importer.lines import split_lines
from wenxian.importer.pagemarks import page_footnotes

NOTE = "河长制是由各级党政负责同志担任河长，负责组织领导相应河湖的管理和保护工作的一项制度。"
COLUMN = ["县级水行政主管部门和乡镇的管护", "责任，与河长制① 的工作要求相衔", "接；二是将管护经费纳入财政预算", "按河道长度和工程量核定标准，逐"]


def test_the_note_right_after_its_lone_mark() -> None:  # pdftotext -layout
    text = "\n".join(COLUMN + ["步实现智慧化监管。", " ①", "     " + NOTE, "", "\f下一页的第一行文字。"])
    doc, notes = page_footnotes(split_lines(text))
    assert [(m.text, n.text) for m, n in notes] == [("①", NOTE)]
    assert NOTE not in [line.text for line in doc.lines] and "①" not in [line.text for line in doc.lines]


def test_the_note_at_the_pages_foot_across_both_columns() -> None:  # plain pdftotext, two columns
    text = "\n".join(["①", ""] + COLUMN * 3 + ["步实现智慧化监管。", "", NOTE, "", "\f下一页的第一行文字。"])
    doc, notes = page_footnotes(split_lines(text))
    assert [(m.text, n.text) for m, n in notes] == [("①", NOTE)]
    # A column's own last line, as wide as the column, is no note.
    doc, notes = page_footnotes(split_lines("\n".join(["①"] + COLUMN * 3 + ["步实现智慧化监管。", "\f下一页。"])))
    assert [(m.text, n) for m, n in notes] == [("①", None)]


def test_the_importer_reports_the_note_it_took_out() -> None:
    body = "\n".join(COLUMN + ["步实现智慧化监管。", " ①", "     " + NOTE, "", "\f下一页的第一行文字。"])
    article = read_text("一、引言\n" + body + "\n")
    assert any(NOTE in note.message and "①" in note.message for note in article.notes)
    assert all(NOTE not in str(block) for block in article.blocks)


def test_a_note_across_both_columns_wrapped_to_a_second_line() -> None:  # plain pdftotext
    """Round 11c's sealed feiyi-duanshipin (scored once, then seen): the mark alone, then the note
    across both columns, far wider than a column, wrapped before its last words ("…账号" / "的用户。")
    and the page's number. Both lines are the note's; before, neither was taken and both stayed
    in a paragraph."""
    wide, rest = NOTE[:-6], NOTE[-6:]
    text = "\n".join(COLUMN * 3 + ["步实现智慧化监管。", "", "①", "", wide, rest, "", "·89 ·", "\f下一页的第一行文字。"])
    doc, notes = page_footnotes(split_lines(text))
    assert [(m.text, n.text) for m, n in notes] == [("①", NOTE)]
    assert wide not in [line.text for line in doc.lines] and rest not in [line.text for line in doc.lines]


def test_a_fonts_dingbat_circled_digits_are_the_notes_marks() -> None:
    """A font without the enclosed numbers draws ① from its dingbats: pdftotext and PyMuPDF give U+2780 "➀"
    for mark and note alike (session 15). It is read as ①: the note leaves the body, the mark is its reference."""
    column = [line.replace("①", "\u2780") for line in COLUMN]
    body = "\n".join(column + ["步实现智慧化监管。", " \u2780", "     " + NOTE, "", "\f下一页的第一行文字。"])
    article = read_text("一、引言\n" + body + "\n")
    assert any(NOTE in note.message and "①" in note.message for note in article.notes)
    assert all(NOTE not in str(block) and "\u2780" not in str(block) for block in article.blocks)
