"""GB/T lines of the author-year system: the year after the names, not in the source.

GB/T 7714's second system (著者-出版年制) and styles built on it (caspervector's
author-year, many economics journals) write ``范明, 蒋雪. 2016a. 题名[J]. 社会学研究,
31(2): 140-163.`` or ``J. A. Hewitt (1984). “Technical services in 1983” [J]. Library
Resource Services, 28(3): 205–218.``: a numeric GB/T line whose year was moved to the
head. The reader moves it back — after the publisher of a book, after the journal of
an article, at the end — and lets the GB/T parser (:mod:`.parser`) read the line; the
first place where the parser reads the whole line wins, so nothing is guessed.
"""

from __future__ import annotations

import re

from pybtex.database import Entry

from wenxian.errors import WenxianError
from wenxian.refparse.parser import parse_reference
from wenxian.refparse.text import canonical

_CODE = r"\[[A-Z]{1,2}(?:/[A-Z]{2})?\]"
# Names, then "(1984)" / "(c2000)" or ". 2016a." , then the rest with a type code.
_HEAD = re.compile(
    r"^(?P<names>[^\[\]]+?)(?:\s*\(\s*c?(?P<y1>(?:1[5-9]|20)\d\d)[a-z]?\s*\)\s*\.?"
    r"|\s*[.,]\s*c?(?P<y2>(?:1[5-9]|20)\d\d)[a-z]?\s*\.)\s*(?P<rest>.+" + _CODE + r".*)$")
_QUOTED_TITLE = re.compile(r"^[“\"](?P<title>.+?)[”\"]\s*(?=" + _CODE + ")")
_INITIAL = re.compile(r"\b[A-Z]\.")
# An online item's link and the day it was seen, as caspervector and biblatex print them
# ("http://…, accessed on 1999-12-08.", "https://…，访问于 2018-05-28。"): GB/T writes
# "[1999-12-08]. http://…" — the citation date in brackets, then the link.
_ACCESSED = re.compile(r"^(?P<body>.*?)\s*(?P<url>(?:https?|ftp)://\S+?)\s*,\s*(?:accessed on|访问于)\s*"
                       r"(?P<date>\d{4}-\d{1,2}-\d{1,2})\s*\.?\s*$")
# "Ver. 2.7. 2016-12-05" after the type code: the version and the day it was updated.
_VERSION = re.compile(r"^\.?\s*Ver\.\s*(?P<v>[\w.\-]+?)\.\s+(?P<date>\d{4}-\d{2}-\d{2})\s*\.?$")
# A patent's country and number after the type code ("US: 828402.").
_PATENT = re.compile(r"^\.?\s*(?P<country>[A-Z]{2}|[\u4e00-\u9fff]{2,4})\s*:\s*(?P<number>[\w\-/]+)\s*\.\s*(?P<rest>.*)$")
# "2002-11-11." alone after the type code (or after a patent's number): the update date.
_DATE_ONLY = re.compile(r"^(?P<before>.*?)\.?\s*(?P<date>\d{4}-\d{2}-\d{2})\s*\.?$")
_GIVEN_FIRST = re.compile(r"^((?:[A-Z]\.\s?-?)+)\s*([A-Za-z][\w’'\- ]*?)(\s+(?:Jr|Sr|II|III|IV)\.?)?$")
# "In: L. W. Pattle and B. J. Cox. Electronic resources…": the editors end at the first
# ". " before a word (not an initial).
_IN = re.compile(r"^\.\s*In:\s*(.+?)(?<![\s.][A-Z])\.\s+(?=[^\s.]{2,})")
_PAGES = re.compile(r"^[A-Za-z]?\d+[A-Za-z]?(?:\s*[-–—]+\s*[A-Za-z]?\d+[A-Za-z]?)?$")
_PAGES_AFTER_PUBLISHER = re.compile(r"^,\s*(\d+\s*[–-]\s*\d+)\.?\s*$")
# Where the year may go back: before ", " / ": " / "(" after the type code, or at the end.
_SLOT = re.compile(r"(?=,\s|:\s|\(|\.?\s*$)")


def is_author_year_line(text: str) -> bool:
    """Whether ``text`` has the author-year head and a type code (then the numeric
    parser's reading, which would take "(1999)" for part of a name, is not trusted)."""
    return bool(_HEAD.match(canonical(text).strip()))


def _names(names: str) -> str:
    """Personal names "W. J. Kennedy and R. E. Garrison", "A, B et al." in GB/T's own
    way (commas, "et al"); an organisation's "and" stays."""
    if _INITIAL.search(names):
        names = re.sub(r"\s*,?\s+and\s+", ", ", names)
    names = re.sub(r"\s*,?\s+et\s+al\.?$", ", et al", names)
    # "D. J. des Marais" is GB/T's "des Marais D J" (family name first, initials bare).
    return ", ".join(_GIVEN_FIRST.sub(_family_first, n) for n in names.split(", "))


def _family_first(m: re.Match[str]) -> str:
    # "G. L. Nord Jr." → "Nord G L Jr." (the lineage stays last; names.py attaches it).
    return f"{m.group(2)} {' '.join(m.group(1).replace('.', ' ').split())}{m.group(3) or ''}"


def read_author_year_gbt(text: str) -> Entry | None:
    """The entry of an author-year GB/T line, or None when it is not one."""
    m = _HEAD.match(canonical(text).strip())
    if not m:
        return None
    year = m.group("y1") or m.group("y2")
    names = _names(m.group("names").strip())
    rest = _QUOTED_TITLE.sub(lambda q: q.group("title"), m.group("rest").strip())
    code = re.search(_CODE, rest)
    head, tail = rest[:code.end()], rest[code.end():]
    # "In: Editors. Book" is GB/T's "//Editors. Book".
    tail = _IN.sub(lambda i: "//" + _names(i.group(1)) + ". ", tail, count=1)
    online = _ACCESSED.match(tail)
    if online:
        return _online(names, head, year, online)
    for slot in _SLOT.finditer(tail):
        i = slot.start()
        before = tail[:i].rstrip(" .")
        if not before.strip(" ./"):
            continue
        after = tail[i:]
        pages = _PAGES_AFTER_PUBLISHER.match(after)
        if pages:  # "New York: ASME, 17–38." is "New York: ASME, 1971: 17–38."
            after = f": {pages.group(1)}."
        line = f"{names}. {head}{before}, {year}{after}"
        try:
            entry = parse_reference(line)
        except WenxianError:
            continue
        if _plausible(entry):
            return entry
    return None


def _online(names: str, head: str, year: str, m: re.Match[str]) -> Entry | None:
    """An online item (link and citation date at the end) as GB/T prints it: what stands
    between the type code and the link — nothing, a version and its date, an update date,
    a publisher, a journal's volume and pages — with the year where the standard puts it."""
    body = m.group("body").strip().rstrip(".").strip()
    cited = f"[{m.group('date')}]. {m.group('url')}."
    code = re.search(_CODE, head)
    patent = _PATENT.match(body) if code and code.group(0).startswith("[P") else None
    if patent:  # "Compiler [P/OL]. US: 828402. 2002-05-25": GB/T's "Compiler: US828402[P/OL]"
        head = f"{head[:code.start()].rstrip()}: {patent.group('country')}{patent.group('number')}{head[code.start():]}"
        body = patent.group("rest").strip()
    version = _VERSION.match(body)
    dated = _DATE_ONLY.match(body)
    if not body.strip(" ."):
        lines = [f"{names}. {head}. ({year}){cited}"]
    elif version:
        lines = [f"{names}. {head}. version {version.group('v')}, ({version.group('date')}){cited}"]
    elif dated and dated.group("date").startswith(year):
        before = dated.group("before").strip(" .")
        lines = [f"{names}. {head}{'. ' + before if before else ''}. ({dated.group('date')}){cited}",
                 f"{names}. {head}{'. ' + before if before else ''}, {year}({dated.group('date')}){cited}"]
    else:
        # "Houston, Tex: University of Houston Libraries" / "Science, 281: 331–332": the year
        # after the publisher or the journal, as in a printed item.
        lines = [f"{names}. {head}{body[:slot.start()]}, {year}{body[slot.start():]}{cited}"
                 for slot in _SLOT.finditer(body) if body[:slot.start()].strip(" ./")]
    for line in lines:
        try:
            entry = parse_reference(line)
        except WenxianError:
            continue
        if _plausible(entry) and entry.fields.get("url"):
            return entry
    return None


def _plausible(entry: Entry) -> bool:
    """A reading that put the year in the wrong place shows it: no year, a link with
    words in it, words in the pages, a whole area (". Title") in the publisher, "In"
    for a place."""
    f = entry.fields
    if not f.get("year") or re.search(r"\s", f.get("url", "")):
        return False  # the year went into the link ("…htm, 1999, accessed on …")
    if f.get("pages") and not _PAGES.match(f["pages"].strip()):
        return False
    if re.search(r"\.\s+[A-Z][a-z]", f.get("publisher", "")) or re.fullmatch(r"[\d.\s]+", f.get("publisher", "x")):
        return False  # a whole area, or a number (a patent's), in the publisher
    return f.get("address", "").strip().lower() not in ("in", "in:")
