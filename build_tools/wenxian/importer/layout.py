"""Physical lines → blocks (paragraphs, headings, front-matter fields), by evidence.

A new block starts at
- a line indented with full-width spaces;
- a line opening a front-matter field or the reference list;
- a heading ("一、…", "（一）…", "1.1 …") that follows the end of a sentence;
- the line after a sentence end (。！？…) when that line is clearly shorter
  than the local column width (estimated from the lines before and after, as
  the width changes between pages and between abstract and body);
- the line after a sentence end with no blank line in between, in texts where
  blank lines follow nearly every line (there the missing blank line is the
  extractor's paragraph mark);
- the line after a blank line, in texts where blank lines are rare.

A heading may be wrapped: it runs on (up to two lines) while the next line is
not yet a new block, e.g. "一、以全面深化改革推动新质生产力发展的" + "逻辑底蕴"
before an indented paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass

from wenxian.importer import headings
from wenxian.importer.chars import HAN_RE, ends_sentence
from wenxian.importer.lines import Line, Lines
from wenxian.importer.markers import EN_KINDS, marker_kind

SHORT_BY = 1.5  # cells: how much shorter than the column a last line must be
WINDOW = 3  # lines each side used to estimate the column width
MAX_HEADING_LINES = 3


@dataclass
class Chunk:
    """Consecutive lines forming one block; ``kind`` is "text", "heading",
    a marker kind from :mod:`wenxian.importer.markers` or "references"."""

    kind: str
    lines: list[Line]
    level: int = 0  # headings only


class _Layout:
    def __init__(self, doc: Lines) -> None:
        self.lines = doc.lines
        self.filler = doc.blank_is_filler
        self.widths = [line.width for line in self.lines]
        self.kinds = [marker_kind(line.text) for line in self.lines]
        self.levels = [None if k else headings.heading_level(line.text) for k, line in zip(self.kinds, self.lines)]

    def column(self, i: int) -> float:
        before = self.widths[max(0, i - WINDOW) : i]
        after = self.widths[i + 1 : i + 1 + WINDOW]
        if before and after:
            return min(max(before), max(after))
        return max(before or after or [0.0])

    def sentence_break_after(self, i: int) -> bool:
        line = self.lines[i]
        if not ends_sentence(line.text):
            return False
        if self.filler and not line.gap_after:
            return True
        return self.widths[i] < self.column(i) - SHORT_BY

    def starts_block(self, j: int, current: str) -> bool:
        line, prev = self.lines[j], self.lines[j - 1]
        if line.indent or self.kinds[j]:
            return True
        if current in EN_KINDS:
            return HAN_RE.search(line.text) is not None
        if not self.filler and prev.gap_after:
            return True
        if self.sentence_break_after(j - 1):
            return True
        return self.levels[j] is not None and (current != "text" or ends_sentence(prev.text))

    def heading_end(self, i: int) -> int:
        """Index after the last line of the heading starting at ``i``."""
        n = len(self.lines)
        text = self.lines[i].text
        for end in range(i, min(n, i + MAX_HEADING_LINES)):
            if end > i:
                more = self.lines[end]
                if more.indent or self.kinds[end] or not headings.can_continue(text, more.text):
                    break
                text += more.text
            nxt = end + 1
            if (
                nxt >= n
                or self.lines[nxt].indent
                or self.kinds[nxt]
                or self.levels[nxt] is not None
                or (not self.filler and self.lines[end].gap_after)
            ):
                return nxt
        return i + 1

    def chunks(self) -> list[Chunk]:
        out: list[Chunk] = []
        i, n = 0, len(self.lines)
        while i < n:
            level = self.levels[i]
            if level is not None:
                end = self.heading_end(i)
                out.append(Chunk("heading", self.lines[i:end], level))
                i = end
                continue
            kind = self.kinds[i] or "text"
            if kind == "references":
                out.append(Chunk(kind, [self.lines[i]]))
                i += 1
                continue
            j = i + 1
            while j < n and not self.starts_block(j, kind):
                j += 1
            out.append(Chunk(kind, self.lines[i:j]))
            i = j
        return out


def segment(doc: Lines) -> list[Chunk]:
    """The blocks of a document, in order."""
    return _Layout(doc).chunks()
