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
        # Other types keep their type inside a larger work; the booktitle makes
        # them a contribution ("…[S]// 文献工作国家标准汇编").
        DocType("G", "collection", "collection", "monograph", role="editor"),
        DocType("N", "article", None, "newspaper"),
        DocType("J", "article", None, "serial"),
        DocType("D", "phdthesis", "phdthesis", "monograph", publisher_field="school"),
        DocType("R", "techreport", "techreport", "monograph",
                publisher_field="institution", identified=True),
        DocType("S", "standard", "standard", "monograph", identified=True),
        DocType("P", "patent", "patent", "monograph", identified=True),
        DocType("DB", "database", "database", "monograph"),
        DocType("CP", "software", "software", "monograph"),
        DocType("EB", "online", "online", "monograph"),
        DocType("A", "archive", "archive", "monograph",
                publisher_field="institution", identified=True),
        DocType("CM", "map", "map", "monograph"),
        DocType("DS", "dataset", "dataset", "monograph"),
        DocType("PP", "preprint", "preprint", "monograph"),
        DocType("Z", "misc", "misc", "monograph"),
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
