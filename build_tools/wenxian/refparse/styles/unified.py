"""The Unified Style Sheet for Linguistics (the Linguistic Society of America's, 2007; biblatex-unified
prints it): the names, the year as a sentence of its own, then the work, its elements set off by
full stops, the journal's volume right after its name and its pages after a full stop::

    Iverson, Gregory K. 1983. Korean /s/. Journal of Phonetics 11. 191–200.
    Murray, Robert W. & Theo Vennemann. 1983. Sound change and syllable structure. Language 59(3). 514–528.
    Yu, Alan C. L. 2003. The morphology and phonology of infixation. Berkeley, CA: University of California dissertation.
    Lahiri, Aditi (ed.). 2000. Analogy, leveling, markedness (Trends in Linguistics 127). Berlin: Mouton de Gruyter.
    McCarthy, John J. & Alan S. Prince. 1999. Prosodic morphology. In John A. Goldsmith (ed.), Phonological
        theory, 238–288. Malden, MA & Oxford: Blackwell.
    Rissanen, Matti. 1999. Syntax. In Roger Lass (ed.), Cambridge history of the English language, vol. 3,
        187–331. Cambridge: Cambridge University Press.
    Franks, Steven. 2005. Bulgarian clitics. http://… (17 May, 2006).

Only what sets the sheet apart from Chicago's and APA's author-date forms is read here — the
volume and a full stop before the pages, "dissertation"/"thesis" after the school, "In Editor
(ed.), Book, Pages.", "(ed.)" after the names, a series in parentheses after a book's title, the
date of access in parentheses after a URL (taken out before) —; a plain book ("Place:
Publisher.") is read by Chicago's reader the same way.
"""

from __future__ import annotations

import re

from wenxian.refparse.spans import Spans
from wenxian.refparse.styles.common import MONTH_NAMES, PAGES, YEAR, groups, month_number

# The first name inverted ("Family, Given"), the others given first after "," or "&"; "(ed.)"/"(eds.)".
HEAD = re.compile(rf"^(?P<author>[A-Za-z][^\d()]*?,[^\d()]*?)(?:\s+\((?P<role>eds?)\.\))?(?:\.\s+|(?<=\.)\s+)"
                  rf"{YEAR}\.\s+(?P<rest>.+)$")
_TITLE = r"(?P<title>[^\s.][^()]*?[^\s.]|[^\s.])"
# "Journal 59(3). 514–528." / "Journal 11. 191–200." / "Journal 1." (online, its URL taken out)
JOURNAL = re.compile(rf"^{_TITLE}[.?!]\s+(?P<container>[A-Z][^.:;]*?)\s+(?P<volume>\d+)(?:\((?P<issue>[^()\s]+)\))?\."
                     rf"(?:\s+{PAGES}\.?)?\s*$")
# "… In Editor (ed.), Book, [vol. 3,] 238–288. Place: Publisher."
IN = re.compile(rf"^{_TITLE}[.?!]\s+In\s+(?P<editor>[^()]+?)\s+\(eds?\.\),\s+(?P<container>[^()]+?),"
                rf"(?:\s+vol\.\s+(?P<volume>\w+),)?\s+{PAGES}\.\s+(?P<address>[A-Z][^:]*?):\s*(?P<publisher>[^:]+?)\.?\s*$")
# "Title (Series 127). Place: Publisher." / "Title. Place: School dissertation." / "Title. Place: Publisher."
BOOK = re.compile(rf"^{_TITLE}(?:\s+\((?P<series>[^()]+?)\s+(?P<number>\d+)\))?[.?!]\s+(?P<address>[A-Z][^.:]*?):\s*"
                  r"(?P<publisher>[^:]+?)(?:\s+(?P<thesis>dissertation|(?:MA|MPhil|master's)\s+thesis))?\.?\s*$")
# "Title. (17 May, 2006).": a page online, its URL taken out, the day it was seen on.
_SEEN = re.compile(r"\s*\((?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]+),?\s+(?P<year>\d{4})\)\.?\s*$")


def read(text: str) -> Spans | None:
    text = text.strip()
    seen = _SEEN.search(text)
    if seen:
        text = text[:seen.start()].rstrip()
    head = HEAD.match(text)
    if not head:
        return None
    spans = groups(head)
    rest = spans.pop("rest")
    if spans.pop("role", None):
        spans["editor"] = spans.pop("author")
    m = JOURNAL.match(rest)
    if m and (m.group("pages") or seen):
        found = {**groups(m), "type": "article"}
    elif not seen and (m := IN.match(rest)):
        found = {**groups(m), "type": "incollection", "contributors": "given-first"}  # "In John A. Goldsmith (ed.)"
    elif not seen and (m := BOOK.match(rest)) and (m.group("thesis") or m.group("series") or "editor" in spans):
        found = groups(m)
        thesis = found.pop("thesis", None)
        found["type"] = "book" if not thesis else "phdthesis" if thesis == "dissertation" else "mastersthesis"
    elif seen and (m := re.fullmatch(rf"{_TITLE}[.?!]", rest)):
        found = {**groups(m), "type": "online"}
    else:
        return None
    if seen and seen.group("month") in MONTH_NAMES:
        month = month_number(seen.group("month"))
        found["urldate"] = f"{seen.group('year')}-{month:02d}-{int(seen.group('day')):02d}"
    return {**spans, **found}
