"""Text an extractor saved as Markdown (MinerU, Marker, PyMuPDF4LLM, Nougat …).

Such tools print what the PDF showed with Markdown marks around it: ``#``
before a title or heading, a superscript as inline TeX (``王丽华 $^{1}$``,
``增长 $^{[1]}$``, ``$^{1,2}$``), ``**bold**``, images as ``![](images/x.jpg)``
and tables as HTML, display formulas as TeX between ``$$`` (or ``\\[ … \\]``). The marks
are not the article's text: each line is given
back as the PDF printed it — a superscript as the digits pdftotext would give
(``王丽华1``, ``增长[1]``), a heading's text without its ``#``, a list item's without its
bullet — and what is no text at all (an image, a table's markup in HTML or in Markdown's
``| … |`` rows) is left out. A display formula is kept
as the TeX it is (:func:`math_opening`, :func:`math_closing`): a block of its own. An inline
formula (``$p_i \\in [0, 1]$``) is hidden behind a mark while the line is read as text (its
brackets are no citation, its commas no punctuation to normalise) and comes back as a formula
in the paragraph (:func:`hide_inline_math`, :data:`MATH_REF`). The paragraph, heading
and front-matter decisions then weigh the text as for any extractor.

A text is read as Markdown only when it carries such marks on several lines
(``#`` headings, inline superscripts, images), so a plain text with a "#" in
it is untouched.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^#{1,6}\s+(?=\S)")
# $^{1}$, $^{1,2}$, $^{[1]}$, $^{[2-3]}$, $^{*}$, $ ^ { 1 } $, and the same without the dollars.
_SUPERSCRIPT = re.compile(r"\s*\$?\s*\^\s*\{\s*([^{}$]{1,20}?)\s*\}\s*\$?")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_TAG = re.compile(r"</?(?:html|body|table|thead|tbody|tr|td|th|div|span|br|p|sup|sub)\b[^>]*>", re.IGNORECASE)
_TABLE = re.compile(r"^(?:<html>|<body>|<table|<tr|<td|<th|</t)", re.IGNORECASE)
_PIPE_ROW = re.compile(r"^\|.*\|$")  # a row of a table written in Markdown ("| 项目 | 户数 |", "|---|---|")
_BULLET = re.compile(r"^[-*+]\s+(?=\S)")  # a list item's bullet ("- [1] 阳建强. …", as Marker writes a list)
_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
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
MATH_MARK = "\ue100"  # then two characters giving the formula's index
_INDEX = 0xE200
MAX_INLINE_FORMULAS = 256 * 256
MATH_REF = re.compile("\ue100([\ue200-\ue2ff])([\ue200-\ue2ff])")


def math_index(match: re.Match[str]) -> int:
    """The index, in the list :func:`hide_inline_math` filled, of the formula a mark stands for."""
    return (ord(match.group(1)) - _INDEX) * 256 + ord(match.group(2)) - _INDEX


def hide_inline_math(text: str, formulas: list[str]) -> str:
    """``text`` with each inline formula replaced by a mark; its TeX is appended to ``formulas``.
    A bare superscript (``$^{1}$``) is left to :func:`plain_line`: the PDF printed digits."""

    def mark(m: re.Match[str]) -> str:
        tex = m.group(1).strip()
        if _BARE_SUPERSCRIPT.match(tex) or len(formulas) >= MAX_INLINE_FORMULAS:
            return m.group(0)
        formulas.append(tex)
        k = len(formulas) - 1
        return MATH_MARK + chr(_INDEX + k // 256) + chr(_INDEX + k % 256)

    return _INLINE_MATH.sub(mark, text)


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
    text = _HEADING.sub("", text)
    text = _IMAGE.sub("", text)
    if formulas is not None and "$" in text:
        text = hide_inline_math(text, formulas)
    text = _TAG.sub(" ", text) if "<" in text else text
    text = _SUPERSCRIPT.sub(lambda m: m.group(1).replace(" ", ""), text) if "^" in text else text
    text = _BOLD.sub(lambda m: m.group(1) or m.group(2), text) if ("**" in text or "__" in text) else text
    return text.strip()
