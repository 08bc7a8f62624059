"""Where a page's drawn figures and tables stand, from its drawings and rules.

A figure is an image or a drawing (paths touching one another: a chart's bars, axes and
ticks, or a table whose every cell has a border, drawn cell by cell). A table is two or
more long rules one above another, of one width; a rule drawn in pieces (a web page's
bordered cells, one segment a cell) is joined first.

Rules that *frame the page's text* are no table: a running head's rule and a footnote's
rule one above the other (a page printed from HTML, whose header rule and footnote rule
have the text block's width) enclose the article's prose, not cells. What they enclose
tells them apart: rows that read as prose (most of them with a sentence's punctuation,
``，`` ``。`` or a comma between words) against a table's cells (names, numbers); and a caption's
line between two rules (a running head's rule above a table's caption and rules) parts them.

The regions are found once per page, while its glyphs are at hand (:func:`find_regions`),
and kept on the page: the column finder leaves their rows out (a table's gaps between
cells are no gutter) and the zones put the lines inside them in the ``figure`` zone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wenxian.pdfreader.document import Glyph, Graphic, Page

FIGURE_MIN = 24.0  # points: a drawn object at least this wide and high is a figure
RULE_MAX_HEIGHT = 2.0  # points: a path flatter than this is a rule (tables, footnote separators)
TOUCH = 3.0  # points: drawn paths this close together are parts of one drawing (a chart's bars and axes)
RULE_MIN_WIDTH = FIGURE_MIN * 3  # points: a table's rule is at least this long
SAME_EDGE = 4.0  # points: rules whose ends are this close have one width (one table's rules)
FRAME_ROWS = 4  # a frame encloses at least this many rows of text …
FRAME_PROSE = 0.5  # … of which at least this share read as prose
# A sentence's punctuation: Chinese commas and stops, or a Latin comma or stop between letters
# (not a number's decimal point "0.18" or thousands comma).
_PROSE = re.compile(r"[，。；、]|[A-Za-z\u4e00-\u9fff][,.;][A-Za-z]")


def rules(page: Page) -> list[Graphic]:
    """The page's horizontal rules, a rule drawn in touching pieces at one height joined."""
    flat = sorted((g for g in page.graphics if g.kind == "path" and g.bottom - g.top <= RULE_MAX_HEIGHT),
                  key=lambda g: (round(g.top), g.x0))
    out: list[Graphic] = []
    for g in flat:
        last = out[-1] if out else None
        if last is not None and abs(g.top - last.top) <= 1.0 and g.x0 <= last.x1 + TOUCH:
            out[-1] = Graphic("path", last.x0, min(last.top, g.top), max(last.x1, g.x1), max(last.bottom, g.bottom))
        else:
            out.append(g)
    return out


def _drawings(page: Page) -> list[Graphic]:
    """Paths that touch one another, merged into one box each: a chart drawn as many small
    paths (bars, axes, ticks) is one drawing though none of its parts is figure-sized."""
    boxes: list[list[float]] = []
    counts: list[int] = []
    for g in sorted((g for g in page.graphics if g.kind == "path"), key=lambda g: (g.top, g.x0)):
        box, count = [g.x0, g.top, g.x1, g.bottom], 1
        k = 0
        while k < len(boxes):  # merge with every box it touches (and what those touched)
            b = boxes[k]
            if box[0] <= b[2] + TOUCH and b[0] <= box[2] + TOUCH and box[1] <= b[3] + TOUCH and b[1] <= box[3] + TOUCH:
                box = [min(box[0], b[0]), min(box[1], b[1]), max(box[2], b[2]), max(box[3], b[3])]
                count += counts.pop(k)
                boxes.pop(k)
                k = 0
                continue
            k += 1
        boxes.append(box)
        counts.append(count)
    return [Graphic("drawing", *box) for box, count in zip(boxes, counts)
            if count >= 3 and box[2] - box[0] >= FIGURE_MIN and box[3] - box[1] >= FIGURE_MIN
            and box[2] - box[0] < page.width * 0.95]


def contains(outer: Graphic, inner: Graphic) -> bool:
    return outer.x0 <= inner.x0 + 1 and outer.top <= inner.top + 1 and inner.x1 <= outer.x1 + 1 and inner.bottom <= outer.bottom + 1


def _enclosed_rows(box: Graphic, rows: Sequence[Sequence[Glyph]]) -> list[str]:
    """The text of the rows whose middle lies inside ``box`` (their glyphs inside it)."""
    out = []
    for row in rows:
        inside = [g for g in row if box.x0 - 1 <= (g.x0 + g.x1) / 2 <= box.x1 + 1 and box.top <= (g.top + g.bottom) / 2 <= box.bottom]
        if inside:
            out.append("".join(g.char for g in sorted(inside, key=lambda g: g.x0)))
    return out


def frames_text(box: Graphic, rows: Sequence[Sequence[Glyph]]) -> bool:
    """Whether rules around ``box`` frame prose (a page's text block) rather than a table's cells."""
    texts = _enclosed_rows(box, rows)
    prose = sum(1 for text in texts if _PROSE.search(text))
    return len(texts) >= FRAME_ROWS and prose >= FRAME_PROSE * len(texts)


_CAPTION_ROW = re.compile(r"^\s*(?:表|图|Table|Fig\.?|Figure)\s*\d")


def holds_caption(box: Graphic, rows: Sequence[Sequence[Glyph]]) -> bool:
    """Whether a caption's line ("表 2 …", "Table 2 …") stands inside ``box``: a caption is set
    above or below its table's rules, never between two of them."""
    return any(_CAPTION_ROW.match(text) for text in _enclosed_rows(box, rows))


def find_regions(page: Page, rows: Sequence[Sequence[Glyph]]) -> list[Graphic]:
    """Figures (images, drawings) and tables (two or more long rules of one width one above
    another, not framing prose) on a page; ``rows``: the page's glyphs in rows."""
    out = [g for g in page.graphics if g.x1 - g.x0 >= FIGURE_MIN and g.bottom - g.top >= FIGURE_MIN
           and (g.x1 - g.x0) < page.width * 0.95]
    out += [d for d in _drawings(page) if not any(contains(g, d) for g in out)]
    long_rules = sorted((g for g in rules(page) if g.x1 - g.x0 >= RULE_MIN_WIDTH), key=lambda g: g.top)
    group: list[Graphic] = []
    for rule in long_rules + [None]:
        # The next rule of the same width is the table's next, unless what stands between the
        # two reads as prose: then the rule above closed a frame (or a table) and this one opens another.
        # A caption between the two likewise (a running head's rule above the next table's).
        between = Graphic("table", rule.x0, group[-1].top, rule.x1, rule.bottom) if rule is not None and group else None
        if between is not None and abs(rule.x0 - group[0].x0) < SAME_EDGE and abs(rule.x1 - group[0].x1) < SAME_EDGE \
                and not frames_text(between, rows) and not holds_caption(between, rows):
            group.append(rule)
            continue
        if len(group) >= 2:
            table = Graphic("table", group[0].x0, group[0].top, group[0].x1, group[-1].bottom)
            # A table drawn with a border round every cell is a drawing too (its paths touch):
            # it is the table (a drawing's small type nearby is its labels; a table's is not).
            out = [g for g in out if not (g.kind == "drawing" and contains(table, g))] + [table]
        group = [rule] if rule is not None else []
    return out


def inside_any(row: Sequence[Glyph], regions: Sequence[Graphic]) -> bool:
    """Whether the row's middle lies inside one of ``regions`` (a table's or figure's text)."""
    top = min(g.top for g in row)
    bottom = max(g.bottom for g in row)
    middle = (top + bottom) / 2
    x0, x1 = min(g.x0 for g in row), max(g.x1 for g in row)
    return any(r.top - 1 <= middle <= r.bottom + 1 and min(x1, r.x1) - max(x0, r.x0) > 0.5 * (x1 - x0) for r in regions)
