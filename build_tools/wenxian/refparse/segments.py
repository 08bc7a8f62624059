"""Splitting a reference into its ". "-separated areas (著录项目).

GB/T 7714 closes each area with ". ". A period followed by a space is not
always an area end, though: abbreviations such as "U.S." or "Univ." carry one
too. Those are listed here as data.
"""

from __future__ import annotations

import re

# Words whose trailing period is an abbreviation, not the end of an area.
ABBREVIATIONS = frozenset(
    {"Univ", "Rev", "Dept", "Corp", "Co", "St", "Mt", "Ft", "vs", "Vol", "vol", "No", "no", "pp",
     "Dr", "Mr", "Mrs", "Ms", "Prof", "Ver"}
)
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]$")  # U.S, D.C
_BOUNDARY = re.compile(r"\.\s+")


# Names with packed, dotted initials from the start of the line ("Knuth D.E.", "Harris E.C., von Nad J.D."):
# the last initial's period ends the names' area (it is no "U.S." inside a title).
_NAME = r"(?:[a-z]+\s)*[A-Z][^\W\d_]+(?:[\-'’][A-Z]?[^\W\d_]+)*\s(?:[A-Z]\.)+[A-Z]"
_DOTTED_NAMES = re.compile(rf"^{_NAME}(?:\.,\s{_NAME})*$")


def _is_abbreviation(before: str) -> bool:
    if _DOTTED_NAMES.match(before):
        return False
    word = re.split(r"[\s,(（]", before)[-1]
    return word in ABBREVIATIONS or bool(_DOTTED.search(word))


def split_areas(text: str) -> list[str]:
    """``text`` cut at each ". " that ends an area; the pieces are stripped.

    A trailing period on the last piece is kept: the caller decides whether it
    is a terminator or part of the data.
    """
    pieces: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        before = text[start : m.start()]
        if _is_abbreviation(text[: m.start()]):
            continue
        pieces.append(before.strip())
        start = m.end()
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]
