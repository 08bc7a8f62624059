"""A page's glyphs → printed lines in reading order, across one or two columns.

Glyphs are grouped into lines by their vertical position (a raised, smaller
superscript joins the line it sits on). A page with two columns has a gutter:
a vertical strip, near the middle, that the column lines never cross; lines
that do cross it (a title, an abstract printed across the page) are
*spanning*. Reading order is band by band down the page: spanning lines,
then between two of them the whole left column, then the whole right column.
"""

from __future__ import annotations

import bisect
import statistics
from dataclasses import dataclass, field

from wenxian.importer.chars import is_han
from wenxian.pdfreader.document import Glyph, Page
from wenxian.pdfreader.regions import find_regions, inside_any

# A full-width opening mark's ink stands in its box's right half, a closing mark's in its left: where
# compressed punctuation overlaps ("，“" set in one em), the opening mark's box starts first though
# its ink comes second (session 12: "窗口“，山川" for "窗口，“山川"). A glyph is ordered by where its ink
# starts.
_OPENING_MARKS = frozenset("“‘（〈《「『【〔")
FULL_WIDTH = 0.8  # of its size: a glyph box this wide is a full-width form


def _reading_x(g: Glyph) -> float:
    width = g.x1 - g.x0
    return g.x0 + width / 2 if g.char in _OPENING_MARKS and width >= FULL_WIDTH * g.size else g.x0


SUPERSCRIPT_SIZE = 0.85  # a glyph this much smaller than its line …
SUPERSCRIPT_RISE = 0.18  # … whose baseline is raised by this share of the line's size is a superscript
ALIGNED = 2.0  # points: text starting this close to where a column starts is aligned with it
BASELINE_TOLERANCE = 0.2  # glyphs whose baselines differ by less than this share of their size share a row
SPACE_GAP = 0.12  # a gap between two glyphs wider than this share of the size is a space (a tight line shrinks spaces to 0.2 em, a loose box may overhang)
GUTTER_MIN = 2.5  # points: narrower empty strips are not a gutter (LaTeX lines may overrun the column a little)
GUTTER_SEARCH = (0.25, 0.75)  # where on the page a gutter may lie (share of the width)
GUTTER_WIDE = 5.0  # points: a gap this wide in a row is no word space; rows with one at the same place …
GUTTER_ROWS = 3  # … at least this many …
GUTTER_COVERED = 0.3  # … with at most this many rows per row apart covering it in their band, make a gutter
GUTTER_CANDIDATES = 8  # the places with most rows apart that are checked
FORMULA_INSET = 4.0  # sizes: a row with a gap at the gutter starting further in from the page's text is no column's line
PITCH_SLACK = 1.15  # … or this many times the page's line pitch for that size, where it is wider
BAND_STEP = 1.4  # a row at most this many times its size above or below a spanning row of its size is the next line of it


@dataclass
class Run:
    """Consecutive glyphs of a line printed alike."""

    text: str
    size: float
    bold: bool
    superscript: bool


@dataclass
class PdfLine:
    page: int
    glyphs: list[Glyph]
    column: int = 0  # 0: spanning (or a one-column page), 1: left, 2: right
    number: int = 0  # position in reading order in the whole document, from 1
    superscripts: list[bool] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._runs: list[Run] | None = None
        self._text: str | None = None
        self.glyphs.sort(key=_reading_x)
        full = [g.size for g in self.glyphs]
        self.size = max(full) if full else 0.0
        main = [g for g in self.glyphs if g.size >= self.size * SUPERSCRIPT_SIZE]
        self.baseline = statistics.median(g.baseline for g in main)
        self.superscripts = [
            g.size < self.size * SUPERSCRIPT_SIZE and self.baseline - g.baseline > SUPERSCRIPT_RISE * self.size
            for g in self.glyphs
        ]
        self.size = statistics.median(g.size for g in main)
        self.bold = sum(g.bold for g in main) * 2 > len(main)
        self.font = statistics.mode(g.font for g in main)
        # The font of its Chinese characters ("" when it has none): digits and Latin letters
        # come from a Latin font in most PDFs, whatever the text's font.
        han = [g.font for g in main if len(g.char) == 1 and is_han(g.char)]  # (a ligature is two letters)
        self.han_font = statistics.mode(han) if han else ""
        self.x0 = min(g.x0 for g in self.glyphs)
        self.x1 = max(g.x1 for g in self.glyphs)
        self.top = min(g.top for g in main)
        self.bottom = max(g.bottom for g in main)
        self.count = len(self.glyphs)

    def compact(self) -> None:
        """Keep the runs and drop the glyphs: what the later steps need of a line, in less memory."""
        self.runs()
        self.glyphs = []
        self.superscripts = []

    def runs(self) -> list[Run]:
        """The line as runs of like glyphs; a space where the gap between two glyphs is wide."""
        if self._runs is None:
            self._runs = self._make_runs()
        return self._runs

    def _make_runs(self) -> list[Run]:
        out: list[Run] = []
        previous: Glyph | None = None
        for glyph, sup in zip(self.glyphs, self.superscripts):
            gap = previous is not None and glyph.x0 - previous.x1 > SPACE_GAP * min(glyph.size, previous.size)
            text = (" " if gap else "") + glyph.char
            if out and out[-1].superscript == sup and out[-1].bold == glyph.bold and abs(out[-1].size - glyph.size) < 0.5:
                out[-1].text += text
            else:
                out.append(Run(text, glyph.size, glyph.bold, sup))
            previous = glyph
        return out

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = "".join(run.text for run in self.runs()).strip()
        return self._text

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2


def _rows(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Group glyphs into rows by baseline; raised or lowered smaller glyphs (superscripts,
    subscripts) join the row they sit on.

    The baseline, not the glyph's box, decides: a math symbol's box may be as
    tall as two lines, its baseline is the line's.
    """
    rows: list[tuple[list[Glyph], float, float]] = []  # glyphs, baseline, size
    for glyph in sorted(glyphs, key=lambda g: (g.baseline, g.x0)):
        if rows and abs(glyph.baseline - rows[-1][1]) <= BASELINE_TOLERANCE * max(glyph.size, rows[-1][2]):
            members, baseline, size = rows[-1]
            members.append(glyph)
            if glyph.size > size:
                rows[-1] = (members, glyph.baseline, glyph.size)
        else:
            rows.append(([glyph], glyph.baseline, glyph.size))
    # A row of small glyphs close above or below a row of larger ones, within its span or
    # touching it (a mark wrapped to the start of a line, before its "。"): its marks.
    out: list[tuple[list[Glyph], float, float]] = []
    for k, (members, baseline, size) in enumerate(rows):
        hosts = [rows[j] for j in (k - 1, k + 1) if 0 <= j < len(rows)]
        host = min((h for h in hosts if size < h[2] * SUPERSCRIPT_SIZE
                    and -0.6 * h[2] <= baseline - h[1] <= 0.4 * h[2]
                    and min(g.x0 for g in h[0]) - h[2] <= max(g.x1 for g in members)
                    and min(g.x0 for g in members) <= max(g.x1 for g in h[0]) + h[2]),
                   key=lambda h: abs(baseline - h[1]), default=None)
        if host is not None:
            host[0].extend(members)
        else:
            out.append((members, baseline, size))
    return [members for members, _, _ in out]


def _gap_at(row: list[Glyph], x: float) -> float | None:
    """Width of the empty gap at ``x`` inside ``row`` (sorted by x0); 0 if a glyph covers x; None outside the row."""
    if not row or x <= row[0].x0 or x >= max(g.x1 for g in row):
        return None
    right_of = next((g.x0 for g in row if g.x0 >= x), None)
    left_of = max((g.x1 for g in row if g.x0 < x), default=None)
    if left_of is None or right_of is None or left_of >= x:
        return 0.0
    return right_of - left_of


def _gaps(row: list[Glyph]) -> list[tuple[float, float]]:
    """The empty stretches between the glyphs of a row (sorted by x0)."""
    out: list[tuple[float, float]] = []
    reach = row[0].x1
    for glyph in row[1:]:
        if glyph.x0 > reach:
            out.append((reach, glyph.x0))
        reach = max(reach, glyph.x1)
    return out


def find_gutter(page: Page, rows: list[list[Glyph]] | None = None) -> float | None:
    """The middle of the empty strip between two columns, if the page has two.

    At a gutter, text stands apart on both sides: rows with a wide empty gap
    there, and rows that end before it beside rows that start after it at
    about the same height (the two columns' lines need not share baselines).
    Spanning lines — a title, an abstract, which may fill most of a first
    page — cover it. For each point of the page's middle half the rows of
    both kinds are counted against the rows running across it.
    """
    rows = [sorted(r, key=lambda g: g.x0) for r in (rows if rows is not None else _rows(page.glyphs))]
    lo, hi = int(page.width * GUTTER_SEARCH[0]), int(page.width * GUTTER_SEARCH[1])
    across = [0] * (hi - lo)
    apart = [0] * (hi - lo)
    spans = [(row[0].x0, max(g.x1 for g in row), min(g.top for g in row), max(g.size for g in row)) for row in rows]
    for row, (start, end, _, _) in zip(rows, spans):
        for x in range(max(lo, int(start) + 1), min(hi, int(end))):
            across[x - lo] += 1
        for g0, g1 in _gaps(row):
            if g1 - g0 >= GUTTER_WIDE:
                for x in range(max(lo, int(g0) + 1), min(hi, int(g1) + 1)):
                    if g0 < x + 0.5 < g1:
                        apart[x - lo] += 1
    # One-sided rows facing each other across x: a left row's end and a right row's start.
    lefts = sorted((end, top, size) for start, end, top, size in spans if end < hi)
    rights = sorted((start, top, size) for start, end, top, size in spans if start > lo)
    for i in range(hi - lo):
        x = lo + i + 0.5
        left_tops = sorted(top for end, top, size in lefts if end < x - GUTTER_WIDE / 2)
        right_tops = [(top, size) for start, top, size in rights if start > x + GUTTER_WIDE / 2]
        if not left_tops or not right_tops:
            continue
        for top, size in right_tops:
            k = bisect.bisect_left(left_tops, top - size)
            if k < len(left_tops) and left_tops[k] <= top + size:
                apart[i] += 2  # the pair: both rows stand apart at x

    # Where the page's text starts: a left column's line starts there (or a paragraph's indent
    # from it). A row that starts further in and has a wide gap is a displayed formula centred on
    # the page with its number at the right edge ("Fout = Concat(Y, DWConv(Y))      (1)"), no
    # pair of column lines: a one-column page with a few formulas was cut into two columns, and
    # the formulas' numbers and the text around them were read apart (session 14, qingliang-jiance).
    text_start = min((start for start, *_ in spans), default=0.0)

    def column_start(start: float, size: float) -> bool:
        return start - text_start <= FORMULA_INSET * size

    def covered_in_band(i: int) -> float:
        """Rows running across x without a gap there, against those apart at x, in the band
        of the page where rows stand apart (a first page's long head above it does not count)."""
        x = lo + i + 0.5
        left = [(top, size) for start, end, top, size in spans if end < x - GUTTER_WIDE / 2]
        right = [(top, size) for start, end, top, size in spans if start > x + GUTTER_WIDE / 2]
        tops = [top for row, (start, end, top, size) in zip(rows, spans)
                if start < x < end and (_gap_at(row, x) or 0) >= GUTTER_WIDE and column_start(start, size)]
        tops += [top for top, size in left if any(abs(top - t) <= size for t, _ in right)]
        tops += [top for top, size in right if any(abs(top - t) <= size for t, _ in left)]
        if not tops:
            return 1.0
        # The band: the largest run of such rows one below another (a stray pair far off —
        # a running head's two ends — does not stretch it over the head of a first page).
        tops.sort()
        step = 3 * statistics.median(size for *_, size in spans)
        runs: list[list[float]] = [[tops[0]]]
        for top in tops[1:]:
            if top - runs[-1][-1] > step:
                runs.append([])
            runs[-1].append(top)
        largest = max(runs, key=len)
        band = (largest[0], largest[-1])
        apart_rows = sum(1 for t in tops if band[0] <= t <= band[1])
        covering = sum(1 for row, (start, end, top, size) in zip(rows, spans)
                       if band[0] <= top <= band[1] and start < x < end and (_gap_at(row, x) or 0) < GUTTER_WIDE)
        return covering / max(1, apart_rows)

    candidates = sorted((i for i in range(hi - lo) if apart[i] >= GUTTER_ROWS), key=lambda i: -apart[i])
    best = next((i for i in candidates[:GUTTER_CANDIDATES] if covered_in_band(i) <= GUTTER_COVERED), None)
    if best is None:
        return None
    # The gutter: the run of places where as many rows stand apart as at the best one. Its middle.
    first = last = best
    while first > 0 and apart[first - 1] >= apart[best]:
        first -= 1
    while last + 1 < len(apart) and apart[last + 1] >= apart[best]:
        last += 1
    return lo + (first + last) / 2 + 0.5


def _widest_gap_near(row: list[Glyph], middle: float) -> tuple[float, float]:
    """The widest gap of the row within about a character of ``middle``; (middle, middle) if none."""
    reach = 1.5 * max(g.size for g in row)
    near = [gap for gap in _gaps(row) if gap[0] < middle + reach and gap[1] > middle - reach]
    return max(near, key=lambda gap: gap[1] - gap[0]) if near else (middle, middle)


def _split_or_span(rows: list[list[Glyph]], middle: float) -> list[tuple[bool, tuple[float, float] | None]]:
    """For each row (sorted by top, its glyphs by x0): whether it crosses the gutter, and where
    to cut it into its two columns' lines (None: it is one spanning line or lies on one side)."""
    # A row crosses the middle when it runs on at least a character's width to both sides
    # (a full-width bracket's box may reach over the gutter from a column's edge).
    crossing = [middle - row[0].x0 > row[0].size and max(g.x1 for g in row) - middle > row[-1].size for row in rows]
    # Each crossing row's widest gap near the middle (within a character or so: a line may
    # overrun its measure, and the middle is an estimate).
    cuts = [_widest_gap_near(row, middle) if crosses else None for row, crosses in zip(rows, crossing)]
    gaps = [None if cut is None else cut[1] - cut[0] for cut in cuts]
    # Where the right column starts: the typical end of the rows' gutter gaps.
    ends = [cut[1] for cut, gap in zip(cuts, gaps) if gap is not None and gap >= GUTTER_WIDE]
    right_start = statistics.median(ends) if ends else middle
    tops = [min(g.top for g in row) for row in rows]
    sizes = [max(g.size for g in row) for row in rows]
    near = [[j for j in range(len(rows)) if j != k and abs(tops[j] - tops[k]) <= 2.5 * sizes[k]] for k in range(len(rows))]
    # Clearly spanning: no gap near the middle, or text right across the middle running on
    # far to both sides with no gap ending where the right column starts (a space near the
    # middle of an English line does not cut it; a line-end 、 whose box reaches over does not join).
    clearly_spanning = [
        gap is not None and (gap < GUTTER_MIN or (
            _gap_at(row, middle) == 0.0 and abs(cut[1] - right_start) > ALIGNED
            and min(middle - row[0].x0, max(g.x1 for g in row) - middle) > 4 * row[0].size))
        for row, gap, cut in zip(rows, gaps, cuts)
    ]
    # A gap wider than a word space cuts a row into its two columns' lines; a narrower one
    # does when it ends where the right column starts (a column line overrunning its
    # measure) and no spanning line stands close by. A row standing alone — a page
    # number, a centred line — is no pair of column lines.
    out: list[tuple[bool, tuple[float, float] | None]] = []
    for k, (gap, cut) in enumerate(zip(gaps, cuts)):
        if gap is None or clearly_spanning[k] or not near[k]:
            apart = False
        elif gap >= GUTTER_WIDE:
            apart = True
        else:
            apart = abs(cut[1] - right_start) <= ALIGNED and not any(clearly_spanning[j] for j in near[k])
        out.append((crossing[k], cut if apart else None))
    return out


def _spanning_bands(rows: list[list[Glyph]], kinds: list[tuple[bool, tuple[float, float] | None]],
                    middle: float) -> list[tuple[bool, tuple[float, float] | None]]:
    """A short line on one side of the gutter that belongs to a block of spanning lines: a
    first-page footnote's ``收稿日期：…`` above its full-width ``基金项目：…`` lines, a last line
    ``商贸。`` under them. It stands a line step of its size from a spanning row of that
    size, with nothing across the gutter beside it (a column's line has the other column
    beside it, or stands further off: a paragraph's gap, a rule)."""
    kinds = list(kinds)
    tops = [min(g.top for g in row) for row in rows]
    bottoms = [max(g.bottom for g in row) for row in rows]
    sizes = [max(g.size for g in row) for row in rows]
    sides = [0 if crosses else (1 if (row[0].x0 + max(g.x1 for g in row)) / 2 < middle else 2)
             for row, (crosses, _) in zip(rows, kinds)]
    alone = [not crosses and not any(
        j != k and (sides[j] != sides[k] or kinds[j][1] is not None) and tops[j] < bottoms[k] and bottoms[j] > tops[k]
        for j in range(len(rows))) for k, (crosses, _) in enumerate(kinds)]
    # A row cut at a wide space near the middle ("北京: 中国…" in a full-width reference list) is one
    # spanning line when a row a line step above or below it, of its size, spans the page and none
    # of them is cut: column lines come among column lines.
    steps_of = _line_steps(tops, sizes)
    for k, (crosses, cut) in enumerate(kinds):
        if cut is None:
            continue
        steps = [j for j in range(len(rows)) if j != k and abs(sizes[j] - sizes[k]) < 0.3
                 and abs(tops[j] - tops[k]) <= steps_of(sizes[k])]
        if any(kinds[j][0] and kinds[j][1] is None for j in steps) and not any(kinds[j][1] for j in steps):
            kinds[k] = (True, None)
    changed = True
    while changed:  # a band grows a line at a time, up and down
        changed = False
        spanning = [k for k, (crosses, cut) in enumerate(kinds) if crosses and cut is None]
        for k in range(len(rows)):
            if alone[k] and any(abs(tops[j] - tops[k]) <= steps_of(sizes[k]) and abs(sizes[j] - sizes[k]) < 0.3
                                for j in spanning):
                kinds[k], alone[k] = (True, None), False
                changed = True
    return kinds


def _line_steps(tops: list[float], sizes: list[float]):
    """How far the next line of a block of type of a given size may stand: BAND_STEP times the
    size, or a little more than the page's own line pitch for that size where its lines are set
    further apart (Chinese is often set at 1.5 to 1.8 times its size)."""
    pitches: dict[float, float] = {}
    for size in set(sizes):
        same = sorted(t for t, s in zip(tops, sizes) if abs(s - size) < 0.3)
        steps = [b - a for a, b in zip(same, same[1:]) if 0.9 * size < b - a < 2.5 * size]
        pitches[size] = statistics.median(steps) if len(steps) >= 3 else 0.0

    def step(size: float) -> float:
        return max(BAND_STEP * size, PITCH_SLACK * pitches.get(size, 0.0))

    return step


def page_lines(page: Page) -> list[PdfLine]:
    """The page's lines in reading order (``column`` set, ``number`` not yet); the page's
    figures and tables are kept on it (``page.regions``). A table's rows do not count for a
    gutter: the gaps between its cells are no gap between two columns."""
    rows = _rows(page.glyphs)
    page.regions = find_regions(page, rows)
    # A table's rows are no evidence that the page has two columns; where it has, every row
    # places the gutter (without them a narrow gutter's estimate drifts by a few points).
    middle = find_gutter(page, [row for row in rows if not inside_any(row, page.regions)]) and find_gutter(page, rows)
    if middle is None:
        return [PdfLine(page.number, row) for row in rows]
    rows.sort(key=lambda row: min(g.top for g in row))
    rows = [sorted(row, key=lambda g: g.x0) for row in rows]
    spanning: list[PdfLine] = []
    sides: dict[int, list[Glyph]] = {1: [], 2: []}
    for row, (crosses, cut) in zip(rows, _spanning_bands(rows, _split_or_span(rows, middle), middle)):
        if crosses and cut is None:
            spanning.append(PdfLine(page.number, row))
        elif crosses:  # cut at its widest gap near the gutter
            for glyph in row:
                sides[1 if glyph.x0 < cut[1] else 2].append(glyph)
        else:  # all on one side: the side of its middle
            sides[1 if (row[0].x0 + max(g.x1 for g in row)) / 2 < middle else 2].extend(row)
    columns = {side: [PdfLine(page.number, row, column=side) for row in _rows(glyphs)] for side, glyphs in sides.items()}
    # Band by band down the page: the left column, the right column, then the spanning line below.
    spanning.sort(key=lambda line: line.top)
    out: list[PdfLine] = []
    edges = [line.top for line in spanning] + [float("inf")]
    previous = float("-inf")
    for k, edge in enumerate(edges):
        for side in (1, 2):
            out.extend(sorted((line for line in columns[side] if previous <= line.top < edge), key=lambda l: l.top))
        if k < len(spanning):
            out.append(spanning[k])
            previous = spanning[k].top
    return out
