"""Text → physical lines with the layout facts the later steps need.

Each non-blank line keeps its 1-based number in the raw file, whether it
starts with a paragraph indent (full-width spaces, or two or more spaces —
a single stray space at a page break is not an indent) and whether blank
lines follow it. Some extractors put a blank line after nearly every line;
then a blank line means nothing and its *absence* is the evidence (see
:mod:`wenxian.importer.layout`) — unless the lines are whole paragraphs
(median wider than a printed column), where blank lines are real breaks.
"""

from __future__ import annotations

from dataclasses import dataclass

from wenxian.importer.chars import width

MAX_WRAPPED_WIDTH = 60.0  # cells: wider lines are whole paragraphs, not wrapped lines
_INDENT_CHARS = " \t\u3000\u00a0"


@dataclass
class Line:
    number: int  # 1-based line number in the raw file
    text: str  # without surrounding white space
    indent: bool
    gap_after: bool  # one or more blank lines follow
    width: float = 0.0  # printed width in CJK cells (see ``chars.width``)


@dataclass
class Lines:
    lines: list[Line]
    blank_is_filler: bool  # blank lines follow most lines, so they are no evidence


def _is_indent(lead: str) -> bool:
    return "\u3000" in lead or "\t" in lead or len(lead) >= 2


def split_lines(text: str) -> Lines:
    """The non-blank lines of ``text`` (already ``\\n``-separated)."""
    out: list[Line] = []
    for number, raw in enumerate(text.split("\n"), 1):
        stripped = raw.strip(_INDENT_CHARS + "\ufeff\v")
        if not stripped:
            if out:
                out[-1].gap_after = True
            continue
        lead = raw[: len(raw) - len(raw.lstrip(_INDENT_CHARS))]
        out.append(Line(number, stripped, _is_indent(lead), False, width(stripped)))
    followed = sum(1 for line in out[:-1] if line.gap_after)
    widths = sorted(line.width for line in out)
    # One long line per paragraph, blank lines between: the blanks are real.
    narrow = bool(widths) and widths[len(widths) // 2] <= MAX_WRAPPED_WIDTH
    filler = len(out) >= 2 and narrow and followed >= 0.5 * (len(out) - 1)
    return Lines(out, filler)
