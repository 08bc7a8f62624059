"""Two columns printed side by side (``pdftotext -layout``) → one column in reading order.

A page is two-column when many of its lines hold a wide gap (three spaces or
more) between text, and the text after the gap starts at about the same
place (the gutter) on each. Its lines are then split at the gutter: the left
parts are read first, then the right parts; a line without a gap that is
wider than the left column (a footnote, a header across the page) closes the
run of split lines. A line with only right-column text (its left column is
empty there) starts beyond the gutter. Each part keeps its line number.
"""

from __future__ import annotations

import re
from statistics import median

from wenxian.importer.chars import width

_GAP = re.compile(r"\S( {3,})(?=\u3000*\S)")
MIN_SPLIT_SHARE = 0.3  # of a page's lines with text
MIN_SPLIT_LINES = 4
GUTTER_TOLERANCE = 8  # characters the right column's start may wander
WIDER = 1.4  # text after the gap this much wider than a left line is no column's (Latin runs wider than CJK)
MIN_RUN_LINES = 3  # consecutive two-column rows that make a two-column run on a one-column page
MIN_LEFT = 6  # characters of left-column text a two-column row holds (not "作者简介：…（1980—）   ，男")


def _right_start(line: str) -> int | None:
    """Where the text after the first wide gap starts, if any."""
    match = _GAP.search(line)
    return match.end(1) if match else None


def _split_at(line: str, gutter: float, full: float, full_width: float, in_rows: bool = False) -> int | None:
    """Where a line of a two-column page splits into its columns, if it holds both:
    after a wide gap that ends near the gutter, or beyond it (text set off in the
    right column, e.g. a centred English title) after a full left line (``full``:
    the usual length of a left line) or after a left line ending well before the
    gutter (a heading beside a centred name)."""
    start = _right_start(line)
    if start is not None and "   " in line[start:].strip():
        if not in_rows:
            return None  # a header spread across the page
        if abs(start - gutter) <= GUTTER_TOLERANCE and len(line[:start].strip()) >= MIN_LEFT:
            return start  # left text beside a table's row in the right column
        return _row_split(line, gutter, full_width)
    if start is None:
        return None
    if full_width and width(line[start:]) > WIDER * full_width:
        return None  # what follows the gap is wider than a column (a footnote's line)
    if abs(start - gutter) <= GUTTER_TOLERANCE:
        return start
    if start > gutter and "   " not in line[start:] and (
        len(line[:start].strip()) >= full - 2 or len(line[:start].rstrip()) < gutter - GUTTER_TOLERANCE
    ):
        return start  # the gap spans the gutter: a left line (full, or a heading) and right text set off
    return None


_ROW_GAP = re.compile(r"\S( {2,})(?=\S)")


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


def _page_order(page: list[tuple[int, str]]) -> list[tuple[int, str]]:
    texts = [(n, line) for n, line in page if line.strip()]
    starts = _two_column_rows(texts)
    if len(starts) >= MIN_SPLIT_LINES and len(starts) >= MIN_SPLIT_SHARE * len(texts):
        return _split_page(page, median(starts), _full(texts))
    # A page mostly of one column (the first page's front matter) may still
    # hold a run of two-column rows: split the run alone.
    runs = _runs(page)
    if not runs:
        return page
    out: list[tuple[int, str]] = []
    done = 0
    for begin, end, gutter in runs:
        out.extend(page[done:begin])
        out.extend(_split_page(page[begin:end], gutter, _full(page[begin:end])))
        done = end
    out.extend(page[done:])
    return out


def _runs(page: list[tuple[int, str]]) -> list[tuple[int, int, float]]:
    """(begin, end, gutter) of each run of lines holding two columns on a page
    mostly of one: MIN_RUN_LINES or more rows with a wide gap at about the same
    place, and between them rows with text in one column only (a short left
    line, or a line starting beyond the gutter). The run ends with its last
    row that has right-column text."""
    runs: list[tuple[int, int, float]] = []
    k, n = 0, len(page)
    while k < n:
        start = _right_start(page[k][1]) if page[k][1].strip() else None
        if start is None or len(page[k][1][:start].strip()) < MIN_LEFT or _cells_after(page[k][1], start):
            k += 1
            continue
        starts, last, j = [start], k + 1, k + 1
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
                    last = j + 1
                elif s is None and lead >= gutter - GUTTER_TOLERANCE:
                    last = j + 1  # right column only
                elif s is None and _single_space_split(line, max(seen)) is not None:
                    last = j + 1  # both columns, one space between
                elif s is not None or len(line.rstrip()) > gutter + GUTTER_TOLERANCE // 2:
                    break
            j += 1
        if len(starts) >= MIN_RUN_LINES:
            runs.append((_run_begin(page, k, median(starts), runs[-1][1] if runs else 0), last, median(starts)))
        k = max(last, k + 1)
    return runs


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


def _single_space_split(line: str, full_width: float) -> int | None:
    """Where a line as wide as both columns splits at a narrow gap (one or two
    spaces): pdftotext -layout leaves no more between a full left line and the
    right column's text. The left part must be as wide as a left line (or an
    indented first line), the right part no wider than one; only one such gap."""
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
            and full_width - 2.5 <= width(line[:k]) <= full_width + 1.0
            and width(line[after:]) <= full_width + 1
        ):
            found.append(after)
    return found[0] if len(found) == 1 else None


_RIGHT_START = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”\[]")
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”]")


def _split_page(page: list[tuple[int, str]], gutter: float, full: float) -> list[tuple[int, str]]:
    full_width = _full_width(page)
    out: list[tuple[int, str]] = []
    left: list[tuple[int, str]] = []
    right: list[tuple[int, str]] = []

    def flush() -> None:
        out.extend(left)
        out.extend(right)
        left.clear()
        right.clear()

    texts = [line for _, line in page if line.strip()]
    # Lines set out in cells: more gaps than the gutter's one.
    cells = [len(_GAP.findall(line.strip())) >= 2 or len(_ROW_GAP.findall(line.strip())) >= 3 for line in texts]
    t = -1
    for number, line in page:
        if not line.strip():
            (right if right and not left else left).append((number, ""))
            continue
        t += 1
        in_rows = (t > 0 and cells[t - 1]) or (t + 1 < len(cells) and cells[t + 1])
        lead = len(line) - len(line.lstrip(" "))
        cut = _split_at(line, gutter, full, full_width, in_rows)
        if cut is None and "   " not in line.strip():
            cut = _single_space_split(line, full_width)
        if cut is not None:
            left.append((number, line[:cut].rstrip()))
            right.append((number, line[cut:]))
        elif lead >= gutter - GUTTER_TOLERANCE:
            right.append((number, line[lead:]))
        elif len(line.rstrip()) <= gutter + GUTTER_TOLERANCE // 2:
            left.append((number, line))
        else:  # across both columns
            flush()
            out.append((number, line))
    flush()
    return out


def reading_order(lines: list[str]) -> list[tuple[int, str]]:
    """(1-based line number, text) in reading order; pages split at form feeds."""
    if not any("   " in line and _GAP.search(line) for line in lines):
        return list(enumerate(lines, 1))
    pages: list[list[tuple[int, str]]] = [[]]
    for number, line in enumerate(lines, 1):
        if "\f" in line and pages[-1]:
            pages.append([])
        pages[-1].append((number, line))
    return [item for page in pages for item in _page_order(page)]
