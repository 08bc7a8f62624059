"""ASCE's author-date style (the American Society of Civil Engineers' journals; LaTeX's ascelike):
the names inverted, the year in parentheses, a title in quotation marks with its period inside, and
the publisher before the place, set off by commas::

    Frater, G. S. and Packer, J. A. (1992a). “Weldment design.” J. Struct. Engrg., ASCE, 118(10), 2784–2803.
    Chang, T. C. (1987). “Network resource allocation.” Ph.D. thesis, University of California, Berkeley, CA.
    Goossens, M., Mittlebach, F., and Samarin, A. (1994). The LATEX Companion. Addison–Wesley Pub. Co., Reading, Mass.
    Kuhn, M. R. (2011). “Style files.” ascelike, <http://www.ctan.org/…> (Nov. 17, 2011).

(the URL is taken out before). APA prints no quotation marks and "Place: Publisher"; these lines
reach this reader only when APA's did not read them.
"""

from __future__ import annotations

import re

from wenxian.refparse.spans import Spans
from wenxian.refparse.styles.common import MONTH, PAGES, YEAR, groups

HEAD = re.compile(rf"^(?P<author>[A-Z][^()“”]*?)\s\({YEAR}\)\.\s+(?P<rest>.+)$")
# The title in quotation marks, its period (or question mark) inside them.
_QUOTED = r"“(?P<title>[^“”]+?)[.?!]?”"
ARTICLE = re.compile(rf"^{_QUOTED}\s+(?P<container>[A-Z][^,“”]*?),\s+(?:ASCE,\s+)?(?P<volume>\d+)"
                     rf"(?:\((?P<issue>[^()]+)\))?,\s+{PAGES}\s*\.?\s*$")
THESIS = re.compile(rf"^{_QUOTED}\s+(?P<kind>Ph\.\s?D\.|M\.\s?S\.|Master[’']s)\s+(?:thesis|dissertation),\s+"
                    r"(?P<publisher>[A-Z][^,]+?),\s+(?P<address>[A-Z][^,]*(?:,\s[A-Z][^,]*)?)\s*$")
# An item online: the title, the site or work it is part of, the URL taken out, the date seen in parentheses.
ONLINE = re.compile(rf"^{_QUOTED}\s+(?P<container>[^,“”()]+?),\s*(?:<\s*>\s*)?\(\s*{MONTH}\s\d{{1,2}},\s\d{{4}}\)\s*\.?\s*$")
# A book: "Publisher, City, Region" — the place in two parts ("Reading, Mass", "Paris, France"), maybe
# the language after it; a publisher has no number ("Working Paper 234, Jones University" is no book's).
BOOK = re.compile(r"^(?P<title>[A-Z][^“”:]+?)\.\s+(?P<publisher>[A-Z][^,:\d]+?),\s+"
                  r"(?P<address>[A-Z][^,:]*,\s[A-Z][^,:()]*?)(?:\s\(in\s[A-Z][a-z]+\))?\s*$")


def _no_final_stop(text: str) -> str:
    """The line without the entry's own full stop (an abbreviation keeps its: "Reading, Mass")."""
    return text[:-1] if text.endswith(".") else text


def read(text: str) -> Spans | None:
    head = HEAD.match(text.strip())
    if not head:
        return None
    spans = groups(head)
    rest = spans.pop("rest")
    for pattern, kind in ((ARTICLE, ""), (THESIS, "thesis"), (ONLINE, "online")):
        m = pattern.match(_no_final_stop(rest) if kind == "thesis" else rest)
        if m:
            found = groups(m)
            if kind == "thesis":
                found["type"] = "phdthesis" if found.pop("kind").startswith("Ph") else "mastersthesis"
            elif kind:
                found["type"] = kind
            return {**spans, **found}
    m = BOOK.match(_no_final_stop(rest))
    if m and "“" not in rest:
        return {**spans, **groups(m), "type": "book"}
    return None
