"""Footnotes as Chinese law and humanities journals print them (注释): a circled mark in the text
("…成为理论焦点。①有学者…"), numbered through the article or afresh on each page, and at the
page's foot a line opening with the same mark and the note ("① 参见程啸：《论大数据时代的个人数据
权利》，载《中国社会科学》2018 年第 3 期，第 102 页。").

Read as text, the notes were paragraphs and the marks text. Here a line opening with a circled
mark is a note when it reads as one — a title in 《》, 参见, 载, a publisher, a page, a type code,
a URL, 同前注/同上 — up to the next such line, an indented line, the page's end or the block's end
(:func:`split_notes`, the chunks of kind "footnote"). Marks and notes pair in order, per mark:
the k-th ① of the text is the k-th note ①, so both numberings read right (:func:`pair`). Where a
mark's count in the text differs from its notes' (a list counted ①②③ beside the notes), the
marks that open a list's items ("：①…；②…") are counted out; if the counts still differ, nothing
of that mark is paired: its notes stay paragraphs and the importer says so.

An explanatory note holds none of a note's words ("① 专职安全员是指由学院聘任…的人员。"): it is
told by where it stands (:func:`notes_at_foot`, before the text is cut into blocks) — it opens with
a circled mark and ends a sentence at its page's foot (a form feed, or a page number or running
header taken out right after it), and its mark stands in the text before the reference list.
Such a note is taken out of the lines (the paragraph it cut runs on) and paired as the others.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from wenxian.importer.chars import HAN_RE, ends_sentence
from wenxian.importer.layout import Chunk
from wenxian.importer.lexicon import MEASURES
from wenxian.importer.lines import Line, Lines, without_lines
from wenxian.importer.markers import marker_kind

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_NOTE_START = re.compile(f"^([{CIRCLED}])\\s*(?=\\S)")
# What a note holds and a paragraph opening with an enumerator ("①数据采集：…") does not.
_NOTE_WORDS = re.compile(r"《|参见|參見|载于?|載|出版社|第\s*\d+\s*[-–—～~]?\s*\d*\s*页|年第\s*\d+\s*期|\[[A-Z]{1,2}(?:/OL)?\]"
                         r"|https?://|同前注|同上|前引|See\b|Ibid", re.IGNORECASE)
_MARK = re.compile(f"[{CIRCLED}]")
MAX_NOTE_LINES = 3  # lines an explanatory note at a page's foot wraps over, at most
_PIECE_FIRST = frozenset("，。、；：！？）》〉」』”’")  # no printed line opens with these: a line so is a piece of one
_ENTRY_START = re.compile(r"^\s*[\[［]\d{1,3}[\]］]")  # a numbered reference entry's first line


# A word processor numbers its footnotes 1, 2, … (Word's and LibreOffice's default), the mark raised
# in the text; as text the mark is a bare number glued to the words ("与河长制1的工作") and the note
# a line at the page's foot opening with it ("1河长制是由…"). Such a pair is read as the circled
# mark it stands for (:func:`numbered_notes`), and the note is then taken as any note at a foot.
_PAGE_NUMBER = re.compile(r"^[-–—·•\s]*\d{1,4}[-–—·•\s]*$")  # a page number's line, its ornaments around
_NUMBERED_NOTE = re.compile(r"^([1-9]\d?)(?=[\u4e00-\u9fff“《（])")
# The number in the text: after a Chinese character that does not count it (第1, 表1, 为1, 共1, …),
# before a Chinese character that is no unit or counter, a clause's punctuation or the line's end.
_COUNTS = "第表图共约达为占近每至及和或前后等于到仅有各是"
_UNITS = "".join(sorted(set("年月日时分秒个项条次人户家所期种类名位元万亿千百十倍份篇本册座台辆套张件组批届级层号岁天周代章节段步片")
                         | MEASURES))
# A number that is no mark though glued as one (session 15, a word processor's numbered notes read
# by pdfplumber): one opening a range ("缺口在1至2人", "按1～5计分"), and one at a line's end that the
# next line goes on with a digit, a range's word or a measure word ("有效问卷1" / "032份": LibreOffice
# breaks numbers anywhere); and an author line's affiliation numbers ("岑若溪1，梁川1,2，覃思齐2"),
# a line holding two numbers or more glued after names and followed by a comma.
_RANGE_AFTER = re.compile(r"\s*[至到～~\-–—]\s*\d")
_GOES_ON = frozenset("0123456789至到～~-–—") | MEASURES
_NAME_NUMBER = re.compile(r"[\u4e00-\u9fff]\d(?:[,，]\d)*[，,]")


def _text_mark(number: str) -> re.Pattern[str]:
    """The number glued after a Chinese character, a closing quote or a sentence's end (a note on a
    quotation: "…不如就近。1"); before the clause's mark, or a citation's mark that follows the note's
    ("…汇编3[17]。"), pypdf may print one space, as it does after any raised run ("…日常运营1 。",
    "…增强[11] 。"; round 17f)."""
    return re.compile(rf"(?<=[\u4e00-\u9fff”）。！？])(?<![{_COUNTS}]){number}(?![\d.．{_UNITS}])"
                      rf"(?=[\u4e00-\u9fff，。；、：）”\[［]| [，。；、：）”\[［]|$)")


def _spaced_mark(number: str) -> re.Pattern[str]:
    """The number set apart by one space where an extractor put the raised mark apart, then only
    right before a clause's or sentence's mark ("…的技术力量和经费 1。访谈中…", pdftotext; round 16e):
    asked only where no glued mark is on the page (an author line's "岑若溪 1，" is spaced too)."""
    return re.compile(rf"(?<=[\u4e00-\u9fff”）] )(?<![{_COUNTS}] ){number}(?=[，。；、：])")


def _quantity(text: str, mark: re.Match[str], after: str) -> bool:
    """Whether a number found glued as a note's mark in ``text`` counts or numbers instead (a range, a
    number going on at the next line ``after``, an author's affiliation number)."""
    if _RANGE_AFTER.match(text, mark.end()):
        return True
    if mark.end() == len(text) and after[:1] in _GOES_ON:
        return True
    return len(_NAME_NUMBER.findall(text)) >= 2


def numbered_notes(doc: Lines, furniture: list[Line] | tuple[Line, ...] = ()) -> Lines:
    """``doc`` with a word processor's numbered notes and their marks read as circled ones: a line
    opening with a number glued to Chinese text, ending a sentence at its page's foot (its first
    three lines at most), whose number stands once on its page's lines above it, glued after a
    Chinese character as a raised mark is (not after 第, 表, 为 …, not before a unit: "第1期",
    "为1的", "1年" are counts). The number in the text and the note's number become the circled
    mark (① for 1); the rest is :func:`notes_at_foot`'s. A text without such a line is returned as
    it is."""
    lines = doc.lines
    starts = [k for k, line in enumerate(lines) if line.text[:1] in "123456789" and _NUMBERED_NOTE.match(line.text)]
    if not starts:
        return doc  # the common case
    # The pages: form feeds and the page numbers taken out (an extractor may print a page's last
    # lines after its number), or where the text has no form feeds every line taken out — not a
    # line taken out inside a page with form feeds (a table's cell read as furniture).
    paged = lines[-1].page > 0
    marks = sorted(line.number for line in furniture if not paged or _PAGE_NUMBER.match(line.text))

    def boundary(k: int) -> bool:  # a page ends after line k
        if k + 1 >= len(lines) or lines[k + 1].page != lines[k].page:
            return True
        at = bisect_right(marks, lines[k].number)
        return at < len(marks) and marks[at] < lines[k + 1].number

    refs = next((k for k, line in enumerate(lines) if marker_kind(line.text) == "references"), len(lines))
    changed: dict[int, Line] = {}
    notes: set[int] = set()
    for i in reversed(starts):  # from the page's foot up: a note over a note taken ends at that one
        number = int(_NUMBERED_NOTE.match(lines[i].text)[1])
        if number > len(CIRCLED):
            continue
        end = i
        while not boundary(end) and not ends_sentence(lines[end].text) and end - i + 1 < MAX_NOTE_LINES:
            end += 1
        if not ((boundary(end) or end + 1 in notes) and ends_sentence(lines[end].text)):
            continue
        top = i
        while top > 0 and not boundary(top - 1):
            top -= 1
        above = [k for k in range(top, min(i, refs)) if k not in notes]  # a line may hold two marks
        pattern = _text_mark(str(number))
        found = [(k, m) for k in above for m in pattern.finditer(changed.get(k, lines[k]).text)]
        if not found:
            spaced = _spaced_mark(str(number))
            found = [(k, m) for k in above for m in spaced.finditer(changed.get(k, lines[k]).text)]
        found = [(k, m) for k, m in found if not _quantity(changed.get(k, lines[k]).text, m, lines[k + 1].text if k + 1 < len(lines) else "")]
        if len(found) != 1:
            continue
        k, m = found[0]
        circled = CIRCLED[number - 1]
        text = changed.get(k, lines[k]).text
        changed[k] = replace(lines[k], text=text[: m.start()] + circled + text[m.end() :])
        changed[i] = replace(lines[i], text=circled + lines[i].text[len(str(number)) :])
        notes.add(i)
    if not changed:
        return doc
    return Lines([changed.get(k, line) for k, line in enumerate(lines)], doc.blank_is_filler, doc.blank_trust, doc.math, doc.tables)


def notes_at_foot(doc: Lines, furniture: list[Line] | tuple[Line, ...] = ()) -> tuple[Lines, list[Chunk]]:
    """``doc`` without the notes that end their page's foot, and those notes as chunks of kind
    "footnote" (one line each, the note's lines joined). ``furniture``: the page numbers and
    running headers taken out, which mark a page's foot where the extractor printed no form feed.
    Inside the reference list a note is taken only where entries go on after it (an extractor
    read the page's foot between two entries); an endnote list after the list is the article's."""
    lines = doc.lines
    if not any(line.text[:1] in CIRCLED for line in lines):
        return doc, []  # the common case
    marks = sorted(line.number for line in furniture)
    refs = next((k for k, line in enumerate(lines) if marker_kind(line.text) == "references"), len(lines))
    starts = {k for k, line in enumerate(lines) if _NOTE_START.match(line.text) and HAN_RE.search(line.text)}
    # The raw lines printed below no line but notes, on each page: a layout-keeping extractor's two
    # columns, read one after the other, put a note across both columns under the left column's
    # lines and before the right column's, which were printed above it (session 15, pdftotext -layout).
    printed: dict[int, list[tuple[int, int]]] = {}
    for k, line in enumerate(lines):
        printed.setdefault(line.page, []).append((line.number, k))
    lowest = set()
    for page in printed.values():
        for number, k in sorted(page, reverse=True):
            lowest.add(k)
            if k not in starts:
                break

    def foot(k: int) -> bool:  # line k is its page's last
        if k + 1 >= len(lines) or lines[k + 1].page != lines[k].page or k in lowest:
            return True
        at = bisect_right(marks, lines[k].number)
        return at < len(marks) and marks[at] < lines[k + 1].number

    groups: list[list[int]] = []
    for i in sorted(starts):
        group = [i]
        # (a piece of a printed line — it opens with a mark no line opens with, where a quotation's font
        # ended: "②“无雁到”…“鴈”" + "，光绪重印本改作“雁”" + "，" + "今从…" — is no line of its own)
        while not foot(group[-1]) and not ends_sentence(lines[group[-1]].text) and group[-1] + 1 not in starts \
                and (sum(lines[k].text[:1] not in _PIECE_FIRST for k in group) < MAX_NOTE_LINES
                     or lines[group[-1] + 1].text[:1] in _PIECE_FIRST):
            group.append(group[-1] + 1)
        mark = lines[i].text[0]
        # (cited after a word, or raised and set on a line of its own: pdftotext -layout)
        cited = any(re.search(rf"\S\s*{mark}", lines[k].text) or lines[k].text == mark
                    for k in range(refs) if k not in group and mark in lines[k].text)
        inside_list = i > refs and not any(_ENTRY_START.match(line.text) for line in lines[group[-1] + 1 :])
        if (foot(group[-1]) or group[-1] + 1 in starts) and ends_sentence(lines[group[-1]].text) and cited \
                and not inside_list:
            groups.append(group)
    if not groups:
        return doc, []
    notes = [Chunk("footnote", [replace(lines[g[0]], text="".join(lines[k].text for k in g), gap_after=True)])
             for g in groups]
    return without_lines(doc, {k for group in groups for k in group}), notes


def place_notes(chunks: list[Chunk], notes: list[Chunk]) -> list[Chunk]:
    """``chunks`` with the notes :func:`notes_at_foot` took out put back where they stood (before
    the first chunk after them; never inside the reference list, whose lines would take them)."""
    if not notes:
        return chunks
    out = list(chunks)
    for note in notes:
        number = note.lines[0].number
        at = next((k for k, c in enumerate(out) if c.lines and c.lines[0].number > number), len(out))
        refs = next((k for k, c in enumerate(out) if c.kind == "references"), len(out))
        out.insert(min(at, refs), note)
    return out


def is_note_line(text: str) -> bool:
    """Whether a line opens a footnote: a circled mark, then a note's words."""
    return _NOTE_START.match(text) is not None and _NOTE_WORDS.search(text) is not None


def split_notes(chunks: list[Chunk]) -> list[Chunk]:
    """Text chunks with the footnotes in them cut out as chunks of kind "footnote" (one a note)."""
    if not any(c.kind == "text" and any(line.text[:1] in CIRCLED for line in c.lines) for c in chunks):
        return chunks  # the common case: no line opens with a circled mark
    out: list[Chunk] = []
    for chunk in chunks:
        if chunk.kind != "text" or not any(is_note_line(line.text) for line in chunk.lines):
            out.append(chunk)
            continue
        current: list = []
        note = False
        for k, line in enumerate(chunk.lines):
            starts = is_note_line(line.text)
            # a note ends at an indented line or at its page's end (the next page's text goes on)
            ends_note = note and not starts and (line.indent or (k > 0 and line.page != chunk.lines[k - 1].page))
            if (starts or ends_note) and current:
                out.append(Chunk("footnote" if note else "text", current,
                                 lead=chunk.lead if not note and current[0] is chunk.lines[0] else None))
                current = []
            if starts:
                note = True
            elif ends_note:
                note = False
            current.append(line)
        if current:
            out.append(Chunk("footnote" if note else "text", current,
                             lead=chunk.lead if not note and current[0] is chunk.lines[0] else None))
    return out


def opens_item(text: str, start: int) -> bool:
    """Whether the circled mark at ``text[start]`` opens an item of a list inside a paragraph
    ("…三个方面：① 发…；② …；③ …。"): ① right after a colon, a later number right after a
    semicolon, words after it. A note's mark follows the words it annotates ("…1 236 份①；")."""
    before = text[:start].rstrip()[-1:]
    after = text[start + 1 :].lstrip()[:1]
    opener = "：:" if text[start] == CIRCLED[0] else "；;"
    return bool(before) and before in opener and bool(after) and (HAN_RE.match(after) is not None or after.isalpha())


@dataclass
class Pairing:
    """Which notes go with which marks: for each mark, the labels of its notes in order."""

    labels: dict[str, deque[str]] = field(default_factory=dict)
    unpaired: list[tuple[str, int, int, int]] = field(default_factory=list)  # mark, line, marks, notes
    # Marks paired only once a list's items were told apart: those items' marks stay text.
    items_apart: set[str] = field(default_factory=set)

    def take(self, mark: str, text: str = "", start: int = 0) -> str | None:
        if mark in self.items_apart and opens_item(text, start):
            return None
        queue = self.labels.get(mark)
        return queue.popleft() if queue else None


def pair(text_chunks: list[Chunk], notes: list[Chunk]) -> tuple[Pairing, list[tuple[str, Chunk]]]:
    """The pairing of the text's marks with the notes, and the notes it labels (label, chunk);
    a note whose mark does not pair is left out of the second list. Where a mark's count in the
    text and in the notes differ, the marks that open a list's items (:func:`opens_item`) are
    counted out; if the counts then agree, the others pair."""
    texts = ["".join(line.text for line in c.lines) for c in text_chunks]
    in_text = Counter(m.group(0) for t in texts for m in _MARK.finditer(t))
    of_notes = Counter(c.lines[0].text[0] for c in notes)
    items = Counter(m.group(0) for t in texts for m in _MARK.finditer(t) if opens_item(t, m.start()))
    pairing = Pairing()
    for mark in of_notes:
        if in_text[mark] != of_notes[mark] and items[mark] and in_text[mark] - items[mark] == of_notes[mark]:
            pairing.items_apart.add(mark)
            in_text[mark] -= items[mark]
    labelled: list[tuple[str, Chunk]] = []
    for chunk in notes:
        mark = chunk.lines[0].text[0]
        if in_text[mark] != of_notes[mark]:
            if not any(u[0] == mark for u in pairing.unpaired):
                pairing.unpaired.append((mark, chunk.lines[0].number, in_text[mark], of_notes[mark]))
            continue
        label = str(len(labelled) + 1)
        pairing.labels.setdefault(mark, deque()).append(label)
        labelled.append((label, chunk))
    return pairing, labelled


def note_text(chunk: Chunk) -> str:
    """A note's text without its mark."""
    return _NOTE_START.sub("", chunk.lines[0].text, count=1)
