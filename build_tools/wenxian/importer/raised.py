"""Raised (superscript) citation marks put back into the line they were raised in.

An extractor prints a superscript mark on a baseline of its own, apart from its line, and the
line keeps a space where the mark stood, before the punctuation that follows it (its *hole*).
The mark is read here, once, for every text route, before the columns or the blocks are ordered:
alone, it has no Chinese character, it cuts its line in pieces, and it goes to either column by
chance and cites out of its sentence.

- :func:`lower_in_rows` — ``pdftotext -layout``'s rows, where positions are kept: a row of marks
  above its line goes into the holes nearest each mark (round 11b); a word processor's mark raised
  at a line's end is printed at the next row's margin, its hole opening the line below (round 15b).
- :func:`put_back` — the lines of plain texts (``pdftotext``, pdfminer), where a mark is a line of
  its own, between blank lines (round 14g) or inside a block of two columns' interleaved lines
  (round 15c): the printed line it cut into pieces is one line again ("…照明" / "[10]" / "。第二…"),
  else the mark goes into the one hole of the next line or the one after it (the other column's line
  may stand between them: "[16]" / "依靠财政补贴…" / "持续运营依赖财政投入 。"), else it opens
  the line its punctuation went to (a word processor's mark raised at a line's end: "[1]" /
  "。近十余年来…", round 16d).
"""

from __future__ import annotations

import re
from dataclasses import replace

from wenxian.importer import evidence, headings
from wenxian.importer.chars import HAN_RE, LATIN_RE, LATIN_SLACK, width
from wenxian.importer.layout import _CLOSING  # no printed line starts with these but a line's piece
from wenxian.importer.lines import Line

# --- plain texts: a mark is a line of its own ---------------------------------------------------
LONE_MARK = re.compile(r"^\s*[\[［]\s*\d{1,3}(?:\s*[,，、\-–—~]\s*\d{1,3})*\s*[\]］]\s*$")  # a citation mark alone on its line
# The space its line kept in the mark's place: between a Chinese character and the punctuation
# after it ("一定缓解 。"); a line's one such space (two: the mark's place is not known).
_HOLE_IN_LINE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[，。；、：）])")
REACH = 2  # lines after a mark its line may stand at, at most (the other column's line between)
PIECE_REACH = 3  # … where its line opens with the punctuation after it (two lines between: a cell, a short line)


def put_back(groups: list[list[Line]], body_ids: set[int], column: float | None = None) -> list[list[Line]]:
    """``groups`` (a page's blocks, lines between blank lines) with each raised mark alone on a
    line put back into its line; a line made so is a body line if the line it was made from was
    (``body_ids`` grows). The three pieces of a printed line, each a block of its own — the text
    before the mark, the mark, the text after it opening with punctuation no printed line opens
    with — are one line again (the block of the last piece joins the first's; inside a block the
    line before a mark need not be its line's first piece: a figure's caption may stand between);
    else the mark goes into the one hole of the next line, or of the line after it where the next
    has no hole and is no mark (the other column's line between); else it opens the line its
    punctuation went to (:func:`_piece_after`), with that printed line's first piece where it stands
    between them (:func:`_first_piece`, ``column``: the page's column width). A mark with none of
    these stays where it is."""
    if not any(LONE_MARK.match(line.text) for group in groups for line in group):
        return groups
    flat = [(g, line) for g, group in enumerate(groups) for line in group]
    k = 0
    while k < len(flat):
        g, mark = flat[k]
        if not LONE_MARK.match(mark.text):
            k += 1
            continue
        if 0 < k < len(flat) - 1 and flat[k - 1][0] != g != flat[k + 1][0]:
            (before_group, before), (after_group, after) = flat[k - 1], flat[k + 1]
            if before.page == mark.page == after.page and after.text.startswith(_CLOSING):
                line = replace(before, text=before.text + mark.text.strip() + after.text, gap_after=after.gap_after,
                               width=before.width + mark.width + after.width)
                if id(before) in body_ids:
                    body_ids.add(id(line))
                flat[k - 1] = (before_group, line)
                del flat[k : k + 2]
                flat = [(before_group if group == after_group else group, item) for group, item in flat]
                continue
        target = None
        for t in range(k + 1, min(k + 1 + REACH, len(flat))):
            if flat[t][1].page != mark.page:
                break
            text = flat[t][1].text
            holes = list(_HOLE_IN_LINE.finditer(text))
            if len(holes) == 1:
                target = (t, text[: holes[0].start()] + mark.text.strip() + text[holes[0].start() + 1 :])
                break
            if holes or LONE_MARK.match(flat[t][1].text):
                break
        if target is None:
            target = _piece_after(flat, k)
            if target is not None and target[0] == k + 2 and _first_piece(flat[k + 1][1], mark, flat[k + 2][1], column):
                # printed mark first: "[12]" / "辑的短视频高出约三分之一" / "。传承人出镜讲" (the narrow gutter)
                (before_group, before), (after_group, after) = flat[k + 1], flat[k + 2]
                line = replace(before, text=before.text + target[1], gap_after=after.gap_after,
                               width=before.width + mark.width + after.width)
                if id(before) in body_ids:
                    body_ids.add(id(line))
                flat[k + 1] = (before_group, line)
                del flat[k + 2]
                del flat[k]
                flat = [(before_group if group == after_group else group, item) for group, item in flat]
                continue
        if target is None:
            k += 1
            continue
        t, text = target
        group, after = flat[t]
        line = replace(after, text=text, width=after.width + mark.width)
        if id(after) in body_ids:
            body_ids.add(id(line))
        flat[t] = (group, line)
        del flat[k]
    out: list[list[Line]] = []
    last = None
    for group, line in flat:
        if out and group == last:
            out[-1].append(line)
        else:
            out.append([line])
        last = group
    return out


def _first_piece(before: Line, mark: Line, after: Line, column: float | None) -> bool:
    """Whether ``before`` is the first piece of the printed line that ``after`` (opening with
    punctuation) ends, ``mark`` raised between them: it ends on a Chinese character, is no heading,
    and the three fit one ``column`` line (a full line ending mid-sentence runs on in its column:
    "…6 年及以上的占" / "。" is no piece; its Latin letters and digits may print wider)."""
    slack = LATIN_SLACK if LATIN_RE.search(before.text) else 0.0
    return (column is not None and before.page == after.page and HAN_RE.match(before.text[-1:]) is not None
            and headings.heading_style(before.text) is None
            and before.width + slack + mark.width + after.width <= column + evidence.PIECE_TOLERANCE)


def _piece_after(flat: list[tuple[int, Line]], k: int) -> tuple[int, str] | None:
    """Where the mark at ``k``, with no hole to go into, opens the line it was raised before: a word
    processor (LibreOffice) raises a mark at its line's end and sets the punctuation after it on the
    next printed line, which plain pdftotext gives as a line opening with that punctuation, no
    printed line's start ("…重点对象" / "[1]" / "。近十余年来…"), the other column's lines or a
    table's cell between (round 16d: 21 of the 35 marks left alone in the dev word-twocol texts;
    the lines it may stand after: ``PIECE_REACH``). The mark opens that line, as ``pdftotext
    -layout``'s margin mark does (:func:`lower_in_rows`), and the line runs on from its line's first
    piece wherever the block order puts it."""
    mark = flat[k][1]
    for t in range(k + 1, min(k + 1 + PIECE_REACH, len(flat))):
        text = flat[t][1].text
        if flat[t][1].page != mark.page or LONE_MARK.match(text):
            return None
        if text.startswith(_CLOSING):
            return t, mark.text.strip() + text
    return None


# --- a line's width with its marks printed raised -----------------------------------------------
_MARK_IN_LINE = re.compile(r"[\[［]\s*\d{1,3}(?:\s*[,，\-–—~]\s*\d{1,3})*\s*[\]］]")  # a citation mark in a line
# Of a citation mark's counted width, the cells its line may run past a column: the mark may be
# printed raised, in smaller type (LibreOffice's superscript is 58 % high, XeLaTeX's about 70 %).
RAISED_SHARE = 0.5


def mark_slack(text: str) -> float:
    """The cells a line holding citation marks may run past a column: a mark printed raised (a word
    processor's superscript) is set in smaller type, so a full line holds more than its characters'
    widths say ("混凝土[5,6]。火灾是…之一。" counts 23.5 cells in a column of 21; session 15)."""
    if "[" not in text and "［" not in text:
        return 0.0
    return RAISED_SHARE * sum(width(m.group()) for m in _MARK_IN_LINE.finditer(text))


# --- pdftotext -layout: rows keep their positions -----------------------------------------------
_RAISED = re.compile(r"\[\s*\d{1,3}(?:\s*[,，\-–—~]\s*\d{1,3})*\s*\]")  # a citation mark
_MARKS_BESIDE = re.compile(r"^((?:\[\s*\d{1,3}(?:\s*[,，\-–—~]\s*\d{1,3})*\s*\] *)+) {3,}(\S.*)$")  # … at the margin, a column beside
_MARK_OPEN = re.compile(r"^ *\[\s*\d{1,3}(?:\s*[,，\-–—~]\s*\d{1,3})*\s*[,，\-–—~]\s*$")  # a mark's first half ("[1-")
_MARK_CLOSE = re.compile(r"^ *\d{1,3}(?:\s*[,，\-–—~]\s*\d{1,3})*\s*\]\s*$")  # … and its second ("2]")
_OPENING_HOLE = re.compile(r"^( +)[，。；：、）]")  # the hole a raised mark left, opening its line
_MARKS_ROW = re.compile(r"^ *(?:\[\s*\d{1,3}(?:\s*[,，\-–—~]\s*\d{1,3})*\s*\] *)+$")  # a row of raised marks alone
# spaces before a clause's or sentence's punctuation (or opening the line: the mark ended the line above)
_HOLE = re.compile(r"(?:(?<=\S)|^)( +)(?=[，。；：、）])")
# Any of the three shapes of raised marks above (one match a line: most texts have none of them).
_ANY_RAISED = re.compile(f"(?:{_MARKS_ROW.pattern})|(?:{_MARKS_BESIDE.pattern})|(?:{_MARK_CLOSE.pattern})")


# Where a row of ``_ANY_RAISED`` may open: spaces, then a bracket or a digit (each of its shapes opens
# so). One search of the whole text for it; the full pattern only on the rows it finds (round 16b).
# Searched from the line break before the row (a literal the search skips to, where "^" in multiline
# mode is tried at every position: a third of the time), the text's first row given one too.
_RAISED_OPENING = re.compile(r"\n *[\[\d]")


def any_in_rows(joined: str) -> bool:
    """Whether ``joined`` (the rows of a text that keeps positions, joined by line breaks) holds a
    raised mark's row at all."""
    for m in _RAISED_OPENING.finditer("\n" + joined):  # (m.start(): the row's start in ``joined``)
        end = joined.find("\n", m.start())
        if _ANY_RAISED.match(joined[m.start() : end if end >= 0 else len(joined)]):
            return True
    return False


GUTTER_ROWS = 6  # rows each side whose right column's start tells where the gutter is around a row
GUTTER_SLACK = 8  # characters the right column's start wanders by on -layout's grid (columns.GUTTER_TOLERANCE)


def _at_gutter(rows: list[str], k: int, at: int, gutter: re.Pattern[str], margin: int) -> bool:
    """Whether position ``at`` of row ``k + 1`` is where the right column starts on the rows around
    it (the text after a wide gap, or a row's text set in far from the margin: the right column
    alone); true where no row around tells."""
    starts = []
    for j in range(max(0, k - GUTTER_ROWS), min(len(rows), k + 2 + GUTTER_ROWS)):
        if j in (k, k + 1) or not rows[j].strip():
            continue
        gap = gutter.search(rows[j])
        lead = len(rows[j]) - len(rows[j].lstrip(" "))
        if gap and lead <= margin:
            starts.append(gap.end(1))
        elif lead > 4 * margin:
            starts.append(lead)
    if not starts:
        return True
    starts.sort()
    return at >= starts[len(starts) // 2] - GUTTER_SLACK


def lower_in_rows(lines: list[str], margin: int, gutter: re.Pattern[str]) -> list[str]:
    """Citation marks printed raised (superscript) put back into the line they belong to.
    pdftotext -layout gives a raised mark a row of its own above its line, where the space the
    mark takes is left as a hole before the punctuation that follows it ("       [5-6]" /
    "传播效果           ，也有学者…"): the hole, cut into the line, read as two columns' gap.
    Each mark of such a row (indented: a reference entry's number stands at the margin) goes
    into the next line's hole before a punctuation mark nearest to it; the row is left blank.
    The spaces it took are kept after the line's next wide gap (``gutter``), so the right
    column's text stays where it was. A mark at the margin (``margin`` spaces in, at most) is
    lowered only into a hole as wide as it: a word processor's mark raised at a line's end is
    printed at the next row's margin, its hole opening the line below ("[6]" / "      。企业为什么…",
    round 15b), also with the right column's line on the mark's row ("[1]      治理工程的…" /
    "      。近十余年来…"), and a mark cut at its line's end, its halves printed on rows of their own
    ("[1-" … "2]")."""
    out = list(lines)
    for k in range(1, len(out) - 1):
        # a mark cut at its line's end, its halves on rows of their own ("[1-" … "2]"), the hole
        # opening the line under the second half: the halves joined, the mark at the margin
        if _MARK_CLOSE.match(out[k]) and (hole := _OPENING_HOLE.match(out[k + 1])):
            first = next((j for j in range(k - 1, max(k - 4, -1), -1) if _MARK_OPEN.match(out[j])), None)
            if first is not None and len(hole.group(1)) >= len(out[first].strip() + out[k].strip()):
                out[k] = out[first].strip() + out[k].strip()
                out[first] = ""
    for k in range(len(out) - 1):
        row = out[k]
        beside = _MARKS_BESIDE.match(row)
        if beside and _OPENING_HOLE.match(out[k + 1]) and len(_OPENING_HOLE.match(out[k + 1]).group(1)) >= len(beside.group(1).strip()):
            # the mark at the margin, the right column's line on its row: the mark opens the line
            # below (where its hole is), the right column's line stays where it was
            out[k] = " " * beside.start(2) + beside.group(2)
            out[k + 1] = beside.group(1).strip() + out[k + 1].lstrip(" ")
            continue
        if not _MARKS_ROW.match(row):
            continue
        below = out[k + 1]
        holes = list(_HOLE.finditer(below))
        if len(row) - len(row.lstrip(" ")) <= margin:
            holes = [h for h in holes if len(h.group(1)) >= len(row.strip())]
        if not holes:
            continue
        marks = list(_RAISED.finditer(row))
        used: set[int] = set()
        fills: list[tuple[re.Match[str], str, int]] = []
        for mark in marks:
            free = [h for h in holes if h.start(1) not in used]
            if not free:
                break
            hole = min(free, key=lambda h: abs((h.start(1) + h.end(1)) / 2 - mark.start()))
            used.add(hole.start(1))
            fills.append((hole, mark.group(), mark.start()))
        if len(fills) != len(marks):
            continue
        for hole, mark, at in sorted(fills, key=lambda f: -f[0].start(1)):  # from the right: offsets stay good
            start, end = hole.span(1)
            spare = (end - start) - len(mark)
            rest = below[end:]
            if start == 0:  # the line's own lead: the mark stands where it was printed, its line after it
                below = " " * (len(row) - len(row.lstrip(" "))) + mark + rest
                continue
            if not rest[1:].strip() and start + 2 < at < end and _at_gutter(out, k, end, gutter, margin):
                # the punctuation alone past a gap, the mark printed over the gap's far side: both the
                # right column's, its line's first characters ("…评论" + gap + "。" under "[17]") —
                # where the punctuation stands where the rows around start their right column; short of
                # it, a paragraph's last line in the left column, whose hole -layout set wider than its
                # mark ("农房、增加农民收入的途径" + gap + "。" under "[2-3]", the gutter 20 cells on;
                # session 15)
                below = below[:at] + mark + rest
                continue
            gap = gutter.search(rest)
            if spare > 0 and gap:  # the spaces the hole had, after the gutter's
                rest = rest[: gap.end(1)] + " " * spare + rest[gap.end(1):]
            below = below[:start] + mark + rest
        out[k], out[k + 1] = "", below
    return out
