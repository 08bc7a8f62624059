"""GB/T 7714 著者-出版年制 (author-year system) in-text citations, as a sphinxcontrib-bibtex referencing style.

=====================================  ==========================================
MyST source                            shown (HTML)
=====================================  ==========================================
``{cite:p}`k```                        ``（张三，1984）``, ``（CRANE, 1972）``
``{cite:p}`k{11}```                    ``（张三，1984）<sup>11</sup>``
``{cite:p}`k1,k2```                    ``（张三，1984；李四，1990）`` (order as given)
``{cite:alp}`k```                      ``张三，1984`` (no parentheses)
``{cite:t}`k{11}```                    ``张三（1984）<sup>11</sup>``
``{cite:author}`k```, ``year``         ``张三``, ``1984a``
=====================================  ==========================================

The year carries the a/b suffix of the bibliography style's label. Author and
year are separated by "，" for CJK works and ", " for others (:mod:`.language`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sphinxcontrib.bibtex.style.referencing import BaseReferenceStyle, BracketStyle, GroupReferenceStyle
from sphinxcontrib.bibtex.style.referencing.extra_empty import ExtraEmptyReferenceStyle
from sphinxcontrib.bibtex.style.referencing.extra_label import ExtraLabelReferenceStyle
from sphinxcontrib.bibtex.style.template import join, pre_text, reference

from .extras import GBTAuthorReferenceStyle, GBTYearReferenceStyle
from .groups import Grouping, SuperPage, cited_item, grouped, super_page
from .language import by_language
from .names import NameStyle, short_names
from .textual import TextualReferenceStyle
from .years import labelled_year

if TYPE_CHECKING:
    from pybtex.richtext import BaseText
    from pybtex.style.template import Node


@dataclass
class AuthorYearReferenceStyle(BaseReferenceStyle):
    """Reference by author and year, grouped by ``grouping``, for the roles in ``roles``."""

    roles: tuple[str, ...] = ("p", "ps")
    grouping: Grouping = field(default_factory=Grouping)
    names: NameStyle = field(default_factory=NameStyle)
    sep_cjk: str = "，"  #: between author and year of a CJK work
    sep_other: str = ", "  #: between author and year of any other work

    def role_names(self) -> Iterable[str]:
        return self.roles

    def outer(self, role_name: str, children: list["BaseText"]) -> "Node":
        return grouped(grouping=self.grouping)[children]

    def inner(self, role_name: str) -> "Node":
        return cited_item[
            reference[
                join[short_names(names=self.names), by_language(cjk=self.sep_cjk, other=self.sep_other), labelled_year]
            ]
        ]


@dataclass
class NameYearReferenceStyle(TextualReferenceStyle):
    """Textual reference: the name, then the year in parentheses: ``张三（1984）<sup>11</sup>``."""

    left: str = "（"
    right: str = "）"

    def inner(self, role_name: str) -> "Node":
        return join[
            short_names(names=self.names),
            self.left,
            pre_text,
            reference[labelled_year],
            self.right,
            super_page,
        ]


def _parenthetical(left: str, right: str) -> Grouping:
    return Grouping(left=left, right=right, sep="；", group_sep="" if left else "；", page=SuperPage())


@dataclass
class GBTAuthorYearReferenceStyle(GroupReferenceStyle):
    """GB/T 7714 author-year citations (registered as ``gbt_author_year``)."""

    names: NameStyle = field(default_factory=NameStyle)
    left: str = "（"
    right: str = "）"

    def __post_init__(self) -> None:
        self.styles.extend(
            [
                AuthorYearReferenceStyle(
                    roles=("p", "ps"), grouping=_parenthetical(self.left, self.right), names=self.names
                ),
                AuthorYearReferenceStyle(roles=("alp", "alps"), grouping=_parenthetical("", ""), names=self.names),
                NameYearReferenceStyle(names=self.names, left=self.left, right=self.right),
                ExtraLabelReferenceStyle(bracket=BracketStyle(left="[", right="]", sep=",")),
                GBTAuthorReferenceStyle(names=self.names),
                GBTYearReferenceStyle(),
                ExtraEmptyReferenceStyle(),
            ]
        )
        super().__post_init__()
