"""What the importer spares itself (session 13, issue 11's speed): pinyin tables it never reads, a
pair per line for a text already in reading order, the garbage collector's passes while a text is
read. Each test fails when its saving is undone; none depends on the machine's speed."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import wenxian
from wenxian.importer import reader
from wenxian.importer.columns import in_reading_order, reading_order
from wenxian.importer.lines import split_lines

PARAGRAPH = "社区食堂是居家养老服务的重要组成部分，近年来各地相继建成了一批社区食堂，为辖区内的老年人提供午餐。"


def test_importing_the_importer_and_writer_loads_no_pinyin_tables() -> None:
    # pypinyin's tables are some 200,000 objects, read in a third of a second: only a BibTeX key,
    # a name's reading or the author-year sort needs them, never the reading of a text
    package = str(Path(wenxian.__file__).resolve().parents[1])
    code = "import sys, wenxian.importer, wenxian.myst_writer; print('pypinyin' in sys.modules)"
    env = {**os.environ, "PYTHONPATH": package}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_key_still_reads_the_family_name_in_pinyin() -> None:
    from wenxian.bibkeys import _pinyin

    assert _pinyin("习近平") == "xijinping"


def test_a_text_in_reading_order_comes_back_as_it_is() -> None:
    lines = [PARAGRAPH[:20], PARAGRAPH[20:40], "", PARAGRAPH[40:]]
    numbers, texts = in_reading_order(lines)
    assert texts is lines and list(numbers) == [1, 2, 3, 4]
    assert reading_order(lines) == [(1, lines[0]), (2, lines[1]), (3, ""), (4, lines[3])]


def test_two_columns_side_by_side_come_back_as_reading_order_gives_them() -> None:
    left = [PARAGRAPH[k : k + 16] for k in range(0, 48, 16)]
    right = [PARAGRAPH[k : k + 16] for k in range(8, 56, 16)]
    lines = [f"{a}{' ' * 8}{b}" for a, b in zip(left, right)] * 4
    numbers, texts = in_reading_order(lines)
    assert list(zip(numbers, texts)) == reading_order(lines)
    assert list(numbers) != list(range(1, len(lines) + 1))  # (read column by column: the order changed)


def test_lines_keep_their_numbers_in_the_raw_file() -> None:
    text = f"\n\u3000\u3000{PARAGRAPH[:30]}\n{PARAGRAPH[30:]}\n\n\f{PARAGRAPH[:12]}\n"
    lines = split_lines(text).lines
    assert [(line.number, line.page, line.indent) for line in lines] == [(2, 0, True), (3, 0, False), (5, 1, False)]


def test_a_text_is_read_with_the_collector_held_off_and_its_state_given_back(monkeypatch) -> None:
    seen: list[bool] = []
    read = reader._Reader.read

    def recording(self, text):
        seen.append(gc.isenabled())
        return read(self, text)

    monkeypatch.setattr(reader._Reader, "read", recording)
    was = gc.isenabled()
    try:
        gc.enable()
        reader.read_text(PARAGRAPH + "\n")
        assert seen == [False] and gc.isenabled()
        gc.disable()  # a caller that holds it off itself keeps it off
        reader.read_text(PARAGRAPH + "\n")
        assert seen == [False, False] and not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def _paragraphs(count: int) -> str:
    """``count`` indented paragraphs of four full lines and a short last one, one column."""
    body = PARAGRAPH * 3
    lines = []
    for _ in range(count):
        lines.append("\u3000\u3000" + body[:18])
        lines += [body[18 + 20 * k : 38 + 20 * k] for k in range(4)]
        lines.append("最后一行。")
    return "\n".join(lines) + "\n"


def test_each_line_of_a_text_in_order_is_measured_once(monkeypatch) -> None:
    # the column split measures every stripped line (``joined_column``); the lines read in order
    # take those widths, not ``width`` asked again of the same text
    from wenxian.importer import chars, columns, lines as lines_module

    asked: list[str] = []

    def counting(text: str) -> float:
        asked.append(text)
        return chars.width(text)

    monkeypatch.setattr(columns, "width", counting)
    monkeypatch.setattr(lines_module, "width", counting)
    text = _paragraphs(6)
    out = split_lines(text).lines
    stripped = [line.strip() for line in text.split("\n") if line.strip()]
    assert len(out) == len(stripped) and sorted(asked) == sorted(stripped)
    assert [line.width for line in out] == [chars.width(t) for t in stripped]


def test_a_start_is_asked_for_an_opening_mark_only_where_it_is_clear(monkeypatch) -> None:
    # ``_keeps_indents`` counts the clear paragraph starts (after a sentence's end well short of the
    # column, or after a heading): the item-number pattern is asked of those alone, not of every line
    from wenxian.importer import evidence, layout

    doc = split_lines(_paragraphs(8))
    laid = layout._Layout(doc)
    asked: list[str] = []

    class Counting:
        def match(self, text: str):
            asked.append(text)
            return pattern.match(text)

    pattern = evidence.ITEM
    monkeypatch.setattr(evidence, "ITEM", Counting())
    column = laid.column(3)
    assert laid._keeps_indents(column) is True
    assert len(asked) == 7  # the seven paragraphs after the first, each after its short last line


def _searched_in_c(pattern) -> bool:
    """Whether the regex engine searches for ``pattern`` by a literal prefix or a character class
    (the INFO block ``re`` compiles: the search skips ahead in C), not by trying it at every position."""
    import re

    import pytest

    try:  # (CPython's own modules, 3.11 on; another interpreter or version: nothing to read)
        compiler, parser, constants = re._compiler, re._parser, re._constants
        compiler._compile_info
    except AttributeError:
        pytest.skip("this Python's re has no _compiler._compile_info to read")
    parsed = parser.parse(pattern.pattern, pattern.flags)
    code: list[int] = []
    compiler._compile_info(code, parsed, pattern.flags | parsed.state.flags)
    return bool(code[2] & (constants.SRE_INFO_PREFIX | constants.SRE_INFO_CHARSET))


def test_the_patterns_run_over_a_whole_text_open_with_a_class_the_search_skips_to() -> None:
    # session 14: "[ ]+", "\d+" and "[…]{2}" open with a repeat, which the search tries at every
    # position (twice the cost); the class first, then the repeat, matches the same runs
    import re

    from wenxian.importer import layout, normalize, pagemarks

    for pattern, plain in ((normalize._SPACES, r"[ \t\u3000\u00a0]+"), (pagemarks._DIGITS, r"\d+"),
                           (layout._MARK_PAIR, "[，。、；：！？“”‘’（）《》「」『』【】]{2}")):
        assert _searched_in_c(pattern) and not _searched_in_c(re.compile(plain))
        text = f"2023 年 9 月,\u3000 共 12 项。”“ {PARAGRAPH}（1）\t《规划》。"
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in re.finditer(plain, text)]


def test_escaping_sets_up_no_replacement_template(monkeypatch) -> None:
    # a template (r"\\\1") is set up in Python on every call of ``sub`` (``re._subx``, 3.12's
    # ``re._compile_template``): the writer escapes each run of a paragraph's words so
    import re

    from wenxian.myst_writer import escape

    def refused(*args):
        raise AssertionError("a replacement template was set up")

    for name in ("_subx", "_compile_template"):
        if hasattr(re, name):
            monkeypatch.setattr(re, name, refused)
    assert escape("a*b_[1]`x` #2 <y>") == r"a\*b\_\[1\]\`x\` \#2 \<y\>"
    assert escape("1. 一") == r"1\. 一"


def test_a_lone_note_mark_is_looked_for_only_on_lines_it_could_open(monkeypatch) -> None:
    # ``page_footnotes`` asks its pattern (a circled mark alone) only of lines that open with a
    # circled mark or white space; a mark inside a line (a note's mark in the text) asks nothing
    from wenxian.importer import pagemarks

    asked: list[str] = []
    pattern = pagemarks._LONE_NOTE_MARK

    class Counting:
        def match(self, text: str):
            asked.append(text)
            return pattern.match(text)

    monkeypatch.setattr(pagemarks, "_LONE_NOTE_MARK", Counting())
    text = f"{PARAGRAPH[:20]}①\n{PARAGRAPH[20:40]}\n{PARAGRAPH[40:]}\n①\n注释的文字说明在这里结束。\n"
    doc = split_lines(text)
    kept, notes = pagemarks.page_footnotes(doc)
    assert asked == ["①"]
    assert [(mark.text, note.text if note else None) for mark, note in notes] == [("①", "注释的文字说明在这里结束。")]
    assert [line.text for line in kept.lines] == [PARAGRAPH[:20] + "①", PARAGRAPH[20:40], PARAGRAPH[40:]]


def test_only_a_line_ending_in_a_question_mark_or_space_is_stripped_for_the_heading_sequence() -> None:
    # ``in_sequence`` looks for a numbered title that asks a question: the last character says
    # whether a line can, before the line is stripped of its white space
    from wenxian.importer import headings

    stripped: list[str] = []

    class Text(str):
        def rstrip(self, *args):
            stripped.append(str(self))
            return str.rstrip(self, *args)

    texts = [Text(t) for t in ("1 引言", PARAGRAPH, "这一问题如何解决？", "结尾有空格。 ", "2 方法")]
    out = headings.in_sequence(["ar1", None, None, None, "ar1"], texts)
    assert out == ["ar1", None, None, None, "ar1"]
    assert set(stripped) == {"这一问题如何解决？", "结尾有空格。 "}  # (not the paragraph's line)


class _Sliced(str):
    """A line's text that counts how often its first character is read (``text[:1]``)."""

    reads: list[str] = []

    def __getitem__(self, key):
        if key == slice(None, 1):
            _Sliced.reads.append(str(self))
        return str.__getitem__(self, key)


def _sliced_lines(texts: list[str]):
    from wenxian.importer.lines import Line

    _Sliced.reads = []
    return [Line(k + 1, _Sliced(text), False, False, float(len(text)), 0) for k, text in enumerate(texts)]


def test_the_figures_first_characters_are_read_in_one_pass() -> None:
    # ``find_figures`` looks for captions and for English labels ("Fig. 1") among the lines that open
    # with a caption's first character: one pass reads each line's, not one pass for each kind
    from wenxian.importer import captions

    lines = _sliced_lines([PARAGRAPH[k : k + 20] for k in range(0, 60, 20)] + ["图1 社区食堂的分布", PARAGRAPH[:20]])
    figures = captions.find_figures(lines, [False] * len(lines), 20.0)
    assert [(f.kind, f.start) for f in figures] == [("figure", 3)]
    assert _Sliced.reads.count(PARAGRAPH[:20]) == 2  # (two lines hold that text: each read once)
    assert _Sliced.reads.count(PARAGRAPH[20:40]) == 1


def test_a_page_numbers_first_character_is_read_once() -> None:
    from wenxian.importer import pagemarks

    lines = _sliced_lines([PARAGRAPH[:20], "12", PARAGRAPH[20:40], "- 13 -"])
    assert pagemarks._page_number_lines(lines) == [(1, 12), (3, 13)]
    assert _Sliced.reads.count(PARAGRAPH[:20]) == 1 and _Sliced.reads.count(PARAGRAPH[20:40]) == 1


def test_split_lines_builds_each_line_record_without_keywords(monkeypatch) -> None:
    # a keyword argument makes the call build a dict: a third of a record's cost, 16 000 records in the bench
    from wenxian.importer import lines as lines_module

    built: list[dict] = []
    record = lines_module.Line

    def counting(*args, **kwargs):
        built.append(kwargs)
        return record(*args, **kwargs)

    monkeypatch.setattr(lines_module, "Line", counting)
    out = split_lines(f"\u3000\u3000{PARAGRAPH[:30]}\n{PARAGRAPH[30:]}\n").lines
    assert built == [{}, {}] and [(line.indent, line.lead) for line in out] == [(True, 4), (False, 0)]


def test_a_bare_heading_number_is_looked_for_only_on_lines_that_may_open_one(monkeypatch) -> None:
    # a heading's number alone on its line (``_Layout._bare``) opens with a heading's first character:
    # asked only of the lines the plain-line test leaves (``_MAY_OPEN``), not of every line
    from wenxian.importer import headings, layout

    asked: list[str] = []
    first = headings._FIRST

    class Counting(frozenset):
        def __contains__(self, item) -> bool:
            asked.append(item)
            return item in first

    doc = split_lines(f"一、\n“数字普惠”的内涵\n{PARAGRAPH[:20]}\n{PARAGRAPH[20:40]}\n{PARAGRAPH[40:]}\n")
    monkeypatch.setattr(headings, "_FIRST", Counting(first))
    laid = layout._Layout(doc)
    assert laid._bare == {0}
    assert PARAGRAPH[0] not in asked and PARAGRAPH[20] not in asked


def test_split_lines_takes_the_lines_numbers_in_turn(monkeypatch) -> None:
    # the numbers of the lines in reading order are walked beside their texts, not looked up by
    # index once per raw line (30 000 in the bench, each an int built afresh from a range)
    from wenxian.importer import lines as lines_module

    looked_up: list[int] = []

    class Numbers(list):
        def __getitem__(self, key):
            looked_up.append(key)
            return list.__getitem__(self, key)

    ordered = lines_module.in_reading_order

    def numbered(*args, **kwargs):
        numbers, texts = ordered(*args, **kwargs)
        return Numbers(numbers), texts

    monkeypatch.setattr(lines_module, "in_reading_order", numbered)
    out = split_lines(f"{PARAGRAPH[:30]}\n\n{PARAGRAPH[30:]}\n").lines
    assert [line.number for line in out] == [1, 3] and looked_up == []


class _CountedLines(list):
    """A text's lines that count how often they are walked from the first (``iter``)."""

    walks = 0

    def __iter__(self):
        _CountedLines.walks += 1
        return super().__iter__()


def test_verse_stanzas_walk_the_text_once_for_its_own_tests_and_then_only_the_lines_they_leave() -> None:
    # (session 15) the run of verse lines was built by a second loop over every line; a line the text's
    # own tests rule out closes the run before it, and is now passed over by the loop over the others
    from wenxian.importer import verse

    poem = ["春水生时过远汀，", "孤帆一片入烟青。", "篷窗夜夜听风雨，", "不见江头旧驿亭。"]
    prose = "她在舟中写下的诗多记沿途所见，语言平易，少用典故，往往以一两个细节写出旅途的况味。"
    couplet = ["橹声摇梦碎，", "潮气湿衣痕。"]
    text = ("".join(prose + "\n" for _ in range(3)) + "".join(line + "\n" for line in poem) + prose + "\n"
            + "卷二写道：\n" + "".join(line + "\n" for line in couplet) + prose + "\n")
    lines = _CountedLines(split_lines(text).lines)
    widest = max(line.width for line in lines)
    _CountedLines.walks = 0
    found = verse.stanzas(lines, (lambda k: widest,), [False] * len(lines), False)
    assert _CountedLines.walks == 2  # (the widest line, then the text's own tests: no third walk)
    poem_at = [k for k, line in enumerate(lines) if line.text in poem]
    couplet_at = [k for k, line in enumerate(lines) if line.text in couplet]
    assert sorted(found) == poem_at + couplet_at  # (the prose line between them closes the first stanza)
    assert {found[k] for k in poem_at} != {found[k] for k in couplet_at} and len({found[k] for k in poem_at}) == 1



def test_the_clear_paragraph_starts_are_looked_for_only_after_a_heading_or_a_sentences_end() -> None:
    # (session 15) ``_keeps_indents`` walked every line up to the reference list, asking each whether
    # the line before ended a sentence; it now visits the lines after a heading or a sentence's end alone
    from wenxian.importer import layout

    class Counting(list):
        reads = 0

        def __getitem__(self, key):
            Counting.reads += 1
            return super().__getitem__(key)

    laid = layout._Layout(split_lines(_paragraphs(8)))
    laid._sentence_ends = Counting(laid._sentence_ends)
    ends = sum(laid._sentence_ends)
    assert laid._keeps_indents(laid.column(3)) is True
    assert 0 < Counting.reads <= ends < len(laid.lines) / 2  # (16 sentence ends among 48 lines)
