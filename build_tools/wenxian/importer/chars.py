"""Character classes shared by the importer's steps (CJK, punctuation, width)."""

from __future__ import annotations

import re

from wenxian.cjk import HAN, KANA

# A citation mark while a paragraph is being normalised (see ``citations``).
PLACEHOLDER = "\ue000"

_WIDE_PUNCT_EXTRA = frozenset("“”—…·")

# Ideographs and kana: the characters whose count must not change.
HAN_CLASS = HAN + KANA
HAN_RE = re.compile(f"[{HAN_CLASS}]")
# A sentence end, after it closing quotes/brackets and maybe a citation mark
# ("…着力点。” [8]") or a footnote's circled mark ("…不同利益。③"). A Chinese closing quote may
# stand a few spaces off ("…绕过去呢？   ”": ``pdftotext -layout`` sets the quote's glyph where its
# cell is; round 16c), a Latin one not ("it. '").
TERMINAL_RE = re.compile(
    r"(?:[。！？!?…]|(?<=[A-Za-z)\]])\.)(?:[”’」』）)\]]|(?<=[。！？…])\s+(?=[”’」』]))*(?:\s*[\[［][\d\s,，、\-–]+[\]］][\d\-–]*)?"
    r"(?:\s*[\u2460-\u2473])?$"
)


def is_han(c: str) -> bool:
    """A CJK ideograph (or kana): the characters whose count must not change.

    The ranges of ``HAN_CLASS``, tested by code point: this runs per character.
    """
    o = ord(c)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3040 <= o <= 0x30FF
        or 0x31F0 <= o <= 0x31FF
        or 0x3400 <= o <= 0x4DBF
        or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x3134F
    )


def is_wide_punct(c: str) -> bool:
    """CJK punctuation or a full-width form (incl. the citation placeholder)."""
    o = ord(c)
    return 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF or c in _WIDE_PUNCT_EXTRA or c == PLACEHOLDER


def is_cjk(c: str) -> bool:
    """``is_han(c) or is_wide_punct(c)``, the ranges tested here at once (this runs per
    character joined or normalised: one call instead of three)."""
    o = ord(c)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3000 <= o <= 0x30FF  # CJK punctuation (3000–303F) and kana (3040–30FF)
        or 0xFF00 <= o <= 0xFFEF
        or 0x31F0 <= o <= 0x31FF
        or 0x3400 <= o <= 0x4DBF
        or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x3134F
        or c in _WIDE_PUNCT_EXTRA
        or c == PLACEHOLDER
    )


def han_chars(text: str) -> list[str]:
    """Every ideograph of ``text``, in order."""
    return HAN_RE.findall(text)


# Cells a line with Latin letters or digits may count narrower or wider than it prints:
# its letters, digits and the spaces around them are not exactly half a cell (the block
# order's column measure; the column split of pdftotext -layout).
LATIN_SLACK = 1.0
LATIN_RE = re.compile(r"[A-Za-z0-9]")


def width(text: str) -> float:
    """Printed width in CJK cells: half-width characters count half, spaces nothing."""
    if " " in text or "\u3000" in text or "\t" in text:  # (most lines hold none: nothing to copy)
        text = text.replace(" ", "").replace("\u3000", "").replace("\t", "")
    return len(text) - 0.5 * len(text.encode("latin-1", "ignore"))


# The glue a typesetter puts between an ideograph and a Latin letter or digit (xeCJK's
# CJKecglue, a word processor's autospace between Asian and Latin text), in cells. ``width``
# leaves it out (the column, a table's cells and the furniture are measured without it); the
# paragraph-break evidence adds it to the next line's width (layout.printed_width): a line
# "澜江省于 2020 年出台了…截至 2024 年底共认定" is printed as wide as the column, though its
# characters count two cells short — short as by a paragraph's indent (round 14f,
# chanjiao-ronghe, jiazhuang-dianti: lines opening with figures). Set on dev: 0.25 and 0.5
# score alike on those articles; 0.25 is xeCJK's glue.
SCRIPT_GLUE = 0.25
_SCRIPT_BOUNDARY = re.compile(r"[\u4e00-\u9fff] ?[A-Za-z0-9]|[A-Za-z0-9] ?[\u4e00-\u9fff]")


def script_glue(text: str) -> float:
    """The cells of glue between ideographs and Latin letters or digits printed in ``text``."""
    if not LATIN_RE.search(text):
        return 0.0
    return SCRIPT_GLUE * len(_SCRIPT_BOUNDARY.findall(text))


# Raised and lowered characters (an ion's charge "⁻", "²⁻", a subscript "₄", "ₒᵤₜ") are printed
# small, narrower than a Latin letter, but ``width`` counts those outside Latin-1 a whole cell: the
# paragraph-break evidence takes the half cell each counts beyond a Latin letter off the next
# line's width (layout.printed_width; session 15, qirongjiao-lizi: "9 种离子中，NO3 ⁻、SO4 ²⁻ 和 NH4 ⁺
# 的浓度最高，…" counted as full as the column, though it is short by its indent).
_SMALL = re.compile(r"[\u2070-\u209f\u1d62-\u1d6a]")


def small_glyphs(text: str) -> float:
    """The cells ``width`` counts beyond a Latin letter's for the raised and lowered characters of ``text``."""
    return 0.5 * len(_SMALL.findall(text)) if _SMALL.search(text) else 0.0


# Latin abbreviations whose full stop ends no sentence ("Smith et al." + "(2011)认为…"), a page's
# ("(2005a, p." + "32)"), and a name's initials where a sentence cannot end: after a Han character,
# CJK punctuation, an opening parenthesis, "and" or "&" ("（J." + "Lee, 2012）", "此外，T. D." + "Allen（2001）",
# "Smith (2020) and J." + "Lee (2015)").
_INITIAL_END = re.compile(r"(?<![^\W\d_])[A-Z]\.$")
# ("et." of the slip "et. al." too)
# APA 7's other parts of a work too ("(Hartley, 2017, para." + "4)", "chap.", "sec.", "Fig.").
_ABBREVIATION_END = re.compile(r"(?:\bet\.?\s*al|\bet|\be\.g|\bi\.e|\bcf|\bvs|(?-i:\bpp?|\bparas?|\bchaps?|\bsec|\bFig))\.$"
                               r"|(?:[\u4e00-\u9fff（(［\[，、；;,。：！？]\s?|\band\s|&\s?)(?-i:[A-Z]\.\s?-?){1,3}$", re.IGNORECASE)


# The characters a match of ``TERMINAL_RE`` can end with (besides a decimal digit, a
# citation mark's page): ruling the others out by the last character spares the regex
# search, which tries every position of the line (this runs on every line, many times).
_TERMINAL_MARKS = "。！？!?…."  # the characters a match of ``TERMINAL_RE`` starts with
_TERMINAL_LAST = frozenset("。！？!?….”’」』）)]］-–" + "".join(map(chr, range(0x2460, 0x2474))))


def may_end_sentence(text: str) -> bool:
    """``ends_sentence``'s first test, by the last character alone (a line ending in white space
    is asked in full): False rules the line out; a loop over many lines asks this first and spares
    the call."""
    last = text[-1:]
    return last in _TERMINAL_LAST or last.isdecimal() or last.isspace()


def may_end_sentences(texts: list[str]) -> list[bool]:
    """``may_end_sentence`` of each text (one pass, no call per line)."""
    last = _TERMINAL_LAST
    return [(end := text[-1:]) in last or end.isdecimal() or end.isspace() for text in texts]


def ends_sentence(text: str) -> bool:
    """Whether a line ends in terminal punctuation (。！？… or a Latin full stop,
    not an abbreviation's), possibly followed by closing quotes and a citation mark."""
    text = text.rstrip()
    if not text or (text[-1] not in _TERMINAL_LAST and not text[-1].isdecimal()):
        return False
    # A match starts at the line's last terminal mark (what may follow it — closing quotes, a
    # citation mark, a circled mark — holds none): tried there only, not at every position.
    start = max(map(text.rfind, _TERMINAL_MARKS))
    if start < 0 or TERMINAL_RE.match(text, start) is None:
        return False
    if text[-1] == "." and _INITIAL_END.search(text) and _unclosed(text):
        return False  # an initial inside a parenthesis still open: "(see S." + "Lee, 2006)"
    return text[-1] != "." or _ABBREVIATION_END.search(text) is None  # (an abbreviation ends in its full stop)


def _unclosed(text: str) -> bool:
    """Whether a parenthesis opened in ``text`` is still open at its end."""
    return (text.count("(") + text.count("（") + text.count("［") >
            text.count(")") + text.count("）") + text.count("］"))  # "［J." + "Lee, 2003］" too


# A displayed formula printed as text (round 15e): symbols, Latin letters and numbers on a line of
# its own, no Chinese and no sentence's punctuation, with a relation in it and the formula's number
# in parentheses at its end — or that number alone on the next line, where the extractor set it
# apart ("P = 0.25A + 0.20M + 0.25F (1)"; "P_u = max(P_w, P_d)" + "(2)"); a formula too wide for
# a narrow column wraps after an operator.
# Greek letters are a formula's symbols too ("ρ = λ / (cμ)", round 15g: gaosu-chongdian), and an
# ideographic space may set its number apart. Two formulas on one line are set apart by a
# full-width comma or semicolon ("H = −Σ p × ln p，J = H / ln S （1）", round 16f: haiyang-muchang).
# Raised and lowered characters are a formula's too: an ion's charge and a subscript printed as
# characters ("SOR = nSO₄²⁻/(nSO₄²⁻+nSO₂)（1）", session 15: qirongjiao-lizi).
_MATH_LINE = re.compile(r"[A-Za-z0-9_\s\u3000\u0391-\u03a9\u03b1-\u03c9+\-−×·*/=<>≤≥≈≠().,，；%（）\[\]^|∑Σ√′'"
                        r"\u00b2\u00b3\u00b9\u2070-\u209c\u1d62-\u1d6a]+")
_MATH_START = re.compile(r"[\x00-\x7f\u0391-\u03a9\u03b1-\u03c9]")
_RELATION = re.compile(r"[=<>≤≥≈≠]")
FORMULA_NUMBER = re.compile(r"[（(]\d{1,2}(?:[.\-]\d{1,2})?[）)]$")
MAX_FORMULA_LINES = 4
# Four Latin words in a row: a line of prose, no formula's ("Fig. 1 Effect of exposure temperature
# on residual coefficient", a figure's English caption right above a formula: the formula and the
# caption read as one formula of two lines, and the formula went unseen; session 13, zaisheng).
_PROSE = re.compile(r"[A-Za-z]{2,}(?:\s+[A-Za-z]{2,}){3}")
# A line of a number alone opens no formula: a chart's value label ("1.0" / "0.961") standing right
# above a formula was taken as its first lines, and the chart's labels with it.
_NUMBER_ALONE = re.compile(r"[\d\s.,%+\-−]+")


def may_open_formula(text: str) -> bool:
    """Whether ``text`` opens as a formula may: with a Latin letter, a digit, a sign or a Greek letter."""
    return _MATH_START.match(text) is not None


def formula_openings(texts: list[str]) -> list[int]:
    """The indexes of the texts that open as a formula may (``may_open_formula``), in order."""
    opens = _MATH_START.match
    return [k for k, text in enumerate(texts) if opens(text) is not None]


def formula_lines(texts: list[str], k: int) -> int:
    """How many lines from ``texts[k]`` on make a displayed formula with its number (0: none)."""
    if _NUMBER_ALONE.fullmatch(texts[k].strip()) is not None:
        return 0
    relation = False
    for end in range(k, min(len(texts), k + MAX_FORMULA_LINES)):
        text = texts[end].strip()
        if not text or _MATH_LINE.fullmatch(text) is None or _PROSE.search(text) is not None:
            return 0
        relation = relation or _RELATION.search(text) is not None
        if FORMULA_NUMBER.search(text):
            alone = FORMULA_NUMBER.fullmatch(text) is not None
            return end - k + 1 if relation and not (alone and end == k) else 0
    return 0
