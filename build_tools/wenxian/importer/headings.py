"""Section headings of Chinese academic articles, and run-in numbered leads.

Numbering styles: "壹、…" (the capital numerals Taiwan's journals open their
sections with), "一、…", "（一）…"/"(一)…", "1. …", "1 …" (a number and a
space, as in "1 引言"), "1.1 …", "1.1.1 …". Which level a style has depends on
the article's scheme: where "壹、" headings exist, "一、" is level 2 and the rest
level 3; where "一、" headings open the sections, "（一）" is level 2 and Arabic
numbers level 3; otherwise "1 …"/"1." is level 1, "1.1" level 2, "1.1.1" level 3
(see :func:`levels_for`).

A line is a heading only when it also reads like one: short, with no
sentence punctuation inside — "一是……", "首先，……" are enumerations inside
paragraphs and never match; "（1）预警识别" alone on its line (short, no
punctuation) is a fourth level, "（1）……。" with a sentence an enumeration. A numbered lead that runs
on into its paragraph's text ("1. 色彩适配不足：多数老年人对…") is a run-in
lead (:func:`run_in_lead`), not a heading. An unnumbered first or last section is
named by one of a few words (:data:`SECTION_NAMES`: "引言", "结语", …). Where a heading ends (it may be
wrapped over several lines) is decided in :mod:`wenxian.importer.layout`.
"""

from __future__ import annotations

import re

from wenxian.importer.chars import HAN_RE, width

_NUM = "一二三四五六七八九十百"
_CAPITAL = "壹貳贰參叁肆伍陸陆柒捌玖拾"  # 大写数字, Traditional and Simplified forms
# A year opening a numbered title, then a Chinese word or a range of years ("2020—2024年…",
# "2008年以来…"): a table's row of figures has a figure or a unit after its first number instead.
_YEAR = r"(?:19|20)\d\d\s*(?:[—–-]\s*(?:19|20)?\d\d\s*)?年"
# Numbering styles, tried in order: (style, pattern).
STYLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("tw1", re.compile(f"^[{_CAPITAL}]+\\s*、\\s*(?=\\S)")),
    ("cn1", re.compile(f"^[{_NUM}]+\\s*、\\s*(?=\\S)")),
    ("cn2", re.compile(f"^[（(]\\s*[{_NUM}]+\\s*[）)]\\s*(?=\\S)")),
    # A subsection's number never starts at 0 ("0.35 防洪标准达标率" is a table's weight and its row);
    # its title may open with a year ("3.1 2020—2024年的业务量变化", round 16c), no other figure;
    # a per cent sign makes it a share opening a line ("42.6% 的夜间客流…", round 17i)
    ("ar3", re.compile(r"^(?!0\.)\d{1,2}\.\d{1,2}\.\d{1,2}(?![\d.])\s*(?=[^\s\d.%％‰]|" + _YEAR + ")")),
    ("ar2", re.compile(r"^(?!0\.)\d{1,2}\.\d{1,2}(?![\d.])\s*(?=[^\s\d.%％‰]|" + _YEAR + ")")),
    # (its number may be glued to a letter-spaced title, "0引 言", "3讨      论": plain pdftotext
    # and -layout drop the space after the number and keep the title's gaps; round 17i)
    ("ar1", re.compile(r"^\d{1,2}(?:[.．](?!\d)\s*|\s+|(?=[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,3}$))(?=[^\s\d.．])")),
    # "（1）预警识别": a fourth level under "1." (round 12e), a short title alone on its line; the
    # run-in "（1）病耻感较强：…" is an item's lead (run_in_lead), never a heading.
    ("pa4", re.compile(r"^[（(]\d{1,2}[）)]\s*(?=[\u4e00-\u9fff])")),
)
# A heading's number is set a space or two from its title; this many spaces after a number are a
# gap between a table's cell and the other column's line, or a page number and a running head
# (pdftotext -layout; round 16e)
WIDE_GAP = " " * 5
# ...but a short title alone after its number, a few spaces more than one would set ("1     引言", "2     对象与方法":
# pdftotext -layout keeps the typeset em space or two as five spaces or so), is a heading's: no punctuation, no
# other gap, a title of a few characters (a table's cell beside a line of the other column runs on as prose).
_SPACED_TITLE = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,2} {5,8}[\u4e00-\u9fff]{2,10}")
MAX_WIDTH = {"tw1": 50.0, "cn1": 50.0, "cn2": 50.0, "ar1": 30.0, "ar2": 36.0, "ar3": 36.0, "pa4": 16.0}
# A bare "1 …" (no dot) is a heading only when short: it is also how a
# wrapped line may start ("20 世纪…").
MAX_BARE_WIDTH = 20.0
# A bare number followed by a unit or a measure word is a quantity on a wrapped line
# ("9 月进行，…", "38 人、…"), never a heading's number.
# (round 16f: "12 座礁区中，…" — 座 counts buildings, reefs, bridges)
_QUANTITY = re.compile(r"^\d{1,2}\s*[年月日个人万亿元名项次份位岁倍天户家所座]")
# A bare number's title holding a clause after a comma ("12 座礁区中，课题组选取了…"): a wrapped
# line of text. No heading of the corpus numbered "1 …" holds a "，" (a subtitle follows a colon
# or a dash, parts are set apart by 、).
_BARE_CLAUSE = re.compile(r"，\s*\S")
# A title ending in a unit after a slash ("…占比/%", "…人口/万人"): a table head's quantity, no heading's title
_UNIT_TAIL = re.compile(r"[\u4e00-\u9fff]/(?:%|‰|[\u4e00-\u9fffA-Za-z²³]{1,4})$")
_UNIT_LAST = frozenset("%‰²³") | frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") | frozenset(
    "人个元次间所处项笔对份户家名台辆座套天年月日时分秒吨米亩")
# Punctuation that ends or joins sentences: a line containing it is text.
_SENTENCE = re.compile(r"[。！？；;!?]|[.](?!\d)\s*$")
_CITATION = re.compile(r"[\[［]\s*\d")
# A title has words (Han or Latin letters); a row of figures has none.
_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]")
# … a decimal title's word: a Han character or a Latin word ("Web", "RPA"); a letter alone is a
# table's significance mark after a figure ("38.5 c", round 17i: chayuan-fangkong's table)
_TITLE_WORD = re.compile(r"[\u4e00-\u9fff]|[A-Za-z]{2}")
# Any punctuation: a fourth-level title "（1）预警识别" has none.
_INNER = re.compile(r"[，,、：:；;。．.！？!?“”\"（）()]")
_FIRST = frozenset(_NUM + _CAPITAL + "（(0123456789")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# "1. 色彩适配不足：" / "（1）…：" / "1）…：" — a short numbered lead ending in a colon, or a
# short numbered sentence the paragraph's text runs on after ("1. 资金来源较为单一。治理项目…"):
# either is the item's title, set in bold, as journals print a run-in list.
# (A decimal, "0.35。…", is no number of an item: no digit right after the dot.)
_LEAD = re.compile(r"^(?:\d{1,2}(?:[.．](?!\d)|[、）)])|[（(]\d{1,2}[）)])\s*[^：:。，,；;\s][^：:。，,；;]{0,15}[：:。]")

# "2.2.1 图像质量　影像质量主要考察…": a numbered third- or second-level title set run-in, its
# paragraph's text running on after a gap on the same line (round 15g, guji-shuzihua: a journal's
# bold lead and an ideographic space). The title is short and bare, the rest a clause: at least
# RUN_IN_REST characters of Han text, or fewer holding a comma, 、 or a sentence's end. A heading
# never holds a gap followed by a clause ("3.1 Web of Science 分析": a Latin name, a short rest).
RUN_IN_REST = 12
RUN_IN_SHORT_REST = 4  # … or at least this many, with a clause on the line after
_RUN_IN = re.compile(r"^(?!0\.)\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\s*[\u4e00-\u9fff]{2,10}(?:\u3000|\s+)(?=[\u4e00-\u9fff])")
_CLAUSE = re.compile(r"[，,、；;。：:]")
# … and in a column too narrow for a clause on the title's line ("1.1 一般资料 选取 2022 年 3 月至" /
# "2023 年 12 月在我院骨科…"): a line whose text runs on to a next line as wide as its column is a
# paragraph's first line, its title set run-in, whatever the rest after the title's gap opens with
# (a Han character, an item's "（1）", a name in Latin letters: "1.4 统计学方法 SPSS 25.0 软件用于数").
# A heading of its own that fills its line has no gap after a short title ("2.1 两组患者术后首次下
# 床时间、住院时间和" / "疼痛评分比较"); the gap is a space or two, not the gap beside another column.
RUN_IN_FULL_REST = 4  # characters after the gap, at least
_RUN_IN_FULL = re.compile(
    r"^(?!0\.)\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\s*[\u4e00-\u9fff]{2,10}(?:\u3000|\s{1,2})(?=[\u4e00-\u9fff（(A-Za-z0-9])"
)

_SCHEMES = {
    "tw1": {"tw1": 1, "cn1": 2, "cn2": 3, "ar1": 3, "ar2": 3, "ar3": 3, "pa4": 4},  # 壹、 / 一、 / （一）, 1. / （1）
    "cn1": {"tw1": 1, "cn1": 1, "cn2": 2, "ar1": 3, "ar2": 3, "ar3": 3, "pa4": 4},  # 一、 / （一） / 1. / 1.1 / （1）
    None: {"tw1": 1, "cn1": 1, "cn2": 2, "ar1": 1, "ar2": 2, "ar3": 3, "pa4": 4},  # 1 / 1.1 / 1.1.1 / （1）
}


def heading_style(text: str) -> str | None:
    """The numbering style of a heading starting with ``text`` (its first line), or None."""
    if text[:1] not in _FIRST:
        return None
    for style, pattern in STYLES:
        match = pattern.match(text)
        if match:
            rest = text[match.end() :]
            if WIDE_GAP in text[: match.end()] and not _SPACED_TITLE.fullmatch(text):
                return None  # "84.8      具体而言，…": a table's cell beside the other column's line (-layout)
            if _SENTENCE.search(rest) or _CITATION.search(rest) or width(text) > MAX_WIDTH[style]:
                return None
            if rest[-1:] in _UNIT_LAST and _UNIT_TAIL.search(rest):
                return None  # "2 一、二级占比/%": a table head's quantity with its unit after a raised "²" pushed over
            if style == "ar1" and not _HAN.match(rest):
                return None
            if style in ("ar2", "ar3") and not _TITLE_WORD.search(rest):
                return None  # "1.82 <0.001", "38.5 c": a table's row of figures (and a significance letter), no title
            if style == "pa4" and _INNER.search(rest):
                return None  # "（2）改革补贴方式，建立绩效挂钩机" is an item's wrapped first line
            bare = style == "ar1" and not re.match(r"^\d{1,2}[.．]", text)
            if bare and (width(text) > MAX_BARE_WIDTH or _QUANTITY.match(text) or _BARE_CLAUSE.search(rest)):
                return None
            if run_in_lead(text):
                return None
            return style
    return None


_CN_DIGITS = {c: k for k, c in enumerate("零一二三四五六七八九")}
_CN_DIGITS.update({c: k for k, c in enumerate("零壹貳參肆伍陸柒捌玖")})
_CN_DIGITS.update({"贰": 2, "叁": 3, "陆": 6})
_NUMBER = re.compile(f"^[（(]?\\s*([{_NUM}{_CAPITAL}]+|\\d{{1,2}})\\s*[、）)]")
_NUMBER_FIRST = frozenset(_NUM + _CAPITAL + "（(")  # a Chinese-numbered lead's first character, or white space


def _value(numeral: str) -> int | None:
    if numeral.isdigit():
        return int(numeral)
    numeral = numeral.replace("拾", "十")
    if numeral == "十":
        return 10
    if "十" in numeral:
        tens, _, units = numeral.partition("十")
        return 10 * (_CN_DIGITS.get(tens, 1) if tens else 1) + (_CN_DIGITS.get(units, 0) if units else 0)
    return _CN_DIGITS.get(numeral)


def heading_number(text: str) -> tuple[str, int] | None:
    """The style and number of a Chinese-numbered lead ("二、" → ("cn1", 2), "（三）" → ("cn2", 3),
    "貳、" → ("tw1", 2))."""
    first = text[:1]
    if first not in _NUMBER_FIRST and not first.isspace():
        return None  # (most lines: no Chinese numeral, bracket or space can open them; a digit's number is None too)
    match = _NUMBER.match(text)
    if not match or match.group(1).isdigit():
        return None
    value = _value(match.group(1))
    if value is None:
        return None
    if text[0] in "（(":
        return "cn2", value
    return ("tw1" if match.group(1)[0] in _CAPITAL else "cn1"), value


def in_sequence(styles: list[str | None], texts: list[str]) -> list[str | None]:
    """Headings the sentence test refused but their numbering vouches for.

    "（二）如何破解人才流动的体制障碍？" ends in a question mark, which a
    paragraph line would too; standing next in the sequence after "（一）"
    (and short, with no full stop or citation) it is the heading "（二）".
    """
    out = list(styles)
    last: dict[str, int] = {}
    decimal: tuple[int, ...] = ()  # the last decimal heading's number ("2.2" → (2, 2))
    # (a line with no style, no Chinese number possible at its start — ``heading_number``'s own
    # first-character test — and no question mark at its end changes nothing below: most lines; the
    # last character first, a question mark or white space, before the line is stripped)
    for k in [k for k, (style, text) in enumerate(zip(styles, texts))
              if style is not None or (first := text[:1]) in _NUMBER_FIRST or first.isspace()
              or ((end := text[-1:]) in "？?" or end.isspace()) and text.rstrip().endswith(_QUESTION)]:
        style, text = styles[k], texts[k]
        if style in ("ar1", "ar2", "ar3"):
            number = _decimal(text)
            if decimal and number and not _follows(decimal, number) and (
                    _BARE_CLAUSE.search(text) or number[0] > decimal[0] + SECTION_LEAP):
                # "24.4 ms 的单帧处理时间…最短，这正是…" after "4.4", "1.8 个百分点，其中…" after "4.3"
                # (session 14, qingliang-jiance): a decimal opening a line of text, its number out of
                # the headings' sequence, with a clause after a comma in it or a section's number far
                # beyond the last one ("24.4 ms的单帧处理时间在参与对比的模型中最", a narrow column's
                # line without a comma), is no heading
                out[k] = None
                continue
            decimal = number or decimal
            continue
        if style is None and decimal and text.rstrip().endswith(_QUESTION):
            # "2.3 天敌群落为何在第2年才明显恢复？" (round 17i): a decimal title that asks a question,
            # its number the next after the heading before it (2.2 → 2.3, 2 → 2.1, 1.2.2 → 1.3),
            # and a heading in every other respect once its question mark is set aside
            number = _decimal(text)
            title = text.rstrip()[:-1]
            if number and _follows(decimal, number) and heading_style(title) in ("ar1", "ar2", "ar3"):
                out[k] = heading_style(title)
                decimal = number
                continue
        number = heading_number(text)
        if style in ("tw1", "cn1", "cn2") and number:
            last[number[0]] = number[1]
            if style == "tw1":
                last.pop("cn1", None)  # a new section numbers its subsections afresh
            if style in ("tw1", "cn1"):
                last.pop("cn2", None)
            continue
        if style is None and number and last.get(number[0]) == number[1] - 1:
            rest = text[_NUMBER.match(text).end() :]
            if rest.strip() and "。" not in rest and not _CITATION.search(rest) and width(text) <= MAX_WIDTH[number[0]]:
                out[k] = number[0]
                last[number[0]] = number[1]
    return out


_QUESTION = ("？", "?")
SECTION_LEAP = 2  # a decimal heading's section number may skip this many sections the text lost, not more
_SHARE = re.compile(r"^\d{1,3}(?:\.\d+)?\s*[%％‰]")
_DECIMAL = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,2})(?:[.．]?\s+|(?=[\u4e00-\u9fff]))")


def _decimal(text: str) -> tuple[int, ...] | None:
    """A decimal heading's number ("2.3 …" → (2, 3), "1 引言" → (1,))."""
    match = _DECIMAL.match(text)
    return tuple(int(part) for part in match.group(1).split(".")) if match else None


def _follows(before: tuple[int, ...], number: tuple[int, ...]) -> bool:
    """Whether decimal ``number`` may come right after ``before``: its first child (2 → 2.1),
    its next sibling (2.2 → 2.3) or the next sibling of one of its parents (1.2.2 → 1.3, 2.3 → 3)."""
    if number == before + (1,):
        return True
    depth = len(number)
    return depth <= len(before) and number[:-1] == before[: depth - 1] and number[-1] == before[depth - 1] + 1


def levels_for(styles: list[str | None]) -> list[int | None]:
    """Heading levels for the styles of a document's lines, by its numbering scheme."""
    scheme = _SCHEMES["tw1" if "tw1" in styles else "cn1" if "cn1" in styles else None]
    return [scheme[s] if s else None for s in styles]


MAX_MARKED_WIDTH = 30.0
# The names an article's first or last section is given without a number ("引言" before "1 …",
# "结语" after "五、…"): a line that is one of them and nothing else, standing alone between
# blocks, is a first-level heading (see wenxian.importer.layout).
# (rounds 14e and 14f found them apart on jiazhuang-dianti and chanjiao-ronghe: one closed list, as a
# journal's house style is — a word not in it alone on a line is a table's cell or a paragraph's last words)
SECTION_NAMES = frozenset((
    "引言", "前言", "导言", "绪论", "问题的提出", "结语", "结论", "结束语", "小结", "余论", "讨论", "总结",
    "结论与讨论", "讨论与结论", "结论与建议", "结论与启示", "结论与展望", "结语与展望", "研究结论",
    # … and the acknowledgements after the last section, before the reference list (GB/T 7713's
    # 致谢; round 16c: koudai-gongyuan's ran into the paragraph under it on every text route)
    "致谢", "谢辞",
))


MAX_SECTION_NAME_LEN = 16  # characters: the names are five at most, spaced out nine


def is_section_name(text: str) -> bool:
    """Whether ``text`` is an unnumbered section's name alone ("结语", letter-spaced "结 束 语")."""
    if len(text) > MAX_SECTION_NAME_LEN:
        return False  # (most lines)
    return "".join(text.split()) in SECTION_NAMES


MAX_UNNUMBERED = 16  # characters of a heading without number inside a numbered section, at most
# … and at least: a table's head cell or a chart's label is often a word of two ("部门", "专业")
MIN_UNNUMBERED = 3
_ANY_PUNCT = re.compile(r"[，。、；！？,;!?…“”‘’\[\]［］]|[：:]$")


def bare_title(text: str) -> bool:
    """Whether ``text`` could be a heading without a number inside a numbered section (round
    15e: "典型片区的观察", a case's name "溪口村"): three Chinese characters or more, no punctuation
    of a sentence, no citation, not ending in a colon, no Latin letter, digit or sign (a table's
    head cell "人数/人", a row "三层 0.15 1.2"). Whether it is one
    is the layout's to weigh: alone between blocks, a paragraph's first line after it."""
    text = text.strip()
    if text.endswith(("？", "?")):
        text = text[:-1]  # a title may ask a question (whether it is one is weighed: evidence.BARE_TITLE)
    return (MIN_UNNUMBERED <= len(text) <= MAX_UNNUMBERED and len(HAN_RE.findall(text)) >= MIN_UNNUMBERED
            and _ANY_PUNCT.search(text) is None and not any(c.isascii() and not c.isspace() for c in text)
            and heading_style(text) is None)


def reads_as_heading(text: str) -> bool:
    """Whether an unnumbered line an extractor marked as a heading reads as one: short, with
    no sentence or citation in it ("引言", "结语"; not a paragraph a "#" was put before)."""
    return width(text) <= MAX_MARKED_WIDTH and not _SENTENCE.search(text) and not _CITATION.search(text)


def heading_level(text: str) -> int | None:
    """The level of ``text`` as a heading on its own (the Chinese scheme)."""
    style = heading_style(text)
    return _SCHEMES["cn1"][style] if style else None


def run_in_title(text: str, after: str = "", full: bool = False) -> str | None:
    """The numbered title of a line whose paragraph runs on after it ("2.2.1 图像质量　影像质量
    主要考察…"), else None: the line is no heading, its paragraph's first line. In a narrow
    column the rest on the title's line is short ("2.2.1 图像质量 影像质量主要考察"): it is a
    paragraph's still when the line ``after`` it holds a clause (no heading's wrapped rest), or
    when the line is ``full`` (its text running on to a next line as wide as its column)."""
    match = _RUN_IN.match(text)
    if match is None:
        if full and (match := _RUN_IN_FULL.match(text)) and len(text[match.end() :].strip()) >= RUN_IN_FULL_REST:
            return match.group(0).rstrip()
        return None
    if full and len(text[match.end() :].strip()) >= RUN_IN_FULL_REST:
        return match.group(0).rstrip()
    rest = text[match.end() :]
    han = len(HAN_RE.findall(rest))
    # An ideographic space after the title (a journal's bold lead, "1.1 一般资料　选取 2022 年 3 月至")
    # with a clause's worth of Han text after it: no heading of its own is set so, however short
    # its column left the rest (round s11: a narrow column, the rest's figures counted half).
    ideographic = "\u3000" in match.group(0)
    if han >= RUN_IN_REST or (ideographic and han >= RUN_IN_SHORT_REST) or (len(rest) >= MIN_UNNUMBERED and _CLAUSE.search(rest)) or (
        han >= RUN_IN_SHORT_REST and _CLAUSE.search(after)
    ):
        return match.group(0).rstrip()
    return None


_ITEM_NUMBER = re.compile(r"^[（(](\d{1,2})[）)]")


def item_in_a_sentence(text: str, after: str) -> bool:
    """Whether "（1）…" on ``text`` opens a list run on inside a paragraph: the next item's number
    stands inside the line ``after`` it, past a clause's end ("商业出版，影响本馆的权益；（2）部分…",
    round 15g: a figure set beside the list had cut "（1）担心资源被下载后用于" short, and alone on
    its line it read as a fourth-level heading). A heading's next item opens a line of its own."""
    match = _ITEM_NUMBER.match(text)
    if match is None:
        return False
    n = int(match.group(1)) + 1
    return re.search(f"[；;，,。][（(]{n}[）)]", after) is not None


# "利益冲突　所有作者均声明…", "作者贡献声明 穆清岚负责…": an unnumbered bold lead, its paragraph's
# text running on after a gap on the same line (an ideographic space, or the space an extractor
# prints where the bold type ends). Chinese running text sets no gap between two Han words.
_UNNUMBERED_LEAD = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:\u3000| {1,2})(?=[\u4e00-\u9fff]{2})")


def opens_with_lead(text: str) -> bool:
    """Whether ``text`` opens with an unnumbered run-in lead set apart by a gap."""
    return _UNNUMBERED_LEAD.match(text) is not None


def run_in_lead(text: str) -> str | None:
    """The numbered lead of a line that runs on into its paragraph ("1. 色彩适配不足："), else None."""
    if text[:1] not in "（(" and not text[:1].isdecimal():
        return None  # (a lead opens with its number or a bracket: most lines are ruled out here)
    if (title := run_in_title(text)) is not None:
        return title
    match = _LEAD.match(text)
    if match and text[match.end() :].strip() and not _CITATION.search(match.group(0)):
        return match.group(0)  # a lead is a short title: a citation mark in it is the paragraph's
    return None


def can_continue(first: str, more: str) -> bool:
    """Whether ``more`` may be the wrapped rest of a heading that began ``first``."""
    return (
        not _SENTENCE.search(more)
        and not more.rstrip().endswith(("：", ":", "，", ",", "、"))  # a heading never ends so
        and not _CITATION.search(more)
        and heading_style(more) is None
        and not _SHARE.match(more)  # "42.6% 的夜间客流…": a share opening a paragraph's line
        and width(first) + width(more) <= max(MAX_WIDTH.values())
    )


# A Chinese heading's number alone on its line ("（一）", "二、"): pdftotext starts a new line where
# the title's font changes — at a quotation mark opening it ("（一）" / "“移动的内室”"; session 12).
_BARE_NUMBER = re.compile(f"^(?:[（(]\\s*[{_NUM}]+\\s*[）)]|[{_CAPITAL}{_NUM}]+\\s*、)$")


def bare_number(text: str) -> bool:
    """Whether ``text`` is a Chinese heading's number and nothing else."""
    return _BARE_NUMBER.match(text.strip()) is not None
