"""Lowered subscripts put back into the line they were lowered from (session 15: qirongjiao-lizi).

A subscript set below the baseline ("SO₄²⁻", "NH₄⁺", "Fₒᵤₜ", "ηₜ = Nₜ/N₀") is printed by some
extractors (pdfplumber, with ``layout=True`` or without) as a line of its own under its line: the
subscripts of a printed line in their order ("4 3 4"), while the line keeps a space where each
stood (its *hole*): "其中硫酸盐（SO ²⁻）、硝酸盐（NO ⁻）和铵盐（NH ⁺）". Left so, the line of
subscripts cuts its paragraph in two and every chemical formula loses its numbers.

Which spaces are holes is weighed by what follows them, in tiers: a raised character (an ion's
charge), a closing bracket or punctuation, or the line's end (no printed text leaves a space
there); then an operator ("F = …": the symbol before a relation or a fraction's bar); then the end
of a short capitalised word (an element's or a quantity's symbol: "SO 和 NO 的…"); then any space
after a letter. The subscripts go into the holes of the first tier that holds exactly as many
holes as there are subscripts, in order; where none does, the lines stay as they are (a wrong
guess would change the text).
"""

from __future__ import annotations

import re

# A line of subscripts: digits or lower-case letters (at most three), set apart by spaces, nothing
# else (a number of two digits under a word is a chart's value under its label: "SSD" / "29").
SUBSCRIPT_LINE = re.compile(r"^[ \t]*(?:\d|[a-z]{1,3})(?:[ \t]+(?:\d|[a-z]{1,3}))*[ \t]*$")
# The line a subscript was lowered from is a line of text (a Chinese character) or a formula (a
# relation), not a chart's labels or a table's head ("SOR NOR").
_TEXT_OR_FORMULA = re.compile(r"[\u4e00-\u9fff=<>≤≥≈≠]")
_ANY_SUBSCRIPT_LINE = re.compile(SUBSCRIPT_LINE.pattern, re.MULTILINE)
# A letter (Latin or Greek) or a closing parenthesis, then the space left (or the line's end).
_HOLE = re.compile(r"([A-Za-z\u0391-\u03a9\u03b1-\u03c9]+|\))([ \t]+|$)")
_RAISED = re.compile("[\u00b9\u00b2\u00b3\u2070\u2071\u2074-\u207f]")
_CLOSING = ")）]］，、；。：,;:"
_OPERATOR = "=+/−<>-×·"
_RELATION = "=<>≤≥≈≠"
_SYMBOL = re.compile(r"[A-Z][A-Za-z]{0,3}")


def _tier(line: str, match: re.Match[str]) -> int:
    """0: a raised character, closing punctuation or the line's end after the hole; 1: an operator;
    2: a short capitalised symbol (or a closing parenthesis) before it; 3: any other letter."""
    after = line[match.end() : match.end() + 1]
    if not after or _RAISED.match(after) or after in _CLOSING:
        return 0
    if after in _OPERATOR:
        return 1
    run = match.group(1)
    if run == ")" or _SYMBOL.fullmatch(run):
        return 2
    return 3


def _fit(line: str, subscripts: list[str]) -> int | None:
    """The first tier of ``line``'s holes that holds as many holes as ``subscripts`` (None: none)."""
    holes = _holes(line)
    return next((tier for tier in range(4) if sum(t <= tier for _, t in holes) == len(subscripts)), None)


def _holes(line: str) -> list[tuple[int, int]]:
    # (a closing parenthesis ending the line leaves no hole, nor one before an opening parenthesis:
    # a formula's number "(1)", a function's argument "g (i)·g (j) (4)")
    return [(m.start(2), _tier(line, m)) for m in _HOLE.finditer(line.rstrip())
            if m.group(1) != ")" or (m.group(2) and line[m.end() : m.end() + 1] not in ("(", "（"))]


def _filled(line: str, subscripts: list[str], tier: int) -> str:
    """``line`` with ``subscripts`` in its holes up to ``tier`` (:func:`_fit`: as many as the subscripts)."""
    at = [pos for pos, t in _holes(line) if t <= tier]
    out, last = [], 0
    for pos, sub in zip(at, subscripts):
        out.append(line[last:pos] + sub)
        # the space it left, taken, but before a relation or a bracket ("F = …", "… (1)": the line's own)
        taken = line[pos : pos + 1] in (" ", "\t") and line[pos + 1 : pos + 2] not in _RELATION + "(（"
        last = pos + 1 if taken else pos
    out.append(line[last:])
    return "".join(out)


def put_back(text: str) -> str:
    """``text`` with each line of subscripts (:data:`SUBSCRIPT_LINE`) put back into the line above
    it, where that line has holes for them (the module's docstring); the line of subscripts goes."""
    if _ANY_SUBSCRIPT_LINE.search(text) is None:
        return text
    lines = text.split("\n")
    out: list[str] = []
    for k, line in enumerate(lines):
        if out and SUBSCRIPT_LINE.match(line) and _lowered_from(out[-1]):
            subscripts = line.split()
            above = _fit(out[-1], subscripts)
            # A raised exponent is printed as a line of its own above its line ("2" over "…1 200 m ，"):
            # where the line below fits the characters as well (and no line of its own follows it),
            # which line they belong to is not known.
            below = _fit(lines[k + 1], subscripts) if k + 1 < len(lines) and _lowered_from(lines[k + 1]) and not (
                k + 2 < len(lines) and SUBSCRIPT_LINE.match(lines[k + 2])) else None
            if above is not None and (below is None or above < below):
                out[-1] = _filled(out[-1], subscripts, above)
                continue
        out.append(line)
    return "\n".join(out)


def _lowered_from(line: str) -> bool:
    """A line a subscript may have been lowered from: of text or a formula, no line of subscripts."""
    return _TEXT_OR_FORMULA.search(line) is not None and SUBSCRIPT_LINE.match(line) is None
