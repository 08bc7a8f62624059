"""Text → physical lines with the layout facts the later steps need.

Each non-blank line keeps its 1-based number in the raw file, whether it
starts with a paragraph indent (full-width spaces, or two or more spaces —
a single stray space at a page break is not an indent) and whether blank
lines follow it. Some extractors put a blank line after nearly every line;
then a blank line means nothing and its *absence* is the evidence (see
:mod:`wenxian.importer.layout`) — unless the lines are whole paragraphs
(many wider than a printed column), where blank lines are real breaks.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from wenxian.importer.chars import FORMULA_NUMBER, HAN_RE, ends_sentence, formula_lines, may_open_formula, width
from wenxian.importer.columns import in_reading_order
from wenxian.importer.glyphs import RADICAL_RE, fold_radicals
from wenxian.importer.joining import compounds_in
from wenxian.importer.lowered import put_back as put_back_subscripts
from wenxian.importer.markdown import (
    MAX_COMMENT_LINES,
    comment_end,
    entry_pieces,
    is_heading_mark,
    is_markdown,
    is_table_markup,
    label_pieces,
    math_closing,
    math_opening,
    math_tex,
    picture_formulas,
    plain_line,
    table_rows,
)

MAX_WRAPPED_WIDTH = 60.0  # cells: wider lines are whole paragraphs, not wrapped lines
# The share of lines wider than that above which a text holds one line per paragraph (as
# MinerU, Marker or a copy from a web page save it): titles, headings and short paragraphs
# keep the median low there, while a printed column's lines never pass 60 cells (at most
# 3 % of the lines of any corpus text, two-column layouts included, after column splitting).
WIDE_SHARE = 0.15


def one_line_per_paragraph(widths: list[float]) -> bool:
    """Whether lines of these widths are whole paragraphs rather than a printed column's lines."""
    return bool(widths) and sum(1 for w in widths if w > MAX_WRAPPED_WIDTH) >= WIDE_SHARE * len(widths)


_INDENT_CHARS = " \t\u3000\u00a0"
_STRIP_CHARS = _INDENT_CHARS + "\ufeff\v"


@dataclass(slots=True)
class Line:
    number: int  # 1-based line number in the raw file
    text: str  # without surrounding white space
    indent: bool
    gap_after: bool  # one or more blank lines follow
    width: float = 0.0  # printed width in CJK cells (see ``chars.width``)
    page: int = 0  # 0-based page, counted by form feeds or a saving tool's page marks
    heading_mark: bool = False  # a Markdown-saving extractor put "#" before it
    formula: bool = False  # a display formula in TeX (``text``), as a Markdown-saving extractor wrote it
    lead: int = 0  # an indented line's leading white space, in half-width cells (a full-width space is two)


@dataclass
class Lines:
    lines: list[Line]
    blank_is_filler: bool  # blank lines follow most lines, so they are no evidence
    # How far a blank line can be trusted as a paragraph break: the share of
    # lines followed by one that end a sentence or are short (1.0 when none is).
    blank_trust: float = 1.0
    # The TeX of the inline formulas of a Markdown text, in the order their marks stand in it
    # (:func:`wenxian.importer.markdown.hide_inline_math`).
    math: list[str] = field(default_factory=list)
    # A Markdown text's tables: the line where each began and its rows of cells
    # (:func:`wenxian.importer.markdown.table_rows`); their lines are left out of ``lines``.
    tables: list[tuple[int, list[list[str]]]] = field(default_factory=list)
    # CJK radicals the font gave for ideographs, read as the ideographs (:mod:`.glyphs`): how
    # many, and the raw lines where they stood (for the reader's one note).
    radicals: int = 0
    radical_lines: list[int] = field(default_factory=list)


def without_lines(doc: Lines, taken: set[int]) -> Lines:
    """``doc`` without the lines at the indexes ``taken``; the line before a removed one gets the
    text's blank-line habit after it, so the text either side joins as it would across a line."""
    kept: list[Line] = []
    start = 0
    # (the runs of lines between the taken ones copied whole: a step per line taken, not per line)
    for k in sorted(k for k in taken if 0 <= k < len(doc.lines)):
        kept.extend(doc.lines[start:k])
        if kept:
            kept[-1].gap_after = doc.blank_is_filler
        start = k + 1
    kept.extend(doc.lines[start:])
    return Lines(kept, doc.blank_is_filler, doc.blank_trust, doc.math, doc.tables)


# A text set on a page's grid (pdfplumber's ``extract_text(layout=True)``): most of its lines are
# padded with spaces to the page's width, and start with the page's margin (6 to 9 spaces before
# nearly every line): the margin is no indent, only what a line has beyond it is. No other
# extractor of the import corpus pads its lines; a text that indents each of its paragraphs by two
# spaces (a copy from a web page) does not either, and keeps its indents.
MIN_MARGIN = 2
PADDED_SHARE = 0.5  # of the non-blank lines end with a space
MARGIN_SHARE = 0.3  # of the non-blank lines start exactly at the margin


def text_margin(raw_lines: list[str]) -> int:
    """The spaces before most lines of this text, when it sets them on a page's grid (else 0)."""
    if sum(1 for raw in raw_lines if raw.endswith(" ")) < PADDED_SHARE * len(raw_lines) / 2:
        return 0  # (most texts: a blank line at most after every line, and none padded)
    bodies = [body for raw in raw_lines if (body := raw.replace("\f", "")).strip()]
    if not bodies or sum(1 for body in bodies if body.endswith(" ")) < PADDED_SHARE * len(bodies):
        return 0
    margin, count = Counter(len(body) - len(body.lstrip(" ")) for body in bodies).most_common(1)[0]
    return margin if margin >= MIN_MARGIN and count >= MARGIN_SHARE * len(bodies) else 0


def without_margin(raw_lines: list[str], margin: int) -> list[str]:
    """The lines less ``margin`` spaces before them (all a line has, when fewer) and the spaces
    that pad them to the page's width; a form feed stays at the line's start."""
    out: list[str] = []
    for raw in raw_lines:
        feed = "\f" * raw.count("\f")
        body = raw.replace("\f", "").rstrip(" ")
        lead = len(body) - len(body.lstrip(" "))
        out.append(feed + body[min(lead, margin):])
    return out


# On a grid (pdfplumber's ``layout=True``) a word is set at the cell its x falls on, but each of
# its characters takes one cell: a CJK character printed some 10.5 pt wide on a grid of 7.25 pt
# takes half a cell more than it is given, so a line's characters run behind their place and the
# next word (a citation mark, a number, a Latin word: a word of its own) jumps ahead to it —
# "群众少跑腿、让数据多跑路      [1]。然而在实", "三个县均于      2020 年". Such a gap is no
# column's gutter and no table's: it is about half a cell a CJK character before it. The gutter
# is where the right column's lines start, one place all down the text (the grid's cells are the
# page's): a gap ending there is kept.
GRID_LAG = 0.5  # cells a CJK character's printed width runs past its one cell
GRID_LAG_SLACK = 2  # cells more (the glue before a Latin word, the grid's rounding)
GUTTER_SHARE = 0.18  # of the lines with text start a segment at one place (±1): the gutter
MIN_GUTTER = 10  # cells from the margin a gutter is at least
_GRID_GAP = re.compile(r"(?<=\S)( {2,})(?=\S)")
# Figures to the line's end, two at least ("62.4 48.7 31.2", "27   19   14", "78.6a 74.2a"): a
# table's row, its cells set apart however narrow the gap before them.
_FIGURE = r"[-+]?\d[\d.,%～~–—/-]*[a-z]?"  # 62.4, 8～10, 78.6a
_FIGURES = re.compile(f"{_FIGURE}(?: +{_FIGURE})+ *$")
GUTTER_INDENT = 4  # cells past the gutter a right column's first line may start (its indent)
MAX_LEFT_LEAD = 4  # cells from the margin a left column's line starts at most (its indent)


def grid_gutter(lines: list[str]) -> int | None:
    """Where the right column's text starts on a grid text's lines (after a gap or as a line's
    lead), when enough of them start at one place (±1); None for a text of one column."""
    starts: Counter[int] = Counter()
    texts = 0
    for line in lines:
        body = line.replace("\f", "")
        if not body.strip():
            continue
        texts += 1
        lead = len(body) - len(body.lstrip(" "))
        if lead >= MIN_GUTTER:
            starts[lead] += 1
        starts.update(m.end(1) for m in _GRID_GAP.finditer(body) if m.end(1) >= MIN_GUTTER)
    if not starts:
        return None
    best = max(sorted(starts), key=lambda s: starts[s - 1] + starts[s] + starts[s + 1])
    return best if starts[best - 1] + starts[best] + starts[best + 1] >= GUTTER_SHARE * texts else None


def without_lag(raw_lines: list[str], gutter: int | None) -> list[str]:
    """A grid text's lines with the gaps its CJK characters' lag made (see :data:`GRID_LAG`) closed
    to one space; a gap ending at the gutter (or an indent past it), before a row of figures, or
    wider than the lag explains (a table's cells, a column's line beside a short one) stays, its
    text where it was on the grid."""
    out: list[str] = []
    for raw in raw_lines:
        if "  " not in raw.strip():
            out.append(raw)
            continue
        body = raw.replace("\f", "")
        lead = len(body) - len(body.lstrip(" "))
        pieces = [body[:lead]]
        length = lead
        start = lead
        for match in _GRID_GAP.finditer(body, lead):
            segment = body[start : match.start(1)]
            pieces.append(segment)
            length += len(segment)
            end = match.end(1)
            lag = GRID_LAG * len(HAN_RE.findall(segment)) + GRID_LAG_SLACK
            if len(match.group(1)) <= lag and (gutter is None or not gutter - 1 <= end <= gutter + GUTTER_INDENT) \
                    and not _FIGURES.match(body, end):
                pieces.append(" ")
                length += 1
            else:
                pieces.append(" " * (end - length))
                length = end
            start = end
        pieces.append(body[start:])
        out.append("\f" * raw.count("\f") + "".join(pieces))
    return out


def _grid_line(body: str, gutter: int) -> str:
    """What a grid text's line (no padding) holds: ``"right"`` (text from the gutter on),
    ``"left"`` (text ending before it), ``"both"`` (nothing across it: a line of each column),
    ``"across"`` (a title's line, an abstract's) or ``"blank"``."""
    if not body.strip():
        return "blank"
    lead = len(body) - len(body.lstrip(" "))
    if lead >= gutter - 1:
        return "right"
    if len(body) < gutter - 1:
        return "left"
    return "both" if not body[gutter - 3 : gutter - 1].strip() else "across"


def grid_columns_begin(raw_lines: list[str], gutter: int) -> int:
    """The index of a two-column grid text's first line of its columns (the lines before it: the
    first page's front matter, one column): the first line holding both columns (a left line at
    the margin, the right one at the gutter or an indent past it), or the first line of the right
    column alone with a left line at the margin among the two lines with text after it — a
    producer that sets the columns' baselines apart (Chromium) prints no row of both for many
    lines, and its right column's first lines stood before the left's (round s11). The whole text
    when none is found."""
    bodies = [raw.replace("\f", "").rstrip(" ") for raw in raw_lines]
    kinds = [_grid_line(body, gutter) for body in bodies]
    for k, body in enumerate(bodies):
        lead = len(body) - len(body.lstrip(" "))
        if kinds[k] == "both" and lead <= MAX_LEFT_LEAD:
            rest = body[gutter - 3 :]
            if gutter - 3 + len(rest) - len(rest.lstrip(" ")) <= gutter + GUTTER_INDENT:
                return k
        if kinds[k] == "right" and lead <= gutter + GUTTER_INDENT:
            after = [j for j in range(k + 1, min(len(bodies), k + 4)) if kinds[j] != "blank"][:2]
            if any(kinds[j] == "left" and len(bodies[j]) - len(bodies[j].lstrip(" ")) <= MAX_LEFT_LEAD for j in after):
                return k
    return len(bodies)


def _is_indent(lead: str) -> bool:
    return "\u3000" in lead or "\t" in lead or len(lead) >= 2


def _lead_cells(raw: str) -> int:
    lead = raw[: len(raw) - len(raw.lstrip(_INDENT_CHARS))]
    return sum(2 if c == "\u3000" else 4 if c == "\t" else 1 for c in lead)


ROW_REST_LEAD = 3  # spaces beyond the line before's own lead: more than a paragraph's indent


def _row_rest(before: str, raw: str) -> bool:
    """Whether ``raw``'s leading spaces set it where the line ``before`` it ends: the rest of that
    printed row, which the extractor put on a line of its own (pdftotext -layout starts a line at
    a quotation mark's font and keeps its place on the row: "位社区书记说：" + "       “同一栋楼…"),
    not an indent (round 17c). Counted in characters, as -layout sets them (a mark set narrow
    before it: a character less)."""
    lead = len(raw) - len(raw.lstrip(" "))
    before = before.rstrip()
    own = len(before) - len(before.lstrip(" "))
    # A row's rest goes on with its sentence; after a sentence's end, a line set where a short last
    # line ended is the next paragraph's indent ("…晚餐。" of two cells, then an indented line: 17g's
    # grid texts, any paragraph whose last line is about as long as an indent).
    return lead >= own + ROW_REST_LEAD and len(before) - 2 <= lead <= len(before) + 1 and not ends_sentence(before)


# What the tool that saved the text added: a YAML header, page marks
# ("## Page 3", "<!-- page 3 -->", "=== Page 3 ===").
_YAML_KEY = re.compile(r"^[A-Za-z_][\w-]*\s*:")
_PAGE_MARK = re.compile(
    r"^(?:#{1,6}\s*(?:Page|页|第)\s*\d+\s*页?|<!--\s*(?:page|PageBreak|页)[^>]*-->|[=\-]{2,}\s*(?:Page|页)\s*\d+\s*[=\-]{2,})$",
    re.IGNORECASE,
)
MAX_YAML_LINES = 40
MAX_FORMULA_LINES = 40  # a "$$" not closed within this many lines opens no formula
_SOFT_HYPHEN = re.compile(r"([A-Za-z]*)\ufffe(?=([a-z]+))")
# Latin ligatures as the font drew them (U+FB00–FB06): pdftotext, pdfminer and PyMuPDF keep the
# glyph's character ("diﬀiculties"), pdfium gives the letters. The article has the letters (a
# search for "difficulties" must find it).
# A Chinese ellipsis as the CJK font draws it, centred (U+22EF "⋯⋯": pdftotext, pdfminer, PyMuPDF
# give the glyph's character): the text's "……", which ends a sentence (round 15e).
# The dash and the wave dash as the legacy GB2312 mapping names them (U+2015 HORIZONTAL BAR for
# 0xA1AA "—", U+301C WAVE DASH for 0xA1AB "～"): a Chromium PDF's CJK font maps its glyphs so,
# and pypdf and pdfminer give them ("1984―", "2〜3"); poppler and PDFium give U+2014 and U+FF5E,
# the text's dash and range mark (round 17f).
# A note's circled number as a font's dingbat (U+2780–2789 DINGBAT CIRCLED SANS-SERIF DIGIT, "➀" for
# "①"): a font without the enclosed numbers draws them from its dingbats, and pdftotext and PyMuPDF give
# those code points, mark and note alike; the article has ①–⑩ (what the notes' and marks' readers know,
# what a search finds; session 15, an author-year article's note as PyMuPDF and pdftotext -layout read it).
_LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st",
              0x22EF: "…", 0x2015: "—", 0x301C: "～", **{0x2780 + k: chr(0x2460 + k) for k in range(10)}}
_LIGATURE = re.compile("[\ufb00-\ufb06\u22ef\u2015\u301c\u2780-\u2789]")


def _soft_hyphen(match: re.Match[str], compounds: frozenset[str]) -> str:
    whole = f"{match[1]}-{match[2]}".lower()
    return f"{match[1]}-" if whole in compounds else match[1]


def _yaml_header(raw_lines: list[str]) -> int:
    """How many lines a leading YAML front matter takes (0 if there is none)."""
    if not raw_lines or raw_lines[0].strip() != "---":
        return 0
    for k in range(1, min(len(raw_lines), MAX_YAML_LINES)):
        line = raw_lines[k].strip()
        if line in ("---", "..."):
            return k + 1 if k > 1 else 0
        if line and not _YAML_KEY.match(line) and not line.startswith(("- ", "  ")) and not raw_lines[k].startswith(" "):
            return 0
    return 0


def _display_formula(ordered: list[str], index: int) -> tuple[int, str] | None:
    """A display formula opening at ``ordered[index]`` (the lines in reading order): the index
    after its last line and its TeX; None when it is not closed within :data:`MAX_FORMULA_LINES`
    (the text goes on)."""
    first = ordered[index].replace("\f", "").strip(_STRIP_CHARS)
    opening = math_opening(first)
    if opening is None:
        return None
    for end in range(index, min(len(ordered), index + MAX_FORMULA_LINES)):
        text = ordered[end].replace("\f", "").strip(_STRIP_CHARS)
        if math_closing(text, opening, end == index):
            lines = [ordered[k].replace("\f", "") for k in range(index, end + 1)]
            return end + 1, math_tex(lines, opening)
    return None


_NUMBER_ALONE = re.compile(r"\n" + FORMULA_NUMBER.pattern.removesuffix("$") + r"\n")  # a line that FORMULA_NUMBER matches whole


def _formula_numbers_paired(lines: list[Line]) -> list[Line]:
    """Displayed formulas in a row, then their numbers in a row (pdfminer groups a page's formula
    numbers, set at the column's right edge, in a box of their own: "SOR = …" / "NOR = …" / "（1）" /
    "（2）"; session 15, qirongjiao-lizi): each number goes back under its formula, in order, so
    that each formula is read with its number (``chars.formula_lines``), not run together with
    the other and the numbers into the text after them. Only where the formulas (each a line with a
    relation and no number) are as many as the numbers right after them."""
    if len(lines) < 4 or _NUMBER_ALONE.search("\n" + "\n".join([line.text for line in lines]) + "\n") is None:
        return lines  # (no line is a formula's number alone: one search over the text, not a match per line)
    out: list[Line] = []
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and _formula_body(lines[end].text):
            end += 1
        count = end - k
        numbers = end
        while numbers < len(lines) and FORMULA_NUMBER.fullmatch(lines[numbers].text.strip()):
            numbers += 1
        if count >= 2 and numbers - end == count:
            for formula, number in zip(lines[k:end], lines[end:numbers]):
                out.append(replace(formula, gap_after=False))
                out.append(replace(number, gap_after=True))
            k = numbers
            continue
        out.append(lines[k])
        k += 1
    return out


def _formula_body(text: str) -> bool:
    """A displayed formula's line without its number: with its number after it, it is one formula."""
    return may_open_formula(text) and formula_lines([text], 0) == 0 and formula_lines([text, "(1)"], 0) == 2


def split_lines(text: str) -> Lines:
    """The non-blank lines of ``text`` (already ``\\n``-separated; form feeds are page breaks)."""
    out: list[Line] = []
    page = 0
    if _LIGATURE.search(text):
        text = text.translate(_LIGATURES)
    radical_lines: list[int] = []
    folded, radicals = fold_radicals(text)
    if radicals:  # a font's radicals for ideographs (⽉ for 月, ⻔ for 门): the ideographs
        radical_lines = [k for k, line in enumerate(text.split("\n"), 1) if RADICAL_RE.search(line)]
        text = folded
    text = put_back_subscripts(text)  # (a line of lowered subscripts under its line: back in its holes)
    raw_lines = text.split("\n")
    skip = _yaml_header(raw_lines)
    marked = is_markdown(text)  # saved as Markdown: the marks are not text
    compounds: frozenset[str] | None = None
    formulas: list[str] = []
    table_lines: list[list[str]] = []  # each table's markup, its rows on consecutive lines
    table_at: list[int] = []  # the index of each table's last line
    table_start: list[int] = []  # the line number where each table began
    # (a text whose lines are not padded, nearly every one, is not looked at line by line)
    if text.count(" \n") >= PADDED_SHARE * text.count("\n") / 2 and (margin := text_margin(raw_lines)):
        raw_lines = without_margin(raw_lines, margin)
        gutter = grid_gutter(raw_lines)
        raw_lines = without_lag(raw_lines, gutter)
    else:
        margin, gutter = 0, None
    # The lines in reading order (``ordered``) and their numbers in the raw file (``numbers``).
    numbers: Sequence[int]
    # (the widths the column split measured, by the stripped line's text: a line it measured is
    # not measured again below — ``width`` is asked of every line, twice before)
    measured: dict[str, float] = {}
    if margin and gutter is None:  # one column on the grid: its lines are in their order
        numbers, ordered = range(1, len(raw_lines) + 1), raw_lines
    elif margin and "\f" not in text:  # two columns on a grid with no page's end marked
        # the front matter above the columns stays as it is; the columns below are split at the gutter
        begin = grid_columns_begin(raw_lines, gutter)
        below, ordered = in_reading_order(raw_lines[begin:])
        numbers, ordered = [*range(1, begin + 1), *(n + begin for n in below)], raw_lines[:begin] + ordered
    else:
        numbers, ordered = in_reading_order(raw_lines, unpaged=bool(margin) and "\f" not in text, measured=measured)
    skip_to = 0  # past a display formula already read
    for index, (number, raw) in enumerate(zip(numbers, ordered)):  # (each number taken in turn, not looked up)
        if index < skip_to:
            continue
        if "\f" in raw:  # a page break
            page += raw.count("\f")
            raw = raw.replace("\f", "")
        if number <= skip:
            continue
        stripped = raw.strip(_STRIP_CHARS)
        if not stripped:  # a blank line (the common case: decided before the markup's tests, which need text)
            if out:
                out[-1].gap_after = True
            continue
        if stripped and stripped[0] in "#<=-" and _PAGE_MARK.match(stripped):
            page += 1 if out else 0
            stripped = ""
        if marked and stripped[:2] in ("$$", "\\[") and (found := _display_formula(ordered, index)):
            skip_to, tex = found
            page += sum(ordered[k].count("\f") for k in range(index + 1, skip_to))
            if tex:
                out.append(Line(number, tex, False, False, width(tex), page, formula=True))
            continue
        if marked and stripped.startswith("<!--"):  # a comment (a picture's words): no text, to its end
            found = comment_end(ordered[index : index + MAX_COMMENT_LINES])
            if found is not None:
                end = index + found
                page += sum(ordered[k].count("\f") for k in range(index + 1, end + 1))
                skip_to = end + 1
                if out:
                    out[-1].gap_after = True
                # (a displayed formula PyMuPDF4LLM took for a picture: a block of text of its own)
                for piece in picture_formulas(ordered[index : end + 1]):
                    out.append(Line(number, piece, False, False, width(piece), page))
                    out[-1].gap_after = True
                continue
        if marked and stripped and is_table_markup(stripped):
            if table_lines and table_at[-1] == index - 1:  # the next row of the same table
                table_lines[-1].append(stripped)
                table_at[-1] = index
            else:
                table_lines.append([stripped])
                table_at.append(index)
                table_start.append(number)
        heading_mark = False
        if marked and stripped:
            heading_mark = is_heading_mark(stripped)
            *before, stripped = label_pieces(stripped)
            for piece in before:  # a field's text the extractor ran a bold label on into: a line apart
                if piece := plain_line(piece, formulas):
                    out.append(Line(number, piece, False, True, width(piece), page, heading_mark))
                    heading_mark = False
            *entries, stripped = entry_pieces(stripped)
            for piece in entries:  # a reference entry the next one was run on into: a line of its own
                if piece := plain_line(piece, formulas):
                    out.append(Line(number, piece, False, False, width(piece), page))
            stripped = plain_line(stripped, formulas)
        if not stripped:
            if out:
                out[-1].gap_after = True
            continue
        # pdfium marks a hyphen that ended a printed line with U+FFFE: inside
        # a line (pdfium joined the word) it goes, unless the hyphenated word
        # occurs whole elsewhere in the text ("inter-provincial", as joining.py
        # weighs a hyphen at a line's end); at a line's end it is a hyphen.
        if "\ufffe" in stripped:
            if compounds is None:
                compounds = compounds_in(text.split("\n"))
            stripped = _SOFT_HYPHEN.sub(lambda m: _soft_hyphen(m, compounds), stripped).replace("\ufffe", "-")
        indent = raw[0] in _INDENT_CHARS and _is_indent(raw[: len(raw) - len(raw.lstrip(_INDENT_CHARS))])
        if indent and index and out and not out[-1].gap_after and "\f" not in ordered[index] \
                and _row_rest(ordered[index - 1], raw):
            indent = False
        lead = _lead_cells(raw) if indent else 0
        cells = measured.get(stripped)
        # (every field given by position — number, text, indent, gap_after, width, page, heading_mark,
        # formula, lead —: a keyword makes each call build a dict, a third of the record's cost)
        out.append(Line(number, stripped, indent, False, width(stripped) if cells is None else cells, page,
                        heading_mark, False, lead))
    out = _formula_numbers_paired(out)
    followed = [line for line in out[:-1] if line.gap_after]
    widths = sorted(line.width for line in out)
    median = widths[len(widths) // 2] if widths else 0.0
    # One long line per paragraph, blank lines between: the blanks are real.
    narrow = bool(widths) and not one_line_per_paragraph(widths)
    filler = len(out) >= 2 and narrow and len(followed) >= 0.5 * (len(out) - 1)
    trust = 1.0
    if followed and narrow and not filler:  # where blanks are filler, their trust is never asked;
        # where each line is a whole block (a paragraph, a heading), so is each blank line
        trusted = sum(1 for line in followed if line.width < median - 3 or ends_sentence(line.text))
        trust = trusted / len(followed)
    tables = [(start, rows) for start, markup in zip(table_start, table_lines) if (rows := table_rows(markup))]
    return Lines(out, filler, trust, formulas, tables, radicals, radical_lines)
