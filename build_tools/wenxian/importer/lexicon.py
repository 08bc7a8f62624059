"""Whether a word runs on across a join of two texts (jieba's dictionary).

A line of Chinese text breaks anywhere, often inside a word: where the end of
one block and the start of another make a dictionary word ("高水平的对" +
"外开放…" → 对外开放), the second likely continues the first. Measured on the
dev part of the import corpus (gold paragraphs cut at random places against
random pairs of paragraph ends and starts): a word of two to four characters
runs across 43 % of true joins and 5 % of false ones.

The words are those of jieba's dictionary (MIT licence) of two to four
ideographs seen at least ``MIN_FREQUENCY`` times, about 120,000. Reading them
out of jieba's 350,000-line dictionary takes most of a second, so the package
ships the derived list (``wenxian/importer/data/lexicon.txt.gz``, read in about 30 ms,
only when a decision needs it); ``python -m wenxian.importer.lexicon`` writes
it again from the installed jieba.
"""

from __future__ import annotations

import gzip
import re
import sys
from functools import lru_cache
from pathlib import Path

MIN_FREQUENCY = 5  # rarer entries of jieba's dictionary are mostly names and noise
SHIPPED = Path(__file__).resolve().parent / "data" / "lexicon.txt.gz"
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")


def derive() -> list[str]:
    """The word list, sorted, from the installed jieba's dictionary."""
    import jieba

    path = Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME
    out: set[str] = set()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            word, frequency, *_ = line.split(" ")
            if 2 <= len(word) <= 4 and int(frequency) >= MIN_FREQUENCY and _HAN.match(word):
                out.add(word)
    return sorted(out)


def write(path: Path = SHIPPED) -> None:
    """Write the derived list, byte for byte the same for the same dictionary."""
    data = ("\n".join(derive()) + "\n").encode("utf-8")
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", filename="", mtime=0) as fh:
        fh.write(data)


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    return frozenset(gzip.decompress(SHIPPED.read_bytes()).decode("utf-8").split())


# Measure words and units a number is followed by ("1 140" + "个，其中…", "2024" + "年"): the
# two make one phrase as a word does, and no dictionary holds it (round 15c).
MEASURES = frozenset("个年月日人万亿元家所项名次份篇条件种间台座户岁天周倍位批类处辆套张场期届组层栋余%％")
# … a number in running text: after a Chinese character, not after another number (a table's row
# "平台上线年      2019   2020      2021" + "份" is no phrase); "1 140": a thousands group
_NUMBER_END = re.compile(r"[\u4e00-\u9fff，、（(]\s?[0-9]+(?:\.[0-9]+)?(?: [0-9]{3})*$")


def word_across(left: str, right: str, *, read: bool = False) -> str | None:
    """A dictionary word made of the end of ``left`` and the start of ``right``, if any; with
    ``read``, only one that a reading of both sides does not rule out (see :func:`_read_across`).
    A number at ``left``'s end and a measure word at ``right``'s start (:data:`MEASURES`) count
    as one."""
    left, right = left.rstrip(), right.lstrip()
    if right[:1] in MEASURES and (number := _NUMBER_END.search(left)):
        return number.group(0)[1:].strip() + right[:1]
    return (_read_across if read else _across)(left[-3:], right[:3])


@lru_cache(maxsize=65536)
def _across(left: str, right: str) -> str | None:
    words = _words()  # ideographs only: a join with anything else finds nothing
    for i in range(1, len(left) + 1):
        end = left[-i:]
        for j in range(1, min(len(right), 4 - i) + 1):
            word = end + right[:j]
            if word in words:
                return word
    return None


@lru_cache(maxsize=65536)
def _read_across(left: str, right: str) -> str | None:
    """The first word across the join that does not cut a longer word ending at the join on the
    left *and* one starting at it on the right: such a word is one by chance ("…数据平台" +
    "本文选取…" → 台本, "…反映不同" + "治理…" → 同治, against 平台 + 本文, 不同 + 治理); a reader
    takes the two words, and the join falls between them."""
    words = _words()
    for i in range(1, len(left) + 1):
        end = left[-i:]
        for j in range(1, min(len(right), 4 - i) + 1):
            word = end + right[:j]
            # (the longer words either side asked only of a word found: most joins make none)
            if word in words and not (_longest_end(left) > i and _longest_start(right) > j):
                return word
    return None


@lru_cache(maxsize=4096)
def _longest_end(left: str) -> int:
    """The length of the longest word ending at ``left``'s end (0: none)."""
    words = _words()
    return max((k for k in range(2, len(left) + 1) if left[-k:] in words), default=0)


@lru_cache(maxsize=4096)
def _longest_start(right: str) -> int:
    """The length of the longest word starting at ``right``'s start (0: none)."""
    words = _words()
    return max((k for k in range(2, len(right) + 1) if right[:k] in words), default=0)


# The document's own phrases (round s11-mixcol): three ideographs in a row inside one of its
# lines. An article repeats its terms ("产教融合", "企业参与", "共享率"), and most of them are no
# dictionary word, or one a chance join makes too; a join whose two sides make three ideographs
# the article prints elsewhere in a line is likely a true one. Measured on the dev part of the
# import corpus (gold paragraphs cut every 20 characters, each cut against a random line start):
# a dictionary word across 45 % of true joins and 5 % of false ones; a word or one of the
# article's phrases 61 % and 7 %.
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{3,}")
PHRASE = 3
# A particle or conjunction either side of the join makes a phrase with any word by chance
# ("…配送费的" + "共同配送…" → 的共同): no evidence there (dev, two columns, plain pdftotext:
# twocol-spaced paragraphs 0.821 → 0.829, citation sequences 23 → 24; twocol-narrow alike).
PARTICLES = frozenset("的地得了和与及是在等")


def phrases(texts) -> frozenset[str]:
    """The strings of PHRASE ideographs in a row inside ``texts`` (a document's lines)."""
    found: set[str] = set()
    for text in texts:
        for run in _HAN_RUN.findall(text):
            found.update(run[i : i + PHRASE] for i in range(len(run) - PHRASE + 1))
    return frozenset(found)


def phrase_across(left: str, right: str, known: frozenset[str]) -> str | None:
    """A string of ``known`` (:func:`phrases`) made of the end of ``left`` and the start of
    ``right`` (two ideographs and one, or one and two), if any — none where a particle
    (:data:`PARTICLES`) stands either side of the join."""
    left, right = left.rstrip()[-2:], right.lstrip()[:2]
    if left[-1:] in PARTICLES or right[:1] in PARTICLES:
        return None
    for i in (2, 1):
        candidate = left[len(left) - i :] + right[: PHRASE - i] if len(left) >= i else ""
        if len(candidate) == PHRASE and candidate in known:
            return candidate
    return None


if __name__ == "__main__":
    write()
    print(f"wrote {SHIPPED}", file=sys.stderr)
