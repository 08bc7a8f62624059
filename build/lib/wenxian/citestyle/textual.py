"""What the textual citation forms share: ``{cite:t}`` and its variants.

A textual citation names the creator in the sentence ("张三[570]", "张三（1984）");
how the number or year follows is the subclass's ``inner()``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sphinxcontrib.bibtex.style.referencing import BaseReferenceStyle
from sphinxcontrib.bibtex.style.template import join

from .names import NameStyle

if TYPE_CHECKING:
    from pybtex.richtext import BaseText
    from pybtex.style.template import Node


@dataclass
class TextualReferenceStyle(BaseReferenceStyle):
    """Roles ``t``, ``ts``, ``ct``, ``cts``; several works joined by ``sep``."""

    names: NameStyle = field(default_factory=NameStyle)
    left: str = ""
    right: str = ""
    sep: str = "、"  #: between works when several are cited at once

    def role_names(self) -> Iterable[str]:
        return ["t", "ts", "ct", "cts"]

    def outer(self, role_name: str, children: list["BaseText"]) -> "Node":
        return join(sep=self.sep)[children]
