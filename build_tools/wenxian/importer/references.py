"""The text's own reference list (参考文献): lines → numbered entries.

An entry starts at a line beginning "[n]" (or "n."); the lines after it, up to
the next such line, are its wrapped rest.
"""

from __future__ import annotations

import re

from wenxian.importer.joining import join_lines
from wenxian.importer.lines import Line
from wenxian.model import ReferenceEntry

ENTRY_START = _ENTRY = re.compile(r"^(?:[\[［]\s*(\d{1,4})\s*[\]］]|(\d{1,4})\s*[.．、])\s*")


def reference_entries(lines: list[Line], *, compounds: frozenset[str] = frozenset()) -> list[ReferenceEntry]:
    """The entries of a reference list, in order."""
    groups: list[tuple[int | None, int, list[str]]] = []
    for line in lines:
        match = _ENTRY.match(line.text)
        if match or not groups:
            number = int(match.group(1) or match.group(2)) if match else None
            groups.append((number, line.number, [line.text[match.end() :] if match else line.text]))
        else:
            groups[-1][2].append(line.text)
    return [
        ReferenceEntry(number, join_lines([t for t in texts if t], compounds=compounds).text, first)
        for number, first, texts in groups
    ]
