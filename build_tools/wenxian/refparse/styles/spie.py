"""SPIE's reference style (spiebib.bst, the proceedings and journals of SPIE): names given first with
their initials, every part set off by commas, the year last::

    L. Lamport, LaTeX: A Document Preparation System, Addison-Wesley, Reading, Mass., 1994.
    G. J. Alred, C. T. Brusaw, and W. E. Oliu, Title, St. Martin’s, New York, 2003 (seventh edition).
    N. Metropolis, A. W. Rosenbluth, and E. Teller, “Title,” J. Chem. Phys. 21, pp. 1087–1091, 1953.
    S. F. Gull, “Title,” in Book, J. Skilling, ed., pp. 53–71, Kluwer Academic, Dordrecht, 1989.
    K. M. Hanson, “Title,” in Book, M. H. Loew, ed., Proc. SPIE 1898, pp. 716–731, 1993.

What sets it apart from IEEE's (which also puts the names first, initials and all): no "vol." before the
volume, "pp." before an article's pages, the year after them, and a book's "Publisher, Place, Year" with no
parentheses (AIP's and Physical Review's are in them). (The DOI or URL is taken out before.)
"""

from __future__ import annotations

import re

from wenxian.refparse.spans import Spans
from wenxian.refparse.styles.common import PAGES, YEAR, first_form, head_and_rest

_NAME = r"[A-Z]\.(?:\s?-?[A-Z]\.)*\s(?:[a-z]+\s)*[A-Z][^\s,“”()\d]*"
HEAD = re.compile(rf"^(?P<author>{_NAME}(?:,\s(?:and\s)?{_NAME})*(?:\sand\s{_NAME})?),\s+(?P<rest>.+)$")
_Q = r"“(?P<title>[^“”]+?),”"
# A place may end in a state's abbreviation ("Reading, Mass.", "Bellingham, WA").
_PLACE = r"[A-Z][^,“”()\d]*?(?:,\s(?:[A-Z][a-z]{1,4}\.|[A-Z]{2}))?"
_EDITION = r"(?:\s\((?P<edition>[a-z]+|\d+(?:st|nd|rd|th))\sedition\))?"
ARTICLE = re.compile(rf"^{_Q}\s+(?P<container>[A-Z][^“”\d,]*?)\s(?P<volume>\d+)(?:\((?P<issue>\d+)\))?,\s+pp?\.\s{PAGES}"
                     rf",\s+{YEAR}\s*\.?\s*$")
IN = re.compile(rf"^{_Q}\s+in\s+(?P<container>[^“”]+?),\s+(?:(?P<editor>{_NAME}(?:,?\s(?:and\s)?{_NAME})*),\s+eds?\.,\s+)?"
                rf"(?:Proc\.\sSPIE\s(?P<volume>\d+),\s+)?pp\.\s{PAGES},\s+"
                rf"(?:(?P<publisher>[A-Z][^,“”()\d]*?),\s+(?P<address>{_PLACE}),\s+)?{YEAR}\s*\.?\s*$")
BOOK = re.compile(rf"^(?P<title>[A-Z][^“”,()]+?),\s+(?P<publisher>[A-Z][^,“”()\d]*?),\s+(?P<address>{_PLACE}),\s+{YEAR}"
                  rf"{_EDITION}\s*\.?\s*$")


def read(text: str) -> Spans | None:
    if (head := head_and_rest(HEAD, text)) is None:
        return None
    spans, rest = head
    spans["order"] = "given-first"
    spans["contributors"] = "given-first"
    found = first_form(rest, ((ARTICLE, ""), (IN, "inproceedings"), (BOOK, "book")))
    return None if found is None else {**spans, **found}
