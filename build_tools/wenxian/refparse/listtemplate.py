"""A list's own template: the entries of one list share a style.

The style readers (:mod:`.otherstyles`, :mod:`.crf`) read each entry alone; what they leave verbatim,
or the CRF reads without confidence, is read here from the list as a whole (:func:`read_list`, which
the importer and the scorer call). Each entry read with confidence (by a style's pattern, or by the
CRF with a high probability) shows how the list prints its parts: the order of its fields and the
punctuation between them, e.g. ``{author} ({year}). {title}. {container}, {volume}({issue}),
{pages}.`` — its *shape* (:func:`shape_of`). A shape printed by enough of the list's confident
entries (:data:`MIN_SUPPORT`) is a template of the list, and so is the same shape without its volume
or its issue (:func:`_without`); an entry that a template reads *whole*, each field as its kind is
printed (a year as a year, a volume as a number, the names as the line's head reads them), and in
one way only (the shortest and the longest reading of its free fields agree, and no fuller template
leaves it undecided), gets its fields from it; one no template fits stays as it was. A reading by
the CRF is replaced only where the template fits tightly (no free field but the names holds one of
its marks). Every decision is in :func:`induce`, :meth:`ListTemplate.read` and :func:`_fits`; the
evidence (the template, how many entries printed it, read by which reader) goes in the entry's
``review``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from wenxian.refparse.reading import _LEAD, read_item
from wenxian.refparse.spans import Spans

# The fields a shape is made of, in the reader's names; the rest of a reading (its kind, its names'
# order) goes with the shape when every entry that printed it agrees.
FIELDS = ("author", "year", "title", "container", "volume", "issue", "pages", "publisher", "address")
_CARRIED = ("type", "order", "contributors")
# How each field is printed; a free field (names, a title, a source) is any text with a letter in it.
_KINDS = {
    "year": r"(?:1[5-9]|20)\d\d[a-z]?",
    "volume": r"\d{1,5}(?:[-–]\d{1,5})?|[IVXLC]{1,6}",
    "issue": r"[A-Za-z]?\d{1,4}[A-Za-z]?(?:[-–/][A-Za-z]?\d{1,4})?",
    "pages": r"[A-Za-z]{0,2}\d{1,7}[A-Za-z]?(?:\s*[-–—~]+\s*[A-Za-z]{0,2}\d{1,7}[A-Za-z]?)?",
}
# What may stand between two fields: punctuation and a few short words ("In:", "pp.", "vol.", "no.").
_GAP = re.compile(r"[^\w]{0,6}|[^\w]{0,4}(?:[A-Za-z]{1,4}\.?[^\w]{0,3}){1,2}")
# Confident entries that must print a shape for it to be a template of the list. A list of 14 works of
# five kinds prints most kinds once or twice: measured on the dev CSL styles' lists (benchmarks/
# reflist_score.py --part csl, 100 lists), before the names' area, the numbers' bounds and the derived
# shapes were added, 2 read 18 entries by templates (fields 68.2 -> 69.0 %), 1 read 30 (69.6 %, wrong
# values 365 -> 364); a CRF reading counted half read 21 and left more of the CRF's wrong values. With
# everything: 1 reads 114 entries, 68.2 -> 72.1 %, verbatim 521 -> 443, wrong 365 -> 349.
MIN_SUPPORT = 1
# A CRF reading at least this sure counts as confident (on the same lists: 0.4 -> 72.3 %, 352 wrong;
# 0.6 -> 72.1 %, 349; 0.8 -> 71.3 %, 357).
MIN_CRF_PROBABILITY = 0.6


_WIDTHS = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", ".": "。"}


def _literal(text: str) -> str:
    """A shape's punctuation as a pattern: half or full width (a Chinese entry's "，" is an English one's ", ")."""
    return "".join(f"[{re.escape(c)}{_WIDTHS[c]}]" if c in _WIDTHS else re.escape(c) for c in text)


@dataclass(frozen=True)
class Shape:
    """Literals and fields in turn: ``("", "author", " (", "year", "). ", "title", ".")``."""

    parts: tuple[str, ...]

    @property
    def fields(self) -> tuple[str, ...]:
        return self.parts[1::2]

    def __str__(self) -> str:
        return "".join(p if k % 2 == 0 else "{" + p + "}" for k, p in enumerate(self.parts))

    def pattern(self, greedy: bool, names: str | None = None) -> re.Pattern[str]:
        """The shape as a pattern, its free fields taking the least (or, ``greedy``, the most) text;
        ``names``: the names area as the line's head reads it (an initial's period is no separator)."""
        out = []
        for k, part in enumerate(self.parts):
            if k % 2 == 0:
                out.append(r"\s*".join(_literal(w) for w in re.split(r"\s+", part)) if part.strip() else (
                    r"\s+" if part else ""))
                if k == 2 and self.parts[1] == "author" and part.startswith("."):
                    out[-1] = "\\.?" + out[-1][len(_literal(".")):]  # the names' last initial's period ("Pia, L.,"), or none ("陆平,")
            elif part == "author" and names is not None:
                out.append(f"(?P<author>{re.escape(names)})")
            elif part in _KINDS:  # a number is never cut in two
                out.append(f"(?<![^\\W_])(?P<{part}>{_KINDS[part]})(?![^\\W_])")
            else:
                out.append(f"(?P<{part}>{'.+' if greedy else '.+?'})")
        return re.compile("".join(out), re.DOTALL)


def _located(text: str, spans: Spans) -> list[tuple[int, int, str]] | None:
    """Where each field's value stands in ``text``, in order, or None when one cannot be found
    (a reader that changed the value) or two overlap."""
    placed: list[tuple[int, int, str]] = []
    # the long free fields first: a year or a volume is then looked for outside them
    for name in sorted((n for n in FIELDS if spans.get(n)), key=lambda n: n in _KINDS):
        value = spans[name].strip()
        start = 0
        while True:
            at = text.find(value, start)
            if at < 0:
                return None
            end = at + len(value)
            if not any(at < e and s < end for s, e, _ in placed):
                break
            start = at + 1
        placed.append((at, end, name))
    return sorted(placed)


def shape_of(text: str, spans: Spans) -> Shape | None:
    """The shape of an entry read as ``spans``: None when a field cannot be found in the text or
    words the fields do not account for stand between them (a reader's note, an editor)."""
    placed = _located(text, spans)
    if not placed or len(placed) < 3:
        return None
    parts: list[str] = []
    pos = 0
    for start, end, name in placed:
        gap = text[pos:start]
        if not _GAP.fullmatch(gap) or (pos == 0 and gap.strip()):
            return None
        parts += [gap, name]
        pos = end
    tail = text[pos:]
    if not re.fullmatch(r"[^\w]{0,4}", tail):
        return None
    parts.append(tail)
    return Shape(tuple(parts))


@dataclass
class ListTemplate:
    """The shapes the list's confident entries printed, each with its support and readers."""

    shapes: list[tuple[Shape, int, str, dict[str, str]]]  # shape, support, readers, carried spans

    def read(self, text: str, tight: bool = False) -> tuple[Spans, str] | None:
        """The spans of ``text`` read by the template that reads it whole and in one way only, and the
        note for its ``review``; of two that read it whole, the one with more fields (it accounts for more
        of the line: "Press, Washington, DC" is a publisher and a place), then the most printed — and
        none when that one could cut the line in more than one place ("Washington, DC" or "DC"). ``tight``:
        only where no free field but the names holds one of the template's separators (a reading to
        prefer to another reader's)."""
        text = text.strip()
        lead = _LEAD.match(text)
        found: list[tuple[int, int, int, Spans | None, str]] = []
        for rank, (shape, support, readers, carried) in enumerate(self.shapes):
            # the names as the head of the line reads them ("Dorn, K. and W. Eller."), else anywhere
            for names in ([lead.group(1).strip()] if lead and shape.fields[0] == "author" else []) + [None]:
                short = shape.pattern(False, names).fullmatch(text)
                long = shape.pattern(True, names).fullmatch(text)
                if short is not None:
                    break
            if short is None or long is None:
                continue  # not read whole
            spans = {name: value.strip(" .,:;") for name, value in short.groupdict().items()}
            if spans != {name: value.strip(" .,:;") for name, value in long.groupdict().items()}:
                found.append((-len(shape.fields), -support, rank, None, ""))
                continue  # its free fields could be cut in more than one place
            if not _fits(spans, shape, tight):
                continue
            spans.update(carried)
            note = (f"read by the list's own template {str(shape)!r}, printed by {support} of its entries read by "
                    f"{readers}: check the fields")
            found.append((-len(shape.fields), -support, rank, spans, note))
        if not found:
            return None
        _, _, _, spans, note = min(found, key=lambda f: f[:3])
        return None if spans is None else (spans, note)


def _fits(spans: Spans, shape: Shape, tight: bool) -> bool:
    """Whether the fields a shape cut from a line are each what they stand for."""
    free = [n for n in spans if n not in _KINDS]
    if spans.get("pages") and spans["pages"] == spans.get("year"):
        return False  # the year printed again ("CNN.com, December 20, 1999.") is no page
    if any(not re.search(r"[^\W\d_]", spans[n]) for n in free):
        return False  # a name, a title or a source without a letter
    if any(re.match(r"(?i)in\b", spans[n]) or "[" in spans[n] for n in ("container", "publisher", "address")
           if n in spans):
        return False  # "In: Book …" (a chapter, which the template printing no "In" is not), "[online]"
    if any(spans[n].count(a) != spans[n].count(b) for n in spans for a, b in ("()", "[]", "“”")):
        return False  # a bracket left open: a field cut inside a parenthesis
    for k in range(1, len(shape.parts), 2):  # a source holding the mark that ends it holds another field
        name, after = shape.parts[k], shape.parts[k + 1].strip()[:1]
        if name in ("container", "publisher", "address") and after and re.search(_literal(after), spans[name]):
            return False
    seps = {re.sub(r"\s+", " ", lit) for lit in shape.parts[::2] if lit.strip()}
    return not tight or not any(sep in re.sub(r"\s+", " ", spans[n]) for n in free if n != "author" for sep in seps)


def _without(shape: Shape, name: str) -> Shape | None:
    """The shape of an entry of the same kind that does not print ``name`` (an article without its
    volume or its issue): the marks around the field go with it ("{volume}({issue}):" -> "{volume}:",
    "{container}, {volume}({issue})" -> "{container}, ({issue})")."""
    if name not in shape.fields or len(shape.fields) < 4:
        return None
    k = shape.parts.index(name)
    before, after = shape.parts[k - 1], shape.parts[k + 1]
    if before.rstrip()[-1:] in ("(", "（") and after.lstrip()[:1] in (")", "）"):
        joined = before.rstrip()[:-1] + after.lstrip()[1:]
    elif after.strip()[:1] in ("(", "（"):
        joined = before + after.lstrip()
    else:  # the mark before it, or after it when only a space is before ("{container} {volume}:" -> "{container}:")
        joined = before if before.strip() else after
    return Shape(shape.parts[:k - 1] + (joined,) + shape.parts[k + 2:])


def _confident(reading) -> bool:
    if reading.spans is None or reading.how in ("verbatim", "template") or reading.same_names:
        return False
    if reading.how != "crf":
        return True
    from wenxian.refparse.crf import label

    return label(reading.text)[1] >= MIN_CRF_PROBABILITY


def induce(readings: Sequence) -> ListTemplate | None:
    """The list's template from its confident readings, or None when no shape is printed by enough."""
    support: Counter[Shape] = Counter()
    readers: dict[Shape, Counter[str]] = {}
    carried: dict[Shape, list[dict[str, str]]] = {}
    for reading in readings:
        if not _confident(reading):
            continue
        shape = shape_of(reading.text, reading.spans)
        if shape is None:
            continue
        support[shape] += 1
        readers.setdefault(shape, Counter())[reading.how] += 1
        carried.setdefault(shape, []).append({k: reading.spans[k] for k in _CARRIED if reading.spans.get(k)})
    shapes = []
    # the most printed first, then the one with more fields, then by its text (a fixed order)
    for shape, n in sorted(support.items(), key=lambda kv: (-kv[1], -len(kv[0].fields), str(kv[0]))):
        if n < MIN_SUPPORT:
            continue
        agreed = {k: v for k, v in carried[shape][0].items() if all(c.get(k) == v for c in carried[shape])}
        names = ", ".join(f"{how} ({m})" for how, m in sorted(readers[shape].items()))
        shapes.append((shape, n, names, agreed))
    # Then the same kinds of entry without their volume or their issue (a list prints what the work has).
    printed = {shape for shape, *_ in shapes}
    for shape, n, names, agreed in list(shapes):
        for name in ("volume", "issue"):
            derived = _without(shape, name)
            if derived is not None and derived not in printed:
                printed.add(derived)
                shapes.append((derived, n, f"{names}, with the {name}", agreed))
    return ListTemplate(shapes) if shapes else None


def _no_style(text: str) -> None:
    return None


def read_list(items: Sequence, read_style=None) -> list:
    """Every item of a list read (:func:`wenxian.refparse.reading.read_item`); those left verbatim,
    or read by the CRF without confidence, read again with the list's template when its confident
    entries show one (a low-confidence reading the template does not read whole is kept)."""
    readings = [read_item(item, read_style) for item in items]
    template = induce(readings)
    if template is None:
        return readings
    for k, (item, reading) in enumerate(zip(items, readings)):
        if reading.same_names or not (reading.how == "verbatim" or (reading.how == "crf" and not _confident(reading))):
            continue
        tight = reading.how != "verbatim"  # to be preferred to the CRF's reading, the template must fit tightly
        again = read_item(item, _no_style, template=lambda text: template.read(text, tight))
        if again.how == "template":
            readings[k] = again
    return readings
