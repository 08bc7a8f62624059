"""A block quotation in a text that keeps the page's indents (pdftotext -layout, pdfplumber's
layout text): every line of it is set in alike, where a paragraph indents only its first line.
Before session 11 each indented line counted as a paragraph's start, and the quotation's first
line (ending inside a word) was cut from the rest (the import corpus's zhanshi-shuju). The text
is written for this test."""

from __future__ import annotations

from tests.importer.helpers import blocks

HEAD = (
    "一、旧志所见\n"
    "    县志的编者在序言中交代了体例的来源，并引用了前代修志者的一段\n"
    "话，说明取舍的原则：\n"
)
QUOTE = (
    "   凡志之作，所以存一方之故实也。山川形胜，户口田赋，皆有旧册可\n"
    "   稽；至于人物风俗，则采访乡里，参以传闻，不敢妄加增损，庶几信\n"
    "   而有征云尔。\n"
)
AFTER = (
    "    这段话表明，编者对材料的来源有清楚的区分，对口传的内容也持相当\n"
    "谨慎的态度，这与同时期其他地方志的做法颇为一致。\n"
)


def test_a_quotations_lines_indented_alike_are_one_paragraph() -> None:
    found = blocks(HEAD + QUOTE + AFTER)
    paragraphs = [text for kind, text in found if kind == "p"]
    assert paragraphs[1] == ("凡志之作，所以存一方之故实也。山川形胜，户口田赋，皆有旧册可稽；"
                             "至于人物风俗，则采访乡里，参以传闻，不敢妄加增损，庶几信而有征云尔。")
    assert paragraphs[2].startswith("这段话表明") and len(paragraphs) == 3


def test_a_sentence_ending_inside_the_quotation_does_not_end_it() -> None:
    # a full line of the quotation ends a sentence: its lines above and below are set in alike
    quote = (QUOTE.split("\n")[0] + "\n"
             "   稽；至于人物风俗，则采访乡里，参以传闻，皆不敢妄加增损者也。\n"
             "   而有征，故凡旧册所无、传闻未确者，宁阙之以俟后之君子云尔，\n"
             "   是为例。\n")
    found = blocks(HEAD + quote + AFTER)
    paragraphs = [text for kind, text in found if kind == "p"]
    assert paragraphs[1].startswith("凡志之作") and paragraphs[1].endswith("是为例。") and len(paragraphs) == 3


def test_one_line_paragraphs_each_indented_stay_apart() -> None:
    # the same indent line after line, each a short sentence: paragraphs of one line
    found = blocks(HEAD + "   问题在于材料从何而来。\n   编者没有说明。\n   后人也未追问。\n" + AFTER)
    assert [text for kind, text in found if kind == "p"][1:4] == ["问题在于材料从何而来。", "编者没有说明。", "后人也未追问。"]
