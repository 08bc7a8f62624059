"""A page's blocks in reading order, where the extractor scrambled them.

Plain ``pdftotext`` reads a two-column page block by block (a block: lines
between blank lines) and sometimes emits the blocks in the wrong order: the
top of the right column before the left column, a section heading before the
paragraph that ends the previous section, a heading after the reference list.
The order of a page's blocks is decided here from weighed evidence
(:data:`wenxian.importer.evidence.ORDER`):

- a block ending mid-sentence wants a successor that starts as a continuation
  (its first line as wide as the column: no paragraph indent, no heading),
  the more so where a dictionary word runs across the join
  (:mod:`wenxian.importer.lexicon`: "高水平的对" + "外开放" → 对外开放);
- a heading is followed by a paragraph's first line, which is indented (short);
- heading numbers run forwards (1 → 2 → 2.1); citations first appear in
  increasing order (GB/T 7714 顺序编码制: [1] before [2-3] before [4]);
- body text does not follow the reference list on the same page;
- a two-column page reads as two columns of about equal length, each in the
  extractor's own order;
- prior: the extractor's order. Every pair of neighbours it did not have costs.

Candidates are the extractor's order, every order that moves one block, and
every split of the blocks into two columns that keeps each column in the
extractor's order (left column first) — on a page of more blocks than
``evidence.MAX_ORDER_BLOCKS`` (pdfminer sets every heading and paragraph
apart), the splits a beam search keeps, and such an order must win by more. Another order than the extractor's is
taken only when it beats it by a margin; the decision and its reasons go to
``--explain``. Front-matter blocks (abstract, key words, the first page's
footnote, the English block) stay where they are. Only texts that keep blank
lines between blocks and page breaks (form feeds) are searched, and only
pages where the extractor's order shows a fault.

Before the blocks are ordered, a long block whose lines alternate between the
two columns (pdftotext emits them by height when it fails to see the gutter)
is split into the two columns' lines: see :func:`_streams`. Two lines on one
baseline come joined by a space: they are cut apart (:func:`_split_joined`),
and their parts tell which stream is the left column. A two-column page's
column is the band of widths most of its body lines fall in
(:func:`_page_column`), the text's width the abstract's (:func:`_text_width`).

Where the gutter is narrow, pdftotext prints the two columns' lines alternately, each between
blank lines, so many that the text's blank lines are filler (round 11f): a two-column page's
body blocks are then one run (:func:`_interleaved_runs`), split into the columns the same way,
lines printed together weighing for one stream; no other block order is searched in such a text.
A run is searched from MIN_RUN_LINES lines (the first page's, under a long front matter, is short),
and a split that goes over between most lines printed apart needs RUN_GAIN_IN_TURN (session 14).
pdfminer gives such a page in bands instead (round 14d): the left column's lines of a stretch of the
page's height, then the right column's (:func:`_band_split`); a text's habit is told from its joins
(:func:`_column_runs`).

A join's evidence is given by the names of ``evidence.ORDER`` (the ``features`` of :func:`_line_joins`'
join) and weighed as a sum, so that the split's weights can be checked against a fit
(``benchmarks/importcorpus/fit_split.py``; session 15: fitted leaving articles out, they found the
gold split in a few more blocks but fewer paragraphs: the hand weights were kept).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from wenxian.importer import evidence, headings, raised
from wenxian.importer.captions import caption_kind
from wenxian.importer.chars import FORMULA_NUMBER, HAN_RE, LATIN_RE, LATIN_SLACK, ends_sentence, formula_lines, width
from wenxian.importer.layout import _CLOSING
from wenxian.importer.lexicon import phrase_across, phrases, word_across
from wenxian.importer.lines import Line, Lines, one_line_per_paragraph
from wenxian.importer.markers import _FIRST as _FIELD_FIRST
from wenxian.importer.markers import marker_kind

_CITE = re.compile(r"[\[［]\s*(\d{1,3}(?:\s*[,，、\-–—~]\s*\d{1,3})*)\s*[\]］]")
# A reference entry's number opening a line — not a citation mark wrapped to a line's
# start, which punctuation follows ("[5]。村民…").
_ENTRY = re.compile(r"^[\[［]\s*(\d{1,3})\s*[\]］](?!\s*[。，、；：！？）,.;:!?)])")
_ARABIC = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,2})(?![\d.])")
# A sentence announcing a list ("主要表现在以下两个方面。", "具体如下：") and a list's first item.
_ANNOUNCES = re.compile(r"(?:点|方面|如下|下列|以下)[。：:]$|[：:]$")
_FIRST_ITEM = re.compile(r"^\s*(?:1|１|（1）|\(1\)|①)(?!\d)")
_PROSE = re.compile(r"[，。、；：？！,;]")
_CUT_END = re.compile(r"[A-Za-z0-9][-–]$")  # a line ending inside a range or a word, at its hyphen
_TAIL_START = re.compile(r"[0-9a-z]")  # … and the line its rest opens (digits, a lower-case letter)
SHORT = 1.5  # cells a first line falls short of the column by, at least, when it is indented (by 2)
TWO_COLUMNS = 0.6  # a page's body narrower than this share of the text's widest lines is one of two columns
INDENTED = (2.0, 3.0)  # cells an indented first line falls short of the column by (its indent is 2; a full line with Latin letters or a citation mark: 1.5 at most)
FULL = 1.5  # cells a full line may fall short of the column by (a citation mark, Latin letters)
HEADING_LINES = 2.0
MIN_COLUMN_LINES = 5  # body lines a page's column is measured on, at least (else on all its lines after the abstract)
MIN_STREAM_LINES = 12  # a block this long may hold the lines of both columns (on dev, none shorter came near STREAM_GAIN)
# … but a run of blocks (plain pdftotext's narrow gutter, its lines printed apart: see
# _interleaved_runs) this long: there the blank lines between the columns' lines already say the
# run is no one stream, and RUN_GAIN decides. The first page's run under a long front matter (the
# abstracts, the key words, the first page's footnote under both columns) holds ten lines or so,
# and read in a row it ran the right column's lines into the first paragraph (session 14: dev
# twocol-narrow plain pdftotext paragraphs 0.564 → 0.568, word-twocol 0.497 → 0.504; 6 lost a
# text's page that 9 kept)
MIN_RUN_LINES = 9
MIN_STREAM_JOINS = 6  # mid-sentence joins a block needs for its order to be judged
MAX_WORD_SHARE = 0.25  # … and the share of them a word runs across, at most, for it to be searched
RESUME_AFTER = 5  # lines of one stream in a row after which the other is taken to have ended (ORDER["stream_resumed"])
# … the evidence the split of such a run must add up to: its blocks, lines cut apart by blank
# lines that pdftotext set between the columns' lines, already say the order is not one stream
# (dev, plain pdftotext and pdfminer on the narrow gutter: where the split was right, 1.0 to 2.4
# a line; where pdfminer's blocks were out of order, no two streams, 0.2 to 0.65; 0.6, 0.7, 0.8
# tried, 0.7 best)
RUN_GAIN = 15.0
# … but a split that goes over between most lines printed apart (_alternating: the columns came a
# line of each in turn, plain pdftotext's habit) needs only this much and RUN_GAIN_PER_LINE a line:
# RUN_GAIN was set where runs were twelve lines long at least (MIN_STREAM_LINES), and a first page's
# run of nine or ten lines under a long front matter made 12 to 15 where its split was right
# (session 14, dev articles tuned on: plain pdftotext twocol-narrow paragraphs 0.568 → 0.575,
# word-twocol 0.504 → 0.512, six texts better, none worse; 7 and 10 tried as the floor of every run,
# without the condition: plain pdftotext as good or better, but pdfminer's word-twocol lost 0.002 to
# 0.004; with it, pdfminer's texts as before but one)
RUN_GAIN_IN_TURN = 7.0
ALTERNATING = 0.8  # share of a run's lines printed apart where its split goes over (see _alternating; 0.7, 0.9 tried)
MIN_ALTERNATIONS = 6
RUN_FULL_SHARE = 0.4  # … and the share of its lines that must fill the column (a paragraph per line fills none; 0.5 lost a narrow-gutter text)
RUN_GAIN_PER_LINE = 0.7
# Bands (pdfminer's narrow gutter, round 14d: see _band_split); set on dev: a heading as one row
# (1.5 and 2.0 tried), half a row's slack (0, 1.0 tried)
BAND_HEADING_ROWS = 1.0  # rows a heading takes in a band
BAND_SLACK = 0.5  # rows by which a band's two parts may differ at no cost
BAND_WINDOW = 3.0  # … and beyond which a band is not tried
# … the evidence a banded split must add over the run read in a row (dev, pdfminer's narrow
# layout: 15 and 25 as good; 0 to 10 split runs the joins could not tell apart, several texts worse)
BAND_GAIN = 20.0
# … but a split that reads the run's first rows one printed row at a time (a line of the left column,
# a line of the right), then the rest of each column whole, only as much as this (see _top_rows):
# pdfminer reads a page's top so where the columns' first baselines meet, and a split of that one
# shape, one cut and a few rows, is no chance fit of the joins (dev, session 12: word-twocol pdfminer
# paragraphs 0.341 → 0.367, twocol-narrow 0.540 → 0.546, no text worse; 3 and 6 alike, 10 kept
# four texts' gains, 0 lost a narrow text). Where the bands' best split is of another shape or too
# weak, the best split of that shape (up to MAX_TOP_ROWS rows across) is taken when it is worth as
# much as the bands' best and gains BAND_TOP_GAIN (word-twocol 0.367 → 0.386, twocol-narrow 0.546 →
# 0.547, none worse; without the first condition twocol-narrow lost six texts, 0.546 → 0.530)
BAND_TOP_GAIN = 6.0
STREAM_GAIN = 50.0  # the evidence a split of a block into two columns' lines must add up to (dev: 62 to 163 where they were interleaved, at most 41 where not)
# … and of it, what the lines say (their joins, an unfinished stream), not the going over
# (``ORDER["stream_switch"]`` each time), this much a line: a page read column by column
# (pdftotext -raw, PyMuPDF) splits into two streams going over at every other line as well, and
# that prior alone made splits of 47 to 67 (round 12c; dev: 0.85 to 1.7 a line from the lines
# where plain pdftotext's lines were interleaved, 0.71 in the tests' interleaved blocks, 0.06 to
# 0.37 where a page was read column by column)
STREAM_LINES_GAIN = 0.5
ACROSS = 1.25  # a line wider than this many columns runs across both (a column's entry in small type: a cell or two wider)
MIN_LISTED = 3  # entries a reference list shows, at least, for its last number to bound the citations
MAX_MOVES = 2  # blocks moved one at a time from the best candidate order, at most (see _Page.moved_on)
SPACE_CELL = 0.25  # cells a space between a Chinese character and a Latin one (or two Latin words) prints
MAX_UNCROSS = 3  # crossings mended in a run's split, at most (see _uncross)
UNCROSS_GAIN = 1e-9  # what mending one must add to the split's evidence


def _exact(value: float) -> bool:
    """Whether ``value`` is a multiple of 2**-10 of at most 2**20: sums of a few thousand such
    terms are exact floats (at most 2**32 in 53 bits), the same in any order or grouping."""
    return abs(value) <= 1048576.0 and (value * 1024.0).is_integer()


@dataclass
class _Block:
    lines: list[Line]
    first_new: bool  # starts anew: a heading, a run-in lead, an indent or a short first line
    first_full: bool  # starts as a continuation: full width, no heading
    open_end: bool  # ends mid-sentence (not a heading)
    heading_end: bool  # its last line is a heading
    numbers: list[tuple[str, tuple[int, ...]]]  # heading numbers inside, ("ar", (2, 1)) / ("cn1", (2,))
    cites: list[int]  # the numbers cited, in order
    references: bool  # holds the reference list (its label or its entries)
    entries: list[int]  # the numbers of the reference entries it opens ("[6] BAKER S…" → 6), in order
    whole: bool  # its lines follow each other in the text (not one of two streams split from interleaved lines)
    size: float  # the height it takes in a column, in text lines


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[int(q * (len(ordered) - 1) + 0.5)] if ordered else 0.0


def _page_column(widths: list[float], wide: float, plain: list[float] | None = None) -> float:
    """A page's column width: the PAGE_COLUMN_QUANTILE of its lines' widths; on a page of
    two columns (narrower than TWO_COLUMNS of the text's widest lines), the width most of
    its lines reach (full lines, and first lines short by their indent: within
    INDENTED[1] below it; the wider of equals). There, a quantile is pulled
    up by lines that are no column's lines: two columns' lines joined where their
    baselines met (plain pdftotext), reference entries with Latin text, a footnote across
    both columns.

    ``plain``: the widths of the lines that are no reference entry's first line. An entry set
    in small type prints a cell or two wider than a body line, and where a column holds the
    list (the narrow layout's last page: ten entries beside twelve full lines) the band moved up
    to the entries: a full line stretched to 19 cells in a 20-cell column then read as an
    indented first line, and the page's columns were split wrong (round 12b). The band is
    measured on the other lines, unless it falls below the band of all lines by more than an
    indent (a page of the list alone: its other lines are the entries' short continuations)."""
    column = _quantile(widths, evidence.PAGE_COLUMN_QUANTILE)
    if column >= TWO_COLUMNS * wide or not widths:
        return column
    column = _band(widths)
    if plain and len(plain) >= MIN_COLUMN_LINES:
        without = _band(plain)
        if without >= column - INDENTED[1]:
            return without
    return column


def _band(widths: list[float]) -> float:
    """The width most lines reach: full lines, and first lines short by their indent (within
    INDENTED[1] below it); the wider of equals."""
    reach = {c: sum(1 for w in widths if c - INDENTED[1] <= w <= c) for c in set(widths)}
    return max(reach, key=lambda c: (reach[c], c))


def _heading_number(text: str) -> tuple[str, tuple[int, ...]] | None:
    style = headings.heading_style(text)
    if style is None:
        return None
    if style.startswith("ar"):
        match = _ARABIC.match(text)
        return ("ar", tuple(int(x) for x in match.group(1).split("."))) if match else None
    number = headings.heading_number(text)
    return (number[0], (number[1],)) if number else None


def _cited(text: str, listed: int | None = None) -> list[int]:
    """The numbers a line cites, in order. ``listed``: the reference list's last entry's number;
    a bracket holding a number beyond it cites nothing (a scale's range "[10, 50]" beside a list of
    22: read as citations, it ran backwards after [7] and a split's right reading lost to a wrong
    one on gaoxiao-xinli's page 2; round 15c)."""
    out: list[int] = []
    if _ENTRY.match(text):
        return out
    for match in _CITE.finditer(text):
        if text[: match.start()].rstrip()[-1:] in ("∈", "="):
            continue  # an interval in a formula
        numbers: list[int] = []
        for part in re.split(r"[,，、]", match.group(1)):
            ends = [int(x) for x in re.split(r"[-–—~]", part) if x.strip()]
            if len(ends) == 2 and 0 < ends[1] - ends[0] < 50:
                ends = list(range(ends[0], ends[1] + 1))  # [1-3] cites 2 as well: a later [2] is no new number
            numbers.extend(n for n in ends if 0 < n < 1000)
        if listed is None or all(n <= listed for n in numbers):
            out.extend(numbers)
    return out


# An entry's number where an entry may open: at a line's start or after a space (the right column's
# entry on a line joined with the left column's), the entry's text after it (no punctuation).
_ENTRY_OPENS = re.compile(r"(?:^|\s)[\[［]\s*(\d{1,3})\s*[\]］]\s*(?=[^\s。，、；：！？）,.;:!?)\]])")


def _listed(lines: list[Line]) -> int | None:
    """The number of the reference list's last entry: the highest number opening an entry's text
    (a raised mark alone on its line is none; a body's mark read as one only raises the bound);
    None without three such numbers at least."""
    numbers = [int(m.group(1)) for line in lines for m in _ENTRY_OPENS.finditer(line.text)]
    return max(numbers) if len(numbers) >= MIN_LISTED else None


# A citation mark alone on its line ("[12]", "[3,5]"), and a Chinese sentence's end before it.
_MARK_ALONE = re.compile(r"^[\[［]\s*\d{1,3}(?:\s*[,，、\-–—~]\s*\d{1,3})*\s*[\]］]$")
_CN_SENTENCE_END = re.compile(r"[。！？][”’」』）)]*$")


def _mark_alone(lines: list[Line], k: int) -> bool:
    """Whether line ``k`` is a raised citation mark printed on a line of its own under the sentence
    it closes (a block quotation's last line "团体订购百册以上者，照价八折。" / "[12]": -layout and pdfminer set the
    mark a row apart), not a reference entry's number: a list's entry ends with a Latin full stop,
    a body's sentence with a Chinese one (session 13: the mark made its block a reference list, and
    the page's body text after it was moved away as text after the list)."""
    return k > 0 and _MARK_ALONE.match(lines[k].text.strip()) is not None \
        and _CN_SENTENCE_END.search(lines[k - 1].text.rstrip()) is not None


def _block(lines: list[Line], column: float, listed: int | None = None) -> _Block:
    first, last = lines[0], lines[-1]
    # Latin letters, digits and the spaces around them print wider than their counted width
    # ("放率 q ∈ [0, 1] 表示…" fills a column at 17 cells): such a line is judged more loosely.
    slack = LATIN_SLACK if LATIN_RE.search(first.text) else 0.0
    # A heading, or a reference entry's number: the block starts anew.
    first_heading = headings.heading_style(first.text) is not None or _ENTRY.match(first.text) is not None
    new = (
        first_heading
        or headings.run_in_lead(first.text) is not None
        or first.indent
        # short: an indented first line — but a lone short line ending a sentence is as
        # likely a paragraph's last line, its column's top (pdftotext -layout cuts a column
        # into one-line blocks where the other column's lines are missing)
        or (first.width < column - SHORT - slack and (len(lines) > 1 or not ends_sentence(first.text)))
    )
    lone_end = len(lines) == 1 and ends_sentence(first.text)  # a paragraph's last line, alone (see new)
    full = not first_heading and not first.indent and (first.width >= column - FULL - slack or lone_end)
    numbers = [n for line in lines if (n := _heading_number(line.text))]
    # (or a heading's wrapped tail under it — short of the column, no sentence's mark in it — after a
    # heading's line that reached the column: "2.2 大型底栖动物群落：基于 2019 年和" / "2023 年两次调查的比较")
    last_heading = headings.heading_style(last.text) is not None or (
        len(lines) > 1 and headings.heading_style(lines[-2].text) is not None
        and (last.width < column / 2 or lines[-2].width >= column - FULL - slack and last.width < column - FULL - slack
             and not _PROSE.search(last.text) and headings.can_continue(lines[-2].text, last.text))
    )
    cited = [n for line in lines for n in _cited(line.text, listed)]
    size = sum(HEADING_LINES if headings.heading_style(line.text) else 1.0 for line in lines)
    entries = [int(m.group(1)) for k, line in enumerate(lines) if (m := _ENTRY.match(line.text)) and not _mark_alone(lines, k)]
    return _Block(
        lines,
        first_new=new,
        first_full=full,
        # (three lines or more without a punctuation mark are no prose: a figure's labels, a table's cells)
        open_end=not last_heading and not ends_sentence(last.text) and HAN_RE.search(last.text) is not None
        and (len(lines) < 2 or any(_PROSE.search(line.text) for line in lines)),
        heading_end=last_heading,
        numbers=numbers,
        cites=cited,
        references=any(marker_kind(line.text) == "references" for line in lines) or bool(entries),
        entries=entries,
        whole=all(b.number == a.number + 1 for a, b in zip(lines, lines[1:])),
        size=size,
    )


def _movable(lines: list[Line], entries: bool = False) -> bool:
    """Body text may move; a front-matter block (abstract, footnote, English block) stays.
    ``entries``: in the block order, so may a block of reference entries without a Chinese
    character (English entries; round 15c: the bundled article's entries [5]…[11], printed
    before the list's label and [1]…[4], stayed there, and the list was cut at [4]). Such a
    block still ends a run of interleaved lines (:func:`_interleaved_runs`): taken into the runs
    too, it moved six narrow texts' splits, three of them for the worse."""
    kind = marker_kind(lines[0].text)
    if kind is not None and kind != "references":
        return False
    return any(HAN_RE.search(line.text) for line in lines) or (entries and _ENTRY.match(lines[0].text) is not None)


def _sides(blocks: range, bits: int) -> tuple[list[int], list[int]]:
    """``blocks`` in the left column and in the right, block ``blocks[k]`` in the right where bit k
    of ``bits`` is set."""
    return [i for k, i in enumerate(blocks) if not bits >> k & 1], [i for k, i in enumerate(blocks) if bits >> k & 1]


class _Page:
    def __init__(self, blocks: list[_Block], start_open: bool, last_page: bool, cited: set[int]) -> None:
        self.blocks = blocks
        self.cited = cited  # numbers cited on the pages before
        self.start_open = start_open  # the page before ended mid-sentence
        self.last_page = last_page
        n = len(blocks)
        # Pairwise order evidence, computed once: before[i][j] = features when i precedes j.
        self.pair: dict[tuple[int, int], dict[str, float]] = {}
        for i in range(n):
            for j in range(n):
                if i != j:
                    features = self._pair(blocks[i], blocks[j])
                    if features:
                        self.pair[(i, j)] = features
        self.total = sum(b.size for b in blocks)
        # Caches for the search's inner loop (:meth:`value`), by block index (-1: the page's start).
        self._adjacency: dict[tuple[int, int], dict[str, float]] = {}
        self._adjacency_value: dict[tuple[int, int], float] = {}
        weights = evidence.ORDER
        # The pairs whose order weighs (most pairs weigh nothing): (i, j, value when i precedes j).
        self._weighed_pairs = [
            (i, j, sum(weights[name] * v for name, v in features.items())) for (i, j), features in self.pair.items()
        ]
        self._top_cited = max(cited, default=0)
        self._cites = [b.cites for b in blocks]
        self._citing = any(self._cites)  # (a block citing nothing adds nothing)
        # What the terms after the neighbours' can add to :meth:`value`, at most: where the pairs'
        # and the citations' terms are none of them positive (as with the fitted weights), the
        # balance's weight (or 0). Rounding is monotone, so adding terms ≤ 0 to a float sum never
        # raises it: a value is at most (neighbours' sum) + this bound, computed as one float sum.
        # With a positive term possible, no bound (None): every candidate is valued in full.
        positive = weights["citation_order"] > 0 or any(value > 0 for _, _, value in self._weighed_pairs)
        self._bound = None if positive else max(0.0, weights["balanced_columns"])

    @staticmethod
    def _pair(a: _Block, b: _Block) -> dict[str, float]:
        features: dict[str, float] = {}
        cn1 = any(s == "cn1" for blk in (a, b) for s, _ in blk.numbers)
        if any(
            sa == sb and ka > kb and (sa != "cn2" or not cn1) for sa, ka in a.numbers for sb, kb in b.numbers
        ):
            features["heading_order"] = 1.0
        if a.references and not b.references and (b.numbers or any("。" in line.text for line in b.lines)):
            features["after_references"] = 1.0  # body text (a heading, a sentence), not an entry's wrapped tail
        if a.entries and b.entries and a.entries[0] > b.entries[-1] and a.whole and b.whole:
            # A list's entries ([6]…[18] before [1]…[5]) read in their numbers' order. Not between
            # the two streams of interleaved lines: their order was weighed when they were split.
            features["entry_order"] = 1.0
        return features

    def _adjacent(self, a: int, b: int) -> dict[str, float]:
        """The features of block ``b`` right after block ``a`` (-1: at the page's start)."""
        key = (a, b)
        if key not in self._adjacency:
            self._adjacency[key] = self._weigh_adjacent(self.blocks[a] if a >= 0 else None, self.blocks[b], self.start_open)
        return self._adjacency[key]

    def _adjacent_value(self, a: int, b: int) -> float:
        """:meth:`_adjacent` weighed (the same sum, once per pair)."""
        key = (a, b)
        value = self._adjacency_value.get(key)
        if value is None:
            weights = evidence.ORDER
            value = self._adjacency_value[key] = sum(weights[name] * v for name, v in self._adjacent(a, b).items())
        return value

    @staticmethod
    def _weigh_adjacent(a: _Block | None, b: _Block, start_open: bool) -> dict[str, float]:
        open_end = a.open_end if a is not None else start_open
        if a is not None and b.entries and _ENTRY.match(b.lines[0].text) and (
            marker_kind(a.lines[-1].text) == "references" or (a.entries and b.entries[0] == a.entries[-1] + 1)
        ):
            return {}  # the list's label, or its entry before, then the next entry: the list goes on (no dangling end)
        if open_end:
            if a is not None and _CUT_END.search(a.lines[-1].text) and _TAIL_START.match(b.lines[0].text):
                # "…2023, 35(3): 49-" / "56.": a page range (a word, an address) cut at its
                # hyphen goes on at the next block's first line, however short that is.
                return {"continues": 1.0}
            if b.first_full and not b.first_new:
                if a is None:
                    return {"continues": 1.0}
                across = word_across(a.lines[-1].text, b.lines[0].text)
                return {"continues": 1.0, "word_across" if across else "no_word_across": 1.0}
            if b.first_new:
                return {"dangling": 1.0}
            return {}
        if a is not None and a.heading_end and b.first_full:
            return {"heading_then_continuation": 1.0}
        return {}

    def features(self, order: list[int]) -> dict[str, float]:
        out: dict[str, float] = {}

        def add(features: dict[str, float]) -> None:
            for name, value in features.items():
                out[name] = out.get(name, 0.0) + value

        previous = -1
        for k, i in enumerate(order):
            add(self._adjacent(previous, i))
            if k and order[k - 1] + 1 != i:
                add({"moved": 1.0})
            previous = i
        for x, y in combinations(order, 2):
            if (x, y) in self.pair:
                add(self.pair[(x, y)])
        # Numeric citations first appear in increasing order: a block that
        # cites a new number below one already cited runs backwards.
        seen, top = set(self.cited), max(self.cited, default=0)
        for i in order:
            new = [n for n in self.blocks[i].cites if n not in seen]
            if new and min(new) < top:
                add({"citation_order": 1.0})
            seen.update(new)
            top = max([top, *new])
        if self._balanced(order):
            add({"balanced_columns": 1.0})
        return out

    def value(self, order: list[int], *, whole: bool = True, beat: float | None = None) -> float | None:
        """``score(features(order))``, computed without the feature dictionaries (the search's inner loop).
        ``whole=False``: ``order`` holds only some of the blocks (the beam's partial splits), so
        the columns' balance, a property of the whole page, is not weighed.

        The terms are added in the order :meth:`features` meets them (neighbours, then pairs in
        the order ``combinations(order, 2)`` yields them, then citations), so the sum is the same
        float whatever the weights; terms that are zero (pairs whose order weighs nothing, blocks
        citing nothing) are not added, which changes no sum.

        ``beat``: the search needs the value only if it is above ``beat``; ``None`` is returned once
        the neighbours' sum shows it cannot be (see :attr:`_bound`), the rest not computed."""
        weights = evidence.ORDER
        moved = weights["moved"]
        adjacency = self._adjacency_value
        total = 0.0
        previous = -1
        for i in order:
            value = adjacency.get((previous, i))
            if value is None:
                value = self._adjacent_value(previous, i)
            total += value
            if previous >= 0 and previous + 1 != i:
                total += moved
            previous = i
        if beat is not None and self._bound is not None and total + (self._bound if whole else 0.0) <= beat:
            return None
        if self._weighed_pairs:
            position = [-1] * len(self.blocks)
            for k, i in enumerate(order):
                position[i] = k
            hits = []
            for i, j, value in self._weighed_pairs:
                a, b = position[i], position[j]
                if 0 <= a < b:
                    hits.append((a, b, value))
            if hits:
                hits.sort()
                for _, _, value in hits:
                    total += value
        if self._citing:
            cites, cited, added, top = self._cites, self.cited, set(), self._top_cited
            for i in order:
                if not cites[i]:
                    continue
                new = [n for n in cites[i] if n not in cited and n not in added]
                if new and min(new) < top:
                    total += weights["citation_order"]
                added.update(new)
                top = max([top, *new])
        if whole and self._balanced(order):
            total += weights["balanced_columns"]
        return total

    def _balanced(self, order: list[int]) -> bool:
        """Two columns of about equal length, each in the extractor's order."""
        n = len(order)
        if self.last_page or n < 2:
            return False
        # sorted_before[k]: order[:k] runs in the extractor's order; sorted_from[k]: order[k:] does.
        sorted_before = [True] * (n + 1)
        for k in range(2, n + 1):
            sorted_before[k] = sorted_before[k - 1] and order[k - 2] <= order[k - 1]
        sorted_from = [True] * (n + 1)
        for k in range(n - 2, -1, -1):
            sorted_from[k] = sorted_from[k + 1] and order[k] <= order[k + 1]
        height = 0.0
        tolerance = evidence.BALANCE_TOLERANCE * self.total
        for k in range(1, n):
            height += self.blocks[order[k - 1]].size
            if abs(2 * height - self.total) <= tolerance and sorted_before[k] and sorted_from[k]:
                return True
        return False

    def score(self, features: dict[str, float]) -> float:
        return sum(evidence.ORDER[name] * value for name, value in features.items())

    def faulty(self) -> bool:
        """Whether the extractor's order shows a fault that another order could mend."""
        prior = self.features(list(range(len(self.blocks))))
        faults = ("dangling", "heading_then_continuation", "heading_order", "citation_order", "after_references", "entry_order")
        return any(prior.get(name) for name in faults)

    def candidates(self) -> list[list[int]]:
        n = len(self.blocks)
        seen: set[tuple[int, ...]] = set()
        out: list[list[int]] = []

        def put(order: list[int]) -> None:
            key = tuple(order)
            if key not in seen:
                seen.add(key)
                out.append(order)

        prior = list(range(n))
        put(prior)
        for i in range(n):  # one block moved
            rest = prior[:i] + prior[i + 1 :]
            for k in range(n):
                put(rest[:k] + [i] + rest[k:])
        if n <= evidence.MAX_ORDER_BLOCKS:
            # Two columns, each in the extractor's order: block i in the right column where bit i
            # of the mask is set. (Each half of the mask's bits gives its blocks' sides from a
            # table made once: two lists joined per mask, not a pass over the blocks.)
            low = n // 2
            low_sides = [_sides(range(low), bits) for bits in range(1 << low)]
            high_sides = [_sides(range(low, n), bits) for bits in range(1 << (n - low))]
            for mask in range(1, 2**n - 1):
                (low_left, low_right), (high_left, high_right) = low_sides[mask & ((1 << low) - 1)], high_sides[mask >> low]
                put(low_left + high_left + low_right + high_right)
        else:
            for left, right in self._column_beam():
                if left and right:
                    put(left + right)
        return out

    def moved_on(self, order: list[int], score: float) -> tuple[list[int], float]:
        """``order`` (valued ``score``) with one block moved at a time while that gains
        (MAX_MOVES times at most): the best split into two columns may still hold a block that
        pdftotext printed out of its column's order (a paragraph's start after its
        continuation: nongcun-dianshang's page 3, round 15c), which no candidate of
        :meth:`candidates` has — they move one block of the extractor's order, or split it. A move
        is taken only where it also leaves fewer new citations out of turn and no more headings:
        moves for the joins alone won by chance on pdfminer's pages of many blocks (dev paragraphs
        0.79 → 0.76), and for the headings, by a table's numbers read as headings' ("18.5")."""
        n = len(order)
        faults, heads = self._out_of_turn(order)
        for _ in range(MAX_MOVES):
            if not faults:
                break
            best, best_score = None, score + 1e-9
            for i in range(n):
                rest = order[:i] + order[i + 1 :]
                for k in range(n):
                    if k == i:
                        continue
                    moved = rest[:k] + [order[i]] + rest[k:]
                    value = self.value(moved, beat=best_score)
                    if value is not None and value > best_score:
                        cites, heading = self._out_of_turn(moved)
                        if cites < faults and heading <= heads:
                            best, best_score = moved, value
            if best is None:
                break
            order, score = best, best_score
            faults, heads = self._out_of_turn(order)
        return order, score

    def _out_of_turn(self, order: list[int]) -> tuple[float, float]:
        """New citations, and pairs of headings, that run backwards in ``order``."""
        features = self.features(order)
        return features.get("citation_order", 0.0), features.get("heading_order", 0.0)

    def _column_beam(self) -> list[tuple[list[int], list[int]]]:
        """Two-column splits for a page of too many blocks to try every split (pdfminer
        sets each heading and paragraph apart): the blocks are given to the left or the
        right column one by one in the extractor's order, keeping the
        :data:`~wenxian.importer.evidence.ORDER_BEAM` best partial splits by their value.

        Each partial split's value is grown from its parent's (:meth:`_grown_beam`) where every
        term of it is exact (:func:`_exact`); else every split is valued from scratch
        (:meth:`_scratch_beam`). Both give the same splits in the same order."""
        beam = self._grown_beam()
        return beam if beam is not None else self._scratch_beam()

    def _scratch_beam(self) -> list[tuple[list[int], list[int]]]:
        """:meth:`_column_beam`, each partial split valued from scratch by :meth:`value` (the
        cost grows with the square of the page's blocks)."""
        beam: list[tuple[list[int], list[int]]] = [([], [])]
        for i in range(len(self.blocks)):
            grown = [(left + [i], right) for left, right in beam] + [(left, right + [i]) for left, right in beam]
            grown.sort(key=lambda split: -self.value(split[0] + split[1], whole=False))  # stable: ties keep the extractor's side
            beam = grown[: evidence.ORDER_BEAM]
        return beam

    def _grown_beam(self) -> list[tuple[list[int], list[int]]] | None:
        """:meth:`_scratch_beam`'s splits, each valued from its parent's value by what block ``i``
        changes: put on the left column's end (``left + [i] + right``), it takes the join between
        the columns' place (the two joins around it); on the right column's end, it adds the join
        after the last block. The pairs whose order weighs add their terms with ``i`` (every block
        before ``i`` is in the split, so appending on the right adds the same pairs' terms for
        every split); the citations are read again from the left column's end (the state there is
        kept per split).

        Assumes :meth:`value` with ``whole=False`` is the sum of three parts — the neighbours'
        terms (:meth:`_adjacent_value`, ``moved``), the weighed pairs in order, ``citation_order``
        per block citing a new number out of turn — and nothing else; a term added to
        :meth:`value` must be added here too (``tests/importer/test_fast_paths.py`` compares both
        beams on random pages). The sums are regrouped (a term taken away, parts added apart):
        that gives the same float as :meth:`value`'s sum in its own order only where every sum is
        exact, so every term is checked by :func:`_exact` (a multiple of 2**-10, as every weight in
        ``evidence.ORDER`` is now); None (value from scratch) where one is not."""
        weights = evidence.ORDER
        moved, citation = weights["moved"], weights["citation_order"]
        if not (_exact(moved) and _exact(citation) and all(_exact(value) for _, _, value in self._weighed_pairs)):
            return None
        n = len(self.blocks)
        into: list[list[tuple[int, float]]] = [[] for _ in range(n)]  # into[j]: (i, value of i before j)
        for i, j, value in self._weighed_pairs:
            into[j].append((i, value))
        out_of: list[list[tuple[int, float]]] = [[] for _ in range(n)]  # out_of[i]: (j, value of i before j)
        for i, j, value in self._weighed_pairs:
            out_of[i].append((j, value))
        cites, cited = self._cites, self.cited
        exact = True

        def join(a: int, b: int) -> float:  # the neighbours' terms of b right after a (-1: the page's start)
            nonlocal exact
            value = self._adjacency_value.get((a, b))
            if value is None:
                value = self._adjacent_value(a, b)
            if not _exact(value):
                exact = False
            return value + moved if a >= 0 and a + 1 != b else value

        def read(state: tuple[frozenset[int], int, int], blocks) -> tuple[frozenset[int], int, int]:
            """The citations' state (numbers added, top, faults) after ``blocks`` (see :meth:`value`)."""
            added, top, faults = state
            for k in blocks:
                if not cites[k]:
                    continue
                new = [m for m in cites[k] if m not in cited and m not in added]
                if new and min(new) < top:
                    faults += 1
                added = added.union(new)
                top = max([top, *new])
            return added, top, faults

        # A split: (left, right, right's bits, neighbours' sum, pairs' sum, citations after left,
        # after both, the right column's blocks that cite).
        start = (frozenset(), self._top_cited, 0)
        beam = [([], [], 0, 0.0, 0.0, start, start, [])]  # (the right column's blocks also as bits)
        for i in range(n):
            block_cites = [i] if cites[i] else []
            ahead = 0.0  # the pairs' terms of every block before i, before i
            for _, value in into[i]:
                ahead += value
            grown = []
            for left, right, bits, near, pairs, at_left, at_end, citing in beam:
                last = left[-1] if left else -1
                gain = join(last, i)
                if right:
                    gain += join(i, right[0]) - join(last, right[0])
                around = 0.0
                for j, value in into[i]:  # (every block before i is in the split: in the left column or the right)
                    if not bits >> j & 1:
                        around += value
                for j, value in out_of[i]:
                    if j < i and bits >> j & 1:
                        around += value
                for_left = read(at_left, block_cites)
                grown.append((left + [i], right, bits, near + gain, pairs + around, for_left,
                              read(for_left, citing) if citing else for_left, citing))
            for left, right, bits, near, pairs, at_left, at_end, citing in beam:
                last = right[-1] if right else (left[-1] if left else -1)
                grown.append((left, right + [i], bits | 1 << i, near + join(last, i), pairs + ahead, at_left,
                              read(at_end, block_cites), citing + block_cites))
            if not exact:
                return None
            grown.sort(key=lambda split: -(split[3] + split[4] + citation * split[6][2]))  # stable: ties keep the extractor's side
            beam = grown[: evidence.ORDER_BEAM]
        return [(left, right) for left, right, *_ in beam]


def _pages(lines: list[Line]) -> list[list[Line]]:
    pages: list[list[Line]] = []
    for line in lines:
        if not pages or line.page != pages[-1][-1].page:
            pages.append([])
        pages[-1].append(line)
    return pages


def _split_blocks(page: list[Line]) -> list[list[Line]]:
    """Runs of lines with no blank line between them (nor a removed header or footer)."""
    blocks: list[list[Line]] = [[]]
    for k, line in enumerate(page):
        blocks[-1].append(line)
        if line.gap_after or (k + 1 < len(page) and page[k + 1].number != line.number + 1):
            blocks.append([])
    return [b for b in blocks if b]


def _glue(groups: list[list[Line]], column: float) -> list[list[Line]]:
    """Blocks the extractor cut where no reader would: a heading's wrapped tail
    (a short line after a heading) and a paragraph's indented first line in a
    box of its own (one short line ending mid-sentence, a full-width line after it), and a displayed
    formula's number alone in a box of its own right after the formula ("ηt = Nt /N0" / blank /
    "(1)", pdftotext; session 13: set far apart as two blocks, the number went after the other
    column's text and the formula, with no number, ran into its lead-in)."""
    out: list[list[Line]] = []
    for group in groups:
        if out and len(group) == 1 and out[-1][-1].page == group[0].page:
            prev = out[-1][-1]
            if FORMULA_NUMBER.fullmatch(group[0].text.strip()) and formula_lines([prev.text, group[0].text], 0) == 2:
                out[-1] = out[-1] + group
                continue
            tail = (
                headings.heading_style(prev.text) is not None
                and group[0].width < column - 3
                and headings.can_continue(prev.text, group[0].text)
            )
            if tail:
                out[-1] = out[-1] + group
                continue
        if (
            out
            and len(out[-1]) == 1
            and out[-1][0].page == group[0].page
            and headings.heading_style(out[-1][0].text) is None
            and not ends_sentence(out[-1][0].text)
            and marker_kind(out[-1][0].text) is None
            and out[-1][0].width < column - SHORT
            and group[0].width >= column - FULL
            and headings.heading_style(group[0].text) is None
        ):
            out[-1] = out[-1] + group
            continue
        out.append(group)
    return out


def _split_joined(line: Line, column: float, run: bool = False) -> list[Line]:
    """A line holding both columns' lines, joined by one space where their baselines met. In a
    run of blocks (:func:`_interleaved_runs`, round 11f) a reference entry's line is not cut,
    nor after a part without a Chinese character, and a right part may be a numbered heading
    ("…互通， 2.1 案例选择"); a block pdftotext printed whole is cut as before (round 9b)."""
    if line.width <= column + 1.0 or " " not in line.text:
        return [line]
    text = line.text
    if run and _ENTRY.match(text):
        return [line]  # a reference entry, in small type: wider than a body line, yet one column's
    # The left column's line is full, or a paragraph's first line (short by its indent,
    # which the join lost), a paragraph's last line (ending a sentence), or a heading.
    cuts = [
        k for k in range(1, len(text) - 1)
        if text[k] == " "
        and (HAN_RE.match(text[k + 1]) or text[k + 1] in "（【“" or (run and headings.heading_style(text[k + 1 :]) is not None))
        and (not run or HAN_RE.search(text[:k]) is not None)  # no reference's type mark ("[J]. 中国…")
        and (
            column - INDENTED[1] <= width(text[:k]) <= column + 1.5
            or ends_sentence(text[:k])
            or headings.heading_style(text[:k]) is not None
        )
    ]
    if run and len(cuts) > 1:  # "…互通， 2.1 案例选择": the right column's line a heading, cut before its number
        cuts = [k for k in cuts if headings.heading_style(text[k + 1 :]) is not None]
    if len(cuts) != 1:
        return [line]
    left, right = text[: cuts[0]], text[cuts[0] + 1 :]
    return [
        Line(line.number, left, line.indent, False, width(left), line.page),
        Line(line.number, right, False, line.gap_after, width(right), line.page),
    ]


def _reads_badly(group: list[Line], column: float) -> bool:
    """Whether a block's own order reads badly: few words run across its
    mid-sentence joins (43 % of true joins have one, 5 % of false ones). Only
    such a block is searched for two columns' interleaved lines."""
    tested = words = 0
    for line, nxt in zip(group, group[1:]):
        if line.width >= column - FULL and not ends_sentence(line.text) and headings.heading_style(nxt.text) is None:
            tested += 1
            words += word_across(line.text, nxt.text) is not None
    return tested >= MIN_STREAM_JOINS and words <= MAX_WORD_SHARE * tested


def _line_joins(lines: list[Line], column: float, run: bool = False, known: frozenset[str] = frozenset()):
    """``join(a, b)``: the evidence that line ``b`` comes right after line ``a`` in its column.
    ``known``: the document's own phrases (:func:`wenxian.importer.lexicon.phrases`); one made
    across the join weighs as a dictionary word does."""
    slack = [LATIN_SLACK if LATIN_RE.search(line.text) else 0.0 for line in lines]
    full = [line.width >= column - FULL - slack[k] for k, line in enumerate(lines)]
    # A line's width with the spaces the extractor printed around its Latin letters and digits
    # (counted as nothing): a full line with many of them measures short by an indent and more.
    spaced = [line.width + SPACE_CELL * line.text.count(" ") for line in lines]
    # A full line, or a paragraph's indented first line (or a run-in item's): ending
    # mid-sentence, it wants its continuation next.
    runs_on = [line.width >= column - INDENTED[1] - slack[k] for k, line in enumerate(lines)]
    # A heading, or a label opening the reference list or a field: no continuation.
    heading = [headings.heading_style(line.text) is not None or marker_kind(line.text) is not None for line in lines]
    # … but a numbered title with text after its gap ("1.4 统计学方法　SPSS 25.0 软件用于数据分") is a
    # run-in title when a line as wide as the column goes on after it (headings.run_in_title, as the
    # layout reads it once the columns are apart): a paragraph's first line, wanting its continuation
    run_in = [heading[k] and not ends_sentence(line.text) and headings.run_in_title(line.text, full=True) is not None
              for k, line in enumerate(lines)]
    open_end = [
        not heading[k] and not ends_sentence(line.text) and HAN_RE.search(line.text) is not None
        for k, line in enumerate(lines)
    ]
    entry = [run and _ENTRY.match(line.text) is not None for line in lines]  # (weighed in a run only: round 11f)
    # A list's first run-in item ("1. 派费收入过低：…") and a sentence announcing a list.
    first_item = [bool((lead := headings.run_in_lead(line.text)) and _FIRST_ITEM.match(lead)) for line in lines]
    # (in a run) a table's cells among the column lines: short, no punctuation, no heading ("样本数")
    cell = [
        run and line.width < column / 2 and not _PROSE.search(line.text) and not heading[k]
        and not ends_sentence(line.text) and not entry[k] and caption_kind(line.text) is None
        for k, line in enumerate(lines)
    ]
    table = [run and caption_kind(line.text) == "table" for line in lines]
    cells_before = [0]  # (cells among the lines before each line)
    for is_cell in cell:
        cells_before.append(cells_before[-1] + is_cell)
    # (in a run) a line ending as a reference entry ends ("…出版集团, 2021."), Latin punctuation
    # inside it: the list goes on with the next entry, in the same column (round 16d)
    entry_end = [run and _ENTRY_END.search(line.text.rstrip()) is not None and _LATIN_PUNCT.search(line.text) is not None
                 for line in lines]
    # A line opening with punctuation no printed line opens with: the rest of a printed line whose
    # first piece pdftotext set apart (after a bracket, a figure's number: "较大（表 1）" / "。按照…")
    piece = [not run and line.text.startswith(_CLOSING) for line in lines]
    joins: dict[tuple[int, int], float] = {}
    weights = evidence.ORDER

    def across(a: int, b: int) -> str:
        """What runs across the join of lines a and b: a dictionary word, else a phrase of the
        document's, else nothing."""
        left, right = lines[a].text, lines[b].text
        if word_across(left, right, read=run) is not None:
            return "word_across"
        return "phrase_across" if known and phrase_across(left, right, known) is not None else "no_word_across"

    def features(a: int, b: int) -> dict[str, float]:
        """The evidence that line ``b`` comes right after line ``a`` in its column, by the names of
        ``evidence.ORDER``: :func:`join` weighs it, a fit of the weights reads it
        (benchmarks/importcorpus/fit_split.py)."""
        if b == a + 1 and lines[a].number == lines[b].number:
            return {"stream_joined": 1.0}  # the two columns' parts of one printed line: never one stream
        if piece[b] and open_end[a] and not runs_on[a]:
            return {"stream_piece": 1.0}  # "较大（表 1）" / "。按照…": the two pieces of one printed line
        if cell[b] and (table[a] or cell[a]) and cells_before[b] == cells_before[a + 1]:
            # (not over another cell: a table whose cells pdftotext printed a column's and the
            # next's in turn is not two tables, one in each stream — round s11-mixcol, where a
            # run goes on past a table's cells; dev twocol-narrow and word-twocol, none worse
            # in paragraphs on the mean, word-twocol plain pdftotext captions 32 → 44)
            return {"stream_cells": 1.0}  # a table's cells under its caption, together
        if entry[b] and entry_end[a]:
            return {"entry_follows": 1.0}  # "…出版集团, 2021." → "[2] 蒋若涵. …": the list's next entry
        if first_item[b] and _ANNOUNCES.search(lines[a].text):
            return {"announced_list": 1.0}  # "…表现在以下两个方面。" → "1. 派费收入过低："
        if run_in[a] and full[b] and not heading[b]:
            return {across(a, b): 1.0}  # a run-in title's paragraph going on
        if open_end[a]:
            if heading[b] or entry[b]:  # (a reference entry's number: a new entry, no continuation)
                return {"dangling": 1.0}
            if full[a] and open_end[b] and column - INDENTED[1] <= spaced[b] <= column - INDENTED[0]:
                # a paragraph's indented first line (short by its indent, yet ending
                # mid-sentence: no paragraph's last line) — against a word running across
                # the join, which two characters make by chance too ("例如大" + "观察…")
                found = across(a, b)
                return {"dangling": 1.0} if found == "no_word_across" else {"dangling": 1.0, found: 1.0}
            if runs_on[a]:
                return {across(a, b): 1.0}
            return {}
        if (heading[a] or not full[a]) and full[b] and not heading[b]:
            # a paragraph's first line is indented: after a heading or a paragraph's
            # last line (short, ending a sentence), a full line is no paragraph's start
            return {"heading_then_continuation": 0.5 if heading[a] else 1.0}
        return {}

    def join(a: int, b: int) -> float:
        """The evidence that line ``b`` comes right after line ``a`` in its column: :func:`features` weighed."""
        value = joins.get((a, b))
        if value is None:
            value = joins[(a, b)] = sum(weights[name] * v for name, v in features(a, b).items())
        return value

    join.features = features  # (read by benchmarks/importcorpus/fit_split.py)
    join.joins = joins  # (read by _split_values: the values weighed so far)
    return join


def _open_end(lines: list[Line], other: int) -> float:
    """The other stream than the last line's ends at line ``other``: mid-sentence, nothing continues it."""
    if other < 0 or ends_sentence(lines[other].text) or headings.heading_style(lines[other].text) is not None:
        return 0.0
    return evidence.ORDER["stream_open_end"]


def _split_value(streams: list[int], lines: list[Line], join, cites: list[list[int]], switch) -> float:
    """The evidence for a split of interleaved lines into two streams: the joins inside
    each stream, the switches between them, an unfinished stream, and citations that run
    backwards (a number cited first below one cited before it) when the two streams are
    read one after the other, in the better of the two orders."""
    weights = evidence.ORDER
    total = 0.0
    last = [-1, -1]
    for k, s in enumerate(streams):
        if last[s] >= 0:
            total += join(last[s], k)
            if k - last[s] > RESUME_AFTER:
                total += weights["stream_resumed"]  # the other column gave many lines in a row: this one had ended
        if k and streams[k - 1] != s:
            total += switch(k)
        last[s] = k
    total += weights["stream_joined"] * _crossed_sides(streams, lines)
    total += weights["stream_heading_order"] * _headings_out_of_turn(streams, lines)
    backwards = _cited_backwards(streams, lines, cites)
    return total + weights["stream_citation_order"] * backwards + _open_end(lines, last[1 - streams[-1]])


def _split_values(lines: list[Line], join, cites: list[list[int]], switch):
    """``value(streams)``: :func:`_split_value` for these lines, join, citations and switch, with
    what it asks of every line found once (the lines' switches, which lines are headings, cite, or
    are joined printed lines' left parts), for the searches that value many splits of one block
    (:func:`_refine`, :func:`_uncross`). The same terms in the same order: the same float. Assumes
    ``switch(k)`` and ``join(a, b)`` depend on their arguments alone (as made in :func:`_streams`),
    lines that are no heading change no count of :func:`_headings_out_of_turn`, and lines that
    cite nothing none of :func:`_backwards`; a term added to :func:`_split_value` must be added
    here too (``tests/importer/test_fast_paths.py`` compares both on random splits)."""
    weights = evidence.ORDER
    resumed, crossed, heading_order = weights["stream_resumed"], weights["stream_joined"], weights["stream_heading_order"]
    citation_order = weights["stream_citation_order"]
    n = len(lines)
    switches = [0.0] + [switch(k) for k in range(1, n)]
    joins = getattr(join, "joins", {})
    left_parts = [k for k in range(n - 1) if lines[k].number == lines[k + 1].number]
    heads = [(k, found) for k, line in enumerate(lines) if (found := _heading_at(line.text)) is not None]
    citing = [k for k in range(n) if cites[k]]
    open_end = [_open_end(lines, k) for k in range(n)] + [_open_end(lines, -1)]  # (index -1: no other stream)

    def value(streams: list[int]) -> float:
        total = 0.0
        last = [-1, -1]
        previous = -1
        for k, s in enumerate(streams):
            before = last[s]
            if before >= 0:
                term = joins.get((before, k))
                total += join(before, k) if term is None else term
                if k - before > RESUME_AFTER:
                    total += resumed
            if k and previous != s:
                total += switches[k]
            last[s] = k
            previous = s
        left = [streams[k] for k in left_parts]
        total += crossed * min(left.count(0), left.count(1))
        count = 0
        if heads:
            seen: list[dict[str, tuple[int, ...]]] = [{}, {}]
            style_before: list[str | None] = [None, None]
            for k, (style, number) in heads:
                s = streams[k]
                if not _in_turn(seen[s], style_before[s], style, number):
                    count += 1
                seen[s][style] = number
                if style == "cn1":
                    seen[s].pop("cn2", None)
                style_before[s] = style
        total += heading_order * count
        backwards = 0
        if citing:
            cited = [[cites[k] for k in citing if streams[k] == 0], [cites[k] for k in citing if streams[k] == 1]]
            if left:
                first = 0 if left.count(0) >= left.count(1) else 1
                backwards = _backwards(cited[first] + cited[1 - first])
            else:
                backwards = min(_backwards(cited[0] + cited[1]), _backwards(cited[1] + cited[0]))
        return total + citation_order * backwards + open_end[last[1 - streams[-1]]]

    return value


def _in_turn(before: dict[str, tuple[int, ...]], last: str | None, style: str, number: tuple[int, ...]) -> bool:
    """Whether heading ``style``/``number`` may come next in a column where the headings
    before it were ``before`` (the last number of each style) and ``last`` (the last one's
    style): the next of its level (二、 after 一、, 2.2 after 2.1, 3 after 2.1), or the first
    under the heading before it ((一) after 二、, 2.1 after 2)."""
    if style == "ar":
        previous = before.get("ar")
        if previous is None:
            return True
        if len(number) == len(previous) + 1 and number[:-1] == previous:
            return number[-1] == 1
        return (
            len(number) <= len(previous)
            and number[:-1] == previous[: len(number) - 1]
            and number[-1] == previous[len(number) - 1] + 1
        )
    if style == "cn2" and last == "cn1":
        return number[0] == 1
    previous = before.get(style)
    return previous is None or number[0] == previous[0] + 1


@lru_cache(maxsize=4096)
def _heading_at(text: str) -> tuple[str, tuple[int, ...]] | None:
    """The heading number of a line that is a heading (the split's search asks again and again)."""
    return _heading_number(text) if headings.heading_style(text) is not None else None


def _headings_out_of_turn(streams: list[int], lines: list[Line]) -> int:
    """Headings whose number does not follow the headings before them in their stream
    ((二) right after 五、: the (一) under 五、 is missing; 二、 after 三、): the stream is no column."""
    before: list[dict[str, tuple[int, ...]]] = [{}, {}]
    last: list[str | None] = [None, None]
    count = 0
    for s, line in zip(streams, lines):
        found = _heading_at(line.text)
        if found is None:
            continue
        style, number = found
        if not _in_turn(before[s], last[s], style, number):
            count += 1
        before[s][style] = number
        if style == "cn1":
            before[s].pop("cn2", None)  # (一) again under the next 一、
        last[s] = style
    return count


def _left_parts(streams: list[int], lines: list[Line]) -> list[int]:
    """The streams of the left parts of printed lines holding both columns' lines (split by
    :func:`_split_joined`: their parts keep the printed line's number)."""
    return [streams[k] for k in range(len(lines) - 1) if lines[k].number == lines[k + 1].number]


def _crossed_sides(streams: list[int], lines: list[Line]) -> int:
    """Joined printed lines whose left part is not in the stream most left parts are in:
    the left column's lines are one stream, all the way down."""
    left = _left_parts(streams, lines)
    return min(left.count(0), left.count(1))


def _cited_backwards(streams: list[int], lines: list[Line], cites: list[list[int]]) -> int:
    """Lines citing a new number below one cited before, the two streams read one after
    the other: the left column's first where a joined line tells which it is, else in the
    better of the two orders."""
    cited = [[cites[k] for k, s in enumerate(streams) if s == 0], [cites[k] for k, s in enumerate(streams) if s == 1]]
    left = _left_parts(streams, lines)
    if left:
        first = 0 if left.count(0) >= left.count(1) else 1
        return _backwards(cited[first] + cited[1 - first])
    return min(_backwards(cited[0] + cited[1]), _backwards(cited[1] + cited[0]))


def _new_cites(lines: list[Line], before: frozenset[int], listed: int | None = None) -> list[list[int]]:
    """Each line's citations of numbers not cited on the pages before: a split's citations
    run backwards where a line cites a *new* number below one cited before it (GB/T 7714's
    顺序编码制), and "[1,6]" on page 2, its [1] cited on page 1, cites one new number, 6 (round 15c:
    read as new, [1] made the right split of chengshi-neilao's page 2 run backwards)."""
    return [[n for n in _cited(line.text, listed) if n not in before] for line in lines]


def _backwards(cites: list[list[int]]) -> int:
    """Lines (their citations in order) that cite a new number below one cited before."""
    seen: set[int] = set()
    top = count = 0
    for numbers in cites:
        new = [n for n in numbers if n not in seen]
        if new and min(new) < top:
            count += 1
        seen.update(new)
        top = max([top, *new])
    return count


def _right_first(streams: list[int], lines: list[Line]) -> bool:
    """Whether the stream of a run's first line is the right column's (pdftotext printed the
    right column's top first, where it stands higher: a heading): the parts of printed lines
    holding both columns' lines say which stream is the left one; without them, the headings'
    numbers and the new citations read in turn (GB/T 7714's 顺序编码制) in the other order only."""
    left = _left_parts(streams, lines)
    if left and left.count(0) != left.count(1):
        return left.count(1) > left.count(0)
    cites = [_cited(line.text) for line in lines]

    def faults(order: tuple[int, int]) -> int:
        ordered = [k for s in order for k, t in enumerate(streams) if t == s]
        one = [0] * len(ordered)
        return _backwards([cites[k] for k in ordered]) + _headings_out_of_turn(one, [lines[k] for k in ordered])

    return faults((1, 0)) < faults((0, 1))


def _faulty(streams: list[int], cites: list[list[int]], lines: list[Line]) -> bool:
    """Whether a split shows what only :func:`_refine` weighs: citations running backwards
    in both reading orders, or a stream going on after the other gave many lines in a row."""
    if _crossed_sides(streams, lines) or _cited_backwards(streams, lines, cites) or _headings_out_of_turn(streams, lines):
        return True
    last = [-1, -1]
    for k, s in enumerate(streams):
        if last[s] >= 0 and k - last[s] > RESUME_AFTER:
            return True
        last[s] = k
    return False


def _refine(streams: list[int], lines: list[Line], join, switch, cites: list[list[int]] | None = None) -> list[int]:
    """The dynamic programme's split, mended where it shows a fault (:func:`_faulty`) that
    only the split as a whole shows: runs of a stream's consecutive lines are moved to the
    other stream while that adds to the evidence (:func:`_split_value`). ``cites``: each line's
    citations of numbers not cited on the pages before (see :func:`_new_cites`)."""
    cites = cites if cites is not None else [_cited(line.text) for line in lines]
    if not _faulty(streams, cites, lines):
        return streams
    split_value = _split_values(lines, join, cites, switch)
    value = split_value(streams)
    joined = [k + 1 < len(lines) and lines[k].number == lines[k + 1].number for k in range(len(lines))]
    for _ in range(len(lines)):
        best, best_value = None, value + 1e-9
        # Stretches of lines i..j given over to the other stream, each line of it: a run of
        # one stream's lines moved, or the two streams crossed over at i and back after j
        # (where both were open, the programme's joins could not tell which went on where),
        # j the block's last line (a single crossing) or the last before a joined line,
        # whose parts tell the sides.
        for i in range(len(lines)):
            for j in range(i, len(lines)):
                if streams[j] != streams[i] and not (j == len(lines) - 1 or joined[j + 1]):
                    continue
                moved = streams[:i] + [1 - s for s in streams[i : j + 1]] + streams[j + 1 :]
                v = split_value(moved)
                if v > best_value:
                    best, best_value = moved, v
        if best is None:
            return streams
        streams, value = best, best_value
    return streams


def _uncross(streams: list[int], lines: list[Line], join, switch, cites: list[list[int]] | None = None) -> list[int]:
    """A run's split with its two streams crossed back where they crossed: where both columns'
    lines go on mid-sentence and a word runs across both joins by chance ("…利用" + "人数…",
    "…使用" + "边角地…"), the dynamic programme may give each column's lines below that point
    to the other's stream; the headings' numbers (1 引言 → 3 结果与分析 in one stream) and the
    citations then run out of turn in both, which only the split as a whole shows
    (:func:`_split_value`). Each line from which on the streams are swapped is tried, while
    the split gains and its headings run out of turn less (mended for the citations or the joins
    alone, a crossing by chance lost more paragraphs than it gave on dev's narrow texts): one
    crossing at a time, not :func:`_refine`'s stretches (a run is a page)."""
    faults = _headings_out_of_turn(streams, lines)
    if not faults:
        return streams
    cites = cites if cites is not None else [_cited(line.text) for line in lines]
    split_value = _split_values(lines, join, cites, switch)
    value = split_value(streams)
    for _ in range(MAX_UNCROSS):
        best, best_value = None, value + UNCROSS_GAIN
        for i in range(1, len(lines)):
            crossed = streams[:i] + [1 - s for s in streams[i:]]
            if (fewer := _headings_out_of_turn(crossed, lines)) >= faults:
                continue
            v = split_value(crossed)
            if v > best_value:
                best, best_value, best_faults = crossed, v, fewer
        if best is None:
            break
        streams, value, faults = best, best_value, best_faults
        if not faults:
            break
    return streams


def _best_split(lines: list[Line], join, switch) -> tuple[float, list[int]]:
    """The best split of ``lines`` into two streams, each in the extractor's order, by a
    dynamic programme over the joins (``switch(k)``: the evidence going over to the
    other stream adds); its value and each line's stream (0: the first line's).

    The programme also knows which stream is the left column's once a printed line
    holding both columns' lines (split by :func:`_split_joined`) has said so: such a
    line's left part in the right column's stream costs ``ORDER["stream_joined"]``."""
    n = len(lines)
    penalty = evidence.ORDER["stream_joined"]
    left_part = [k + 1 < n and lines[k].number == lines[k + 1].number for k in range(n)]
    right_part = [k > 0 and lines[k - 1].number == lines[k].number for k in range(n)]

    def sided(k: int, side: str) -> tuple[str, float]:
        """The side of line k's stream once line k is seen, and what placing it there costs."""
        if left_part[k]:
            return ("L", 0.0) if side != "R" else ("R", penalty)
        if right_part[k]:
            return ("R", 0.0) if side != "L" else ("L", 0.0)  # both parts in one stream: join() weighs it
        return side, 0.0

    flip = {"L": "R", "R": "L", "?": "?"}
    # layer[(j, side)]: the best score with lines 0..k placed, k the last placed, j the last line
    # of the other stream (-1: none yet), side: line k's column if known ("L", "R", "?"); one layer
    # per k, and parents[k][(j, side)] the state of layer k - 1 it was reached from.
    side0, cost0 = sided(0, "?")
    layer: dict[tuple[int, str], float] = {(-1, side0): cost0}
    parents: list[dict[tuple[int, str], tuple[int, str]]] = [{}]
    minus = float("-inf")
    for k in range(n - 1):
        following: dict[tuple[int, str], float] = {}
        parent: dict[tuple[int, str], tuple[int, str]] = {}
        # (the same for every state of the layer, asked once: staying in the stream, going over, the
        # side each leads to and its cost; the join of each line of the other stream — every line
        # before k is one in some state — to line k + 1)
        stay, over = join(k, k + 1), switch(k + 1)
        stays = {side: sided(k + 1, side) for side in flip}
        overs: dict[str, tuple[tuple[int, str], float]] = {}
        for side in flip:
            over_side, cost = sided(k + 1, flip[side])
            overs[side] = ((k, over_side), cost)
        joins = [join(other, k + 1) for other in range(k)] + [0.0]  # (index -1: no other stream yet)
        for state, score in layer.items():
            other, side = state
            nxt_side, cost = stays[side]
            value = score + stay + cost
            key = (other, nxt_side)
            if value > following.get(key, minus):
                following[key] = value
                parent[key] = state
            key, cost = overs[side]
            value = score + joins[other] + over + cost
            if value > following.get(key, minus):
                following[key] = value
                parent[key] = state
        layer = following
        parents.append(parent)
    # The block's last line ends one stream; the other stream ending mid-sentence leaves
    # a sentence that nothing in the block continues.
    unfinished = {key: score + _open_end(lines, key[0]) for key, score in layer.items()}
    key, score = max(unfinished.items(), key=lambda item: item[1])
    others = [0] * n  # each line's state's other stream's last line, back along the parents
    for k in range(n - 1, -1, -1):
        others[k] = key[0]
        if k:
            key = parents[k][key]
    streams = [0] * n
    for k in range(1, n):
        streams[k] = streams[k - 1] if others[k] == others[k - 1] else 1 - streams[k - 1]
    return score, streams


def _streams(
    group: list[Line], column: float, body_ids: set[int], explain: list[evidence.Decision] | None, run: bool = False,
    banded: bool = False, before: frozenset[int] = frozenset(), listed: int | None = None,
    known: frozenset[str] = frozenset(),
) -> list[list[Line]]:
    """A block whose lines alternate between the two columns, as two blocks.

    Plain pdftotext sometimes emits the lines of both columns in one block, by
    their height on the page: left, right, left, right … (one line where two
    baselines meet). Each line is given to one of two streams, each kept in
    the extractor's order, by a small dynamic programme: a line ending
    mid-sentence wants its stream's next line to continue it (a heading cannot;
    a dictionary word across the join weighs for it), a paragraph's end or a
    heading wants a paragraph's short first line after it, and going over to
    the other stream is what such a block does line by line; a stream left
    mid-sentence at the block's end is unfinished. The split is taken only when it
    beats the block read as one stream by STREAM_GAIN, STREAM_LINES_GAIN a line of it from
    the lines themselves (not from going over: a page read column by column splits into two
    streams going over at every other line as well); it is then mended where
    citations run backwards or a stream goes on after the other gave many lines in
    a row (its column had ended): see :func:`_refine`. In a run of blocks joined by
    :func:`_interleaved_runs` (``run``), lines printed together in one block weigh for one
    stream (``ORDER["stream_same_block"]``). In a text that gives the columns in bands
    (``banded``: pdfminer, :func:`_column_runs`), a run is first read as bands (:func:`_banded`).
    ``before``: the numbers cited on the pages before (a citation of one is no new number);
    ``listed``: the reference list's last number (see :func:`_cited`).
    The first page's footnote, under both columns, stays whole after them.
    """
    if len(group) < (MIN_RUN_LINES if run else MIN_STREAM_LINES) or id(group[0]) not in body_ids or not _movable(group):
        return [group]
    lines = []
    for line in group:
        parts = _split_joined(line, column, run)
        if len(parts) > 1:
            # the parts of a body line are body lines: a stream opening with one is ordered with
            # the page's other blocks (round 15c: gaoxiao-xinli's page 2, both streams of its
            # interleaved block opening with a cut line, stayed where they were, and the order
            # searched without them put the right column's top line before the page's first heading)
            body_ids.update(id(part) for part in parts if id(line) in body_ids)
        lines.extend(parts)
    if not run and not _reads_badly(lines, column):
        return [group]  # (a run's blocks of a line or two already say its order reads badly)
    # The first page's footnote (收稿日期, 基金项目 …) stands below both columns, across the
    # page: its lines belong to neither stream and stay after them, whole.
    foot = next((k for k, line in enumerate(lines) if k and marker_kind(line.text) == "journal"), len(lines))
    lines, tail = lines[:foot], lines[foot:]
    n = len(lines)
    join = _line_joins(lines, column, run, known)
    weights = evidence.ORDER

    def switch(k: int) -> float:
        """The evidence for line ``k`` going over to the other stream than line ``k - 1``'s.
        In a run of blocks (``run``), two lines pdftotext printed one under the other with no
        blank line between are mostly one column's: going over between them costs (not after a
        printed line holding both columns' lines: which of them goes on below, it does not say)."""
        joined = k >= 2 and lines[k - 2].number == lines[k - 1].number
        if run and not joined and not lines[k - 1].gap_after and lines[k - 1].number + 1 == lines[k].number:
            return weights["stream_switch"] + weights["stream_same_block"]
        return weights["stream_switch"]

    one = sum(join(k, k + 1) for k in range(n - 1))
    if banded:
        split = _banded(group, lines, tail, join, explain)
        if split is not None:
            return split
    score, streams = _best_split(lines, join, switch)
    gain = score - one
    alternating = run and _alternating(streams, lines)
    threshold = max(RUN_GAIN_IN_TURN if alternating else RUN_GAIN, RUN_GAIN_PER_LINE * n) if run else STREAM_GAIN
    if gain < threshold or (not run and gain - _switches(streams, switch) < STREAM_LINES_GAIN * n):
        return [group]
    if alternating:
        # The run's lines came one of each column in turn (plain pdftotext's habit): going
        # over between two lines printed apart is the rule there, staying in a stream the exception.
        def switch_in_turn(k: int) -> float:
            apart = lines[k - 1].gap_after and lines[k].gap_after
            return switch(k) + (weights["stream_alternate"] if apart else 0.0)

        streams = _best_split(lines, join, switch_in_turn)[1]
    else:
        switch_in_turn = switch
    # Not in a run: a run is a whole page, and mending it stretch by stretch cost seconds a text
    # (2.7 s for the bundled article's pdfminer text); on dev, without it, paragraphs 0.392 → 0.405
    # (plain pdftotext) and 0.367 → 0.391 (pdfminer), one citation sequence fewer in each.
    # A run is mended at one crossing only (see :func:`_uncross`).
    cites = _new_cites(lines, before, listed)
    if not run:
        streams = _refine(streams, lines, join, switch, cites)
    else:
        streams = _uncross(streams, lines, join, switch_in_turn, cites)
    split = _two_streams(group, lines, streams, tail, explain, gain, threshold,
                         "lines of two columns interleaved (the second from line {line})",
                         swap=run and _right_first(streams, lines))
    return [group] if split is None else split


def _two_streams(group: list[Line], lines: list[Line], streams: list[int], tail: list[Line],
                 explain: list[evidence.Decision] | None, gain: float, threshold: float, why: str,
                 *, swap: bool = False) -> list[list[Line]] | None:
    """``lines`` as the two streams ``streams`` gives them (``swap``: the second read first), each
    ending a block, then ``tail``; the decision explained (``why``, its ``{line}``: the second
    stream's first line); None when a stream is empty."""
    first = [line for line, s in zip(lines, streams) if s == 0]
    second = [line for line, s in zip(lines, streams) if s == 1]
    if not first or not second:
        return None
    if swap:
        first, second = second, first
    first[-1].gap_after = second[-1].gap_after = True
    if explain is not None:
        explain.append(
            evidence.Decision(
                why.format(line=second[0].number),
                group[0].number, gain - threshold, {"interleaved": 1.0}, {"bias": -threshold, "interleaved": gain},
            )
        )
    return [first, second, tail] if tail else [first, second]


def _column_runs(lines: list[Line]) -> bool:
    """Whether a text whose blank lines are filler gives a narrow gutter's columns a run of lines
    of one column at a time (pdfminer: the lines of a band of the page's height, left column's
    first, then the right column's), not a line of each in turn (plain pdftotext): a line ending
    mid-sentence, each line between blank lines, is then continued by the next line more often
    than by the one after it, by the dictionary words across the joins (dev, twocol-narrow:
    pdfminer 7 to 84 next against 2 to 73 the one after; plain pdftotext 0 to 19 against 9 to 122)."""
    following = second = 0
    for k in range(len(lines) - 2):
        line = lines[k]
        if not line.gap_after or ends_sentence(line.text) or not HAN_RE.search(line.text[-1:]):
            continue
        following += word_across(line.text, lines[k + 1].text) is not None
        second += word_across(line.text, lines[k + 2].text) is not None
    return following > second


def _banded(group: list[Line], lines: list[Line], tail: list[Line], join,
            explain: list[evidence.Decision] | None) -> list[list[Line]] | None:
    """A run of a text that gives a narrow gutter's columns in bands (:func:`_column_runs`), split
    by :func:`_band_split` — also with the reference list's label held in either column, as the
    bands cannot see what the page read column by column says (:func:`_reading_faults`) — and the
    best of these, with the join from the left column's foot to the right column's top, taken when
    it beats the run read as one stream by BAND_GAIN; else None (the run goes to the
    interleaved-lines split as before: it keeps pdfminer's long runs of one column together)."""
    label = next((k for k, line in enumerate(lines) if marker_kind(line.text) == "references"), None)
    banded_join = _band_joins(lines, join)
    candidates = [_band_split(lines, banded_join)]
    if label is not None:  # the list's label in either column: read as a whole, no text after it
        candidates += [_band_split(lines, banded_join, {label: side}) for side in (0, 1)]

    def reading(split: list[int]) -> float:
        left = [k for k, s in enumerate(split) if s == 0]
        right = [k for k, s in enumerate(split) if s == 1]
        value = _reading_faults(lines, split)
        if left and right:
            value += banded_join(left[-1], right[0])
        return value

    score, streams = max(((value + reading(split), split) for value, split in candidates), key=lambda c: c[0])
    one = sum(banded_join(k, k + 1) for k in range(len(lines) - 1)) + _reading_faults(lines, [0] * len(lines))
    gain = score - one
    threshold = BAND_TOP_GAIN if _top_rows(streams) else BAND_GAIN
    if gain < threshold:
        # (the bands' best is no split of that shape, or too weak: the best split of that shape itself)
        top = max(((_top_value(lines, banded_join, split) + reading(split), split) for split in _top_splits(len(lines))),
                  key=lambda c: c[0], default=None)
        if top is None or top[0] - one < BAND_TOP_GAIN or top[0] < score:
            return None  # (… and no weaker than the bands' best: else the page reads in bands further down)
        score, streams = top
        gain, threshold = score - one, BAND_TOP_GAIN
    return _two_streams(group, lines, streams, tail, explain, gain, threshold,
                        "lines of two columns in bands (the right column from line {line})")


_TOP_ROWS = re.compile(r"(?:01)+0+1+")  # rows of a line each (left, right), then each column whole


def _top_rows(streams: list[int]) -> bool:
    """Whether a banded split reads its run's first rows a line of each column in turn (left,
    right, left, right …: bands of one printed row) and then each column's remaining lines whole:
    pdfminer's reading of a page's top where the two columns' first lines share their baselines
    (a word processor's columns, and the narrow gutter's), before a heading or a float sets them
    apart."""
    return _TOP_ROWS.fullmatch("".join("01"[s] for s in streams)) is not None


MAX_TOP_ROWS = 4  # rows read across at a page's top, at most, tried apart from the bands (see _top_splits)


def _top_splits(n: int) -> list[list[int]]:
    """Every split of ``n`` lines of :func:`_top_rows`'s shape with at most MAX_TOP_ROWS rows read across."""
    return [[0, 1] * rows + [0] * (cut - 2 * rows) + [1] * (n - cut)
            for rows in range(1, MAX_TOP_ROWS + 1) for cut in range(2 * rows + 1, n)]


def _top_value(lines: list[Line], join, streams: list[int]) -> float:
    """What a split of :func:`_top_rows`'s shape is worth as :func:`_band_split` weighs a banded one:
    the joins inside each stream, going over between two lines printed together, and the last band's
    right part longer than its left."""
    weights = evidence.ORDER
    value = 0.0
    for side in (0, 1):
        members = [k for k, s in enumerate(streams) if s == side]
        value += sum(join(a, b) for a, b in zip(members, members[1:]))
    for k in range(1, len(lines)):
        if streams[k] != streams[k - 1] and not lines[k - 1].gap_after and lines[k - 1].number + 1 == lines[k].number:
            value += weights["stream_same_block"]
    cut = len(streams) - streams[::-1].index(0)  # (the right column's remaining lines from here)
    across = sum(streams[:cut])  # rows read across (a right line each)
    unequal = (len(streams) - cut) - (cut - 2 * across) - BAND_SLACK
    if unequal > 0:
        value += weights["band_unequal"] * unequal
    return value


# A line ending as a reference entry ends: a full stop after a number, a Latin letter or a bracket
# ("…出版社, 2019.", "…(3): 49-56."), or a number (a page, a DOI's last digits).
_LATIN_PUNCT = re.compile(r"(?<=[^\d\s])[.,:] ")  # a reference entry's ". ", ", ", ": " (not a numbered item's "2. ")
_ENTRY_END = re.compile(r"[0-9A-Za-z)）\]]\.$|[0-9]$")


def _reading_faults(lines: list[Line], streams: list[int]) -> float:
    """What the page read column by column (stream 0, then stream 1) says against a split:
    headings out of turn, citations running backwards (GB/T 7714's 顺序编码制), text after
    the reference list's label."""
    weights = evidence.ORDER
    reading = [line for s in (0, 1) for line, t in zip(lines, streams) if t == s]
    value = weights["stream_heading_order"] * _headings_out_of_turn([0] * len(reading), reading)
    value += weights["stream_citation_order"] * _backwards([_cited(line.text) for line in reading])
    label = next((k for k, line in enumerate(reading) if marker_kind(line.text) == "references"), None)
    if label is not None and any(
        not _ENTRY.match(line.text) and (headings.heading_style(line.text) or "。" in line.text) for line in reading[label:]
    ):
        value += weights["after_references"]
    return value


def _band_joins(lines: list[Line], join):
    """``join`` (:func:`_line_joins`) with what a reference list says in a banded text: entry
    [k] comes after the list's label (k = 1) or after a line ending as an entry ends (a full
    stop after a number or a Latin letter, a page number): no dangling end; after a section
    heading, an entry is out of place."""
    weights = evidence.ORDER
    entry = [(int(m.group(1)) if (m := _ENTRY.match(line.text)) else None) for line in lines]
    label = [marker_kind(line.text) == "references" for line in lines]
    style = [headings.heading_style(line.text) for line in lines]
    heading = [s is not None for s in style]

    cache: dict[tuple[int, int], float] = {}

    def banded(a: int, b: int) -> float:
        if (a, b) not in cache:
            cache[(a, b)] = weigh(a, b)
        return cache[(a, b)]

    def weigh(a: int, b: int) -> float:
        value = join(a, b)
        if entry[b] is not None and lines[a].number != lines[b].number:
            if label[a] and entry[b] == 1:
                return max(value, 0.0) + weights["entry_follows"]
            if _ENTRY_END.search(lines[a].text.rstrip()):
                return max(value, 0.0) + (weights["entry_follows"] if entry[a] == entry[b] - 1 else 0.0)
            if heading[a]:
                return weights["dangling"]
        if heading[a] and heading[b] and style[a] == style[b] and lines[a].number != lines[b].number:
            return weights["dangling"]  # a section with no text ("一、引言" right before "三、…")
        return value

    return banded


def _band_split(lines: list[Line], join, forced: dict[int, int] | None = None) -> tuple[float, list[int]]:
    """The best reading of ``lines`` as bands of a page's height, each the left column's lines
    of the band (stream 0), then the right column's (stream 1), as pdfminer gives a narrow
    gutter's columns: where the two columns' baselines meet, a band is one printed row (a line of
    each); where a heading's space has moved one column's lines off the other's, it runs on until
    they meet again. A band's two parts take the same height, so a band whose parts differ by more
    than BAND_SLACK rows costs ``ORDER["band_unequal"]`` a row (bands of more than BAND_WINDOW rows'
    difference are not tried), but for the run's first band, whose right part may be the longer
    (the left column's lines of its first rows came before the run: a heading, a float), and its
    last, whose right part is no longer than its left (the text fills the left column first).
    Every band opens with a left line (a run opening with the right column's lines read as bands
    one off, each band's right part taken for the next one's left: as balanced, and wrong).
    Inside each stream the lines join as ``join`` weighs them (:func:`_band_joins`); going over
    between two lines printed together (no blank line between: one of pdfminer's boxes) costs
    ``ORDER["stream_same_block"]``. ``forced``: lines that must be in a given stream. A dynamic
    programme over the bands' ends (its state: the last band's end and the left column's last
    line so far); returns the value and each line's stream."""
    n = len(lines)
    weights = evidence.ORDER
    rows = [0.0]
    for line in lines:
        rows.append(rows[-1] + (BAND_HEADING_ROWS if headings.heading_style(line.text) is not None else 1.0))
    chain = [0.0]  # chain[k]: the joins of lines 0..k-1 read in a row
    for k in range(n - 1):
        chain.append(chain[-1] + join(k, k + 1))
    chain.append(chain[-1])

    def inside(i: int, j: int) -> float:  # lines i..j-1 in a row
        return chain[j - 1] - chain[i] if j - i >= 2 else 0.0

    forced = forced or {}
    must = [[0], [0]]  # must[s][k]: lines before k that must be in stream s
    for k in range(n):
        for side in (0, 1):
            must[side].append(must[side][-1] + (forced.get(k) == side))

    def fits(i: int, m: int, j: int) -> bool:  # left part i..m-1, right part m..j-1
        return must[1][m] == must[1][i] and must[0][j] == must[0][m]

    def cut(k: int) -> float:  # going over between lines k-1 and k
        together = 0 < k < n and not lines[k - 1].gap_after and lines[k - 1].number + 1 == lines[k].number
        return weights["stream_same_block"] if together else 0.0

    best: dict[tuple[int, int], tuple[float, tuple | None]] = {}
    for m in range(1, n + 1):
        for j in range(m + 1 if m < n else n, n + 1):
            if not fits(0, m, j):
                continue
            value = inside(0, m) + inside(m, j) + cut(m)
            if j < n:  # the first band's right part may be the longer (its left lines came before the run)
                value += weights["band_unequal"] * max(0.0, rows[m] - (rows[j] - rows[m]) - BAND_SLACK)
            key = (j, m - 1)
            if key not in best or value > best[key][0]:
                best[key] = (value, (0, m, j, None))
    by_start: dict[int, dict[int, float]] = {}  # the bands' ends j: the left column's last line a → best value
    for (j, a), (value, _) in best.items():
        by_start.setdefault(j, {})[a] = value
    for i in range(1, n):
        entries = by_start.get(i)
        if not entries:
            continue
        into, source = max(((value + (join(a, i) if a >= 0 else 0.0), a) for a, value in entries.items()), key=lambda e: e[0])
        reach = BAND_SLACK + BAND_WINDOW
        for m in range(i + 1, n + 1):
            if not fits(i, m, m):
                break  # (a line bound to the right column inside the left part: no longer left part fits)
            left_rows = rows[m] - rows[i]
            base = into + inside(i, m) + cut(i) + cut(m)
            going_on = join(i - 1, m) if m < n else 0.0
            # The right parts as high as the left part within the window, and the run's end.
            low = max(m + 1, bisect_left(rows, rows[m] + left_rows - reach))
            high = min(n - 1, bisect_right(rows, rows[m] + left_rows + reach) - 1)
            for j in [*range(low, high + 1), n]:
                if not fits(i, m, j):
                    continue
                if j < n:
                    unequal = abs(left_rows - (rows[j] - rows[m])) - BAND_SLACK
                else:  # the last band: its right part no longer than its left (the text fills the left first)
                    unequal = rows[j] - rows[m] - left_rows - BAND_SLACK if j > m else 0.0
                value = base + (going_on + inside(m, j) if j > m else 0.0)
                if unequal > 0:
                    value += weights["band_unequal"] * unequal
                key = (j, m - 1)
                if key not in best or value > best[key][0]:
                    best[key] = (value, (i, m, j, (i, source)))
                    if j < n:
                        by_start.setdefault(j, {})[m - 1] = value
    finals = [(value, key) for key, (value, _) in best.items() if key[0] == n]
    if not finals:
        return float("-inf"), [0] * n
    value, key = max(finals, key=lambda e: e[0])
    streams = [0] * n
    while key is not None:
        _, back = best[key]
        i, m, j, previous = back
        for k in range(m, j):
            streams[k] = 1
        key = previous
    return value, streams


def _alternating(streams: list[int], lines: list[Line]) -> bool:
    """Whether a run's split goes over to the other stream between most lines printed apart
    (each a block of its own): ALTERNATING of them at least, and MIN_ALTERNATIONS such lines.
    Plain pdftotext prints a narrow gutter's columns a line of each in turn (dev: 0.86 to 1.0 of
    those lines in most runs), pdfminer a column's lines apart but several in a row (0.33 to 0.76)."""
    apart = [k for k in range(1, len(lines)) if lines[k - 1].gap_after and lines[k].gap_after]
    # (lines of text only: a table's cells or a figure's labels inside the run, round s11-mixcol,
    # come a table's row at a time, and counted, they made a run printed in turn look otherwise —
    # dev twocol-narrow plain pdftotext paragraphs 0.543 → 0.567)
    apart = [k for k in apart if HAN_RE.search(lines[k - 1].text) and HAN_RE.search(lines[k].text)]
    if len(apart) < MIN_ALTERNATIONS:
        return False
    return sum(streams[k] != streams[k - 1] for k in apart) >= ALTERNATING * len(apart)

def _switches(streams: list[int], switch) -> float:
    """What going over between the streams adds to a split's value (``switch(k)`` each time)."""
    return sum(switch(k) for k in range(1, len(streams)) if streams[k] != streams[k - 1])


def _interleaved_runs(groups: list[list[Line]], body_ids: set[int],
                      column: float) -> tuple[list[list[Line]], set[int]]:
    """A two-column page's consecutive body blocks, joined into one run for :func:`_streams`
    to split, in a text whose blank lines are filler.

    Where pdftotext does not see a narrow gutter it prints a line of the left column, a line
    of the right, … each a block of its own between blank lines (so many that the text's
    blank lines are filler), or two or three lines of one column between blank lines. The
    blank lines then say nothing about the columns, and whether the run's lines are two
    columns' is weighed by :func:`_streams`, as for a block pdftotext printed whole (a page
    read column by column reads well as one stream: no split gains there). Front matter, the
    first page's footnote and lines without a Chinese character end a run — but a table's cells
    or a figure's labels inside a run (:func:`_loose`) do not. Only lines a
    column wide make a run: most of its lines fill the column (a text that gives each paragraph
    as one line between blank lines, as a Markdown extractor does, has no columns to find).
    Returns the blocks and the ids of the joined runs among them."""
    out: list[list[Line]] = []
    run: list[list[Line]] = []
    runs: set[int] = set()

    def column_lines(lines: list[Line]) -> bool:
        wide = [line for line in lines if HAN_RE.search(line.text)]
        full = sum(1 for line in wide if column - INDENTED[1] - FULL <= line.width <= column + 1.5)
        return bool(wide) and full >= RUN_FULL_SHARE * len(wide)

    def flush() -> None:
        if len(run) >= 2 and column_lines([line for group in run for line in group]):
            out.append([line for group in run for line in group])
            runs.add(id(out[-1]))
        else:
            out.extend(run)
        run.clear()

    for g, group in enumerate(groups):
        # A label printed right under a column's last line, over a list under both columns (its
        # lines wider than a column can be: a word processor's section across the page), ends
        # the run there, as a label printed apart does.
        label = next((k for k, line in enumerate(group) if k and marker_kind(line.text) is not None), None)
        if label is not None:
            below = [line.width for line in group[label + 1 :]] + [line.width for line in (groups[g + 1] if g + 1 < len(groups) else [])]
            if not below or _quantile(below, 0.5) <= ACROSS * column:
                label = None
        if label is not None and id(group[0]) in body_ids and _movable(group):
            run.append(group[:label])
            group = group[label:]
        elif id(group[0]) in body_ids and (_movable(group) or (run and _loose(group, column))):
            # (a table's cells or a figure's labels amid the run: the run goes on past them,
            # and the split places their lines as it places the others — ended there, as before
            # round s11-mixcol, the page's runs were too short to split: dev, twocol-narrow,
            # paragraphs 0.48 → 0.54 (plain pdftotext), 0.51 → 0.53 (pdfminer); set apart after
            # the run instead, 0.51 and 0.50)
            run.append(group)
            continue
        flush()
        out.append(group)
    flush()
    return out, runs


def _loose(group: list[Line], column: float) -> bool:
    """A block of a table's cells or a figure's labels (numbers, a caption's English twin: no
    Chinese character, no label, no reference entry, none wider than a column) printed amid a
    run of interleaved lines: the run goes on past it, and its lines are placed as the others."""
    return all(
        not HAN_RE.search(line.text) and marker_kind(line.text) is None and not _ENTRY.match(line.text)
        and line.width <= column + FULL for line in group
    )


def restore_block_order(doc: Lines, explain: list[evidence.Decision] | None = None) -> Lines:
    """``doc`` with each page's blocks in the order the evidence decides."""
    lines = doc.lines
    if not lines or (lines[-1].page == 0 and not doc.blank_is_filler):
        return doc  # there are no pages (a one-page text whose columns came interleaved is read below)
    if one_line_per_paragraph([line.width for line in lines]):
        return doc  # one line per paragraph: nothing to go by
    out: list[Line] = []
    start_open = False
    cited: set[int] = set()
    # One-column pages are read in order by every extractor; their first lines
    # are too close to full width to weigh. A page of two columns: its body is
    # much narrower than the text's widest lines (the abstract's).
    # The body starts after the first page's abstract or key words: what stands
    # before (journal lines, title, authors, affiliations) stays where it is.
    body = next((k for k, line in enumerate(lines)  # (a label's first character first: most lines open none)
                 if line.text[:1] in _FIELD_FIRST and marker_kind(line.text) in ("abstract", "keywords")), None)
    if body is None:
        return doc
    pages = _pages(lines)  # (after the test above: a text without an abstract has no pages ordered)
    wide = _text_width(lines, body)
    body_from = lines[body].number
    last_entry = _listed(lines)
    known: frozenset[str] | None = None
    banded: bool | None = None  # the text gives a narrow gutter's columns in bands (told once, when a run needs it)
    for number, page in enumerate(pages):
        in_body = [line for line in page if line.page > lines[body].page or line.number > body_from]
        body_ids = {id(line) for line in in_body}
        # The column is measured on the body text: not on the first page's abstracts, key
        # words and footnote, which run across both columns.
        blocks = _split_blocks(page)
        text = [line for b in blocks if _movable(b) and id(b[0]) in body_ids for line in b if HAN_RE.search(line.text)]
        if len(text) < MIN_COLUMN_LINES:
            text = [line for line in in_body if HAN_RE.search(line.text)]
        # … nor on a reference list under both columns (a word processor's section across the
        # page): its entries, most of them wider than a column can be, made the page one column.
        listed = next((k for k, line in enumerate(text) if marker_kind(line.text) == "references"), len(text))
        if listed >= MIN_COLUMN_LINES and _quantile([line.width for line in text[listed:]], 0.5) >= TWO_COLUMNS * wide:
            text = text[:listed]
        column = _page_column([line.width for line in text], wide, [line.width for line in text if not _ENTRY.match(line.text)])
        groups = raised.put_back(_glue(blocks, column) if not doc.blank_is_filler else blocks, body_ids, column)
        if column < TWO_COLUMNS * wide:
            runs: set[int] = set()
            if doc.blank_is_filler:
                groups, runs = _interleaved_runs(groups, body_ids, column)
                if runs and banded is None:
                    banded = _column_runs(lines)
            before = frozenset(cited)
            if known is None:  # the document's phrases, found once, when a two-column page needs them
                known = phrases(line.text for line in lines)
            groups = [part for group in groups for part in _streams(group, column, body_ids, explain, id(group) in runs, bool(banded) and id(group) in runs, before, last_entry, known)]
        if doc.blank_is_filler:  # blank lines mean nothing: no block is ordered by them
            out.extend(line for group in groups for line in group)
            continue
        movable = [k for k, group in enumerate(groups) if _movable(group, entries=True) and id(group[0]) in body_ids]
        order = None
        if 2 <= len(movable) <= evidence.MAX_BEAM_BLOCKS:
            blocks = [_block(groups[k], column, last_entry) for k in movable]
            state = _Page(blocks, start_open, number == len(pages) - 1, cited)
            if column < TWO_COLUMNS * wide and state.faulty():
                order = _decide(state, groups[movable[0]][0].number, explain)
        if order is not None:
            chosen = [groups[movable[k]] for k in order]
            for slot, k in enumerate(movable):
                groups[k] = chosen[slot]
            for a, b in zip(chosen, chosen[1:]):
                pa, pb = _block(a, column), _block(b, column)
                if pa.open_end and pb.first_full and not pb.first_new:
                    a[-1].gap_after = False  # one paragraph across the column break
        for group in groups:
            out.extend(group)
            cited.update(n for line in group for n in _cited(line.text, last_entry))
        last = next((g for g in reversed(groups) if _movable(g)), None)
        start_open = last is not None and not ends_sentence(last[-1].text) and headings.heading_style(last[-1].text) is None
    return Lines(out, doc.blank_is_filler, doc.blank_trust)


def _text_width(lines: list[Line], body: int) -> float:
    """The width of the text block: the abstract's lines, which run across the page in one
    column and two (its wrapped lines, up to the key words); without them, the widest lines
    of the text (a table row or a footnote that pdftotext printed on one line may pass it)."""
    abstract: list[float] = []
    if marker_kind(lines[body].text) == "abstract":
        for line in lines[body:]:
            if abstract and marker_kind(line.text) is not None:
                break
            abstract.append(line.width)
            if line.gap_after or line.page != lines[body].page:
                break
    if len(abstract) >= 3:
        return max(abstract)
    return _quantile([line.width for line in lines], 0.99)


def _decide(page: _Page, line: int, explain: list[evidence.Decision] | None) -> list[int] | None:
    prior = list(range(len(page.blocks)))
    prior_features = page.features(prior)
    prior_score = page.score(prior_features)
    best, best_score = prior, prior_score
    for order in page.candidates():
        value = page.value(order, beat=best_score + 1e-9)  # (None: it cannot beat the best so far)
        if value is not None and value > best_score + 1e-9:
            best, best_score = order, value
    if len(page.blocks) <= evidence.MAX_ORDER_BLOCKS:  # (a beam's pick is chance enough: no more moves on it)
        best, best_score = page.moved_on(best, best_score)
    if best == prior:
        return None
    best_features = page.features(best)
    diff = {name: best_features.get(name, 0.0) - prior_features.get(name, 0.0) for name in evidence.ORDER if name != "bias"}
    # A beam's pick wins by chance more often, so it must win by more — unless it puts both the
    # headings and the new citations back in turn, which no chance order does (round 15c:
    # kehou-fuwu's spaced page 2, a figure and a table in five blocks, 13 blocks in all).
    mends = diff.get("heading_order", 0.0) < 0 and diff.get("citation_order", 0.0) < 0
    diff["beam_searched"] = 1.0 if len(page.blocks) > evidence.MAX_ORDER_BLOCKS and not mends else 0.0
    decision = evidence.weigh("blocks reordered", line, evidence.ORDER, diff)
    if explain is not None:
        decision.what = f"blocks reordered {[k + 1 for k in best]}"
        explain.append(decision)
    return best if decision.yes else None
