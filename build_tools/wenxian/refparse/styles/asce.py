"""ASCE's author-date style (the American Society of Civil Engineers' journals; LaTeX's ascelike):
the names inverted, the year in parentheses, a title in quotation marks with its period inside, and
the publisher before the place, set off by commas::

    Frater, G. S. and Packer, J. A. (1992a). “Weldment design.” J. Struct. Engrg., ASCE, 118(10), 2784–2803.
    Chang, T. C. (1987). “Network resource allocation.” Ph.D. thesis, University of California, Berkeley, CA.
    Goossens, M., Mittlebach, F., and Samarin, A. (1994). The LATEX Companion. Addison–Wesley Pub. Co., Reading, Mass.
    Kuhn, M. R. (2011). “Style files.” ascelike, <http://www.ctan.org/…> (Nov. 17, 2011).

and, as ASCE's author guide lists them, papers in proceedings and chapters ("“Title.” Proc., Conf.
Name, Publisher, Place, pages." — "“Title.” Book, I. Editor, ed., Publisher, Place, pages."), reports
("“Title.” Rep. No. X, Institution, Place."), standards ("“Title.” E 380-91a, ASTM, Place."), articles
in press ("“Title.” J. Name, in press.") and a journal's place or the language after an article; a
work without names is headed by its title ("Title of manual (1985). Publisher, Place."), a body's
name by its acronym too ("Federal Highway Administration (FHWA) (1991).") (the URL is taken out before). APA prints no quotation marks and "Place: Publisher"; these lines
reach this reader only when APA's did not read them.
"""

from __future__ import annotations

import re

from wenxian.refparse.spans import Spans
from wenxian.refparse.styles.common import MONTH, PAGES, YEAR, groups, head_and_rest

HEAD = re.compile(rf"^(?P<author>[A-Z][^()“”]*?(?:\s\([A-Z]{{2,10}}\))?)\s\({YEAR}\)\.\s+(?P<rest>.+)$")
# A title standing for the names (a work without authors, "Title of manual; release 2.01"): ASCE sets
# titles in sentence case, so it has a word in lower case that no body's name has.
_TITLE_HEAD = re.compile(r"\b(?!(?:of|and|the|for|on|in|at|to|de|der|des|du|la|le|von|van|und|et)\b)[a-z]{3,}\b")
# The title in quotation marks, its period (or question mark) inside them.
_QUOTED = r"“(?P<title>[^“”]+?)[.?!]?”"
# (a journal's place may follow its name, the language the article's end: "Beton, Berlin, Germany, 77(3),
# 69–73 (in German).")
ARTICLE = re.compile(rf"^{_QUOTED}\s+(?P<container>[A-Z][^,“”]*?),\s+(?:[A-Z][^,\d“”()]*,\s+){{0,2}}?(?:ASCE,\s+)?"
                     rf"(?P<volume>\d+)(?:\((?P<issue>[^()]+)\))?,\s+{PAGES}(?:\s\(in\s[A-Z][a-z]+\))?\s*\.?\s*$")
IN_PRESS = re.compile(rf"^{_QUOTED}\s+(?P<container>[A-Z][^,“”]*?),?\s+(?P<note>in press)\s*\.?\s*$")
# A place in two parts ("Reston, VA", "Pittsburgh, Pa.", "Washington, D.C.").
_PLACE = r"(?P<address>[A-Z][^,:\d]*,\s[A-Z][^,:\d()]*?)"
# (before pages, the place may be a city alone: "A.A. Balkema, Lisse, 389–392.")
_PLACE_BEFORE_PAGES = r"(?P<address>[A-Z][^,:\d]*(?:,\s[A-Z][^,:\d()]*?)?)"
# A publisher, "Inc." kept with it ("Westview Press, Inc.").
_PUBLISHER = r"(?P<publisher>[A-Z][^,:\d]+?(?:,\s(?:Inc|Ltd|Co)\.)?)"
# A paper in proceedings or a chapter: the book ("Proc., 8th Annual Int. Bridge Conf." keeps its comma),
# its editors ("L. Cobb and R. M. Thrall, eds."), "(CD-ROM)", then publisher, place, chapter and pages.
IN_BOOK = re.compile(rf"^{_QUOTED}\s+(?P<container>(?:Proc\.,\s)?[A-Z0-9][^,“”]*?),\s+"
                     r"(?:(?P<editor>[A-Z][^,“”]*?),\s+eds?\.,\s+)?(?:\(CD-?ROM\),\s+)?"
                     rf"{_PUBLISHER},\s+{_PLACE_BEFORE_PAGES},\s+(?:Chapter\s\d+,\s+)?(?:pp?\.\s*)?{PAGES}\s*\.?\s*$")
# A report: its series and number ("Struct. Engrg. Rep. No. CE-STR-90-27", "Rep., Hydr. Engrg. Circular No.
# 18: FHWA-IP-90-017"), the institution (maybe in parts: "School of Civ. Engrg., Purdue Univ."), the place.
REPORT = re.compile(r"^(?:“(?P<qtitle>[^“”]+?)[.?!]?”|(?P<title>[A-Z][^“”]+?)\.)\s+"
                    r"(?P<number>(?:[A-Z][\w.]*\s)*?Rep(?:\.|ort)(?:\s+No\.\s+[^,\s]+|,\s[^,]*?No\.\s[^,]+)),\s+"
                    rf"(?:(?P<institution>[A-Z][^:]+?),\s+)?{_PLACE}\s*$")
# A standard: its number ("E 380-91a"), the body that issued it, the place.
STANDARD = re.compile(rf"^{_QUOTED}\s+(?P<number>[A-Z]{{1,4}}\s?\d[\w.\-/]*),\s+{_PUBLISHER},\s+{_PLACE}\s*$")
THESIS = re.compile(rf"^{_QUOTED}\s+(?P<kind>Ph\.\s?D\.|M\.\s?S\.|Master[’']s)\s+(?:thesis|dissertation),\s+"
                    r"(?P<publisher>[A-Z][^,]+?),\s+(?P<address>[A-Z][^,]*(?:,\s[A-Z][^,]*)?)\s*$")
# An item online: the title, the site or work it is part of, the URL taken out, the date seen in parentheses.
ONLINE = re.compile(rf"^{_QUOTED}\s+(?P<container>[^,“”()]+?),\s*(?:<\s*>\s*)?\(\s*{MONTH}\s\d{{1,2}},\s\d{{4}}\)\s*\.?\s*$")
# A book: "Publisher, City, Region" — the place in two parts ("Reading, Mass", "Paris, France"), maybe
# the language after it; a publisher has no number ("Working Paper 234, Jones University" is no book's).
BOOK = re.compile(r"^(?P<title>[A-Z][^“”]+?)\.\s+(?P<publisher>[A-Z][^,:\d]+?),\s+"
                  r"(?P<address>[A-Z][^,:]*,\s[A-Z][^,:()]*?)(?:\s\(in\s[A-Z][a-z]+\))?\s*$")


def _no_final_stop(text: str) -> str:
    """The line without the entry's own full stop (an abbreviation keeps its: "Reading, Mass")."""
    return text[:-1] if text.endswith(".") else text


def read(text: str) -> Spans | None:
    if (head := head_and_rest(HEAD, text)) is None:
        return None
    spans, rest = head
    if _TITLE_HEAD.search(spans["author"]) and "," not in spans["author"]:
        # A work without names, its title first: a book "Publisher, Place." after it.
        m = re.match(rf"^{_PUBLISHER},\s+{_PLACE}\s*$", _no_final_stop(rest))
        return {"title": spans["author"], "year": spans["year"], **groups(m), "type": "book",
                "anonymous": "no author printed"} if m else None
    for pattern, kind in ((ARTICLE, ""), (THESIS, "thesis"), (ONLINE, "online"), (IN_PRESS, "article"),
                          (IN_BOOK, "in"), (REPORT, "techreport"), (STANDARD, "techreport")):
        m = pattern.match(_no_final_stop(rest) if kind in ("thesis", "techreport") else rest)
        if m:
            found = groups(m)
            if kind == "thesis":
                found["type"] = "phdthesis" if found.pop("kind").startswith("Ph") else "mastersthesis"
            elif kind == "in":
                found["type"] = "inproceedings" if found["container"].startswith("Proc") else "incollection"
            elif kind:
                found["type"] = kind
            if "qtitle" in found:
                found["title"] = found.pop("qtitle")
            if "institution" in found:
                found["publisher"] = found.pop("institution")
            return {**spans, **found}
    m = BOOK.match(_no_final_stop(rest))
    if m and "“" not in rest:
        return {**spans, **groups(m), "type": "book"}
    return None
