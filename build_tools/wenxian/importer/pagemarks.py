"""Remove running headers, footers and bare page numbers.

A running header or footer is a short line that recurs on many pages, often
with a changing page number ("经济学家 · 2024 年第 5 期 · 23 ·"); lines are
compared with their digits masked, and must stand between different lines
each time (a passage repeated whole is text, not a header). Bare page numbers ("12", "- 12 -",
"第 12 页") are removed when there are several and they increase, so a lone
number in the text is not taken for one.
"""

from __future__ import annotations

import re
from collections import Counter

from wenxian.importer.chars import HAN_RE
from wenxian.importer.lines import Line, Lines

MIN_REPEATS = 3
MAX_MARK_LEN = 40
_PAGE_NUMBER = re.compile(r"^(?:[-—–·•]\s*)?(?:第\s*)?(\d{1,4})(?:\s*页)?(?:\s*[-—–·•])?$")
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")


def _mask(text: str) -> str:
    return _SPACE.sub("", _DIGITS.sub("#", text))


def _candidate_mask(text: str) -> str | None:
    """The masked form of a line that could be a running mark, else None."""
    if len(text) > MAX_MARK_LEN:
        return None
    mask = _mask(text)
    if len(mask) < 4 or (HAN_RE.search(text) is None and "#" not in mask):
        return None
    return mask


def remove_page_marks(doc: Lines) -> tuple[Lines, list[Line]]:
    """``doc`` without its page marks, and the lines removed."""
    lines = doc.lines
    masks = [_candidate_mask(line.text) for line in lines]
    counts: Counter[str] = Counter(m for m in masks if m is not None)
    repeated = {mask for mask, n in counts.items() if n >= MIN_REPEATS}
    contexts: dict[str, set[tuple[str, str]]] = {}
    for i, mask in enumerate(masks):
        if mask in repeated:
            before = lines[i - 1].text if i else ""
            after = lines[i + 1].text if i + 1 < len(lines) else ""
            contexts.setdefault(mask, set()).add((before, after))
    # A mark recurs between different lines on each page; a line of text that
    # recurs (a repeated passage) keeps its neighbours.
    running = {mask for mask in repeated if len(contexts[mask]) * 2 > counts[mask]}
    numbers = [(i, int(m.group(1))) for i, line in enumerate(lines) if (m := _PAGE_NUMBER.match(line.text))]
    page_numbers: set[int] = set()
    if len(numbers) >= 2 and all(b[1] > a[1] for a, b in zip(numbers, numbers[1:])):
        page_numbers = {i for i, _ in numbers}
    kept: list[Line] = []
    removed: list[Line] = []
    for i, line in enumerate(lines):
        if i in page_numbers or (running and masks[i] in running):
            removed.append(line)
            if kept:
                # A mark sits between two lines of running text: join across it.
                kept[-1].gap_after = doc.blank_is_filler
            continue
        kept.append(line)
    return Lines(kept, doc.blank_is_filler), removed
