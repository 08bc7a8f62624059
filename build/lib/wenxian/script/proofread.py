"""The proofreading list: where a one-to-many character was decided by a default.

For each article of the project (``source/*.md``), the text a reader sees is
cut into pieces as the converter cuts it (:mod:`wenxian.script.segmented`).
A piece that is a single one-to-many character decided by OpenCC's
character default — not by a phrase, the project's phrase table, or a
character whose default is right outside phrases
(``data/character-defaults.tsv``) — is a place an editor should look at; so
is one decided by the lone-word table (``data/lone-words.tsv``: 系 alone is
係 unless it is 繫 in 系属于). Each
place comes with its sentence in both scripts and the two ways to fix it: a
``{variant}`` role at that place, or a line for ``conf/phrases.tsv``.

Not read: code (fenced and inline), roles' content (``{cite}``, ``{keep}``,
``{variant}`` …), addresses, HTML comments — as in the site.
"""

from __future__ import annotations

import re
import runpy
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

from wenxian.errors import WenxianError
from wenxian.script.convert import Converter
from wenxian.script.phrases import PhraseTable, read_phrase_table
from wenxian.script.policy import policy_for
from wenxian.script.segmented import CONTEXT, DATA, DEFAULT, LONE
from wenxian.script.simplified import _dump_dictionary

CHARACTER_DEFAULTS = DATA / "character-defaults.tsv"
FENCE = re.compile(r"^\s*(```+|~~~+)")
MASKED = re.compile(
    r"\{[a-zA-Z0-9_:-]+\}`[^`]*`"  # a role and its content
    r"|`[^`]*`"  # inline code
    r"|<!--.*?-->"  # HTML comment on one line
    r"|[a-z][a-z0-9+.-]*://\S+|www\.\S+"  # addresses
    r"|\]\([^)]*\)"  # a link's target
    r"|^\([^)]*\)=\s*$",  # a MyST target
    re.IGNORECASE,
)
SENTENCE_END = "。！？；!?\n"


@lru_cache(maxsize=1)
def settled_characters() -> frozenset[str]:
    """Characters whose default is right outside phrases (``data/character-defaults.tsv``)."""
    return frozenset(
        line.split("\t")[0]
        for line in CHARACTER_DEFAULTS.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=1)
def traditional_forms() -> dict[str, tuple[str, ...]]:
    """Simplified character → its Traditional forms (OpenCC's STCharacters)."""
    out = {}
    for line in _dump_dictionary("STCharacters").splitlines():
        key, _, values = line.partition("\t")
        out[key] = tuple(dict.fromkeys(values.split()))
    return out


@dataclass(frozen=True)
class Place:
    """A one-to-many character decided by a default."""

    file: str
    line: int
    column: int
    char: str
    chosen: str
    others: tuple[str, ...]
    sentence_hans: str
    sentence_hant: str
    phrase: str  # Simplified words around the character, for conf/phrases.tsv
    phrase_hant: str  # their text as converted now
    rule: str = "default"  # "default" (OpenCC's character default) or "lone word"

    @property
    def variant_role(self) -> str:
        return f"{{variant}}`zh-hans:{self.phrase};zh-hant:{self.phrase_hant}`"

    @property
    def table_line(self) -> str:
        return f"{self.phrase}\t{self.phrase_hant}"

    def __str__(self) -> str:
        others = "、".join(self.others) or "—"
        return (
            f"{self.file}:{self.line}:{self.column}: {self.char} → {self.chosen} by {self.rule} "
            f"(other forms: {others})\n"
            f"    zh-Hans: {self.sentence_hans}\n"
            f"    zh-Hant: {self.sentence_hant}\n"
            f"    fix, if {self.chosen} is wrong here: write {self.variant_role} in the text, "
            f"or add to conf/phrases.tsv the line: {self.phrase}<TAB>(the right text)"
        )

    def as_dict(self) -> dict:
        out = asdict(self)
        out.update(variant_role=self.variant_role, table_line=self.table_line)
        return out


def reader_text(lines: list[str]) -> list[str]:
    """The lines of a MyST file with what a reader does not see blanked (columns kept)."""
    out = []
    fenced = False
    for line in lines:
        if FENCE.match(line):
            fenced = not fenced
            out.append("")
            continue
        out.append("" if fenced else MASKED.sub(lambda m: " " * len(m.group()), line))
    return out


def _sentence(line: str, at: int) -> tuple[int, int]:
    start = max((line.rfind(c, 0, at) for c in SENTENCE_END), default=-1) + 1
    ends = [i for i in (line.find(c, at) for c in SENTENCE_END) if i >= 0]
    end = min(ends) + 1 if ends else len(line)
    return start, end


def _tidy(sentence: str) -> str:
    return re.sub(r"\s{2,}", " … ", sentence.strip())


def places_in_line(
    line: str, converter: Converter, *, file: str, number: int, original: str | None = None
) -> list[Place]:
    """The places of one line (``line`` masked as :func:`reader_text` does; ``original`` as written)."""
    config = converter.policy.phrases or converter.policy.characters
    pieces = converter.pieces(line, config)
    out: list[Place] = []
    settled = settled_characters()
    for index, (piece, converted) in enumerate(pieces):
        if not (piece.how in (LONE, CONTEXT) or (piece.how == DEFAULT and piece.source not in settled)):
            continue
        start, end = _sentence(line, piece.start)
        hans = _tidy(original[start:end] if original is not None else line[start:end])
        hant = _tidy("".join(text for p, text in pieces if start <= p.start < end).translate(
            converter.policy.quote_table))
        # The words around the character: its own, and a neighbour when it stands alone.
        words = converter.segmenter(config).words(line)  # type: ignore[arg-type]
        bounds = [0]
        for word in words:
            bounds.append(bounds[-1] + len(word))
        k = max(i for i, b in enumerate(bounds[:-1]) if b <= piece.start)
        lo, hi = bounds[k], bounds[k + 1]
        if hi - lo == 1:
            if k + 1 < len(words) and words[k + 1].strip():
                hi = bounds[k + 2]
            elif k > 0 and words[k - 1].strip():
                lo = bounds[k - 1]
        phrase = line[lo:hi]
        phrase_hant = "".join(text for p, text in pieces if lo <= p.start < hi)
        forms = traditional_forms().get(piece.source, ())
        others = tuple(f for f in forms if f != converted and f != piece.source) + (
            (piece.source,) if piece.source in forms and piece.source != converted else ()
        )
        out.append(
            Place(file, number, piece.start + 1, piece.source, converted, others, hans, hant, phrase, phrase_hant,
                  {LONE: "lone word", CONTEXT: "context"}.get(piece.how, "default"))
        )
    return out


def proofread_text(text: str, converter: Converter, *, file: str) -> list[Place]:
    """The places of one MyST document."""
    out: list[Place] = []
    originals = text.splitlines()
    for number, line in enumerate(reader_text(originals), start=1):
        if line.strip():
            out.extend(places_in_line(line, converter, file=file, number=number, original=originals[number - 1]))
    return out


def project_converter(conf_dir: Path, variant: str) -> Converter:
    """The converter the project's conf.py sets up for ``variant`` (as the build does)."""
    conf = conf_dir / "conf.py"
    settings = runpy.run_path(str(conf)) if conf.is_file() else {}
    policy = policy_for(variant, settings.get("wenxian_script_variants"))
    if not policy.converts:
        raise WenxianError(
            f"{variant} is the source script: nothing is converted, nothing to proofread",
            file=conf,
            hint="name a converted variant, e.g. --script zh-Hant",
        )
    table_setting = settings.get("wenxian_phrase_table")
    table = read_phrase_table(conf_dir / table_setting, variant) if table_setting else PhraseTable()
    return Converter(policy, table)


def proofread_project(source: Path, conf_dir: Path, variant: str, *, root: Path | None = None) -> list[Place]:
    """Every place of every article of the project (``source/*.md``), in file order."""
    converter = project_converter(conf_dir, variant)
    out: list[Place] = []
    for path in sorted(source.glob("*.md")):
        name = str(path.relative_to(root)) if root else str(path)
        out.extend(proofread_text(path.read_text(encoding="utf-8"), converter, file=name))
    return out
