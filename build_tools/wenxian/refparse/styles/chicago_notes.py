"""Chicago's notes (CMOS 17, ch. 14; biblatex-chicago's notes), a list of notes rather than a bibliography: the
names given first, the fields set off by commas, the imprint in parentheses, and later notes cut short::

    Theodor W. Adorno and Walter Benjamin, The Complete Correspondence, 1928–1940, ed. Henri Lonitz, trans.
        Nicholas Walker (Cambridge, MA: Harvard University Press, 1999).
    C. Daniel Batson, “How Social Is the Animal?,” American Psychologist 45 (March 1990): 336–46.
    James B. Ashbrook and Carol Rausch Albright, “The Frontal Lobes,” chap. 7 in The Humanizing Brain
        (Cleveland, OH: Pilgrim Press, 1997).
    Associated Press, “Westchester Approves Measure on Gun Safety,” New York Times, June 12, 2000.
    Deb Amlen, “One Who Gives a Hoot,” Wordplay (blog), New York Times, January 26, 2015, URL.
    Adorno and Benjamin, Complete Correspondence.          (a short note: names and title only)
    Amlen, “One Who Gives a Hoot.”

(The bibliography's form, family name first, is read by :mod:`.notes_bibliography` and otherstyles' Chicago.)
"""

from __future__ import annotations

import re

from wenxian.refparse.spans import Spans
from wenxian.refparse.styles.common import MONTH, PAGES, YEAR, groups

_WORD = r"[A-Z][\w’'\-]*\.?"
_PERSON = rf"(?:{_WORD}\s+){{1,3}}[A-Z][\w’'\-]+"  # "C. Daniel Batson", "Associated Press"
NAMES = rf"(?P<author>{_PERSON}(?:(?:,\s+{_PERSON})*,?\s+and\s+{_PERSON})?)"
_SHORT_NAMES = r"(?P<author>[A-Z][a-z’'\-][\w’'\-]*(?:\s[A-Z][a-z’'\-][\w’'\-]*)?)"  # (not in capitals: "FRANK MITTELBACH, Title")  # (not "Adorno and Benjamin": read as one name)
_IMPRINT = rf"\((?:\d{{4}};\s*repr\.,\s*)?(?P<address>[A-Z][^:()]*?):\s*(?P<publisher>[^()]+?),\s*{YEAR}\)"
_QUOTED = r"“(?P<title>[^“”]+?),”"
_ROLES = r"(?:,\s+(?:ed|trans|rev|comp)\.[^()]*?)?"
_TAIL = r"\s*[,.]?\s*\.?\s*$"  # (the URL taken out before may leave ", ." behind)
# (after the names no initial: "Lastname, E., Title (…)" is a family name first, another style's)
_AFTER_NAMES = r",\s+(?![A-Z]\.)"
FORMS = (
    (re.compile(rf"^{NAMES}{_AFTER_NAMES}{_QUOTED}\s+(?P<container>[^,“”()]+?)\s+(?P<volume>\d+)(?:,\s*no\.\s*(?P<issue>\d+))?\s+"
                rf"\((?:[^()]*?\s)?{YEAR}\):\s*{PAGES}{_TAIL}", re.DOTALL), "article"),
    (re.compile(rf"^{NAMES}{_AFTER_NAMES}{_QUOTED}\s+(?:chap\.\s+\d+\s+)?in\s+(?P<container>[^()“”]+?){_ROLES}\s+{_IMPRINT}"
                rf"(?:,\s*{PAGES})?{_TAIL}", re.DOTALL), "incollection"),
    (re.compile(rf"^{NAMES}{_AFTER_NAMES}{_QUOTED}\s+(?P<container>[^,“”()]+?)(?:\s+\(blog\))?(?:,\s+(?P<publisher>[^,“”()\d]+?))?,\s+"
                rf"{MONTH}\s+\d{{1,2}},\s+{YEAR}{_TAIL}", re.DOTALL), "article"),
    (re.compile(rf"^{NAMES}{_AFTER_NAMES}(?P<title>[^“”()]+?){_ROLES}(?:,\s+\d+\s+vols\.)?\s+{_IMPRINT}{_TAIL}", re.DOTALL), "book"),
)
# A short note: the names (family names alone) and the title cut short, maybe a place in the work ("Metaphysics
# 3.2.996b5–8", "“The Frontal Lobes,” 149").
# (The title is no sentence and the place no year: "Knuth, Donald Ervin. The TEXbook. Addison–Wesley, 1986." is a
# bibliography's entry.)
_PLACE_IN_WORK = r"(?!(?:1[5-9]|20)\d\d\b)\d[\w.–\-]*"
SHORT = re.compile(rf"^{_SHORT_NAMES},\s+(?:“(?P<title>[^“”]+?)[.,]?”(?:,?\s*{_PLACE_IN_WORK})?|"
                   rf"(?P<title2>[A-Z](?:[^,“”\d.]|\.(?!\s))+?)(?:,?\s+{_PLACE_IN_WORK})?)\s*\.?\s*$")


def read(text: str) -> Spans | None:
    text = text.strip()
    for pattern, kind in FORMS:
        m = pattern.match(text)
        if m:
            return {**groups(m), "type": kind}
    m = SHORT.match(text)
    if m and len(text) <= 120:
        spans = groups(m)
        if "title2" in spans:
            spans["title"] = spans.pop("title2")
        return {**spans, "form": "names-title"}
    return None
