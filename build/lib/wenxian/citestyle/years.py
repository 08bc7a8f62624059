"""The year of a cited work, with the a/b suffix that tells apart works of one author and year.

The suffix is not computed here: the author-year bibliography style decides
it when it labels the list (``2010a``, ``2010b``), and the citation repeats it.
So the year shown is the entry's ``year`` field (or the year of its
``date``) followed by whatever lowercase
letters follow that year in the entry's label.
"""

from __future__ import annotations

import re
from typing import Any

from pybtex.richtext import Text
from sphinxcontrib.bibtex.style.template import node

_SUFFIX = re.compile(r"[a-z]+")


def year_with_suffix(year: str, label: str) -> str:
    """``year`` plus the letters that follow its last occurrence in ``label``."""
    at = label.rfind(year) if year else -1
    if at < 0:
        return year
    match = _SUFFIX.match(label, at + len(year))
    return year + match.group() if match and match.end() == len(label) else year


@node
def labelled_year(children: list[Any], data: dict[str, Any]) -> Text:
    """Template node: the cited entry's year with its label's suffix (``1975a``)."""
    assert not children
    entry = data["entry"]
    year = entry.fields.get("year") or entry.fields.get("date", "")[:4]
    return Text(year_with_suffix(year, data["formatted_entry"].label))
