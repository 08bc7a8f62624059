"""The text's own reference list (参考文献): lines → entries.

The list is cut by :func:`wenxian.refparse.listcut.cut_list`, which knows
labels ("[n]", "n.", damaged ones such as "[i9]"), unlabelled lists, entries
wrapped inside a URL or DOI, English translations after Chinese entries and
where the list ends.
"""

from __future__ import annotations

import re

from wenxian.importer.lines import Line
from wenxian.importer.markers import JOURNAL, journal_key, journal_label
from wenxian.model import ReferenceEntry
from wenxian.refparse.listcut import cut_list

# A line that opens a numbered entry ("[n]", "n."): where a reference list may begin.
ENTRY_START = re.compile(r"^(?:[\[［]\s*(\d{1,4})\s*[\]］]|(\d{1,4})\s*[.．、])\s*")



_DOI_VALUE = re.compile(r"10\.\d{4,9}/\S")
MAX_DOI_PIECES = 2  # lines between a DOI label and the next entry: its value, a piece of the entry


def entry_doi(text: str, following: str | list[str] | None, entry: str | None = None) -> bool:
    """``text`` is a "DOI: 10.…" line inside the reference list that is an entry's: the DOI
    GB/T 7714 prints at an entry's end, wrapped onto a line (or a page) of its own — not a
    journal field of the article, and not the list's end. So it is when the next entry comes
    right after it (``following``: the line after it, or the lines after it), or — after the
    list's last entry — when it stands in that entry's block (``entry``: the entry's last line,
    given when no blank line parts them) and the entry has no DOI of its own yet. The label may
    stand apart from its value, with a piece of its entry between (pdfminer's justified Latin
    lines: "DOI:" / "demic Safety, 2022, 4(1):" / "10.63417/…" / "[18] …"): the next entry then
    starts within MAX_DOI_PIECES lines, its value among them."""
    match = JOURNAL.match(text)
    if match is None or journal_key(journal_label(match)) != "doi":
        return False
    if following:
        lines = [following] if isinstance(following, str) else following
        at = next((k for k, line in enumerate(lines[: MAX_DOI_PIECES + 1])
                   if ENTRY_START.match(line) and not _DOI_VALUE.match(line)), None)  # "10.63417/…" opens no entry "10."
        if at is not None and (at == 0 or any(_DOI_VALUE.search(line) for line in [text, *lines[:at]])):
            return True
    return entry is not None and not re.search(r"doi", entry, re.IGNORECASE) and not JOURNAL.match(entry)


def reference_entries(lines: list[Line], *, compounds: frozenset[str] = frozenset()) -> list[ReferenceEntry]:
    """The entries of a reference list, in order."""
    return read_reference_zone(lines)[0]


def read_reference_zone(
        lines: list[Line]) -> tuple[list[ReferenceEntry], list[tuple[int, str]], list[tuple[int, str]]]:
    """The entries of the zone, its lines after the list ends, and the lines inside the list that
    are no entry (notes, sub-headings, running heads), each as (line number, text)."""
    if not lines:
        return [], [], []
    cut = cut_list([line.text for line in lines])
    numbers = [line.number for line in lines]
    entries = [ReferenceEntry(item.number, item.text, numbers[item.line - 1], item.translation, item.review)
               for item in cut.items]
    after = [] if cut.trailing_line is None else [
        (line.number, line.text) for line in lines[cut.trailing_line - 1:] if line.text.strip()]
    asides = [(lines[k - 1].number, lines[k - 1].text.strip()) for k in cut.asides]
    return entries, after, asides
