"""biblatex's standard styles (``authoryear``, and the many house styles built on them, ISCRAM's among
them) as they print an entry with its year after the names::

    Agarwal, R. and Karahanna, E. (Dec. 2000). “Title”. In: Journal 24.4, pp. 665–694.
    Ghani, J. A., Supnick, R., and Rooney, P. (1991). “Title”. In: Proceedings of the Conference. ICIS ’91.
        New York, NY, USA: Publisher, pp. 229–237.
    Shneiderman, B. (1997). Title: Subtitle. 3rd. Boston, MA, USA: Addison-Wesley.

What sets them apart from APA: "In:" before the journal or the book, the journal's volume and issue
joined by a period ("24.4"), "pp." before an article's pages, a month abbreviated inside the year's
parentheses ("(Dec. 2000)"), the title in quotation marks with the full stop after them, and "Place:
Publisher" after the book's title and edition. (The DOI or URL is taken out before.)
"""

from __future__ import annotations

import re

from wenxian.refparse.spans import Spans
from wenxian.refparse.fragments import PAGE_RANGE
from wenxian.refparse.styles.common import MONTH, UNTIL_STOP, YEAR, first_form, spans_and_rest

HEAD = re.compile(rf"^(?P<author>[^()“”]+?)(?:\s\((?P<ed>eds?)\.\))?\s\((?:{MONTH}\s)?{YEAR}\)\.\s+(?P<rest>.+)$")
_QUOTED = r"“(?P<title>[^“”]+)”\."
_PAGES = rf",\s+pp?\.\s*(?P<pages>{PAGE_RANGE})"
ARTICLE = re.compile(rf"^{_QUOTED}\s+In:\s+(?P<container>[^,.“”]+?(?:\.\s?[A-Z][^,.“”]*?)*)\s(?P<volume>\d+)"
                     rf"(?:\.(?P<issue>\d+))?{_PAGES}\s*\.?\s*$")
# A paper in proceedings or a chapter: the book, its acronym as a sentence of its own ("ICIS ’91."), the
# place and publisher.
IN = re.compile(rf"^{_QUOTED}\s+In:\s+(?P<container>[^.“”]+?)\.(?:\s+[A-Z][^.:“”]{{0,20}}’\d\d\.)?"
                rf"\s+(?P<address>[A-Z][^.:“”]*?):\s+(?P<publisher>[^:“”]+?){_PAGES}\s*\.?\s*$")
# (A book without its edition, "Title. Place: Publisher.", is APA's book too, which reads it.)
BOOK = re.compile(rf"^(?P<title>{UNTIL_STOP})\.\s+(?P<edition>\d+(?:st|nd|rd|th))(?:\sed)?\."
                  r"\s+(?P<address>[A-Z][^.:“”\d]*?):\s+(?P<publisher>[A-Z][^:“”\d]+?(?:\b(?:Inc|Ltd|Co)\.)?)\s*\.?\s*$")


def read(text: str) -> Spans | None:
    head = HEAD.match(text.strip())
    if not head or "In:" not in head.group("rest") and not BOOK.match(head.group("rest")):
        return None
    spans, rest = spans_and_rest(head)
    found = first_form(rest, ((ARTICLE, ""), (IN, "inproceedings"), (BOOK, "book")))
    return None if found is None else {**spans, **found}
