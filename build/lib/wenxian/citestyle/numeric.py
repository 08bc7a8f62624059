"""GB/T 7714 顺序编码制 (numeric system) in-text citations, as a sphinxcontrib-bibtex referencing style.

=====================================  ==========================================
MyST source                            shown (HTML)
=====================================  ==========================================
``{cite:p}`k```                        ``<sup>[3]</sup>``
``{cite:p}`k{11}```                    ``<sup>[3]11</sup>`` (page after the bracket)
``{cite:p}`k3,k2,k1```                 ``<sup>[3,2,1]</sup>`` (order as given)
``{cite:p}`k1,k3,k4,k6,k7,k8```        ``<sup>[1,3-4,6-8]</sup>`` (``compress``)
``{cite:t}`k```                        ``张三<sup>[570]</sup>``
``{cite:labelpar}`k{11}```, ``alp``    ``文献[10]<sup>11</sup>`` (number part of the sentence)
``{cite:label}`k```                    ``10``
``{cite:author}`k```, ``year``         ``张三``, ``1984``
=====================================  ==========================================

Each number links to its entry. Works with a page (post-text) or a pre-text
are bracketed one by one (see :mod:`.groups`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pybtex.style.template import tag
from sphinxcontrib.bibtex.style.referencing import BaseReferenceStyle, GroupReferenceStyle
from sphinxcontrib.bibtex.style.referencing.extra_empty import ExtraEmptyReferenceStyle
from sphinxcontrib.bibtex.style.template import entry_label, join, post_text, pre_text, reference

from .extras import GBTAuthorReferenceStyle, GBTYearReferenceStyle
from .groups import Grouping, PlainPage, SuperPage, cited_item, grouped
from .names import NameStyle, short_names
from .textual import TextualReferenceStyle

if TYPE_CHECKING:
    from pybtex.richtext import BaseText
    from pybtex.style.template import Node


@dataclass
class NumberReferenceStyle(BaseReferenceStyle):
    """Reference by number, grouped and bracketed by ``grouping``, for the roles in ``roles``."""

    roles: tuple[str, ...] = ("p", "ps")
    grouping: Grouping = field(default_factory=Grouping)

    def role_names(self) -> Iterable[str]:
        return self.roles

    def outer(self, role_name: str, children: list["BaseText"]) -> "Node":
        return grouped(grouping=self.grouping)[children]

    def inner(self, role_name: str) -> "Node":
        return cited_item[reference[entry_label]]


@dataclass
class SuperNumberReferenceStyle(NumberReferenceStyle):
    """The whole citation, bracket and page, in superscript: ``<sup>[3]11</sup>``."""

    def outer(self, role_name: str, children: list["BaseText"]) -> "Node":
        return tag("sup")[super().outer(role_name, children)]


@dataclass
class NameSuperNumberReferenceStyle(TextualReferenceStyle):
    """Textual reference: the creator's name, then the superscript number: ``张三<sup>[570]</sup>``."""

    left: str = "["
    right: str = "]"

    def inner(self, role_name: str) -> "Node":
        return join[
            short_names(names=self.names),
            tag("sup")[join[self.left, pre_text, reference[entry_label], self.right, post_text]],
        ]


@dataclass
class GBTNumericReferenceStyle(GroupReferenceStyle):
    """GB/T 7714 numeric citations (registered as ``gbt_numeric``)."""

    #: Compress runs of consecutive numbers, ``[1,3-4,6-8]``
    #: (config value ``wenxian_cite_compress``).
    compress: bool = True
    names: NameStyle = field(default_factory=NameStyle)

    def __post_init__(self) -> None:
        self.styles.extend(
            [
                SuperNumberReferenceStyle(
                    roles=("p", "ps"), grouping=Grouping(compress=self.compress, page=PlainPage())
                ),
                NumberReferenceStyle(
                    roles=("alp", "alps", "labelpar"),
                    grouping=Grouping(compress=self.compress, page=SuperPage()),
                ),
                NumberReferenceStyle(
                    roles=("label",),
                    grouping=Grouping(left="", right="", group_sep=",", compress=self.compress, page=SuperPage()),
                ),
                NameSuperNumberReferenceStyle(names=self.names),
                GBTAuthorReferenceStyle(names=self.names),
                GBTYearReferenceStyle(),
                ExtraEmptyReferenceStyle(),
            ]
        )
        super().__post_init__()
