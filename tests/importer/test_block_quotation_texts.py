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



# A body without indents, 30 characters a line; the quotation, in smaller type, 36.
BEFORE = (
    "一、旧志所见\n"
    "旧志的体例历经数次增补，门类渐多，编者在凡例中逐一说明各门的\n"
    "取舍，并把前代修志者的意见附在凡例之后，以备后人查考，这一做\n"
    "法为后来的修志者所沿用。\n"
    "县志的编者在序言中交代了体例的来源，并引用了前代修志者的一段\n"
    "话作为依据，说明材料取舍的原则，其中关于人物一门是这样说的：\n"
    "凡例之外，编者又在各门之首加了小序：\n"
)
SMALL_QUOTE = (
    "凡志之作，所以存一方之故实也。山川形胜，户口田赋，皆有旧册可稽；至于人物\n"
    "风俗，则采访乡里，参以传闻，庶几信而有征云尔。\n"
)
AFTER_SMALL = (
    "这段话表明，编者对材料的来源有清楚的区分，对于口传的内容也持\n"
    "相当谨慎的态度，这与同时期其他地方志的做法颇为一致，也与当时\n"
    "学者对方志体例的讨论相呼应。\n"
    "此后的几次续修大体沿用了这一体例，只在门类上略有增删，人物一\n"
    "门的采访办法则一直保留下来，直到民国年间才有所改变。\n"
)


def test_a_quotation_set_in_smaller_type_after_a_colon_is_its_own_paragraph() -> None:
    """Session 11 (zhanshi-shuju's word-processor texts): where the text keeps no indent, a
    quotation set in smaller type holds more characters a line than the body; after a line ending
    in a colon, a next line wider than the text's full line by more than an indent opens the
    quotation. Before, the colon's short line ran into it."""
    paragraphs = [text for kind, text in blocks(BEFORE + SMALL_QUOTE + AFTER_SMALL) if kind == "p"]
    assert any(p.endswith("编者又在各门之首加了小序：") for p in paragraphs)
    assert any(p.startswith("凡志之作") and p.endswith("庶几信而有征云尔。") for p in paragraphs)
    # … a next line of the body's width after a colon at a full line's end goes on with the
    # sentence, as before (after a colon's short line it opens a block: session 12, see
    # test_one_column_floats_and_colons.py)
    body_wide = SMALL_QUOTE.replace("至于人物\n", "\n至于人物").split("\n", 1)
    full_colon = BEFORE.rsplit("凡例之外", 1)[0]
    assert full_colon.endswith("是这样说的：\n")
    paragraphs = [text for kind, text in blocks(full_colon + body_wide[0][:30] + "\n" + AFTER_SMALL) if kind == "p"]
    assert not any(p.endswith("是这样说的：") for p in paragraphs)
