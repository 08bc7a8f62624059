"""NLM's Vancouver style (*Citing Medicine*, as BibTeX's ``vancouver`` style prints it) for what is on the
Internet: a homepage, a database, a monograph, its medium in brackets after the title, then the place and
the publisher, the year (``c1993 -`` for a site still going on) and "[updated …; cited …]"::

    Bibliographic Services Division [homepage on the Internet]. Bethesda (MD): National Library of
    Medicine (US); c1993 - [updated 2005 Sep 19; cited 2006 Mar 10]. Available from: http://…
    Jablonski S. Online Multiple Congential Anomaly/Mental Retardation (MCA/MR) Syndromes [database on
    the Internet]. Bethesda (MD): National Library of Medicine (US). c1999 [updated 2001 Nov 20; cited
    2002 Aug 12]. Available from: http://…

(The URL is taken out before: "Available from:" is left.) The journal articles of the style are read by
:mod:`wenxian.refparse.otherstyles` (``VANCOUVER``).
"""

from __future__ import annotations

import re

from wenxian.refparse.spans import Spans
from wenxian.refparse.styles.common import YEAR, groups, month_number

_MEDIUM = r"\[(?P<medium>[^\[\]]*\bInternet\b[^\[\]]*)\]"
_DATES = r"\[(?P<dates>[^\[\]]*\bcited\b[^\[\]]*)\]"
WEB = re.compile(
    rf"^(?:(?P<author>[A-Z][^.\[\]:]*?)\.\s+)?(?P<title>[^\[\]]+?)\s*{_MEDIUM}\.\s+"
    rf"(?:(?P<address>[^.:;\[\]]+?)\s*:\s*(?P<publisher>[^;\[\]]+?)\s*[;.]\s*)?c?{YEAR}"
    rf"(?:\s+[A-Z][a-z]{{2}}(?:\s+\d{{1,2}})?)?(?:\s*-)?\s*{_DATES}?\s*\.?(?:\s*Available\s+from\s*:?\s*\.?)?\s*$",
    re.DOTALL)
_CITED = re.compile(r"\bcited\s+(?P<year>\d{4})\s+(?P<month>[A-Z][a-z]{2})\w*\.?(?:\s+(?P<day>\d{1,2}))?")


def read(text: str) -> Spans | None:
    m = WEB.match(text.strip())
    if not m:
        return None
    spans = groups(m)
    spans.pop("medium", None)
    dates = spans.pop("dates", "")
    spans["type"] = "online"
    cited = _CITED.search(dates)
    if cited and (month := month_number(cited.group("month"))):
        day = f"-{int(cited.group('day')):02d}" if cited.group("day") else ""
        spans["urldate"] = f"{cited.group('year')}-{month:02d}{day}"
    return spans
