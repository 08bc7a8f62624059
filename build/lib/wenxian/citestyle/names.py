"""Creator names as an in-text citation shows them: 张三 / 张三, 等 / SMITH et al.

The names sub-style is data: a function from a pybtex entry to the short
name. By default it is :func:`wenxian.gbt7714.names.format_names_short`, the same
rules the GB/T 7714 bibliography styles use for the reference list, so the
text and the list always agree; another function can be swapped in by
constructing :class:`NameStyle` with ``short=...``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pybtex.richtext import Text
from sphinxcontrib.bibtex.style.template import node

from wenxian.gbt7714.names import format_names_short

if TYPE_CHECKING:
    from pybtex.database import Entry

ShortNames = Callable[["Entry", str], str]


def gbt_short_names(entry: "Entry", edition: str) -> str:
    """The reference-list rules of GB/T 7714, first creator only."""
    return format_names_short(entry, edition=edition)


@dataclass(frozen=True)
class NameStyle:
    """Which rules name a work's creators, and for which edition of GB/T 7714."""

    edition: str = "2025"
    short: ShortNames = gbt_short_names

    def format(self, entry: "Entry") -> str:
        return self.short(entry, self.edition)


@node
def short_names(children: list[Any], data: dict[str, Any], names: NameStyle) -> Text:
    """Template node: the short creator names of the cited entry."""
    assert not children
    return Text(names.format(data["entry"]))
