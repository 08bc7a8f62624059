"""Section headings of Chinese academic articles.

Level 1 "一、…", level 2 "（一）…"/"(一)…", level 3 "1. …"/"1.1 …". A line
is a heading only when it also reads like one: short, with no sentence
punctuation inside — "一是……", "首先，……" and "（1）……" are enumerations
inside paragraphs and never match. Where a heading ends (it may be wrapped
over several lines) is decided in :mod:`wenxian.importer.layout`.
"""

from __future__ import annotations

import re

from wenxian.importer.chars import width

_NUM = "一二三四五六七八九十百"
LEVELS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(f"^[{_NUM}]+\\s*、\\s*(?=\\S)")),
    (2, re.compile(f"^[（(]\\s*[{_NUM}]+\\s*[）)]\\s*(?=\\S)")),
    (3, re.compile(r"^(?:\d{1,2}\.(?!\d)|\d{1,2}(?:\.\d{1,2})+(?![\d.]))\s*(?=[^\s\d.])")),
)
MAX_WIDTH = {1: 50.0, 2: 50.0, 3: 30.0}
# Punctuation that ends or joins sentences: a line containing it is text.
_SENTENCE = re.compile(r"[。！？；;!?]|[.](?!\d)\s*$")
_CITATION = re.compile(r"[\[［]\s*\d")
_FIRST = frozenset(_NUM + "（(0123456789")


def heading_level(text: str) -> int | None:
    """The level of a heading starting with ``text`` (its first line), or None."""
    if text[:1] not in _FIRST:
        return None
    for level, pattern in LEVELS:
        match = pattern.match(text)
        if match:
            rest = text[match.end() :]
            if _SENTENCE.search(rest) or _CITATION.search(rest) or width(text) > MAX_WIDTH[level]:
                return None
            return level
    return None


def can_continue(first: str, more: str) -> bool:
    """Whether ``more`` may be the wrapped rest of a heading that began ``first``."""
    return (
        not _SENTENCE.search(more)
        and not _CITATION.search(more)
        and heading_level(more) is None
        and width(first) + width(more) <= max(MAX_WIDTH.values())
    )
