"""Conversion that respects word boundaries.

OpenCC reads its phrase dictionary greedily over the whole text, so a phrase
may be read across two words: 第二天后来 gives 天后 (the goddess) and then 來,
大台风后 gives 風后 (a legendary minister). Here the text is first cut into
words by jieba (its Simplified dictionary, plus the project's phrases), and a
phrase of the dictionaries is used only where it begins and ends on word
boundaries — it may cover several words (并 + 科 → 併科) but never part of one.

The text is cut into *pieces*, each converted on its own:

- a project phrase (``conf/phrases.tsv``): its text, final;
- an OpenCC phrase (its phrase dictionaries): OpenCC's conversion;
- a single character standing alone as a word: the context table
  (``data/contexts.tsv``: after a numeral, alone in brackets) if it lists the
  character in its context, else the lone-word table (``data/lone-words.tsv``)
  if it lists it, else OpenCC's character default;
- any other single character: OpenCC's character default.

Inside a word that is not a phrase, the longest phrases are taken from the
left, as OpenCC does. Each piece records how it was decided, so that the
places decided by a default can be listed for an editor
(:mod:`wenxian.script.proofread`).
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping

from wenxian.script.simplified import CLIB, _dump_dictionary

DATA = Path(__file__).parent / "data"
LONE_WORDS = DATA / "lone-words.tsv"
CONTEXTS = DATA / "contexts.tsv"
NUMERALS = frozenset("〇零一二两三四五六七八九十百千万亿几数0123456789０１２３４５６７８９")
BRACKETS = {"（": "）", "(": ")", "〔": "〕", "[": "]"}
HMM = False  # jieba guessing new words (HMM) doubles the plain errors on the dev corpus (9.9 → 17.4)
SEPARATOR = "\ue000"  # a private-use character: no dictionary entry contains it

# How a piece was decided.
TABLE, PHRASE, LONE, CONTEXT, DEFAULT, PLAIN = "table", "phrase", "lone", "context", "default", "plain"


@dataclass(frozen=True)
class Piece:
    """A piece of the source and how it is converted."""

    start: int
    source: str
    how: str  # TABLE, PHRASE, LONE, CONTEXT, DEFAULT (a one-to-many character by default), PLAIN
    text: str | None = None  # fixed text (TABLE, LONE); None: OpenCC converts


def _config_dictionaries(config: str) -> list[str]:
    """The names of every ``.ocd2`` dictionary an OpenCC configuration uses."""
    spec = json.loads((CLIB / "share" / "opencc" / f"{config}.json").read_text(encoding="utf-8"))
    names: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if node.get("type") == "ocd2" and isinstance(node.get("file"), str):
                names.append(node["file"].removesuffix(".ocd2"))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec)
    return list(dict.fromkeys(names))


@lru_cache(maxsize=None)
def opencc_phrases(config: str) -> frozenset[str]:
    """Every Simplified phrase (two characters or more) the configuration knows.

    Read once from OpenCC's dictionaries (two calls of its ``opencc_dict``
    tool, a tenth of a second), then from a copy in the temporary folder named
    by the OpenCC version and the configuration.
    """
    import hashlib
    import marshal
    import tempfile
    from importlib.metadata import version

    key = hashlib.sha256(f"{version('opencc')}:{config}".encode()).hexdigest()[:12]
    path = Path(tempfile.gettempdir()) / f"wenxian-opencc-phrases-{key}.marshal"
    try:
        return frozenset(marshal.loads(path.read_bytes()))
    except (OSError, ValueError, EOFError, TypeError):
        pass
    phrases = _read_opencc_phrases(config)
    try:  # written whole, then renamed: another process never reads half a file
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(marshal.dumps(sorted(phrases)))
        os.replace(tmp, path)
    except OSError:  # a cache: a temporary folder that cannot be written costs time, nothing else
        pass
    return phrases


def _read_opencc_phrases(config: str) -> frozenset[str]:
    keys: set[str] = set()
    for name in _config_dictionaries(config):
        if name.startswith(("TW", "HK")) and name.endswith(("Variants", "VariantsRev")):
            continue
        for line in _dump_dictionary(name).splitlines():
            key = line.partition("\t")[0]
            if len(key) > 1:
                keys.add(key)
    return frozenset(keys)


@lru_cache(maxsize=1)
def one_to_many() -> frozenset[str]:
    """Simplified characters with more than one Traditional form (OpenCC's STCharacters)."""
    out = set()
    for line in _dump_dictionary("STCharacters").splitlines():
        key, _, values = line.partition("\t")
        if len(set(values.split())) > 1:
            out.add(key)
    return frozenset(out)


def read_lone_words(path: Path = LONE_WORDS) -> dict[str, dict[str, str]]:
    """variant → Simplified character → its form when it stands alone as a word."""
    rows = [
        line.split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    header, body = rows[0], rows[1:]
    table: dict[str, dict[str, str]] = {name: {} for name in header[1:-1]}
    for row in body:
        for column, name in enumerate(header[1:-1], start=1):
            value = row[column].strip() if column < len(row) else ""
            if value:
                table[name][row[0]] = value
        # An empty zh-HK cell takes the zh-Hant text.
        if "zh-HK" in table and row[0] not in table["zh-HK"] and row[0] in table.get("zh-Hant", {}):
            table["zh-HK"][row[0]] = table["zh-Hant"][row[0]]
    return table


def read_contexts(path: Path = CONTEXTS) -> dict[str, dict[tuple[str, str], str]]:
    """variant → (Simplified character, context) → its form there (``data/contexts.tsv``)."""
    rows = [
        line.split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    header, body = rows[0], rows[1:]
    names = header[2:-1]
    table: dict[str, dict[tuple[str, str], str]] = {name: {} for name in names}
    for row in body:
        key = (row[0], row[1])
        if key[1] not in ("numeral", "bracketed"):
            raise ValueError(f"{path}: unknown context {key[1]!r} for {key[0]}")
        for column, name in enumerate(names, start=2):
            value = row[column].strip() if column < len(row) else ""
            if value:
                table[name][key] = value
        if "zh-HK" in table and key not in table["zh-HK"] and key in table.get("zh-Hant", {}):
            table["zh-HK"][key] = table["zh-Hant"][key]
    return table


def context_of(text: str, start: int) -> tuple[str, ...]:
    """The contexts (``data/contexts.tsv``) of the single character at ``start``."""
    out = []
    if start > 0 and text[start - 1] in NUMERALS:
        out.append("numeral")
    if 0 < start < len(text) - 1 and BRACKETS.get(text[start - 1]) == text[start + 1]:
        out.append("bracketed")
    return tuple(out)


_tokenizer_lock = threading.Lock()

# Words of jieba's dictionary used for cutting: those seen at least this often.
# The rarer two thirds change no error on the dev corpus and cost two thirds of
# the time jieba takes to load (3.2 s → 0.7 s on the development machine).
MIN_FREQUENCY = 10


def pruned_dictionary() -> Path:
    """jieba's dictionary without its rare words, written once to the temporary folder."""
    import hashlib
    import tempfile
    from importlib.metadata import version

    import jieba

    source = Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME
    key = hashlib.sha256(f"{version('jieba')}:{MIN_FREQUENCY}".encode()).hexdigest()[:12]
    path = Path(tempfile.gettempdir()) / f"wenxian-jieba-{key}.txt"
    if not path.is_file():
        from wenxian.fsutil import atomic_write_text

        kept = [
            line + "\n"
            for line in source.read_text(encoding="utf-8").splitlines()
            if line.strip() and int(line.split(" ")[1]) >= MIN_FREQUENCY
        ]
        atomic_write_text(path, "".join(kept), overwrite=True)  # the same text, if another process was first
    return path


@lru_cache(maxsize=4)  # one per phrase table; each holds jieba's dictionary (tens of MB)
def _tokenizer(words: tuple[str, ...]):
    """A jieba tokenizer of its own (Sphinx's search index changes jieba's global one)."""
    import jieba

    jieba.setLogLevel(60)
    tokenizer = jieba.Tokenizer(str(pruned_dictionary()))
    tokenizer.initialize()
    for word in words:
        tokenizer.add_word(word)
    return tokenizer


class Segmenter:
    """Cuts Simplified text into pieces for one variant."""

    def __init__(self, config: str, table: Mapping[str, str], lone: Mapping[str, str],
                 contexts: Mapping[tuple[str, str], str] | None = None) -> None:
        self.config = config
        self.table = dict(table)
        self.lone = dict(lone)
        self.contexts = dict(contexts or {})
        self.phrases = opencc_phrases(config)
        self.longest = max((len(p) for p in (*self.phrases, *self.table)), default=1)
        self.ambiguous = one_to_many()
        self.tokenizer = _tokenizer(tuple(sorted(self.table)))

    def words(self, text: str) -> list[str]:
        with _tokenizer_lock:
            return list(self.tokenizer.cut(text, HMM=HMM))

    def pieces(self, text: str) -> list[Piece]:
        words = self.words(text)
        bounds = [0]
        for word in words:
            bounds.append(bounds[-1] + len(word))
        out: list[Piece] = []
        k = 0
        while k < len(words):
            start = bounds[k]
            # The longest phrase that ends on a word boundary (it may cover several words).
            best: tuple[int, str] | None = None
            j = k + 1
            while j < len(bounds) and bounds[j] - start <= self.longest:
                span = text[start : bounds[j]]
                if span in self.table:
                    best = (j, TABLE)
                elif len(span) > 1 and span in self.phrases:
                    best = (j, PHRASE)
                j += 1
            # A lone character its neighbour decides comes before an OpenCC phrase read
            # across words (二|周|内: a count of weeks, not the idiom's 周内).
            context = self._in_context(text, start) if len(words[k]) == 1 else None
            if context is not None and (best is None or best[1] != TABLE):
                out.append(context)
                k += 1
                continue
            if best is not None:
                j, how = best
                span = text[start : bounds[j]]
                out.append(Piece(start, span, how, self.table.get(span) if how == TABLE else None))
                k = j
                continue
            word = words[k]
            if len(word) == 1:
                out.append(self._single(start, word, lone=True))
            else:
                out.extend(self._inside(start, word))
            k += 1
        return out

    def _in_context(self, text: str, start: int) -> Piece | None:
        """A lone character its neighbour decides (``data/contexts.tsv``), or None."""
        char = text[start]
        for context in context_of(text, start):
            form = self.contexts.get((char, context))
            if form is not None:
                return Piece(start, char, CONTEXT, form)
        return None

    def _single(self, start: int, char: str, *, lone: bool) -> Piece:
        if lone and char in self.lone:
            return Piece(start, char, LONE, self.lone[char])
        return Piece(start, char, DEFAULT if char in self.ambiguous else PLAIN)

    def _inside(self, start: int, word: str) -> Iterable[Piece]:
        """A word no dictionary knows: longest phrases from the left, as OpenCC reads."""
        i = 0
        while i < len(word):
            for length in range(min(self.longest, len(word) - i), 1, -1):
                span = word[i : i + length]
                if span in self.table:
                    yield Piece(start + i, span, TABLE, self.table[span])
                    break
                if span in self.phrases:
                    yield Piece(start + i, span, PHRASE)
                    break
            else:
                yield self._single(start + i, word[i], lone=False)
                length = 1
            i += length
