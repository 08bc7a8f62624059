"""The converter: Simplified text → the variant's script.

Order of work on a run of text, when the policy segments (the default): the
text is cut into pieces that respect word boundaries
(:mod:`wenxian.script.segmented`: project phrases, OpenCC phrases, lone
words), OpenCC converts the pieces that need it, and the house preferences
rewrite spellings inside each piece (計劃 → 計畫). Without segmentation: the
phrase table cuts out its phrases (longest match, their text is final); the
rest goes through OpenCC whole. Either way, OpenCC uses the phrase
configuration (e.g. ``s2twp``) for the authors' own prose when the policy has
one, the character configuration (e.g. ``s2tw``) inside quotations “…”/「…」,
titles 《…》 and wherever the caller asks for it (the bibliography); last,
quotation marks are replaced. A run may span several text nodes of one
paragraph: :class:`Run` keeps the quotation depth between them.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from functools import lru_cache

import opencc

from wenxian.script.phrases import PhraseTable
from wenxian.script.policy import ScriptPolicy
from wenxian.script.segmented import SEPARATOR, Piece, Segmenter, one_to_many, read_contexts, read_lone_words

OPENERS = "“‘「『《〈"
CLOSERS = "”’」』》〉"


@lru_cache(maxsize=None)
def opencc_converter(config: str) -> opencc.OpenCC:
    """One OpenCC converter per configuration and process."""
    return opencc.OpenCC(config)


@dataclass
class Converter:
    """Converts text for one variant; counts the time spent in OpenCC."""

    policy: ScriptPolicy
    table: PhraseTable = field(default_factory=PhraseTable)
    opencc_seconds: float = 0.0
    seconds: float = 0.0  # all of the conversion: segmentation, OpenCC, preferences
    # Segmented conversions already made, by (configuration, text): a string met
    # again (a repeated label, a rebuild with wenxian.script.memo) costs nothing,
    # and a build whose strings are all known never loads jieba. ``used``: the
    # keys read or written since the converter was made (what a memo file keeps).
    memo: dict[tuple[str, str], str] = field(default_factory=dict, repr=False)
    used: set[tuple[str, str]] = field(default_factory=set, repr=False)
    # Remembered conversions read from the memo file: builds since each was last used.
    unused_for: dict[tuple[str, str], int] = field(default_factory=dict, repr=False)
    _segmenters: dict[str, Segmenter] = field(default_factory=dict, repr=False)

    def _opencc(self, config: str, text: str) -> str:
        start = time.perf_counter()
        out = opencc_converter(config).convert(text)
        self.opencc_seconds += time.perf_counter() - start
        return out

    def segmenter(self, config: str) -> Segmenter:
        """The segmenter of ``config`` (made on first use: it loads jieba)."""
        if config not in self._segmenters:
            lone = read_lone_words().get(self.policy.name, {})
            contexts = read_contexts().get(self.policy.name, {})
            self._segmenters[config] = Segmenter(config, self.table.entries, lone, contexts)
        return self._segmenters[config]

    def pieces(self, text: str, config: str | None = None) -> list[tuple[Piece, str]]:
        """``text`` cut into pieces, each with its converted text."""
        config = config or self.policy.characters
        pieces = self.segmenter(config).pieces(text)  # type: ignore[arg-type]
        todo = [p.source for p in pieces if p.text is None]
        converted = iter(self._opencc(config, SEPARATOR.join(todo)).split(SEPARATOR) if todo else ())  # type: ignore[arg-type]
        rewrites = self.policy.rewrites
        out = []
        for piece in pieces:
            text_ = piece.text if piece.text is not None else next(converted)
            for old, new in rewrites:
                if old in text_:
                    text_ = text_.replace(old, new)
            out.append((piece, text_))
        return _rewrite_whole_pieces(out, rewrites)

    def _convert_plain(self, text: str, config: str, *, segment: bool = True) -> str:
        start = time.perf_counter()
        try:
            if not segment:  # whole dictionaries (wenxian.script.jiebadict): not remembered
                return self._convert_timed(text, config, segment)
            key = (config, text)
            self.used.add(key)
            out = self.memo.get(key)
            if out is None:
                out = self.memo[key] = self._convert_timed(text, config, segment)
            return out
        finally:
            self.seconds += time.perf_counter() - start

    def _convert_timed(self, text: str, config: str, segment: bool) -> str:
        # Text without a one-to-many character has nothing to decide: OpenCC alone.
        if segment and self.policy.segmentation and SEPARATOR not in text and not one_to_many().isdisjoint(text):
            return "".join(converted for _, converted in self.pieces(text, config))
        parts = []
        for piece, fixed in self.table.split(text):
            parts.append(fixed if fixed is not None else self._opencc(config, piece))
        out = "".join(parts)
        for old, new in self.policy.rewrites:
            out = out.replace(old, new)
        return out

    def convert(self, text: str, *, verbatim: bool = False) -> str:
        """``text`` (one whole run) in the variant's script.

        ``verbatim``: keep the original words, character by character (for
        the bibliography and titles of works).
        """
        return self.run(verbatim=verbatim).convert(text)

    def run(self, *, verbatim: bool = False) -> "Run":
        """A run of text nodes sharing one quotation state (one paragraph)."""
        return Run(self, verbatim=verbatim)

    def convert_words(self, text: str) -> str:
        """Character conversion of ``text`` without quotation-mark replacement."""
        if not self.policy.converts or not text:
            return text
        return self._convert_plain(text, self.policy.characters)  # type: ignore[arg-type]


@dataclass
class Run:
    """Consecutive text of one paragraph: quotation depth carries across pieces."""

    converter: Converter
    verbatim: bool = False
    depth: int = 0

    def _segments(self, text: str) -> list[tuple[str, bool]]:
        """``text`` cut into ``(piece, quoted)`` by the quotation depth."""
        out: list[tuple[str, bool]] = []
        start = 0
        for i, char in enumerate(text):
            if char in OPENERS:
                if i > start:
                    out.append((text[start:i], self.depth > 0))
                start = i
                self.depth += 1
            elif char in CLOSERS:
                out.append((text[start : i + 1], True))
                start = i + 1
                self.depth = max(0, self.depth - 1)
        if start < len(text):
            out.append((text[start:], self.depth > 0))
        return out

    def convert(self, text: str) -> str:
        policy = self.converter.policy
        if not policy.converts or not text:
            return text
        if policy.phrases and not self.verbatim:
            pieces = []
            for piece, quoted in self._segments(text):
                config = policy.characters if quoted else policy.phrases
                pieces.append(self.converter._convert_plain(piece, config))  # type: ignore[arg-type]
            out = "".join(pieces)
        else:
            out = self.converter._convert_plain(text, policy.characters)  # type: ignore[arg-type]
        return out.translate(policy.quote_table)


def _rewrite_whole_pieces(out: list[tuple[Piece, str]], rewrites: tuple[tuple[str, str], ...]) -> list[tuple[Piece, str]]:
    """A preference's word that spans several whole pieces (勞|僱 → 勞雇) is rewritten
    too; one that begins or ends inside a piece is not (統計|劃分 keeps 計劃)."""
    texts = [text for _, text in out]
    joined = "".join(texts)
    spans = [(old, new) for old, new in rewrites if len(old) == len(new) > 1 and old in joined]
    if not spans or len(out) < 2:
        return out
    bounds, position = {0}, 0
    for text in texts:
        position += len(text)
        bounds.add(position)
    chars = list(joined)
    for old, new in spans:
        start = joined.find(old)
        while start != -1:
            if start in bounds and start + len(old) in bounds:
                chars[start : start + len(old)] = new
            start = joined.find(old, start + 1)
        joined = "".join(chars)
    rebuilt, position = [], 0
    for piece, text in out:
        rebuilt.append((piece, joined[position : position + len(text)]))
        position += len(text)
    return rebuilt
