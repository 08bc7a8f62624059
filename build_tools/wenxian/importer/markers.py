"""The labels that open front-matter fields and the reference list.

Configuration as data: each label is a pattern matched at the start of a
line. Spacing variants ("摘　 要", "关 键 词"), brackets ([ ]【 】〔 〕［ ］),
colons (half- or full-width) and the Traditional forms a Taiwan or Hong Kong
journal prints (關鍵詞, 參考文獻, 基金項目 …) are all accepted.
"""

from __future__ import annotations

import re
from dataclasses import replace

from wenxian.importer.lines import Line, Lines
from wenxian.model import JOURNAL_FIELDS

_OPEN = r"[\[【〔［]"
_SPACE = re.compile(r"\s+")
_CLOSE = r"[\]】〕］]"


def _cn_label(*forms: str) -> re.Pattern[str]:
    """A label in any of its forms (Simplified, Traditional), letter-spaced or not, with its colon
    or brackets, or alone on its line (the field's text on the lines after it, "摘　要")."""
    spaced = "|".join(r"\s*".join(chars) for chars in forms)
    return re.compile(f"^(?:{_OPEN}\\s*(?:{spaced})\\s*{_CLOSE}\\s*[:：]?|(?:{spaced})\\s*[:：]|(?:{spaced})\\s*$)\\s*")


# Some journals (mostly in the social sciences) label the abstract 内容提要 or 内容摘要 (round 16f),
# or 提要 alone (round 17i).
ABSTRACT = _cn_label("摘要", "提要", "内容提要", "内容摘要", "內容提要", "內容摘要")
KEYWORDS = _cn_label("关键词", "关键字", "關鍵詞", "關鍵字")
EN_ABSTRACT = re.compile(
    f"^(?:{_OPEN}\\s*Abstract\\s*{_CLOSE}\\s*[:：]?|Abstract\\s*[:：]|Abstract$)\\s*", re.IGNORECASE
)
EN_KEYWORDS = re.compile(
    f"^(?:{_OPEN}\\s*Key\\s*-?\\s*words\\s*{_CLOSE}\\s*[:：]?|Key\\s*-?\\s*words\\s*[:：])\\s*",
    re.IGNORECASE,
)
# ...or its English heading alone on its line ("References", "REFERENCES", "Bibliography"), which a
# Chinese article printed with an English list (or a PDF of a thesis template) may have instead.
REFERENCES = re.compile(f"^{_OPEN}?\\s*(?:(?:本\\s*文\\s*|主\\s*要\\s*)?[参參]\\s*考\\s*文\\s*[献獻]"
                        f"|References|REFERENCES|Bibliography|BIBLIOGRAPHY)\\s*{_CLOSE}?\\s*[:：]?$")

_LABEL_TO_KEY = {label: key for key, labels in JOURNAL_FIELDS.items() for label in labels}
_HAN_LABEL = re.compile(r"^[\u4e00-\u9fff]+$")


def _spaced(label: str) -> str:
    """A label's pattern; a Chinese one may be letter-spaced ("基 金 项 目")."""
    return r"\s*".join(map(re.escape, label)) if _HAN_LABEL.match(label) else re.escape(label)


_LABELS = "|".join(_spaced(label) for label in sorted(_LABEL_TO_KEY, key=len, reverse=True))
# A journal field label, at the start of a line or after a space or ；, maybe after the mark
# that points to it ("*通信作者：…"); a bracketed label needs no colon ("[DOI] 10.1234/…").
# ``journal_label`` gives the label.
JOURNAL = re.compile(
    f"(?:^|(?<=[\\s;；]))[*＊∗†]?\\s*(?:{_OPEN}\\s*({_LABELS})\\s*{_CLOSE}\\s*[:：]?|({_LABELS})\\s*[:：])\\s*"
)

# A line holding a code or date field (DOI, 中图分类号, 文献标志码, 文章编号, 收稿日期): its value ends with the line.
CODE_FIELD_LINE = re.compile(
    "(?:^|(?<=[\\s;；]))(?:" + _OPEN + "\\s*)?(?:"
    + "|".join(_spaced(label) for key in ("clc", "document_code", "article_id", "doi", "received", "revised") for label in JOURNAL_FIELDS[key])
    + ")\\s*(?:" + _CLOSE + "\\s*)?[:：]"
)


# A field's line that ends with an e-mail address ("通信作者：叶承志，E-mail: yecz@…"): above the
# abstract the address is the field's last word, and the field ends with the line, as a code's does
# (round 17f: pypdf prints a Chromium PDF's first-page footnote above the title, with no page's foot
# to end it there; layout.starts_block asks it above the abstract only).
ENDS_WITH_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")


def value_follows(text: str) -> bool:
    """The line ends with a field's label, its value not on it ("中图分类号：" / "G258.2 文献标志码："):
    an extractor that keeps the drawing order (``pdftotext -raw``) breaks the line after a bold
    label, and the value is on the next line."""
    text = text.rstrip()
    if not text.endswith((":", "：", "]", "】", "］", "〕")):
        return False
    last = None
    for last in JOURNAL.finditer(text):
        pass
    return last is not None and last.end() >= len(text)


# Every label starts with one of these: a cheap test before the patterns.
_FIRST = frozenset("[【〔［摘提关關参參本主内內AaKkRB*＊∗†" + "".join(label[0] for label in _LABEL_TO_KEY))

CN_KINDS = ("abstract", "keywords", "journal")
EN_KINDS = ("en_abstract", "en_keywords")


def journal_key(label: str) -> str:
    return _LABEL_TO_KEY[label]


def journal_label(match: re.Match[str]) -> str:
    """The label a :data:`JOURNAL` match found."""
    return _SPACE.sub("", match.group(1) or match.group(2))


def marker_kind(text: str) -> str | None:
    """Which front-matter field (or the reference list) a line opens, if any."""
    if text[:1] not in _FIRST:
        return None
    if ABSTRACT.match(text):
        return "abstract"
    if KEYWORDS.match(text):
        return "keywords"
    if EN_ABSTRACT.match(text):
        return "en_abstract"
    if EN_KEYWORDS.match(text):
        return "en_keywords"
    if REFERENCES.match(text):
        return "references"
    match = JOURNAL.match(text)
    if match and match.start() == 0:
        return "journal"
    return None


def strip_marker(kind: str, text: str) -> str:
    """``text`` without the label that opens it."""
    pattern = {"abstract": ABSTRACT, "keywords": KEYWORDS, "en_abstract": EN_ABSTRACT, "en_keywords": EN_KEYWORDS}
    if kind in pattern:
        return pattern[kind].sub("", text, count=1)
    return text


_KEY = re.compile(r"^Key$", re.IGNORECASE)
_WORDS = re.compile(r"^words\s*[:：]", re.IGNORECASE)
# The first characters of a Chinese label, alone on their line ("摘", "关 键"): a word processor
# sets a label letter-spaced with an ideographic space ("摘　要："), and pdftotext cuts the line at
# the wide gap, so the label's rest opens the next line ("要：口袋公园是…"); a bracketed label
# ("[摘　要]") keeps its opening bracket on the first piece ("[摘" + "要]…").
_LABEL_HEAD = re.compile(r"^[\[［【〔]?[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){0,3}$")


# A short heading letter-spaced ("0 引　言", "3 讨　论", "结　语") that plain pdftotext cut at its wide
# gap (round 17i, chayuan-fangkong: "0引" / "" / "言"): its number and first characters, then the rest.
_HEADING_HEAD = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,2})?\s*([\u4e00-\u9fff]{1,3})$")
_HEADING_REST = re.compile(r"^[\u4e00-\u9fff]{1,3}$")
MAX_SPACED_HEADING = 4  # Han characters: a journal letter-spaces only a title of two or three (four)


def _heading_joined(line: Line, nxt: Line) -> str | None:
    """The two lines as one heading where together they read as one (a numbered title or a
    section's name) and neither alone does."""
    from wenxian.importer import headings  # (headings imports nothing of this module's)

    match = _HEADING_HEAD.match(line.text)
    if match is None or _HEADING_REST.match(nxt.text) is None or line.page != nxt.page:
        return None
    title = match.group(2) + nxt.text
    if len(title) > MAX_SPACED_HEADING or headings.is_section_name(nxt.text):
        return None
    number = match.group(1)
    joined = f"{number} {title}" if number else title
    if number and len(title) > 1 and headings.heading_style(line.text) is None and headings.heading_style(joined) is not None:
        return joined
    if not number and not headings.is_section_name(line.text) and headings.is_section_name(title):
        return joined
    return None


def _label_joined(line: Line, nxt: Line) -> str | None:
    """The two lines as one where together they open with a label that neither opens alone."""
    if _KEY.match(line.text) and _WORDS.match(nxt.text):
        return f"{line.text} {nxt.text}"
    if (joined := _heading_joined(line, nxt)) is not None:
        return joined
    if (line.page == nxt.page and _LABEL_HEAD.match(line.text) and marker_kind(line.text) is None
            and marker_kind(nxt.text) is None):
        joined = line.text + nxt.text
        if marker_kind(joined) is not None:
            return joined
    return None


def join_split_labels(doc: Lines) -> Lines:
    """Rejoin a label an extractor split over two lines: "Key" + "words:" (one word per line),
    "摘" + "要：…" (cut at a letter-spacing gap)."""
    lines = doc.lines
    out: list[Line] = []
    start, last = 0, -2  # the lines from ``start`` on are not copied yet; ``last``: the line last joined
    # (a label's first piece is short: most lines are ruled out before the patterns)
    for i in [i for i, line in enumerate(lines[:-1]) if len(line.text) <= 12]:
        if i == last + 1:
            continue  # the piece joined to the line before it
        if (joined := _label_joined(lines[i], lines[i + 1])) is not None:
            line, nxt = lines[i], lines[i + 1]
            out += lines[start:i]
            out.append(replace(line, text=joined, gap_after=nxt.gap_after, width=line.width + nxt.width))
            start, last = i + 2, i
    out += lines[start:]
    return replace(doc, lines=out)
