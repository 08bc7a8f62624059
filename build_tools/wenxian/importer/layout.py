"""Physical lines → blocks (paragraphs, headings, front-matter fields), by evidence.

A new block starts at a line opening a front-matter field or the reference
list, at a heading (see :mod:`wenxian.importer.headings`), and where the
weighed evidence of :mod:`wenxian.importer.evidence` says a paragraph ends:
the sentence end, how short the last line and the next line are against the
local column width (a paragraph's first line is shorter by its indent), an
indent the extractor kept, and blank lines as far as this text's habit makes
them trustworthy.

A line numbered like a heading right after a full line of prose that ends mid-sentence is that
line's wrapped rest ("…存在资金来源单" + "一、部门协同不足…"), not a heading.

A heading may be wrapped: it runs on (up to two lines) while the next line is
not yet a new block, e.g. "一、以全面深化改革推动新质生产力发展的" + "逻辑底蕴"
before an indented paragraph.

A figure's or table's caption is a block of its own ("caption"); the cells and labels
printed with it are left out (see :mod:`wenxian.importer.captions`). A display formula a
Markdown-saving extractor wrote in TeX is a block of its own too ("formula").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from collections.abc import Iterable
from itertools import compress, count, repeat
from operator import attrgetter, is_not

from wenxian.importer import captions, evidence, headings, verse
from wenxian.importer.chars import (
    HAN_RE,
    LATIN_RE,
    LATIN_SLACK,
    ends_sentence,
    formula_lines,
    formula_openings,
    may_end_sentences,
    script_glue,
    small_glyphs,
)
from wenxian.importer.lines import Line, Lines, one_line_per_paragraph
from wenxian.importer.markers import _FIRST as _FIELD_FIRST
from wenxian.importer.markers import CODE_FIELD_LINE, EN_KINDS, ENDS_WITH_EMAIL, marker_kind, value_follows

WINDOW = 6  # lines each side used to estimate the column width
MAX_HEADING_LINES = 3
HEADING_TAIL_SHORT = 3.0  # cells a wrapped heading's tail falls short of the column, more than an indent
HEADING_WRAPPED = 1.0  # cells a heading's line falls short of the column at most where it wrapped (a Latin word or number carried over)
MAX_PIECES = 4  # pieces of one printed line looked back over (pdftotext -raw), at most
EXACT_BELOW = 1.5  # cells: a line of exact width this much below the quantile is the column's measure (see _measured)
# (the class twice, not "{2}": searched for in C, see normalize._SPACES)
_MARK_PAIR = re.compile("[，。、；：！？“”‘’（）《》「」『』【】][，。、；：！？“”‘’（）《》「」『』【】]")  # set narrow: an inexact width (see _Layout._measured)
HEADING_RUNS_ON = 0.75  # of the column: a heading's line shorter than this ended where the heading did (dev: 0.7 and 0.8 score alike, 0.9 cuts the bundled article's wrapped headings)
MEASURE_TOLERANCE = 1.0  # cells: lines of one narrower measure (a block quotation's) differ by no more (see _narrow_measure)
QUOTE_MEASURE = 0.75  # of a full line around it (``full_width``): a block quotation's full line is at least this wide (its measure less its indents)


def _indexes(flags: Iterable[object], start: int = 0) -> list[int]:
    """The indexes of the true ``flags`` from ``start`` on, in order (a pass in C: ``compress``; with
    ``map(is_not, values, repeat(None))``, the values that are not None)."""
    found = list(compress(count(), flags))
    return found[bisect_left(found, start):] if start else found


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[int(q * (len(ordered) - 1) + 0.5)]


_CLOSING = ("，", "。", "、", "；", "：", "）", "”")  # no paragraph starts with these
_PROSE = re.compile(r"[\u4e00-\u9fff][，、；]")  # a Chinese sentence's inner punctuation
_OPENS_BLOCK = ("：", ":")  # a line ending so announces what follows (a list, a heading's field)
_OPENING_QUOTES = ("“", "‘", "「", "『")
# Opening marks: ``pdftotext -layout`` starts a line opening with one at the mark's glyph, half a cell
# in, and a paragraph's indent before it may be lost ("“重地上、轻地下”是…" flush left).
_OPENING_MARKS = _OPENING_QUOTES + ("《", "〈", "（", "【", "〔", "(", "[")
# Of a text's clear paragraph starts indented: the text keeps its indents (``keeps_indents``). One-column
# -layout texts of dev: 0.83–1.00 but three; two-column ones, whose right column's indents are measured
# from the gutter: 0.17–0.88, below 0.8 but five (0.7 let three two-column texts lose paragraphs).
KEPT_INDENTS = 0.8
# A text whose lines come in pieces (``_Layout._in_pieces``): at least MIN_PIECES lines end at a comma
# narrower than PIECE_SHORT of the page's column (dev: pdftotext -raw's texts but one show that or a
# line opening with a closing mark; 19 of 270 pypdf texts, 2 of 210 pypdfium2 texts, no PyMuPDF text).
PIECE_SHORT = 0.7
MIN_PIECES = 2
KEPT_AFTER_HEADING = 7  # characters a heading holds at least for the line after it to count (see _keeps_indents)
MIN_KEPT_STARTS = 3  # clear paragraph starts the share is measured on, at least


def _may_open_flush(text: str) -> bool:
    """Whether a paragraph's first line may stand flush left in a text that keeps its indents: it opens
    with a mark (``_OPENING_MARKS``) or a list item's number (``evidence.ITEM``), which -layout sets so."""
    return text.startswith(_OPENING_MARKS) or evidence.ITEM.match(text) is not None


_ANNOUNCE = "："
ITEM_LOOKBACK = 20  # lines looked back over for a list's item before the next (``_item_after_item``)
_ITEM_NUMBER = re.compile(r"^[（(]?(\d{1,2})[）)]")  # a list item's number opening a line: "（3）", "(3)", "3）"
ITEM_NUMBER_ALONE = 4  # characters of a list item's number alone on its line ("（3）", "12.")  # … a paragraph's last line may end so (a Chinese colon: "…表述如下：")
_COMPRESSED = ("，", "、", "；", "：", "。")  # set half a cell narrow inside a printed line
_ITEM_ENDS = ("；", ";", "。")  # a list's item ends so
_CLAUSE_ENDS = ("，", "、", "；", "：")  # a clause ends, inside a sentence
_PUNCT_ONLY_CHARS = "。，、；：！？”’）」』》"
_PUNCT_ONLY = re.compile(f"^[{_PUNCT_ONLY_CHARS}]+$")  # a line of closing punctuation alone
# a list item's first character (evidence.ITEM, evidence.ITEM_ORDINAL)
_ITEM_OPENING = frozenset("0123456789０１２３４５６７８９" + evidence.ITEM_FIRST + evidence.ITEM_ORDINAL_FIRST)
_CODE_REST = re.compile(r"[0-9A-Za-z./()（）-]+")  # a code's rest after the hyphen it was wrapped at
_CLOSING_QUOTES = ("”", "’", "」", "』", "）", ")")  # … and a sentence end before them is not one yet
# The first characters that may open a front-matter field (``marker_kind``) or a numbered heading
# (``heading_style``), besides a digit, which may open a run-in title or lead too: the tests' own.
_MAY_OPEN = _FIELD_FIRST | headings._FIRST


@dataclass
class Chunk:
    """Consecutive lines forming one block; ``kind`` is "text", "heading",
    a marker kind from :mod:`wenxian.importer.markers` or "references"."""

    kind: str
    lines: list[Line]
    level: int = 0  # headings only
    lead: str | None = None  # a run-in numbered lead opening a paragraph ("1. 色彩适配不足：")



def _parenthesis_open(text: str) -> bool:
    """Whether ``text`` ends inside a parenthesis it opened: its colon is a cited page's ("…（2010："
    + "21），且…", "McKenzie与Nakamura（2002a：" + "74-77）的研究…"), announcing nothing."""
    return max(text.rfind("（"), text.rfind("(")) > max(text.rfind("）"), text.rfind(")"))

class _Layout:
    def __init__(self, doc: Lines, explain: list[evidence.Decision] | None = None) -> None:
        self.lines = doc.lines
        self.filler = doc.blank_is_filler
        self.widths = [line.width for line in self.lines]
        self._texts = texts = [line.text for line in self.lines]  # (each line's text and width read once, for the passes below)
        # (a line as wide as it is long holds no space and no Latin-1 character; of those, the ones
        # without two marks side by side are of exact width)
        pair = _MARK_PAIR.search
        self._exact = [w == len(text) and pair(text) is None for w, text in zip(self.widths, texts)]
        # (a line whose first character opens no field, numbered heading or run-in lead — each test's
        # own first-character rule — is asked none of them: most lines)
        plain = [(first := text[:1]) not in _MAY_OPEN and not first.isdecimal() for text in texts]
        self.kinds = ["formula" if line.formula else None if p else marker_kind(line.text)
                      for line, p in zip(self.lines, plain)]
        # A table head's quantity with its unit ("一、二级占比/%") opens like a heading but is a cell.
        # … nor does a numbered title its paragraph runs on after ("2.2.1 图像质量　影像质量…": a run-in lead).
        afters = texts[1:] + [""]
        # (a line opening with a digit whose text runs on to a next line as wide as the column around
        # it: a run-in title's line in a narrow column, see headings.run_in_title — a heading's own
        # wrapped tail is short, and its plain text lost the first line's indent, which a text's width
        # would not show; where blank lines are filler, the one after the title's line says nothing)
        fulls = [not p and line.text[:1].isdecimal() and k + 1 < len(self.lines) and (self.filler or not line.gap_after)
                 and self._full_after(k) for k, (p, line) in enumerate(zip(plain, self.lines))]
        # A heading's number alone on its line, its title on the next (a quotation mark opens it): read
        # with the title; the lines are one heading (``_runs_on``). (Asked of the lines ``plain`` leaves:
        # a heading's first character is one of ``_MAY_OPEN``'s.)
        self._bare = {k for k, p in enumerate(plain[:-1]) if not p and texts[k][:1] in headings._FIRST
                      and headings.bare_number(texts[k])
                      and not self.lines[k].gap_after and self.lines[k + 1].page == self.lines[k].page
                      and headings.can_continue(texts[k], texts[k + 1])
                      and headings.heading_style(texts[k] + texts[k + 1]) is not None}
        heads = [text + texts[k + 1] if k in self._bare else text for k, text in enumerate(texts)] if self._bare else texts
        styles = [None if p or k or (style := headings.heading_style(head)) is None or captions.is_quantity(line.text)
                  or headings.run_in_title(line.text, after, full) is not None
                  or (style == "pa4" and headings.item_in_a_sentence(line.text, after))
                  else style for p, k, line, after, full, head in zip(plain, self.kinds, self.lines, afters, fulls, heads)]
        styles = headings.in_sequence(styles, [text if not k else "" for k, text in zip(self.kinds, texts)])
        self.levels = headings.levels_for(styles)
        self._styles = styles
        # (the lines with a level, listed first: a line's own level is not changed before it is visited)
        for k in _indexes(map(is_not, self.levels, repeat(None)), 1):
            if self._runs_into(k):
                self.levels[k] = None
        # An unnumbered heading the extractor marked ("## 引言" in Markdown): a first-level heading.
        # Not a caption it marked for its large or bold type ("#### **表 1 …**", PyMuPDF4LLM), nor
        # the marked lines its title wrapped onto right under it, marked or not ("#### **表 1 …**" /
        # "**Table 1 Basic information of the three**" / "#### **pilot counties**").
        in_caption = False
        marked = any(map(attrgetter("heading_mark"), self.lines))  # (a text without marks: nothing to do)
        for k, line in enumerate(self.lines if marked else ()):
            in_caption = captions.caption_kind(line.text) is not None or (in_caption and line.heading_mark)
            if in_caption or not line.heading_mark:
                continue
            # … nor a chart's label it marked right above the figure's caption ("##### 共享率" /
            # "#### **图 1 …**"): no section opens with a figure and no text.
            if k + 1 < len(self.lines) and captions.caption_kind(self.lines[k + 1].text) == "figure":
                continue
            if self.levels[k] is None and not self.kinds[k] and headings.reads_as_heading(line.text):
                self.levels[k] = 1
        # An unnumbered section's name alone on its line between two blocks ("引言", "结语"): a
        # first-level heading (the numbered ones around it are counted from 1 or 一 all the same).
        for k in [k for k, text in enumerate(texts) if len(text) <= headings.MAX_SECTION_NAME_LEN]:  # (most lines are longer)
            line = self.lines[k]
            if self.levels[k] is None and not self.kinds[k] and headings.is_section_name(line.text) and self._stands_alone(k):
                self.levels[k] = 1
        self.leads = [None if p or k or s else headings.run_in_title(line.text, after, full) or headings.run_in_lead(line.text)
                      for p, k, s, line, after, full in zip(plain, self.kinds, styles, self.lines, afters, fulls)]
        # A displayed formula printed as text, with its number (round 15e): a block of its own, the
        # text before it ending there and the text after it ("式中，…") starting a block.
        self.formulas: dict[int, int] = {}
        end = 0
        # (a formula opens with a Latin or Greek letter, a digit or a sign: most lines are ruled out here)
        for k in formula_openings(texts):
            if k < end or self.kinds[k] or self.levels[k] is not None:
                continue
            count = formula_lines(texts, k)
            if count and not any(self.kinds[m] or self.levels[m] is not None for m in range(k, k + count)):
                self.formulas[k] = end = k + count
        self._formula_edges = set(self.formulas) | set(self.formulas.values())  # a block starts at each
        self._in_formula = {m for k, end in self.formulas.items() for m in range(k, end)}
        self.blank_trust = doc.blank_trust
        self._columns: dict[tuple[int, bool], float] = {}
        self._full_widths: dict[int, float] = {}
        # Closing punctuation alone on a line that ends the line before it (``_rest_at``), and
        # whether each line ends a sentence (with that rest): asked of most lines, once each here.
        self._rests = [k > 0 and line.text[:1] in _PUNCT_ONLY_CHARS and self._rest_at(k)
                       for k, line in enumerate(self.lines)]
        self._sentence_ends = [
            may and ends_sentence(texts[k - 1] + text if rest else text)
            for k, (text, rest, may) in enumerate(zip(texts, self._rests, may_end_sentences(texts)))
        ]
        widths = sorted(self.widths)
        self.wrapped = bool(widths) and not one_line_per_paragraph(widths)
        self.explain = explain
        # (a displayed formula's lines too: short, they read as a chart's labels, and a formula whose
        # exponent the extractor set on a line of its own, "ηt = 1.02-0.011θ" / "2" / "-0.035rθ (2)", went
        # out as cells with the paragraph's last word before it; session 13, zaisheng-hunningtu)
        blocked = [bool(k) or level is not None or m in self._in_formula
                   for m, (k, level) in enumerate(zip(self.kinds, self.levels))]
        column = widths[int(evidence.PAGE_COLUMN_QUANTILE * (len(widths) - 1) + 0.5)] if widths else 0.0  # (_quantile's)
        # Measured on the lines a cell could not be (PyMuPDF prints a table one cell a line: so
        # many short lines pull the quantile below the column's full lines, and a caption as wide
        # as them reads as wider than the column).
        column = _quantile([w for w in self.widths if w >= captions.CELL_WIDTH * column] or [column],
                           evidence.PAGE_COLUMN_QUANTILE)
        # The extractor cuts printed lines into pieces (``pdftotext -raw``): a line of the text opens with
        # a mark no printed line opens with ("。时效的改善…", "，对缴纳水费有"), or lines stop at a comma
        # well short of the column ("投放时段，" / "其余时间投放点关闭。" / "受访的上"), as no printed
        # line of a paragraph does. Where neither is seen, no two lines are taken for pieces of one
        # (``one_printed_line``): a paragraph's short last line and the next paragraph's first line, its
        # Latin letters counted narrower than printed, read as one printed line in pypdf's, pypdfium2's and
        # PyMuPDF's texts ("…聚焦系" / "数。" / "改进后模型的整体结构与 YOLOv8n"; session 16, tuned dev: of
        # the decisions the pieces weighed, 34 in texts showing neither were paragraph ends, 4 were not).
        self._in_pieces = any(len(text) > 1 and text.startswith(_CLOSING) for text in texts) or sum(
            1 for text, w in zip(texts, self.widths) if text.endswith("，") and w < PIECE_SHORT * column) >= MIN_PIECES
        # A heading's line wide enough to have wrapped (``_runs_on``): the short line of words after it
        # that may continue it is its tail, no chart's label ("2.1 两组患者术后首次下床时间、住院时" /
        # "间和疼痛评分比较" / "523", a page number the running head above it kept from being read as
        # one, went out as cells). Not across a blank line that says where blocks end (pdfminer's chart
        # labels after a heading: "四、学生的求助行为及其影响因素" / "" / "朋友").
        for k in _indexes(map(is_not, self.levels[:-1], repeat(None))):
            more = self.lines[k + 1]
            if self.widths[k] >= HEADING_RUNS_ON * column and not more.indent and not blocked[k + 1] \
                    and (self.filler or not self.lines[k].gap_after) \
                    and more.width < column and HAN_RE.search(more.text) and captions.caption_kind(more.text) is None \
                    and not captions.is_quantity(more.text) \
                    and headings.can_continue(texts[k], more.text):
                blocked[k + 1] = True
        self.figures = {f.start: f for f in captions.find_figures(self.lines, blocked, column)}
        # A twin's label printed away from its caption went into the caption: left out where it stood.
        self.strays = {k for f in self.figures.values() for k in f.strays}
        # Cells and labels printed away from their caption: a "cells" chunk, left out.
        loose = captions.find_loose_cells(self.lines, blocked, column, list(self.figures.values()),
                                           [k == "references" for k in self.kinds])
        self.loose = {run[0]: run[-1] + 1 for run in loose}
        # A note printed beside such cells goes back to its caption; left out where it stood.
        self.strays |= captions.find_stray_notes(self.lines, blocked, list(self.figures.values()), loose)
        # A figure's or table's lines (caption, cells, labels, note) are no lines of the column:
        # the column width around them is measured on the text's lines alone (a caption and a
        # chart's labels, short, made the column look narrow and the full line after it short).
        apart = {k for f in self.figures.values() for k in range(f.start, f.end)} | self.strays
        apart |= {k for run in loose for k in run}
        self._text = [k for k in range(len(self.lines)) if k not in apart] if apart else None
        self._where = {k: p for p, k in enumerate(self._text)} if apart else None
        # … and where a line's end is judged, nor are the headings and front-matter fields (short:
        # after a heading and the fields above the first section, the quantile of a few lines fell
        # to a paragraph's last line, "…取决于基层。", and the paragraph's end went unseen; round
        # 17c). (A heading's wrapped tail is measured as before: ``_tail``.)
        apart = apart | set(_indexes(self.kinds)) | set(_indexes(map(is_not, self.levels, repeat(None))))
        self._body = [k for k in range(len(self.lines)) if k not in apart] if apart else None
        self._body_where = {k: p for p, k in enumerate(self._body)} if apart else None
        self._bare_titles(apart)
        self.keeps_indents = self._keeps_indents(column)

    def _bare_titles(self, apart: set[int]) -> None:
        """Headings without a number (round 15e: "典型片区的观察" under "3.2 …", a case's name
        "溪口村" after "（一）总体情况"; round 17i: an article whose sections have no number at all,
        "数据与方法", "哪些因素制约了夜间消费的延续？"): a short line of a few Chinese characters
        without punctuation but a final question mark (``headings.bare_title``), after the first
        heading, standing alone after a sentence's end (or a field), narrower than a paragraph's
        first line, is weighed (``evidence.BARE_TITLE``): the line after it a paragraph's first
        line — indented, or as wide as the column less an indent — or a numbered heading (front-
        matter fields printed at the page's foot between them passed over), how narrow it is, a
        question mark and whether the article's sections are numbered (a table's cells and a
        chart's labels are followed by more of them; a paragraph's last words never stand after a
        sentence's end; a heading's wrapped tail follows a heading, a chart's labels stand among
        its lines). Its level: one above the numbered heading under it, else the heading's before
        it, at least the second where the sections are numbered, else the first."""
        first = next((k for k, level in enumerate(self.levels) if level is not None), None)
        if first is None:
            return
        try:
            stop = self.kinds.index("references", first + 1)  # (none in the reference list)
        except ValueError:
            stop = len(self.lines) - 1
        heads = [k for k, level in enumerate(self.levels[first:stop], first) if level is not None]
        # the article's sections have no number: fewer than two numbered first-level headings (a
        # wrapped line opening "五、…" is no scheme of numbered sections)
        numbered_sections = sum(1 for level, style in zip(self.levels, self._styles) if level == 1 and style)
        unnumbered = numbered_sections < 2
        low, high = headings.MIN_UNNUMBERED, headings.MAX_UNNUMBERED + 1
        found = -1  # the last title found, and its level
        for k in [k for k, w in enumerate(self.widths[first + 1 : stop], first + 1) if low <= w <= high]:
            # after a sentence's end or a front-matter field (a blank line alone says nothing: a
            # chart's labels stand between blank lines in pdfminer's text)
            if not (self._sentence_ends[k - 1] or self.kinds[k - 1]):
                continue  # (most short lines: a paragraph's last, after a line that ends no sentence)
            line = self.lines[k]
            if (self.levels[k] is not None or self.kinds[k] or self.levels[k - 1] is not None or k in apart
                    or k in self.loose or k + 1 in self.figures or not headings.bare_title(line.text)):
                continue  # (after a heading: its wrapped tail; among a figure's or table's lines: a label)
            j = k + 1  # the line after it, past the fields a page's foot prints ("收稿日期：…") to the next page
            if self.kinds[j] == "journal":
                while j < stop and self.lines[j].page == line.page:
                    j += 1
            nxt = self.lines[j]
            numbered = self.levels[j] is not None and self._styles[j] is not None
            if (self.kinds[j] or (j in apart and not numbered)
                    or not (nxt.page == line.page or (j > k + 1 and nxt.page == line.page + 1))):
                continue
            column = self.full_width(k)  # (the commonest full line: the lines after may be few)
            if line.width > column - evidence.INDENT - 1:
                continue  # as wide as a paragraph's first line
            opens = not numbered and (nxt.indent or abs(printed_width(self.lines, j, column) + evidence.INDENT - column)
                                      <= evidence.PIECE_TOLERANCE)
            decision = evidence.weigh("heading without number", line.number, evidence.BARE_TITLE, evidence.bare_title_features(
                next_opens_paragraph=bool(opens), next_numbered_heading=numbered, half_column=line.width <= column / 2,
                question=line.text.rstrip().endswith(("？", "?")), unnumbered_sections=unnumbered))
            if self.explain is not None:
                self.explain.append(decision)
            if not decision.yes:
                continue
            if numbered:
                self.levels[k] = max(1, self.levels[j] - 1)
            else:
                head = heads[bisect_right(heads, k) - 1]  # the heading before it
                last = self.levels[found] if found > head else self.levels[head]
                self.levels[k] = 1 if not numbered_sections else max(2, last or 2)  # (unnumbered: a section's, as its siblings)
            found = k

    def _keeps_indents(self, column: float) -> bool:
        """Whether the extractor kept the paragraphs' indents in this text (``pdftotext -layout``,
        pdfplumber ``layout=True``): of the clear paragraph starts — a body line (no figure's, cell's,
        field's or heading's; before the reference list) after a heading that ended on its line, or
        after a sentence's end well short of the page's ``column`` (short by more than an indent), that
        opens with no mark or item number (-layout may set those flush) — at least ``KEPT_INDENTS`` are
        indented, and at most half of the text's lines are (an indent opens a paragraph; a text
        indented throughout keeps no paragraph's)."""
        lines, levels, kinds = self.lines, self.levels, self.kinds
        indented = sum(map(attrgetter("indent"), lines))
        if indented < MIN_KEPT_STARTS:
            return False  # (most texts: no extractor's indent at all)
        body = set(self._body) if self._body is not None else set(range(len(lines)))
        in_formula, ends = self._in_formula, self._sentence_ends
        stop = kinds.index("references", 1) if "references" in kinds[1:] else len(lines)
        # (the lines after a heading or a sentence's end, in order: no other line is a clear start)
        after = sorted({k + 1 for k in compress(range(stop - 1), map(is_not, levels, repeat(None)))}
                       | {k + 1 for k in compress(range(stop - 1), ends)})
        starts = kept = 0
        for k in after:
            if k not in body or k in in_formula:
                continue
            prev, line = lines[k - 1], lines[k]
            if levels[k - 1] is not None:
                # (a heading that ended on its line: no wrapped tail follows; and long enough that an
                # indent after it cannot have been read as its row's rest, ``lines._row_rest``)
                clear = prev.width < HEADING_RUNS_ON * column and len(prev.text) > KEPT_AFTER_HEADING
            else:
                clear = (ends[k - 1] and k - 1 in body and k - 1 not in in_formula
                         and prev.width < column - evidence.INDENT - HEADING_TAIL_SHORT)
            # (the line's own tests — its page, its opening mark or item number — asked of the clear
            # starts alone: most lines follow no sentence's end)
            if clear and prev.page == line.page and not _may_open_flush(line.text):
                starts += 1
                kept += line.indent
        return starts >= MIN_KEPT_STARTS and kept >= KEPT_INDENTS * starts and indented <= len(body) / 2

    def _stands_alone(self, k: int) -> bool:
        """Whether line ``k`` opens a block and text follows it: the line before ends one (a
        sentence's end, a heading, a label, a blank line after it; a line without a Chinese
        character: the English block's last key words) or there is none."""
        if k + 1 >= len(self.lines):
            return False
        prev = self.lines[k - 1] if k else None
        return (prev is None or prev.gap_after or self.levels[k - 1] is not None or bool(self.kinds[k - 1])
                or ends_sentence(prev.text) or HAN_RE.search(prev.text) is None)

    def _full_after(self, k: int) -> bool:
        """Whether the line after ``k`` is as wide as the column around it (the smaller of the
        quantiles before and after it: the width changes between the abstract and the body; its
        Latin letters and digits may print wider than they count)."""
        nxt = self.lines[k + 1]
        column = min(_quantile(self.widths[max(0, k - WINDOW) : k + 1], evidence.COLUMN_QUANTILE),
                     _quantile(self.widths[k + 1 : k + 2 + WINDOW], evidence.COLUMN_QUANTILE))
        slack = evidence.SLACK + (LATIN_SLACK if LATIN_RE.search(nxt.text) else 0.0)
        return nxt.width >= column - slack

    def _runs_into(self, k: int) -> bool:
        """Whether line ``k``, numbered like a heading, is the wrapped rest of the line before:
        that line is prose (no heading; a comma or 、 in it, which a table's row, a chart's labels and
        a caption lack), as wide as the column around it and ends mid-sentence ("…城市内涝的成因，
        …存在资金来源单" + "一、部门协同不足…"). A heading starts after a block's end: a sentence's
        end, a heading, a short last line."""
        prev = self.lines[k - 1]
        if self.levels[k - 1] is not None or not _PROSE.search(prev.text) or prev.gap_after or self.lines[k].indent \
                or ends_sentence(prev.text) or prev.text.rstrip().endswith(_OPENS_BLOCK):
            return False
        near = self.widths[max(0, k - 1 - WINDOW) : k + WINDOW]
        return prev.width >= _quantile(near, evidence.COLUMN_QUANTILE) - evidence.SLACK

    def column(self, i: int, judged: bool = False) -> float:
        """The local column width after line ``i``: a quantile of the widths
        before (``i`` included) and after it, the smaller of the two, as the
        width changes between pages, columns and the abstract. ``judged``: the
        next line is the one measured against the column, so it is left out of
        the lines after (a paragraph's short first line must not narrow the
        column it is measured against)."""
        key = (i, judged)
        if key in self._columns:
            return self._columns[key]
        text, where = (self._body, self._body_where) if judged else (self._text, self._where)
        if text is not None and i in where:
            p, widths, exact = where[i], self.widths, self._exact
            nxt = text[p + 1 : p + 2 + WINDOW]
            # (the judged line is left out where it is a text line: one the body leaves out — a list
            # item's number, a heading's — is not among these, and the first after it is measured)
            after = (nxt[1:] if nxt[:1] == [i + 1] else nxt[:-1]) if judged else []
            sides = [([widths[k] for k in side], [exact[k] for k in side])
                     for side in (text[max(0, p - WINDOW) : p + 1], after or nxt)]
        else:
            before, start = slice(max(0, i - WINDOW), i + 1), i + 2 if judged and i + 2 < len(self.lines) else i + 1
            after = slice(start, start + WINDOW + (1 if start == i + 1 else 0))
            sides = [(self.widths[part], self._exact[part]) for part in (before, after)]
        q = evidence.COLUMN_QUANTILE
        found = [_quantile(widths, q) if all(exact) else self._measured(widths, exact) for widths, exact in sides if widths]
        self._columns[key] = column = min(found) if found else 0.0
        return column

    def _measured(self, widths: list[float], exact: list[bool]) -> float:
        """The column's width measured on lines of these ``widths`` (``exact``: whether each is a
        line of exact width): a quantile of the widths, or the
        widest line of exact width a little below it (round 15e). A line of Chinese characters and
        punctuation alone is as wide as it counts, and no line of a column is wider than a full
        one; Latin letters, digits and brackets are no exact half cell, and two marks side by side
        are set narrow ("）。"): "…更新改造方案 [4]。然而，地方财力有限，" counts 33.5 cells in a
        column of 32, and a full line of 32 after it read as a paragraph's first line. Only a
        little below (``EXACT_BELOW``, less than an indent: a paragraph's first line is exact too),
        where the quantile is no line of exact width, and shared by two such lines."""
        column = _quantile(widths, evidence.COLUMN_QUANTILE)
        if all(exact):
            return column  # (most sides: nothing to correct)
        low, seen, shared = column - EXACT_BELOW, set(), set()
        for w, e in zip(widths, exact):
            if e and low <= w <= column:
                if w == column:
                    return column  # (the quantile is a line of exact width: the column's)
                if w in seen:
                    shared.add(w)
                seen.add(w)
        # … else the widest width that two lines of exact width share: full lines (a paragraph's
        # last line a little short of the column is one line)
        return max(shared) if shared else column

    def full_width(self, i: int) -> float:
        """The width of a full printed line around line ``i``, where many lines are pieces of
        printed lines (a quantile would fall between them): the commonest width of the lines
        around it (to half a cell; the wider among equals), of those at least half as wide as
        the widest. A front-matter field's or page footnote's lines (收稿日期, 作者简介 … under both
        columns) are no column's: left out."""
        if i in self._full_widths:  # (asked again of the same line by the break's tests: measured once)
            return self._full_widths[i]
        lines = range(max(0, i - WINDOW), min(len(self.lines), i + WINDOW + 1))
        near = [self.widths[k] for k in lines if not self.kinds[k]] or [self.widths[i]]
        widest = max(near)
        counts: dict[float, int] = {}  # (a dict counted by hand: a Counter's set-up cost more, per line asked)
        for w in near:
            if w >= widest / 2:
                half = round(w * 2) / 2
                counts[half] = counts.get(half, 0) + 1
        self._full_widths[i] = full = max(counts, key=lambda w: (counts[w], w))
        return full

    def _piece(self, k: int, column: float, page: int, item: bool = False) -> bool:
        """Line ``k`` may be a piece of a printed line: narrower than the column, plain text (no
        displayed formula's line), on ``page``. ``item``: a line opening with a list item's number
        (``（2）社区每季度至少``, which may be a heading's) may be one too."""
        return (self.widths[k] < column - evidence.SLACK and not self.kinds[k]
                and (self.levels[k] is None or (item and evidence.ITEM.match(self.lines[k].text) is not None))
                and self.lines[k].page == page and k not in self.figures and k not in self._in_formula)

    def one_printed_line(self, i: int) -> bool:
        """Line ``i`` and the next are pieces of one printed line, as ``pdftotext -raw`` gives
        them (it starts a line where the drawing order jumps: after a raised mark, at a quote's
        font, around compressed punctuation). The pieces since the last full line, with some of
        those after, fill the column (its indent, if a paragraph starts there, counted); and the
        pieces after line ``i`` make no paragraph's first line (the column less its indent) or
        short paragraph. Punctuation inside a printed line is set half a cell narrow."""
        if not self._in_pieces or i + 1 >= len(self.lines) or self.lines[i].gap_after or self.lines[i + 1].indent:
            return False  # an indent the extractor kept opens a paragraph: no piece
        if headings.opens_with_lead(self.lines[i + 1].text):
            return False  # a bold lead set apart by a gap ("作者贡献声明　…") opens a paragraph: no piece
        # Cheap first (most sentence ends are followed by a full line or a first line): the next
        # line narrower than a first line of the local column.
        if self.widths[i + 1] >= self.column(i, judged=True) - evidence.INDENT - evidence.SLACK:
            return False
        page, column = self.lines[i].page, self.full_width(i)
        # A list's item run on inside a paragraph ("…的组长和联系方式；" / "（2）社区每季度至少"): its
        # number may open a piece (round 17d).
        listed = evidence.ITEM.match(self.lines[i + 1].text) is not None
        if not self._piece(i + 1, column, page, item=listed):
            return False
        tol = evidence.PIECE_TOLERANCE

        def inner(k: int) -> float:  # a piece's width inside a printed line (not its last piece)
            return self.widths[k] - (0.5 if self.lines[k].text.endswith(_COMPRESSED) else 0.0)

        fills = (lambda w: abs(w - column) <= tol or abs(w + evidence.INDENT - column) <= tol)
        # Where the printed line holding line ``i`` may start: the pieces since the last full
        # line are cut into printed lines that fill the column (maybe less an indent) or end a
        # paragraph (a sentence end); the widths from each such start to line ``i``.
        start = i
        while start > 0 and self._piece(start - 1, column, page) and not self.lines[start - 1].gap_after:
            start -= 1
        starts, opens = {start}, []
        for b in range(start, i + 1):
            if b not in starts:
                continue
            acc = 0.0
            for k in range(b, i + 1):
                end = acc + self.widths[k]
                if end > column + tol:
                    break
                if k == i:
                    opens.append(end)
                elif fills(end) or ends_sentence(self.lines[k].text):
                    starts.add(k + 1)
                acc += inner(k)
        if not opens:
            return False
        after: list[tuple[float, bool]] = []  # (width of the pieces i+1 … j, piece j ends a sentence)
        total, j = 0.0, i + 1
        while j < len(self.lines) and self._piece(j, column, page, item=listed and j == i + 1) and total <= column + tol:
            # (an item ending its clause may be a list's line of its own: "（1）经营和营销培训；")
            after.append((total + self.widths[j], ends_sentence(self.lines[j].text)
                          or (listed and self.lines[j].text.endswith(_ITEM_ENDS))))
            total += inner(j)
            if self.lines[j].gap_after:
                break
            j += 1
        if not after:
            return False
        squeeze = self.widths[i] - inner(i)
        same_line = any(fills(o - squeeze + w) for o in opens for w, _ in after) or (
            any(fills(o) for o in opens) and any(abs(w - column) <= tol for w, _ in after))
        new_paragraph = any(abs(w + evidence.INDENT - column) <= tol or (end and w + evidence.INDENT <= column + tol)
                            for w, end in after)
        return same_line and not new_paragraph

    def _ending_width(self, i: int) -> float:
        """The width of the printed line that line ``i`` ends, where the lines before it are its
        pieces (``pdftotext -raw`` starts a line after compressed punctuation: "费机制，" / "对家庭
        经济困难学生减免费用 [9]。"): short lines on its page ending a clause (，、；：, set half a cell
        narrow; a paragraph ends with a sentence) that, with line ``i``, fill the column (maybe
        less an indent) — a full line, not a short last line. Else line ``i``'s."""
        own = self.widths[i]
        if i == 0 or own >= self.column(i, judged=True) - evidence.SLACK:
            return own
        if self.lines[i - 1].gap_after or not self.lines[i - 1].text.endswith(_CLAUSE_ENDS):
            return own  # (most lines: the line before is no piece, the loop below would stop at once)
        page, column, tol = self.lines[i].page, self.full_width(i), evidence.PIECE_TOLERANCE
        total, k = own, i - 1
        while k >= 0 and i - k <= MAX_PIECES and not self.lines[k].gap_after and self._piece(k, column, page) \
                and self.lines[k].text.endswith(_CLAUSE_ENDS):
            total += self.widths[k] - (0.5 if self.lines[k].text.endswith(_COMPRESSED) else 0.0)
            if abs(total - column) <= tol or abs(total + evidence.INDENT - column) <= tol:
                return total
            if total > column + tol:
                break
            k -= 1
        return own

    def _alone(self, j: int) -> bool:
        """Line ``j`` would be a paragraph of one line: it ends a sentence and a heading, a
        run-in item or a caption follows (or nothing does), with no blank line the text trusts around it
        (round 12e: "…正相关（表 2）。" / "结合访谈资料，…以下三个方面。" / "（1）病耻感较强：…"); or a
        label (the reference list's heading "参考文献：") or a figure's labels or a table's cells
        printed away from their caption (round 14b, a word processor's one-column pages: "…居民能够
        调整的往往只是细节。" / "项目数/个")."""
        if not ends_sentence(self.lines[j].text) or (self.lines[j].gap_after and self.blank_trust >= evidence.TRUSTED_BLANKS):
            return False
        return (j + 1 >= len(self.lines) or self.levels[j + 1] is not None
                or headings.run_in_lead(self.lines[j + 1].text) is not None
                or captions.caption_kind(self.lines[j + 1].text) is not None
                or bool(self.kinds[j + 1]) or j + 1 in self.figures or j + 1 in self.loose)

    def _no_evidence(self, i: int) -> bool:
        """Nothing speaks for a break after line ``i``: no sentence end, no indent after it, no
        blank line that counts (every other feature needs one of these)."""
        line = self.lines[i]
        return not (self.lines[i + 1].indent or (line.gap_after and not self.filler) or self._sentence_ends[i]
                    or line.text.endswith(_ANNOUNCE)
                    or (self.lines[i + 1].text[:1] in _ITEM_OPENING and self._item_next(i)))

    def _item_next(self, i: int) -> bool:
        """The line after line ``i`` opens with a list item's number and line ``i`` ends so that a
        list may follow (：；。): weighed with line ``i``'s width (``BREAK["next_item"]``)."""
        text = self.lines[i].text
        return (self.lines[i + 1].text[:1] in _ITEM_OPENING  # (most lines are ruled out here)
                and text.rstrip().endswith(evidence.ANNOUNCES)
                and (evidence.ITEM.match(self.lines[i + 1].text) is not None
                     or evidence.ITEM_ORDINAL.match(self.lines[i + 1].text) is not None)
                and not _parenthesis_open(text))

    def _item_after_item(self, i: int) -> bool:
        """The line after line ``i`` opens item n of a numbered list ("（3）…"), line ``i`` ends so that a
        list may follow, and the list's other items say it is set one item a paragraph: the items of
        one list are set alike. Either item n − 1 opened a paragraph — it opened a line within
        ``ITEM_LOOKBACK`` lines before, after a line that announced it (：。) and stopped short of the
        column — and line ``i`` ends a sentence with a full stop ("…按季度及时拨付。" / "（3）拓展服务内容，…",
        the line before full); or item n is one short line and item n + 1 opens the line after it (a
        list set one item a line: "…集中在以下几个方面：" / "（1）经营和营销培训；" / "（2）…", the line
        announcing it full). Items run on inside a paragraph follow a clause's end ("…联系方式；（2）…") or
        stand after a line that did not stop short, and run on over full lines."""
        match = _ITEM_NUMBER.match(self.lines[i + 1].text)
        if match is None:
            return False
        number = int(match.group(1))
        if i + 2 < len(self.lines) and self.levels[i + 1] is None \
                and self.widths[i + 1] < self.column(i + 1) - evidence.INDENT - evidence.SLACK \
                and (after := _ITEM_NUMBER.match(self.lines[i + 2].text)) is not None and int(after.group(1)) == number + 1:
            return True
        if number < 2 or not self.lines[i].text.rstrip().endswith("。"):
            return False
        before = str(number - 1)
        for k in range(i, max(0, i - ITEM_LOOKBACK), -1):
            if (m := _ITEM_NUMBER.match(self.lines[k].text)) is None:
                continue
            if m.group(1) != before or self.levels[k] is not None:
                return False
            prev = k - 1
            return (self.lines[prev].text.rstrip().endswith(("。", "：")) and self.levels[prev] is None
                    and self.widths[prev] < self.column(prev) - evidence.INDENT - evidence.SLACK)
        return False

    def _item_lead(self, i: int) -> bool:
        """Whether line ``i`` opens with a list item's number, or follows one standing alone on the
        line before it (pdftotext -raw: "（3）" + "监管手段落后："): a numbered lead."""
        if evidence.ITEM.match(self.lines[i].text):
            return True
        prev = self.lines[i - 1] if i else None
        return (prev is not None and not prev.gap_after and len(prev.text) <= ITEM_NUMBER_ALONE
                and evidence.ITEM.match(prev.text) is not None)

    def _rest_at(self, i: int) -> bool:
        """Whether line ``i`` is closing punctuation alone that the extractor set a row apart from
        the line before it ("…小区（图 1）" + "。", "…去学校上课？" + "”": a quote's font, a mark
        hung past the column's edge): that line's end, which no line starts with."""
        return (_PUNCT_ONLY.match(self.lines[i].text) is not None and not self.lines[i - 1].gap_after
                and self.lines[i - 1].page == self.lines[i].page and self.levels[i - 1] is None and not self.kinds[i - 1])

    def ends_sentence(self, i: int) -> bool:
        """Whether line ``i`` ends a sentence, with the line before it where it is that line's
        rest (round 14f: the sentence end "（图 1）" + "。" went unseen, and a heading after
        "…上课？" + "”" was read as the paragraph's text)."""
        return self._sentence_ends[i]

    def break_after(self, i: int, first_line: bool = False) -> evidence.Decision:
        line, nxt = self.lines[i], self.lines[i + 1]
        starts_punct = nxt.text.startswith(_CLOSING)
        # "…重要着力点。" / "”[8] 新质…": the sentence ends after the closing mark the next line
        # starts with (pdftotext -raw starts a line where the quotes' font begins), not here.
        sentence_end = self.ends_sentence(i) and not nxt.text.startswith(_CLOSING_QUOTES)
        # … or the line announces what follows it ("…一种表述如下：" before a quoted passage, a list,
        # a formula; round 16c): a paragraph may end there as after a sentence, the line's and the
        # next line's widths deciding — not before a quotation, which goes on with the sentence
        # ("…坦言：" + "“建设有专项资金…”"), nor where the line is a piece of a printed line (it
        # opens with a mark no printed line opens with: "。时效的改善主要来自两个方面：", pdftotext
        # -raw), nor after a list item's number: a numbered lead runs on into its text ("（3）" +
        # "监管手段落后：" + "河道巡查主要依靠"). A piece the next line completes is weighed as after a
        # sentence's end (``one_printed_line``). And only where the next line opens a block by its own
        # look (an indent, a blank line this text's blanks make trustworthy, short of the column): a
        # colon's short line before a full one
        # is as often a formula's or a list's lead-in whose lines another column's text replaced.
        if not sentence_end and line.text.endswith(_ANNOUNCE) and not nxt.text.startswith(_OPENING_QUOTES) \
                and not line.text.startswith(_CLOSING) and not _parenthesis_open((self.lines[i - 1].text if i else "") + line.text) and not self._item_lead(i):
            column, trusted = self.column(i, judged=True), line.gap_after and self.blank_trust >= evidence.TRUSTED_BLANKS
            next_width = printed_width(self.lines, i + 1, column)
            # (a next line shorter than a paragraph's first line that stops at a comma is a piece of
            # a printed line, as pdftotext -raw cuts them: "殊性：" + "地形起伏大，" + "雨水汇流速度快，")
            piece = next_width < column - evidence.INDENT - evidence.SLACK and nxt.text.endswith(_CLAUSE_ENDS)
            # (or wider than the text's full line by more than an indent: a quotation set in smaller
            # type, more characters a line, where the text keeps no indent; session 11)
            wider = next_width > self.full_width(i) + evidence.INDENT + evidence.SLACK
            # (or the colon's line itself stops short of a paragraph's first line: no line inside a
            # paragraph does, and what it announces — a block quotation, a list, a formula — is a
            # block of its own, though its first line is as wide as the text's (a browser's
            # quotation, smaller type in a narrower measure) or another column's; session 12: on dev,
            # 61 such lines before a full one end a block, 6 do not)
            short = self.widths[i] < max(self.full_width(i), column) - evidence.INDENT - evidence.SLACK
            sentence_end = not piece and (nxt.indent or (trusted and not self.filler) or next_width < column - evidence.SLACK
                                          or wider or short)
        # (the line's shortness against the commonest full line: the lines after a list are its items;
        # or a blank line after it where this text's blank lines are all paragraph ends — PyMuPDF4LLM
        # sets each printed block on one line, so no width says the item's line is short; round 16c)
        trusted_blank = line.gap_after and not self.filler and self.blank_trust >= evidence.TRUSTED_BLANKS
        item = self._item_next(i) and (trusted_blank or self.widths[i] < max(self.full_width(i), self.column(i)) - evidence.INDENT - evidence.SLACK
                                       or self._item_after_item(i))
        if not (sentence_end or nxt.indent or (line.gap_after and not self.filler) or item) and self.explain is None:
            return evidence.Decision("paragraph break", line.number, evidence.BREAK["bias"])
        # A mark alone that would not have fitted on the line before it hung past the column's
        # edge ("…其他两类小区（图 1）" + "。"): the printed line it ends is full. Not after a
        # citation mark: pdftotext -raw starts a row after a raised mark ("…制度[2-4]" + "。"),
        # whose width the line's characters overstate; there its own width stands, as the pieces' do.
        hung = (self._rests[i] and not self.lines[i - 1].text.endswith(("]", "］"))
                and self.widths[i - 1] + self.widths[i] > self.column(i - 1) - (evidence.INDENT if first_line else 0.0)
                + evidence.SLACK)
        measure = self._narrow_measure(i, first_line) if sentence_end else None
        features = evidence.break_features(
            sentence_end=sentence_end,
            width=(self.widths[i - 1] + self.widths[i] if hung else
                   self._ending_width(i) + script_glue(line.text) if sentence_end and self.wrapped else self.widths[i]),
            next_width=printed_width(self.lines, i + 1, measure or self.column(i, judged=True)),
            column=measure or self.column(i, judged=True),
            next_indented=nxt.indent,
            blank=line.gap_after,
            blank_trust=self.blank_trust,
            filler=self.filler,
            wrapped=self.wrapped,
            first_line=first_line,
            next_opens=evidence.OPENING.match(nxt.text) is not None,
            ends_clause=line.text.endswith(("，", "、", "；", ",")),
            next_starts_punct=starts_punct,
            one_printed_line=(sentence_end or item) and self.wrapped and self.one_printed_line(i),
            next_alone=sentence_end and self.wrapped and self._alone(i + 1),
            ends_in_word=HAN_RE.match(line.text[-1:]) is not None or line.text[-1:].isascii() and line.text[-1:].isalpha(),

            next_item=item and (self.wrapped or trusted_blank),
            next_indented_alike=self._indented_alike(i, sentence_end),
            # (not after a line inside an indented run, a block quotation's last line: the text after
            # a quotation goes on unindented, and is a paragraph of its own)
            keeps_indents=(self.keeps_indents and not _may_open_flush(nxt.text)
                           and not (line.indent and i > 0 and self.lines[i - 1].indent)),
        )
        decision = evidence.weigh("paragraph break", line.number, evidence.BREAK, features)
        if self.explain is not None:
            self.explain.append(decision)
        return decision

    def _narrow_measure(self, i: int, first_line: bool) -> float | None:
        """The measure of a run of lines narrower than the column that line ``i`` stands inside — the
        line before it and the line after it as wide as it, within ``MEASURE_TOLERANCE``, and all three
        short of the column by more than an indent: a block quotation set in a narrower measure whose
        indents the extractor lost ("同人议迁事，至夜未决。或主迁" / "…" / "路可通，且余家在彼，诸事易办。" /
        "余意以为书局资本有限，迁远则", 15 cells in a column of 18). A sentence ending at that measure ends
        no paragraph by its width; a paragraph's last line is shorter than the line above it."""
        if first_line or i == 0 or i + 1 >= len(self.lines) or not self.wrapped:
            return None
        before, line, after = self.lines[i - 1], self.lines[i], self.lines[i + 1]
        if before.gap_after or line.gap_after or before.indent or line.indent or after.indent \
                or not before.page == line.page == after.page:
            return None
        widths = (self.widths[i - 1], self.widths[i], self.widths[i + 1])
        if max(widths) - min(widths) > MEASURE_TOLERANCE \
                or max(widths) >= self.column(i, judged=True) - evidence.INDENT - evidence.SLACK:
            return None
        return max(widths)

    def _indented_alike(self, i: int, sentence_end: bool) -> bool:
        """Whether line ``i`` and the next are set in alike (a block quotation's lines: line ``i``
        fills most of the column, its measure less the quotation's indents); after a
        sentence's end, only where the line before is too, right above (inside the quotation, not
        at a one-line paragraph's end)."""
        line, nxt = self.lines[i], self.lines[i + 1]
        if not (line.indent and nxt.indent and line.lead == nxt.lead):
            return False
        if self.widths[i] < QUOTE_MEASURE * self.full_width(i):
            return False  # a stub ("# 不是标题"): a line of its own, no quotation's full line
        if not sentence_end:
            return True
        before = self.lines[i - 1] if i else None
        return before is not None and before.indent and before.lead == line.lead and not before.gap_after

    def starts_block(self, j: int, current: str, first_line: bool = False) -> bool:
        line, prev = self.lines[j], self.lines[j - 1]
        if self.kinds[j] or j in self.figures or j in self.loose or j in self._formula_edges:
            return True
        if current == "journal" and value_follows(prev.text) and line.page == prev.page:
            return False  # the value of the label the line before ends with
        if current == "journal" and prev.text.rstrip().endswith("-") and _CODE_REST.fullmatch(line.text.strip()) \
                and line.page == prev.page:
            return False  # a code wrapped at its hyphen ("文章编号：2097-3318(2025)04-" + "0041-10"; round 15e)
        if current == "journal" and (
            CODE_FIELD_LINE.search(prev.text) or ends_sentence(prev.text) or line.page != prev.page
            # … or, above the abstract (the head: the title, the authors follow), a field whose line
            # ends with an e-mail address; at a page's foot a note's line may still follow it
            or (ENDS_WITH_EMAIL.search(prev.text) and "abstract" in self.kinds[j:])
            # … or a code's value the line before took from the line after its label
            or (j >= 2 and value_follows(self.lines[j - 2].text) and CODE_FIELD_LINE.search(self.lines[j - 2].text))
        ):
            # A code or date (DOI, 中图分类号, 收稿日期 …) ends at its line's end, a
            # footnote (作者简介 …) at its sentence's or at its page's foot: the text runs on after it.
            return True
        if current in EN_KINDS:
            return line.indent or HAN_RE.search(line.text) is not None
        if current == "keywords" and HAN_RE.search(line.text) is None and len(line.text.split()) >= 4:
            # Chinese key words run on over a line of Chinese words; a line of four Latin words
            # or more after them is the English block's title (the mirror of the rule above).
            return True
        if current == "text" and (j in self._stanzas or j - 1 in self._stanzas):
            return self._stanza_edge(j)
        if (self.levels[j] is not None or self.leads[j]) and (
            current != "text" or self.ends_sentence(j - 1) or prev.gap_after
        ):
            return True
        if self.explain is None and self._no_evidence(j - 1):
            return evidence.BREAK["bias"] > 0  # the decision break_after would make, without building it
        return self.break_after(j - 1, first_line).yes

    def _find_stanzas(self) -> dict[int, int]:
        """The verse stanzas' lines (:mod:`.verse`), each with its stanza's number."""
        blocked = [bool(kind) or level is not None or bool(lead) for kind, level, lead in zip(self.kinds, self.levels, self.leads)]
        for k in self._in_formula | self.strays:
            blocked[k] = True
        for start, end in [(f.start, f.end) for f in self.figures.values()] + list(self.loose.items()):
            blocked[start:end] = [True] * (end - start)
        trusted = not self.filler and self.blank_trust >= evidence.TRUSTED_BLANKS
        return verse.stanzas(self.lines, (self.column, self.full_width), blocked, trusted)

    def _stanza_edge(self, j: int) -> bool:
        """Whether a block starts at line ``j``, a verse line or the first after one: where a stanza
        starts or ends."""
        yes = self._stanzas.get(j) != self._stanzas.get(j - 1)
        if self.explain is not None:
            self.explain.append(evidence.Decision("paragraph break (verse stanza's edge)", self.lines[j - 1].number,
                                                  1.0 if yes else -1.0, {"verse": 1.0}, {"verse": 1.0 if yes else -1.0}))
        return yes

    def heading_end(self, i: int) -> int:
        """Index after the last line of the heading starting at ``i``."""
        n = len(self.lines)
        text = self.lines[i].text
        for end in range(i, min(n, i + MAX_HEADING_LINES)):
            if end > i:
                more = self.lines[end]
                if (more.indent and end - 1 not in self._bare) or self.kinds[end] or not headings.can_continue(text, more.text) \
                        or not self._runs_on(end - 1):
                    break
                text += more.text
            nxt = end + 1
            if (
                nxt >= n
                or (self.lines[nxt].indent and end not in self._bare)
                or self.kinds[nxt]
                or self.levels[nxt] is not None
                or (not self.filler and self.lines[end].gap_after and not self._tail(nxt, text))
            ):
                return nxt
        # Nothing marks where the paragraph after it begins: the heading runs
        # on over a line only when that line is short (a wrapped heading's
        # tail); a line as wide as the column is the paragraph's.
        end = i
        text = self.lines[i].text
        while end + 1 < min(n, i + MAX_HEADING_LINES) and self._tail(end + 1, text) and self._runs_on(end):
            end += 1
            text += self.lines[end].text
        return end + 1

    def _runs_on(self, j: int) -> bool:
        """Whether the heading's line ``j`` is wide enough to have been wrapped: a heading
        stopped well short of the column ended there ("（一）服务内容较为单一" in a column of 18
        cells), and the lines after it are the paragraph's, though the extractor kept no
        indent or blank line to say so."""
        # (or the line is a piece of the heading's printed line: its number alone, or the next line
        # opens with a mark no printed line opens with, "（二）" / "“孤灯摇影”" / "：夜泊诗的…")
        if j in self._bare or (j + 1 < len(self.lines) and self.lines[j + 1].text.startswith(_CLOSING)
                               and not self.lines[j].gap_after and self.lines[j + 1].page == self.lines[j].page):
            return True
        return self.widths[j] >= HEADING_RUNS_ON * self.column(j)

    def _tail(self, j: int, heading: str) -> bool:
        """Whether line ``j`` reads as the short wrapped tail of ``heading``: short of the column by
        more than an indent — or, after a heading's line that reached the column's edge (it wrapped:
        its title goes on), short of it by more than a paragraph's first line is (its indent), the
        extractor having kept no indent to tell the two apart ("（二）突发事件结束后志愿者队伍规模的变" /
        "化及其在不同类型社区之间的差异" / "调查显示，24 个社区…": 19, 15 and 16 cells in a column of 18),
        and no clause of a sentence in it (a paragraph's first line holds its commas)."""
        if j >= len(self.lines) or self.lines[j].indent or self.kinds[j] \
                or not headings.can_continue(heading, self.lines[j].text):
            return False
        column = self.column(j)
        if self.widths[j] < column - HEADING_TAIL_SHORT:
            return True
        return (j > 0 and self.widths[j - 1] >= self.column(j - 1) - HEADING_WRAPPED
                and self.widths[j] < column - evidence.INDENT and not _PROSE.search(self.lines[j].text)
                and not captions.is_quantity(self.lines[j].text))  # (a chart's axis label, "保留率/%", is none)

    def _may_start_text(self) -> list[int]:
        """The lines that may start a block after a text line (``starts_block`` with "text"), in
        order, ``len(self.lines)`` last: the others hold nothing that could — no field, heading,
        lead, figure, loose cells or formula, no indent, no list item's number, after a line with
        no sentence end and no blank line that counts (``_no_evidence``) — and are decided
        without building the decision (``BREAK["bias"]``; most lines of a paragraph)."""
        lines, kinds, levels, leads, ends = self.lines, self.kinds, self.levels, self.leads, self._sentence_ends
        blank = not self.filler
        found = {j for j in range(1, len(lines))
                 if kinds[j] or levels[j] is not None or leads[j] or lines[j].indent or ends[j - 1]
                 or (blank and lines[j - 1].gap_after) or lines[j].text[:1] in _ITEM_OPENING
                 or lines[j - 1].text.endswith(_ANNOUNCE)}  # (a colon's line may end a paragraph: round 16c)
        found |= set(self.figures) | set(self.loose) | self._formula_edges
        found |= {k for k in self._stanzas if k} | {k + 1 for k in self._stanzas if k + 1 < len(lines)}
        return sorted(found) + [len(lines)]

    def chunks(self) -> list[Chunk]:
        self._stanzas = self._find_stanzas()
        self._may_start = self._may_start_text()
        out: list[Chunk] = []
        i, n = 0, len(self.lines)
        while i < n:
            figure = self.figures.get(i)
            if figure is not None:
                out.append(Chunk("caption", [self.lines[k] for k in figure.caption + figure.note]))
                if self.explain is not None and figure.cells:
                    first, last = self.lines[figure.cells[0]].number, self.lines[figure.cells[-1]].number
                    self.explain.append(evidence.Decision(
                        f"{figure.kind} cells left out (lines {first}-{last})", self.lines[figure.caption[0]].number,
                        1.0, {"caption": 1.0}, {"caption": 1.0}))
                i = figure.end
                continue
            if i in self.loose:
                out.append(Chunk("cells", self.lines[i:self.loose[i]]))
                if self.explain is not None:
                    first, last = self.lines[i].number, self.lines[self.loose[i] - 1].number
                    self.explain.append(evidence.Decision(
                        f"cells away from their caption left out (lines {first}-{last})", first,
                        1.0, {"cells": 1.0}, {"cells": 1.0}))
                i = self.loose[i]
                continue
            level = self.levels[i]
            if level is not None:
                end = self.heading_end(i)
                # A heading's tail never runs into a figure's lines (its labels start there) or cells.
                end = min([end] + [start for start in (*self.figures, *self.loose) if i < start < end])
                # Its closing mark set a row apart ("四、…为何“建得起、用不好”" + "？": pdftotext -raw starts
                # a row after a quote's font; round 16c) is the heading's end, no paragraph's start.
                if end < n and _PUNCT_ONLY.match(self.lines[end].text) and not self.lines[end - 1].gap_after \
                        and self.lines[end].page == self.lines[end - 1].page:
                    end += 1
                out.append(Chunk("heading", self.lines[i:end], level))
                i = end
                continue
            if i in self.strays:
                i += 1
                continue
            if i in self.formulas:  # a displayed formula printed as text: a paragraph of its own
                out.append(Chunk("text", self.lines[i:self.formulas[i]]))
                if self.explain is not None:
                    self.explain.append(evidence.Decision(
                        "a displayed formula with its number: a block of its own", self.lines[i].number,
                        1.0, {"formula": 1.0}, {"formula": 1.0}))
                i = self.formulas[i]
                continue
            kind = self.kinds[i] or "text"
            if kind in ("references", "formula"):
                out.append(Chunk(kind, [self.lines[i]]))
                i += 1
                continue
            j = i + 1
            # (a mark alone after the block's first line ends that line: the indent counts there too)
            while j < n and not self.starts_block(j, kind, j == i + 1 or (j == i + 2 and self._rests[i + 1])):
                j += 1
                if kind == "text" and self.explain is None and evidence.BREAK["bias"] <= 0:
                    j = self._may_start[bisect_left(self._may_start, j)]  # (the lines between start none)
            lead = self.leads[i] if kind == "text" else None
            out.append(Chunk(kind, [self.lines[k] for k in range(i, j) if k not in self.strays] if self.strays
                             else self.lines[i:j], lead=lead))
            i = j
        return out


def printed_width(lines: list[Line], j: int, column: float) -> float:
    """The width of the printed line ``lines[j]`` opens: with the pieces after it that start
    with punctuation no printed line starts with (pdftotext -layout sets the text after a
    quote's closing mark a row lower: "一些村民习惯了“免费水”" + "，对缴纳水费有"), on its
    page, no blank line between, as long as they fit the ``column`` together (a full line's
    punctuation pushed to the next line is no piece of a short one). A short piece is no
    short line. The glue around its Latin letters and digits counts (``chars.script_glue``), its raised
    and lowered characters half a cell each (``chars.small_glyphs``)."""
    total, k = lines[j].width + script_glue(lines[j].text) - small_glyphs(lines[j].text), j
    while (
        k + 1 < len(lines)
        and not lines[k].gap_after
        and lines[k + 1].page == lines[j].page
        and lines[k + 1].text.startswith(_CLOSING)
        and total + lines[k + 1].width <= column + evidence.PIECE_TOLERANCE
    ):
        k += 1
        total += lines[k].width
    return total


def break_across(before: list[Line], after: list[Line], blank_trust: float = 0.0, inside: bool = False,
                 around: tuple[list[Line], list[Line]] = ([], [])) -> evidence.Decision:
    """Whether a paragraph ends between ``before`` and ``after``, two runs of text lines that a
    figure, a table or a page's footnote stands between: the paragraph-break evidence of the
    lines either side of it, the column measured on both runs (the float's own lines
    apart). A sentence that ends at a full line, followed by a full line (no indent), runs
    on: the float was set where the page had room, inside the paragraph.

    ``inside``: a figure or a table stands between (not a page's footnote), set in the text's flow
    where the sentence before it cites it (``reader._anchored``). A word processor and a browser
    set it there, cutting the paragraph's line (and, where it does not fit, leaving the page's
    foot empty): the line before it is
    short whether or not the paragraph ends, so that shortness counts little (at most
    ``evidence.INSIDE_SHORT`` cells), and the line after it decides — a first line short by its
    indent (or indented) opens a paragraph, a full line goes on with it (session 12, the
    word-processor and Chromium one-column texts: "…的认同比例见表2。" / table / "这一结果与…").
    Across a page's footnote, the text flows around it: a short last line still tells.

    ``around``: the text lines before ``before`` and after ``after`` (the blocks beside them): a
    part of a few lines is too short to measure the column on (a run-in item of two lines
    holding Latin letters either side of a table measured 29 cells in a column of 32)."""
    last, first = before[-1], after[0]
    lines_before = (around[0] + before)[-WINDOW:] if len(before) < WINDOW else before[-WINDOW:]
    lines_after = (after + around[1])[:WINDOW] if len(after) < WINDOW else after[:WINDOW]
    widths = [line.width for line in lines_before + lines_after]
    if one_line_per_paragraph(sorted(widths)):  # (whole paragraphs a line: no column to measure beyond the parts)
        widths = [line.width for line in before[-WINDOW:] + after[:WINDOW]]
    column = _quantile(widths, evidence.COLUMN_QUANTILE)
    features = evidence.break_features(
        sentence_end=ends_sentence(last.text),
        width=max(last.width, column - evidence.INSIDE_SHORT) if inside else last.width,
        next_width=printed_width(after, 0, column),
        column=column,
        next_indented=first.indent,
        blank=False,
        blank_trust=blank_trust,
        filler=False,
        first_line=len(before) == 1,
        next_opens=evidence.OPENING.match(first.text) is not None,
        ends_clause=last.text.endswith(("，", "、", "；", ",")),
        next_starts_punct=first.text.startswith(("，", "。", "、", "；", "：", "）", "”")),
    )
    return evidence.weigh("paragraph break across a figure or footnote", last.number, evidence.BREAK, features)


def segment(doc: Lines, explain: list[evidence.Decision] | None = None) -> list[Chunk]:
    """The blocks of a document, in order; each break decision goes to ``explain``."""
    return _Layout(doc, explain).chunks()
