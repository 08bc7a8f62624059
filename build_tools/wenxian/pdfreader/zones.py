"""What each printed line of a PDF is: the zone it belongs to, from its layout.

Zones first, then blocks within them (GROBID's cascade): every line is
labelled one of

- ``margin``: a running header or footer, or a page number — left out;
- ``head``: the first page's front matter (title, authors, affiliations,
  abstract, key words, journal fields) and its footnote (收稿日期, 基金项目, 作者简介);
- ``body``: the article's text, split into headings and paragraphs later
  (:mod:`wenxian.pdfreader.blocks`);
- ``footnote``: a page's footnotes (smaller type below the text);
- ``caption``: a figure's or table's caption and its notes (注：…, 资料来源：…);
- ``figure``: text inside a figure or a table — left out, its caption says where it was;
- ``references``: the reference list, from its heading on;
- ``tail``: front matter after the list (the English title and abstract, 作者简介).

Each decision keeps its reason (``Zoned.why``) for ``wenxian import --explain``.
The evidence is the line's position on the page, its size against the body
text's, gaps and rules around it, repetition across pages, and the labels
the text importer knows (:mod:`wenxian.importer.markers`).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from wenxian.importer.captions import CAPTION, LONE_LABEL, caption_kind
from wenxian.importer.chars import HAN_RE, ends_sentence
from wenxian.importer.headings import heading_style
from wenxian.importer.markers import marker_kind
from wenxian.importer.references import entry_doi
from wenxian.pdfreader.document import Graphic, Page
from wenxian.pdfreader.lines import PdfLine
from wenxian.pdfreader.regions import RULE_MAX_HEIGHT, find_regions

MARGIN_BAND = 0.09  # share of the page height at top and bottom where running heads and feet stand
SMALLER = 0.95  # a line this much smaller than the body text is small type
LEADING_GAP = 1.6  # a vertical gap this many times the body leading separates zones
LABEL_REACH = 2.0  # leadings: small type this close to a drawing is its label (axis names, values)
MIN_LATER_CHARS = 300  # characters after the first page that are enough to tell the body's size
NOTE_SIZES = 0.5  # points: a page's footnotes share one size; small type this much apart above them is other text
FOOTNOTE_FROM = 0.5  # footnotes stand below this share of the page height
BLOCK_STEP = 2.0  # sizes: the next line of a block stands at most this far below the line before
_PAGE_NUMBER = re.compile(r"^[-—–·•\s]*(?:第\s*)?\d{1,4}(?:\s*页)?[-—–·•\s]*$")
_CAPTION = re.compile(r"^(?:(?:图|表|附图|附表|续表)\s*[0-9０-９A-Z][0-9０-９.\-－–]*|(?:Fig\.?|Figure|Table)\s*\d+)")
_NUMBER_OF = re.compile(r"[0-9０-９A-Z]+")
_LATIN = re.compile(r"^[A-Za-z]")
CAPTION_NOTE = re.compile(r"^(?:注|资料来源|数据来源|说明)\s*[:：]")
_FOOTNOTE_MARK = re.compile(r"^\s*(?:[\u2460-\u2473\u2776-\u2793]|\*)")
_REFERENCES_EN = re.compile(r"^(?:References|Bibliography)\s*[:：]?$", re.IGNORECASE)
# An abstract's or its key words' label: the front matter, never a footnote, however small its type.
_FRONT_LABELS = frozenset({"abstract", "keywords", "en_abstract", "en_keywords"})
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")
HEAD_KINDS = ("abstract", "keywords", "journal", "en_abstract", "en_keywords")


@dataclass
class Zoned:
    line: PdfLine
    zone: str = "body"
    why: str = ""


@dataclass
class Layout:
    """Facts about the document the decisions compare against."""

    body_size: float
    leading: float
    columns: dict[tuple[int, int], tuple[float, float]] = field(default_factory=dict)  # (page, column) → left, right


MIN_MEASURED = 5  # lines of body type a column's edges are measured on, at least (else another page's)


def measure(lines: list[PdfLine]) -> Layout:
    """The body text's size, its line spacing, each column's edges.

    The body size is the size most characters have between the first page
    (whose head — abstracts in two languages, a footnote — may outweigh the
    text in a short article) and the reference list (small type too); the
    first page counts when the rest is short.
    """
    sizes, later = Counter(), Counter()
    for line in lines:
        if marker_kind(line.text) == "references" or _REFERENCES_EN.match(line.text):
            break
        sizes[round(line.size, 1)] += line.count
        if line.page > lines[0].page:
            later[round(line.size, 1)] += line.count
    if sum(later.values()) >= MIN_LATER_CHARS:
        sizes = later
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    steps = []
    for a, b in zip(lines, lines[1:]):
        if a.page == b.page and a.column == b.column and abs(a.size - body) < 0.3 and abs(b.size - body) < 0.3:
            step = b.top - a.top
            if 0 < step < 3 * body:
                steps.append(step)
    leading = statistics.median(steps) if steps else body * 1.5
    layout = Layout(body, leading)
    by_column: dict[tuple[int, int], list[PdfLine]] = {}
    for line in lines:
        if abs(line.size - body) < 0.3:
            by_column.setdefault((line.page, line.column), []).append(line)
    for key, members in by_column.items():
        lefts = Counter(round(line.x0) for line in members)
        rights = Counter(round(line.x1) for line in members)
        left = lefts.most_common(1)[0][0] if len(members) > 2 else min(lefts)
        # The rightmost edge a fifth of the lines end at; a ragged column (a guide's code, lines of
        # every length) has none, and takes the edge a fifth of its lines reach or pass.
        fifth = max(1, len(members) // 5)
        shared = [r for r, n in rights.items() if n >= fifth]
        right = max(shared) if shared else sorted(round(line.x1) for line in members)[-fifth]
        layout.columns[key] = (float(left), float(right))
    # A column of a few lines (a paragraph of one line at the top of the last page, and the English
    # authors' centred line, round 16c: the paragraph's indent was read as the column's edge, and
    # it ran into the one before) takes the edges the same column has on the pages measured on
    # more lines, those of its page's parity first (a book's odd and even pages may differ).
    measured = {key: edges for key, edges in layout.columns.items() if len(by_column[key]) >= MIN_MEASURED}
    for (page, column), members in by_column.items():
        if len(members) >= MIN_MEASURED:
            continue
        like = [edges for (p, c), edges in measured.items() if c == column and p % 2 == page % 2] \
            or [edges for (p, c), edges in measured.items() if c == column]
        if like:
            layout.columns[(page, column)] = Counter(like).most_common(1)[0][0]
        elif column and (page, 0) in measured:
            # A side column no page measures, on a page of lines across it (a one-column page
            # where a gutter was found beside a short line: "1.2 方法" alone, under a table, the
            # side's one line): the page's column, not the line's own ends (it was never short).
            layout.columns[(page, column)] = measured[(page, 0)]
    return layout


def _mask(text: str) -> str:
    return _SPACE.sub("", _DIGITS.sub("#", text))


def _margins(pages: dict[int, Page], lines: list[PdfLine], layout: Layout) -> dict[int, str]:
    """Running heads and feet, page numbers: index → reason."""
    by_page: dict[int, list[int]] = {}
    for k, line in enumerate(lines):
        by_page.setdefault(line.page, []).append(k)
    masks = Counter()
    for members in by_page.values():
        for mask in {_mask(lines[k].text) for k in members}:
            masks[mask] += 1
    out: dict[int, str] = {}
    for number, members in by_page.items():
        page = pages[number]
        ordered = sorted(members, key=lambda k: lines[k].top)
        for edge, band in ((ordered[:4], "top"), (list(reversed(ordered[-4:])), "bottom")):
            for position, k in enumerate(edge):
                line = lines[k]
                inside = line.bottom < page.height * MARGIN_BAND if band == "top" else line.top > page.height * (1 - MARGIN_BAND)
                if not inside:
                    break
                # Set off from the text block: a gap wider than between two lines of text, or a rule.
                rest = [lines[j] for j in members if j != k and j not in out]
                if band == "top":
                    gap = min((o.top for o in rest if o.top > line.top), default=page.height) - line.bottom
                else:
                    gap = line.top - max((o.bottom for o in rest if o.bottom < line.bottom), default=0.0)
                apart = gap > layout.body_size or _ruled_off(page, line, band)
                text = line.text
                if _PAGE_NUMBER.match(text) and (apart or position == 0):
                    out[k] = f"page number at the {band} of page {number}"
                elif not apart:
                    break
                elif masks[_mask(text)] >= 2 and len(text) <= 60:
                    out[k] = f"repeated at the {band} of {masks[_mask(text)]} pages"
                elif number > 1 and line.size < layout.body_size * SMALLER:
                    out[k] = f"small type set off at the {band} of page {number}"
                else:
                    break
    return out


def _ruled_off(page: Page, line: PdfLine, band: str) -> bool:
    """A rule drawn just below a running head (or just above a running foot)."""
    for g in page.graphics:
        if g.kind == "path" and g.bottom - g.top <= RULE_MAX_HEIGHT and g.x1 - g.x0 > (line.x1 - line.x0) * 0.8:
            if band == "top" and 0 <= g.top - line.bottom <= line.size * 1.5:
                return True
            if band == "bottom" and 0 <= line.top - g.bottom <= line.size * 1.5:
                return True
    return False


def _regions(page: Page) -> list[Graphic]:
    """Figures and tables on a page (:mod:`wenxian.pdfreader.regions`), found when its lines were read."""
    return page.regions if page.regions is not None else find_regions(page, [])


def _labels(line: PdfLine, region: Graphic, layout: Layout) -> bool:
    """Small type just above, below or beside a drawing: its axis names, values, legend."""
    if region.kind == "table" or line.size >= layout.body_size * SMALLER:
        return False
    reach = LABEL_REACH * layout.leading
    return (region.top - reach <= line.top and line.bottom <= region.bottom + reach
            and line.x0 >= region.x0 - reach and line.x1 <= region.x1 + reach)


def _inside(line: PdfLine, region: Graphic) -> bool:
    middle = (line.top + line.bottom) / 2
    overlap = min(line.x1, region.x1) - max(line.x0, region.x0)
    return region.top - 1 <= middle <= region.bottom + 1 and overlap > 0.5 * (line.x1 - line.x0)


def zone_lines(pages: dict[int, Page], lines: list[PdfLine]) -> tuple[list[Zoned], Layout]:
    """Label every line with its zone (see the module's docstring)."""
    layout = measure(lines)
    zoned = [Zoned(line) for line in lines]
    first_page = lines[0].page if lines else 0
    margins = _margins(pages, lines, layout)
    # A note in small type at a page's foot, under the word processor's short rule, opening with
    # a number raised in its page's body ("1问卷由…" for "…问卷 1 236 份¹；"), is that mark's
    # footnote, not the page's running foot.
    raised = raised_numbers([z for k, z in enumerate(zoned) if k not in margins])
    margins = {k: why for k, why in margins.items() if not (why.startswith("small type") and numbered_note(zoned[k], raised))}
    for k, why in margins.items():
        if lines[k].page == first_page and lines[k].top < pages[first_page].height / 2 and not _PAGE_NUMBER.match(lines[k].text):
            # The first page's running head names the journal, its year, volume, issue: front matter.
            zoned[k].zone, zoned[k].why = "head", f"the first page's running head ({why})"
        else:
            zoned[k].zone, zoned[k].why = "margin", why
    regions = {number: _regions(page) for number, page in pages.items()}
    _figures_and_captions(zoned, regions, layout)
    _footnotes(zoned, pages, layout)
    _references_and_tail(zoned)
    _head(zoned, layout)
    _stray_labels(zoned)
    return zoned, layout


def _stray_labels(zoned: list[Zoned]) -> None:
    """A caption's English twin whose label ("Table 1", "Fig. 1") was printed apart from its
    title by a wide gap comes out as a line of its own, elsewhere on the page (even taken for
    a footnote). Where the page has the Chinese caption of that kind and number and its twin's
    title stands without a label, the label goes back in front of the title."""
    for k, item in enumerate(list(zoned)):
        lone = LONE_LABEL.match(item.line.text)
        if not lone or not lone.group("en") or item.zone not in ("body", "footnote"):
            continue
        kind = "table" if lone.group("en") == "Table" else "figure"
        for j, cn in enumerate(zoned):
            match = CAPTION.match(cn.line.text) if cn.zone == "caption" and cn.line.page == item.line.page else None
            if match is None or match.group("cn") is None or caption_kind(cn.line.text) != kind \
                    or _NUMBER_OF.search(cn.line.text[: match.start("title")]).group(0) != lone.group("n"):
                continue
            twin = zoned[j + 1] if j + 1 < len(zoned) else None
            if twin is None or twin.zone != "caption" or CAPTION.match(twin.line.text) or not _LATIN.match(twin.line.text):
                break
            zoned.remove(item)
            zoned.insert(zoned.index(twin), item)
            item.zone, item.why = "caption", "its caption's twin label, printed apart from the twin's title"
            break


def _figures_and_captions(zoned: list[Zoned], regions: dict[int, list[Graphic]], layout: Layout) -> None:
    for item in zoned:
        if item.zone != "body":
            continue
        line = item.line
        text = line.text
        region = next((r for r in regions.get(line.page, []) if _inside(line, r)), None) or next(
            (r for r in regions.get(line.page, []) if _labels(line, r, layout)), None)
        if _CAPTION.match(text) and caption_kind(text) and _caption_like(line, layout, regions.get(line.page, [])):
            item.zone, item.why = "caption", "figure or table number, centred or beside a figure/table"
        elif region is not None:
            item.zone, item.why = "figure", f"inside a {region.kind} drawn on page {line.page}"
    # Wrapped captions and notes under a figure or table.
    for a, b in zip(zoned, zoned[1:]):
        if a.zone == "caption" and b.zone in ("body", "figure") and b.line.page == a.line.page:
            gap = b.line.top - a.line.bottom
            centred = abs(b.line.center - a.line.center) < layout.body_size
            # A caption set in small type does not go on in body type: that is the paragraph under it.
            body_after_small = a.line.size < layout.body_size * SMALLER <= b.line.size
            # An English twin's last words, centred under its first line, where the table's region
            # takes in the caption too (its top the running header's rule right above a table set
            # at the page's top): the twin's, not a cell.
            twin_tail = b.zone == "figure" and _LATIN.match(a.line.text) is not None and _LATIN.match(b.line.text) is not None \
                and any(_inside(a.line, r) and _inside(b.line, r) for r in regions.get(b.line.page, []))
            # (A word processor's line boxes overlap a little: a gap just below 0 is the next line.)
            if -OVERLAP * a.line.size <= gap < layout.leading and (centred and (b.zone == "body" or twin_tail) and not _CAPTION.match(b.line.text)
                                               and b.line.x1 - b.line.x0 < a.line.x1 - a.line.x0 + layout.body_size
                                               and not body_after_small):
                b.zone, b.why = "caption", "centred continuation of a caption"
        if a.zone in ("figure", "caption") and b.zone == "body" and CAPTION_NOTE.match(b.line.text):
            b.zone, b.why = "caption", "a note under a figure or table"
        elif a.zone == "caption" and b.zone == "body" and b.line.size < layout.body_size * SMALLER \
                and a.line.page == b.line.page and 0 <= b.line.top - a.line.bottom < layout.leading:
            b.zone, b.why = "caption", "small type continuing a caption note"


OVERLAP = 0.3  # share of its size by which a caption's line box may overlap the next one's


def _caption_like(line: PdfLine, layout: Layout, regions: list[Graphic]) -> bool:
    left, right = layout.columns.get((line.page, line.column), (line.x0, line.x1))
    centred = abs(line.center - (left + right) / 2) < 2 * layout.body_size and line.x0 > left + layout.body_size
    near = any(abs(line.top - r.bottom) < 4 * layout.leading or abs(r.top - line.bottom) < 4 * layout.leading
               for r in regions)
    return centred or near or line.bold or line.size < layout.body_size * SMALLER


def _footnotes(zoned: list[Zoned], pages: dict[int, Page], layout: Layout) -> None:
    """Small type at the foot of a column, set off from the text above it by a gap or a short rule."""
    groups: dict[tuple[int, int], list[Zoned]] = {}
    for item in zoned:
        if item.zone in ("body",):
            groups.setdefault((item.line.page, item.line.column), []).append(item)
    for (number, column), members in groups.items():
        members.sort(key=lambda z: z.line.top)
        run: list[Zoned] = []
        for item in reversed(members):
            # Small type, in one block: a wide gap ends the footnote area (above it: other text).
            if item.line.size < layout.body_size * SMALLER and (
                    not run or run[-1].line.top - item.line.bottom < LEADING_GAP * layout.leading):
                run.append(item)
            else:
                break
        if any(marker_kind(item.line.text) in _FRONT_LABELS for item in run):
            continue  # an abstract set in small type down to the first page's foot ("Abstract: …"): front matter
        if not run:
            continue
        # Where the small type is of two sizes, the notes' own (the lowest line's) alone, when the
        # whole is not set off: a block quotation in small type ending right above the notes'
        # rule (the rule lies between the two, not above the quotation).
        notes = []
        for item in run:
            if abs(item.line.size - run[0].line.size) >= NOTE_SIZES:
                break
            notes.append(item)
        for candidate in (run, notes) if len(notes) < len(run) else (run,):
            if _foot_notes(candidate, members, groups, number, column, pages, layout):
                break


def _foot_notes(run: list[Zoned], members: list[Zoned], groups: dict[tuple[int, int], list[Zoned]], number: int,
                column: int, pages: dict[int, Page], layout: Layout) -> bool:
    """Zone ``run`` (small type at the foot of page ``number``'s column, lowest line first) as the
    page's footnotes when it is set off from the text above it; whether it was."""
    whole = len(run) == len(members)
    if whole and column != 0:
        return False
    if any(marker_kind(item.line.text) == "references" or _REFERENCES_EN.match(item.line.text)
           for item in run):
        return False  # a reference list set in small type at the page's foot: not its footnotes
    run = list(run)
    while run and run[-1].line.top < pages[number].height * FOOTNOTE_FROM:
        run.pop()  # footnotes stand in the lower part of the page
    if not run:
        return False
    first = run[-1]
    if whole:
        # A note spanning both columns under a two-column page's text (its lines alone among
        # the page's spanning lines): the text above it is the columns' lowest line.
        columns = [z for (page, col), items in groups.items() if page == number and col != 0
                   for z in items if z.line.bottom <= first.line.top]
        if not columns:
            return False
        above = max(columns, key=lambda z: z.line.bottom)
    else:
        above = members[len(members) - len(run) - 1]
    gap = first.line.top - above.line.bottom
    rule = any(g.kind == "path" and g.bottom - g.top <= RULE_MAX_HEIGHT and above.line.bottom <= g.top <= first.line.top
               for g in pages[number].graphics)
    if rule or gap > layout.leading * 0.9:
        for item in run:
            item.zone, item.why = "footnote", f"small type at the foot of page {number}" + (" under a rule" if rule else "")
        return True
    return False


MAX_EN_HEAD = 8  # lines of an English title, names and affiliations between a list and "Abstract:"


def _references_and_tail(zoned: list[Zoned]) -> None:
    start = next((k for k, z in enumerate(zoned) if z.zone == "body" and (
        marker_kind(z.line.text) == "references" or _REFERENCES_EN.match(z.line.text))), None)
    if start is None:
        return
    tail = False
    listed = [item for item in zoned[start:] if item.zone in ("body", "footnote")]
    for k, item in enumerate(listed):
        kind = marker_kind(item.line.text)
        if kind == "journal" and not tail and entry_doi(
                item.line.text, listed[k + 1].line.text if k + 1 < len(listed) else None,
                _block_above(listed, k)):
            kind = None  # an entry's DOI on a line (a page) of its own, the next entry after it
        if kind in HEAD_KINDS or kind == "journal":
            tail = True
        if tail:
            item.zone, item.why = "tail", "front matter after the reference list"
        else:
            item.zone, item.why = "references", "after the reference list's heading"
    # The English title and authors stand before "Abstract:": Latin lines between the list and it.
    # Their type sets them apart (bold, or larger than the abstract's); the affiliations under the
    # names may be in the abstract's type, and a page's running head may stand between them.
    first_tail = next((k for k, z in enumerate(zoned) if z.zone == "tail"), None)
    if first_tail is not None:
        size = zoned[first_tail].line.size
        run: list[int] = []
        k = first_tail - 1
        while k > start and len(run) < MAX_EN_HEAD and (zoned[k].zone == "margin" or (
                zoned[k].zone == "references" and not re.match(r"^\s*[\[［【]?\s*\d", zoned[k].line.text)
                and not re.search(r"[\u4e00-\u9fff]", zoned[k].line.text))):
            if zoned[k].zone == "references":
                run.append(k)
            k -= 1
        top = next((k for k in reversed(run) if zoned[k].line.bold or zoned[k].line.size > size), None)
        for k in run:
            if top is not None and k >= top:
                zoned[k].zone, zoned[k].why = "tail", "English title, authors and affiliations before the English abstract"


def _block_above(listed: list[Zoned], k: int) -> str | None:
    """The text of the line just above ``listed[k]`` when the two are one block (the next line
    of the same column, a line step apart) and the line after ``k`` is not (set off by a gap, or
    none): the last entry's line a DOI line belongs to."""
    if k == 0:
        return None
    line, above = listed[k].line, listed[k - 1].line
    if above.page != line.page or above.column != line.column or line.top - above.top > BLOCK_STEP * line.size:
        return None
    after = listed[k + 1].line if k + 1 < len(listed) else None
    if after is not None and after.page == line.page and after.top - line.top <= BLOCK_STEP * line.size:
        return None
    return above.text


# The note's number before its first word, or before the opening mark of a title or a quotation
# ("3《…》原计划…", "1“…”一语…").
_BARE_NUMBER_NOTE = re.compile(r"^\s*(\d{1,2})(?=\s*(?:[^\W\d_]|[《“‘（(「『〈]))")


def raised_numbers(zoned: list[Zoned]) -> set[tuple[int, str]]:
    """(page, number) of every bare number raised in a body line — a word processor's footnote
    mark ("…口袋公园建设¹，"), unless a citation: its note at the page's foot opens with the same
    number in the note's type ("1本文所称…"). A number raised in one run with a citation mark
    after it ("…汇编³⁽¹⁷⁾": the note's mark, then the work's) counts as well."""
    return {(z.line.page, piece) for z in zoned if z.zone == "body" for run in z.line.runs() if run.superscript
            for piece in raised_pieces(run.text.strip())[:1] if piece.isdigit() and len(piece) <= 2}


# A footnote's mark and a citation's raised in one run: the note's mark first ("3[17]", "③[17]":
# a word processor raises both where a sentence ends with a note and a work), or a circled or
# starred mark after the citation ("[17]③"). A bare number after a bracket is no note's mark: it
# is the cited page ("[6]45").
_NOTE_THEN_MARKS = re.compile(r"^([\u2460-\u2473\u2776-\u2793]|\*+|\d{1,2})\s*([\[［].*[\]］])$")
_MARKS_THEN_NOTE = re.compile(r"^([\[［].*[\]］])\s*([\u2460-\u2473\u2776-\u2793]|\*+)$")


def raised_pieces(text: str) -> list[str]:
    """A raised run's text as the marks it holds: a footnote's mark and a citation's, side by side
    in one run, as two pieces in their order; any other run as itself."""
    match = _NOTE_THEN_MARKS.match(text) or _MARKS_THEN_NOTE.match(text)
    return [match.group(1), match.group(2)] if match else [text]


def numbered_note(item: Zoned, raised: set[tuple[int, str]]) -> str | None:
    """The number a footnote line opens with, where the same number stands raised in its page's
    body: the note of that mark."""
    match = _BARE_NUMBER_NOTE.match(item.line.text)
    return match.group(1) if match and (item.line.page, match.group(1)) in raised else None


def _head(zoned: list[Zoned], layout: Layout) -> None:
    """Page 1 up to the end of its last front-matter field; its footnote with 收稿日期 and the like."""
    first_page = [z for z in zoned if z.line.page == zoned[0].line.page] if zoned else []
    last_field = None
    # The article's first section heading ("一、引言", "1 引言") ends the front matter: a field in
    # small type after it is the first page's footnote (收稿日期 printed as a column's last line,
    # a table beside it across the gutter), not the head's end.
    opened = next((k for k, z in enumerate(first_page) if z.zone == "body" and heading_style(z.line.text) is not None
                   and marker_kind(z.line.text) is None and z.line.size >= layout.body_size * SMALLER), len(first_page))
    for k, item in enumerate(first_page):
        if item.zone == "body" and marker_kind(item.line.text) in HEAD_KINDS:
            if k > opened and item.line.size < layout.body_size * SMALLER:
                item.zone, item.why = "head", "a journal field in small type after the first heading: the page's footnote"
                continue
            last_field = k
    for item in first_page:
        if item.zone == "footnote" and marker_kind(item.line.text) == "journal":
            item.zone, item.why = "head", "first page's footnote with journal fields"
    # Lines of the same footnote run on under a field, up to the next marked note (a circled mark,
    # a raised one, or a number that stands raised in the page's body).
    raised = raised_numbers(first_page)
    in_fields = False
    for item in sorted((z for z in first_page if z.zone in ("footnote", "head") and z.line.size < layout.body_size * SMALLER),
                       key=lambda z: (z.line.column, z.line.top)):
        if item.zone == "head" and marker_kind(item.line.text) == "journal":
            in_fields = True
        elif item.zone == "footnote" and (_FOOTNOTE_MARK.match(item.line.text) or item.line.runs()[0].superscript
                                          or numbered_note(item, raised) is not None):
            in_fields = False
        elif item.zone == "footnote" and in_fields:
            item.zone, item.why = "head", "continues a journal field in the first page's footnote"
    if last_field is None:
        # No labelled field: the head is what stands above the first body-size text.
        for item in first_page:
            if item.zone != "body":
                continue
            if abs(item.line.size - layout.body_size) < 0.3 and not item.line.bold:
                break
            item.zone, item.why = "head", "above the first line of body text on page 1"
        return
    end = last_field
    # The last field runs on over the lines that continue it: same size, no gap, no heading.
    while end + 1 < len(first_page):
        a, b = first_page[end].line, first_page[end + 1].line
        if first_page[end + 1].zone != "body" or marker_kind(b.text) is not None:
            break
        if abs(b.size - a.size) > 0.3 or b.bold != a.bold or b.top - a.bottom > layout.leading or abs(b.x0 - a.x0) > 2 * a.size:
            break
        end += 1
    for item in first_page[: end + 1]:
        if item.zone in ("body", "caption"):
            item.zone, item.why = "head", "page 1, before the end of the front matter"
    _head_run_on(zoned, first_page)


_EN_FRONT = ("en_abstract", "en_keywords")


def _head_run_on(zoned: list[Zoned], first_page: list[Zoned]) -> None:
    """The English front matter run on at the top of the next page: page 1's English abstract
    cut mid-sentence by the page's end goes on in Latin lines ("…length of stay, the" /
    "Harris hip score and …"), and its key words ("Key words: …") may stand there too, with
    the Latin lines they wrap onto. No Chinese line belongs to it: the body starts there."""
    label = next((z for z in reversed(first_page) if z.zone == "head" and marker_kind(z.line.text) in _EN_FRONT), None)
    if label is None:
        return
    at = first_page.index(label)
    last = label
    for z in first_page[at + 1 :]:
        if z.zone != "head" or marker_kind(z.line.text) is not None:
            break
        last = z
    page = first_page[0].line.page + 1
    following = [z for z in zoned if z.line.page == page and z.zone == "body"]
    run_on = marker_kind(label.line.text) == "en_abstract" and not ends_sentence(last.line.text)
    for z in following:
        text = z.line.text
        if HAN_RE.search(text):
            break
        kind = marker_kind(text)
        if kind == "en_keywords":
            run_on = True
        elif kind is not None or not run_on:
            break
        z.zone, z.why = "head", "the English front matter run on from page 1"
