"""pybtex formatting styles for GB/T 7714 (2015/2025, numeric/author-year).

Registered as entry points ``gbt7714-2015``, ``gbt7714-2025`` (numeric,
顺序编码制) and ``gbt7714-2015-ay``, ``gbt7714-2025-ay`` (著者-出版年制), so
``pybtex.plugin.find_plugin("pybtex.style.formatting", "gbt7714-2025")`` and
sphinxcontrib-bibtex's ``bibtex_default_style`` find them. Entries are pybtex
rich text (HTML through pybtex_docutils, plain text through ``text``).
"""

from __future__ import annotations

from pybtex.style import FormattedEntry
from pybtex.style.formatting import BaseStyle

from wenxian.gbt7714.editions import Edition, get_edition
from wenxian.gbt7714.names import format_names_short
from wenxian.gbt7714.render import EntryContext, citation_year, render_entry
from wenxian.gbt7714.sorting import sort_entries, year_suffixes

__all__ = ["GBTStyle", "GBT2015NumericStyle", "GBT2025NumericStyle",
           "GBT2015AuthorYearStyle", "GBT2025AuthorYearStyle", "STYLES"]


class GBTStyle(BaseStyle):
    """Common base: the edition and the system are class attributes."""

    edition: str = "2025"
    system: str = "numeric"
    default_name_style = "plain"
    default_label_style = "number"
    default_sorting_style = "none"

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.rules: Edition = get_edition(self.edition)
        self._suffixes: dict[str, str] = {}
        if self.system == "author-year":
            self.sort = self._sort_author_year
            self.format_labels = self._author_year_labels

    def _sort_author_year(self, entries):
        entries = sort_entries(list(entries))
        self._suffixes = year_suffixes(entries)
        return entries

    def _author_year_labels(self, sorted_entries):
        for entry in sorted_entries:
            ctx = EntryContext(entry, self.rules, self.system, self._suffixes.get(entry.key, ""))
            names = format_names_short(entry, edition=self.edition)
            yield f"{names}{self.rules.comma}{citation_year(ctx)}"

    def format_entry(self, label, entry, bib_data=None) -> FormattedEntry:
        ctx = EntryContext(entry, self.rules, self.system, self._suffixes.get(entry.key, ""))
        return FormattedEntry(entry.key, render_entry(ctx), label)

    def format_entries(self, entries, bib_data=None):
        sorted_entries = self.sort(entries)
        labels = self.format_labels(sorted_entries)
        for label, entry in zip(labels, sorted_entries):
            yield self.format_entry(label, entry, bib_data=bib_data)


class GBT2015NumericStyle(GBTStyle):
    """GB/T 7714—2015, numeric system (顺序编码制)."""

    edition, system = "2015", "numeric"


class GBT2025NumericStyle(GBTStyle):
    """GB/T 7714—2025, numeric system (顺序编码制)."""

    edition, system = "2025", "numeric"


class GBT2015AuthorYearStyle(GBTStyle):
    """GB/T 7714—2015, author-year system (著者-出版年制)."""

    edition, system = "2015", "author-year"


class GBT2025AuthorYearStyle(GBTStyle):
    """GB/T 7714—2025, author-year system (著者-出版年制)."""

    edition, system = "2025", "author-year"


STYLES: dict[tuple[str, str], type[GBTStyle]] = {
    (cls.edition, cls.system): cls
    for cls in (GBT2015NumericStyle, GBT2025NumericStyle,
                GBT2015AuthorYearStyle, GBT2025AuthorYearStyle)
}
