"""The astronomy journals' style as MNRAS prints it (mnras.bst; A&A's is alike): family names before
their dotted initials, the year after the names, and an article without its title::

    Author A. N., 2013, Journal of Improbable Astronomy, 1, 1
    Jones C. D., Smith A. B., 2015, MNRAS, 17, 198
    Smith A. B., Jones C. D., and Lowe E., 2014, The Example Journal, 12, L345 (Paper I)

(no final stop; a note in parentheses after the page — "(Paper I)" — is the citing paper's, kept as a note).
The DOI or URL is taken out before.
"""

from __future__ import annotations

import re

from wenxian.refparse.spans import Spans
from wenxian.refparse.styles.common import YEAR, groups

_NAME = r"(?:(?:van|von|de|der|den|du|le|la)\s)*[A-Z][^\s,.()\d]+(?:[\s\-][A-Z][^\s,.()\d]+)?(?:\s[A-Z]\.(?:-?[A-Z]\.)*)+"
ARTICLE = re.compile(rf"^(?P<author>{_NAME}(?:,\s(?:and\s)?{_NAME})*(?:,?\set\sal\.)?),\s{YEAR},\s"
                     r"(?P<container>[A-Z][^,\d()]*?),\s(?P<volume>\d+),\s(?P<pages>[A-Z]?\d+(?:[-–]\d+)?)"
                     r"(?:\s\((?P<note>[^()]{1,40})\))?\s*\.?\s*$")


def read(text: str) -> Spans | None:
    m = ARTICLE.match(text.strip())
    return groups(m) if m else None
