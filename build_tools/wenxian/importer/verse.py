"""Verse stanzas in an extracted text (session 12).

A poem quoted in an article is set as verse: its short lines one under another, centred, each
line ending with its own mark ("晓起推篷望，寒烟锁远村。" / "橹声摇梦碎，潮气湿衣痕。" …). Each printed
line is short and ends a sentence or a clause, so the paragraph-break evidence ended a paragraph
after every one, and a poem's first line ran on into the sentence introducing it ("…写道：" has no
full stop). A stanza is one paragraph: its lines run together, and it starts and ends where the run
of verse lines does.

The evidence, from the text alone: two or more lines in a row that are short against the column,
about as wide as each other (a poem's lines count the same characters: a quatrain's seven and its
mark, a couplet's twelve), each with a Chinese character, no figure or Latin letter, and ending with a mark, the first not a
paragraph's last line (after a wide line running on into it) — and where the
extractor kept the lines' leading white space (``pdftotext -layout``), set in alike. A run of two
lines must be set in further than a paragraph's indent, or follow a line announcing it ("…云："):
two short lines of a width in a row happen in prose too (a paragraph's last line and a one-line
paragraph). A list's items, short lines of a width each ending with "；", open with their numbers. A blank line inside a run that the text's blank lines make trustworthy parts two
stanzas (a ci poem's two halves).
"""

from __future__ import annotations

import re
from itertools import compress
from typing import Callable, Sequence

from wenxian.importer import evidence
from wenxian.importer.lines import Line

VERSE_SHORT = 0.75  # of the column: a verse line is at most this wide
VERSE_EVEN = 1.0  # cells: a stanza's lines are this close to each other in width
VERSE_LEAD = 6  # half-width cells: a line set in further than a paragraph's indent (two full-width spaces: 4)
MIN_RUN = 3  # lines: a run this long needs no other evidence
_HAN = re.compile("[\u4e00-\u9fff]")
_LATIN = re.compile("[0-9A-Za-z]")  # a figure or a Latin word: a statistic's pieces ("深静脉血栓 3 例、"), no poem's line
_ENDS = frozenset("，。！？；、,.!?;”’")  # (not a colon: "…写道：" announces the poem, it is no line of it)
_ANNOUNCE = ("：", ":")
# A list's items are short lines of a width too, each ending with a mark ("（1）经营和营销培训；" / "（2）…；"):
# none opens with an item's number, ordinal word, bullet or letter.
_BULLET = re.compile(r"^(?:[•●○■□◆◇▪·\-–—*]|[A-Za-z][.)）])")


def _item(text: str) -> bool:
    return bool(evidence.ITEM.match(text) or evidence.ITEM_ORDINAL.match(text) or _BULLET.match(text))
_SENTENCE_ENDS = frozenset("。！？!?…”’：:")  # (a colon announces what follows: no run-on)


def _short(width: float, k: int, column: Sequence[Callable[[int], float]], limit: float) -> bool:
    """Whether a line ``width`` wide is short enough for verse against the column around line ``k``:
    against the widest of its measures, each asked only while the line is still too wide for those
    before it (most lines short against the first need no other). ``limit``: the widest a verse line
    can be against any measure (:func:`stanzas`); a line wider is no verse, and its column is not asked."""
    return width <= limit and any(width <= VERSE_SHORT * measure(k) for measure in column)


def _tail(lines: list[Line], k: int, column: Sequence[Callable[[int], float]], blocked: list[bool], limit: float) -> bool:
    """Whether line ``k`` is a paragraph's last line: the line before it is a text line, wider than
    verse, that ends no sentence (it runs on into this one: "…与舟中视野受限" + "的处境直接相关。",
    a poem's first line after it as wide)."""
    if k == 0 or blocked[k - 1]:
        return False
    before = lines[k - 1]
    return not before.gap_after and before.text[-1:] not in _SENTENCE_ENDS and not _short(before.width, k - 1, column, limit)


def stanzas(lines: list[Line], column: Sequence[Callable[[int], float]], blocked: list[bool], trusted_blanks: bool) -> dict[int, int]:
    """The verse lines of ``lines`` (indexes), each mapped to its stanza's number (lines sharing one
    make one paragraph). ``column``: ways to measure the column's width around line ``k`` (``measure(k)``; a line is
    short against the widest), asked only of the lines the text alone leaves possible: measuring
    every line's cost more than the rest; ``blocked``: lines that are
    no text's (headings, fields, captions, cells, formulas); ``trusted_blanks``: a blank line is a
    paragraph's end in this text."""
    out: dict[int, int] = {}
    count = 0
    run: list[int] = []
    # Every measure of the column is a line's width (a quantile, the widest of exact width) or one
    # rounded to half a cell (the commonest full width): none exceeds the widest line by a quarter
    # cell (half a cell here, safe from rounding), so a line wider than this is short against none
    # and its column is not measured.
    limit = VERSE_SHORT * (max((line.width for line in lines), default=0.0) + 0.5)

    def close() -> None:
        nonlocal count
        if len(run) < 2:
            return
        first = run[0]
        set_in = all(lines[k].lead >= VERSE_LEAD for k in run[1:])
        announced = first > 0 and lines[first - 1].text.rstrip().endswith(_ANNOUNCE)
        if len(run) < MIN_RUN and not (set_in or announced):
            return
        for k in run:
            out[k] = count
            if trusted_blanks and lines[k].gap_after:
                count += 1
        count += 1

    # What the text alone allows (a verse line's marks and width), then a neighbour that allows it too,
    # as wide: a stanza is two lines or more in a row, so a line with no such neighbour is in none,
    # and the costlier tests (the column's measures) are left out for it.
    may = [not blocked[k] and line.text[-1:] in _ENDS and line.width <= limit and _HAN.search(line.text) is not None
           and not _LATIN.search(line.text) and not _item(line.text) for k, line in enumerate(lines)]

    def paired(k: int) -> bool:
        return any(0 <= j < len(lines) and may[j] and abs(lines[j].width - lines[k].width) <= VERSE_EVEN
                   for j in (k - 1, k + 1))

    # (only the lines the text allows are visited, in order: a line between two of them is no verse
    # line, and closes the run before it as a line that fails the tests below does)
    seen = -2
    for k in compress(range(len(lines)), may):
        if run and k > seen + 1:
            close()
            run = []
        seen, line = k, lines[k]
        verse = (paired(k) and _short(line.width, k, column, limit) and not _tail(lines, k, column, blocked, limit))
        if verse and run:
            last = lines[run[-1]]
            # (set in alike where both lines kept their lead: a text may lose a line's, after a colon's line)
            if abs(line.width - last.width) <= VERSE_EVEN and (line.lead == last.lead or not (line.lead and last.lead)):
                run.append(k)
                continue
        if run:  # (most lines are in no run: nothing to close)
            close()
            run = []
        if verse:
            run = [k]
    close()
    return out
