"""The project phrase table: corrections applied before OpenCC.

OpenCC is wrong on some one-to-many characters (一只只 → 一隻只, 余华 →
餘華). The table lists such phrases with the right text per variant; the
converter cuts them out of the text by longest match and converts only the
rest. The file is tab-separated UTF-8: a header line naming the columns
(``zh-Hans`` first, then variants), ``#`` comments, one phrase a line. An
empty cell means "the column to its left" (zh-HK falls back to zh-Hant).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from wenxian.errors import WenxianError
from wenxian.script.policy import SOURCE_SCRIPT


@dataclass(frozen=True)
class PhraseTable:
    """Source phrase → text, for one variant."""

    entries: dict[str, str] = field(default_factory=dict)

    def pattern(self) -> re.Pattern[str] | None:
        """One regex matching any phrase, longest first (so longest match wins)."""
        if not self.entries:
            return None
        alternatives = sorted(self.entries, key=lambda p: (-len(p), p))
        return re.compile("|".join(map(re.escape, alternatives)))

    def split(self, text: str) -> list[tuple[str, str | None]]:
        """``text`` cut into ``(piece, fixed)``: ``fixed`` is the table's text, or ``None``."""
        pattern = self.pattern()
        if pattern is None:
            return [(text, None)] if text else []
        out: list[tuple[str, str | None]] = []
        at = 0
        for match in pattern.finditer(text):
            if match.start() > at:
                out.append((text[at : match.start()], None))
            out.append((match.group(), self.entries[match.group()]))
            at = match.end()
        if at < len(text):
            out.append((text[at:], None))
        return out


def read_phrase_table(path: Path, variant: str) -> PhraseTable:
    """The entries of ``path`` for ``variant``; an error names the line to fix."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise WenxianError(
            "the phrase table does not exist",
            file=path,
            hint="create it (see conf/phrases.tsv in the wenxian repository) or set "
            "wenxian_phrase_table = None in conf/conf.py",
        ) from None
    except UnicodeDecodeError as exc:
        raise WenxianError(
            f"the phrase table is not UTF-8 ({exc.reason})",
            file=path,
            hint="save it as UTF-8",
        ) from None
    header: list[str] | None = None
    entries: dict[str, str] = {}
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if header is None:
            header = cells
            if header[0] != SOURCE_SCRIPT or len(header) < 2:
                raise WenxianError(
                    f"the phrase table's header must start with {SOURCE_SCRIPT!r} and name variants",
                    file=path,
                    line=number,
                    hint="write a first line like: zh-Hans<TAB>zh-Hant<TAB>zh-HK",
                )
            continue
        if len(cells) > len(header) or len(cells) < 2 or not cells[0]:
            raise WenxianError(
                f"expected a phrase and up to {len(header) - 1} variant texts separated by tabs, "
                f"found {len(cells)} cells",
                file=path,
                line=number,
                hint="separate the columns with one tab; keep the source phrase in the first column",
            )
        if cells[0] in entries:
            raise WenxianError(
                f"the phrase {cells[0]!r} is listed twice",
                file=path,
                line=number,
                hint="keep one line per phrase",
            )
        if variant not in header[1:]:
            continue
        cells += [""] * (len(header) - len(cells))
        column = header.index(variant)
        text = next((cells[i] for i in range(column, 0, -1) if cells[i]), "")
        if not text:
            raise WenxianError(
                f"the phrase {cells[0]!r} has no text for {variant} or the columns before it",
                file=path,
                line=number,
                hint="fill in the converted phrase",
            )
        entries[cells[0]] = text
    return PhraseTable(entries)
