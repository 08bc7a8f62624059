"""ACM's reference format (acmart's ACM-Reference-Format.bst): names given first, the year as a
sentence of its own, then the title and the rest::

    Patricia S. Abril and Robert Plant. 2007. The patent holder's dilemma. Commun. ACM 50, 1 (Jan. 2007), 36–44.
    Sarah Cohen and Werner Nutt. 2007. Deciding equivalences. J. ACM 54, 2, Article 5 (April 2007), 50 pages.
    Sten Andler. 1979. Predicate path expressions. In Proceedings of the 6th ACM Symposium (POPL '79). ACM Press,
        New York, NY, 226–236.
    David A. Anisi. 2003. Optimal motion control. Master's thesis. Royal Institute of Technology, Stockholm, Sweden.
    David Kosiur. 2001. Understanding Policy-Based Networking (2nd. ed.). Wiley, New York, NY.
    Barack Obama. 2008. A more perfect union. Video. Retrieved March 21, 2008 from http://…

(the DOI or URL is taken out before). What sets it apart from Chicago author-date ("Family, Given.
2019.") is the first name printed given name first: two words or more before the first comma.
"""

from __future__ import annotations

import re

from wenxian.refparse.spans import Spans
from wenxian.refparse.styles.common import MONTH, PAGES, UNTIL_STOP, YEAR, groups

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
                rf"(?P<address>[A-Z][^\d]*?)(?:,\s+{PAGES})?\s*\.?\s*$")
THESIS = re.compile(rf"^{_TITLE}\s+(?P<kind>Master[’']s thesis|Ph\.\s?D\.\s+Dissertation)\.\s+"
                    r"(?P<publisher>[A-Z][^,.]+?),\s+(?P<address>[A-Z][^.\d]*?)\s*\.?\s*$")
BOOK = re.compile(rf"^(?P<title>{UNTIL_STOP})(?:\s\((?P<edition>\d+)(?:st|nd|rd|th)\.?\s?ed\.\))?\.\s+"
                  r"(?P<publisher>[A-Z][^,.]+?),\s+(?P<address>[A-Z][^.\d]*?)\s*\.?\s*$")
ONLINE = re.compile(rf"^{_TITLE}\s+(?:[A-Z][a-z]+\.\s+)?Retrieved\s+{MONTH}\s\d{{1,2}},\s(?:1[5-9]|20)\d\d\s+from\s*\.?\s*$")


def read(text: str) -> Spans | None:
    head = HEAD.match(text.strip())
    if not head:
        return None
    spans = groups(head)
    rest = spans.pop("rest")
    if spans.pop("ed", None):
        spans["editor"] = spans.pop("author")
    spans["order"] = "given-first"
    spans["contributors"] = "given-first"
    for pattern, kind in ((ARTICLE, ""), (THESIS, "thesis"), (IN, "inproceedings"), (ONLINE, "online"),
                          (BOOK, "book")):
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
        if "number" in found and "issue" in found:
            found["note"] = f"Article {found.pop('number')}"
        return {**spans, **found}
    return None
