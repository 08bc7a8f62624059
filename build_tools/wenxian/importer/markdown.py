"""Text an extractor saved as Markdown (MinerU, Marker, PyMuPDF4LLM, Nougat …).

Such tools print what the PDF showed with Markdown marks around it: ``#``
before a title or heading, a superscript as inline TeX (``王丽华 $^{1}$``,
``增长 $^{[1]}$``, ``$^{1,2}$``), ``**bold**``, images as ``![](images/x.jpg)``
and tables as HTML, display formulas as TeX between ``$$`` (or ``\\[ … \\]``), a picture's
words between HTML comments (PyMuPDF4LLM; :func:`comment_end`). The marks
are not the article's text: each line is given
back as the PDF printed it — a superscript as the digits pdftotext would give
(``王丽华1``, ``增长[1]``), a heading's text without its ``#``, a list item's without its
bullet — and what is no text at all (an image, a table's markup in HTML or in Markdown's
``| … |`` rows) is left out of the lines. A display formula is kept
as the TeX it is (:func:`math_opening`, :func:`math_closing`): a block of its own. An inline
formula (``$p_i \\in [0, 1]$``) is hidden behind a mark while the line is read as text (its
brackets are no citation, its commas no punctuation to normalise) and comes back as a formula
in the paragraph (:func:`hide_inline_math`, :data:`MATH_REF`); a formula that is only a number
(MinerU writes ``$5 2 . 1 \\%$``) is the text ``52.1%``. A table's rows, in HTML or in ``| … |``
rows, are read as cells (:func:`table_rows`) and kept beside the lines, for the table's caption
(:func:`attach_tables`). The paragraph, heading
and front-matter decisions then weigh the text as for any extractor.

A text is read as Markdown only when it carries such marks on several lines
(``#`` headings, inline superscripts, images), so a plain text with a "#" in
it is untouched.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from wenxian.importer.chars import formula_lines

_HEADING = re.compile(r"^#{1,6}\s+(?=\S)")
# $^{1}$, $^{1,2}$, $^{[1]}$, $^{[2-3]}$, $^{*}$, $ ^ { 1 } $, and the same without the dollars.
_SUPERSCRIPT = re.compile(r"\s*\$?\s*\^\s*\{\s*([^{}$]{1,20}?)\s*\}\s*\$?")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_TAG = re.compile(r"</?(?:html|body|table|thead|tbody|tr|td|th|div|span|br|p|sup|sub)\b[^>]*>", re.IGNORECASE)
_TABLE = re.compile(r"^(?:<html>|<body>|<table|<tr|<td|<th|</t)", re.IGNORECASE)
_PIPE_ROW = re.compile(r"^\|.*\|$")  # a row of a table written in Markdown ("| 项目 | 户数 |", "|---|---|")
_BULLET = re.compile(r"^[-*+]\s+(?=\S)")  # a list item's bullet ("- [1] 阳建强. …", as Marker writes a list)
# A block quote's mark ("> 基金项目：…", where PyMuPDF4LLM set a first page's note apart): the note's text
_QUOTE = re.compile(r"^>\s+(?=\S)")
_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
# Italic between underscores, set apart by spaces or punctuation ("率 p_i _∈_ [0, 1]": PyMuPDF4LLM marks
# the italic font a formula's symbol came in): its text. Not a subscript's underscore ("p_i": a
# letter before it), nor "__", bold's.
_ITALIC = re.compile(r"(?<![\w_\\])_(?=[^\s_])([^_\n]{1,40}?)(?<=[^\s_])_(?![\w_])")
MIN_MARKED_LINES = 2


# A mark of Markdown on a line: a "#" heading (not a saving tool's page mark), an image, a superscript.
_MARK = re.compile(r"^[ \t\u3000]*#{1,6}[ \t]+(?!(?:Page|页|第)\s*\d)\S|!\[[^\]\n]*\]\(|\^\s*\{[^{}$\n]{1,20}\}"
                   r"|^[ \t]*\$\$",
                   re.MULTILINE | re.IGNORECASE)


def is_markdown(text: str) -> bool:
    """Whether a Markdown-saving extractor wrote ``text``: marks on at least two lines."""
    if "#" not in text and "!" not in text and "^" not in text:  # the common case, at memchr speed
        return False
    lines: set[int] = set()
    for match in _MARK.finditer(text):
        lines.add(text.count("\n", 0, match.start()))
        if len(lines) >= MIN_MARKED_LINES:
            return True
    return False


# "$…$" with no space inside either dollar, not "$$", not "US$5 and $6" (a space before the
# second dollar), not a dollar amount followed by digits.
_INLINE_MATH = re.compile(r"(?<![\\$])\$(?![\s$])([^$\n]{1,300}?)(?<![\s\\])\$(?![\d$])")
_BARE_SUPERSCRIPT = re.compile(r"^\s*\^\s*\{[^{}$]{1,20}\}\s*$")  # "$^{1}$": a printed superscript
# A number MinerU wrote as a formula, its digits spaced ("$5 2 . 1 \%$", "$1 , 2 0 0$", "$- 3$").
_PLAIN_NUMBER = re.compile(r"^[-+]?\s*\d[\d\s]*(?:[.,]\s*\d[\d\s]*)*(?:\\?%)?$")
_SPACED_MATH = re.compile(r"([ \t]*)" + _INLINE_MATH.pattern + r"([ \t]*)")
_LATIN_END = re.compile(r"[A-Za-z0-9)]$")
_LATIN_START = re.compile(r"[A-Za-z(]")
MATH_MARK = "\ue100"  # then two characters giving the formula's index
_INDEX = 0xE200
MAX_INLINE_FORMULAS = 256 * 256
MATH_REF = re.compile("\ue100([\ue200-\ue2ff])([\ue200-\ue2ff])")


# A formula that is letters, digits and relations only ("P < 0 . 0 5", "n = 1 2 0"): the text the
# PDF printed, where no formula can be typeset (the front matter's plain fields).
_TEXT_FORMULA = re.compile(r"^[A-Za-z0-9\s.,:;<>=+\-−×%()\[\]]+$")


def formula_as_text(tex: str) -> str | None:
    """A simple formula as the text it printed ("P < 0 . 0 5" → "P<0.05"), or None when it needs
    typesetting (a sub- or superscript, a command)."""
    tex = tex.replace("\\%", "%")
    if not _TEXT_FORMULA.match(tex):
        return None
    return re.sub(r"\s+", "", tex)


def math_index(match: re.Match[str]) -> int:
    """The index, in the list :func:`hide_inline_math` filled, of the formula a mark stands for."""
    return (ord(match.group(1)) - _INDEX) * 256 + ord(match.group(2)) - _INDEX


def hide_inline_math(text: str, formulas: list[str]) -> str:
    """``text`` with each inline formula replaced by a mark; its TeX is appended to ``formulas``.
    A bare superscript (``$^{1}$``) is left to :func:`plain_line`: the PDF printed digits."""

    def mark(m: re.Match[str]) -> str:
        before, tex, after = m.group(1), m.group(2).strip(), m.group(3)
        if _PLAIN_NUMBER.match(tex):  # "$5 2 . 1 \%$": a number the PDF printed as text,
            # the spaces around it kept only where a Latin word stands beside it
            left = before if before and _LATIN_END.search(m.string, 0, m.start()) else ""
            right = after if after and _LATIN_START.match(m.string, m.end()) else ""
            return left + formula_as_text(tex) + right
        if _BARE_SUPERSCRIPT.match(tex) or len(formulas) >= MAX_INLINE_FORMULAS:
            return m.group(0)
        formulas.append(tex)
        k = len(formulas) - 1
        return before + MATH_MARK + chr(_INDEX + k // 256) + chr(_INDEX + k % 256) + after

    return _SPACED_MATH.sub(mark, text)


_MATH_OPEN = re.compile(r"^(?:\$\$|\\\[)")
_MATH_CLOSE = {"$$": re.compile(r"\$\$\s*(?:\\tag\{[^{}]*\}\s*)?$"), "\\[": re.compile(r"\\\]\s*$")}
# A formula's number as the extractor wrote it inside the formula ("\tag{1}"): not its TeX.
_EQUATION_NUMBER = re.compile(r"\s*\\tag\{([^{}]*)\}\s*$")


def math_opening(text: str) -> str | None:
    """The delimiter (``$$`` or ``\\[``) when the stripped line opens a display formula."""
    m = _MATH_OPEN.match(text)
    return m.group(0) if m else None


def math_closing(text: str, opening: str, first: bool) -> bool:
    """Whether this line (the opening one when ``first``) closes the formula ``opening`` began."""
    rest = text[len(opening):] if first else text
    return bool(_MATH_CLOSE[opening].search(rest))


def math_tex(lines: list[str], opening: str) -> str:
    """The TeX of a display formula given as its lines, delimiters and a ``\\tag`` removed."""
    text = "\n".join(line.strip() for line in lines)
    text = text[len(opening):]
    text = re.sub(r"\$\$\s*$|\\\]\s*$", "", text.rstrip())
    text = _EQUATION_NUMBER.sub("", text.rstrip())
    return "\n".join(line for line in (part.strip() for part in text.split("\n")) if line)


def is_heading_mark(text: str) -> bool:
    """Whether the extractor marked the line as a title or heading ("# …", "## …")."""
    return _HEADING.match(text) is not None


def plain_line(text: str, formulas: list[str] | None = None) -> str:
    """One line as the PDF printed it, without the Markdown marks around it ("" for a table's
    HTML: its cells are no running text; the caption printed above it stays). With
    ``formulas``, inline formulas are hidden behind marks (:func:`hide_inline_math`)."""
    if _TABLE.match(text) or _PIPE_ROW.match(text):
        return ""
    text = _BULLET.sub("", text)
    text = _QUOTE.sub("", text) if text[:1] == ">" else text
    text = _HEADING.sub("", text)
    text = _IMAGE.sub("", text)
    if formulas is not None and "$" in text:
        text = hide_inline_math(text, formulas)
    text = _TAG.sub(" ", text) if "<" in text else text
    text = _SUPERSCRIPT.sub(lambda m: m.group(1).replace(" ", ""), text) if "^" in text else text
    text = _BOLD.sub(lambda m: m.group(1) or m.group(2), text) if ("**" in text or "__" in text) else text
    text = _ITALIC.sub(r"\1", text) if "_" in text else text
    return text.strip()


# A label in bold that a Markdown-saving extractor ran on into the line before, after its last
# sentence ("…开放环境。 **关键词：** 新质生产力；…", "…机制。 **[关键词]** …", "…productivity. **Key words:**
# …"), a colon closing it or brackets round it: PyMuPDF4LLM
# joins a block's printed lines, and a keywords line set right under the abstract is one block.
_RUN_ON_LABEL = re.compile(r"(?<=[。．.！？!?])\s+(?=\*\*(?:[^*\n]{1,12}[：:]|[\[【［][^*\n]{1,10}[\]】］])\s*\*\*)")


# A figure's note run on after its bold caption ("**图 1 … Fig. 1 …** 注：同一学生可选择…。"): the
# note is printed under the caption, a line of its own.
_RUN_ON_NOTE = re.compile(r"^(\*\*(?:[图表]\s*\d|Fig\.?\s*\d|Table\s*\d)[^*\n]*\*\*)\s+(?=(?:注|资料来源)\s*[：:])")


def label_pieces(text: str) -> list[str]:
    """A stripped Markdown line cut before each bold label (``**关键词：**``) it ran on into after
    a sentence's end, and before a note run on after a bold caption: each piece a line of its own,
    as the PDF printed it ([text] when none)."""
    if "**" not in text:
        return [text]
    note = _RUN_ON_NOTE.match(text)
    if note:
        return [*label_pieces(note.group(1)), text[note.end():]]
    twin = _BOLD_TWIN.match(text)
    if twin:  # the bold run cut in two, each half bold
        return [(twin.group(1) or "") + twin.group(2) + "**", "**" + text[twin.end():]]
    return [piece for piece in _RUN_ON_LABEL.split(text) if piece]


# A bold caption that holds its English twin ("**图 1 求助对象 Fig. 1 Whom they turned to**"), as
# PyMuPDF4LLM runs the two printed lines together: the twin is a line of its own, as printed.
_BOLD_TWIN = re.compile(r"^(#{1,6}\s+)?(\*\*[图表]\s*\d+[^*\n]*?[\u4e00-\u9fff）)])\s+(?=(?:Fig\.?|Table)\s*\d[^*\n]*\*\*)")


_PICTURE_START = re.compile(r"^<!--\s*Start of picture text\s*-->$", re.IGNORECASE)
_PICTURE_END = re.compile(r"<!--\s*End of picture text\s*-->\s*$", re.IGNORECASE)


_COMMENT_END = re.compile(r"-->\s*$")
MAX_COMMENT_LINES = 200  # a comment not closed within them is text


def comment_end(lines: list[str]) -> int | None:
    """The index in ``lines`` of the line closing the HTML comment that ``lines[0]`` opens
    (``<!--``), or None when none does soon. A comment is no printed text, nor what PyMuPDF4LLM
    puts between its two picture comments (``<!-- Start of picture text -->``, the labels
    ``比例/%<br>31.4<br>…``, ``<!-- End of picture text -->``): a chart's labels, not the article's."""
    picture = _PICTURE_START.match(lines[0].strip()) is not None
    closer = _PICTURE_END if picture else _COMMENT_END
    for k in range(int(picture), min(len(lines), MAX_COMMENT_LINES)):
        if closer.search(lines[k]):
            return k
    return None


def picture_formulas(lines: list[str]) -> list[str]:
    """The displayed formulas, each with its number, that PyMuPDF4LLM put between its two picture
    comments as a picture's words (``<!-- Start of picture text -->`` / ``zh = Σ x(h, i)/W (3)<br>``
    ``<!-- End of picture text -->``, a formula set in a math font): the article's text, no chart's
    labels. Empty unless every piece is one (a chart's labels are none: no relation, no number)."""
    if not lines or _PICTURE_START.match(lines[0].strip()) is None:
        return []
    body = _PICTURE_END.sub("", " ".join(line.strip() for line in lines[1:]))
    pieces = [piece.strip() for piece in _BREAK.split(body) if piece.strip()]
    return pieces if pieces and all(formula_lines([piece], 0) == 1 for piece in pieces) else []


_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


# The next reference entry PyMuPDF4LLM ran on into the one before (a block's printed lines run
# together): "…2021, 21(4): 55-61. [4] 蒋书… [J]. …" — a label after an entry's end, opening text
# with a document-type code ("[J]", "[M]", "[EB/OL]") before any other bracket.
_RUN_ON_ENTRY = re.compile(r"(?<=[.。])\s+(?=[\[［]\d{1,4}[\]］]\s*[^\s\[\]［］][^\[\]［］]{0,200}?[\[［][A-Z]{1,2}(?:/OL)?[\]］])")


def entry_pieces(text: str) -> list[str]:
    """A stripped Markdown line cut before each reference entry run on into it after the entry
    before it ended: each entry a line of its own, as the PDF printed it ([text] when none)."""
    if "[" not in text and "［" not in text:
        return [text]
    return [piece for piece in _RUN_ON_ENTRY.split(text) if piece]


def is_table_markup(text: str) -> bool:
    """Whether a stripped line is a table's markup: HTML (``<table>…``) or a ``| … |`` row."""
    return bool(_TABLE.match(text) or _PIPE_ROW.match(text))


class _Cells(HTMLParser):
    """The rows of an HTML table, a cell spanning columns or rows repeated as empty cells."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None
        self._spans: dict[int, int] = {}  # column → rows it still spans below
        self._colspan = self._rowspan = 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
            self._pad()
        elif tag in ("td", "th"):
            if not self.rows:
                self.rows.append([])
            values = dict(attrs)
            self._colspan = _span(values.get("colspan"))
            self._rowspan = _span(values.get("rowspan"))
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            row = self.rows[-1]
            text = re.sub(r"\s+", " ", "".join(self._cell)).strip()
            for k in range(self._colspan):
                if self._rowspan > 1:
                    self._spans[len(row)] = self._rowspan - 1
                row.append(text if k == 0 else "")
                self._pad()
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def _pad(self) -> None:
        """Empty cells where a cell of a row above still spans."""
        row = self.rows[-1]
        while self._spans.get(len(row), 0) > 0 and len(self.rows) > 1:
            self._spans[len(row)] -= 1
            row.append("")


def _span(value: str | None) -> int:
    return min(int(value), MAX_SPAN) if value and value.strip().isdigit() and int(value) > 0 else 1


MAX_SPAN = 50
_PIPE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")  # |---|:--:|
_PIPE_SPLIT = re.compile(r"(?<!\\)\|")


def table_rows(lines: list[str]) -> list[list[str]]:
    """The rows of cells of one table, given as the lines of its markup (HTML or ``| … |``
    rows); a row with fewer cells than the widest is filled with empty ones."""
    if any(_TABLE.match(line.strip()) for line in lines):
        parser = _Cells()
        parser.feed("\n".join(lines))
        parser.close()
        rows = [row for row in parser.rows if any(row)]
    else:
        rows = []
        for line in lines:
            line = line.strip()
            if _PIPE_RULE.match(line):
                continue
            cells = _PIPE_SPLIT.split(line.strip("|"))
            rows.append([_TAG.sub(" ", c).replace("\\|", "|").strip() for c in cells])
    width = max((len(row) for row in rows), default=0)
    return [row + [""] * (width - len(row)) for row in rows]
