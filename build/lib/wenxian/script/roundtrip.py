"""Round-trip measurement of a Simplified → Traditional conversion.

Traditional text written in Taiwan is taken to Simplified with OpenCC
``tw2s`` and back with the conversion under test; every Han character of the
original that comes back different is an error. Errors are of two kinds:

- *variant*: both spellings are accepted in Taiwan (計劃/計畫, 公佈/公布,
  身份/身分); the pairs are listed, with the reason, in
  ``data/tw-accepted-variants.tsv``;
- *plain*: anything else (系/係, 制/製, 台/颱, 后/後 …): a reader sees a wrong
  character.

Scored against a second conversion (the same engine with the house
preferences switched off), each error is also marked *policy* when the
engine alone gets that character right: a difference from the original that
exists only because of a documented house preference (雇 for 僱), not an
engine error — but still a difference, and counted in "all".

Figures are per 10,000 Han characters of the original. The corpus and the
benchmark that prints the figures live in ``benchmarks/``
(``script_roundtrip_bench.py``).
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from wenxian.script.convert import opencc_converter

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
DATA = Path(__file__).parent / "data"
VARIANTS_FILE = DATA / "tw-accepted-variants.tsv"


@lru_cache(maxsize=1)
def accepted_variants() -> tuple[tuple[str, str], ...]:
    """Spellings Taiwan accepts either way, both ways round."""
    pairs = []
    for line in VARIANTS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        a, b, *_ = line.split("\t")
        if len(a) != len(b):
            raise ValueError(f"{VARIANTS_FILE}: {a!r} and {b!r} differ in length")
        pairs += [(a, b), (b, a)]
    return tuple(pairs)


def is_variant(original: str, converted: str, i: int) -> bool:
    """Is the difference at ``i`` one spelling Taiwan accepts for the other?"""
    for a, b in accepted_variants():
        for start in range(max(0, i - len(a) + 1), i + 1):
            if original[start : start + len(a)] == a and converted[start : start + len(b)] == b:
                return True
    return False


@dataclass(frozen=True)
class Error:
    """One character that came back different."""

    expected: str
    got: str
    context: str  # the original around the character
    source: str  # file (or name) and line
    variant: bool = False  # a spelling Taiwan accepts either way
    policy: bool = False  # made by a house preference: the engine alone gets it right


@dataclass
class Score:
    """Errors of one system on one part of the corpus."""

    han: int = 0
    errors: list[Error] = field(default_factory=list)

    @property
    def plain(self) -> list[Error]:
        return [e for e in self.errors if not e.variant]

    @property
    def variants(self) -> list[Error]:
        return [e for e in self.errors if e.variant]

    @property
    def by_policy(self) -> list[Error]:
        """Differences the house preferences made (see :func:`score`'s ``engine``)."""
        return [e for e in self.errors if e.policy]

    @property
    def by_engine(self) -> list[Error]:
        return [e for e in self.errors if not e.policy]

    def per_10k(self, errors: list[Error] | None = None) -> float:
        count = len(self.errors if errors is None else errors)
        return 10_000 * count / self.han if self.han else 0.0

    def top_pairs(self, n: int = 10) -> list[tuple[tuple[str, str], int, list[Error]]]:
        """The most frequent (expected, got) pairs, with their errors (plain and variant apart)."""
        counts = Counter((e.expected, e.got, e.variant) for e in self.errors)
        return [
            ((a, b), count, [e for e in self.errors if (e.expected, e.got, e.variant) == (a, b, v)])
            for (a, b, v), count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
        ]


def to_simplified(text: str) -> str:
    """The Simplified text an author in the mainland would have written."""
    return opencc_converter("tw2s").convert(text)


def compare(original: str, converted: str, source: str) -> tuple[int, list[Error]]:
    """Han characters of ``original`` and the ones ``converted`` got wrong."""
    han = len(HAN.findall(original))
    errors: list[Error] = []

    def context(i: int) -> str:
        return original[max(0, i - 6) : i] + "[" + original[i] + "]" + original[i + 1 : i + 7]

    same_length = len(original) == len(converted)
    if same_length:
        pairs: Iterable[tuple[int, str]] = ((i, converted[i]) for i in range(len(original)))
    else:  # a conversion that changed the length: align
        aligned = []
        matcher = difflib.SequenceMatcher(None, original, converted, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            for k in range(i1, i2):
                if tag == "equal":
                    aligned.append((k, original[k]))
                elif tag == "replace" and j1 + (k - i1) < j2:
                    aligned.append((k, converted[j1 + (k - i1)]))
                else:
                    aligned.append((k, ""))
        pairs = aligned
    for i, got in pairs:
        if got != original[i] and HAN.match(original[i]):
            variant = same_length and is_variant(original, converted, i)
            errors.append(Error(original[i], got, context(i), source, variant))
    return han, errors


def score(lines: Iterable[tuple[str, str]], convert: Callable[[str], str],
          engine: Callable[[str], str] | None = None) -> Score:
    """Round-trip ``(source, line)`` pairs through ``convert``.

    With ``engine`` (the same conversion without the house preferences), an
    error is marked ``policy`` where the engine's text has the original
    character at that place: the preference, not the engine, made it.
    """
    result = Score()
    for source, line in lines:
        simplified = to_simplified(line)
        converted = convert(simplified)
        han, errors = compare(line, converted, source)
        if engine is not None and errors:
            plain = engine(simplified)
            if len(plain) == len(line) == len(converted):
                wrong_at = [i for i, c in enumerate(converted) if c != line[i] and HAN.match(line[i])]
                errors = [replace(e, policy=plain[i] == line[i]) for e, i in zip(errors, wrong_at, strict=True)]
        result.han += han
        result.errors.extend(errors)
    return result


def corpus_lines(folder: Path) -> list[tuple[str, str]]:
    """``(file:line, text)`` for every non-empty line of the folder's ``*.txt``."""
    out = []
    for path in sorted(folder.glob("*.txt")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                out.append((f"{path.name}:{number}", line))
    return out
