"""Two columns printed side by side (``pdftotext -layout``) → one column in reading order.

A page is two-column when many of its lines hold a wide gap (three spaces or
more) between text, and the text after the gap starts at about the same
place (the gutter) on each. Its lines are then split at the gutter: the left
parts are read first, then the right parts; a line without a gap that is
wider than the left column (a footnote, a header across the page) closes the
run of split lines. A line with only right-column text (its left column is
empty there) starts beyond the gutter. Each part keeps its line number.

The gutter's place in characters wanders: pdftotext -layout sets a CJK
character (two cells wide) on a grid of half its width, and puts the right
column's text where the left line's characters end when they reach past the
gutter (one space apart), each page on a grid of its own. So the widths are
evidence too: the text's column measure (:func:`_measure`, the width most
left lines of its two-column pages have) tells a full left line (at the
margin, the measure less an indent) from a header's first field or a note's
line, wherever the gap after it is; a page is two-column only if its other
lines fit a column (a one-column page's table has gaps too); and a first
page's few lines of two columns are found by their widths. Where a page's rows are set
on two grids (under a table, the right column starts much further in), a line is also
split at the gutter the full left lines around it show (:func:`_local_gutters`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from statistics import median

from wenxian.importer import evidence, raised
from wenxian.importer.chars import HAN_RE, LATIN_RE, LATIN_SLACK, TERMINAL_RE, width
from wenxian.importer.lexicon import word_across

_GAP = re.compile(r"\S( {3,})(?=\u3000*\S)")
MIN_SPLIT_SHARE = 0.3  # of a page's lines with text
MIN_SPLIT_LINES = 4
GUTTER_TOLERANCE = 8  # characters the right column's start may wander
WIDER = 1.4  # text after the gap this much wider than a left line is no column's (Latin runs wider than CJK)
MIN_RUN_LINES = 3  # consecutive two-column rows that make a two-column run on a one-column page
INDENT_SLACK = 2.5  # CJK cells a full left line may fall short of the column's measure (a first line's indent)
MARGIN = 4  # spaces before a left column's line at most (an indent; a centred header has more)
FIRST_INDENT = 2  # spaces before a paragraph's first line (-layout sets its two-cell indent as two)
MIN_CLEAN_ROWS = 2  # rows holding both columns (no table's) on a page of rows holding one (a word processor's)
MIN_RIGHT = 4  # CJK cells after the gap at least, on such a row (a table's cell beside text has fewer)
MIN_LEFT = 6  # characters of left-column text a two-column row holds (not "作者简介：…（1980—）   ，男")


def _right_start(line: str) -> int | None:
    """Where the text after the first wide gap starts, if any."""
    match = _GAP.search(line)
    return match.end(1) if match else None


def _split_at(
    line: str, gutter: float, full: float, full_width: float, in_rows: bool = False, measure: float | None = None
) -> int | None:
    """Where a line of a two-column page splits into its columns, if it holds both:
    after a wide gap that ends near the gutter, or beyond it (text set off in the
    right column, e.g. a centred English title) after a full left line (``full``:
    the usual length of a left line) or after a left line ending well before the
    gutter (a heading beside a centred name). Or wherever the gap is, when the widths
    say so: the left part at the margin and as wide as a left line (the column's
    ``measure``, less an indent) and the right part no wider than a column — pdftotext -layout sets the
    right column's text where the left line's characters end, not at the gutter."""
    start = _right_start(line)
    if start is not None and "   " in line[start:].strip():
        if _full_left(line[:start], measure) and start >= gutter - GUTTER_TOLERANCE:
            return start  # a full left line beside a figure's labels or a table's cells
        last = [m.end(1) for m in _GAP.finditer(line)][-1]
        if abs(last - gutter) <= GUTTER_TOLERANCE and _full_left(line[:last], measure) \
                and width(line[last:]) <= full_width + 1.0 + (LATIN_SLACK if LATIN_RE.search(line[last:]) else 0.0):
            return last  # a full left line of Latin words spread by justification ("management:     a review of")
        if abs(last - gutter) <= GUTTER_TOLERANCE and measure and "  " not in line[last:].strip() \
                and measure - INDENT_SLACK <= width(line[last:].rstrip()) <= full_width + 1.0:
            # the right column's full line at the gutter, beside a left line set out in fields (a
            # display formula centred in its column with its number at the column's edge: "R = M / N
            # × 100%   （1）   组织为志愿者…"); a header spread across the page ends in a short field
            return last
        if not in_rows:
            return None  # a header spread across the page
        if abs(start - gutter) <= GUTTER_TOLERANCE and len(line[:start].strip()) >= MIN_LEFT:
            return start  # left text beside a table's row in the right column
        return _row_split(line, gutter, full_width)
    if start is None:
        return None
    if full_width and width(line[start:]) > WIDER * full_width:
        return None  # what follows the gap is wider than a column (a footnote's line)
    if full_width and width(line[:start]) > WIDER * max(full_width, measure or 0.0):
        return None  # so is what stands before it (a note's line, its last word pushed off)
    if abs(start - gutter) <= GUTTER_TOLERANCE:
        return start
    left = line[:start]
    if (
        measure
        and len(left) - len(left.lstrip("\f ")) <= MARGIN
        and measure - INDENT_SLACK <= width(left) <= full_width + 1.0
        and width(line[start:]) <= full_width + 1.0
    ):
        return start  # a full left line and a column line beside it, the gap away from the gutter
    if start > gutter and "   " not in line[start:] and (
        len(line[:start].strip()) >= full - 2 or len(line[:start].rstrip()) < gutter - GUTTER_TOLERANCE
    ):
        return start  # the gap spans the gutter: a left line (full, or a heading) and right text set off
    return None


_ROW_GAP = re.compile(r"\S( {2,})(?=\S)")


def _full_left(left: str, measure: float | None) -> bool:
    """A full left column line (with the text's ``measure`` known): at the margin, as wide
    as the column less an indent, no wider than it (a header's first field is narrower)."""
    if not measure or len(left) - len(left.lstrip("\f ")) > MARGIN:
        return False
    slack = LATIN_SLACK if LATIN_RE.search(left) else 0.0
    return measure - INDENT_SLACK - slack <= width(left) <= measure + 1.0 + slack


def _cells_in_left(line: str, gutter: float) -> bool:
    """A left column's table row: set in from the margin (a table is centred in its column, a
    text line starts at the margin or an indent), with a gap of two spaces or more that ends well
    before the gutter (between two of its cells, not the gutter's own gap) and text after it. Its
    neighbours with both columns are then rows of the same table (``in_rows``): a row
    ``变量      系数 标准误 比值比                     免手续繁琐…`` whose cells sit one space apart
    beside the right column's line had been read as one line across the columns (round 14h)."""
    lead = len(line) - len(line.lstrip("\f "))
    if lead <= FIRST_INDENT:
        return False
    return any(m.end(1) < gutter - GUTTER_TOLERANCE for m in _ROW_GAP.finditer(line, lead))


def _row_split(line: str, gutter: float, full_width: float) -> int | None:
    """A left column's table row, its cells set apart by wide gaps, beside the right
    column's text: the last gap ends at the gutter, the right part holds no wide gap and is
    no wider than a column; the left part holds two cells at least; and (``in_rows``, the
    caller's) the line before or after it is set out in cells too: a table's rows come in a
    run, a header spread across the page (its gaps as wide) stands alone."""
    gaps = [m.end(1) for m in _ROW_GAP.finditer(line)]
    if len(gaps) < 2:
        return None
    cut = gaps[-1]
    right = line[cut:]
    if abs(cut - gutter) > GUTTER_TOLERANCE or "  " in right.strip() or (full_width and width(right) > full_width + 1):
        return None
    return cut


def _two_column_rows(texts: list[tuple[int, str]]) -> list[int]:
    """Right-column starts of the lines holding both columns."""
    return [s for _, line in texts if "   " in line and (s := _right_start(line)) is not None]


def _two_column_page(texts: list[tuple[int, str]]) -> bool:
    """Whether a page is set in two columns (:func:`_page_gutter` finds its gutter)."""
    return _page_gutter(texts) is not None


def _page_gutter(texts: list[tuple[int, str]]) -> float | None:
    """Where the right column starts on a two-column page, or None for a page of one column.
    A page is set in two columns when many of its lines hold a wide gap (MIN_SPLIT_LINES,
    MIN_SPLIT_SHARE), and no more of its other lines run wider than a column (``WIDER`` times
    the wider part of the rows with a gap, by median) — a one-column page's body lines do, and
    a table's rows have gaps too; the gutter is then where most rows' gap ends.
    Or (a word processor's page, round 15b) when its rows with one gap (not a table's, set out in
    cells) and its lines of the right column alone (:func:`_right_only`) are as many, and its
    lines without a gap no wider: LibreOffice sets the columns' baselines apart, so most rows
    hold one column's line; the gutter is then where the rows holding both have it (a table's
    rows, its cells' gaps wherever they fall, are left out of it: a row set in from the margin, a
    cell's few characters after the gap, more gaps after it)."""
    starts = _two_column_rows(texts)
    rows = [(line[:s], line[s:]) for _, line in texts if "   " in line and (s := _right_start(line)) is not None]
    if len(rows) >= MIN_SPLIT_LINES and len(rows) >= MIN_SPLIT_SHARE * len(texts):
        column = median(max(width(left), width(right)) for left, right in rows)
        wide = sum(1 for _, line in texts if ("   " not in line or _right_start(line) is None) and width(line) > WIDER * column)
        if wide <= len(rows):
            return median(starts)
    clean = [
        (line, s) for _, line in texts
        if "   " in line and (s := _right_start(line)) is not None and not _cells_after(line, s)
        and len(line) - len(line.lstrip("\f ")) <= MARGIN and width(line[s:]) >= MIN_RIGHT
    ]
    if len(clean) < MIN_CLEAN_ROWS:
        return _stepped_gutter(texts)
    gutter = median(s for _, s in clean)
    column = median(max(width(line[:s]), width(line[s:])) for line, s in clean)
    evidence = len(clean) + _right_only(texts, gutter, column)
    if evidence < max(MIN_SPLIT_LINES, MIN_SPLIT_SHARE * len(texts)):
        return None
    wide = sum(
        1 for _, line in texts
        if _right_start(line) is None and len(line) - len(line.lstrip("\f ")) < gutter - GUTTER_TOLERANCE
        and width(line) > WIDER * column
    )
    return gutter if wide <= evidence else None


def _stepped_gutter(texts: list[tuple[int, str]]) -> float | None:
    """The gutter of a two-column page none of whose rows holds both columns (a word processor's
    reference list: each row one column's entry line): the lines set in further than an indent,
    without a gap, start at about one place (the median of them, ``GUTTER_TOLERANCE`` about it),
    and the lines at the margin all end before it (a one-column page's run past it); four of either at least."""
    lefts = [line for _, line in texts if len(line) - len(line.lstrip("\f ")) <= MARGIN and "   " not in line.strip()]
    leads = [
        len(line) - len(line.lstrip("\f ")) for _, line in texts
        if len(line) - len(line.lstrip("\f ")) > 2 * MARGIN and "   " not in line.strip()
    ]
    if len(lefts) < MIN_SPLIT_LINES or len(leads) < MIN_SPLIT_LINES:
        return None
    gutter = median(leads)
    rights = sum(1 for lead in leads if abs(lead - gutter) <= GUTTER_TOLERANCE)
    if rights < MIN_SPLIT_LINES or rights < 0.8 * len(leads):
        return None
    return gutter if all(len(line.rstrip()) <= gutter + 1 for line in lefts) else None


def _right_only(texts: list[tuple[int, str]], gutter: float, column: float) -> int:
    """Lines holding the right column's text alone: set in to the gutter (``gutter``, where the
    rows with both columns have it) and no wider than a column (``WIDER`` times ``column``). A word processor
    sets the two columns' baselines apart (a raised mark, a heading's space), so pdftotext
    -layout prints most of their lines on rows of their own, one column's each, and few rows
    hold both (LibreOffice's two-column section: 13 rows of 51 on a full page). Such lines
    are evidence of two columns as a row with both is (round 15b)."""
    count = 0
    for k, (_, line) in enumerate(texts):
        lead = len(line) - len(line.lstrip("\f "))
        if (abs(lead - gutter) <= GUTTER_TOLERANCE or _beside(texts, k, column)) and _right_start(line) is None \
                and width(line.strip()) <= WIDER * column:
            count += 1
    return count


def _beside(texts: list[tuple[int, str]], k: int, column: float) -> bool:
    """Whether line ``k`` of a page's lines with text is the right column's alone, wherever the
    page's gutter is: set in further than an indent, no wider than a column (``WIDER`` times
    ``column``), no gap in it, and starting where the left column's lines next to it (at the
    margin, above or below) end. pdftotext -layout sets a page's rows on grids of their own:
    where a word processor's rows hold one column each, the right column's lines start right
    after the left's (23 characters in, under rows of both columns with the gutter at 34)."""
    line = texts[k][1]
    lead = len(line) - len(line.lstrip("\f "))
    if lead <= 2 * MARGIN or "   " in line.strip() or width(line.strip()) > WIDER * column \
            or line.lstrip("\f ").startswith(_PIECE_START):  # a piece of the line above ("，活动…")
        return False
    margins = []
    for j in (k - 1, k + 1):
        if 0 <= j < len(texts):
            other = texts[j][1].lstrip("\f")
            if len(other) - len(other.lstrip(" ")) <= MARGIN:
                if "   " in other.strip():
                    return False
                margins.append(len(other.rstrip()))
    return bool(margins) and all(end <= lead + 1 for end in margins)


def _page_order(page: list[tuple[int, str]], measure: float | None = None, unpaged: bool = False) -> list[tuple[int, str]]:
    texts = [(n, line) for n, line in page if line.strip()]
    if (gutter := _page_gutter(texts)) is not None:
        if unpaged and (runs := _runs(page, measure)):
            # A whole article as one page (no page's end marked): the first page's front matter,
            # above its first run of two-column rows, is one column — its rows with a wide gap (the
            # journal's header, letter-spaced names, an affiliation's postcode) are no columns'
            # rows (round 17g: pdfplumber layout=True, dev titles 140 → 189 of 243 typeset texts).
            return page[: runs[0][0]] + _split_page(page[runs[0][0] :], gutter, _full(texts), measure)
        return _split_page(page, gutter, _full(texts), measure)
    # A page mostly of one column (the first page's front matter) may still
    # hold a run of two-column rows: split the run alone.
    runs = _runs(page, measure)
    if not runs:
        return page
    out: list[tuple[int, str]] = []
    done = 0
    for begin, end, gutter in runs:
        out.extend(page[done:begin])
        out.extend(_split_page(page[begin:end], gutter, _full(page[begin:end]), measure))
        done = end
    out.extend(page[done:])
    return out


def _column_row(line: str, start: int | None, measure: float | None) -> bool:
    """A row the widths show to hold both columns (with the text's ``measure`` known): a
    left part at the margin and a right part, each no wider than a column line, the right
    one no table row (no wide gap). A short left part may be a heading ("一、引言")."""
    if not measure or start is None or "   " in line[start:].strip():
        return False
    left, right = line[:start], line[start:]
    slack = LATIN_SLACK if LATIN_RE.search(right) else 0.0  # a citation mark, digits: printed wider
    return (
        len(left) - len(left.lstrip("\f ")) <= MARGIN
        and width(left) <= measure + 1.0
        and measure - INDENT_SLACK - slack <= width(right) <= measure + 1.0 + slack
    )


def _runs(page: list[tuple[int, str]], measure: float | None = None) -> list[tuple[int, int, float]]:
    """(begin, end, gutter) of each run of lines holding two columns on a page
    mostly of one: MIN_RUN_LINES or more rows with a wide gap at about the same
    place, and between them rows with text in one column only (a short left
    line, or a line starting beyond the gutter). The run ends with its last
    row that has right-column text.

    With the text's column ``measure`` known (from its two-column pages), the widths
    are evidence too: a row whose parts are each a column line holds both columns
    wherever its gap is (pdftotext -layout sets a page's characters on its own grid, so
    the first page's gutter wanders), a right-only line counts as a two-column row, and
    the run goes on over the left column's last lines (full column lines at the margin,
    up to a journal field's label: the first page's note), however many of its rows hold a
    gap (round 12c: a run of three such rows had left them out, read after the right column)."""
    from wenxian.importer.markers import JOURNAL  # here: markers reads lines, which reads this module

    runs: list[tuple[int, int, float]] = []
    k, n = 0, len(page)
    while k < n:
        start = _right_start(page[k][1]) if page[k][1].strip() else None
        if start is None or (len(page[k][1][:start].strip()) < MIN_LEFT and not _column_row(page[k][1], start, measure)) \
                or _cells_after(page[k][1], start):
            k += 1
            continue
        starts, last, j, rows = [start], k + 1, k + 1, 1
        seen = [width(page[k][1][:start]), width(page[k][1][start:])]  # widths of the column lines so far
        while j < n:
            line = page[j][1]
            if line.strip():
                gutter = median(starts)
                s = _right_start(line)
                lead = len(line) - len(line.lstrip(" "))
                if s is not None and abs(s - gutter) <= GUTTER_TOLERANCE and width(line[s:]) <= WIDER * max(seen) \
                        and not _cells_after(line, s):
                    starts.append(s)
                    seen.append(width(line[:s]))
                    last, rows = j + 1, rows + 1
                elif _column_row(line, s, measure):
                    starts.append(s)
                    last, rows = j + 1, rows + 1
                elif s is None and lead >= gutter - GUTTER_TOLERANCE:
                    last = j + 1  # right column only
                    rows += bool(measure) and width(line) <= measure + 1.0
                    seen.append(width(line))  # a column line's width too (a word processor's rows hold one column)
                elif s is None and _single_space_split(line, max(seen)) is not None:
                    last = j + 1  # both columns, one space between
                elif s is not None or len(line.rstrip()) > gutter + GUTTER_TOLERANCE // 2:
                    break
            j += 1
        if len(starts) >= MIN_RUN_LINES or (measure and rows >= MIN_RUN_LINES):
            if measure:
                while (
                    last < n
                    and (text := page[last][1]).strip()
                    and len(text) - len(text.lstrip(" ")) <= MARGIN
                    and measure - INDENT_SLACK <= width(text) <= measure + 1.0
                    and not JOURNAL.match(text.lstrip())
                ):
                    last += 1  # the left column's last lines, below the right column's
                if last < n and _paragraph_end_above_note(page, last, measure, JOURNAL):
                    last += 1  # … and its paragraph's short last line, right above the first page's note
            runs.append((_run_begin(page, k, median(starts), runs[-1][1] if runs else 0), last, median(starts)))
        k = max(last, k + 1)
    return runs


def _paragraph_end_above_note(page: list[tuple[int, str]], k: int, measure: float, journal: re.Pattern[str]) -> bool:
    """Whether line ``k`` is the left column's last line, a paragraph's short end at the margin
    (no gap, no wider than the column), with the first page's note under it (its first line with
    text opens with a journal field's label, 收稿日期 …): a word processor's columns end apart, the
    left one rows below the right one (round 15b)."""
    text = page[k][1]
    if not text.strip() or len(text) - len(text.lstrip(" ")) > MARGIN or "   " in text.strip() or width(text) > measure + 1.0:
        return False
    below = next((line for _, line in page[k + 1 :] if line.strip()), "")
    return bool(journal.match(below.lstrip()))


def _cells_after(line: str, start: int) -> bool:
    """The text after the gap holds another wide gap: a table's row set out in cells on a
    page of one column ("一级（重大） 75～100 红色   38   每周 1 次  学校与学院"), not two
    columns side by side."""
    return "   " in line[start:].strip()


def _run_begin(page: list[tuple[int, str]], k: int, gutter: float, floor: int) -> int:
    """Where a run found at row ``k`` begins: its first rows may hold too little
    left text to start it (a heading "一、引言" beside the right column, a
    paragraph's last two characters) or text in one column only (the right
    column's lines set half a line off the left's). Going up from ``k``, such
    rows join the run — a row with a gap ending at the gutter, a row starting
    beyond it, a left-aligned line ending before it — until a blank line or any
    other line (front matter across the page, a centred title)."""
    begin = k
    while begin - 1 >= floor:
        line = page[begin - 1][1]
        if not line.strip():
            break
        s = _right_start(line)
        lead = len(line) - len(line.lstrip(" "))
        if s is not None and abs(s - gutter) <= GUTTER_TOLERANCE and "   " not in line[s:].strip():
            pass  # both columns
        elif s is None and lead >= gutter - GUTTER_TOLERANCE:
            pass  # right column only
        elif s is None and lead <= 2 and len(line.rstrip()) <= gutter - GUTTER_TOLERANCE:
            pass  # left column only
        else:
            break
        begin -= 1
    return begin


def _full(texts: list[tuple[int, str]]) -> float:
    """The usual length of a left-column line (characters before the gap)."""
    lengths = [len(line[:s].strip()) for _, line in texts if "   " in line and (s := _right_start(line)) is not None]
    return median(lengths) if lengths else 0.0


def _full_width(page: list[tuple[int, str]]) -> float:
    """The printed width of a column's full line (CJK cells): of the rows
    holding both columns, the wider side's, the 0.8 quantile (a paragraph's
    last line is short; a footnote's row is one of many)."""
    widths = [
        max(width(line[:s]), width(line[s:])) for _, line in page if "   " in line and (s := _right_start(line)) is not None
    ]
    return sorted(widths)[int(0.8 * (len(widths) - 1) + 0.5)] if widths else 0.0


ENTRY_TYPE = 1.2  # a reference entry's line, in smaller type, is this much wider than a body line (9 pt against 10.5)


def _single_space_split(line: str, full_width: float, measure: float | None = None, raised_marks: bool = False) -> int | None:
    """Where a line as wide as both columns splits at a narrow gap (one or two
    spaces): pdftotext -layout leaves no more between a full left line and the
    right column's text. The left part must be as wide as a left line (or an
    indented first line: ``INDENT_SLACK`` under the column's ``measure``; ``raised_marks``: and
    its citation marks' ``raised.mark_slack``), the right part no wider than one (a reference entry's,
    in smaller type: ``ENTRY_TYPE`` times one); only one such gap."""
    stripped = line.strip()
    if " " not in stripped or width(stripped) <= full_width + 2:  # fits in one column
        return None
    lead = len(line) - len(line.lstrip(" "))
    end = len(line.rstrip())
    found = []
    for k in range(lead + 1, end - 1):
        if line[k] != " " or line[k - 1] == " ":
            continue
        after = k + 1 if line[k + 1] != " " else k + 2
        if (
            after < end
            and line[after] != " "
            and _CJK.match(line[k - 1])
            and _RIGHT_START.match(line[after])
            and not line[after].startswith(_PIECE_START)  # no printed line opens with these ("生活 ，")
            and (measure or full_width) - INDENT_SLACK - (slack := LATIN_SLACK if LATIN_RE.search(line[:k]) else 0.0)
            <= width(line[:k])
            <= max(full_width, measure or 0.0) + 1.0 + slack
            + (raised.mark_slack(line[:k]) if raised_marks else 0.0)
            and width(line[after:]) <= (full_width * (ENTRY_TYPE if _ENTRY.match(line[after:]) else 1.0) + 1
                                        + (LATIN_SLACK if LATIN_RE.search(line[after:]) else 0.0))
        ):
            found.append(after)
    return found[0] if len(found) == 1 else None


_PIECE_START = ("，", "。", "、", "；", "：", "）", "”")  # no printed line opens with these


def _piece_split(line: str, lead: int, full: float, full_width: float) -> int | None:
    """Where a row holding a piece of the left column's line and the right column's text
    splits: pdftotext -layout sets the text after a quote's closing mark a row lower, where
    the line's characters end ("经济发展的“含金量”与“含绿量”" / "               ；另一方面， 根本
    发展动力、…"), one space before the right column's line. The piece opens with
    punctuation no printed line opens with, ends about where a full left line ends (``full``
    characters), and what follows is a column line (``full_width``)."""
    text = line[lead:]
    if not text.startswith(_PIECE_START) or " " not in text:
        return None
    cut = lead + text.index(" ")
    after = len(line) - len(line[cut:].lstrip(" "))
    if abs(cut - full) > GUTTER_TOLERANCE // 2 or not _RIGHT_START.match(line[after:]) or width(line[after:]) > full_width + 1:
        return None
    return after


_NOTE_MARK = re.compile("^ *[\u2460-\u2473]")  # a footnote's circled mark opening its line (①)
_RIGHT_START = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”\[]")
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”]")


def _split_page(page: list[tuple[int, str]], gutter: float, full: float, measure: float | None = None) -> list[tuple[int, str]]:
    from wenxian.importer.markers import JOURNAL  # here: markers reads lines, which reads this module
    from wenxian.importer.pagemarks import _DECORATED_PAGE_NUMBER

    full_width = _full_width(page)
    out: list[tuple[int, str]] = []
    left: list[tuple[int, str]] = []
    right: list[tuple[int, str]] = []

    paired = 0  # left lines up to the last row with right-column text

    def flush(across: bool = False) -> None:
        nonlocal paired
        # Left-only lines after the right column has ended, right above a line across
        # both columns, opening with a journal field's label or none of them a full column
        # line: the first lines of a note under both columns (收稿日期 …, its wide line
        # next), not the left column's tail (a tail's lines are full but its last).
        tail = left[paired:]
        # The note's label (or a footnote's mark, ①) under the left column's last lines (the right
        # column ended rows higher, where a word processor's columns end apart): the note from it on.
        label = next((i for i, (_, text) in enumerate(tail) if text and (JOURNAL.match(text.lstrip()) or _NOTE_MARK.match(text))), 0)
        if label:
            tail = tail[label:]
        elif not (across and measure) or any(not text for _, text in tail) or not (
            tail and (JOURNAL.match(tail[0][1].lstrip()) or all(width(text) < measure - INDENT_SLACK for _, text in tail))
        ):
            tail = []
        out.extend(left[: len(left) - len(tail)])
        out.extend(right)
        out.extend(tail)
        left.clear()
        right.clear()
        paired = 0

    local = _local_gutters(page, measure)
    texts = [(number, line) for number, line in page if line.strip()]
    # Lines set out in cells: more gaps than the gutter's one, or a gap inside the left column
    # (a table's row in that column: its cells a space or two apart, beside the right column).
    cells = [
        len(_GAP.findall(line.strip())) >= 2 or len(_ROW_GAP.findall(line.strip())) >= 3
        or _cells_in_left(line, local[k] if local[k] is not None else gutter)
        for k, (_, line) in enumerate(page) if line.strip()
    ]
    t = -1
    for k, (number, line) in enumerate(page):
        if not line.strip():
            (right if right and not left else left).append((number, ""))
            continue
        t += 1
        in_rows = (t > 0 and cells[t - 1]) or (t + 1 < len(cells) and cells[t + 1])
        lead = len(line) - len(line.lstrip(" "))
        if t == 0 and line.startswith("\f") and len(line) - len(line.lstrip("\f ")) > MARGIN \
                or _DECORATED_PAGE_NUMBER.match(line.strip()):
            # a page's top line set in from the margin: its running header, whole; a page number set
            # off by its ornaments ("· 88 ·"), under both columns (not the right column's last line)
            flush(across=True)
            out.append((number, line))
            continue
        near = local[k] if local[k] is not None else gutter  # the gutter around this line
        cut = _split_at(line, gutter, full, full_width, in_rows, measure)
        if cut is None and abs(near - gutter) > GUTTER_TOLERANCE:
            cut = _split_at(line, near, full, full_width, in_rows, measure)
        if cut is None and "   " not in line.strip():
            cut = _single_space_split(line, full_width, measure, raised_marks=True)
        piece = cut is None and lead < min(gutter, near) - GUTTER_TOLERANCE and (cut := _piece_split(line, lead, full, full_width)) is not None
        if cut is not None:
            # (a piece's lead, or one wider than any indent, is where the line above ended: no indent)
            left.append((number, line[lead if piece or lead > 2 * MARGIN else 0 : cut].rstrip()))
            right.append((number, line[cut:]))
            paired = len(left)
        elif lead >= min(gutter, near) - GUTTER_TOLERANCE or _beside(texts, t, full_width or measure or 0.0):
            right.append((number, line[lead:]))
            paired = len(left)
        elif len(line.rstrip()) <= max(gutter, near) + GUTTER_TOLERANCE // 2 and not (
            lead > 2 * MARGIN and "   " not in line.strip() and _across(page, k + 1, max(gutter, near))
        ):
            left.append((number, line))
        else:  # across both columns (or centred over such a line: a table's caption across the page)
            flush(across=True)
            out.append((number, line))
    flush()
    return out


def _across(page: list[tuple[int, str]], k: int, gutter: float) -> bool:
    """Whether the first line with text from ``k`` on runs across both columns: no wide gap in it,
    starting before the gutter and ending well past it. The line centred above it, set in from the
    margin further than an indent, is its head — a table's caption over its English twin across
    the page, under a word processor's two-column section (round 15b: it was read into the left
    column, its twin after the right one)."""
    for _, line in page[k:]:
        if line.strip():
            lead = len(line) - len(line.lstrip(" "))
            return "   " not in line.strip() and lead < gutter - GUTTER_TOLERANCE \
                and len(line.rstrip()) > gutter + GUTTER_TOLERANCE // 2
    return False


LOCAL_ROWS = 8  # page lines each side whose gaps tell where the gutter is around a line
MIN_LOCAL = 2  # … rows with a gap among them, at least (else the page's gutter)


def _local_gutters(page: list[tuple[int, str]], measure: float | None) -> list[float | None]:
    """Where the gutter is around each line of a two-column page: the median right-column start
    of the rows within LOCAL_ROWS lines that hold a full left line (the text's ``measure``) and
    one wide gap after it (MIN_LOCAL at least; else None: a table's rows and a figure's labels
    have gaps of their own).
    pdftotext -layout sets a page's characters on a grid of its own, and a page holding a table
    or a figure's labels has its rows set on the grid of their cells: the right column starts 25
    characters in at the page's top and 50 under the table (chengshi-neilao), so the page's
    median is no row's gutter."""
    starts = [
        (k, s) for k, (_, line) in enumerate(page)
        if "   " in line and (s := _right_start(line)) is not None and not _cells_after(line, s)
        and _full_left(line[:s], measure)
    ]
    out: list[float | None] = []
    for k in range(len(page)):
        near = [s for j, s in starts if abs(j - k) <= LOCAL_ROWS]
        out.append(median(near) if len(near) >= MIN_LOCAL else None)
    return out


def reading_order(lines: list[str], unpaged: bool = False) -> list[tuple[int, str]]:
    """(1-based line number, text) in reading order; pages split at form feeds. ``unpaged``: the
    text marks no page's end (a grid text, :func:`wenxian.importer.lines.text_margin`), so its one
    "page" is the whole article."""
    numbers, texts = in_reading_order(lines, unpaged)
    return list(zip(numbers, texts))


def in_reading_order(lines: list[str], unpaged: bool = False,
                     measured: dict[str, float] | None = None) -> tuple[Sequence[int], list[str]]:
    """``reading_order`` as two lists: the lines' 1-based numbers and their texts. A text read in
    the order of its lines (most texts: one column) is given back as its own list with a range of
    numbers, no pair built per line. ``measured``, if given, is filled as ``joined_column`` fills it."""
    if column := joined_column(lines, measured):
        return _unzipped(joined_order(lines, column))
    joined = "\n".join(lines)
    if raised.any_in_rows(joined):
        lines = raised.lower_in_rows(lines, MARGIN, _GAP)
        joined = "\n".join(lines)
    # (three spaces never span a line break: one search of the joined lines rules out most texts)
    if "   " not in joined or not any("   " in line and _GAP.search(line) for line in lines):
        return range(1, len(lines) + 1), lines
    pages: list[list[tuple[int, str]]] = [[]]
    for number, line in enumerate(lines, 1):
        if "\f" in line and pages[-1]:
            pages.append([])
        pages[-1].append((number, line))
    measure = _measure(pages)
    return _unzipped([item for page in pages for item in _page_order(page, measure, unpaged)])


def _unzipped(order: list[tuple[int, str]]) -> tuple[list[int], list[str]]:
    return [number for number, _ in order], [text for _, text in order]


def _measure(pages: list[list[tuple[int, str]]]) -> float | None:
    """The width of a full column line (CJK cells), from the whole text: the columns
    are as wide on every page. Of the two-column pages' rows holding both columns (a wide gap), the
    width their left parts have most often — a full line; a paragraph's last line
    and a Latin-heavy line (its letters narrower than half a cell) are fewer. None
    when too few rows tell."""
    counts = Counter(
        width(line[:s])
        for page in pages
        if _two_column_page(texts := [(n, line) for n, line in page if line.strip()])
        for _, line in texts
        if "   " in line and (s := _right_start(line)) is not None and len(line[:s].strip()) >= MIN_LEFT
    )
    if sum(counts.values()) < MIN_SPLIT_LINES:
        return None
    return max(counts, key=lambda w: (counts[w], w))


# --- Two columns joined line by line (pdfplumber's ``extract_text()`` default) ------------------
#
# An extractor that sorts a page's words by line only prints a left column's line and the right
# column's line on the same baseline as ONE line, the two joined by a single space
# (``1 问题的提出 而非单纯的技术问题。本文选取三个县域``); lines whose baselines the other column
# does not share stay alone, so the columns alternate down the page in an order that changes.
# Such a text is told by its widths: most of its lines are a column wide (its ``column``, the
# width its lines have most often), and many are about twice that with a CJK character, one space
# and a CJK character where a column line ends. Those lines are split there; a line wider than a
# column that splits nowhere so (a running head, a footnote, a title) closes the two streams (a
# page's or a region's columns: left, then right); the lines a column wide or less are dealt to the
# two columns together with the pairs' parts, by the evidence of ``evidence.JOINED`` (:func:`_streams`):
# the pair of characters across each join seen inside the text's own lines (a word cut at a line's
# end is a word found elsewhere in the text), a sentence running on below a full line, and alone
# lines coming in turn (the columns' baselines offset). The columns begin at the first pair with
# more lines of columns below it (the front matter's lines across the page stay above).

# (the space first, the character before it looked behind at past it: a literal the search skips to,
# where a pattern opening with the look-behind is tried at every position; the same one-space matches)
_JOIN = re.compile(r" (?<=[\u3000-\u9fff\uff00-\uffef\d\])%] )(?=[\u3000-\u9fff\uff00-\uffef\d])")
MIN_JOINED_LINES = 8  # lines split so at least, in a joined text
MIN_JOINED_SHARE = 0.06  # of its lines with text
MAX_FOLIO = 8  # characters of a page number's line at most ("·41 ·", "- 7 -")
_DIGITS = re.compile(r"\d+")
MIN_COLUMN = 8.0  # CJK cells a column is wide at least
MAX_COLUMN = 30.0  # and at most (half a page: a page's line holds some 40 CJK characters)
PAIR_WIDTH = 1.6  # columns a line two columns wide (joined or across the page) is wider than
MIN_PAIR_SHARE = 0.1  # of a joined text's lines, so wide at least
PAGE_WIDTH = 2.3  # columns a page of two is narrower than
MAX_BEYOND_SHARE = 0.08  # of a joined text's lines, wider than a page at most
JOIN_SLACK = 1.0  # cells a column line may run past the column's width (Latin, punctuation)
# … once a text is known to be joined, when its lines are split: its column is the width its lines
# have most often, and a full line with Latin letters, digits or a citation mark runs past it by up
# to two cells and more (dev, pieces followed by their column's next: 0.694 at 1.0, 0.716 at 1.5,
# 0.724 at 2.0, 0.732 at 2.5, 0.733 at 3.0, 0.729 at 4.0; XeLaTeX's layouts best at 2.5)
PART_SLACK = 2.5
# … and split at any space between the end of a column's line (a CJK character, a digit, a closing
# bracket or quote, a Latin stop or comma) and the start of one (a CJK character, a digit, an
# opening bracket or quote: a reference entry's "[13]", a quotation's "“")
_PART = re.compile(r" (?<=[\u3000-\u9fff\uff00-\uffef\d\])%”’.,;:] )(?=[\u3000-\u9fff\uff00-\uffef\d\[“‘(])")


def _column_width(spaced: list[str], widths: list[float]) -> float:
    """The width a text's lines (of these ``widths``) and the text before each CJK␣CJK space have
    most often (CJK cells, rounded): a full line of its column, whether its lines stand alone or
    joined to the other's. ``spaced``: the text's lines with a CJK␣CJK space (the others have
    none to measure before)."""
    counts = Counter(map(round, [w for w in widths if w >= MIN_COLUMN]))  # (map: no frame per width)
    counts.update(
        w for t in spaced for m in _JOIN.finditer(t) if (w := round(width(t[: m.start()]))) >= MIN_COLUMN
    )
    return float(max(counts, key=lambda w: (counts[w], w))) if counts else 0.0


def _narrowest_column(widths: list[float], prefixes: int) -> float:
    """A width ``_column_width`` gives no less than, measured without the text before the spaces:
    a width is the most common only if its lines, with every CJK␣CJK space's prefix added, are as
    many as the most common line width's. ``prefixes``: how many prefixes there may be at most (the
    spaces of the spaced lines, or more: the narrowest is then no wider)."""
    counts = Counter(map(round, [w for w in widths if w >= MIN_COLUMN]))  # (map: no frame per width)
    most = max(counts.values(), default=0)
    if prefixes >= most:
        return MIN_COLUMN
    return float(min(w for w, n in counts.items() if n + prefixes >= most))


def _join_split(line: str, column: float, slack: float = JOIN_SLACK, space: re.Pattern[str] = _JOIN) -> int | None:
    """Where a line of two columns joined by one space splits: at a CJK␣CJK space with each side a
    column wide at most, the left one as wide as it can be (a left line is full but at a paragraph's
    end); None for a line that is no such pair."""
    if width(line) <= column + slack + 1.0:
        return None
    best, off = None, 0.0
    for match in space.finditer(line):
        left, right = line[: match.start()], line[match.end():]
        if width(left) <= column + slack and width(right) <= column + slack and (
            best is None or abs(column - width(left)) <= off
        ):
            best, off = match.start(), abs(column - width(left))
    return best


def joined_column(lines: list[str], measured: dict[str, float] | None = None) -> float | None:
    """The column width of a text whose two columns are joined line by line, or None. ``measured``,
    if given, gets the width of each stripped line it measured (``chars.width``, by its text): the
    caller that reads the lines in order measures the same texts again (``lines.split_lines``)."""
    texts = [text for line in lines if (text := line.strip())]
    if len(texts) < MIN_JOINED_LINES:
        return None
    widths = [width(t) for t in texts]
    if measured is not None:
        measured.update(zip(texts, widths))
    # (a wider column has fewer lines two columns wide: too few at the narrowest it can be, and
    # the text is none, before the text before each space is measured. Asked first with every
    # space of the text counted as a prefix — no fewer than the CJK␣CJK spaces, so a column no
    # wider —, before any line is searched for one: a one-column text is ruled out here)
    narrowest = PAIR_WIDTH * _narrowest_column(widths, "".join(texts).count(" "))
    if sum(w > narrowest for w in widths) < MIN_PAIR_SHARE * len(texts):
        return None
    # (the lines split so are among those with a CJK␣CJK space: too few of them, and the text is
    # no joined one)
    spaced = [t for t in texts if _JOIN.search(t)]
    if len(spaced) < MIN_JOINED_LINES or len(spaced) < MIN_JOINED_SHARE * len(texts):
        return None
    narrowest = PAIR_WIDTH * _narrowest_column(widths, sum(t.count(" ") for t in spaced))
    if sum(w > narrowest for w in widths) < MIN_PAIR_SHARE * len(texts):
        return None
    column = _column_width(spaced, widths)
    if not MIN_COLUMN <= column <= MAX_COLUMN:
        return None
    if sum(w > PAIR_WIDTH * column for w in widths) < MIN_PAIR_SHARE * len(texts):
        return None  # few lines two columns wide: one column (its table's rows, its English lines)
    if sum(w > PAGE_WIDTH * column + 2 for w in widths) > MAX_BEYOND_SHARE * len(texts):
        return None  # lines wider than a page of two such columns: a paragraph a line, no columns
    if sum(1 for t in texts if "   " in t and _GAP.search(t)) >= MIN_JOINED_LINES:  # (no gap without three spaces)
        return None  # columns set apart by wide gaps: side by side (reading_order's own case)
    joined = sum(1 for t in texts if _join_split(t, column) is not None)
    if joined < MIN_JOINED_LINES or joined < MIN_JOINED_SHARE * len(texts):
        # (fewer pairs: the columns' baselines offset on most of the text's pages, their lines
        # alone and in turn — a text so if its sentences run on to the line after next)
        if joined < MIN_TURN_PAIRS or not _in_turn(texts, widths, column):
            return None
    return column


MIN_TURN_PAIRS = 4  # pairs a text of two columns' lines in turn holds at least
IN_TURN = 2.0  # times as many full lines run on to the line after next as to the next, at least
MIN_IN_TURN = 8  # … and so many at least


def _in_turn(texts: list[str], widths: list[float], column: float) -> bool:
    """Whether a text's lines come from two columns in turn: of its lines a column wide ending
    mid-sentence, many more end with a character that the line after next opens with elsewhere in
    the text (a word cut at the line's end) than the next line does."""
    grams: Counter[str] = Counter()
    for text in texts:
        for piece in text.split():
            grams.update(piece[k: k + 2] for k in range(len(piece) - 1))
    next_one = after_next = 0
    for k in range(len(texts) - 2):
        if column - 1.0 <= widths[k] <= column + JOIN_SLACK and not TERMINAL_RE.search(texts[k]):
            next_one += grams[texts[k][-1] + texts[k + 1][0]] > 1
            after_next += grams[texts[k][-1] + texts[k + 2][0]] > 1
    return after_next >= MIN_IN_TURN and after_next >= IN_TURN * next_one


def joined_order(lines: list[str], column: float) -> list[tuple[int, str]]:
    """(1-based line number, text) with a joined text's columns read one after the other (see above)."""
    grams: Counter[str] = Counter()
    for line in lines:
        for piece in line.split():
            grams.update(piece[k: k + n] for n in (2, 3) for k in range(len(piece) - n + 1))
    heads = _heads(lines, column)
    texts = [line.strip() for line in lines]
    splits = [_join_split(text, column, PART_SLACK, _PART) if text and number not in heads else None for number, text in enumerate(texts, 1)]
    # each line: "head" (a running head, a page number), "across" (wider than a column, no pair),
    # "pair" (two columns' lines), "alone" (a column's line), "" (blank)
    kinds = [
        "" if not text else "head" if number in heads else "pair" if split is not None
        else "across" if width(text) > column + PART_SLACK + 1.0 else "alone"
        for number, (text, split) in enumerate(zip(texts, splits), 1)
    ]
    full = [kind == "alone" and width(text) >= column - INDENT_SLACK for kind, text in zip(kinds, texts)]
    begin = _columns_begin(kinds, full)
    out: list[tuple[int, str]] = [(number, line) for number, line in enumerate(lines[:begin], 1)]
    region: list[tuple[int, str, tuple[int, ...], int]] = []  # (number, text, where it may split, how many cuts first)

    def flush() -> None:
        for stream in _streams(region, grams, column):
            out.extend(stream)
        region.clear()

    for number in range(begin + 1, len(lines) + 1):
        line, text, kind, split = lines[number - 1], texts[number - 1], kinds[number - 1], splits[number - 1]
        if "\f" in line:  # a page's end closes its columns
            flush()
            out.append((number, "\f"))
        if kind in ("head", "across"):  # above, below or across the page's columns: closes them
            flush()
            out.append((number, line))
        elif kind:
            region.append((number, text, *_cuts(text, split, column)))
    flush()
    return out


def _cuts(text: str, split: int | None, column: float) -> tuple[tuple[int, ...], int]:
    """Where a line of a joined text's columns may be two columns' lines, and how many of these come
    first: at a space (``_PART``) before a numbered heading, a caption or a reference entry, or after a
    heading (``一、问题的提出 织能够…``, ``…但其经 五、结语``: a heading beside a column's line, no
    wider than a column together), and at its pair's space (:func:`_join_split`); then, on a pair or a
    line wider than a column (``CUT_WIDER``), at every other such space with each part no wider than
    a column (the pair's space is the one whose left part is nearest a column's width, a guess: a
    paragraph's last line beside a line opening with a number, ``…没有意义。 2020 年以来…``, splits
    as well after the number; the search weighs them, the later ones at a cost,
    ``evidence.JOINED["other_cut"]``)."""
    cuts, others = [], []
    for match in _PART.finditer(text):
        left, right = text[: match.start()], text[match.end():]
        if width(left) > column + PART_SLACK or width(right) > column + PART_SLACK:
            continue
        if (
            (_OPENS.match(right) or _ENTRY.match(right)) and not _LABEL_END.search(left)
            or (opens := _OPENS.match(left)) and HAN_RE.search(left, opens.end()) and not _PROSE_MARK.search(left)
            and not _NUMBER_END.search(left)  # (not "1 引言 2 | 方法": the number opens the heading after)
        ):
            cuts.append(match.start())
        else:
            others.append(match.start())
    if split is not None and split not in cuts:
        cuts.append(split)  # (after the heading's cuts: between splits as good, the heading's wins)
    first = len(cuts)
    if split is not None or width(text) > column + CUT_WIDER:
        cuts += [c for c in others if c != split]
    return tuple(cuts), first


# a line no pair (narrower than two columns' lines joined must be) but wider than a column by more
# than this (CJK cells) is offered split at any space too: an unnumbered heading beside the other
# column's line (``引言 来，国家先后…``), a short paragraph end beside a short line (session 14; tuned
# dev texts, pieces followed by their column's next 0.891 → 0.895 at 1, 0.894 at 2, 0.892 at 3)
CUT_WIDER = 1.0
# Latin letters and digits: a line holding none (its characters a cell wide each) is no column's line
# once wider than a column by more than ``JOIN_SLACK`` — if it can be split, it is two columns' lines
# (a full line beside a table's cell or a short paragraph end; session 14: tuned dev texts, paragraphs
# 0.412 → 0.426, the five kept apart 0.385 → 0.428); a line with them may run on to ``PART_SLACK``
_HALF_WIDTH = re.compile(r"[A-Za-z0-9]")
_LABEL_END = re.compile(r"(?:[表图第]|Table|Fig\.)\s*$")  # "表 1 …": the number is the caption's
_NUMBER_END = re.compile(r"\s\d+(?:\.\d+)*$")  # a heading's number ending a part: the next one's
_PROSE_MARK = re.compile(r"[，。；：,;]")  # a heading holds none


BODY_LINES = 4  # lines of the columns (pairs or alone) after their first pair, at least
FULL_RUN = 4  # lines alone a column wide in one run of the columns' lines that begin them without a pair


def _columns_begin(kinds: list[str], full: Sequence[bool] = ()) -> int:
    """The index of a joined text's first line of its columns (the lines above it, the front matter,
    stay as they are): its first pair followed by ``BODY_LINES`` lines of the columns (a line of the
    front matter split at a space — an affiliation, a title — has the abstract's lines across the
    page below it), with the alone lines right above it (a column's lines the other's did not meet
    before its first pair); or, if earlier, the first run of the columns' lines (alone or pairs, no
    line across the page between) holding ``FULL_RUN`` lines alone a column wide (``full``): a page
    whose columns' baselines never meet (a word processor's first page) prints no pair, only its
    columns' lines in turn, and the front matter's lines are wider than a column or shorter."""
    texts = [k for k, kind in enumerate(kinds) if kind]
    begin = len(kinds)
    for at, k in enumerate(texts):
        if kinds[k] == "pair" and all(kinds[j] in ("pair", "alone") for j in texts[at + 1: at + 1 + BODY_LINES]):
            while at and kinds[texts[at - 1]] == "alone":
                at -= 1
            begin = texts[at]
            break
    start, count = None, 0
    for k in texts:
        if k >= begin:
            break
        if kinds[k] not in ("pair", "alone"):
            start, count = None, 0
            continue
        start = k if start is None else start
        count += bool(full) and full[k]
        if count >= FULL_RUN:
            return start
    return begin


def _heads(lines: list[str], column: float) -> set[int]:
    """The numbers of a joined text's lines above or below its pages' columns: a running head (a
    line printed again, its page number changing; more than a page number's characters), and a page
    number's line beside one, beside a line across the page (a running head printed once) or at the
    text's ends (alone elsewhere, such a line is a figure's label or a table's cell: ``0.64``)."""
    texts = [(number, text) for number, line in enumerate(lines, 1) if (text := line.strip())]
    repeated = Counter(_DIGITS.sub("0", text) for _, text in texts)
    running = [len(text) > MAX_FOLIO and repeated[_DIGITS.sub("0", text)] > 1 for _, text in texts]
    heads = {number for (number, _), head in zip(texts, running) if head}
    beside = [
        head or width(text) > column + PART_SLACK + 1.0 and _join_split(text, column, PART_SLACK, _PART) is None
        for (_, text), head in zip(texts, running)
    ]
    for k, (number, text) in enumerate(texts):
        if (
            not HAN_RE.search(text) and _DIGITS.search(text) is not None and len(text) <= MAX_FOLIO
            and (k in (0, len(texts) - 1) or beside[k - 1] or beside[k + 1])
        ):
            heads.add(number)
    return heads


_OPENS = re.compile(r"\d+(?:\.\d+)*\s|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|[表图] ?\d")
_ENTRY = re.compile(r"[\[［]\d+[\]］]\s")  # a reference entry's number opening its line ("[1] 周明."; a mark in the text has no space after)


def _junction(before: str, after: str, grams: Counter[str], column: float) -> float:
    """How well ``after`` continues ``before`` across a line break in one column
    (:data:`wenxian.importer.evidence.JOINED`): how often the characters on either side of the break
    are seen together inside the text's own lines, a dictionary word running across it; and a line
    that opens a block (a numbered heading, a caption) after one that ends a sentence or falls short,
    any other line after one that does not."""
    if not before or not after:
        return 0.0
    weights = evidence.JOINED
    score = weights["seen_across"] * (
        math.log1p(grams[before[-1] + after[0]])
        + math.log1p(grams[before[-1] + after[:2]])
        + math.log1p(grams[before[-2:] + after[0]])
    )
    if word_across(before, after, read=True) is not None:
        score += weights["word_across"]
    ended = TERMINAL_RE.search(before) or width(before) < column - INDENT_SLACK
    if _OPENS.match(after):
        score += weights["opens_after_end"] if ended else -weights["opens_after_end"]
    elif not ended:
        score += weights["runs_on"]  # a sentence cut at a full line's end runs on below it
    return score


def _streams(
    region: list[tuple[int, str, tuple[int, ...], int]],
    grams: Counter[str],
    column: float,
) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """A region's lines (each ``(number, text, cuts)``: a column's line alone, or two columns' lines
    split at one of its cuts) dealt to the left and the right column: the assignment whose evidence
    (:data:`wenxian.importer.evidence.JOINED`) adds up highest, found exactly (a Viterbi search over
    the other column's last piece): each column's junctions (:func:`_junction`), alone lines one
    after the other on different sides (the columns' baselines offset print their lines in turn),
    a line no wider than a column split, and a column taken up again after many of the other's lines
    in a row. Between assignments as good, the first one found (a line on the left before the right)."""
    weights = evidence.JOINED
    n = len(region)
    alone_ok = [
        width(text) <= column + (JOIN_SLACK if cuts and not _HALF_WIDTH.search(text) else PART_SLACK + 1.0)
        for _, text, cuts, *_ in region
    ]

    def part(k: int, cut: int, side: int) -> str:
        """The text item ``k`` (split at its cut number ``cut``, or alone: -1) ends the column
        ``side`` with ("" before the region)."""
        if k < 0:
            return ""
        _, text, cuts, _ = region[k]
        if cut < 0:
            return text
        return text[: cuts[cut]] if side == 0 else text[cuts[cut] + 1:]

    cache: dict[tuple[int, int, int, int, int], float] = {}

    def junction(before: tuple[int, int], after: tuple[int, int], side: int) -> float:
        key = (*before, *after, side)
        if key not in cache:
            value = _junction(part(*before, side), part(*after, side), grams, column)
            if before[0] >= 0 and after[0] - before[0] > weights["resume_after"]:
                value += weights["resumed"]
            cache[key] = value
        return cache[key]

    # state after item k: (where it went: 0 left, 1 right, 2 split; its cut, -1 alone; the other
    # column's last item, -1 none; that item's cut) -> (score, the state before)
    State = tuple[int, int, int, int]
    layer: dict[State, tuple[float, State | None]] = {(2, -1, -1, -1): (0.0, None)}  # (nothing yet)
    layers = []
    for k in range(n):
        new: dict[State, tuple[float, State | None]] = {}

        def offer(state: State, score: float, before: State) -> None:
            if state not in new or score > new[state][0]:
                new[state] = (score, before)

        for (where, cut, other, other_cut), (score, _) in layer.items():
            if k == 0:
                last = [(-1, -1), (-1, -1)]
            elif where == 2:
                last = [(k - 1, cut), (k - 1, cut)]
            else:
                last = [(k - 1, -1), (other, other_cut)] if where == 0 else [(other, other_cut), (k - 1, -1)]
            before = (where, cut, other, other_cut)
            for c in range(len(region[k][2])):
                value = score + junction(last[0], (k, c), 0) + junction(last[1], (k, c), 1)
                if c >= region[k][3]:
                    value -= weights["other_cut"]
                elif alone_ok[k]:
                    value += weights["narrow_split"]
                offer((2, c, -1, -1), value, before)
            if not alone_ok[k]:
                continue
            for side in (0, 1):
                value = score + junction(last[side], (k, -1), side)
                if k > 0 and where != 2 and side != where:
                    value += weights["alternate"]
                offer((side, -1, *last[1 - side]), value, before)
        layers.append(new)
        layer = new
    streams: tuple[list[tuple[int, str]], list[tuple[int, str]]] = ([], [])
    if not n:
        return streams
    state: State | None = max(layer, key=lambda s: layer[s][0])  # (max keeps the first of equals: dict order, made alike)
    chosen = []
    for k in range(n - 1, -1, -1):
        chosen.append(state[:2])  # type: ignore[index]
        state = layers[k][state][1]  # type: ignore[index]
    chosen.reverse()
    if all(where != 2 for where, _ in chosen) and chosen[0][0] == 1:
        # (no line split: the evidence is the same with the sides swapped, and the first line, the
        # higher one, is the left column's)
        chosen = [(1 - where, cut) for where, cut in chosen]
    for k, (where, cut) in enumerate(chosen):
        number = region[k][0]
        if where == 2:
            streams[0].append((number, part(k, cut, 0)))
            streams[1].append((number, part(k, cut, 1)))
        else:
            streams[where].append((number, part(k, -1, where)))
    return streams
