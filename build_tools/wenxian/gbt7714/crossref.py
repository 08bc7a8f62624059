"""Fields an entry takes from the entry its ``crossref`` names.

BibTeX and biblatex both let a contribution name its book or proceedings once
(``crossref = {Clark:TAU90}``) instead of repeating the editors, title, publisher
and year in every chapter; a style that ignores it prints a contribution with no
container ("[M]//, 1990"). The fields the child lacks are taken from the parent
as biblatex's default inheritance does (biblatex manual, appendix "Default
Crossref Setup"), which for a file written for BibTeX gives what BibTeX gives:

- every field and name list the child does not have itself;
- into a contribution (@incollection, @inproceedings, @inbook, @bookinbook, @inreference,
  @suppbook, @suppcollection), the parent's ``title``/``subtitle``/``titleaddon``
  become ``booktitle``/``booksubtitle``/``booktitleaddon`` and its ``author``
  becomes ``bookauthor`` (and, from a @book into its @inbook, @bookinbook or
  @suppbook, the part's ``author`` too);
- into a volume of a multi-volume work (@mvbook, @mvcollection, @mvproceedings,
  @mvreference parents), the parent's title becomes ``maintitle``;
- into an @article from a @periodical, the parent's title becomes ``journaltitle``.

A parent's own crossref is followed (a few levels, no loop). A crossref to a key
that is not in the file leaves the entry as it is (``wenxian check`` reports it).

biblatex's ``xdata = {key1, key2}`` names @xdata entries whose fields the entry takes,
as they are (no renaming), where it lacks them (biblatex manual §3.13.6: biblatex-gost's
database keeps a journal's title, place and publisher once, ``xdata = {sib-phil-jour}``).
An @xdata entry is a container of data, never printed itself (manual §2.1.1).
"""

from __future__ import annotations

from collections.abc import Mapping

from pybtex.database import Entry

from wenxian.gbt7714.doctypes import as_documented_type

__all__ = ["NOT_WORKS", "inherit", "is_xdata"]

_IN_TYPES = frozenset({"incollection", "inproceedings", "inbook", "bookinbook", "inreference",
                       "suppbook", "suppcollection", "conference"})
# A part of a book by one author is by that author too (biblatex: book → inbook,
# bookinbook, suppbook inherit ``author`` as both ``author`` and ``bookauthor``).
_SAME_AUTHOR = (frozenset({"book", "mvbook"}), frozenset({"inbook", "bookinbook", "suppbook"}))
_MV_TYPES = frozenset({"mvbook", "mvcollection", "mvproceedings", "mvreference"})
_TITLE_PARTS = ("title", "subtitle", "titleaddon")
# Never inherited: what identifies the parent itself, not what it shares.
_OWN = frozenset({"crossref", "xref", "ids", "key", "label", "shorthand", "sortkey",
                  "shorttitle", "sorttitle", "indextitle", "indexsorttitle", "entryset",
                  "related", "relatedtype", "execute"})


def _renamed(child_type: str, parent_type: str) -> dict[str, str]:
    """How the parent's fields are renamed for this child (biblatex's mappings)."""
    if child_type in _IN_TYPES:
        return {"title": "booktitle", "subtitle": "booksubtitle",
                "titleaddon": "booktitleaddon", "author": "bookauthor"}
    if parent_type in _MV_TYPES:
        return {"title": "maintitle", "subtitle": "mainsubtitle",
                "titleaddon": "maintitleaddon"}
    if child_type == "article" and parent_type == "periodical":
        return {"title": "journaltitle", "subtitle": "journalsubtitle"}
    return {}


def _resolved(entry: Entry, entries: Mapping[str, Entry], depth: int = 0) -> Entry:
    target = entry.fields.get("crossref", "").strip()
    parent = entries.get(target.lower())
    if parent is None or parent is entry or depth > 4:
        return entry
    parent = _resolved(parent, entries, depth + 1)
    renamed = _renamed(entry.type.lower(), parent.type.lower())
    fields = dict(entry.fields.items())
    have = {name.lower() for name in fields}
    for name, value in parent.fields.items():
        low = name.lower()
        if low in _OWN:
            continue
        if low in renamed:
            low = renamed[low]
        elif low in _TITLE_PARTS and "title" in renamed:
            continue
        if low not in have:
            fields[low] = value
            have.add(low)
    persons = {role: list(people) for role, people in entry.persons.items()}
    roles = {role.lower() for role in persons}
    same_author = parent.type.lower() in _SAME_AUTHOR[0] and entry.type.lower() in _SAME_AUTHOR[1]
    for role, people in parent.persons.items():
        targets = [renamed.get(role.lower(), role.lower())]
        if same_author and role.lower() == "author":
            targets.append("author")
        for low in targets:
            if low not in roles:
                persons[low] = list(people)
                roles.add(low)
    child = Entry(entry.original_type, fields=fields, persons=persons)
    child.key = entry.key
    return child


# Entries that are data, not works, never printed: biblatex's @xdata (data for other entries)
# and IEEEtran.bst's @IEEEtranBSTCTL (options for that style, e.g. ``CTLuse_forced_etal``;
# IEEEtran_bst_HOWTO §VII; pybtex's IEEEtran.bib test file printed it as an empty line).
NOT_WORKS = frozenset({"xdata", "ieeetranbstctl"})


def is_xdata(entry: Entry) -> bool:
    """True for an entry that is data, not a work (:data:`NOT_WORKS`), never printed."""
    return entry.type.lower() in NOT_WORKS


def _with_xdata(entry: Entry, entries: Mapping[str, Entry], depth: int = 0) -> Entry:
    keys = [k.strip().lower() for k in entry.fields.get("xdata", "").split(",") if k.strip()]
    sources = [entries[k] for k in keys if k in entries and entries[k] is not entry]
    if not sources or depth > 4:
        return entry
    fields = dict(entry.fields.items())
    have = {name.lower() for name in fields}
    persons = {role: list(people) for role, people in entry.persons.items()}
    roles = {role.lower() for role in persons}
    for source in sources:
        source = _with_xdata(source, entries, depth + 1)  # an @xdata may name others
        for name, value in source.fields.items():
            if name.lower() not in have and name.lower() != "xdata":
                fields[name.lower()] = value
                have.add(name.lower())
        for role, people in source.persons.items():
            if role.lower() not in roles:
                persons[role.lower()] = list(people)
                roles.add(role.lower())
    child = Entry(entry.original_type, fields=fields, persons=persons)
    child.key = entry.key
    return child


def inherit(entries: Mapping[str, Entry]) -> list[Entry]:
    """The entries in order, each with what its xdata and crossref lend it (a new
    :class:`Entry`; the entries given are not changed); @xdata entries are left out."""
    # A type one style package defines is read as the standard type its manual names first
    # (biblatex-arthistory-bonn's @Inexhibcatalog takes its @Exhibcatalog's title as a
    # contribution takes its collection's: wenxian.gbt7714.doctypes.STYLE_TYPES).
    lookup = {key.lower(): as_documented_type(e) for key, e in entries.items()}
    lookup = {key: _with_xdata(e, lookup) if e.fields.get("xdata") else e
              for key, e in lookup.items()}
    return [_resolved(lookup[key.lower()], lookup) if e.fields.get("crossref")
            else lookup[key.lower()] for key, e in entries.items() if not is_xdata(e)]
