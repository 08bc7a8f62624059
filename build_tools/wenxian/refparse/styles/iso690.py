"""ISO 690 author-date (as biblatex-iso690 prints it, in English or Czech): the family names in
capitals with the given names after a comma, set off by semicolons, then the year, then the title
and the rest in the standard's order::

    BORGMAN, Christine L., 2003. From Gutenberg to …: Access to Information. Cambridge (Mass.): The MIT Press. ISBN ….
    DEWACHTER, Hans; LYRIO, Marco, 2006. Macro Factors …. Journal of Money, Credit and Banking [online]. Vol. 38, no. 1, pp. 119–140.
    FREELY, I. P., 1997. A small paper: Podtitulek. The journal of small papers. Roč. 1, č. 3, pp. 2–5. This is a note.
    GENIÁLNÍ, Jiří (ed.), 2007. Mimořádně užitečný sborník. Praha: Academia. ISBN 978-3-49470284-1.
    VLAŠTOVKA, Josef, 2007. Velmi zajímavý článek. In: GENIÁLNÍ, Jiří (ed.). Sborník. Praha: Academia, pp. 22–45.

What follows the work's fields — an ISBN or ISSN, the extent in brackets, a series, a note — is left
out of them; the URL or DOI is taken out before. A line the forms below do not cover is not read here.
"""

from __future__ import annotations

import re

from wenxian.refparse.fragments import LATIN_CAPITALS
from wenxian.refparse.spans import Spans
from wenxian.refparse.styles.common import PAGES, YEAR, first_form, head_and_rest

_CAP = LATIN_CAPITALS
_FAMILY = rf"[{_CAP}][{_CAP}'’\-]+(?:\s[{_CAP}][{_CAP}'’\-]+)*"
_GIVEN = r"[^\W\d_][^,;()\[\]]{0,40}?"
_PERSON = rf"{_FAMILY},\s{_GIVEN}"
_ROLE = r"(?:\s\((?:eds?|sest|ed|režisér|trans)\.?\))?"
# The names, their role, the year (maybe its letter) and the year's full stop.
HEAD = re.compile(rf"^(?P<author>{_PERSON}(?:;\s{_PERSON})*(?:\set\sal\.)?){_ROLE},\s{YEAR}\.\s+(?P<rest>\S.+)$")
_TITLE = r"(?P<title>[^.\[]+?(?:[?!])?)(?:\s\[[^\]]{1,30}\])?"
# An article: the journal, maybe "[online]", its volume in English or Czech, issue and pages.
ARTICLE = re.compile(rf"^{_TITLE}\.\s+(?P<container>[^.\[]+?)(?:\s\[online\])?\.\s+"
                     rf"(?:Vol\.|Roč\.)\s*(?P<volume>\d+)(?:,\s*(?:no\.|č\.)\s*(?P<issue>[\d/]+))?"
                     rf"(?:,\s*(?:pp?\.|s\.)\s*{PAGES})?(?:\s\[[^\]]*\])?(?:\.|$)")
# A part of a book: "In: EDITORS (eds.). Book. Place: Publisher, pp. 22–45."
PART = re.compile(rf"^{_TITLE}\.\s+In:\s+[^.]+?(?:\s\(eds?\.\))?\.\s+(?P<container>[^.]+?)\.\s+(?:\d+\.\s+vyd\.\s+|\d+\w*\s+ed\.\s+)?"
                  rf"(?P<address>[^.:,]+?):\s+(?P<publisher>[^.,:]+?)(?:,\s*kap\.\s*\d+)?(?:,\s*(?:pp?\.|s\.)\s*{PAGES})(?:\.|$)")
# A book: the edition maybe ("2. vyd.", "3rd ed."), a responsibility ("Ed. by …", "Trans. from … by …"),
# then "Place: Publisher".
BOOK = re.compile(rf"^{_TITLE}\.\s+(?:(?:\d+\.\s+vyd\.|\d+\w*\s+ed\.)\s+)?(?:(?:Ed\.|Trans\.)[^.]*?\.\s+)?"
                  r"(?!In:)(?P<address>[A-Z][^.:\[\]]*?(?:\([^)]*\))?):\s+(?P<publisher>[^.\[\]]+?)(?:\s\[[^\]]*\])?(?:\.|$)")


def read(text: str) -> Spans | None:
    if (head := head_and_rest(HEAD, text)) is None:
        return None
    spans, rest = head
    found = first_form(rest, ((ARTICLE, ""), (PART, "incollection"), (BOOK, "book")))
    return None if found is None else {**spans, **found}
