"""Document-type codes of GB/T 7714 (``[M]``, ``[J]``, ``[EB/OL]`` …) as data.

Each code maps to the BibTeX entry type the GB/T styles read, the type used
when the work is a contribution inside a larger one (``[M]// …``), how the
rest of the line is laid out, and which field holds the publishing body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class DocType:
    code: str
    entry_type: str
    contribution_type: str | None  # entry type after "//", None: "//" not allowed
    layout: str  # "monograph" | "serial" | "newspaper"
    role: str = "author"  # field of the names before the title
    publisher_field: str = "publisher"
    identified: bool = False  # title may end with ": <number>" (standard, patent no. …)


DOC_TYPES: dict[str, DocType] = {
    d.code: d
    for d in (
        DocType("M", "book", "incollection", "monograph"),
        DocType("C", "proceedings", "inproceedings", "monograph", role="editor"),
        DocType("G", "collection", "incollection", "monograph", role="editor"),
        DocType("N", "article", None, "newspaper"),
        DocType("J", "article", None, "serial"),
        DocType("D", "phdthesis", None, "monograph", publisher_field="school"),
        DocType("R", "techreport", "incollection", "monograph",
                publisher_field="institution", identified=True),
        DocType("S", "standard", "standard", "monograph", identified=True),
        DocType("P", "patent", None, "monograph", identified=True),
        DocType("DB", "database", None, "monograph"),
        DocType("CP", "software", None, "monograph"),
        DocType("EB", "online", None, "monograph"),
        DocType("A", "archive", "incollection", "monograph",
                publisher_field="institution", identified=True),
        DocType("CM", "map", None, "monograph"),
        DocType("DS", "dataset", None, "monograph"),
        DocType("PP", "preprint", None, "monograph"),
        DocType("Z", "misc", "incollection", "monograph"),
    )
}

# Longest codes first so that "[DB]" is not read as "[D]" followed by junk.
CODE_RE = re.compile(
    r"\[\s*(?P<code>"
    + "|".join(sorted(DOC_TYPES, key=len, reverse=True))
    + r")\s*(?P<online>/\s*OL)?\s*\]"
)

# Extra fields written for some types (a newspaper is an article of subtype newspaper).
EXTRA_FIELDS: dict[str, dict[str, str]] = {"N": {"entrysubtype": "newspaper"}}
