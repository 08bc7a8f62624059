"""Join the physical lines of one block into one string.

CJK next to anything joins with nothing; Latin next to Latin with one space.
A Latin word hyphenated at a line end is rejoined ("re-" + "form" →
"reform") unless the hyphenated form occurs whole elsewhere in the document
("opening-" + "up" stays "opening-up" when "opening-up" is used), which is
the best evidence a text gives that the hyphen is part of the word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from wenxian.importer.chars import is_cjk

_COMPOUND = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")
# (Latin letters with their accents: "Demirgüç-" / "Kunt" is one name)
_HYPHEN_END = re.compile(r"([A-Za-z\u00c0-\u024f]+)-$")
_WORD_START = re.compile(r"^([A-Za-z\u00c0-\u024f]+)")
_WORD_END = re.compile(r"(?<![A-Za-z])([A-Za-z]+)$")
_WORD = re.compile(r"[A-Za-z]+")
# A web address or DOI the line ends inside: wrapped where url.sty and the typesetters break one
# (after "https:", "//", a "/", a "-", a "." …), its rest opens the next line ("…https://" /
# "github.com/…", "https:" / "//doi.org/10.…", "…/10.5555/" / "abc.123"). One token: no space.
_OPEN_LINK = re.compile(r"(?:\bhttps?:(?://)?|\bftp://|\bwww\.|\bdoi\.org/|\b10\.\d{4,9}/)[^\s\u3000-\u9fff\uff00-\uffef]*$",
                        re.IGNORECASE)
_LINK_TAIL = re.compile(r"[A-Za-z0-9\-._~/%?=&#+@:]+")  # the address characters the next line opens with
_LINK_BREAKS = "/:-_?=&#%~"  # where a line may end inside an address; after a "." only before a path ("/")


class Vocabulary(frozenset):
    """A text's hyphenated words that occur whole inside a line (lower-cased), and, measured when
    first asked for, its Latin words (:attr:`words`)."""

    def __new__(cls, compounds: Iterable[str], lines: list[str]):
        vocabulary = super().__new__(cls, compounds)
        vocabulary._lines = lines
        vocabulary._words = None
        return vocabulary

    @property
    def words(self) -> frozenset[str]:
        """Every Latin word of two letters or more (lower-cased) but a line's last, which may be a
        word's first piece where the line broke inside it."""
        if self._words is None:
            found: set[str] = set()
            for text in self._lines:
                tokens = _WORD.findall(text)
                if tokens and text[-1:].isascii() and text[-1:].isalpha():
                    tokens.pop()
                found.update(token.lower() for token in tokens if len(token) > 1)
            self._words = frozenset(found)
        return self._words


def compounds_in(texts: Iterable[str]) -> Vocabulary:
    """Hyphenated words that occur whole inside a line (lower-cased), the text's Latin words with them."""
    lines = list(texts)
    found: set[str] = set()
    for text in lines:
        if "-" in text:
            found.update(word.lower() for word in _COMPOUND.findall(text))
    return Vocabulary(found, lines)


@dataclass(frozen=True)
class Joined:
    text: str
    starts: list[int]  # offset in ``text`` where each line begins


def _separator(left: str, right: str, *, dehyphenate: bool, compounds: frozenset[str]) -> tuple[str, str]:
    """(left as it stays, separator) for joining ``left`` and ``right``."""
    if _link_goes_on(left, right):
        return left, ""
    if left.endswith("-"):
        head = _HYPHEN_END.search(left)
        tail = _WORD_START.match(right)
        if head and tail:
            whole = f"{head.group(1)}-{tail.group(1)}".lower()
            if dehyphenate and right[0].islower() and whole not in compounds:
                return left[:-1], ""
            # A name in camel case broken at a capital ("Ghost-" / "Conv", "DW-" / "Conv"): one word
            # where the text has it whole elsewhere and never hyphenated (session 14, qingliang-jiance).
            if dehyphenate and whole not in compounds and isinstance(compounds, Vocabulary) \
                    and (head.group(1) + tail.group(1)).lower() in compounds.words:
                return left[:-1], ""
            return left, ""
        # A code or a range broken after its hyphen ("CJDK-" / "2024-058", "2020-" / "2021", "B-" / "2"):
        # the hyphen is the text's, and no space was printed at it.
        if len(left) > 1 and left[-2].isascii() and left[-2].isalnum() and right[0].isascii() and right[0].isalnum():
            return left, ""
    if is_cjk(left[-1]) or is_cjk(right[0]):
        return left, ""
    if isinstance(compounds, Vocabulary) and left[-1].isascii() and left[-1].isalpha() and right[0].isascii() and right[0].isalpha():
        # A word broken at the line's end without a hyphen, as a word processor breaks Latin words in
        # a line of Chinese ("参照 C" / "ard et al.（2010）", "（OEC" / "D，2019）"): where the text
        # has the whole word elsewhere and not both of its pieces, the pieces are one word.
        head, tail = _WORD_END.search(left), _WORD_START.match(right)
        if head and tail:
            words = compounds.words
            whole = (head.group(1) + tail.group(1)).lower()
            if whole in words and not (head.group(1).lower() in words and tail.group(1).lower() in words):
                return left, ""
    return left, " "


def _link_goes_on(left: str, right: str) -> bool:
    """Whether ``right`` opens with the rest of the address ``left`` ends inside: ``left`` stops at a
    place an address breaks (``_LINK_BREAKS``; at a "." only where the rest holds a "/", a sentence's
    full stop after an address being far commoner) and ``right``'s first token is address characters."""
    end = left[-1:]
    if not end or (end not in _LINK_BREAKS and end != ".") or not right[:1].isascii():
        return False
    tail = _LINK_TAIL.match(right)
    if tail is None or _OPEN_LINK.search(left) is None:
        return False
    token = tail.group(0).rstrip(".,;:")
    return end != "." or "/" in token


def join_lines(texts: list[str], *, dehyphenate: bool = True, compounds: frozenset[str] = frozenset()) -> Joined:
    """Join stripped, non-empty lines; records where each line starts."""
    parts: list[str] = []
    starts: list[int] = []
    length = 0
    for text in texts:
        if parts:
            last = parts[-1]
            # The common case, CJK either side and no hyphen: nothing between (``_separator``'s answer, without the call).
            # (an ideograph of the main block either side is told by comparison, without is_cjk's call)
            if (end := last[-1]) != "-" and ("\u4e00" <= end <= "\u9fff" or "\u4e00" <= (first := text[0]) <= "\u9fff"
                                             or is_cjk(end) or is_cjk(first)):
                pass
            else:
                left, sep = _separator(last, text, dehyphenate=dehyphenate, compounds=compounds)
                length += len(left) - len(last) + len(sep)
                parts[-1] = left + sep
        starts.append(length)
        parts.append(text)
        length += len(text)
    return Joined("".join(parts), starts)
