"""What the styles of this package share: a year, pages, and how a match becomes spans."""

from __future__ import annotations

import re

from wenxian.refparse.fragments import END, PAGES, YEAR  # noqa: F401  (the styles take them from here)
from wenxian.refparse.spans import Spans

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
         r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# Given names ending in an initial have a period that is no sentence's end ("Allen, Anita L.").
UNTIL_STOP = r"(?:[^.]|\.(?!\s)|(?<=\b[A-Z])\.\s)+?"


def groups(m: re.Match[str]) -> Spans:
    return {k: v.strip() for k, v in m.groupdict().items() if v and v.strip()}


def head_and_rest(head: re.Pattern[str], text: str) -> tuple[Spans, str] | None:
    """A style's head read off an entry (``head``'s groups: its names, year …) and the rest after
    it (``head``'s group ``rest``), or None where the entry does not open so. Where the head marks
    its names as editors (its group ``ed``: "(Ed.)", "eds."), they are the editors."""
    m = head.match(text.strip())
    return None if not m else spans_and_rest(m)


def spans_and_rest(m: re.Match[str]) -> tuple[Spans, str]:
    """:func:`head_and_rest` of a head already matched."""
    spans = groups(m)
    if spans.pop("ed", None):
        spans["editor"] = spans.pop("author")
    return spans, spans.pop("rest")


def first_form(rest: str, forms: tuple[tuple[re.Pattern[str], str], ...]) -> Spans | None:
    """The fields of the first of a style's ``forms`` (a pattern and the entry type it reads; "" for
    the style's journal article) that the rest of an entry matches, with that type; None if none."""
    for pattern, kind in forms:
        m = pattern.match(rest)
        if m:
            found = groups(m)
            if kind:
                found["type"] = kind
            return found
    return None


def month_number(name: str) -> int | None:
    """1–12 for a month's English name or its first three letters ("Nov.", "November"), else None."""
    return _MONTH_BY_ABBREVIATION.get(name[:3])


_MONTH_BY_ABBREVIATION = {name[:3]: k for k, name in enumerate(MONTH_NAMES, start=1)}


# A particle printed after the given names ("Beethoven, L. van", "Brandt, Ahasver von", "Geer, Ingrid de"): put
# before the family name ("van Beethoven, L."), where BibTeX and the names' reader look for it.
_PARTICLE_AFTER = re.compile(r"^(?P<family>[^\W\d_][^,]*),\s+(?P<given>[^,]+?)\s+(?P<particle>von|van|de|du|der|den|da|di|le|la)$")


def particle_first(name: str) -> str:
    m = _PARTICLE_AFTER.match(name.strip())
    return f"{m.group('particle')} {m.group('family')}, {m.group('given')}" if m else name
