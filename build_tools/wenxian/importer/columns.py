"""Two columns printed side by side (``pdftotext -layout``) → one column in reading order.

A page is two-column when many of its lines hold a wide gap (three spaces or
more) between text, and the text after the gap starts at about the same
place (the gutter) on each. Its lines are then split at the gutter: the left
parts are read first, then the right parts; a line without a gap that is
wider than the left column (a footnote, a header across the page) closes the
run of split lines. A line with only right-column text (its left column is
empty there) starts beyond the gutter. Each part keeps its line number.
"""

from __future__ import annotations

import re
from statistics import median

_GAP = re.compile(r"\S( {3,})(?=\u3000*\S)")
MIN_SPLIT_SHARE = 0.3  # of a page's lines with text
MIN_SPLIT_LINES = 4
GUTTER_TOLERANCE = 8  # characters the right column's start may wander


def _right_start(line: str) -> int | None:
    """Where the text after the first wide gap starts, if any."""
    match = _GAP.search(line)
    return match.end(1) if match else None


def _page_order(page: list[tuple[int, str]]) -> list[tuple[int, str]]:
    texts = [(n, line) for n, line in page if line.strip()]
    starts = [s for _, line in texts if "   " in line and (s := _right_start(line)) is not None]
    if len(starts) < MIN_SPLIT_LINES or len(starts) < MIN_SPLIT_SHARE * len(texts):
        return page
    gutter = median(starts)
    out: list[tuple[int, str]] = []
    left: list[tuple[int, str]] = []
    right: list[tuple[int, str]] = []

    def flush() -> None:
        out.extend(left)
        out.extend(right)
        left.clear()
        right.clear()

    for number, line in page:
        if not line.strip():
            (right if right and not left else left).append((number, ""))
            continue
        lead = len(line) - len(line.lstrip(" "))
        start = _right_start(line)
        if start is not None and abs(start - gutter) <= GUTTER_TOLERANCE:
            left.append((number, line[:start].rstrip()))
            right.append((number, line[start:]))
        elif lead >= gutter - GUTTER_TOLERANCE:
            right.append((number, line[lead:]))
        elif len(line.rstrip()) <= gutter + GUTTER_TOLERANCE // 2:
            left.append((number, line))
        else:  # across both columns
            flush()
            out.append((number, line))
    flush()
    return out


def reading_order(lines: list[str]) -> list[tuple[int, str]]:
    """(1-based line number, text) in reading order; pages split at form feeds."""
    if not any("   " in line and _GAP.search(line) for line in lines):
        return list(enumerate(lines, 1))
    pages: list[list[tuple[int, str]]] = [[]]
    for number, line in enumerate(lines, 1):
        if "\f" in line and pages[-1]:
            pages.append([])
        pages[-1].append((number, line))
    return [item for page in pages for item in _page_order(page)]
