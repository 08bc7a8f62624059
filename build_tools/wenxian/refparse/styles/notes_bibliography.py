"""Chicago's notes-bibliography system (CMOS 17, ch. 14), as the SBL Handbook and biblatex-sbl
print its bibliography: the names (the first inverted), no year after them — the date stands in
the source::

    Freedman, David Noel. “Pottery, Poetry, and Prophecy.” JBL 96 (1977): 5–26.
    Freedman, David Noel. “Pottery, Poetry, and Prophecy.” Pages 1–22 in Pottery, Poetry, and
        Prophecy: Studies in Early Hebrew Poetry. Winona Lake, IN: Eisenbrauns, 1980.
    Dahood, Mitchell. Psalms. 3 vols. AB 16–17A. Garden City, NY: Doubleday, 1965–1970.
    Brown, Colin, ed. New International Dictionary of New Testament Theology. 4 vols. Grand Rapids:
        Zondervan, 1975–1985.
    Smith, Zadie. Swing Time. New York: Penguin Press, 2016.
    Kossinets, Gueorgi. “Origins of Homophily.” American Journal of Sociology 115, no. 2 (2009): 405–50.
    Doyle, Kim. “Title.” In Book Title, edited by A. Name, 1–20. Chicago: Press, 2016.

A work in several volumes ("4 vols.") and its series and number ("AB 16–17A") stand before the place;
a work published over years ("1975–1985") is dated by its first. Turabian (and CMOS 14.110–14.117) adds
a series named as such ("Cambridge History of Science Series."), "Rev. ed.", a date the bibliographer
supplied ("[ca. 1905]"), "N.p." for no place, a note after the imprint ("Originally published as …"),
a chapter without editors ("In Book, 73–110."), a contribution named by what it is ("Introduction to
Book, by Name, edited by Name, 9–43.", "Translator’s concluding remarks from Book, by Name, …"), and
articles numbered only by their issue or dated by month and day ("Journal, no. 13 (2007): 5.",
"Journal (April 20, 2007): 5.", "Genetics 79, Suppl. (1975): 29–45.").
"""

from __future__ import annotations

import re

from wenxian.refparse.spans import Spans
from wenxian.refparse.styles.common import PAGES, UNTIL_STOP, YEAR, groups

# The names end at their full stop — an initial's too when a quoted title follows ("Adams, Mark B. “…”");
# Turabian spells the role out ("Burkhardt, Frederick and Sydney Smith, editors.").
_NAMES = (rf"(?P<author>{UNTIL_STOP})(?:,\s*(?P<role>eds?|editors?|trans|comp)\.|(?<!\b[A-Z])\.|(?<=\b[A-Z])\.(?=\s+[“\"]))"
          r"\s+")
_QUOTED = r"[“\"](?P<title>[^“”\"]+?)[.,?!]?[”\"]\s+"
_YEARS = YEAR + r"(?:\s*[-–—]\s*(?:\d{2,4})?)?"  # "1965–1970", and a work still coming out: "1985–"
# (a year the bibliographer supplied: "[ca. 1905]", "[1905?]")
_YEARS = rf"\[?(?:ca\.\s)?{_YEARS}\??\]?"
# A note after the imprint ("From a catalog series of …", "Originally published as … (London, 1844).").
_NOTE = r"(?:\.\s+(?P<note>[A-Z“].*?[^.]))?"
# "Place: Publisher, Year" — a place of one or two parts ("Garden City, NY"), the publisher.
_IMPRINT = (r"(?:(?P<address>[A-Z][^.:,;\d]*(?:,\s*[A-Z][A-Za-z.]*)?)|N\.\s?p\.)\s*:\s*(?P<publisher>[^:;]+?),\s*"
            + _YEARS + _NOTE + r"\s*\.?\s*$")
# What may stand between a book's title and its imprint: editors, a translator, an edition, volumes, a
# series and its number.
_ROLES = (rf"(?:(?:Edited|Translated)\s+by\s+(?P<by>{UNTIL_STOP})(?<!\b[A-Z])\.\s+)?"
          r"(?:(?P<edition>\d+(?:st|nd|rd|th)|Rev\.)\s+ed\.\s+)?(?:(?P<volumes>\d+\s+vols)\.\s+)?"
          r"(?:(?P<series>[A-Z][A-Za-z]{0,12}(?:\s[A-Z][A-Za-z]{0,12}){0,3}\s\d+[A-Za-z]?(?:[-–]\d+[A-Za-z]?)?"
          r"|[A-Z][^.:\d]*?\sSeries)\.\s+)?")
ARTICLE = re.compile(rf"^{_NAMES}{_QUOTED}(?P<container>[A-Z][^.“”\d]*?)(?:\s+(?P<volume>\d+[A-Za-z]?)(?:,\s*Suppl\.)?)?"
                     rf"(?:,?\s*no\.\s*(?P<issue>\d+))?\s*\((?:[A-Z][a-z]+\.?\s+(?:\d{{1,2}},\s+)?)?{YEAR}\)\s*:\s*{PAGES}\s*\.?\s*$")
# SBL's chapter: "“Title.” Pages 1–22 in Book. Place: Publisher, Year."; Chicago's: "“Title.” In Book,
# edited by A. Name, 1–20. Place: Publisher, Year."
PAGES_IN = re.compile(rf"^{_NAMES}{_QUOTED}Pages\s+{PAGES}\s+in\s+(?P<container>[^“”]+?)\.\s+{_ROLES}{_IMPRINT}")
IN = re.compile(rf"^{_NAMES}{_QUOTED}In\s+(?P<container>[^“”]+?),(?:\s+edited\s+by\s+(?P<editor>[^,]+?),)?\s*{PAGES}\.\s+"
                rf"{_IMPRINT}")
# A contribution named by what it is, in a book by others (CMOS 14.110): "Introduction to Book, by Name, edited
# by Name, 9–43. Place: Publisher, Year." — maybe after its own title in quotation marks.
PART_OF = re.compile(rf"^{_NAMES}(?:{_QUOTED})?(?:Introduction|Foreword|Preface|Afterword|Epilogue|Translator[’']s\s[^.,]+?)"
                     rf"\s(?:to|from)\s(?P<container>[^,“”]+?),\s+by\s[^,]+?,(?:\s(?:edited|translated)\sby\s[^,]+?,)*"
                     rf"\s{PAGES}\.\s+{_IMPRINT}")
BOOK = re.compile(rf"^{_NAMES}(?P<title>{UNTIL_STOP})(?<!\b[A-Z])\.\s+{_ROLES}{_IMPRINT}")


def read(text: str) -> Spans | None:
    text = text.strip()
    for pattern in (ARTICLE, PAGES_IN, IN, PART_OF, BOOK):
        m = pattern.match(text)
        if not m:
            continue
        spans = groups(m)
        if pattern is BOOK and ("“" in spans["title"] or re.search(r"\b(?:1[5-9]|20)\d\d\b", spans["title"])):
            continue  # a quoted title or a year in it: another form's
        if pattern is BOOK and not (spans.get("volumes") or spans.get("series") or spans.get("role")
                                    or spans.get("by") or spans.get("edition")):
            # "Names. Title. Place: Publisher, Year." — Chicago's and GB/T's too: read with the years'
            # range or nothing else only if the names are inverted in full ("Smith, Zadie.").
            # (Turabian: the others given name first — "Baur, Erwin, Eugen Fischer, and Fritz Lenz" — or "et al.")
            given = r"[A-Z][^\W\d_]*\.?(?:\s[A-Z][^\W\d_]*\.?)*"
            if not re.fullmatch(rf"[A-Z][^\W\d_'’\-]+(?:[-'’][^\W\d_]+)?,\s+{given}"
                                rf"(?:(?:,\s(?:and\s)?|\sand\s){given}\s[A-Z][^\W\d_]+|\set\sal)*", spans["author"]):
                return None
        volumes = spans.pop("volumes", None)
        if volumes:
            spans["note"] = volumes.replace("vols", "vols.")
        role = spans.pop("role", "")
        by = spans.pop("by", None)
        if role.startswith("ed"):
            spans["editor"] = spans.pop("author")
        elif role:
            return None  # a translator or compiler heading the entry: no element of ours
        if by:
            spans["translator" if "Translated by" in text else "editor"] = by
        if pattern is PART_OF and "title" not in spans:
            # the contribution has no title of its own: what it is names it ("Introduction to …")
            spans["title"] = re.match(rf"^{_NAMES}(?P<what>.+?),\s+by\s", text).group("what")
        if pattern in (PAGES_IN, IN, PART_OF):
            spans["type"] = "incollection"
        elif pattern is BOOK:
            spans["type"] = "book"
        spans["contributors"] = "given-first"  # "Edited by A. Name"
        return spans
    return None
