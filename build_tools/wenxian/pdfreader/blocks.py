"""Body lines → headings and paragraphs, from how they are printed.

A heading is set apart by its type (larger than the body text, bold, or
another font) and stands on short lines of its own; its level comes from its
numbering (一、 （一） 1.1, as the text importer reads them) or, unnumbered
("引言", "结语"), from its type among the article's heading types. A bold
numbered lead-in that runs on into normal text on the same line
("1. 色彩适配不足：多数老年人……") opens a paragraph, not a heading.

A paragraph starts at a first-line indent, after a heading or a figure, and
after a short line that ends a sentence; it runs on across columns and pages
(a line at the top of a column that is not indented continues the paragraph
before). Each decision keeps its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wenxian.importer import headings
from wenxian.importer.captions import CAPTION, caption_kind
from wenxian.importer.chars import ends_sentence, formula_lines
from wenxian.pdfreader.lines import PdfLine
from wenxian.pdfreader.zones import CAPTION_NOTE, Layout, Zoned

LARGER = 1.08  # a line this much larger than the body text is heading type
INDENT_MIN = 0.9  # a first line indented by at least this many characters (of its size) …
INDENT_MAX = 4.5  # … and at most this many opens a paragraph
SHORT_BY = 1.5  # characters: a line ending this far before the column's right edge is short
MAX_HEADING_LINES = 3


@dataclass
class PdfBlock:
    kind: str  # "heading", "paragraph" or "caption"
    lines: list[PdfLine] = field(default_factory=list)
    level: int = 0
    why: str = ""
    lead_in: int = 0  # characters of a bold lead-in at the paragraph's start
    lead_lines: int = 1  # lines the lead-in spans: 2 when it wrapped (its first line all bold)


def _opens_caption(text: str) -> bool:
    """A Chinese caption's first line ("图 1 …", "表 2 …"): a second one after another opens
    a caption of its own (a figure and a table stacked, nothing between their captions)."""
    match = CAPTION.match(text)
    return match is not None and match.group("cn") is not None and caption_kind(text) is not None


def _heading_type(line: PdfLine, layout: Layout, body_font: str) -> str | None:
    """Why the line's type sets it apart as a heading, if it does."""
    if line.size >= layout.body_size * LARGER:
        return f"type {line.size:g} pt, body {layout.body_size:g} pt"
    if line.bold:
        return "bold type"
    if line.han_font and line.han_font != body_font and abs(line.size - layout.body_size) < 0.3:
        return f"another font ({line.han_font})"
    return None


def _style(line: PdfLine) -> tuple[float, bool, str]:
    return (round(line.size, 1), line.bold, line.font)


def _edges(line: PdfLine, layout: Layout) -> tuple[float, float]:
    return layout.columns.get((line.page, line.column)) or (line.x0, line.x1)


def _indented(line: PdfLine, layout: Layout) -> bool:
    left, _ = _edges(line, layout)
    indent = (line.x0 - left) / max(line.size, 1.0)
    return INDENT_MIN <= indent <= INDENT_MAX


def _short(line: PdfLine, layout: Layout) -> bool:
    _, right = _edges(line, layout)
    return right - line.x1 > SHORT_BY * line.size


def _lead_in(line: PdfLine, layout: Layout) -> int:
    """Characters of a bold run opening a line that goes on in normal type, else 0: at least four
    characters of it, or fewer where the line fills its column (the paragraph runs on below:
    "（2）运行费用缺少稳定来源：电梯的" at a narrow column's end)."""
    runs = line.runs()
    if len(runs) >= 2 and runs[0].bold and not runs[0].superscript and any(not r.bold for r in runs[1:]):
        rest = sum(len(r.text.strip()) for r in runs[1:] if not r.bold)
        if rest >= 4 or (rest and not _short(line, layout)):
            return len(runs[0].text)
    return 0


def body_blocks(zoned: list[Zoned], layout: Layout) -> list[PdfBlock]:
    """Headings, paragraphs and captions, in reading order."""
    fonts: dict[str, int] = {}
    for item in zoned:
        if item.zone == "body" and abs(item.line.size - layout.body_size) < 0.3:
            if item.line.han_font:
                fonts[item.line.han_font] = fonts.get(item.line.han_font, 0) + item.line.count
    body_font = max(fonts, key=fonts.get) if fonts else ""
    blocks: list[PdfBlock] = []
    previous: Zoned | None = None
    resumed: PdfBlock | None = None  # a paragraph going on after the figure or table set inside it
    measures = _set_apart_measures(zoned)
    body = [item.line for item in zoned if item.zone == "body"]
    following = {id(a): b for a, b in zip(body, body[1:])}
    stanzas = _stanzas(body, layout)
    for item in zoned:
        if item.zone == "caption":
            last = next((b for b in reversed(blocks) if b.kind == "caption"), None)
            follows = previous is not None and previous.zone in ("caption", "figure")
            if last is not None and follows and last.lines[-1].page == item.line.page and (
                    previous.zone == "caption" or CAPTION_NOTE.match(item.line.text)) \
                    and not (_opens_caption(item.line.text) and any(_opens_caption(x.text) for x in last.lines)):
                last.lines.append(item.line)
            else:
                blocks.append(PdfBlock("caption", [item.line], why=item.why))
            previous = item
            continue
        if item.zone != "body":
            if item.zone == "figure":
                previous = item  # a paragraph goes on across a figure unless its line says otherwise
            continue
        line = item.line
        heading_type = _heading_type(line, layout, body_font)
        lead_in = _lead_in(line, layout) if heading_type == "bold type" or any(r.bold for r in line.runs()[:1]) else 0
        numbered = headings.heading_level(line.text)
        count = len(blocks)
        current = resumed or (blocks[-1] if blocks else None)
        stanza = stanzas.get(id(line))
        if stanza is not None:
            if blocks and current is blocks[-1] and current.kind == "paragraph" \
                    and stanzas.get(id(current.lines[-1])) == stanza:
                current.lines.append(line)
            else:
                blocks.append(PdfBlock("paragraph", [line], why="a verse stanza: short lines of a length centred in the "
                                                                 "column, one under another"))
        elif current is not None and current.kind == "paragraph" and id(current.lines[-1]) in stanzas \
                and not heading_type and numbered is None:
            blocks.append(PdfBlock("paragraph", [line], why="after a verse stanza"))
        elif lead_in and _lead_wrapped(current, line, layout):
            current.kind, current.lead_in, current.lead_lines = "paragraph", lead_in, 2
            current.lines.append(line)
            current.why = "a bold lead-in wrapped onto the next line, running on into the paragraph"
        elif lead_in:
            blocks.append(PdfBlock("paragraph", [line], why="a bold lead-in running on into the paragraph", lead_in=lead_in))
        elif not heading_type and _lead_whole_line(current, line, layout):
            current.kind, current.lead_in = "paragraph", len(current.lines[0].text)
            current.lines.append(line)
            current.why = "a bold lead-in filling its line, the paragraph going on under it"
        elif heading_type and not _sentence_inside(line.text):
            if (current is not None and current.kind == "heading" and _style(current.lines[-1]) == _style(line)
                    and len(current.lines) < MAX_HEADING_LINES and numbered is None
                    and line.top - current.lines[-1].bottom < layout.leading):
                current.lines.append(line)
                current.why += "; wrapped"
            else:
                blocks.append(PdfBlock("heading", [line], why=heading_type + (", numbered" if numbered else "")))
        elif numbered is not None and (_short(line, layout) or _over_indent(line, following.get(id(line)), layout)) \
                and not _indented(line, layout) and (
                current is None or current.kind != "paragraph" or _ends(current)):
            blocks.append(PdfBlock("heading", [line], why="numbered, on a short line of its own in body type"))
        elif formula_lines([line.text], 0) == 1:
            blocks.append(PdfBlock("paragraph", [line], why="a displayed formula with its number, on a line of its own"))
        elif current is not None and current.kind == "paragraph" and current.why.startswith("a displayed formula") \
                and previous is not None and previous.line is current.lines[-1]:
            blocks.append(PdfBlock("paragraph", [line], why="the text after a displayed formula"))
        elif (interrupted := _resumed(blocks, previous, line, layout)) is not None:
            interrupted.lines.append(line)
            interrupted.why += "; goes on after a figure or table set inside it"
            resumed = interrupted
        elif current is None or current.kind != "paragraph" or previous is None or previous.zone == "caption":
            blocks.append(PdfBlock("paragraph", [line], why="after a heading, a caption or at the start"))
        elif _indented(line, layout) and _quotation_goes_on(current, line, layout, measures):
            current.lines.append(line)
            if not current.why.startswith("a block quotation"):
                current.why = "a block quotation: its lines set in from the column's edge alike, each filling its measure"
        elif _indented(line, layout):
            blocks.append(PdfBlock("paragraph", [line], why="first-line indent"))
        elif _short(current.lines[-1], layout) and ends_sentence(current.lines[-1].text) and line.column == current.lines[-1].column \
                and line.page == current.lines[-1].page:
            blocks.append(PdfBlock("paragraph", [line], why="the line before is short and ends a sentence"))
        elif _wrapped_heading(current, line, layout):
            current.kind = "heading"
            current.lines.append(line)
            current.why = "numbered, wrapped onto a short line, no sentence in it"
        else:
            current.lines.append(line)
        if len(blocks) > count:
            resumed = None
        previous = item
    _titles_before_indent(blocks, layout)
    _levels(blocks, layout)
    return blocks


def _titles_before_indent(blocks: list[PdfBlock], layout: Layout) -> None:
    """A long numbered title in body type ("2.2 两组患者髋关节功能和日常生活能力比较", a finding's
    heading filling its line, or wrapped with a comma in it: "3.1 早期…缩短卧床时间，" / "促进…的恢复")
    is read as a paragraph of one or two lines: it is no short line, and a PDF that names no fonts
    (Chromium's Type 3 CJK) leaves no bold to see. The paragraph after it opens indented, a
    paragraph's own first line is unindented and holds no sentence, and a second line is short (a
    heading's wrapped tail): a heading."""
    for block, after in zip(blocks, blocks[1:]):
        if block.kind != "paragraph" or block.lead_in or len(block.lines) > 2 or after.kind != "paragraph" \
                or not after.why.startswith("first-line indent"):
            continue
        first, last = block.lines[0], block.lines[-1]
        text = "".join(line.text for line in block.lines)
        if headings.heading_level(first.text) is None or _indented(first, layout) or ends_sentence(last.text) \
                or _sentence_inside(text) or (len(block.lines) == 2 and not _short(last, layout)):
            continue
        block.kind, block.why = "heading", "numbered, no sentence in it, the paragraph after it opening indented"


def _wrapped_heading(current: PdfBlock, line: PdfLine, layout: Layout) -> bool:
    """A numbered heading in body type that wrapped: its first line fills the column, unindented,
    and this second line is short; neither holds a clause's punctuation (a run-in item does:
    "（1）优化布点，稳定就餐规模。…"). A PDF that names no fonts (Chromium's Type 3 CJK) leaves no
    other mark of a heading set in another face."""
    first = current.lines[0]
    return (len(current.lines) == 1 and headings.heading_level(first.text) is not None
            and not _indented(first, layout) and not _short(first, layout)
            and _short(line, layout) and not _indented(line, layout) and line.column == first.column
            and not any(mark in first.text + line.text for mark in "，。；！？,;"))


def _lead_wrapped(current: PdfBlock | None, line: PdfLine, layout: Layout) -> bool:
    """Whether the one-line bold "heading" before ``line`` is the first line of a bold lead-in
    that wrapped ("（2）改革补贴方式，建立绩效挂钩机" + "制。将补贴…"): it opens as a run-in item,
    runs full to the column's edge without ending a sentence, in the same type, right above."""
    if current is None or current.kind != "heading" or len(current.lines) != 1:
        return False
    head = current.lines[0]
    return _RUN_IN_MARK.match(head.text) is not None \
        and not _short(head, layout) and not ends_sentence(head.text) \
        and head.page == line.page and head.column == line.column and abs(head.size - line.size) < 0.3 \
        and 0 <= line.top - head.bottom < layout.leading


def _lead_whole_line(current: PdfBlock | None, line: PdfLine, layout: Layout) -> bool:
    """Whether the one-line bold "heading" before ``line`` is a run-in item's bold lead that fills
    its line ("（3）拓展服务内容，对接多样化需求。" + "联合社区…"): it opens as a run-in item, runs to
    the column's edge, and the paragraph goes on right under it without an indent (a heading's
    paragraph opens indented)."""
    if current is None or current.kind != "heading" or len(current.lines) != 1:
        return False
    head = current.lines[0]
    return _RUN_IN_MARK.match(head.text) is not None and len(head.runs()) == 1 and not _short(head, layout) \
        and not _indented(line, layout) and head.page == line.page and head.column == line.column \
        and abs(head.size - line.size) < 0.3 and 0 <= line.top - head.bottom < layout.leading


_RUN_IN_MARK = re.compile(r"^\s*(?:[（(]\d{1,2}[）)]|\d{1,2}[.．、)）]|[①-⑳])")


QUOTE_ALIGNED = 2.0  # points: lines starting this close to each other share a left edge
SAME_SIZE = 0.3  # points: lines whose sizes differ by less are set in the same type
QUOTE_MEASURE = 0.6  # of the column's width: a block quotation's measure (its lines' run) is at least this wide


def _set_apart_measures(zoned: list[Zoned]) -> dict[int, float]:
    """For each body line in a run of two or more that start at the same place and share a type
    (a block quotation's lines, set in from the column's edge), the run's right edge — the
    furthest any of its lines reaches: the measure its full lines fill. Keyed by ``id(line)``."""
    measures: dict[int, float] = {}
    run: list[PdfLine] = []

    def close() -> None:
        if len(run) >= 2:
            right = max(x.x1 for x in run)
            measures.update((id(x), right) for x in run)

    for item in zoned:
        if item.zone != "body":
            continue
        line = item.line
        last = run[-1] if run else None
        if last is not None and last.page == line.page and last.column == line.column \
                and abs(last.x0 - line.x0) <= QUOTE_ALIGNED and abs(last.size - line.size) < SAME_SIZE:
            run.append(line)
        else:
            close()
            run = [line]
    close()
    return measures


VERSE_INSET = 2.5  # characters (of its size): a verse line is set in from both edges at least this far …
VERSE_CENTRED = 1.5  # … by as much each side, to this many characters
VERSE_ALIGNED = 1.5  # characters: a stanza's lines start this close to each other (a line a character shorter, centred: half)
STANZA_GAP = 1.2  # of the body's line spacing: a wider step between two verse lines parts two stanzas
_HAN = re.compile("[\u4e00-\u9fff]")


def _centred(line: PdfLine, layout: Layout) -> float | None:
    """How far ``line`` is set in from its column's left edge, where it stands centred in the column,
    set in from both edges alike by more than a paragraph's indent; else None."""
    left, right = _edges(line, layout)
    inset, outset = line.x0 - left, right - line.x1
    size = max(line.size, 1.0)
    if inset < VERSE_INSET * size or abs(inset - outset) > VERSE_CENTRED * size:
        return None
    return inset


_VERSE_ENDS = frozenset("，。！？；：、,.!?;:”’")


def _flush_left_runs(body: list[PdfLine]) -> dict[int, list[PdfLine]]:
    """Each line in a run of lines starting at one place (on one page and column, in one type): the
    run's lines, by ``id(line)``."""
    runs: dict[int, list[PdfLine]] = {}
    run: list[PdfLine] = []
    for line in body + [None]:
        last = run[-1] if run else None
        if line is not None and last is not None and last.page == line.page and last.column == line.column \
                and abs(last.x0 - line.x0) <= QUOTE_ALIGNED and abs(last.size - line.size) < SAME_SIZE:
            run.append(line)
            continue
        runs.update((id(x), run) for x in run)
        run = [line] if line is not None else []
    return runs


def _stanzas(body: list[PdfLine], layout: Layout) -> dict[int, int]:
    """Verse stanzas: runs of two or more lines of body text, each centred in its column, starting
    (as they are about as long) within a character of each other, in the same type — a poem's
    lines set one under another. Keyed by ``id(line)``, the stanza's number: a stanza goes on over
    a page's or column's end (its lines set in alike there), and a step wider than the body's line
    spacing between two of its lines parts it in two (a ci poem's two stanzas). Not a heading's
    lines (bold, larger), a formula or a line without a Chinese character."""
    stanzas: dict[int, int] = {}
    run: list[PdfLine] = []
    count = 0

    def close() -> None:
        nonlocal count
        if len(run) >= 2:
            stanza = count
            for k, x in enumerate(run):
                if k and x.page == run[k - 1].page and x.column == run[k - 1].column \
                        and x.top - run[k - 1].top > STANZA_GAP * layout.leading:
                    count += 1
                    stanza = count
                stanzas[id(x)] = stanza
            count += 1

    # (a block quotation set in alike from both edges looks centred line by line: its lines start at
    # one place and one of them — its last, short — does not stand centred; a poem's lines each end
    # with a mark, a quotation's wrapped lines where the measure ends)
    flush = _flush_left_runs(body)
    insets: list[float] = []
    for line in body:
        inset = None
        if not line.bold and line.size < layout.body_size * LARGER and _HAN.search(line.text) \
                and line.text.rstrip()[-1:] in _VERSE_ENDS and formula_lines([line.text], 0) != 1 \
                and all(_centred(x, layout) is not None for x in flush.get(id(line), ())):
            inset = _centred(line, layout)
        last = run[-1] if run else None
        if inset is not None and last is not None and abs(inset - insets[-1]) <= VERSE_ALIGNED * line.size \
                and abs(last.size - line.size) < SAME_SIZE:
            run.append(line)
            insets.append(inset)
            continue
        close()
        run, insets = ([line], [inset]) if inset is not None else ([], [])
    close()
    return stanzas


def _quotation_goes_on(current: PdfBlock | None, line: PdfLine, layout: Layout, measures: dict[int, float]) -> bool:
    """Whether ``line``, set in from the column's edge, goes on with the block quotation the line
    before began rather than opening a paragraph: a paragraph's first line is the only one set
    in, a block quotation's lines all are. The line before starts where this one does, in the
    same type, and fills the measure the run's lines share; where it ends a sentence, the run
    must be set in another type than the body text (a quotation's smaller type or other face) —
    one-line paragraphs in body type, each indented, stay apart."""
    if current is None or current.kind != "paragraph":
        return False
    before = current.lines[-1]
    if before.page != line.page or before.column != line.column:
        return _quotation_resumes(before, line, layout, measures)
    right = measures.get(id(line))
    if right is None or measures.get(id(before)) != right or not _indented(before, layout):
        return False
    if right - before.x1 > SHORT_BY * before.size:
        return False  # the line before stops short of the measure: it ended its paragraph
    left, edge = _edges(line, layout)
    if right - line.x0 < QUOTE_MEASURE * (edge - left) or _RUN_IN_MARK.match(line.text):
        return False  # a list's items, short lines each (or numbered) under each other: no quotation
    body_type = abs(line.size - layout.body_size) < SAME_SIZE
    return not (ends_sentence(before.text) and body_type)


def _quotation_resumes(before: PdfLine, line: PdfLine, layout: Layout, measures: dict[int, float]) -> bool:
    """Whether ``line``, the first of a page or column, goes on with the block quotation whose line
    ``before`` ended the page or column before: ``before`` is a line of a quotation's run (two lines
    or more set in alike) and fills its measure, ``line`` is set in from its own column's edge as far
    and in the same type, and that type is not the body's (one-line paragraphs in body type, each
    indented, stay apart)."""
    right = measures.get(id(before))
    if right is None or right - before.x1 > SHORT_BY * before.size or abs(before.size - line.size) >= SAME_SIZE:
        return False
    if abs((line.x0 - _edges(line, layout)[0]) - (before.x0 - _edges(before, layout)[0])) > QUOTE_ALIGNED:
        return False
    return abs(line.size - layout.body_size) >= SAME_SIZE and not _RUN_IN_MARK.match(line.text)


def _over_indent(line: PdfLine, below: PdfLine | None, layout: Layout) -> bool:
    """Whether a numbered line that (nearly) fills its column stands over a paragraph's indented
    first line, with no clause's punctuation in it: a heading in body type as long as the column
    (Chromium's unnamed fonts leave no other mark), not a numbered item's first line. (A title
    already read as a paragraph of its own is ``_titles_before_indent``'s; this one would run on
    into the paragraph above.)"""
    return below is not None and below.page == line.page and below.column == line.column \
        and _indented(below, layout) and not any(mark in line.text for mark in "，。；：,;:")


def _resumed(blocks: list[PdfBlock], previous: Zoned | None, line, layout: Layout) -> PdfBlock | None:
    """The paragraph a figure or table interrupted, when ``line`` (the first after it) goes on
    with it: the paragraph stopped mid-sentence before the float — or at a sentence's end on
    a full line (the float was set where the page had room) — and this line has no indent."""
    if previous is None or previous.zone not in ("caption", "figure") or _indented(line, layout):
        return None
    k = len(blocks) - 1
    while k >= 0 and blocks[k].kind == "caption":
        k -= 1
    if k < 0 or blocks[k].kind != "paragraph":
        return None
    if _ends(blocks[k]) and _short(blocks[k].lines[-1], layout) and not _reads_on(blocks, line, layout):
        return None
    return blocks[k]


INDENTED_SHARE = 0.8  # of the paragraphs before (of two lines or more) opening indented …
INDENTED_AT_LEAST = 3  # … and at least this many: the document indents its paragraphs


def _reads_on(blocks: list[PdfBlock], line: PdfLine, layout: Layout) -> bool:
    """Whether ``line``, unindented after a float, goes on with a paragraph whose sentence ended on
    a short line before it: the document indents its paragraphs, and the line reads as a
    paragraph's — full, or ending a sentence; no number (a wrapped heading's "2.2 大型底栖动物群落：
    基于…"), no table's note ("注：…"), no row of a table's cells read as text (short, no sentence)."""
    if headings.heading_level(line.text) is not None or CAPTION_NOTE.match(line.text):
        return False
    if _short(line, layout) and not ends_sentence(line.text):
        return False
    if not _CLAUSE.search(line.text) and sum(_FIGURE.fullmatch(w) is not None for w in line.text.split()) >= ROW_FIGURES:
        return False  # "石溪河 412 18.6 2017 10 年一遇 龙潭河 …": a table's rows, its cells apart
    return _indents_paragraphs(blocks, layout)


_CLAUSE = re.compile(r"[，。；：、]")
_FIGURE = re.compile(r"\d[\d.,]*")
ROW_FIGURES = 3  # figures standing apart on a line without a clause's punctuation: a table's row


def _indents_paragraphs(blocks: list[PdfBlock], layout: Layout) -> bool:
    """Whether the document sets its paragraphs' first lines indented: then a line after a float
    without indent goes on with the paragraph before, even where that one's sentence ended on a
    short line (round 16f, haiyang-muchang: a table set inside a paragraph right after
    "…石块礁次之（表2）。", the word-processor and Chromium layouts cut the line there)."""
    firsts = [b.lines[0] for b in blocks if b.kind == "paragraph" and len(b.lines) > 1]
    indented = sum(_indented(line, layout) for line in firsts)
    return indented >= INDENTED_AT_LEAST and indented >= INDENTED_SHARE * len(firsts)


def _ends(block: PdfBlock) -> bool:
    return ends_sentence(block.lines[-1].text)


def _sentence_inside(text: str) -> bool:
    """Sentence punctuation inside the line (a heading has none; 。 at the very end is allowed, and
    a question's or an exclamation's mark: "四、口袋公园为何“建得起、用不好”？", round 16c)."""
    body = text.rstrip("。.？?！!")
    return any(mark in body for mark in "。；！？")


def numbering(text: str) -> str | None:
    """The kind of a heading's number: "一、", "（一）", "1" (or "1.1": one kind per depth), "1." or none."""
    level = headings.heading_level(text)
    if level == 1:
        return "一、"
    if level == 2:
        return "（一）"
    if level == 4:
        return "（1）"
    # The number, then the heading's words — after a space they may open with a figure ("3.1 2020—2024 年…").
    match = re.match(r"^(\d{1,2}(?:\.\d{1,2})*)(\.?)(?:\s+(?=\S)|(?=[^\d.\s]))", text)
    if match is None:
        return None
    depth = match.group(1).count(".") + 1
    return "1." if match.group(2) and depth == 1 else "1" + ".1" * (depth - 1)


def _levels(blocks: list[PdfBlock], layout: Layout) -> None:
    """Levels in the order the numbering kinds first appear (一、 above （一）; 1 above 1.1); an
    unnumbered heading takes the level its type has among numbered ones, else its type's rank."""
    order: list[str] = []
    by_style: dict[tuple, list[int]] = {}
    for block in blocks:
        if block.kind == "heading":
            kind = numbering(block.lines[0].text)
            if kind is not None and kind not in order:
                order.append(kind)
    for block in blocks:
        if block.kind != "heading":
            continue
        kind = numbering(block.lines[0].text)
        if kind is not None:
            block.level = min(4, order.index(kind) + 1)
            by_style.setdefault(_style(block.lines[0]), []).append(block.level)
    # The styles in the order they first appear (a dict, not a set: a set of tuples holding the font's
    # name is ordered by string hashes, which change from run to run), then by size and weight — styles
    # that tie there keep that order, so the same PDF gives the same levels on every run.
    ranked = sorted(dict.fromkeys(_style(b.lines[0]) for b in blocks if b.kind == "heading"),
                    key=lambda s: (-s[0], not s[1]))
    for block in blocks:
        if block.kind == "heading" and not block.level:
            style = _style(block.lines[0])
            # A type no numbered heading has: the level of numbered ones of its size and weight (a
            # heading whose first word is set in another font), else its rank.
            seen = by_style.get(style) or [level for other, levels in by_style.items()
                                           if other[:2] == style[:2] for level in levels]
            block.level = max(set(seen), key=seen.count) if seen else min(3, ranked.index(style) + 1)
