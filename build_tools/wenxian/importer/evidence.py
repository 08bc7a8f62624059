"""The importer's decisions from weighed evidence, in one place.

Each decision — does a paragraph end between two lines, is a line page
furniture (a running header or footer, a page number) — adds up weighted
features and decides by the sign of the sum. The weights are data
(``BREAK`` and ``FURNITURE`` below), set on the development part of the import
corpus (``benchmarks/importcorpus/fit.py`` searches them and prints the best;
the held-out part is only scored). Every decision keeps its reasons: the
features that weighed, with their contributions, for ``wenxian import
--explain``.

Widths are in CJK cells (:func:`wenxian.importer.chars.width`); "short" is
measured against the local column width, which changes between pages,
columns and the abstract.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Paragraph break between two lines. Each feature is 0 when absent.
BREAK: dict[str, float] = {
    "bias": -3.0,
    "sentence_end": 1.0,  # the line ends a sentence (。！？… maybe a citation after it)
    "last_line_short": 2.0,  # × cells the line falls short of the column, beyond SLACK (max 4), after a sentence end
    "next_line_short": 2.5,  # × cells the next line falls short (its indent), beyond SLACK (max 3), after a sentence end
    "next_indented": 4.0,  # the next line starts with an indent the extractor kept
    # … by as much as this line is indented, in a printed column: a block quotation's lines, all
    # set in alike (pdftotext -layout: "   吾澄…" / "   载以归…"); a paragraph indents only its
    # first line. Cancels the indent. After a sentence's end only inside such a run (the line
    # before indented alike too): a one-line paragraph and the next, both indented, stay apart
    # ("   那么，读者是哪些人？" / "   从邮购记录看…"). Set by hand on dev (session 11, zhanshi-shuju).
    "next_indented_alike": -4.0,
    "blank_line": 4.5,  # × (how far blank lines can be trusted in this text)², see ``Lines.blank_trust``
    "no_blank_in_filler": 0.5,  # no blank line after a sentence end where blanks follow nearly every line
    "next_line_full": -1.0,  # the next line is as wide as the column: no indent, no new paragraph
    "next_opens": 2.5,  # after a sentence end, the next line opens with an ordinal connective (首先，其次，一是…)
    "ends_clause": -2.0,  # the line ends on a comma, 、 or ；: no paragraph ends so
    "next_starts_punct": -5.0,  # the next line starts with a comma or a full stop: no paragraph starts so
    # The line and the next are pieces of one printed line (``_Layout.one_printed_line``): after
    # a sentence end, pdftotext -raw's "…贯穿全过程。" / "基" / "于上述发现…". Outweighs both
    # shortness features together.
    "one_printed_line": -14.0,
    # The line is full and ends a sentence, and the next, ending one too, would be a paragraph of
    # one line before a heading (or the text's end): its shortness is all that speaks for a break,
    # and a paragraph's last line is as short (chengshi-neilao: "…的要求 [8-9]。" / "部分老城区仍为
    # 雨污合流，…突出。" / "2. 调蓄空间不足"). Outweighs the next line's shortness (at most 7.5)
    # with the sentence end, not a short last line's too (kuaidi-xiacun's one-line paragraph).
    # Set on dev in round 11a: -6 and -8 score alike.
    "next_alone": -8.0,
    # Where each line is a whole block (one line per paragraph, a blank line after each), a line
    # that stops inside a word (its last character a Han one, no sentence or clause end) before a
    # blank: the extractor's text block ended at a column's or page's end, not the paragraph
    # (PyMuPDF4LLM's Markdown: "…指出我国目前需要“积极" / "" / "培育未来产业，…"). Outweighs the
    # blank line with the bias (set by hand on dev, round 15f; headings and captions are decided
    # before any break, running heads and notes taken out).
    "block_cut": -3.0,

    # The line ends a clause, a sentence or announces a list (：；。) well short of the column and
    # the next opens with an item's number ("…以下几个方面：" / "（1）经营和营销培训；" / "（2）…"):
    # a list set one item a line (round 15e). Outweighs the bias, a clause's end and a full next
    # line (the column measured on the items themselves); a list run on inside a paragraph ("…；"
    # at a full line's end, "②…") has no short line. Set by hand.
    "next_item": 7.0,

    # The text keeps its paragraphs' indents (``layout._Layout.keeps_indents``: ``pdftotext -layout``'s
    # and pdfplumber ``layout=True``'s leading spaces, the first line after each heading and after each
    # clear paragraph end indented), the line is full and ends a sentence, and the next line has no
    # indent: it is no paragraph's first line, however short — it is the paragraph's last line
    # ("…降低相关并发症的发生风险。" / "出院后的随访指导则…[18,19]。" / "    对照组发生的…"; a word
    # processor's and a browser's one-column pages). Outweighs the next line's shortness with the
    # sentence end (at most 8.0). Not where the next line opens with an opening mark (-layout starts
    # a line at the mark's glyph, half a cell in: the indent is lost) or a list item's number. Set by
    # hand on dev (session 13: no gold paragraph start on dev's -layout texts is weighed so).
    "next_unindented": -8.0,
}
COLUMN_QUANTILE = 0.9  # the local column width: this quantile of the widths around a line
# (0.9, not 0.8: where paragraphs are two or three lines long, the 0.8 quantile of a
# dozen lines is often a first line, short by its indent, and the next paragraph's
# indent went unseen; set on dev with issue 11's third round)
PAGE_COLUMN_QUANTILE = 0.8  # a whole page's column width (block order): many lines, the 0.8 quantile
SLACK = 0.5  # cells of width a full line may fall short of the column by chance
MAX_LAST_SHORT = 4.0
TRUSTED_BLANKS = 0.95  # blank-line trust above which every blank line is a paragraph's end
# A blank line between two full lines (the line before it not short, the next not short by an
# indent) counts this share, where blanks are not wholly trusted: pdfminer ends a text box
# after a paragraph's full first line that happens to end a sentence (dev: shuzi-zhili).
BLANK_BETWEEN_FULL = 0.5
MAX_NEXT_SHORT = 3.0
# Cells the line before a figure or table set in the text's flow counts short at most
# (``layout.break_across``): the float cut it where its anchor stood, so its shortness is weak
# evidence, less than an indent; a full line after the float (no indent) outweighs it and the
# paragraph runs on. Set by hand on dev (session 12: 2.0; no cap cut the word-processor and
# Chromium one-column texts' paragraphs at every table set inside them).
INSIDE_SHORT = 2.0
PIECE_TOLERANCE = 1.0  # cells by which pieces of a printed line may miss the column's width
INDENT = 2.0  # cells a paragraph's first line is indented by: its shortness is no sign of its end
# Connectives that open a paragraph of an enumeration (首先，… 其次，… 最后，…; 一是… 二是…).
# An item's number opening a line: （1） (1) 1） 1. 1、 ①; not "0.15R" nor "2.1 …".
ITEM = re.compile(r"^(?:[（(]\d{1,2}[）)]|\d{1,2}(?:[）)、]|[.．](?!\d))|[\u2460-\u2473])")
ITEM_FIRST = "（(" + "".join(map(chr, range(0x2460, 0x2474)))  # an item's first character, besides a digit
ANNOUNCES = ("：", ":", "；", ";", "。")  # a line ending so may be followed by a list's item
# An enumeration's item opened by its ordinal word rather than a number ("…停车位 [18]；" /
# "第二，实行分时分区的…"; "二是…", "其次，…"): weighed as an item's number is (``next_item``:
# only after a line that ends so a list may follow and stops well short of the column). Not
# 首先/此外/另外/然后: they open no item after the first (round 17j).
ITEM_ORDINAL = re.compile(r"^(?:第[一二三四五六七八九十]{1,2}|[一二三四五六七八九十]是|其次|再次|最后)[，,、]")
ITEM_ORDINAL_FIRST = "第一二三四五六七八九十其再最"  # its first character
OPENING = re.compile(r"^(?:首先|其次|再次|然后|最后|此外|另外|第[一二三四五六七八九十]+|[一二三四五六七八九十]是)[，,、]?")

# A short line without a number standing alone between blocks: a heading? (``layout._bare_titles``;
# round 15e, weighed since round 17i). Only lines that pass ``headings.bare_title`` (a few Chinese
# characters, no punctuation but a final question mark), after a sentence's end or a field, are asked.
BARE_TITLE: dict[str, float] = {
    "bias": -3.0,
    # the line after it opens a paragraph: indented, or as wide as the column less an indent
    "next_opens_paragraph": 4.0,
    # … or is a numbered heading (a section's name over its first subsection, "数据与方法" /
    # "（一）研究区域"; round 17i: yejian-jingji's unnumbered sections over their （一）)
    "next_numbered_heading": 4.0,
    "half_column": 1.0,  # at most half the column wide (a paragraph's first line is the column less an indent)
    # ends in a question mark: a one-line paragraph asking a question ("效果如何？") reads the same…
    "question": -2.0,
    # … unless the article's sections are unnumbered (the headings found so far have no number: its
    # siblings are bare lines too; round 17i: "哪些因素制约了夜间消费的延续？")
    "unnumbered_sections": 1.5,
}

# A line above the title that reads as a journal line (a year, 第…卷, 第…期): the masthead's date
# line, or the title's first line where a title opens with a year ("2021—2023年澄州市PM2.5…",
# session 15: qirongjiao-lizi)? (``frontmatter._masthead``). Only lines with at least one journal
# field are asked; English mastheads (a name in capitals, "May 2024") are decided by their shape.
MASTHEAD: dict[str, float] = {
    "bias": -1.0,
    "journal_fields": 1.5,  # × kinds of field in the line (year, month, volume, issue), at most 3
    # the year runs on into words that are no field ("2023年澄州市…"; a masthead's 年 is followed by
    # its month, 第…期, a space or nothing)
    "date_runs_on": -3.0,
    "year_range": -3.0,  # two years joined by a dash ("2021—2023年"): a span of time, not an issue's date
    # the line's year is not the year a masthead line above it (or the first page's header) gave
    "other_year": -3.0,
}

# A line that is page furniture rather than text.
FURNITURE: dict[str, float] = {
    "bias": -3.0,
    "repeated": 1.5,  # × (places the line recurs, digits masked, between different lines − 1), at most 3
    "page_edge": 1.5,  # first or last line of a page, or next to a page number
    "journal_words": 1.5,  # 年/卷/期/Vol./No. with numbers: a journal line
    "names_title": 2.0,  # holds the authors' names and the start of the title
    # and is shaped as an odd page's head: the author line's names, a colon, the title's start
    # (round 14b: a word processor's three-page article prints it once, and pypdfium2 may put it
    # after a table on its page: neither recurring nor at an edge). Set by hand on dev: with
    # names_title it outweighs the bias; a sentence end or a sentence inside still keeps it text.
    "head_shape": 1.5,
    "varied_context": 0.5,  # stands between different lines each time
    "short_line": 1.0,  # narrower than 60 % of the column (the 0.8 quantile of the text's line widths)
    # as wide as the column, after such a line that ends no sentence, and neither the first nor the
    # last line of its page (where form feeds mark the pages): a paragraph's line that happens to
    # share the title's words near a page break ("…当前以全面深化改革推动新质生产力加速形成")
    "full_line": -1.0,
    "sentence_end": -2.0,  # ends a sentence: text, not a header
    "sentence_inside": -2.0,  # a sentence ends inside the line and another runs on: text, not a header
    "numbered_heading": -2.5,  # numbered like a section heading (二、… （一）…): a heading that shares the title's words
    # reads as a figure's or table's caption ("表2 中小河流治理工程综合绩效评价指标体系", "表 1 X 市
    # 2021—2024 年…"): a caption that shares the title's words, or whose years read as a journal
    # line's, at a page's top (PyMuPDF puts a float there, after the header); as a numbered
    # heading, set by hand in rounds 11a and 11d (chengshi-neilao, PyMuPDF's texts) alike
    "caption": -2.5,
    "ends_clause": -2.0,  # ends on a comma, 、, ； or a colon: a sentence's piece ("2023 年 9 月，", pdftotext -raw)
    # recurs, and stands between two lines taken as furniture on its page: a header's middle piece
    # (a header cut at its wide gaps recurs whole, so its middle piece has the same neighbours)
    "between_marks": 2.0,
    # a displayed formula's number alone on its line right after the formula ("P = 0.25A + …" /
    # "(1)", pdftotext and PyMuPDF set it apart): its numbers recur masked, "(1)", "(2)", and it
    # may end a page, as a page number does (round 15e; set by hand: it outweighs the most those
    # give a short line with the bias, 4.5)
    "formula_number": -5.0,
    # opens with a front-matter field's label (作者简介：, 基金项目：, 收稿日期：): the first page's
    # footnote, which may repeat the affiliation's words (names_title) and stand by the page's number
    # (page_edge; session 11, zhanshi-shuju's one-column texts: "作者简介：温知远…汀川师范大学历史文"
    # was dropped and its second line ran into the funding). Set by hand, as numbered_heading: a
    # field that recurs on every page (a DOI line) is still taken.
    "field_label": -2.5,
    # opens with a comma or a stop: a sentence's continuation, as no running head or page number
    # opens (pdftotext cut "作者简介：温知远（1979—）" / "，男，…汀川师范大学历史文" where the dash
    # ends; session 11). Set by hand, as ends_clause.
    "opens_clause": -2.0,
}

# The order of a page's blocks (``wenxian.importer.blockorder``): an order is
# scored by adding these up; the extractor's own order is the prior, and
# another is taken only when it scores ORDER_MARGIN more.
ORDER: dict[str, float] = {
    "bias": -2.0,  # the margin: evidence must beat the extractor's order by this much
    "continues": 3.0,  # a block ending mid-sentence is followed by one that starts as a continuation (full width)
    "word_across": 2.0,  # … and a dictionary word runs across the join (43 % of true joins, 5 % of false ones)
    # … or, none doing so, three ideographs the document prints elsewhere inside a line
    # (wenxian.importer.lexicon.phrases; weighed in a block's interleaved lines only)
    # (dev, twocol-narrow, plain pdftotext / pdfminer paragraphs: 0 → 0.52 / 0.49, 1.0 → 0.54 / 0.54,
    # 1.5 → 0.54 / 0.53, 2.0 → 0.53 / 0.53: a chance phrase splits a run wrongly)
    "phrase_across": 1.0,
    "no_word_across": -0.5,  # … and none does
    "dangling": -3.0,  # … or by one that starts anew (a heading, an indented or short first line)
    "heading_then_continuation": -2.0,  # a heading is followed by a block starting at full width
    "heading_order": -3.0,  # per pair of blocks whose heading numbers run backwards (2 before 1.2)
    "citation_order": -2.0,  # per pair of blocks whose citations run backwards (all of one after all of the other)
    "after_references": -3.0,  # body text after the reference list on the same page
    # per pair of blocks whose reference entries' numbers run backwards ([6]…[18] before [1]…[5]:
    # pdftotext set the right column's part of the list before the left column's; round 12b)
    "entry_order": -4.0,  # (-3.0 left it below the margin where two moved blocks cost 1.0)
    "balanced_columns": 2.0,  # the order reads as two columns of about equal length, each in the extractor's order
    "moved": -0.5,  # per pair of neighbours that were not neighbours in the extractor's order
    # The page had too many blocks to try every split (see MAX_ORDER_BLOCKS): the best of a
    # beam over very many orders wins by chance more often, so it must win by more (dev:
    # wrong winners by 0.5 to 2.5 on pdftotext -layout pages, the right one by 12 on pdfminer's).
    # Not where it puts both the headings and the new citations back in turn (round 15c).
    "beam_searched": -4.0,
    # A block's lines interleaved from both columns: each line that goes over to the
    # other column than the line before it (such a block does so line by line).
    "stream_switch": 0.75,
    # … the other stream than the block's last line's ends mid-sentence: nothing in the block continues it
    "stream_open_end": -3.0,
    # … per line citing a new number below one cited before, the two streams read one after
    # the other (in the better of the two orders)
    "stream_citation_order": -3.0,
    # … a stream goes on after the other gave more than blockorder.RESUME_AFTER lines in a row:
    # a column whose lines stop there has ended (or broke for a heading's space, two lines or three)
    "stream_resumed": -2.0,
    # … per printed line holding both columns' lines (joined where their baselines met) whose two
    # parts are put in one stream, or whose left part is not in the left column's stream
    "stream_joined": -6.0,
    # … (a run of blocks, blockorder._interleaved_runs) per going over between two lines printed
    # one under the other with no blank line between: pdftotext keeps a column's lines together
    "stream_same_block": -2.0,
    # … (a run whose first split went over between most lines printed apart: blockorder._alternating)
    # per going over between two lines printed apart, each a block of its own: plain pdftotext
    # printed the narrow gutter's columns a line of each in turn (round 12b; 1.0, 1.5, 2.5, 3.0 tried)
    "stream_alternate": 2.0,
    # … per heading whose number does not follow the one before it in its stream ((二) right after 五、)
    "stream_heading_order": -3.0,
    # … (a text giving a narrow gutter's columns in bands, blockorder._band_split) per row by which
    # a band's two parts differ beyond blockorder.BAND_SLACK
    "band_unequal": -4.0,
    # … (the same texts) a reference entry [k] right after the list's label (k = 1) or after entry
    # [k - 1] whole on one line (blockorder._band_joins)
    "entry_follows": 2.0,

    # … (a run) a table's cell (a short line without punctuation) after its caption or another
    # cell: the cells stand together under the caption, whichever column's lines pdftotext printed
    # between them (round 14c; 1.5, 2.0, 2.5, 3.0 tried: 2.0 to 3.0 alike on dev, 3.0 also kept
    # the word processor's fixture's "样本数" out of a paragraph; 1.5 gained less)
    "stream_cells": 3.0,
    # … (a block's interleaved lines) a line opening with punctuation no printed line opens with
    # ("。按照…") after a short piece ending mid-sentence ("较大（表 1）"): one printed line's two
    # pieces, one column's (round 15c; set by hand, as strong as a continuation)
    "stream_piece": 3.0,
    # … a list's first run-in item ("1. …：") right after a sentence announcing a list ("…以下两个方面。")
    "announced_list": 2.0,
}
BALANCE_TOLERANCE = 0.12  # share of a page's lines two full columns may differ by
MAX_ORDER_BLOCKS = 10  # pages with more movable blocks are not searched split by split (that search is 2^n) …
MAX_BEAM_BLOCKS = 40  # … but by a beam over the splits (ORDER_BEAM kept per block); more: the extractor's order
ORDER_BEAM = 32


@dataclass
class Decision:
    """A yes/no decision and the weighed features behind it."""

    what: str
    line: int
    score: float
    features: dict[str, float] = field(default_factory=dict)
    weights: dict[str, float] = field(default_factory=dict)

    @property
    def yes(self) -> bool:
        return self.score > 0

    @property
    def reasons(self) -> list[tuple[str, float]]:
        """(feature, contribution) for the bias and every feature present."""
        return [("bias", self.weights.get("bias", 0.0))] + [
            (name, self.weights[name] * value) for name, value in self.features.items() if value
        ]

    def explain(self) -> str:
        parts = ", ".join(f"{name} {value:+.1f}" for name, value in self.reasons if value)
        verdict = "yes" if self.yes else "no"
        return f"line {self.line}: {self.what}? {verdict} ({self.score:+.1f}: {parts})"


def weigh(what: str, line: int, weights: dict[str, float], features: dict[str, float]) -> Decision:
    score = weights["bias"]
    for name, value in features.items():
        if value:
            score += weights[name] * value
    return Decision(what, line, score, features, weights)


def break_features(
    *,
    sentence_end: bool,
    width: float,
    next_width: float,
    column: float,
    next_indented: bool,
    blank: bool,
    blank_trust: float,
    filler: bool,
    wrapped: bool = True,
    first_line: bool = False,
    next_opens: bool = False,
    ends_clause: bool = False,
    next_starts_punct: bool = False,
    one_printed_line: bool = False,
    next_alone: bool = False,
    ends_in_word: bool = False,

    next_item: bool = False,
    next_indented_alike: bool = False,
    keeps_indents: bool = False,
) -> dict[str, float]:
    """The evidence for a paragraph break after a line. ``wrapped``: the text's
    lines are lines of a printed column (not one line per paragraph);
    ``first_line``: the line opens its paragraph (so it is short by its indent);
    ``next_opens``: the next line starts with an ordinal connective; ``one_printed_line``: the
    line and the next are pieces of one printed line; ``ends_in_word``: the line's last character
    is a Han one; ``keeps_indents``: the text keeps its paragraphs' indents, and the next line
    opens with neither an opening mark nor a list item's number (``next_unindented``)."""
    full = column - INDENT if first_line else column
    last_short = min(MAX_LAST_SHORT, max(0.0, full - width - SLACK))
    next_short = min(MAX_NEXT_SHORT, max(0.0, column - next_width - SLACK))
    if one_printed_line:
        # The two lines are pieces of one printed line that fills the column: neither width is a
        # printed line's, so neither shortness says anything, nor the line's shortness before a
        # list's number (round 17d: "…几个方面。" / "一是就推动…而言，" outweighed the pieces by the
        # connective; "…联系方式；" / "（2）社区每季度至少" read as a list set one item a line).
        last_short = next_short = 0.0
        next_item = False
    next_full = wrapped and not next_indented and next_width >= column - SLACK
    blank_weight = blank_trust**2 if sentence_end or blank_trust >= TRUSTED_BLANKS else blank_trust**2 / 4
    if blank_trust < TRUSTED_BLANKS and next_full and not last_short:
        blank_weight *= BLANK_BETWEEN_FULL
    return {
        "sentence_end": float(sentence_end),
        "last_line_short": last_short if sentence_end else 0.0,
        "next_line_short": next_short if sentence_end else 0.0,
        "next_indented": float(next_indented),
        # Where this extractor also puts blank lines inside paragraphs (a text
        # box ends there), a blank after a line that ends no sentence counts a quarter.
        # … and one between two full lines, where they are not wholly trusted, counts less.
        "blank_line": blank_weight if blank and not filler else 0.0,
        "no_blank_in_filler": float(filler and not blank and sentence_end),
        "next_line_full": float(next_full),
        "next_opens": float(sentence_end and next_opens),
        "ends_clause": float(ends_clause),
        "next_starts_punct": float(next_starts_punct),
        "one_printed_line": float(one_printed_line),
        # … only where this line is full: a short last line says the paragraph ended by itself.
        "next_alone": float(sentence_end and next_alone and not next_indented and not last_short),
        "block_cut": float(blank and not wrapped and not filler and ends_in_word and not sentence_end),

        # (``next_item``: only where the line stops short of a full line by more than an indent)
        "next_item": float(next_item),
        "next_indented_alike": float(next_indented and next_indented_alike and wrapped and not blank),
        "next_unindented": float(keeps_indents and sentence_end and wrapped and not next_indented
                                 and not (blank and not filler) and not last_short and not next_item),
    }


def bare_title_features(*, next_opens_paragraph: bool, next_numbered_heading: bool, half_column: bool,
                        question: bool, unnumbered_sections: bool) -> dict[str, float]:
    return {
        "next_opens_paragraph": float(next_opens_paragraph),
        "next_numbered_heading": float(next_numbered_heading),
        "half_column": float(half_column),
        "question": float(question),
        "unnumbered_sections": float(unnumbered_sections and question),
    }


def masthead_features(*, journal_fields: int, date_runs_on: bool, year_range: bool, other_year: bool) -> dict[str, float]:
    return {
        "journal_fields": float(min(3, journal_fields)),
        "date_runs_on": float(date_runs_on),
        "year_range": float(year_range),
        "other_year": float(other_year),
    }


def furniture_features(
    *,
    repeats: int,
    page_edge: bool,
    journal_words: bool,
    names_title: bool,
    varied_context: bool,
    short_line: bool,
    sentence_end: bool,
    numbered_heading: bool = False,
    sentence_inside: bool = False,
    ends_clause: bool = False,
    caption: bool = False,
    full_line: bool = False,
    head_shape: bool = False,
    formula_number: bool = False,
    field_label: bool = False,
    opens_clause: bool = False,
) -> dict[str, float]:
    return {
        "field_label": float(field_label),
        "opens_clause": float(opens_clause),
        "head_shape": float(head_shape),
        "formula_number": float(formula_number),
        "repeated": float(min(3, max(0, repeats - 1))),
        "page_edge": float(page_edge),
        "journal_words": float(journal_words),
        "names_title": float(names_title),
        "varied_context": float(varied_context),
        "short_line": float(short_line),
        "sentence_end": float(sentence_end),
        "numbered_heading": float(numbered_heading),
        "sentence_inside": float(sentence_inside),
        "ends_clause": float(ends_clause),
        "caption": float(caption),
        "full_line": float(full_line),
    }


# Two columns joined line by line (pdfplumber's default ``extract_text()``: a left column's line and
# the right one's on one baseline printed as one line, joined by a space; the others alone) — which
# column each alone line continues (``wenxian.importer.columns._streams``): an assignment of a
# region's lines to the two columns is scored by adding these up, and the best one is taken.
JOINED: dict[str, float] = {
    # × (log(1 + n)) for each of the character pairs and triples across the join seen n times inside
    # the text's own lines (a word cut at a line's end is a word found elsewhere in the text)
    "seen_across": 1.0,
    # a dictionary word running across the join (``lexicon.word_across``, read: not one a reading of
    # both sides rules out), as in blockorder's interleaved lines (ORDER["word_across"]); (dev, pieces
    # followed by their column's next: 0.679 with none, 0.682 at 1, 0.683 at 2, 0.684 at 3, 0.683 at 4;
    # the text's own phrases, lexicon.phrase_across, added nothing beside the characters seen across)
    "word_across": 3.0,
    # a numbered heading or caption after a line ending a sentence or falling short (or, negated,
    # after a full line mid-sentence)
    "opens_after_end": 1.5,
    "runs_on": 1.0,  # any other line after a full line ending no sentence: the sentence runs on
    # an alone line right after an alone line, on the other side: the columns' baselines offset, their
    # lines come in turn (dev, the pieces followed by their column's next: 0.585 with none, 0.637 at
    # 1, 0.647 at 2, 0.650 at 3 and at 4)
    "alternate": 3.0,
    # a line no wider than a column split at a heading's or caption's space (``columns._cuts``): the
    # heading's shape beside a line speaks for two columns' lines (dev, pieces followed by their
    # column's next: 0.671 at -2, 0.676 at 0, 0.678 at 1, 0.680 at 2, 0.677 at 3, 0.672 at 5)
    "narrow_split": 2.0,
    # a pair split at another space than the one whose left part is nearest a column's width
    # (``columns._cuts``; session 14, tuned dev texts, paragraph F1 0.372 → 0.395 at 0, 0.391 at 2;
    # leaks 496 → 518 at 0, 500 at 2: a table's row split at any space lets its cells into the text)
    "other_cut": 2.0,
    "resumed": 0.0,  # a column taken up again after more than ``resume_after`` items of the other's
    "resume_after": 6,
}
