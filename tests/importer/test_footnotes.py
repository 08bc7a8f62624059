"""Footnotes as Chinese law and humanities journals print them: circled marks in the text, the
notes at the page's foot (tests/data/import-shapes/law-footnotes.txt, written for this test)."""

from __future__ import annotations

from pathlib import Path

from dataclasses import replace

from wenxian.importer import read_article, read_text
from wenxian.importer.footnotes import notes_at_foot
from wenxian.model import FootnoteRef, Paragraph
from wenxian.myst_writer import write_myst

SHAPE = Path(__file__).resolve().parents[1] / "data" / "import-shapes" / "law-footnotes.txt"


def _marks(article) -> list[str]:
    return [i.label for b in article.blocks if isinstance(b, Paragraph) for i in b.inlines if isinstance(i, FootnoteRef)]


def test_notes_at_the_pages_foot_are_footnotes_and_the_marks_their_references() -> None:
    article = read_article(SHAPE.read_bytes())
    assert _marks(article) == ["1", "2", "3", "4"]
    assert [n.text[:8] for n in article.footnotes] == ["参见程啸：《论大", "参见王利明：《论", "申卫星：《论数据", "参见崔国斌：《公"]
    paragraphs = [b.plain_text() for b in article.blocks if isinstance(b, Paragraph)]
    assert len(paragraphs) == 2 and not any("参见" in p or "①" in p for p in paragraphs)
    myst = write_myst(article, [], slug="law")
    assert "理论焦点。[^1]有学者" in myst and "[^4]: 参见崔国斌：《公开数据集合法律保护的客观主义立场》" in myst


def test_marks_numbered_afresh_on_each_page_pair_in_order() -> None:
    text = SHAPE.read_text(encoding="utf-8").replace("非竞争性。④", "非竞争性。①").replace("　　④ 参见崔国斌", "　　① 参见崔国斌")
    article = read_text(text)
    assert _marks(article) == ["1", "2", "3", "4"] and article.footnotes[3].text.startswith("参见崔国斌")


def test_a_paragraph_the_notes_interrupt_runs_on_after_them() -> None:
    text = ("一、引言\n　　数据被确立为新型生产要素之后，如何在私法上安排数据权益成为理论焦\n"
            "点。①有学者主张设立新型财产权，也有学者主张以合同与反不正当竞争规则调\n"
            "　　① 参见程啸：《论大数据时代的个人数据权利》，载《中国社会科学》2018 年第 3 期。\n"
            "\f整，本文不取这两种立场。\n二、结论\n　　见上。\n")
    article = read_text(text)
    paragraphs = [b.plain_text() for b in article.blocks if isinstance(b, Paragraph)]
    assert paragraphs[0].endswith("反不正当竞争规则调整，本文不取这两种立场。") and _marks(article) == ["1"]


def test_a_lists_items_are_told_from_the_notes_mark() -> None:
    # Two ① in the text, one note ①: the ① after the colon opens a list's item (② follows a
    # semicolon), the other is the note's mark (round 14e; before, neither was paired).
    text = ("一、引言\n　　主要包括：①数据采集；②数据清洗。已有研究讨论了这一问题。①\n"
            "　　① 参见程啸：《论大数据时代的个人数据权利》，载《中国社会科学》2018 年第 3 期。\n"
            "二、结论\n　　见上。\n")
    article = read_text(text)
    assert [n.text[:4] for n in article.footnotes] == ["参见程啸"] and _marks(article) == ["1"]
    assert "主要包括：①数据采集；②数据清洗。" in next(b for b in article.blocks if isinstance(b, Paragraph)).plain_text()


def test_marks_and_notes_that_do_not_pair_stay_text_and_are_reported() -> None:
    # Two ① in the text, neither opening a list's item, one note ①: which is which cannot be told.
    text = ("一、引言\n　　有学者主张设立新型财产权。①已有研究讨论了这一问题。①\n"
            "　　① 参见程啸：《论大数据时代的个人数据权利》，载《中国社会科学》2018 年第 3 期。\n"
            "二、结论\n　　见上。\n")
    article = read_text(text)
    assert not article.footnotes and not _marks(article)
    assert any(p.plain_text().startswith("① 参见程啸") or p.plain_text().startswith("①参见程啸")
               for p in article.blocks if isinstance(p, Paragraph))
    assert any("2 marks ① and 1 note ①" in n.message for n in article.notes)


WIDE = ["学校相应地将专职安全员和检查经费向这些学院倾斜①，使有限的管理力量集中", "到风险最高的实验室。"]
LED = ["① 专职安全员是指由学院聘任、专门从事实验室安全检查和安全教育工作的人员，不承担教", "学科研任务。"]
EXPLANATORY = "专职安全员是指由学院聘任、专门从事实验室安全检查和安全教育工作的人员，不承担教学科研任务。"


def test_an_explanatory_note_at_the_pages_foot_is_a_footnote() -> None:
    """Round 11a (shiyanshi-anquan, eight texts): a note without any of a note's words, wrapped
    or not, ends its page's foot; its mark ① stands in the text. The page's foot is a form feed
    or, where the extractor printed none (pypdfium2), the page number and running header taken
    out after it. Before, its text stayed in the body (or cut a paragraph in two)."""
    for foot in (["", "\f5 结论与讨论"], ["·238 ·", "陆清扬，聂书言：高校实验室安全风险的分级管控", "5 结论与讨论"]):
        article = read_text("\n".join(["4 成效"] + WIDE + LED + foot + ["风险分级管控为高校提供了可行的办法。", ""]))
        assert [(n.label, n.text) for n in article.footnotes] == [("1", EXPLANATORY)]
        assert _marks(article) == ["1"] and all("专职安全员是指" not in str(block) for block in article.blocks)


def test_a_paragraph_opening_with_a_circled_number_is_kept() -> None:
    """Not at its page's foot (the page's text goes on under it), or its mark nowhere in the text
    before it: a paragraph that opens with ①, as an enumeration does."""
    for lines in ([*WIDE, *LED, "下一段还在同一页上，没有换页。"], [WIDE[0].replace("①", ""), WIDE[1], *LED, "\f下一页。"]):
        article = read_text("\n".join(["4 成效", *lines, ""]))
        assert article.footnotes == [] and any("专职安全员是指" in b.plain_text() for b in article.blocks if isinstance(b, Paragraph))


NUMBERED = ["学校相应地将专职安全员和检查经费向这些学院倾斜1，使有限的管理力量集中", "到风险最高的实验室。"]
NUMBERED_NOTE = ["1专职安全员是指由学院聘任、专门从事实验室安全检查和安全教育工作的人员，不承担教", "学科研任务。"]


def test_a_word_processors_numbered_note_is_a_footnote() -> None:
    """Round 14b (the LibreOffice layouts of the corpus): Word and Writer number their notes 1, 2, …;
    as text the raised mark is a bare number glued to the words ("倾斜1，") and the note opens its
    line at the page's foot with it ("1专职…"). Read as ① and its note: the number leaves the
    paragraph, the note leaves the body. Before, "1" stayed in the paragraph and the note was text."""
    for foot in (["", "\f5 结论与讨论"], ["·238 ·", "陆清扬，聂书言：高校实验室安全风险的分级管控", "5 结论与讨论"]):
        article = read_text("\n".join(["4 成效"] + NUMBERED + NUMBERED_NOTE + foot + ["风险分级管控为高校提供了可行的办法。", ""]))
        assert [(n.label, n.text) for n in article.footnotes] == [("1", EXPLANATORY)]
        assert _marks(article) == ["1"]
        assert all("专职安全员是指" not in str(b) and "倾斜1" not in str(b) for b in article.blocks)


def test_a_number_that_counts_is_no_note_mark() -> None:
    """The number in the text must stand once on the page, after a character that does not count it
    and before none that is a unit ("第1期", "为1的", "1年" are counts): else nothing is a note, and
    the line at the foot stays text (a list item "1完善制度。" reads so too)."""
    for body in (["学校将经费向学院倾斜，第1期的检查中有1年未达标，取值为1的样本较少，使有限的管理", "力量集中到风险最高的实验室。"],
                 ["学校将经费向学院倾斜1，又在二级学院中倾斜1，使有限的管理", "力量集中到风险最高的实验室。"]):
        article = read_text("\n".join(["4 成效"] + body + NUMBERED_NOTE + ["", "\f5 结论与讨论", "风险分级管控为高校提供了可行的办法。", ""]))
        assert article.footnotes == [] and any("专职安全员是指" in b.plain_text() for b in article.blocks if isinstance(b, Paragraph))


def test_a_line_taken_out_inside_a_page_does_not_end_it_where_form_feeds_do() -> None:
    """Where form feeds mark the pages, a line taken out inside a page (a table's recurring head
    read as furniture) is no page's end: the mark above it on the page still pairs with the note
    at the page's foot (xianyu-yigongti's word-onecol text). Without form feeds, the lines taken
    out are what marks the pages."""
    from wenxian.importer.footnotes import numbered_notes
    from wenxian.importer.lines import split_lines

    text = "\n".join(["\f" + NUMBERED[0], NUMBERED[1], "人数/人", "风险分级管控为高校提供了可行的办法。", *NUMBERED_NOTE, "\f下一页。", ""])
    doc = split_lines(text)
    taken = [line for line in doc.lines if line.text == "人数/人"]
    kept = [line for line in doc.lines if line.text != "人数/人"]
    out = numbered_notes(type(doc)(kept, doc.blank_is_filler), taken)
    assert out.lines[0].text.endswith("倾斜①，使有限的管理力量集中") and out.lines[3].text.startswith("①专职安全员")


def test_a_numbered_notes_mark_set_apart_by_a_space_before_a_stop_is_a_footnote() -> None:
    """Round 16e: pdftotext may set a word processor's raised mark apart from the word before it
    ("…技术力量和经费 1。访谈中…"): a number after one space, right before a clause's or sentence's
    mark, pairs with the note at the page's foot as a glued one does. Before, the note stayed in
    the body (guji-shuzihua's word-onecol texts)."""
    body = ["学校相应地将专职安全员和检查经费向这些学院倾斜 1。使有限的管理力量集中", "到风险最高的实验室。"]
    article = read_text("\n".join(["4 成效"] + body + NUMBERED_NOTE + ["", "\f5 结论与讨论", "风险分级管控为高校提供了可行的办法。", ""]))
    assert [(n.label, n.text) for n in article.footnotes] == [("1", EXPLANATORY)]
    assert all("专职安全员是指" not in str(b) for b in article.blocks)
    # … not a count set apart before a unit, nor one after a word that counts it
    for counted in (["学校将经费向学院倾斜，检查中有 1 年未达标，使有限的管理", "力量集中到风险最高的实验室。"],
                    ["学校将经费向学院倾斜，不合格的实验室数为 1。使有限的管理", "力量集中到风险最高的实验室。"]):
        article = read_text("\n".join(["4 成效"] + counted + NUMBERED_NOTE + ["", "\f5 结论与讨论", "风险分级管控为高校提供了可行的办法。", ""]))
        assert article.footnotes == []


def test_a_glued_mark_wins_over_a_spaced_number_on_the_same_page() -> None:
    """… but only where no glued mark stands on the page: the author line's "岑若溪 1，" (an
    affiliation's number set apart) does not make the glued "42.7 万1。" ambiguous (feiyi-duanshipin's
    word-onecol texts)."""
    body = ["岑若溪 1，梁川 1,2，覃思齐 2", "学校相应地将专职安全员和检查经费向这些学院倾斜，共约 42.7 万1。使有限的管理力量集中",
            "到风险最高的实验室。"]
    article = read_text("\n".join(["4 成效"] + body + NUMBERED_NOTE + ["", "\f5 结论与讨论", "风险分级管控为高校提供了可行的办法。", ""]))
    assert [(n.label, n.text) for n in article.footnotes] == [("1", EXPLANATORY)]


def test_a_glued_mark_pypdf_sets_a_space_after_before_the_stop_is_a_footnote() -> None:
    """Round 17f: pypdf prints one space after a raised run ("…日常运营1 。", "…增强[11] 。"),
    and its texts have no form feeds (the page number and running header taken out mark the
    pages). The glued number before " 。" pairs with the note at the page's foot; before, the note
    stayed a paragraph (the corpus's LibreOffice pypdf texts: 9 of their 15 leaks)."""
    body = ["学校相应地将专职安全员和检查经费向这些学院倾斜1 。使有限的管理力量集中", "到风险最高的实验室。"]
    foot = ["· 238 ·", "陆清扬，聂书言：高校实验室安全风险的分级管控", "5 结论与讨论"]
    article = read_text("\n".join(["4 成效"] + body + NUMBERED_NOTE + foot + ["风险分级管控为高校提供了可行的办法。", ""]))
    assert [(n.label, n.text) for n in article.footnotes] == [("1", EXPLANATORY)]
    assert _marks(article) == ["1"]
    assert all("专职安全员是指" not in str(b) for b in article.blocks)


def test_a_numbered_notes_mark_after_a_quotations_stop_or_before_a_citation_is_a_footnote() -> None:
    """Session 11 (zhanshi-shuju's word-processor texts): a note on a quotation is marked after its
    last stop ("…只得作罢。1"), and a note's mark may stand right before a citation's ("…汇编2[3]。",
    pypdf: "…汇编2 [3]。"). Two notes at a page's foot: the upper one ends at the lower one, not at
    the page's end. Before, the marks stayed in the paragraph and both notes ran into the body."""
    for cite in ("[3]", " [3]"):
        body = ["他在信中写道：", "馆中存书，多已散佚，欲补无从，只得作罢。1",
                f"此后，书社将这些文章编为一册，是本地第一部铅印的文献汇编2{cite}。其后又有续编。"]
        foot = ["1此信原件现藏于县档案馆，文字据原件过录。", "2《文献汇编》原拟续出两册，因经费不足未能付印。"]
        article = read_text("\n".join(["4 余论"] + body + foot + ["", "\f5 结语", "书社的经历说明了地方出版的困难。", ""]))
        assert [n.text for n in article.footnotes] == ["此信原件现藏于县档案馆，文字据原件过录。",
                                                       "《文献汇编》原拟续出两册，因经费不足未能付印。"]
        assert _marks(article) == ["1", "2"]
        assert all("原件现藏" not in b.plain_text() and "原拟续出" not in b.plain_text()
                   for b in article.blocks if isinstance(b, Paragraph))


def test_a_number_going_on_a_range_or_an_authors_affiliation_is_no_second_mark() -> None:
    """Session 15 (dev, pdfplumber's word-onecol texts): the mark stands once on the page, but another
    number was taken for a second one and nothing paired — a number at a line's end that the next
    line goes on ("有效问卷1" / "032份", LibreOffice breaks numbers anywhere; "按1" / "至5计分"), a
    range ("缺口在1至2人"), a count with its measure word ("粘贴1片"), an author line's affiliation
    numbers ("岑若溪1，梁川1,2，阮星野1"). These count; the mark pairs with its note, which leaves the body."""
    for top, before in (([], ["共回收有效问卷1", "032份。"]), ([], ["各项按1", "至5计分。"]), ([], ["专职人员的缺口在1至2人。"]),
                        ([], ["每个侧面粘贴1片。"]),
                        (["高校实验室安全风险的分级管控", "岑若溪1，梁川1,2，阮星野1", "摘要：本文讨论实验室安全。"], [])):
        article = read_text("\n".join(top + ["4 成效"] + before + NUMBERED + NUMBERED_NOTE + ["·238 ·", "陆清扬：高校实验室安全",
                                                                                              "5 结论与讨论", "风险分级管控为高校提供了可行的办法。", ""]))
        assert [(n.label, n.text) for n in article.footnotes] == [("1", EXPLANATORY)], before
        assert all("专职安全员是指" not in str(b) for b in article.blocks)


LEFT = ["古籍数字化是保护和利用古籍的重要手段，近年", "各地公共图书馆加快了古籍数字化的步伐，建成", "了一批古籍数字资源库①。但是，资源的建设质", "量参差不齐，有的资源建成以后长期无人问津。"]
RIGHT = ["多数平台只提供影像浏览，不支持全文检索和下", "载，影像的浏览速度较慢；平台之间缺少统一的", "检索入口，读者需要分别登录不同单位的网站才", "能查到所需的资源，使用起来很不方便。"]
OPEN = "① 本文所说的“开放”指读者无需到馆、无需付费即可在线浏览影像或全文；仅提供书目信息的不计入。"


def _layout_page(*notes: str):
    """A page of two columns as a layout-keeping extractor gives it once its columns are read one
    after the other (pdftotext -layout): the left column's lines, the notes across both columns
    printed under them, then the right column's lines, printed beside the left's (raw lines 1-4)."""
    from dataclasses import replace

    from wenxian.importer.lines import split_lines

    doc = split_lines("\n".join(LEFT + list(notes) + RIGHT + ["\f下一页的第一行文字。", ""]))
    numbers = [*range(1, len(LEFT) + len(notes) + 1), *range(1, len(RIGHT) + 1), 20]
    return replace(doc, lines=[replace(line, number=n) for line, n in zip(doc.lines, numbers)])


def test_a_note_under_the_left_column_read_before_the_right_one_ends_its_page() -> None:
    """Session 15 (dev, pdftotext -layout of twocol-narrow and word-twocol): the note across both
    columns, printed lowest on its page, stands in reading order between the left column's lines and
    the right column's. It is taken as a note at its page's foot; before, the right column's lines
    after it meant it ended no page and it stayed in the body."""
    second = "② 代售处是书局委托外县书店、学校等代为销售书籍的机构，按售价的一定比例提取佣金，书款定期结算。"
    for notes in ([OPEN], [OPEN, second]):
        doc = _layout_page(*notes)
        if len(notes) == 2:  # (the second note's mark in the text too)
            doc.lines[1] = replace(doc.lines[1], text=doc.lines[1].text.replace("步伐", "步伐②"))
        kept, taken = notes_at_foot(doc)
        assert [c.lines[0].text for c in taken] == notes
        assert not {line.text for line in kept.lines} & set(notes)
