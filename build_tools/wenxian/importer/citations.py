"""Numeric citation marks: "[n]", "[n]page", "[n]p-p", "[n-m]", "[n,m,k]", "[n]-[m]".

Full-width brackets and commas and stray spaces inside the mark are accepted.
Digits attached directly after "]" are the cited page ("[3]11。", "[3]6 来");
after a space they are text ("[11] 必须"). A page after a mark citing several
works belongs to the last of them. Two marks joined by a dash, "[12]-[14]", are one
citation of the range, as many journals print GB/T 7714's "[12-14]".

A bracket that cannot be a citation — it holds 0, a range that runs backwards
or is too long, a number no reference list reaches (a year), or it stands in a
formula ("p_i ∈ [0, 1]") — stays text, and a :class:`~wenxian.model.Note`
names its line: a real article is never refused for it.
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path

from wenxian.errors import WenxianError
from wenxian.importer.chars import PLACEHOLDER
from wenxian.model import Article, Citation, CiteItem, Inline, Note, Paragraph, Text

DASH = r"[-–—~～－]"
_ITEM = rf"\d{{1,4}}(?:\s*{DASH}\s*\d{{1,4}})?"
CITATION = re.compile(
    rf"[\[［]\s*({_ITEM}(?:\s*[,，、]\s*{_ITEM})*)\s*[\]］]"
    rf"(?:\s*{DASH}\s*[\[［]\s*(\d{{1,4}})\s*[\]］])?"  # "[12]-[14]": the range's end in its own mark
    r"(\d+(?:[-–—]\d+)?)?"
)
_BODY = re.compile(rf"{_ITEM}(?:\s*[,，、]\s*{_ITEM})*")
_SPLIT = re.compile(r"\s*[,，、]\s*")
_RANGE = re.compile(rf"(\d+)\s*{DASH}\s*(\d+)")
MAX_RANGE = 100
# No reference list is longer: a bigger number is a year or a quantity.
MAX_NUMBER = 999
# A bracket right after one of these is part of a formula or an interval.
_FORMULA = frozenset("∈∉=≠<>≤≥×÷^_")


def _numbers(body: str, until: str | None = None) -> tuple[list[int], str | None]:
    """The numbers a mark cites (``until``: the end of a range printed as its own mark,
    "[12]-[14]"), or why it cannot be a citation."""
    numbers: list[int] = []
    for part in _SPLIT.split(body.strip()):
        span = _RANGE.fullmatch(part)
        if not span:
            numbers.append(int(part))
            continue
        first, last = int(span.group(1)), int(span.group(2))
        if not first <= last <= first + MAX_RANGE:
            return [], "its range runs backwards or is too long"
        numbers.extend(range(first, last + 1))
    if until is not None:
        first, last = numbers[-1], int(until)
        if not first < last <= first + MAX_RANGE:
            return [], "its range runs backwards or is too long"
        numbers.extend(range(first + 1, last + 1))
    if 0 in numbers:
        return [], "it holds the number 0"
    if max(numbers) > MAX_NUMBER:
        return [], f"{max(numbers)} is no reference number"
    return numbers, None


def cited_numbers(body: str, until: str | None = None) -> tuple[list[int], str | None]:
    """The numbers a mark's inside cites ("3,7-9"; ``until``: the end of a range printed as its
    own mark, "[12]-[14]"), or why it cannot be a citation."""
    if not _BODY.fullmatch(body.strip()):
        return [], "it is not a list of numbers and ranges"
    return _numbers(body, until)


# A page raised with its mark may stand after a space in a PDF's run ("[3] 11"); in plain text the
# space makes the digits text, so this is read only where the whole run is known to be raised.
_SPACED_PAGE = re.compile(r"(?<=[\]］])\s+(?=\d)")
_BETWEEN_MARKS = " ,，、"


def raised_mark(text: str) -> tuple[tuple[CiteItem, ...], str | None] | None:
    """What a raised run of marks cites — one mark or several set side by side ("[1][3]",
    "[2], [5]", "[12]-[14]", a page raised with it, "[3]11") — read with the same grammar as a
    mark in running text. ``None`` when the run is not made of marks alone; else the items, or
    (no items) why they cannot be a citation."""
    text = _SPACED_PAGE.sub("", text)
    items: list[CiteItem] = []
    end = 0
    for match in CITATION.finditer(text):
        if text[end:match.start()].strip(_BETWEEN_MARKS):
            return None
        numbers, why = _numbers(match.group(1), match.group(2))
        if why is not None:
            return (), why
        page = match.group(3)
        items.extend(CiteItem(n, page if page and k == len(numbers) - 1 else None) for k, n in enumerate(numbers))
        end = match.end()
    if not items or text[end:].strip(_BETWEEN_MARKS):
        return None
    return tuple(items), None


def _in_formula(text: str, start: int) -> bool:
    k = start - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    return k >= 0 and text[k] in _FORMULA


def extract_citations(
    text: str,
    line_starts: list[int],
    line_numbers: list[int],
    *,
    file: str | Path | None = None,
    notes: list[Note] | None = None,
) -> tuple[str, list[Citation]]:
    """``text`` with every citation replaced by a placeholder, and the citations.

    Brackets that cannot be citations stay in the text; each adds a note to ``notes``.
    """
    if PLACEHOLDER in text:
        at = bisect.bisect_right(line_starts, text.index(PLACEHOLDER)) - 1
        raise WenxianError(
            "the text contains the private-use character U+E000, which the importer reserves",
            file=file,
            line=line_numbers[at],
            hint="remove that character from the raw text",
        )
    found: list[Citation] = []

    def replace(match: re.Match[str]) -> str:
        line = line_numbers[bisect.bisect_right(line_starts, match.start()) - 1]
        raw = match.group(0)
        numbers, why = _numbers(match.group(1), match.group(2))
        if why is None and _in_formula(match.string, match.start()):
            why = "it stands in a formula"
        if why is not None:
            if notes is not None:
                notes.append(
                    Note(line, f"{raw} is kept as text, not read as a citation: {why}",
                         "if it is a citation, correct the number in the raw text")
                )
            return raw
        page = match.group(3)
        items = tuple(
            CiteItem(n, page if page and k == len(numbers) - 1 else None) for k, n in enumerate(numbers)
        )
        found.append(Citation(items, raw, line))
        return PLACEHOLDER

    return CITATION.sub(replace, text), found


def unlist_beyond(article: Article) -> None:
    """A citation beyond the article's own reference list stays text, with a note (both readers:
    a bracket such as a scale's range "[10, 50]" in an article listing 22 works is no mark)."""
    count = len(article.references)
    if not count:
        return
    for block in article.blocks:
        if not isinstance(block, Paragraph):
            continue
        inlines: list[Inline] = []
        for inline in block.inlines:
            if isinstance(inline, Citation) and any(item.number > count for item in inline.items):
                article.notes.append(
                    Note(
                        inline.line,
                        f"{inline.raw} is kept as text: the reference list has {count} "
                        f"entr{'y' if count == 1 else 'ies'}",
                        f"correct the number, or complete the reference list (from line {article.references[0].line})",
                    )
                )
                inline = Text(inline.raw)
            if isinstance(inline, Text) and inlines and isinstance(inlines[-1], Text):
                inlines[-1] = Text(inlines[-1].text + inline.text)
            else:
                inlines.append(inline)
        block.inlines = inlines


def unlink_beyond(article: Article, count: int, *, source: str | None) -> list[Note]:
    """Keep as text every citation naming a work beyond the ``count`` works ``source`` gives
    (``None``: the text has no list and no BibTeX file was given).

    A text whose list was lost (an unreadable last page) or a ``--bib`` shorter than the
    article's numbering still imports: such a citation stays as the text it was, and a
    note per citation names its line. The notes are returned and added to the article's.
    """
    notes: list[Note] = []
    for block in article.blocks:
        if not isinstance(block, Paragraph):
            continue
        for k, inline in enumerate(block.inlines):
            if not isinstance(inline, Citation):
                continue
            beyond = [item.number for item in inline.items if item.number > count]
            if not beyond:
                continue
            block.inlines[k] = Text(inline.raw)
            if source is not None:
                what = f"{inline.raw} is kept as text: {source} has {count} entries, not {max(beyond)}"
                hint = f"add the missing entries to {source} in the article's order, then import again"
            else:
                what = f"{inline.raw} is kept as text: the text cites works but has no reference list"
                hint = "pass --bib FILE (its n-th entry is citation [n]), or add the 参考文献 list to the text"
            notes.append(Note(inline.line, what, hint))
    article.notes.extend(notes)
    return notes
