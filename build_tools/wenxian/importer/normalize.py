"""Spacing and punctuation of CJK text (GB/T 15834), leaving Latin text alone.

- Half-width , : ; ? ! next to CJK become ，：；？！; half-width parentheses
  around CJK, or next to CJK, become （ ）, with the spaces inside dropped
  ("《…协定》 ( CPTPP)和" → "《…协定》（CPTPP）和"). "1,000" and Latin
  sentences stay as they are.
- Extraction spaces go: between CJK characters, around CJK punctuation and
  around citation marks in CJK context ("。 但是" → "。但是",
  "” [4] ," → "”[4]，"). Between CJK and Latin letters or digits one space
  is kept where the source has one ("2023 年 9 月").

Citation marks are a placeholder character while this runs.
"""

from __future__ import annotations

import re

from wenxian.importer.chars import PLACEHOLDER, is_cjk, is_han, is_wide_punct

_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
_PUNCT = re.compile(r"[,:;?!]")
_PARENS = re.compile(r"\(([^()\n]*)\)")
# (one space, then any more: a pattern opening with a character class lets the search skip ahead to
# a space in C; one opening with a repeat, "[…]+", is tried at every position, twice the cost)
_SPACES = re.compile(r"[ \t\u3000\u00a0][ \t\u3000\u00a0]*")
_SKIP = frozenset(" \t\u3000\u00a0" + PLACEHOLDER)
# Characters after which ``_punct`` makes a mark full-width without looking further: CJK
# (``is_cjk``), not skipped (no space, no placeholder), no digit — ideographs, CJK and
# full-width punctuation (a subset: a text with a mark after any other character is read
# mark by mark). tests/importer/test_normalize_fast.py holds the class to that.
SURE_CJK = "\u4e00-\u9fff\u3001-\u303f\uff01-\uff0f\uff1a-\uffef“”—…·"
_PUNCT_UNSURE = re.compile(f"[,:;?!](?<![{SURE_CJK}][,:;?!])")  # (the mark first: the search skips to the marks)


def _before(text: str, pos: int) -> str:
    """The nearest character before ``pos`` that is not a space or citation."""
    while pos > 0:
        pos -= 1
        if text[pos] not in _SKIP:
            return text[pos]
    return ""


def _after(text: str, pos: int) -> str:
    n = len(text)
    while pos < n:
        if text[pos] not in _SKIP:
            return text[pos]
        pos += 1
    return ""


def _parens(match: re.Match[str]) -> str:
    inner = match.group(1)
    text = match.string
    if (
        any(is_han(c) for c in inner)
        or is_cjk(_before(text, match.start()) or "a")
        or is_han(_after(text, match.end()) or "a")
    ):
        return f"（{inner.strip()}）"
    return match.group(0)


def _punct(match: re.Match[str]) -> str:
    text, pos = match.string, match.start()
    prev = text[pos - 1] if pos else ""
    if prev in _SKIP:
        prev = _before(text, pos)
    if prev and is_cjk(prev) and not prev.isdigit():
        return _FULL[match.group(0)]  # the common case ("发展,为" → "发展，为"), decided without looking ahead
    nxt = _after(text, pos + 1)
    if prev.isdigit() and nxt.isdigit():
        return match.group(0)
    if (prev and is_cjk(prev)) or (nxt and is_han(nxt)):
        return _FULL[match.group(0)]
    return match.group(0)


def _space(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    if start == 0 or end == len(text):
        return ""
    a, b = text[start - 1], text[end]
    if a == PLACEHOLDER or b == PLACEHOLDER:
        other = b if a == PLACEHOLDER else a
        beyond = _after(text, end) if b == PLACEHOLDER else _before(text, start)
        if is_cjk(other) or other == PLACEHOLDER or (beyond and is_cjk(beyond)):
            return ""
        return " "
    if is_wide_punct(a) or is_wide_punct(b):
        return ""
    if is_han(a) and is_han(b):
        return ""
    return " "


def fix_punctuation(text: str) -> str:
    """Half-width punctuation in CJK context → full-width."""
    text = _PARENS.sub(_parens, text)
    if _PUNCT_UNSURE.search(text) is None:
        # Every mark stands right after a CJK character: each becomes full-width, as ``_punct``
        # would make it (without a call per mark; most texts with half-width marks are so).
        for half, full in _FULL.items():
            if half in text:
                text = text.replace(half, full)
        return text
    return _PUNCT.sub(_punct, text)


def fix_spaces(text: str) -> str:
    """Drop extraction spaces in CJK text; one space elsewhere."""
    return _SPACES.sub(_space, text)


def normalize(text: str, *, punctuation: bool = True, spaces: bool = True) -> str:
    if punctuation:
        text = fix_punctuation(text)
    if spaces:
        text = fix_spaces(text)
    return text
