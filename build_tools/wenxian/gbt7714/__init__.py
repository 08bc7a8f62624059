"""GB/T 7714 reference lists (2015 and 2025 editions, numeric and author-year).

Public API (stable; used by ``wenxian.citestyle`` and ``wenxian.refparse``):

- :func:`format_entry` — plain text of one entry, without the "[n]" label;
- :func:`format_bibliography` — ``(key, text)`` pairs in list order;
- :func:`format_names_block` — the author block alone (for name-only examples);
- :func:`entry_language`, :func:`format_names_short`, :func:`style_class`.

The pybtex styles themselves are in :mod:`wenxian.gbt7714.styles` (entry points
``gbt7714-2015``, ``gbt7714-2025``, ``gbt7714-2015-ay``, ``gbt7714-2025-ay``);
the Sphinx extension :mod:`wenxian.gbt7714.sphinx` shows their warnings (logger
``wenxian.gbt7714``) in a build; ``wenxian refs format`` prints a .bib file.
"""

from __future__ import annotations

from functools import lru_cache

import pybtex.plugin
from pybtex.database import BibliographyData, Entry
from pybtex.richtext import Text
from pybtex.style.formatting import BaseStyle

from wenxian.gbt7714.crossref import inherit
from wenxian.gbt7714.editions import get_edition
from wenxian.gbt7714.lang import entry_language
from wenxian.gbt7714.names import format_names_short
from wenxian.gbt7714.preamble import macros_of
from wenxian.gbt7714.render import EntryContext, build_blocks, names_block, render_entry
from wenxian.gbt7714.sorting import sort_entries, year_suffixes
from wenxian.gbt7714.styles import STYLES

__all__ = ["EDITIONS", "SYSTEMS", "format_entry", "format_bibliography", "format_blocks",
           "format_names_block", "entry_language", "format_names_short", "style_class"]

EDITIONS = ("2015", "2025")
SYSTEMS = ("numeric", "author-year")


def _check(edition: str, system: str) -> None:
    if edition not in EDITIONS:
        raise ValueError(f"unknown GB/T 7714 edition {edition!r}; expected one of {EDITIONS}")
    if system not in SYSTEMS:
        raise ValueError(f"unknown citation system {system!r}; expected one of {SYSTEMS}")


def style_class(edition: str, system: str) -> type[BaseStyle]:
    """The pybtex style class for ``edition`` ("2015"/"2025") and ``system``."""
    _check(edition, system)
    return STYLES[(edition, system)]


@lru_cache(maxsize=1)
def _text_backend():
    # Looked up once: pybtex's render_as() scans every installed entry point per call.
    return pybtex.plugin.find_plugin("pybtex.backends", "text")()


def _plain(text: Text) -> str:
    return text.render(_text_backend())


def _context(entry: Entry, edition: str, system: str, suffix: str = "",
             macros: tuple = ()) -> EntryContext:
    _check(edition, system)
    return EntryContext(entry, get_edition(edition), system, suffix, macros)



def format_entry(entry: Entry, *, edition: str = "2025", system: str = "numeric") -> str:
    """Plain text of one reference-list entry, without the "[n]" label."""
    return _plain(render_entry(_context(entry, edition, system)))


def format_blocks(entry: Entry, *, edition: str = "2025", system: str = "numeric") -> list[str]:
    """The entry's blocks (names, title[code], …) as plain text, unjoined."""
    return [_plain(b) for b in build_blocks(_context(entry, edition, system))]


def format_names_block(entry: Entry, *, edition: str = "2025") -> str:
    """The author block alone, as the list prints it (e.g. "钱学森, 刘再复")."""
    return _plain(names_block(_context(entry, edition, "numeric")))


def format_bibliography(bib: BibliographyData, *, edition: str = "2025",
                        system: str = "numeric") -> list[tuple[str, str]]:
    """``(key, text)`` for every entry: file order (numeric) or sorted (author-year)."""
    _check(edition, system)
    entries = inherit(bib.entries)  # what a crossref lends (wenxian.gbt7714.crossref)
    macros = macros_of(bib)
    if system == "numeric":
        return [(e.key, _plain(render_entry(_context(e, edition, system, "", macros))))
                for e in entries]
    ordered = sort_entries(entries)
    suffixes = year_suffixes(ordered)
    return [
        (e.key, _plain(render_entry(_context(e, edition, system, suffixes.get(e.key, ""), macros))))
        for e in ordered
    ]
