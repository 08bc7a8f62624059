"""ACM's reference format (acmart's ACM-Reference-Format.bst): names given first, the year as a
sentence of its own, then the title and the rest::

    Patricia S. Abril and Robert Plant. 2007. The patent holder's dilemma. Commun. ACM 50, 1 (Jan. 2007), 36–44.
    Sarah Cohen and Werner Nutt. 2007. Deciding equivalences. J. ACM 54, 2, Article 5 (April 2007), 50 pages.
    Sten Andler. 1979. Predicate path expressions. In Proceedings of the 6th ACM Symposium (POPL '79). ACM Press,
        New York, NY, 226–236.
    David A. Anisi. 2003. Optimal motion control. Master's thesis. Royal Institute of Technology, Stockholm, Sweden.
    David Kosiur. 2001. Understanding Policy-Based Networking (2nd. ed.). Wiley, New York, NY.
    Barack Obama. 2008. A more perfect union. Video. Retrieved March 21, 2008 from http://…

and the format's other documented forms: a preprint ("Title. arXiv:1403.1349 [cs.DL]"), a technical
report ("Title. Technical Report TR-200. Institution, Place."), a book in a series and volume, an
edited book with the chapter cited ("Ian Editor (Ed.). 2008. Title (2nd. ed.). Publisher, Place,
Chapter 100."), a publisher without a place ("Addison Wesley Longman Publishing Co., Inc."), a paper in
proceedings numbered as an article ("…, Article 7, 9 pages."), a note after a thesis's place ("UMI Order
Number: AAT 8506171."), a patent ("Title. Patent No. 12345, Filed July 1st., 2008, Issued Aug. 9th., 2009.").

(the DOI or URL is taken out before). What sets it apart from Chicago author-date ("Family, Given.
2019.") is the first name printed given name first: two words or more before the first comma.
"""

from __future__ import annotations

import re

from wenxian.refparse.spans import Spans
from wenxian.refparse.styles.common import MONTH, PAGES, UNTIL_STOP, YEAR, groups, head_and_rest

# The names: "Given Family", "Given I. Family and Given Family", "A B, C D, and E F"; an editor's "(Ed.)".
_GIVEN_FIRST = r"[A-Z][^\s,.()]*\.?(?:\s(?:[a-z]{1,3}\s)?[A-Z][^\s,()]*)+"
HEAD = re.compile(rf"^(?P<author>{_GIVEN_FIRST}(?:(?:,\s(?:and\s)?|\sand\s){_GIVEN_FIRST})*)"
                  rf"(?:\s\((?P<ed>Eds?)\.\))?\.\s+{YEAR}\.\s+(?P<rest>.+)$")
# The title ends at its full stop, or keeps its question or exclamation mark ("Buy, sell, or troll?").
_TITLE = rf"(?:(?P<title>{UNTIL_STOP}[?!])|(?P<title2>{UNTIL_STOP})\.)"
# What the work is, before its journal or book ("Video. In ACM SIGGRAPH 2003 Video Review …").
_KIND = r"(?:(?:Video|Audio|Software|Dataset|Poster)\.\s+)?"
_DATE = rf"\((?:{MONTH}(?:[-–]{MONTH})?\s)?(?:1[5-9]|20)\d\d\)"
ARTICLE = re.compile(rf"^{_TITLE}\s+{_KIND}(?P<container>[A-Z][^,\d]*?)\s(?P<volume>\d+),\s(?P<issue>\d+)"
                     rf"(?:,\sArticle\s(?P<number>\d+))?(?:\s{_DATE})?(?:,\s{PAGES}(?:\spages)?)?\s*\.?\s*$")
# A book's or proceedings' title may be followed by its series and volume in parentheses, its edition,
# its editors, a series after it ("… Systems, G. Rozenberg (Eds.). Lecture Notes in Computer Science, Vol. 1494.").
IN = re.compile(rf"^{_TITLE}\s+{_KIND}In\s+(?P<container>.+?)(?:\s\((?P<series>[^()]+?),\s+Vol\.\s(?P<volume>\d+)\))?"
                r"(?:\s\((?P<edition>\d+)(?:st|nd|rd|th)\.?\s?ed\.\))?(?:,\s(?P<editor>[^()]+?)\s\(Eds?\.\))?"
                r"(?:\.\s(?P<series2>[^.]+?),\sVol\.\s(?P<volume2>\d+))?\.\s+(?P<publisher>[A-Z][^,.]+?),\s+"
                rf"(?P<address>[A-Z][^\d]*?)(?:,\sArticle\s(?P<number>\d+))?(?:,\s+{PAGES}|,\s\d+\spages)?\s*\.?\s*$")
THESIS = re.compile(rf"^{_TITLE}\s+(?P<kind>Master[’']s thesis|Ph\.\s?D\.\s+Dissertation)\.\s+"
                    r"(?P<publisher>[A-Z][^,.]+?),\s+(?P<address>[A-Z][^.\d]*?)(?:\.\s+(?P<note>[A-Z][^.]*?\d[^.]*?))?\s*\.?\s*$")
# (A book's title may hold its volume: "The Art of Computer Programming, Vol. 1: Fundamental Algorithms".)
_BOOK_TITLE = r"(?:[^.]|\.(?!\s)|(?<=\b[A-Z])\.\s|(?<=\bVol)\.\s(?=\d))+?"
BOOK = re.compile(rf"^(?P<title>{_BOOK_TITLE})(?:\s\((?P<edition>\d+)(?:st|nd|rd|th)\.?\s?ed\.\))?\.\s+"
                  r"(?:(?P<series>[A-Z][^.]+?),\sVol\.\s(?P<volume>\d+)\.\s+)?"
                  r"(?P<publisher>[A-Z][^,.]+?)(?:,\s+(?P<address>[A-Z][^.\d]*?)(?:,\sChapter\s(?P<chapter>\d+))?"
                  r"|(?:\sCo\.)?,\s(?:Inc|Ltd)\.?)\s*\.?\s*$")
PREPRINT = re.compile(rf"^{_TITLE}\s+(?P<eprint>arXiv:\s?[\w./\-]*\w(?:\s\[[\w.\-]+\])?)\s*\.?\s*$")
REPORT = re.compile(rf"^{_TITLE}\s+(?P<number>[^.]*?(?:Technical Report|Tech\.\sRep\.)\s[^.]+?)\.\s+"
                    r"(?P<publisher>[A-Z][^,.]+?),\s+(?P<address>[A-Z][^.\d]*?)\s*\.?\s*$")
PATENT = re.compile(rf"^{_TITLE}\s+Patent\sNo\.\s(?P<number>[\w,\-/]+?),\s(?P<note>(?:Filed|Issued)\s.+?)\s*\.?\s*$")
ONLINE = re.compile(rf"^{_TITLE}\s+(?:[A-Z][a-z]+\.\s+)?Retrieved\s+{MONTH}\s\d{{1,2}},\s(?:1[5-9]|20)\d\d\s+from\s*\.?\s*$")


def read(text: str) -> Spans | None:
    if (head := head_and_rest(HEAD, text)) is None:
        return None
    spans, rest = head
    spans["order"] = "given-first"
    spans["contributors"] = "given-first"
    for pattern, kind in ((ARTICLE, ""), (THESIS, "thesis"), (IN, "inproceedings"), (ONLINE, "online"),
                          (BOOK, "book"), (PREPRINT, "unpublished"), (REPORT, "techreport"), (PATENT, "patent")):
        m = pattern.match(rest)
        if not m:
            continue
        found = groups(m)
        for key in ("title", "series", "volume"):
            if f"{key}2" in found:
                found[key] = found.pop(f"{key}2")
        if kind == "thesis":
            found["type"] = "mastersthesis" if found.pop("kind").startswith("Master") else "phdthesis"
        elif kind:
            found["type"] = kind
        if "number" in found and ("issue" in found or kind == "inproceedings"):
            found["note"] = f"Article {found.pop('number')}"
        if kind == "book" and "publisher" not in found:
            continue
        if kind == "book" and "address" not in found:
            # the publisher's "Co., Inc." was matched outside the group: take it back from the line
            found["publisher"] = m.group(0)[m.start("publisher"):].strip()
        if kind == "unpublished":
            found["note"] = f"Preprint {found.pop('eprint')}"  # its source (reading.plausible)
        return {**spans, **found}
    return None
