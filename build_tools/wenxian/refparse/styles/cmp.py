"""The style of Condensed Matter Physics (``cmpj``) and the physics journals of Eastern Europe that follow it: the
names inverted with their initials after them, no title for an article, every field set off by a comma, the year
after the journal::

    Bussmann-Holder A., Simon A., Büttner H., Phys. Rev. B, 1989, 39, 207–214, doi:10.1103/PhysRevB.39.207.
    Melnyk R. S., Patsahan O. V., Theor. Math. Phys., 2000, 124, No. 2, 1145–1156, doi:…, [Teor. Mat. Fiz., …].
    Zubarev D. N., Nonequilibrium Statistical Thermodynamics, Consultants Bureau, New-York, 1974.
    Abramovitz M., Stegun I. A. (Eds.), Handbook of …, National Bureau of Standards Applied Mathematics Series,
        Vol. 55, U.S. Government Printing Office, Washington, D.C., 1964.
    Olver F. W. J., In: Handbook of …, … Series, Vol. 55, Abramovitz M., Stegun I. A. (Eds.), U.S. Government
        Printing Office, Washington, D.C., 1964, 355–434.
    Stasyuk I. V., Mysakovych T. S., Preprint of the Institute for Condensed Matter Physics, ICMP–04–12U, Lviv, 2004.
    Shvaika A. M., Vorobyov O., Preprint arXiv:cond-mat/0408400, 2004.

Left out, as no field of the work: a series named before "Vol.", the original of a translation in brackets after
it, notes in parentheses ("(in Russian)", "(in press)", "(14 pages)"), a conference's place and year in
parentheses. (The DOI or URL is taken out before.)
"""

from __future__ import annotations

import re

from wenxian.refparse.spans import Spans

_NAME = (r"(?:(?:De|Le|La|Van|Von|Di|Da|Du)\s)?[A-Z][^\W\d_]+(?:[-’'][A-Z]?[^\W\d_]+)*"
         r"\s(?:[A-Z][a-z]?\.\s?-?)*[A-Z][a-z]?\.")
_NAMES = rf"{_NAME}(?:,\s+{_NAME})*"
HEAD = re.compile(rf"^(?P<author>{_NAMES})(?:\s\((?P<ed>Eds?)\.\))?,\s+(?P<rest>.+)$")
_PAGES = r"(?P<pages>\d+(?:\s?[–-]\s?\d+)?)"
_PLACE = r"(?P<address>[A-Z][^,\d]*?(?:,\s[A-Z]\.\s?[A-Z]\.)?)"
ARTICLE = re.compile(rf"^(?P<container>[A-Z][^,\d]*?),\s(?P<year>\d{{4}}),\s(?P<volume>\d+),(?:\sNo\.\s(?P<issue>\d+),)?"
                     rf"\s{_PAGES}(?:\s\(\d+\spages\))?$")
# An article accepted, not yet in an issue: "Scientometrics, 2013, (in press)."
ARTICLE_NO_VOLUME = re.compile(r"^(?P<container>[A-Z][^,\d]*?),\s(?P<year>\d{4})$")
BOOK = re.compile(rf"^(?P<title>[^,]+?),\s(?P<publisher>[A-Z][^,\d]*?),\s{_PLACE},\s(?P<year>\d{{4}})$")
BOOK_SERIES = re.compile(rf"^(?P<title>.+),\s[^,]+,\sVol\.\s(?P<volume>\d+),\s(?P<publisher>[A-Z][^,\d]*?),\s{_PLACE},"
                         r"\s(?P<year>\d{4})$")
IN = re.compile(rf"^In:\s(?P<container>.+?)(?:\s\([^()]*\))?,(?:\s[^,]+,)?\sVol\.\s(?P<volume>\d+),"
                rf"(?:\s(?P<editor>{_NAMES})\s\(Eds?\.\),)?\s(?P<publisher>[A-Z][^,\d]*?),\s{_PLACE},\s(?P<year>\d{{4}}),\s{_PAGES}$")
REPORT = re.compile(r"^Preprint\sof\sthe\s(?P<publisher>[A-Z][^,\d]*?),\s(?P<number>[A-Z][\w–\-]*\d[\w–\-]*),"
                    rf"\s{_PLACE},\s(?P<year>\d{{4}})$")
PREPRINT = re.compile(r"^Preprint\s(?P<eprinttype>arXiv):(?P<eprint>[\w.\-]+/\d{7}|\d{4}\.\d{4,5}),\s(?P<year>\d{4})$")
# Notes after the fields: a language, "(in press)", "(unpublished)", the original in brackets.
_NOTES = re.compile(r"(?:\s*,?\s*(?:\((?P<note>in press|unpublished|in [A-Z][a-z]+)\)|\[[^\[\]]*\]))+\s*\.?\s*$")


def read(text: str) -> Spans | None:
    text = re.sub(r",\s*,", ",", text.strip())  # (a DOI taken out between two commas)
    head = HEAD.match(text)
    if not head:
        return None
    rest = head.group("rest")
    notes = _NOTES.search(rest)
    note = notes.group("note") if notes else None
    rest = (rest[:notes.start()] if notes else rest).strip().rstrip(" .,")
    spans: Spans = {"editor" if head.group("ed") else "author": head.group("author")}
    for pattern, kind in ((ARTICLE, ""), (ARTICLE_NO_VOLUME, ""), (IN, "incollection"), (BOOK_SERIES, "book"),
                          (BOOK, "book"), (REPORT, "techreport"), (PREPRINT, "unpublished")):
        m = pattern.match(rest)
        if not m:
            continue
        if pattern is ARTICLE_NO_VOLUME and note != "in press":
            return None
        found = {k: v for k, v in m.groupdict().items() if v}
        if kind:
            found["type"] = kind
        if pattern is PREPRINT:
            found.update(eprinttype="arxiv", note=f"Preprint arXiv:{found['eprint']}")
        if note == "in press":
            found["note"] = note
        return {**spans, **found}
    return None
