"""The collateral-damage check of the phrase table.

A phrase must never break a longer word: 制作 → 製作 is right, but in
机制作用 (机制 | 作用) the same two characters straddle two words and must
stay 制作. For each phrase of the table and each place it could be cut in two,
the check takes the most frequent words of jieba's dictionary that end with
the first part and begin with the second (机制 + 作用), joins them, and
converts the pair: the result must be the two words converted on their own.
A phrase that fails reads across a word boundary somewhere in real text.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from wenxian.script.convert import Converter

LONGEST_PART = 4  # parts of a phrase longer than this are not looked up
EXAMPLES = 3  # words per part, the most frequent


@dataclass(frozen=True)
class Damage:
    """A phrase read across the boundary of two words."""

    phrase: str
    left: str  # the word that ends with the phrase's first part
    right: str  # the word that begins with the rest
    expected: str
    got: str

    def __str__(self) -> str:
        return (
            f"the phrase {self.phrase!r} breaks {self.left}|{self.right}: "
            f"{self.left + self.right} gives {self.got!r}, expected {self.expected!r}"
        )


@dataclass(frozen=True)
class _Index:
    ending: dict[str, list[str]]
    beginning: dict[str, list[str]]


@lru_cache(maxsize=1)
def _dictionary_index() -> _Index:
    """jieba's words by their first and last characters (one to four), most frequent first."""
    import jieba

    path = Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME
    words: list[tuple[int, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        word, freq, *_ = line.split(" ")
        if len(word) > 1:
            words.append((int(freq), word))
    words.sort(key=lambda fw: (-fw[0], fw[1]))
    ending: dict[str, list[str]] = defaultdict(list)
    beginning: dict[str, list[str]] = defaultdict(list)
    for _, word in words:
        for n in range(1, min(LONGEST_PART, len(word) - 1) + 1):
            if len(ending[word[-n:]]) < EXAMPLES * 4:
                ending[word[-n:]].append(word)
            if len(beginning[word[:n]]) < EXAMPLES * 4:
                beginning[word[:n]].append(word)
    return _Index(dict(ending), dict(beginning))


def collateral_damage(converter: Converter) -> list[Damage]:
    """Every phrase of the converter's table read across a word boundary."""
    index = _dictionary_index()
    out: list[Damage] = []
    for phrase in sorted(converter.table.entries):
        for cut in range(1, len(phrase)):
            head, tail = phrase[:cut], phrase[cut:]
            if len(head) > LONGEST_PART or len(tail) > LONGEST_PART:
                continue
            lefts = [w for w in index.ending.get(head, []) if not phrase.startswith(w[-len(phrase):])][:EXAMPLES]
            rights = [w for w in index.beginning.get(tail, []) if w != tail][:EXAMPLES]
            for left in lefts:
                for right in rights:
                    if phrase in left or phrase in right:
                        continue
                    expected = converter.convert_words(left) + converter.convert_words(right)
                    got = converter.convert_words(left + right)
                    if got != expected and phrase_text_at(converter, phrase, got, len(left) - cut):
                        out.append(Damage(phrase, left, right, expected, got))
    return out


def phrase_text_at(converter: Converter, phrase: str, text: str, at: int) -> bool:
    """Does ``text`` show the phrase's table text at ``at`` (the phrase was applied there)?"""
    fixed = converter.table.entries[phrase]
    return text[at : at + len(fixed)] == fixed
