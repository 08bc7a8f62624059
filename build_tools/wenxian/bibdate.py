"""Dates in .bib fields, read one way for both ``wenxian check`` and the styles.

biblatex wants ISO 8601 (``2024``, ``2024-05``, ``2024-05-01``, ranges
``1883/1885``). Real files also carry dates as reference managers write them:
``2026-2-22`` (no zero padding), ``2019/9/16``, ``2019年9月16日``, ``June 2010``, ``18.12.2000``, and
timestamps such as ``2019/9/16上午2:05:19`` (a Zotero "date added" that slipped
into ``year``). :func:`read_date` reads those to the ISO date they mean and
says whether the field was already correct; ``check`` reports the fix and the
styles print the date it reads, so the two never disagree.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

__all__ = ["DateReading", "read_date", "timestamp_year"]

_ISO_PART = r"\d{4}(?:-(\d{2})(?:-(\d{2}))?)?[~?%]?"
ISO_DATE = re.compile(rf"^{_ISO_PART}(?:/(?:{_ISO_PART}|\.\.)?)?$")
# A calendar date written another way, maybe followed by a time of day.
_LOOSE = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?)?"
    r"(?:(?:\s*|T)(?:上午|下午|AM|PM|am|pm)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:AM|PM|am|pm))?"
    r"(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")

# A date written day first with full stops, as Russian, German and most of Europe write it
# (disser's GOST database: ``date = {18.12.2000}``, ``urldate = {01.11.2009}``). The order of
# dotted dates is day, month, year wherever they are written so; slashes are not read this way
# (01/11/2009 is 11 January in the United States).
_DOTTED = re.compile(r"^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})$")

# English month names as people type them: "June 2010", "Jun. 2010", "12 June 2010",
# "June 12, 2010".
_MONTHS = {name: number for number, names in enumerate(
    (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")), start=1)
    for name in names}
_MONTH = r"([A-Za-z]{3,9})\.?"
_WORDED = (re.compile(rf"^{_MONTH}\s+(?:(\d{{1,2}}),?\s+)?(\d{{4}})$"),  # June [12,] 2010
           re.compile(rf"^(\d{{1,2}})\s+{_MONTH}\s+(\d{{4}})$"))  # 12 June 2010


def _worded(text: str) -> tuple[int, int, int | None] | None:
    """(year, month, day) of a date written with an English month name."""
    match = _WORDED[0].match(text)
    if match:
        month, day, year = match.groups()
    else:
        match = _WORDED[1].match(text)
        if not match:
            return None
        day, month, year = match.groups()
    number = _MONTHS.get(month.lower())
    if number is None:
        return None
    return int(year), number, int(day) if day else None


@dataclass(frozen=True)
class DateReading:
    """What a date field means: ``iso`` ("" when unreadable), and whether the
    field already says it in ISO form."""

    iso: str
    exact: bool


def _valid(year: int, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None and (month is None or not 1 <= day <= calendar.monthrange(year, month)[1]):
        return False
    return True


def _valid_iso(text: str) -> bool:
    for part in text.split("/"):
        if part in ("", ".."):
            continue
        pieces = part.rstrip("~?%").split("-")
        month = int(pieces[1]) if len(pieces) > 1 else None
        day = int(pieces[2]) if len(pieces) > 2 else None
        if not _valid(int(pieces[0]), month, day):
            return False
    return True


# A range whose end is open, written with the word (biblatex-arthistory-bonn's
# ``date = {1992/open}``, a lexicon still appearing): biblatex's form is "1992/".
_OPEN_END = re.compile(rf"^({_ISO_PART})\s*/\s*open$", re.IGNORECASE)


def read_date(value: str) -> DateReading:
    """The ISO date ``value`` means (see the module docstring)."""
    text = value.strip()
    if ISO_DATE.match(text):
        return DateReading(text, True) if _valid_iso(text) else DateReading("", False)
    match = _OPEN_END.match(text)
    if match and _valid_iso(match.group(1)):
        return DateReading(match.group(1) + "/", False)
    match = _LOOSE.match(text)
    dotted = _DOTTED.match(text)
    if match:
        parts = (int(match.group(1)), int(match.group(2)),
                 int(match.group(3)) if match.group(3) else None)
    elif dotted:
        parts = (int(dotted.group(3)), int(dotted.group(2)), int(dotted.group(1)))
    else:
        parts = _worded(text)
    if parts:
        year, month, day = parts
        if _valid(year, month, day):
            iso = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
            return DateReading(iso, False)
    return DateReading("", False)


def timestamp_year(value: str) -> str:
    """The year of a ``year`` field that holds a whole date or timestamp
    (``2019/9/16上午2:05:19`` → ``2019``); "" for a year as the standard
    allows it ("2019", "c1988", "[1936]", "1881（光绪七年）", "1883-1885")."""
    reading = read_date(value)
    if reading.iso and "-" in reading.iso and not reading.exact:
        return reading.iso[:4]
    if reading.exact and re.match(r"^\d{4}-\d{2}", value.strip()):
        return value.strip()[:4]
    return ""
