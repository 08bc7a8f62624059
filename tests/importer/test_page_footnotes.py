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


def test_a_wrapped_note_at_the_pages_foot_whose_last_line_is_narrow() -> None:  # plain pdftotext
    """Session 15 (dev, plain pdftotext of twocol-lenticular): the mark alone high on the page, the
    note at its foot across both columns, wrapped, its last line narrower than the first (not far
    wider than a column). Both lines are the note's; before, neither was taken (the last line alone
    was asked to be far wider) and the note stayed in a paragraph."""
    wide, rest = NOTE[:-12], NOTE[-12:]
    text = "\n".join(["①", ""] + COLUMN * 3 + ["步实现智慧化监管。", "", wide, rest, "", "\f下一页的第一行文字。"])
    doc, notes = page_footnotes(split_lines(text))
    assert [(m.text, n.text) for m, n in notes] == [("①", NOTE)]
    assert wide not in [line.text for line in doc.lines] and rest not in [line.text for line in doc.lines]
    # A column's lines at the foot, the last ending a sentence, are no note: none is far wider.
    doc, notes = page_footnotes(split_lines("\n".join(["①"] + COLUMN * 3 + ["步实现智慧化监管。", "\f下一页。"])))
    assert [(m.text, n) for m, n in notes] == [("①", None)]


def test_two_notes_at_one_foot_the_second_mark_printed_after_its_note() -> None:  # plain pdftotext
    """Session 15: two marks on a page, ② before the notes and ③ after them, the page's last line.
    ② takes the line after it, ③ the note above it (wrapped); before, ③ found no line after it and
    its note stayed in the body."""
    second = "代售处是书局委托外县书店、学校等代为销售书籍的机构，按售价的一定比例提取佣金，书款定期结算。"
    third = "《澄州文献丛钞》原计划出版三集，第二、三集的稿件已经编定，因纸价暴涨而未能付印，稿本今已不存。"
    text = "\n".join(COLUMN * 3 + ["步实现智慧化监管。", "②", "", second, third[:-6], third[-6:], "③", "", "\f下一页的第一行文字。"])
    doc, notes = page_footnotes(split_lines(text))
    assert [(m.text, n.text) for m, n in notes] == [("②", second), ("③", third)]
    assert not {second, third[:-6], third[-6:]} & {line.text for line in doc.lines}


def test_a_note_the_page_ends_inside_goes_with_its_mark() -> None:  # plain pdftotext, the first page
    """Session 15: the mark alone, then the note's first line across both columns, the page's last
    (the note goes on at the next page's foot, TeX's split footnote). It is the note's; before,
    only a note ending its sentence within the page was taken."""
    wide = NOTE[:-10]
    text = "\n".join(COLUMN * 3 + ["步实现智慧化监管。", "①", "", wide, "", "\f下一页的第一行文字。", "下一页的第二行。"])
    doc, notes = page_footnotes(split_lines(text))
    assert [(m.text, n.text) for m, n in notes] == [("①", wide)]
    assert wide not in [line.text for line in doc.lines]


def test_a_raised_mark_alone_whose_note_has_its_own_mark_stays_in_the_text() -> None:  # pdftotext -layout
    """Session 15 (dev, pdftotext -layout of twocol-narrow): the text's raised ② printed on a line of
    its own, its note at the page's foot opening with ② and another note ③ under it. The lone ② is
    the text's mark, not a note's: it takes no line (before, it took ③'s note, and ②'s stayed in the
    body), and the notes with their marks are taken as notes at the foot, paired with the marks."""
    second = "代售处是书局委托外县书店、学校等代为销售书籍的机构，按售价的一定比例提取佣金。"
    third = "《澄州文献丛钞》原计划出版三集，第二、三集的稿件已经编定，因纸价暴涨而未能付印。"
    body = [COLUMN[0], "②", COLUMN[1], COLUMN[2] + "③", COLUMN[3], "步实现智慧化监管。"]
    text = "\n".join(body + ["② " + second, "③ " + third, "", "\f下一页的第一行文字。"])
    doc, notes = page_footnotes(split_lines(text))
    assert notes == [] and "②" in [line.text for line in doc.lines]
    article = read_text("一、引言\n" + text + "\n")
    assert [n.text for n in article.footnotes] == [second, third]
    assert all(second not in str(block) and third not in str(block) for block in article.blocks)
