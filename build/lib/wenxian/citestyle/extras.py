"""Sub-styles shared by both GB/T citation systems: author only, year only, nothing.

They answer sphinxcontrib-bibtex's role names ``author``, ``authorpar``,
``cauthor`` (and their ``s`` variants), ``year``, ``yearpar`` and ``empty``,
with GB/T names (:mod:`.names`) and suffixed years (:mod:`.years`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sphinxcontrib.bibtex.style.referencing import BaseReferenceStyle, BracketStyle
from sphinxcontrib.bibtex.style.template import reference

from .names import NameStyle, short_names
from .years import labelled_year

if TYPE_CHECKING:
    from pybtex.richtext import BaseText
    from pybtex.style.template import Node


@dataclass
class GBTAuthorReferenceStyle(BaseReferenceStyle):
    """Reference by creator names only: ``张三``, bracketed for ``authorpar``."""

    bracket: BracketStyle = field(default_factory=lambda: BracketStyle(left="（", right="）", sep="；"))
    names: NameStyle = field(default_factory=NameStyle)

    def role_names(self) -> Iterable[str]:
        return ["author", "authors", "cauthor", "cauthors", "authorpar", "authorpars"]

    def outer(self, role_name: str, children: list["BaseText"]) -> "Node":
        return self.bracket.outer(children, brackets="par" in role_name)

    def inner(self, role_name: str) -> "Node":
        return reference[short_names(names=self.names)]


@dataclass
class GBTYearReferenceStyle(BaseReferenceStyle):
    """Reference by year only, with the list's a/b suffix: ``1975a``."""

    bracket: BracketStyle = field(default_factory=lambda: BracketStyle(left="（", right="）", sep="；"))

    def role_names(self) -> Iterable[str]:
        return ["year", "yearpar"]

    def outer(self, role_name: str, children: list["BaseText"]) -> "Node":
        return self.bracket.outer(children, brackets="par" in role_name)

    def inner(self, role_name: str) -> "Node":
        return reference[labelled_year]
