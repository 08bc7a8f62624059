"""Fields GB/T 7714 requires, per edition and document-type code, as data.

Each requirement is a tuple of alternatives (any one of them will do). The
author is not listed: the standard writes 佚名/Anon for a work without one.
Place and publisher are listed for books because the standard prints
[出版地不详]/[出版者不详] when they are missing, which an editor should see.
Online resources (a link, the ``/OL`` codes) need the date of citation
(引用日期) and the link in both editions. The two editions agree on these
mandatory elements; the 2015 edition has no preprint code (PP), so a
preprint there is "other" [Z].
"""

from __future__ import annotations

Requirement = tuple[str, ...]

_DATE: Requirement = ("year", "date")
_JOURNAL: Requirement = ("journal", "journaltitle")
_PLACE: Requirement = ("address", "location")

COMMON: dict[str, tuple[Requirement, ...]] = {
    "M": (("title",), _PLACE, ("publisher",), _DATE),
    "G": (("title",), _PLACE, ("publisher",), _DATE),
    "C": (("title",), _DATE),
    "N": (("title",), _JOURNAL, ("date",), ("pages",)),
    "J": (("title",), _JOURNAL, _DATE),
    "D": (("title",), ("school", "institution"), _DATE),
    "R": (("title",), ("institution", "publisher", "organization"), _DATE),
    "S": (("title",), ("number",)),
    "P": (("title",), ("number",), _DATE),
    "DB": (("title",), _DATE),
    "CP": (("title",), _DATE),
    "EB": (("title",), ("url", "doi"), ("urldate",)),
    "A": (("title",),),
    "CM": (("title",), _DATE),
    "DS": (("title",), _DATE),
    "PP": (("title",), _DATE),
    "Z": (("title",),),
}
# An entry with a link is cited online: the date of citation is required.
ONLINE: tuple[Requirement, ...] = (("urldate",),)

REQUIRED: dict[str, dict[str, tuple[Requirement, ...]]] = {
    "2015": {code: reqs for code, reqs in COMMON.items() if code != "PP"},
    "2025": dict(COMMON),
}
