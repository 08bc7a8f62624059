"""Order of an author-year (著者-出版年制) reference list.

GB/T 7714—2015 §9.2 / 2025 §9.3: entries are first grouped by language —
Chinese, Japanese, Western, Russian, others — then ordered by author (Chinese
by Hanyu Pinyin, via :mod:`pypinyin`; a ``sortkey``/``key`` field overrides)
and year. Works by the same author in the same year get "a", "b", … after the
year, in title order.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from functools import lru_cache

from pybtex.database import Entry

from wenxian.gbt7714.editions import get_edition
from wenxian.gbt7714.lang import entry_language
from wenxian.gbt7714.latex import parse, plain
from wenxian.gbt7714.names import format_name_list, primary_persons

__all__ = ["LANGUAGE_GROUPS", "sort_key", "sort_entries", "year_suffixes"]

# Group order of the standard: 中文、日文、西文、俄文、其他.
LANGUAGE_GROUPS = {"zh": 0, "ja": 1, "ru": 3}
WESTERN = frozenset({"en", "fr", "de", "es", "it", "pt", "nl"})
OTHER_GROUP = 4
WESTERN_GROUP = 2


def _group(lang: str) -> int:
    if lang in WESTERN:
        return WESTERN_GROUP
    return LANGUAGE_GROUPS.get(lang, OTHER_GROUP)


@lru_cache(maxsize=8192)
def _collation(text: str) -> str:
    """A sort string: CJK by toneless-then-toned pinyin, Latin without accents."""
    # Imported here: pypinyin's tables take a third of a second to load, and
    # only the author-year system sorts.
    from pypinyin import Style, lazy_pinyin

    pinyin = " ".join(lazy_pinyin(text, style=Style.TONE3, errors="default"))
    decomposed = unicodedata.normalize("NFKD", pinyin)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _author_string(entry: Entry) -> str:
    persons = primary_persons(entry)
    if persons:
        return format_name_list(persons, get_edition("2025"), entry_language(entry), limit=99)
    return plain(parse(entry.fields.get("title", "")))


def _year(entry: Entry) -> str:
    year = entry.fields.get("year") or entry.fields.get("date", "")[:4]
    return plain(parse(year)) if year else ""


def sort_key(entry: Entry) -> tuple:
    """Language group, author (or title), year, title."""
    fields = entry.fields
    override = fields.get("sortkey") or fields.get("key")
    author = override.casefold() if override else _collation(_author_string(entry))
    title = _collation(plain(parse(fields.get("title", ""))))
    return (_group(entry_language(entry)), author, _year(entry), title)


def sort_entries(entries: list[Entry]) -> list[Entry]:
    """Entries in author-year order (stable for equal keys)."""
    return sorted(entries, key=sort_key)


def year_suffixes(entries: list[Entry]) -> dict[str, str]:
    """``{key: "a"|"b"|…}`` for works sharing author and year (others: "")."""
    groups: dict[tuple, list[Entry]] = defaultdict(list)
    for entry in entries:
        groups[(_collation(_author_string(entry)), _year(entry))].append(entry)
    suffixes: dict[str, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        members = sorted(members, key=sort_key)
        for index, entry in enumerate(members):
            suffixes[entry.key] = letters(index)
    return suffixes


def letters(index: int) -> str:
    """``0`` → ``a`` … ``25`` → ``z``, ``26`` → ``aa``: year suffixes (2020a, 2020b), and
    the names of the back-links to one entry."""
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(ord("a") + rem) + out
    return out
