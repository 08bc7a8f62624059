"""Keyed BibTeX entries for an article's own reference list (参考文献).

Every entry of the list becomes an entry of refs.bib: read as GB/T 7714, as
another known style, or kept as printed (``verbatim``) with a ``review``
field saying what to check (:mod:`wenxian.refparse.reading`). Nothing is
refused. (``wenxian refs add``, which reads lines typed by hand, stays strict:
:func:`entries_from_reference_list`.)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pybtex.database import Entry

from wenxian.bibkeys import make_key
from wenxian.errors import WenxianError
from wenxian.model import ReferenceEntry
from wenxian.refparse.listcut import ListItem
from wenxian.refparse.parser import parse_reference
from wenxian.refparse.listtemplate import read_list
from wenxian.refparse.reading import Reading, fill_left_out_names

STATUS_FIELD = "review"  # the field `wenxian check` lists (wenxian.check.rules)


@dataclass
class ImportedReference:
    key: str
    entry: Entry
    reading: Reading
    source: ReferenceEntry


def read_reference_list(refs: list[ReferenceEntry], existing_keys: Iterable[str] = ()) -> list[ImportedReference]:
    """Each reference read, keyed (keys unique among themselves and ``existing_keys``)."""
    taken = {key.lower() for key in existing_keys}
    out: list[ImportedReference] = []
    items = [ListItem(ref.number, ref.text, ref.line, ref.translation, review=ref.review) for ref in refs]
    # the entries of one list share a style: those left verbatim are read again by its template
    for ref, reading in zip(refs, read_list(items)):
        entry = reading.entry
        # The list printed "(2004) …" / "———." / "— and Name" for (some of) the names of the
        # entry before: they are its.
        if fill_left_out_names(reading, out[-1].entry if out else None):
            note = ("the names were left out as the same as the entry before's and taken from it; "
                    "check them")
            reading.review = f"{reading.review}; {note}" if reading.review else note
        if reading.review:
            entry.fields[STATUS_FIELD] = reading.review
        named = entry
        if "title" not in entry.fields and "verbatim" in entry.fields:
            # a readable key for a line kept whole: its first words stand for the title
            named = Entry(entry.type, fields={**entry.fields, "title": entry.fields["verbatim"]},
                          persons=entry.persons)
        key = make_key(named, taken)
        taken.add(key.lower())
        out.append(ImportedReference(key, entry, reading, ref))
    return out


def entries_from_reference_list(
    refs: list[ReferenceEntry], existing_keys: Iterable[str] = ()
) -> list[tuple[str, Entry]]:
    """``(key, entry)`` for each reference read strictly as GB/T 7714 (``wenxian refs add``).

    Keys are de-duplicated against ``existing_keys`` and against each other.
    A line that cannot be read raises :class:`WenxianError` carrying the
    reference's source line: a line typed by hand is corrected, not kept.
    """
    taken = {key.lower() for key in existing_keys}
    out: list[tuple[str, Entry]] = []
    for ref in refs:
        try:
            entry = parse_reference(ref.text)
        except WenxianError as err:
            label = f"[{ref.number}] " if ref.number is not None else ""
            raise WenxianError(
                f"reference {label}cannot be read: {err.message}",
                line=ref.line,
                column=err.column,
                hint=err.hint,
            ) from err
        key = make_key(entry, taken)
        taken.add(key.lower())
        out.append((key, entry))
    return out
