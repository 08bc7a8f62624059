"""What differs between the 2015 and 2025 editions, as data.

Every rule in :mod:`wenxian.gbt7714.render` that depends on the edition reads
it from an :class:`Edition` here, so a third edition is a new record.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Edition", "EDITION_RULES", "get_edition"]


@dataclass(frozen=True)
class Edition:
    """Punctuation and rules of one edition of GB/T 7714."""

    name: str
    comma: str  # between names, publisher and year, journal and year …
    colon: str  # title: other title, place: publisher, year: pages
    open_paren: str  # issue number, update date
    close_paren: str
    # "PEEBLES P Z" (2015) or "Peebles P Z" (2025); only surnames in Latin
    # letters: a Cyrillic or Greek surname keeps the case its language writes.
    upper_surnames: bool
    chinese_foreign_initials: bool  # "昂温 G" (2015) or "昂温" (2025)
    hyphen_initials: bool  # "Jean-Luc" → "J-L" (2025) or "J L" (2015)
    full_width: bool  # ", " → "，" … inside fields (2025); the reverse (2015)
    year_dash: str  # the dash of year ranges: "1883-" → "1883—" (2025)
    # Document types whose date block is "(update date)[citation date]".
    update_date_codes: frozenset[str]
    # Types printing the citation date "[YYYY-MM-DD]" after pages/date.
    cite_date_all_online: bool
    standard_number_first: bool  # "GB 18030—2022 信息技术…" (2025)
    standard_author: bool  # the issuing body is printed before a standard
    date_codes: frozenset[str] = field(default_factory=frozenset)  # types dated by full date
    # Types printing "year (update date)" when online (2015 archives/legislation).
    year_and_update_codes: frozenset[str] = field(default_factory=frozenset)
    # ", 等" and its counterparts by entry language; other languages: "et al.".
    etal: dict[str, str] = field(default_factory=dict)
    # Numbered volume of a multi-volume work by language ("*": any other). The
    # volume word is the entry's language's own: 第 1 卷, 第1巻, 제 1 권.
    volume_forms: dict[str, str] = field(default_factory=lambda: {
        "zh": "第 {} 卷", "ja": "第{}巻", "ko": "제 {} 권", "*": "Vol. {}"})
    # A book's number in its series (biblatex's number beside series, no volume), printed
    # after the series' name as the gbt7714 package does: "State of the Art Report: No. 20".
    series_number_forms: dict[str, str] = field(default_factory=lambda: {
        "zh": "第 {} 册", "*": "No. {}"})
    standard_imprint: bool = True  # place: publisher, year after a standard's title
    cstr_replaces_doi: bool = False  # with a CSTR, print it instead of the DOI
    url_from_identifier: bool = False  # web pages/preprints: DOI or CSTR as the URL


EDITION_RULES: dict[str, Edition] = {
    "2015": Edition(
        name="2015",
        comma=", ",
        colon=": ",
        open_paren="(",
        close_paren=")",
        upper_surnames=True,
        chinese_foreign_initials=True,
        hyphen_initials=False,
        full_width=False,
        year_dash="-",
        update_date_codes=frozenset({"EB", "R", "DS", "PP", "CP", "DB"}),
        cite_date_all_online=True,
        standard_number_first=False,
        standard_author=True,
        date_codes=frozenset({"N", "P"}),
        year_and_update_codes=frozenset({"A"}),
        etal={"zh": "等", "ja": "他", "ru": "и др."},
    ),
    "2025": Edition(
        name="2025",
        comma="，",
        colon="：",
        open_paren="（",
        close_paren="）",
        upper_surnames=False,
        chinese_foreign_initials=False,
        hyphen_initials=True,
        full_width=True,
        year_dash="—",
        update_date_codes=frozenset({"EB", "DS", "PP", "CP", "DB"}),
        cite_date_all_online=False,
        standard_number_first=True,
        standard_author=False,
        date_codes=frozenset({"N", "P", "A", "R"}),
        etal={"zh": "等", "ja": "ほか", "ru": "и др."},
        volume_forms={"zh": "第 {} 卷", "ja": "第{}巻", "ko": "제 {} 권", "*": "v.{}"},
        standard_imprint=False,
        cstr_replaces_doi=True,
        url_from_identifier=True,
    ),
}


def get_edition(name: str) -> Edition:
    """The rules of edition ``name`` ("2015" or "2025")."""
    try:
        return EDITION_RULES[str(name)]
    except KeyError:
        raise ValueError(
            f"unknown GB/T 7714 edition {name!r}; expected one of {sorted(EDITION_RULES)}"
        ) from None
