"""Figures and tables in extracted text: their captions, and the cells an extractor printed.

A PDF's figure or table comes out of an extractor as its caption line ("表 1 数据基本信息",
"图 2 …", "Fig. 2 …") among the lines of whatever the figure or table held: a table's cells
after its caption, one row or one cell a line; a figure's axis labels and numbers before
its caption. Left in the text, they glue onto the paragraphs around them and hide the
headings after them. The article keeps the caption where it stood (a box saying the figure
or table is not reproduced, as :mod:`wenxian.pdfreader` does); the cells are left out, and
``--explain`` names them.

A caption is a line that starts with a figure or table number and reads as a title: no
sentence punctuation in it, not wider than the column — "图 1 给出了…。" is a sentence
that starts with a figure's name, not a caption. A caption's English twin on the next line,
and a note under it (注：…, 资料来源：…), belong to it. A cell is a line without sentence
punctuation that is either short (under CELL_WIDTH of the column) or set out in cells
(runs of spaces, as ``pdftotext -layout`` keeps them); a table's cells end at the first
line that is not one, at a heading, or at a labelled block. A figure's labels stand before
its caption, back to a line that ends a paragraph or runs on past the figure (a figure
floats into a paragraph: the paragraph is joined again around it by the reader); an axis
name may follow the caption (a short line without punctuation, see ``AFTER_LABELS``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wenxian.importer.chars import HAN_RE, LATIN_SLACK, ends_sentence
from wenxian.importer.lexicon import word_across
from wenxian.importer.lines import Line

CAPTION = re.compile(
    r"^(?:(?P<cn>图|表|附图|附表|续表)\s*[0-9０-９A-Z]+(?:\s*[.．\-－–]\s*[0-9０-９]+)?"
    r"|(?P<en>Fig\.|Figure|Table)\s*[0-9]+(?:\s*[.\-–]\s*[0-9]+)?\.?)(?:\s+|(?=[\u4e00-\u9fff“《(（]))(?P<title>\S.*)$"
)
# A caption's number printed apart from its title (a wide gap: pdftotext may put the
# "Table 1" of an English twin lines away from the title it belongs to).
LONE_LABEL = re.compile(r"^(?:(?P<cn>图|表)|(?P<en>Fig\.|Figure|Table))\s*(?P<n>[0-9]+)\.?$")
_NUMBERED = re.compile(r"^(?:图|表|附图|附表|续表|Fig\.|Figure|Table)\s*(?P<n>[0-9０-９A-Z]+)")
_CAPTION_FIRST = frozenset("图表附续FT")
_WORD = re.compile(r"[^\W\d_]")
NOTE = re.compile(r"^(?:注|资料来源|数据来源|说明|Note|Source)\s*\d*\s*[:：]")
_INSIDE_SENTENCE = re.compile(r"[。；！？，]|[.;!?](?=\s|$)")
_FULL_STOP = re.compile(r"[。！？]")  # a sentence's end (a clause's comma, a table's definition may hold)
_PUNCTUATION_ONLY = re.compile(r"^\s*[，、：；,:;”’）)」』]+\s*$")
_PUNCTUATION = re.compile(r"[，。、：；！？,.;:!?“”‘’\"'（）()《》\[\]［］]")
# The marks of a sentence (a table's head may hold brackets and full stops: "设计规模/(m³/d)", "0.35").
_SENTENCE_MARK = re.compile(r"[，。、：；！？,;:!?“”‘’\"《》\[\]［］]")
_CELL_GAP = re.compile(r"\S(?:\s{2,}|\u3000)\S")
_CLAUSE_ENDS = ("、", "，", "；", ",", ";", "：", ":")
_WIDE_GAP = re.compile(r"\s{2,}|\u3000")
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
_LATIN_WORDS = re.compile(r"^[A-Za-z][A-Za-z0-9 .,;:()'’/&\-–]*$")
_NUMBER = re.compile(r"^[-+−]?[0-9０-９][0-9０-９.,，%％\-—–～~]*$")
# A clinical or survey table's value: a mean with its standard deviation ("74.8±6.2", "（2.1±0.6）"),
# a bound ("<0.001", "≥65"), a count over a count ("23/37"): a number too, for a row's evidence.
# An econometric table's value: a coefficient with its significance stars ("0.235***", "−0.118**")
# and a standard error or t value in brackets under it ("(0.045)", "[2.31]": a decimal, no formula's
# number "（1）") (session 12).
_STATISTIC = re.compile(
    r"^(?:[<>≤≥＜＞][0-9][0-9.]*%?|[(（]?[0-9][0-9.]*±[0-9][0-9.]*%?[)）]?|[0-9]+/[0-9]+"
    r"|[-+−]?[0-9][0-9.]*\*{1,3}|[(（\[][-+−]?[0-9]*\.[0-9]+[)）\]])$"
)
# A number and its measure word, set apart by the space a word processor puts between Chinese and
# digits ("20 年一遇", "3 例"): one cell of a row kept in wide gaps (session 12).
_MEASURED = re.compile(r"^[0-9][0-9.]*\s?[\u4e00-\u9fff%]{1,3}$")
# A cell left empty, printed as a dash ("t 值 — 5.161 5.851": the count's column has no t value).
_EMPTY_CELL = frozenset("—–-－―")
# A table head's quantity with its unit, as GB/T 7713 sets them: "设计规模/(m³/d)", "人口/万人".
_QUANTITY = re.compile(r"^[^\s/]{1,8}/\S{1,8}$")
_NAME = re.compile(r"^[\u4e00-\u9fff]{2,8}$")
_SHORT_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# … a Chinese quantity with its unit alone on its line ("比例/%", "日均订单/笔", "使用面积/m²", "投资/亿元",
# "平均等待/min"): a table's head cell or a chart's axis name, never running text (round 16e)
# … its name maybe qualified in brackets, a row's name in a clinical table ("骨折类型（股骨颈/转子间）/例",
# "性别（男/女）/例": as long as a column's line may be, never running text either; session 12)
_UNIT_QUANTITY = re.compile(r"^[\u4e00-\u9fff][^\s/，。、：；]{0,7}(?:[(（][^\s()（），。、：；]{1,12}[)）])?"
                            r"/(?:%|‰|[\u4e00-\u9fffA-Za-z²³]{1,4}|[(（][^\s()（）]{1,8}[)）])$")
CELL_TOKEN = 8  # characters: a table's cell set apart by single spaces is never longer
ROW_TOKENS = 3  # a line of this many such cells (one of them a number) is a table's row
# names one a line ("公安" / "农业" / "卫健" / "人社" / "部门"), or set apart on one line, this many at
# least: a chart's categories away from their caption (round 16e)
NAMES_RUN = 4
VALUES_ROW = 2  # values after a row's name: a row of these is a table's, wherever it stands (session 12)
CELL_WIDTH = 0.6  # a cell line is shorter than this share of the column
AFTER_LABELS = 2  # a figure's labels printed after its caption, at most
MAX_CELLS = 80  # lines of one table or figure at most
WRAPPED_TITLE = 2  # lines a Chinese caption's title wraps onto, at most
MAX_TWIN_LINES = 3  # lines an English twin takes, at most
WRAPPED_WIDTH = 1.1  # of the column (its 0.8 quantile): a wrapped title's line fills the column, no more
MAX_CAPTION_WIDTH = 1.0  # of the column: a caption is never wider
SPANNING_CAPTION_WIDTH = 2.0  # … but a float's set across both columns, its twin under it (round 12c)
FULL_LINE = 0.9  # of the column: a paragraph's line that runs on
# of the column: a table's row with its cells run together may be wider than a column (a table
# set in small type in a column of two: "县别学校数/所参与率/% 每周时长/小时生均经费/元"), never
# wider than the page
GLUED_ROW_WIDTH = 2.0
# … and under a caption set across both columns (a table as wide as the page, in its small type: 10.5 pt
# text, 9 pt cells print 2.3 columns' characters across two columns and the gutter) a head row run
# together ("例数 Harris 评分（术后 1 个月）Harris 评分（术后 3 个月）MBI 评分（…", 45 counted cells in
# columns of 18.5) is never wider than this (session 12)
SPANNING_ROW_WIDTH = 2.5


@dataclass
class Figure:
    """A figure or table found in the lines: ``lines[start:end]`` are all its lines."""

    kind: str  # "figure" or "table"
    start: int
    end: int
    caption: list[int]  # indexes of the caption's lines (its English twin included)
    note: list[int]  # indexes of the note's lines
    cells: list[int]  # indexes of the lines left out
    strays: list[int] = field(default_factory=list)  # its twin's label, printed elsewhere (in caption too)


def caption_kind(text: str) -> str | None:
    """"figure" or "table" when ``text`` reads as a caption line, else None."""
    if text[:1] not in _CAPTION_FIRST:
        return None  # most lines: no need to try the pattern
    m = CAPTION.match(text)
    if m is None:
        return None
    title = m.group("title")
    if _INSIDE_SENTENCE.search(title.rstrip("。.")) or title.endswith("。"):
        return None  # "图 1 给出了…。": a sentence naming the figure
    if not _WORD.search(title):
        return None  # "图1" and "2", a bar's label: a title has words
    word = m.group("cn") or m.group("en")
    return "table" if word in ("表", "附表", "续表", "Table") else "figure"


def _is_cell(line: Line, column: float, head: bool = False) -> bool:
    """``head``: the line right under a table's caption, where a row of column names stands."""
    text = line.text
    if ends_sentence(text) or _INSIDE_SENTENCE.search(text):
        return False
    return line.width < CELL_WIDTH * column or _CELL_GAP.search(text) is not None or _is_row(text, head) \
        or _UNIT_QUANTITY.match(text) is not None


def _clause_cell(lines: list[Line], blocked: list[bool], k: int, column: float) -> bool:
    """Line ``k``, among a table's cells, as a cell that holds a clause's comma: a variable's
    definition ("过去 12 个月是否求助，是 =1，否 =0", "了解程度，1～5") — no full stop, question or
    exclamation mark in it — that is either a row ending in VALUES_ROW numbers or statistics set
    apart by spaces ("… 是 =1，否 =0 0.274 0.446": a sentence's line never ends in bare numbers
    so) or set out in cells by wide gaps, or one of a run of such lines, none of them full (FULL_LINE),
    that ends at a line of numbers alone, a row of values (``_strong_row``), a name alone (the next
    row's first cell, "生源地") or the table's note (注：…): a paragraph's lines are full but its last, which ends on a stop, and a short
    line of text (its last, the stop pushed over to the next line) is no row."""
    end = k
    while end < len(lines) and end - k < MAX_CELLS and not blocked[end] and caption_kind(lines[end].text) is None \
            and not NOTE.match(lines[end].text):
        text = lines[end].text
        if _FULL_STOP.search(text) or ends_sentence(text):
            return False
        if _values_end(text) or _CELL_GAP.search(text) or end > k and (_strong_row(text) or _NAME.match(text.strip())):
            return True  # (a wide gap between its fields: set out in cells, as ``pdftotext -layout`` keeps a row)
        if lines[end].width >= FULL_LINE * column:
            return False
        if _values_end(text, 1) and end + 1 < len(lines) and _numbers_alone(lines[end + 1].text):
            return True  # "… 否=0 0.274" / "0.446": a row's values broken over two lines
        end += 1
    return end > k and end < len(lines) and not blocked[end] and NOTE.match(lines[end].text) is not None


def _spaced_row(line: Line, column: float, across: bool = False) -> bool:
    """Line ``line``, among a table's cells, as a row of words set apart by spaces whose last cell is
    long (a variable's definition: "被解释变量 求助行为 Help 过去一年是否向咨询中心求助", "性别 Female
    女生取 1，男生取 0"): ROW_TOKENS fields or more, the first a short name (``_NAME``), two gaps at
    least between words (not beside a number), no full stop,
    question or exclamation mark, and shorter than a full line (FULL_LINE) or wider than the column (a
    table set across both columns) — under a table's caption, a paragraph's lines are as wide as the
    column but its last, which ends on a stop. ``across``: a row above it was wider than the column
    (the table is set across both columns) or one of the two cell lines above it has the same shape
    (a run of such rows), so it may be as wide as the column too."""
    if not _row_shape(line.text):
        return False
    width = _printed_width(line)
    wide = WRAPPED_WIDTH * column < width <= GLUED_ROW_WIDTH * column  # (a table across both columns)
    return width < FULL_LINE * column or wide or across and width <= GLUED_ROW_WIDTH * column


# A Latin clause's mark before a space, a list's bracket: a reference entry's line ("估研究进展 [J]. 安全与环境
# 管理, 2022, 18(3):"), never a table's definition
_LATIN_CLAUSE = re.compile(r"[.,;:](?:\s|$)|[\[\]［］]")


def _row_shape(text: str) -> bool:
    """A short name, then words set apart by spaces (ROW_TOKENS fields or more), two gaps at least
    not beside a number, no full stop, question or exclamation mark, no Latin clause's mark or
    bracket (``_LATIN_CLAUSE``; ``_spaced_row``)."""
    tokens = text.split()
    if len(tokens) < ROW_TOKENS or _NAME.match(tokens[0]) is None or _FULL_STOP.search(text) or ends_sentence(text) \
            or _LATIN_CLAUSE.search(text):
        return False
    # the gaps between cells: not the space an extractor or a word processor puts around a number
    # ("查于 2023 年 5 月至 9 月进行，…": a paragraph's line, its spaces all beside digits)
    return sum(1 for a, b in zip(tokens, tokens[1:]) if not a[-1:].isdecimal() and not b[:1].isdecimal()) >= 2


def _strong_row(text: str) -> bool:
    """A line no sentence's line is: numbers alone, a row of values, or cells set apart by wide gaps (a
    line of words and numbers set apart by single spaces is none: a word processor spaces a sentence's
    digits so, "贴额为 136 万元[14]")."""
    return not _INSIDE_SENTENCE.search(text) and (_numbers_alone(text) or _values_row(text) or _gapped_row(text))


def _values_end(text: str, least: int = VALUES_ROW) -> bool:
    """The line ends in ``least`` numbers or statistics or more, each set apart by spaces, after
    something else ("… 否 =0 0.274 0.446")."""
    tokens = text.split()
    values = 0
    while values < len(tokens) and _number(tokens[-1 - values]):
        values += 1
    return least <= values < len(tokens)


def _head_over_row(lines: list[Line], blocked: list[bool], k: int, column: float) -> bool:
    """Line ``k``, right under a table's caption, as the table's head row though its names are long
    ("组别 例数 Harris 评分（术后 1 个月）…", wider than a cell): no mark of a sentence in it, and a
    row of values right under it (``_is_row`` with a number, or ``_gapped_row``) — a paragraph's
    first line is followed by its next line, never by a row of numbers. A head wider than the page
    (GLUED_ROW_WIDTH columns: a table set in small type across both columns) needs two such rows."""
    line = lines[k]
    if _INSIDE_SENTENCE.search(line.text) or ends_sentence(line.text):
        return False
    rows = 2 if line.width > GLUED_ROW_WIDTH * column else 1
    return all(k + r < len(lines) and not blocked[k + r] and _value_row(lines[k + r].text) for r in range(1, rows + 1))


def _value_row(text: str) -> bool:
    """A table's row of values: cells set apart by spaces, a number among them, no sentence mark."""
    return not _INSIDE_SENTENCE.search(text) and (_is_row(text) or _gapped_row(text))


def _glued_row(lines: list[Line], blocked: list[bool], k: int, column: float, spanning: bool = False) -> bool:
    """Line ``k`` as a table's row whose cells the extractor ran together ("县别学校数/所参与率/%",
    "东部甲县中部乙县西部丙县": PyMuPDF sets no space between cells on one baseline): Chinese
    without a mark of a sentence, not wider than the page (GLUED_ROW_WIDTH), and a cell line or
    the table's note (注：…) right after it (a paragraph's line is followed by the paragraph's
    next line, never by a bare cell or a note). ``spanning``: the table's caption is set across
    both columns, its rows may be as wide as SPANNING_ROW_WIDTH."""
    text = lines[k].text
    if k + 1 >= len(lines) or blocked[k + 1] or HAN_RE.search(text) is None or _SENTENCE_MARK.search(text) \
            or ends_sentence(text) or lines[k].width > (SPANNING_ROW_WIDTH if spanning else GLUED_ROW_WIDTH) * column:
        return False
    nxt = lines[k + 1]
    return NOTE.match(nxt.text) is not None or (caption_kind(nxt.text) is None and _is_cell(nxt, column))


def _is_label(lines: list[Line], blocked: list[bool], k: int, column: float, after_cells: bool = True) -> bool:
    """Line ``k`` as one of a figure's labels: a cell (``_is_cell``), or a line of words
    without any punctuation right under a line of numbers alone — a chart's category names
    under its values, printed as one line ("城区学校 镇区学校 乡村学校", or run together
    "供水保证水费收缴设备维修水质检测"), which no sentence's line is beside bare numbers.
    ``after_cells``: the line above belongs to the same run of cells."""
    if _is_cell(lines[k], column):
        return True
    return after_cells and k > 0 and not blocked[k - 1] and _numbers_alone(lines[k - 1].text) \
        and _PUNCTUATION.search(lines[k].text) is None and lines[k].width <= MAX_CAPTION_WIDTH * column


def _is_row(text: str, head: bool = False) -> bool:
    """A table's row with its cells set apart by single spaces (pypdfium2, pdftotext in a
    narrow column): short tokens after the row's name, one of them at least a number (but
    in the head row) — or all of them names of two characters or more or quantities with
    their units ("东部甲县 中部乙县 西部丙县", "学校数/所 参与率/%": a head printed after the
    first column's cells, a chart's categories), which Chinese running text never sets
    apart by spaces. An enumeration's comma ("、") is a sentence's: "深静脉血栓 3 例、压力性损伤 3 例、泌尿系",
    a column's line with a number set apart by spaces, as LibreOffice's text gives it, is none."""
    tokens = text.split()
    return len(tokens) >= ROW_TOKENS and _no_enumeration(tokens) and all(_cell_token(t) for t in tokens[1:]) \
        and (head or any(_number(t) for t in tokens) or all(_NAME.match(t) or _QUANTITY.match(t) for t in tokens))


def _no_enumeration(tokens: list[str]) -> bool:
    """No enumeration's comma among numbers set apart ("深静脉血栓 3 例、压力性损伤 3 例、泌尿系": a
    sentence's line, as a word processor's text spaces its digits); a head row's names may hold one
    ("实验室数/间 使用面积/m2 一、二级占比/%")."""
    return not any("、" in t for t in tokens) or not any(_number(t) for t in tokens)


def _cell_token(token: str) -> bool:
    """A cell set apart by single spaces: short, or a number or range of any length
    ("2009—2017"), or a quantity with its unit."""
    return len(token) <= CELL_TOKEN or _number(token) or _QUANTITY.match(token) is not None


def _continues_twin(line: Line, previous: Line) -> bool:
    """The wrapped tail of a caption's English twin: Latin words after a Latin caption line
    that stopped without a full stop."""
    # The twin's number may stand apart from its title by a full-width space ("Table 1　Basic …").
    before = previous.text.replace("\u3000", " ")
    return _LATIN_WORDS.match(line.text) is not None and _LATIN_WORDS.match(before) is not None \
        and not before.rstrip().endswith(".") and caption_kind(line.text) is None


def _wrapped_title(lines: list[Line], blocked: list[bool], last: int, column: float) -> list[int]:
    """The lines a Chinese caption's title wrapped onto after line ``last`` (at most
    WRAPPED_TITLE): it goes on while its line is full or leaves a bracket open ("…平均值（按工程
    完工后第三年的监" + "测和调查数据计算）"). Taken only when the lines taken hold no stop or comma
    (a paragraph's lines do), are no caption and no wider than the column (WRAPPED_WIDTH), and the last one is short
    and closes every bracket — otherwise the caption is the lines before."""
    taken: list[int] = []
    k = last
    text = lines[last].text
    while len(taken) < WRAPPED_TITLE and k + 1 < len(lines) and not blocked[k + 1] \
            and (_printed_width(lines[k]) >= FULL_LINE * column or _open_bracket(text)):
        nxt = lines[k + 1]
        if caption_kind(nxt.text) is not None or _INSIDE_SENTENCE.search(nxt.text) or nxt.width > WRAPPED_WIDTH * column \
                or _LATIN_WORDS.match(nxt.text):
            break
        k += 1
        taken.append(k)
        text += nxt.text
    if taken and lines[taken[-1]].width < FULL_LINE * column and not _open_bracket(text):
        return taken
    return []


def _wrapped_table_title(lines: list[Line], blocked: list[bool], last: int, column: float) -> list[int]:
    """The line a table's Chinese title wrapped onto after line ``last``, before the table's cells
    (which follow its caption at once): only after a caption's line that fills the column, a short
    line without a stop or comma, the title's word running across the join ("表2 2024 年…的运营成" /
    "本构成" / "成本项目"…: 成本) or its English twin right under it — a head cell after a title that
    filled its line exactly makes neither."""
    k = last + 1
    if k >= len(lines) or blocked[k] or _printed_width(lines[last]) < FULL_LINE * column:
        return []
    nxt = lines[k]
    if caption_kind(nxt.text) is not None or _INSIDE_SENTENCE.search(nxt.text) or nxt.width >= FULL_LINE * column \
            or _LATIN_WORDS.match(nxt.text) or not HAN_RE.match(nxt.text[:1]):
        return []
    twin = k + 1 < len(lines) and CAPTION.match(lines[k + 1].text) is not None and caption_kind(lines[k + 1].text) == "table"
    if twin or word_across(lines[last].text, nxt.text, read=True) is not None:
        return [k]
    return []


def is_quantity(text: str) -> bool:
    """Whether ``text`` is a table head's quantity with its unit ("一、二级占比/%"): no heading,
    though it may open like one."""
    return _QUANTITY.match(text) is not None


def _printed_width(line: Line) -> float:
    """A line's width as printed: years, numbers and Latin letters print wider than their counted
    half cells ("图 1 2021—2024 年 A 校实验室安全检查发" fills its column at 17 counted cells)."""
    return line.width + (LATIN_SLACK if _LATIN_OR_DIGIT.search(line.text) else 0.0)


def _open_bracket(text: str) -> bool:
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def _spanning(lines: list[Line], blocked: list[bool], k: int, column: float) -> bool:
    """Line ``k``, wider than the column, as the title of a float set across both columns (a wide
    table: its caption is as wide as the page, SPANNING_CAPTION_WIDTH columns at most): its twin
    in the other language stands right under it ("表1 …情况" / "Table 1 Videos posted …"), which
    no line of a paragraph or a note has."""
    if lines[k].width > SPANNING_CAPTION_WIDTH * column or k + 1 >= len(lines) or blocked[k + 1]:
        return False
    title, twin = CAPTION.match(lines[k].text), CAPTION.match(lines[k + 1].text)
    return bool(title and twin and caption_kind(lines[k + 1].text) == caption_kind(lines[k].text)
                and (title.group("en") is None) != (twin.group("en") is None))


def find_figures(lines: list[Line], blocked: list[bool], column: float) -> list[Figure]:
    """The figures and tables among ``lines``; ``blocked[i]``: line i is a heading or a
    labelled block, which no figure takes."""
    found: list[Figure] = []
    taken = 0  # lines before this belong to a figure already
    n = len(lines)
    labels: dict[tuple[str, str], int] = {}  # ("figure", "1") → the line of a lone "Fig. 1"
    # (a caption's first character, or a lone "表1"'s, first: most lines open neither; one pass over
    # the lines for both loops below, an English label's "F" or "T" being a caption's first too)
    opening = [i for i, line in enumerate(lines) if (first := line.text[:1]) in _CAPTION_FIRST or first in "图表"]
    for k in [k for k in opening if lines[k].text[:1] in "FT"]:  # (an English label: its first letter)
        lone = LONE_LABEL.match(lines[k].text)
        if lone and lone.group("en") and not blocked[k]:
            labels.setdefault(("table" if lone.group("en") == "Table" else "figure", lone.group("n")), k)
    used: set[int] = set()
    for i in opening:
        if i < taken or blocked[i]:
            continue
        kind = caption_kind(lines[i].text)
        if kind is None and lines[i].text[:1] not in "图表":
            continue  # no caption, nor a lone "表1" a title follows (most lines)
        caption = [i]
        j = i + 1
        lone = LONE_LABEL.match(lines[i].text) if kind is None and lines[i].text[:1] in "图表" else None
        if lone and lone.group("cn") and j < n and not blocked[j] and caption_kind(lines[j].text) is None \
                and LONE_LABEL.match(lines[j].text) is None:
            # "表1" then "样本项目的构成": a caption's number printed apart from its title (a wide gap)
            kind = caption_kind(f"{lines[i].text} {lines[j].text}")
            if kind is not None and lines[j].width <= MAX_CAPTION_WIDTH * column:
                caption.append(j)
                j += 1
        if kind is None or lines[i].width > MAX_CAPTION_WIDTH * column and not _spanning(lines, blocked, caption[-1], column):
            continue
        if len(caption) == 1 and lines[i].width >= FULL_LINE * column and j < n and not blocked[j] \
                and caption_kind(lines[j].text) is None and _INSIDE_SENTENCE.search(lines[j].text):
            continue  # "图 1 给出了…变化过" + "程。由图 1 可知，…": a paragraph's full line runs on into its sentence
        # A figure's title may wrap (its caption stands under it, text after); a table's lines
        # after its caption are its cells.
        wrapped = _wrapped_title(lines, blocked, caption[-1], column) if kind == "figure" \
            else _wrapped_table_title(lines, blocked, caption[-1], column)
        caption += wrapped
        j += len(wrapped)
        head = len(caption)  # the Chinese title's lines (its number maybe printed apart, its wrapped tail)
        if j < n and not blocked[j] and CAPTION.match(lines[j].text) and caption_kind(lines[j].text) == kind:
            twin = CAPTION.match(lines[j].text)
            own = CAPTION.match(lines[i].text)  # None for a number printed apart ("表1" + its title)
            if twin and (twin.group("en") is None) != (own is None or own.group("en") is None):
                caption.append(j)  # "图 1 …" then "Fig. 1 …"
                j += 1
        strays: list[int] = []
        number = _NUMBERED.match(lines[i].text)
        stray = labels.get((kind, number.group("n"))) if number else None
        if len(caption) == head and stray is not None and stray not in used and lines[i].text[:1] in "图表附续" \
                and j < n and not blocked[j] and _LATIN_WORDS.match(lines[j].text) and len(lines[j].text.split()) >= 2 \
                and caption_kind(lines[j].text) is None:
            # "表 1 …" then an English title without its "Table 1", which stands alone elsewhere
            caption += [stray, j]
            strays.append(stray)
            used.add(stray)
            j += 1
        # The English twin wrapped over two or three lines (however many the Chinese title took, its
        # label maybe printed elsewhere).
        while j < n and len([k for k in caption[head:] if k not in strays]) < MAX_TWIN_LINES and not blocked[j] \
                and _continues_twin(lines[j], lines[j - 1]):
            caption.append(j)
            j += 1
        cells: list[int] = []
        start = i
        if kind == "table":
            spanning = lines[i].width > MAX_CAPTION_WIDTH * column  # (a caption set across both columns)
            while j < n and len(cells) < MAX_CELLS and not blocked[j] and not NOTE.match(lines[j].text) \
                    and caption_kind(lines[j].text) is None \
                    and (_is_cell(lines[j], column, head=not cells) or _glued_row(lines, blocked, j, column, spanning)
                         or not cells and _head_over_row(lines, blocked, j, column)
                         or bool(cells) and (_clause_cell(lines, blocked, j, column) or _spaced_row(
                             lines[j], column, any(lines[c].width > WRAPPED_WIDTH * column for c in cells)
                             or any(_row_shape(lines[c].text) for c in cells[-2:])))):
                cells.append(j)
                j += 1
        else:  # a figure's own text stands before its caption
            k = i - 1
            while k >= taken and i - k <= MAX_CELLS and (k in strays or not blocked[k] and _is_label(lines, blocked, k, column)
                                                          and caption_kind(lines[k].text) is None):
                k -= 1  # its twin's lone label ("Fig. 1") may stand between its labels and its caption
            # The line before the figure's labels ends a paragraph (a sentence's end, a heading)
            # or runs on past the figure (a full line: the figure floated into the paragraph).
            # A line of punctuation alone ("，") is the tail of the line before it, pushed over.
            edge = k - 1 if k > taken and _PUNCTUATION_ONLY.match(lines[k].text) and not blocked[k - 1] else k
            if k < i - 1 and (k < taken or blocked[k] or ends_sentence(lines[k].text)
                              or lines[edge].width >= FULL_LINE * column
                              or _runs_on_past(lines, blocked, edge, i, j, column)):
                cells = [c for c in range(k + 1, i) if c not in strays]
                start = k + 1
            # An axis name printed after the caption (pdfminer): a short line without any
            # punctuation, which no paragraph's line is (its middle lines are full, its last
            # ends on a stop) — at most AFTER_LABELS of them.
            while j < n and j - caption[-1] <= AFTER_LABELS and not blocked[j] and lines[j].width < CELL_WIDTH * column \
                    and _PUNCTUATION.search(lines[j].text) is None and caption_kind(lines[j].text) is None \
                    and LONE_LABEL.match(lines[j].text) is None:
                cells.append(j)
                j += 1
        note: list[int] = []
        if j < n and not blocked[j] and NOTE.match(lines[j].text):
            note.append(j)
            while not ends_sentence(lines[note[-1]].text) and note[-1] + 1 < n and not blocked[note[-1] + 1] \
                    and len(note) < 4 and caption_kind(lines[note[-1] + 1].text) is None:
                note.append(note[-1] + 1)
            j = note[-1] + 1
        found.append(Figure(kind, start, j, caption, note, cells, strays))
        taken = j
    return found


def find_loose_cells(lines: list[Line], blocked: list[bool], column: float, figures: list[Figure],
                     labelled: list[bool]) -> list[list[int]]:
    """Runs of a table's cells or a figure's labels printed away from its caption (a
    two-column stream puts them among the other column's lines): in a text where a figure
    or table was found, after its first heading and before the next labelled block
    (``labelled``: the references), a run of cell lines (see ``_is_cell``) of
    which one at least is numbers alone ("62.4", "0.58 0.47") — a paragraph's line in a
    column is never a bare number — or a head row of quantities (``_head_row``), with the
    table's head row right above it (short names
    set apart by spaces, see ``_is_row``). The runs are left out; a paragraph they
    interrupted runs on after them."""
    if not figures:
        return []
    taken = {k for f in figures for k in range(f.start, f.end)} | {k for f in figures for k in f.strays}
    body = next((k for k, b in enumerate(blocked) if b), len(lines))
    end = next((k for k in range(body, len(lines)) if labelled[k]), len(lines))
    runs: list[list[int]] = []
    run: list[int] = []
    for k in range(body, end + 1):
        if k < end and k not in taken and not blocked[k] and _is_label(lines, blocked, k, column, bool(run)) \
                and caption_kind(lines[k].text) is None and LONE_LABEL.match(lines[k].text) is None:
            run.append(k)
            continue
        if any(_numbers_alone(lines[j].text) or _values_row(lines[j].text) or _head_row(lines[j].text) or _gapped_row(lines[j].text)
               or _UNIT_QUANTITY.match(lines[j].text) or _names_row(lines[j].text) for j in run) \
                or len(run) >= NAMES_RUN and all(_SHORT_NAME.match(lines[j].text) for j in run):
            head = run[0] - 1
            if head >= body and head not in taken and not blocked[head] and _is_row(lines[head].text, head=True) \
                    and not _INSIDE_SENTENCE.search(lines[head].text) and _no_enumeration(lines[head].text.split()):
                run.insert(0, head)  # the table's head row right above its cells (wider than the column, maybe)
            runs.append(run)
        run = []
    return runs


def _runs_on_past(lines: list[Line], blocked: list[bool], edge: int, caption: int, after: int, column: float) -> bool:
    """Line ``edge``, before a figure's labels, stops inside a word and the line after the figure
    (``after``, past its caption and any note) goes on with the word: the paragraph runs on past
    the figure, though its line is not full — a text giving each paragraph on one line
    (PyMuPDF4LLM's Markdown: "…这与一级" / "隐患数/项" / "图 1 …" / "和二级实验室…"), where no line is
    "full". A paragraph's last line ends a sentence; a heading or a label is blocked or short
    (under CELL_WIDTH of the column); a line ending on a clause's mark right above the caption
    ("来源部门、") is the paragraph's own piece, no label."""
    if lines[caption - 1].text.rstrip().endswith(_CLAUSE_ENDS):
        return False
    while after < len(lines) and not blocked[after] and NOTE.match(lines[after].text):
        after += 1
    if after >= len(lines) or blocked[after] or edge < 0 or blocked[edge]:
        return False
    text, nxt = lines[edge].text.rstrip(), lines[after].text.lstrip()
    return lines[edge].width >= CELL_WIDTH * column and HAN_RE.match(text[-1:]) is not None \
        and HAN_RE.match(nxt[:1]) is not None and caption_kind(nxt) is None


def _head_row(text: str) -> bool:
    """A table's head row on its own: names and quantities with their units set apart by
    spaces, one quantity at least ("县别 学校数/所 参与率/% 每周时长/小时", cut at the gutter by
    ``pdftotext -layout``) — Chinese running text sets no words apart so."""
    tokens = text.split()
    return len(tokens) >= ROW_TOKENS and all(_NAME.match(t) or _QUANTITY.match(t) for t in tokens) \
        and any(_QUANTITY.match(t) for t in tokens)


def _gapped_row(text: str) -> bool:
    """A table's row as ``pdftotext -layout`` keeps it: ROW_TOKENS fields or more set apart by
    wide gaps (two spaces or more, a full-width space), each a cell (short, a number, a quantity
    with its unit), one at least a number ("刻本    820  95.6  99.6", "生命科学学院   64   11 200   45.3")
    — a gap no line of running text holds, and numbers no row of names holds. A number with its
    measure word apart ("20 年一遇", the gap a word processor puts between Chinese and digits) is a cell."""
    fields = [f for f in _WIDE_GAP.split(text.strip()) if f]
    numbers = [_number(f.replace(" ", "")) for f in fields]
    return len(fields) >= ROW_TOKENS and any(numbers) \
        and all(n or _cell_token(f) and " " not in f or _MEASURED.match(f) for f, n in zip(fields, numbers))


def _names_row(text: str) -> bool:
    """A chart's category names or a table's row of names on one line, set apart by spaces:
    NAMES_RUN names or more of two characters or more ("城郊 东线 西线 南线 北线 山区", "内科 外科 儿科
    影像 检验") — Chinese running text sets no words apart so, and a head row's three names may
    be a letter-spaced title's pieces, four seldom."""
    tokens = text.split()
    return len(tokens) >= NAMES_RUN and all(_NAME.match(t) for t in tokens)


def _values_row(text: str) -> bool:
    """A table's row of values: a short name (two pieces at most, "t 值", "对照组", or a quantity with its
    unit, "骨折类型（股骨颈/转子间）/例") then VALUES_ROW
    values or more set apart by spaces, each a number or statistic (``_number``: "74.8±6.2",
    "<0.001", "0.235***", "(0.045)") or a dash for an empty cell, two at least numbers
    ("对照组 60 56.4±8.1 74.2±8.3", "P 值 — <0.001 <0.001") — a line of running text in a column
    sets no run of bare numbers apart so (a sentence's statistics come with their marks: "（t=6.422，
    P<0.001）")."""
    tokens = text.split()
    first = next((k for k, t in enumerate(tokens) if _number(t) or t in _EMPTY_CELL), len(tokens))
    values = tokens[first:]
    return first <= 2 and all(len(t) <= CELL_TOKEN or _UNIT_QUANTITY.match(t) for t in tokens[:first]) \
        and len(values) >= VALUES_ROW \
        and all(_number(t) or t in _EMPTY_CELL for t in values) and sum(map(_number, values)) >= VALUES_ROW


def _numbers_alone(text: str) -> bool:
    tokens = text.split()
    return bool(tokens) and all(_number(t) for t in tokens)


def _number(token: str) -> bool:
    """A table's numeric cell: a number or range ("0.452", "2009—2017", "45%") or a statistic
    (``_STATISTIC``)."""
    return _NUMBER.match(token) is not None or _STATISTIC.match(token) is not None


def find_stray_notes(lines: list[Line], blocked: list[bool], figures: list[Figure], runs: list[list[int]]) -> set[int]:
    """A figure's or table's note (注：…, 资料来源：…) printed away from its caption, next to its
    cells (a run of ``find_loose_cells``, right before or after it): it goes back to the
    nearest table without a note, else the nearest figure (added to its ``note``); the
    indexes of its lines are returned, to be left out where they stand."""
    moved: set[int] = set()
    taken = {k for f in figures for k in range(f.start, f.end)} | {k for run in runs for k in run}
    for run in runs:
        for start in _notes_beside(lines, blocked, taken | moved, run):
            end = start
            while not ends_sentence(lines[end].text) and end + 1 < len(lines) and end - start < 3 \
                    and not blocked[end + 1] and end + 1 not in taken:
                end += 1
            free = [f for f in figures if not f.note]
            if not free or not ends_sentence(lines[end].text):
                continue
            # A table's more often than a figure's (a note under rows of cells), then the nearest.
            owner = min(free, key=lambda f: (f.kind != "table", abs(f.caption[0] - start)))
            owner.note.extend(range(start, end + 1))
            moved.update(range(start, end + 1))
    return moved


def _notes_beside(lines: list[Line], blocked: list[bool], taken: set[int], run: list[int]) -> list[int]:
    """Where a note starts right after the run, or right before it (its last line touching it)."""
    out = []
    after = run[-1] + 1
    if after < len(lines) and not blocked[after] and after not in taken and NOTE.match(lines[after].text):
        out.append(after)
    for start in range(run[0] - 1, max(-1, run[0] - 5), -1):
        if blocked[start] or start in taken:
            break
        if NOTE.match(lines[start].text):
            out.append(start)
            break
    return out
