"""Appending entries to a .bib file without disturbing what is already there.

The old text is kept byte for byte; new entries follow in one stable layout
(fields in :data:`FIELD_ORDER`, names joined by " and "). Keys already in the
file are an error, never overwritten.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pybtex.database import BibliographyData, Entry, Person, parse_string
from pybtex.exceptions import PybtexError

from wenxian.errors import WenxianError
from wenxian.fsutil import atomic_write_text

# Order of fields in written entries; fields not listed follow alphabetically.
FIELD_ORDER = (
    "entrysubtype", "type", "author", "editor", "translator", "title", "booktitle",
    "journal", "edition", "version", "volume", "number", "scale", "address", "publisher",
    "school", "institution", "organization", "year", "date", "pages", "urldate", "url",
    "doi", "cstr", "note", "howpublished", "review",
)
PERSON_ROLES = ("author", "editor", "translator")


def read_bib(path: Path) -> BibliographyData:
    """The entries of ``path`` (empty if it does not exist yet)."""
    path = Path(path)
    if not path.exists():
        return BibliographyData()
    try:
        return parse_string(path.read_bytes().decode("utf-8-sig"), "bibtex")
    except UnicodeDecodeError as err:
        raise WenxianError("the .bib file is not UTF-8", file=path,
                           hint="convert it to UTF-8 first") from err
    except PybtexError as err:
        raise WenxianError(f"cannot read the .bib file: {err}", file=path,
                           hint="fix the BibTeX syntax and try again") from err


def format_person(person: Person) -> str:
    """A person as BibTeX writes it: "Last, Jr, First" or a braced body."""
    return str(person)


def format_bibtex(key: str, entry: Entry) -> str:
    """One entry in the stable layout, ending with a newline."""
    values: dict[str, str] = {}
    for role in PERSON_ROLES + tuple(r for r in sorted(entry.persons) if r not in PERSON_ROLES):
        people = entry.persons.get(role)
        if people:
            values[role] = " and ".join(format_person(p) for p in people)
    for name, value in entry.fields.items():
        values[name.lower()] = str(value)
    order = [f for f in FIELD_ORDER if f in values] + sorted(
        f for f in values if f not in FIELD_ORDER
    )
    width = max((len(f) for f in order), default=0)
    lines = [f"@{entry.type.lower()}{{{key},"]
    lines += [f"  {name.ljust(width)} = {{{values[name]}}}," for name in order]
    lines.append("}")
    return "\n".join(lines) + "\n"


def append_entries(path: Path, entries: Iterable[tuple[str, Entry]]) -> list[str]:
    """Append ``entries`` to ``path``; the keys written, in order.

    Raises :class:`WenxianError` naming the first key that is already in the
    file (or given twice), before anything is written.
    """
    path = Path(path)
    entries = list(entries)
    existing = {k.lower() for k in read_bib(path).entries.keys()}
    seen: set[str] = set()
    for key, _ in entries:
        if key.lower() in existing:
            raise WenxianError(
                f"key {key!r} is already in the .bib file; nothing was written",
                file=path,
                hint="choose another key, or edit the existing entry by hand",
            )
        if key.lower() in seen:
            raise WenxianError(f"key {key!r} is given twice; nothing was written", file=path)
        seen.add(key.lower())
    old = path.read_bytes().decode("utf-8") if path.exists() else ""
    new = "\n".join(format_bibtex(key, entry) for key, entry in entries)
    if not entries:
        return []
    glue = "" if not old else ("\n" if old.endswith("\n") else "\n\n")
    atomic_write_text(path, old + glue + new, overwrite=True)
    return [key for key, _ in entries]
