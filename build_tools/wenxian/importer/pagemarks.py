"""Remove page furniture: running headers and footers, page numbers.

Page numbers ("12", "- 12 -", "· 12 ·", "第 12 页") are taken when there are
several and they increase. They, and form feeds, mark where pages meet. Any
other short line is weighed (:data:`wenxian.importer.evidence.FURNITURE`):
how often it recurs with its digits masked (a header alternating between odd
and even pages recurs on every other page; its page number changes), whether
it stands at a page's edge, whether it reads like a journal line (年, 卷, 期,
Vol., No.), whether it repeats the title from the top of the first page (an
"authors：title" header), whether it stands between different lines each time,
and whether it ends a sentence or holds two (text, not a header). A passage repeated whole
keeps its neighbours and stays.

The lines removed are returned too: the first page's header (journal name,
year, volume, issue) is front matter.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import replace

from wenxian.importer import evidence
from wenxian.importer.captions import caption_kind
from wenxian.importer.chars import FORMULA_NUMBER, HAN_RE, ends_sentence, formula_lines, width
from wenxian.importer.headings import heading_style
from wenxian.importer.lexicon import MEASURES
from wenxian.importer.lines import Line, Lines, without_lines
from wenxian.importer.markers import _label_joined, marker_kind

MAX_MARK_LEN = 40
EDGE = 3  # lines from a page's edge that count as "at the edge"
HEAD_LINES = 12  # lines at the top of the first page where the title stands
TITLE_RUN = 8  # characters a header must share with the title zone
_PAGE_NUMBER = re.compile(r"^(?:[-—–·•]\s*)?(?:第\s*)?(\d{1,4})(?:\s*页)?(?:\s*[-—–·•])?$")
# A page number printed with its ornaments ("- 12 -", "· 12 ·", "—12—", "第 12 页"): a shape
# no line of text takes, so it marks where pages meet even where it is the only one kept.
_PAGE_NUMBER_FIRST = frozenset("-—–·•第")  # … its first character, besides a digit (most lines are ruled out by it)
_DECORATED_PAGE_NUMBER = re.compile(r"^(?:[-—–·•]\s*\d{1,4}\s*[-—–·•]|第\s*\d{1,4}\s*页)$")
_LIST_ENTRY = re.compile(r"^[\[［]\s*\d{1,4}\s*[\]］]")
# A page number printed on the line itself, set apart at its start or end ("103 作者：题名",
# "作者：题名 103", "·98· 刊名 2024 年 5 月"): the line stands at a page's edge even where no
# page break was kept.
_OWN_PAGE_NUMBER = re.compile(r"^(?:[-—–·•]\s*)?\d{1,4}(?:\s*[-—–·•])?\s+\S|\S\s+(?:[-—–·•]\s*)?\d{1,4}(?:\s*[-—–·•])?$")
# … but a number set apart by the space an extractor puts between digits and ideographs, followed by
# a measure word, is a quantity opening a line of text ("2023 年两次调查的比较", a heading's wrapped
# tail; "12 个社区…"), no page number.
_QUANTITY = re.compile(r"^\d{1,4}\s*[" + "".join(sorted(MEASURES)) + "]")
_GLUED_PAGE_NUMBER = re.compile(r"[\u4e00-\u9fff》”）)]\d{1,4}$")
_DIGITS = re.compile(r"\d\d*")  # (not "\d+": a pattern opening with a class is searched for in C, see normalize._SPACES)
# What a platform stamps on every page it serves: CNKI's copyright line ("© 1994-2025 China
# Academic Journal Electronic Publishing House. All rights reserved. http://www.cnki.net") and its
# online-first time and address, Wanfang's name in the margin. No article prints these lines.
_PLATFORM_STAMP = re.compile(
    r"China\s*Academic\s*Journal\s*Electronic\s*Publishing\s*House|^https?://www\.cnki\.net/?$"
    r"|^万\s*方\s*数\s*据$|^网络首发(?:时间|地址)\s*[:：]")
# A full stop, question or exclamation mark with more text after it on the line: two sentences
# ("…的系统考察还不多见。本文以…"), which no running header holds.
_SENTENCE_INSIDE = re.compile(r"[。！？](?=\s*[\u4e00-\u9fff])")
_SPACE = re.compile(r"\s+")
JOURNAL_WORDS = re.compile(
    r"\d{4}\s*年|第\s*\d+\s*[卷期辑]|\d+\s*月|Vol\s*\.?\s*\d+|No\s*\.?\s*\d+|\(\s*\d{4}\s*\)|Journal|JOURNAL", re.IGNORECASE
)


# A journal's name in English, printed in its running header without "Journal" ("Urban Planning
# and Design", "CHINA SOFT SCIENCE"): two to eight words with no sentence's punctuation.
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z&'’\-]*(?:\s+[A-Za-z&'’\-]+){1,7}$")
_LATIN_NAME_IN = re.compile(r"[A-Z][A-Za-z&'’\-]+(?:\s+[A-Za-z&'’\-]+)+")
_SPACE_CHARS = " \t\u3000\u00a0\v\f"
_NO_SPACES = re.compile(f"[{_SPACE_CHARS}]")
# A page footnote's circled mark alone on its line: pdftotext sets a note's mark (set in another
# font) apart from the note's text. No line of running text is a lone ①.
_LONE_NOTE_MARK = re.compile(r"^\s*[\u2460-\u2473\u2776-\u2793]\s*$")
_NOTE_MARKS = frozenset(map(chr, [*range(0x2460, 0x2474), *range(0x2776, 0x2794)]))  # the same marks
NOTE_WIDER = 1.5  # a page's last line this much wider than the column: a note across both columns
MAX_NOTE_LINES = 4  # the lines a note across both columns may wrap to


def _stamped(text: str) -> bool:
    """Whether the line is a platform's stamp (the cheap tests first: most lines are text)."""
    return ("Academic" in text or "cnki" in text or text[:1] in "万网") and _PLATFORM_STAMP.search(text) is not None


def _mask(text: str) -> str:
    """Digits masked, spaces gone, and a page number at either end dropped."""
    return _DIGITS.sub("#", _NO_SPACES.sub("", text)).strip("#·•-—–")


def _masks(texts: list[str], joined: str | None = None) -> list[str]:
    """``_mask`` of each text, the spaces and digits replaced in one pass over all of them (a
    pass per line cost more than the replacing): neither pattern matches a line break, so the
    joined text's result splits back into the lines' own."""
    joined = "\n".join(texts) if joined is None else joined  # (``joined``: the texts joined so, if at hand)
    if joined.count("\n") != len(texts) - 1:  # a text holding a line break itself: one by one
        return [_mask(text) for text in texts]
    # (the spaces dropped by ``str.replace``, one C pass per kind: cheaper than the pattern's search)
    for space in _SPACE_CHARS:
        if space in joined:
            joined = joined.replace(space, "")
    return [mask.strip("#·•-—–") for mask in _DIGITS.sub("#", joined).split("\n")]


def _too_long(text: str) -> bool:
    """Whether the line is longer than a running mark (spaces collapsed; a journal's English name
    measured in cells)."""
    return (len(text) > MAX_MARK_LEN and len(collapsed := _SPACE.sub(" ", text)) > MAX_MARK_LEN
            and (_LATIN_NAME_IN.search(collapsed) is None or width(collapsed) > MAX_MARK_LEN))


def _candidate_mask(text: str, mask: str | None = None) -> str | None:
    """The masked form of a line that could be a running mark, else None (``mask``: its ``_mask``, if known)."""
    if (_too_long(text) and _HEAD_SHAPE.match(text) is None) or (text[:1] in "[［" and _LIST_ENTRY.match(text)):
        # too long — a journal's English name beside its Chinese one is measured in cells
        # ("城市规划与设计　Urban Planning and Design 2025 年第 4 期": 44 characters, 29 cells) —,
        # unless shaped as an odd page's running head, which four names and a long title make
        # as wide as the column ("龚沐阳，晏清，诸葛青岚，卢一禾：生物防治与…的影响", 42 characters;
        # round 17j; kept only where ``_head_shape`` holds, see ``find_page_marks``) —, or an entry of
        # a numbered list ("[9] …")
        return None
    if mask is None:
        mask = _mask(text)
    if len(mask) < 2 or (HAN_RE.search(text) is None and "#" not in mask and not JOURNAL_WORDS.search(text)
                         and _LATIN_NAME.match(text) is None):
        return None
    return mask


_NUMBER_ENDS = frozenset("0123456789-—–·•")

# A document-type code opening a line ("[R]. 东潮: …"): the rest of a reference entry wrapped before it.
_TYPE_CODE_OPEN = re.compile(r"^[\[［]\s*[A-Z]{1,2}(?:/[A-Z]{2})?\s*[\]］]")


def _continues_entry(before: str, text: str) -> bool:
    """Whether ``text`` goes on with a numbered list's entry that the line ``before`` opened and left
    unfinished (no full stop at its end), or opens with a document-type code: an entry's rest, never a
    running head or footer (asked of a line recurring on no other page), though it may stand last on a
    page and share the head's words ("[10] 东潮省…评估报告" + "[R]. 东潮: 东潮省海洋渔业技术推广站,
    2023." above the page number was dropped)."""
    if _TYPE_CODE_OPEN.match(text):
        return True
    before = before.rstrip()
    return bool(before) and before[:1] in "[［" and _LIST_ENTRY.match(before) is not None and not before.endswith((".", "。"))


def _own_page_number(text: str) -> bool:
    """A page number set apart at the line's start or end (``_OWN_PAGE_NUMBER``); only a line
    that starts or ends with a digit or a page number's ornament is searched (the search tries
    every position)."""
    if _QUANTITY.match(text):  # (its start is no page number: only its end is asked)
        return text[-1:] in _NUMBER_ENDS and _OWN_PAGE_NUMBER.search(text, 1) is not None
    return (text[:1] in _NUMBER_ENDS or text[-1:] in _NUMBER_ENDS) and _OWN_PAGE_NUMBER.search(text) is not None


def _page_number(text: str) -> re.Match[str] | None:
    """The match of a line that reads as a page number, else None (a first-character test first)."""
    return _PAGE_NUMBER.match(text) if text[:1] in _PAGE_NUMBER_FIRST or text[:1].isdecimal() else None


def _page_number_lines(lines: list[Line]) -> list[tuple[int, int]]:
    """(index, number) of every line that reads as a page number, in order."""
    return [(i, int(m.group(1))) for i, line in enumerate(lines)
            if ((first := line.text[:1]) in _PAGE_NUMBER_FIRST or first.isdecimal()) and (m := _PAGE_NUMBER.match(line.text))]


def _page_numbers(numbers: list[tuple[int, int]]) -> set[int]:
    """The page-number lines taken as such: several, increasing."""
    if len(numbers) >= 2 and all(b[1] > a[1] for a, b in zip(numbers, numbers[1:])):
        return {i for i, _ in numbers}
    return set()


def _edges(lines: list[Line], numbers: set[int]) -> set[int]:
    """Lines near where two pages meet (form feeds, page numbers)."""
    edges: set[int] = set()
    n = len(lines)
    for i in range(n):
        if i == 0 or lines[i].page != lines[i - 1].page:
            edges.update(range(max(0, i - EDGE), min(n, i + EDGE)))
    for i in numbers:
        edges.update(range(max(0, i - EDGE), min(n, i + EDGE + 1)))
    return edges


def _at_page_break(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is the first or last line of a page (pages counted by form feeds; the
    text's first and last lines are a page's too)."""
    if i == 0 or i == len(lines) - 1:
        return True
    return lines[i - 1].page != lines[i].page or lines[i + 1].page != lines[i].page


def _beside_header(lines: list[Line], i: int, runs: set[str]) -> bool:
    """Whether line ``i`` is the second line of a page (pages counted by form feeds) whose first
    line reads as its running header — it repeats the title's words or names the journal's
    year, volume or issue — or the last but one before such a footer: where PyMuPDF puts the
    page number ("邵静川，穆海宁，庞雅岚：城市社区…" then "59")."""
    for edge, beyond in ((i - 1, i - 2), (i + 1, i + 2)):
        if not 0 <= edge < len(lines) or lines[edge].page != lines[i].page:
            continue
        if not 0 <= beyond < len(lines) or lines[beyond].page == lines[i].page:
            continue  # the line next to this one is not where two pages meet
        text = lines[edge].text
        if JOURNAL_WORDS.search(text) or (edge >= HEAD_LINES and _shares_title(text, runs)):
            return True
    return False


def _title_runs(lines: list[Line]) -> set[str]:
    """Every TITLE_RUN-character run of the first page's top lines, above the abstract."""
    runs: set[str] = set()
    top = lines[:HEAD_LINES]
    for k, line in enumerate(top):
        # (the label also where an extractor cut it at its letter-spacing gap: "摘" / "要：…")
        label = _label_joined(line, top[k + 1]) if k + 1 < len(top) and len(line.text) <= 12 else None
        if marker_kind(label or line.text) in ("abstract", "keywords", "en_abstract"):
            break  # the abstract is no title: a body line may share its words
        text = _SPACE.sub("", line.text)
        runs.update(text[k : k + TITLE_RUN] for k in range(len(text) - TITLE_RUN + 1))
    return runs


def _shares_title(text: str, runs: set[str]) -> bool:
    text = _SPACE.sub("", text)
    return any(text[k : k + TITLE_RUN] in runs for k in range(len(text) - TITLE_RUN + 1))


# An odd page's running head as journals print it: the authors (or the first and 等), a colon,
# the title ("邬桐，晏秋，蒲舟：县域医共体建设与…", "冯晓川，等：…").
_HEAD_SHAPE = re.compile(r"^((?:[\u4e00-\u9fff·]{2,4}\s*[，,、]\s*)*[\u4e00-\u9fff·]{2,4})(?:\s*[，,]\s*等)?\s*[：:]\s*(\S.*)$")


def _head_shape(text: str, lines: list[Line], runs: set[str]) -> bool:
    """The line reads as an odd page's running head: names, a colon and the title's start, each
    name printed on the first page's top lines (the author line) and the title's first
    TITLE_RUN characters among its runs. A word processor prints it once where the article has
    three pages, and an extractor may put it among the page's text (pypdfium2 after a table)."""
    match = _HEAD_SHAPE.match(text)
    if match is None or _SPACE.sub("", match[2])[:TITLE_RUN] not in runs:
        return False
    top = "".join(_SPACE.sub("", line.text) for line in lines[:HEAD_LINES])
    return all(name in top for name in re.split(r"\s*[，,、]\s*", match[1]))


def _long_mask(i: int, text: str, mask: str, lines: list[Line], runs: set[str]) -> str | None:
    """``_candidate_mask`` of line ``i``, longer than a running mark: a line too long for a mark but
    shaped as a running head is one only where its names are the author line's and its title the
    title's (``_head_shape``): "基金项目：…" has the shape too."""
    found = _candidate_mask(text, mask)
    if found is not None and _too_long(text) and (i < HEAD_LINES or not _head_shape(text, lines, runs)):
        return None
    return found


def _of_pieces(mask: str, pieces: set[str], used: int = 0) -> bool:
    """Whether ``mask`` is two or more of ``pieces`` run together, in any order (a later page's
    running head "农村流通与区域经济 2025 年 2 月 第 9 卷第 2 期" made of the first page's two head lines)."""
    if not mask:
        return used >= 2
    return any(mask.startswith(piece) and _of_pieces(mask[len(piece):], pieces, used + 1) for piece in pieces)


def _runs_on(lines: list[Line], i: int, marks: set[int], typical: float) -> bool:
    """Where the pages are not known (no form feeds: pypdfium2): line ``i`` is as wide as the
    column (to a cell) and the text line before it, past the page's number and header taken
    out, is a full line ending no sentence — the paragraph runs on into it ("…本文认" / page
    number / header / "为可以从以下三个方面提升共同配送体系的运行", which shares the title's words
    at the page's top). A header is narrower than one column's line, or wider than two."""
    if abs(lines[i].width - typical) > evidence.PIECE_TOLERANCE:
        return False
    k = i - 1
    while k >= 0 and k in marks:
        k -= 1
    if k < 0 or k == i - 1:
        return False  # nothing taken out between: the page's edge is not here
    before = lines[k].text
    return (lines[k].width >= typical - evidence.INDENT - evidence.PIECE_TOLERANCE and not ends_sentence(before)
            and not before.endswith(("：", ":")))


def find_page_marks(doc: Lines, explain: list[evidence.Decision] | None = None) -> set[int]:
    """Indexes (into ``doc.lines``) of the lines that are page furniture."""
    lines = doc.lines
    texts = [line.text for line in lines]
    joined = "\n".join(texts)
    runs = _title_runs(lines)
    # (a short line with a Chinese character, no list entry's bracket and a mask of two characters or
    # more — most lines — is a candidate as it is: ``_candidate_mask``'s answer without the call; a
    # line longer than a mark is asked ``_long_mask`` in the same pass)
    masks = [mask if len(text) <= MAX_MARK_LEN and text[:1] not in "[［" and len(mask) >= 2 and HAN_RE.search(text)
             else _candidate_mask(text, mask) if len(text) <= MAX_MARK_LEN else _long_mask(i, text, mask, lines, runs)
             for i, (text, mask) in enumerate(zip(texts, _masks(texts, joined)))]
    counts: Counter[str] = Counter(m for m in masks if m is not None)
    contexts: dict[str, set[tuple[str, str]]] = {}
    for mask, before, after in zip(masks, [""] + texts[:-1], texts[1:] + [""]):  # (each line's neighbours' texts)
        if mask is not None and counts[mask] >= 2:
            if (seen := contexts.get(mask)) is None:  # (not ``setdefault``: a set built per line, most thrown away)
                contexts[mask] = seen = set()
            seen.add((before, after))
    numbered = _page_number_lines(lines)
    numbers = _page_numbers(numbered)
    edges = _edges(lines, numbers)
    marks = set(numbers)
    # A bare number on a line of its own where two pages meet (a form feed next to
    # it), or one printed with its ornaments ("- 31 -"), is a page number, even where it
    # is the only one the text kept.
    for i, _ in numbered:
        if i in numbers:
            continue
        reason = ("page_break" if _at_page_break(lines, i)
                  else "beside_header" if _beside_header(lines, i, runs)
                  else "ornaments" if _DECORATED_PAGE_NUMBER.match(lines[i].text) else None)
        if reason is not None:
            marks.add(i)
            edges.update(range(max(0, i - EDGE), min(len(lines), i + EDGE + 1)))
            if explain is not None:
                explain.append(evidence.Decision("page number", lines[i].number, 1.0, {reason: 1.0}, {"bias": 0.0, reason: 1.0}))
    # (no line is a stamp where the text holds none of the words a stamp's cheap test looks for)
    stamped = "Academic" in joined or "cnki" in joined or "万" in joined or "网" in joined
    stamps = {i for i, line in enumerate(lines) if i not in marks and _stamped(line.text)} if stamped else set()
    for i in sorted(stamps):
        line = lines[i]
        marks.add(i)
        if explain is not None:
            explain.append(evidence.Decision("page furniture", line.number, 1.0, {"platform_stamp": 1.0},
                                             {"bias": 0.0, "platform_stamp": 1.0}))
    widths = sorted(line.width for line in lines)
    # The column's width: a high quantile, as headings, captions and a table's cells keep the
    # median of an article's lines far below it.
    typical = widths[int(evidence.PAGE_COLUMN_QUANTILE * (len(widths) - 1))] if widths else 0.0
    # The first page's head lines above the title, digits dropped ("2025年2月第9卷第2期" / "农村流通与区域
    #经济"): a later page's head may print them again joined on one line, in another order (round 16e).
    head_pieces = {m.replace("#", "") for m in masks[:HEAD_LINES] if m is not None and len(m.replace("#", "")) >= 2}
    head_firsts = {piece[0] for piece in head_pieces} if len(head_pieces) >= 2 else set()  # (most lines fail here)
    head_starts = tuple(sorted(head_pieces))  # (a mask that opens with no piece is none run together: one C test)
    paged = bool(lines) and lines[-1].page > 0  # the pages are known (form feeds): a header is a page's first or last line
    pending: dict[int, dict[str, float]] = {}  # recurring lines not taken, and their features
    # Recurrence counts only between different neighbours: a passage
    # repeated whole (same lines around it) is text.
    recurring = {mask for mask, seen in contexts.items() if len(seen) >= 2}
    # (most lines are left out here: a line that recurs nowhere, off a page's edge, with no page number
    # or running head's colon possible on it, has none of the features that take a line below)
    weighed = [i for i, (mask, text) in enumerate(zip(masks, texts)) if mask is not None and (
        mask in recurring or i in edges or text[:1] in _NUMBER_ENDS or (last := text[-1:]) in _NUMBER_ENDS
        or last.isdecimal() or ("：" in text and text.index("：") < 16)  # (no slice: most lines hold no colon)
        or (head_firsts and mask[:1] in head_firsts and i >= HEAD_LINES))]
    for i in weighed:
        if i in numbers or i in stamps or (i and masks[i] not in recurring and _continues_entry(texts[i - 1], texts[i])):
            continue
        mask, text = masks[i], texts[i]
        places = len(contexts[mask]) if mask in recurring else 1
        if places < 2 and mask[:1] in head_firsts and i >= HEAD_LINES and (bare := mask.replace("#", "")).startswith(
                head_starts) and _of_pieces(bare, head_pieces):
            places = 2  # the first page's head printed again in one line: it recurs
        edge = i in edges or _own_page_number(text)
        names_title: bool | None = None  # measured only where it counts (it is the costly test)
        if not edge and text[-1:].isdecimal() and _GLUED_PAGE_NUMBER.search(text) is not None:
            # A page number glued to the line's end by the extractor ("…改进路径59", pdfium) marks
            # the edge only on a line that also repeats the title: a sentence may end in a number.
            names_title = edge = i >= HEAD_LINES and _shares_title(text, runs)
        # a header or footer recurs, or stands at a page's edge, or has a running head's shape
        head_shape = i >= HEAD_LINES and "：" in text[:16] and _head_shape(text, lines, runs)
        if places < 2 and not edge and not head_shape:
            continue
        if names_title is None:
            names_title = i >= HEAD_LINES and _shares_title(text, runs)
        journal = JOURNAL_WORDS.search(text) is not None
        features = evidence.furniture_features(
            repeats=places,
            page_edge=edge,
            journal_words=journal,
            names_title=names_title,
            varied_context=places >= 2 and places * 2 > counts[mask],
            short_line=lines[i].width < 0.6 * typical,
            sentence_end=ends_sentence(text),
            numbered_heading=not journal and heading_style(text) is not None,
            sentence_inside=_SENTENCE_INSIDE.search(text) is not None,
            # (or on a colon: a sentence announcing what follows, "…可按下式计算：", which no running
            # head or page number ends on; session 13, a page's last line sharing the title's words)
            ends_clause=text.endswith(("，", "、", "；", ",", "：", ":")),
            caption=caption_kind(text) is not None,
            head_shape=head_shape,
            formula_number=i > 0 and text[:1] in "(（" and FORMULA_NUMBER.fullmatch(text) is not None
            and formula_lines([lines[i - 1].text, text], 0) == 2,
            field_label="：" in text[:16] and marker_kind(text) == "journal",
            opens_clause=text[:1] in "，,、；;。",
            full_line=paged and 0 < i < len(lines) - 1 and not _at_page_break(lines, i)
            and min(lines[i].width, lines[i - 1].width) >= typical - evidence.SLACK and not ends_sentence(lines[i - 1].text)
            or not paged and _runs_on(lines, i, marks, typical),
        )
        decision = evidence.weigh("page furniture", lines[i].number, evidence.FURNITURE, features)
        if decision.yes:
            marks.add(i)
        elif counts[mask] >= 2:
            pending[i] = features
        if explain is not None and (decision.yes or places >= 2):
            explain.append(decision)
    # A header printed in pieces ("城市规划与设计" / "Urban Planning and Design" / "2025 年第 4 期", cut
    # at its wide gaps): its middle piece recurs with the same neighbours each time, so it does not
    # count as recurring above; standing between two pieces taken, on its page, it is one too.
    for i, features in pending.items():
        if 0 < i < len(lines) - 1 and {i - 1, i + 1} <= marks and lines[i - 1].page == lines[i].page == lines[i + 1].page:
            decision = evidence.weigh("page furniture", lines[i].number, evidence.FURNITURE,
                                      {**features, "between_marks": 1.0})
            if decision.yes:
                marks.add(i)
                if explain is not None:
                    explain.append(decision)
    return marks


def remove_page_marks(doc: Lines, explain: list[evidence.Decision] | None = None) -> tuple[Lines, list[Line]]:
    """``doc`` without its page marks, and the lines removed."""
    lines = doc.lines
    marks = find_page_marks(doc, explain)
    kept = without_lines(doc, marks)
    # A mark sits between two lines of running text: they join across it.
    return _paged(kept, lines, marks), [line for i, line in enumerate(lines) if i in marks]


def _paged(kept: Lines, lines: list[Line], marks: set[int]) -> Lines:
    """Where no form feed marks the pages (pypdfium2 joins its pages with a line break), the page
    numbers taken out do: the lines after the k-th count as page k (a field at a page's foot,
    通信作者 …, ends there as it does at a form feed). A text with form feeds, or without page
    numbers taken out, is left as it is."""
    if not lines or lines[-1].page > 0:
        return kept
    numbers = sorted(lines[i].number for i in marks if _page_number(lines[i].text))  # (the marks' only: few)
    if not numbers:
        return kept
    return replace(kept, lines=[replace(line, page=bisect_right(numbers, line.number)) for line in kept.lines])


def page_footnotes(doc: Lines) -> tuple[Lines, list[tuple[Line, Line | None]]]:
    """``doc`` without the page footnotes whose mark stands alone on its line, and those notes as
    (mark line, text line or None). The note's text is the line right after its mark where it
    ends a sentence (``pdftotext -layout``); else, in reading order (plain ``pdftotext``, two
    columns), the page's last lines (:func:`_foot_note`: a note runs across both columns, far wider
    than a column; a column's own last line is not); else a note across both columns right after
    its mark, wrapped up to the line that ends its sentence or to the page's end (the note goes on
    at the next page's foot); else, where the mark is its page's last line (pdftotext set it after
    its note), the page's last lines before it. A page's marks take their notes in turn, each
    line once (two notes at one foot, session 15)."""
    lines = doc.lines
    # (a mark alone opens its line, or white space does: the pattern is asked of those lines only)
    alone = [i for i, line in enumerate(lines)
             if ((first := line.text[:1]) in _NOTE_MARKS or first.isspace()) and _LONE_NOTE_MARK.match(line.text)]
    if not alone:
        return doc, []  # no circled mark alone on a line (most texts)
    widths = sorted(line.width for line in lines)
    column = widths[int(evidence.PAGE_COLUMN_QUANTILE * (len(widths) - 1))] if widths else 0.0
    # A line opening with a circled mark and words is a note with its mark (:mod:`.footnotes` takes
    # it): no lone mark's text; and a lone mark whose note so stands on its page is the text's raised
    # mark set on a line of its own (pdftotext -layout), left in the text (session 15).
    marked = {k for k, line in enumerate(lines) if line.text[:1] in _NOTE_MARKS and HAN_RE.search(line.text)}
    alone = [i for i in alone if not any(lines[k].page == lines[i].page and lines[k].text[0] == lines[i].text.strip()
                                         for k in marked)]
    notes: list[tuple[int, list[int]]] = []
    taken = set(alone) | marked
    for i in alone:
        line = lines[i]
        page = [k for k in range(i + 1, len(lines)) if lines[k].page == line.page and k not in taken]
        text: list[int] = []
        if page and ends_sentence(lines[page[0]].text) and HAN_RE.search(lines[page[0]].text):
            text = [page[0]]
        elif page and (foot := _foot_note(lines, page, column)):
            text = foot
        elif page and lines[page[0]].width > NOTE_WIDER * column and HAN_RE.search(lines[page[0]].text):
            end = next((n for n, k in enumerate(page[:MAX_NOTE_LINES]) if ends_sentence(lines[k].text)), None)
            if end is None and len(page) <= MAX_NOTE_LINES:
                end = len(page) - 1  # the page ends inside the note: it goes on at the next page's foot
            text = page[: end + 1] if end is not None else []
        elif not page:
            above = [k for k in range(i) if lines[k].page == line.page and k not in taken]
            text = _foot_note(lines, above, column) if above else []
        taken.update(text)
        notes.append((i, text))
    if not notes:
        return doc, []
    taken -= marked

    def note(text: list[int]) -> Line | None:
        return replace(lines[text[0]], text="".join(lines[t].text for t in text)) if text else None

    return without_lines(doc, taken), [(lines[i], note(text)) for i, text in notes]


def _foot_note(lines: list[Line], page: list[int], column: float) -> list[int]:
    """A note across both columns that ends its page (``page``: the indices of the page's lines in
    reading order): the page's last lines, ending a sentence, the first of them far wider than the
    column (``NOTE_WIDER``), no sentence ended before the last, ``MAX_NOTE_LINES`` at most; or
    none. Its last line may be narrower than a column's (a note's last words)."""
    if not ends_sentence(lines[page[-1]].text):
        return []
    for n in range(len(page) - 1, max(len(page) - 1 - MAX_NOTE_LINES, -1), -1):
        k = page[n]
        if n < len(page) - 1 and ends_sentence(lines[k].text):
            return []  # a sentence ends above the last line: the note (if any) is the last line alone
        if lines[k].width > NOTE_WIDER * column and HAN_RE.search(lines[k].text):
            return page[n:]
    return []
