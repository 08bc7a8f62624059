"""Parenthetical citations as bracketed groups of works, each group with its page.

One citation (``{cite:p}`a,b{11},c```) names several works. Works without
pre- or post-text share one bracket (joined, numbers compressed); a work with a
page (post-text) or a pre-text gets a bracket of its own, followed by its page:
``[1][2]11[3]``. The page's look (superscript or not) is a sub-style.

:func:`cited_item` is the template node that a style's ``inner()`` wraps around
the linked part of one work; :class:`Grouping` is what its ``outer()`` uses to
join the items.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from pybtex.richtext import BaseText, Tag, Text
from sphinxcontrib.bibtex.style.template import join, node

from .compress import compress_runs


@dataclass(frozen=True)
class CitedItem:
    """One cited work, formatted but not yet bracketed."""

    body: BaseText  #: the linked part: the number, or author and year
    label: str  #: the bibliography label of the work (its number in 顺序编码制)
    pre: str  #: pre-text given in the citation, ``{见}key``
    post: str  #: post-text given in the citation, ``key{11}``: the page

    @property
    def stands_alone(self) -> bool:
        return bool(self.pre or self.post)


@node
def cited_item(children: list[Any], data: dict[str, Any]) -> CitedItem:
    """Template node: format the children as the body of one :class:`CitedItem`."""
    info = data["reference_info"]
    return CitedItem(
        body=join[children].format_data(data),
        label=data["formatted_entry"].label,
        pre=info.pre_text,
        post=info.post_text,
    )


class PageStyle(Protocol):
    """How the page (post-text) after a bracket is shown."""

    def __call__(self, page: str) -> BaseText: ...


@dataclass(frozen=True)
class SuperPage:
    """Page as a superscript: ``（张三，1984）<sup>11</sup>``, ``文献[10]<sup>11</sup>``."""

    def __call__(self, page: str) -> BaseText:
        return Tag("sup", page) if page else Text()


@dataclass(frozen=True)
class PlainPage:
    """Page as plain text, for citations that are superscript as a whole: ``<sup>[3]11</sup>``."""

    def __call__(self, page: str) -> BaseText:
        return Text(page)


@dataclass(frozen=True)
class Grouping:
    """Brackets, separators, compression and page style of a parenthetical citation."""

    left: str = "["
    right: str = "]"
    sep: str = ","  #: between works in one bracket
    group_sep: str = ""  #: between brackets (needed when the brackets are empty)
    pre_sep: str = ""  #: between a pre-text and the work
    range_sep: str = "-"  #: between the ends of a compressed run
    compress: bool = False  #: compress runs of consecutive numbers
    min_run: int = 2  #: shortest run that is compressed
    page: PageStyle = field(default_factory=SuperPage)

    def format(self, items: Sequence[CitedItem]) -> BaseText:
        """The whole citation: each group bracketed, followed by its page."""
        return Text(self.group_sep).join(
            [
                Text(self.left, self._inside(group), self.right, self.page(group[-1].post))
                for group in _groups(items)
            ]
        )

    def _inside(self, group: Sequence[CitedItem]) -> BaseText:
        if len(group) == 1 and group[0].pre:
            pre = group[0].pre
            # "参见张三", but "see also Cai": a Latin pre-text is a word of its own.
            sep = self.pre_sep or (" " if pre[-1].isascii() and not pre[-1].isspace() else "")
            return Text(pre, sep, group[0].body)
        runs = compress_runs([item.label for item in group], self.min_run) if self.compress else None
        if runs is None:
            return Text(self.sep).join([item.body for item in group])
        return Text(self.sep).join(
            [
                Text(group[run.first].body, self.range_sep, group[run.last].body)
                if run.is_range
                else group[run.first].body
                for run in runs
            ]
        )


def _groups(items: Sequence[CitedItem]) -> Iterator[Sequence[CitedItem]]:
    """Split into runs of works without pre/post-text; a work with either stands alone."""
    pending: list[CitedItem] = []
    for item in items:
        if item.stands_alone:
            if pending:
                yield pending
                pending = []
            yield [item]
        else:
            pending.append(item)
    if pending:
        yield pending


@node
def grouped(children: list[CitedItem], data: Any, grouping: Grouping) -> BaseText:
    """Template node: join the :class:`CitedItem` children with ``grouping``."""
    return grouping.format(children)


@node
def super_page(children: list[Any], data: dict[str, Any]) -> BaseText:
    """Template node: the citation's post-text (page) as a superscript, or nothing."""
    assert not children
    return SuperPage()(data["reference_info"].post_text)
