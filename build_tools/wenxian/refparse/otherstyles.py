"""A rule reader for the common non-GB/T reference styles (the baseline of :mod:`.crf`).

Each style is one pattern over the line with its DOI and URL already taken out
(:func:`wenxian.refparse.spans.take_identifiers`):

- APA and publisher (Hans, SCIRP) styles: ``Authors (Year). Title. Journal, 12(3), 1-10.``
  or ``… (Year) Title. Publisher, Place.``;
- Chicago author-date: ``Authors. Year. "Title." Journal 12 (3): 1-10.``;
- Vancouver: ``Authors. Title. Journal. Year;12(3):1-10.`` or ``… Place: Publisher; Year.``;
- GB/T without a type code: ``Authors. Title. Journal, Year, 12(3): 1-10.``.

A pattern either reads the whole line or nothing: what it returns is typed
fields, never a guess at part of a line.
"""

from __future__ import annotations

import re

from wenxian.refparse.spans import Spans

_YEAR = r"(?P<year>\d{4}[a-z]?)"
_VOL = r"(?P<volume>\d+[A-Za-z]?)"
_ISS = r"(?:\s*[(（]\s*(?P<issue>[^)）]+?)\s*[)）])"
_PAGES = r"(?:Article\s*(?:ID|No\.?|number)?\s*:?\s*)?(?P<pages>[A-Za-z]?\d+[A-Za-z]?(?:\s*[-–—]\s*[A-Za-z]?\d+)?)"
_END = r"\s*[.。]?\s*$"

# "(2019)", "(2019, January 4)"; an editor's "(Ed.)." / "(Eds.)." may stand before it.
APA = re.compile(rf"^(?P<author>.+?)(?:\s*\((?:Eds?|eds?)\.\)\.?)?[.,]?\s*[(（]{_YEAR}"
                 rf"(?:,\s*[A-Z][a-z]+\.?(?:\s+\d{{1,2}})?)?[)）][.,。]?\s*(?P<rest>.+)$")
# A description in brackets after an APA title ("[Editorial]", "[Special issue]") is not the title.
_DESCRIPTION = re.compile(r"\s*\[[^\[\]]{2,80}\]$")
APA_JOURNAL = re.compile(
    rf"^(?P<title>.+?)[.?!。]\s+(?P<container>[^.。]+?)\s*[,，]\s*(?:{_VOL}\s*)?{_ISS}?\s*[,，]\s*{_PAGES}{_END}")
APA_VOL_ONLY = re.compile(rf"^(?P<title>.+?)[.?!。]\s+(?P<container>[^.。]+?)\s*[,，]\s*{_VOL}{_ISS}?{_END}")
BOOK_PUB = re.compile(r"^(?P<title>.+?)[.?!。]\s+(?P<publisher>[^.,:]+?)(?:\s*,\s*(?P<address>[^.,:]+?))?\s*[.。]?\s*$")
CHICAGO = re.compile(rf"^(?P<author>.+?)\.\s+{_YEAR}\.\s+(?P<rest>.+)$")
CHICAGO_JOURNAL = re.compile(
    rf"^[“\"](?P<title>.+?)[.,]?[”\"]\s*[.,]?\s*(?P<container>[^.]+?)\s+{_VOL}{_ISS}?\s*:\s*{_PAGES}{_END}")
CHICAGO_BOOK = re.compile(r"^(?P<title>.+?)\.\s+(?P<address>[^.:]+?)\s*:\s*(?P<publisher>[^.]+?)\s*\.?\s*$")
VANCOUVER = re.compile(
    rf"^(?P<author>[^.]+?)\.\s+(?P<title>.+?)[.?]\s+(?P<container>[^.;]+?)\.?\s+{_YEAR}"
    rf"(?:\s+[A-Z][a-z]{{2}}[^;:]*)?\s*;\s*(?:{_VOL})?{_ISS}?\s*:\s*{_PAGES}{_END}")
VANCOUVER_BOOK = re.compile(
    rf"^(?P<author>[^.]+?)\.\s+(?P<title>.+?)\.\s+(?P<address>[^.:;]+?)\s*:\s*(?P<publisher>[^.;]+?)\s*;\s*{_YEAR}{_END}")
GBT_NO_CODE = re.compile(
    rf"^(?P<author>[^.]+?)\.\s+(?P<title>.+?)\.\s+(?P<container>[^.,]+?)\s*,\s*{_YEAR}\s*"
    rf"(?:,\s*{_VOL})?{_ISS}?\s*(?::\s*{_PAGES})?{_END}")
GBT_NO_CODE_BOOK = re.compile(
    rf"^(?P<author>[^.]+?)\.\s+(?P<title>.+?)\.\s+(?P<address>[^.:,]+?)\s*:\s*(?P<publisher>[^.,]+?)\s*,\s*{_YEAR}{_END}")


def _groups(m: re.Match[str]) -> Spans:
    return {k: v.strip() for k, v in m.groupdict().items() if v and v.strip()}


def read_other_style(text: str) -> tuple[Spans, str] | None:
    """``(spans, style name)`` when one style's pattern reads all of ``text``."""
    text = text.strip()
    for pattern, name in ((VANCOUVER, "vancouver"), (VANCOUVER_BOOK, "vancouver"),
                          (GBT_NO_CODE, "gbt-no-code"), (GBT_NO_CODE_BOOK, "gbt-no-code")):
        m = pattern.match(text)
        if m:
            return _groups(m), name
    for head, name in ((APA, "apa"), (CHICAGO, "chicago")):
        m = head.match(text)
        if not m:
            continue
        spans = {k: v.strip() for k, v in m.groupdict().items() if k != "rest" and v}
        rest = m.group("rest").strip()
        for body in (CHICAGO_JOURNAL, CHICAGO_BOOK) if name == "chicago" else (
                APA_JOURNAL, APA_VOL_ONLY, BOOK_PUB):
            b = body.match(rest)
            if b:
                found = _groups(b)
                if name == "apa" and "title" in found:
                    found["title"] = _DESCRIPTION.sub("", found["title"]) or found["title"]
                return {**spans, **found}, name
    return None
