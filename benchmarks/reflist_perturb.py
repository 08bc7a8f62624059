"""Reference lists damaged the way text extractors damage them, with their gold kept aligned.

A labelled list (``wenxian.refparse.labelled``) is rewritten with a fixed seed: lines broken
inside entries and inside DOIs and URLs at random places (``https:`` / ``//doi.org/…`` too),
words hyphenated across a line break, a page number or running head between two entries, the
heading letter-spaced (``参  考  文  献``, ``R E F E R E N C E S``), full-width and half-width
punctuation swapped, labels damaged as OCR damages them (``[i9]``, ``B1]``). Every character of
the new text remembers the one of the old text it came from (or none: inserted), so each gold
entry's start is known in the new text and its fields are scored against the old values. A
Chinese entry followed by its English translation is not made up here (no translation is
invented): the labelled lists that have such pairs keep them, perturbed like the rest.

The same seed and list give the same text, byte for byte (``random.Random`` seeded with a
string is deterministic across runs and platforms).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from wenxian.refparse.labelled import GoldEntry, LabelledList, Span

SEED = 13
_CJK = re.compile(r"[\u3400-\u9fff]")
_HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）"}
_FULL_TO_HALF = {v: k for k, v in _HALF_TO_FULL.items()}
_WORD = re.compile(r"[A-Za-z]{9,}")
_HEADINGS = re.compile(r"^(参\s*考\s*文\s*献[：:]?|references|bibliography)$", re.IGNORECASE)


@dataclass
class _Text:
    """The text being damaged: its characters and, for each, the old index it came from."""

    chars: list[str]
    origin: list[int | None]

    def at(self, old: int) -> int:
        """The new index of the first character that came from ``old`` or later."""
        for i, o in enumerate(self.origin):
            if o is not None and o >= old:
                return i
        return len(self.chars)

    def insert(self, i: int, text: str) -> None:
        self.chars[i:i] = list(text)
        self.origin[i:i] = [None] * len(text)

    def line_length_before(self, i: int) -> int:
        n = 0
        while i - n - 1 >= 0 and self.chars[i - n - 1] != "\n":
            n += 1
        return n


@dataclass
class Perturbed:
    """The damaged list (raw text and gold entries placed in it) and the list it was made from,
    whose gold values the fields are scored against (entries in the same order)."""

    labelled: LabelledList
    original: LabelledList


def _spans(entry: GoldEntry, *names: str) -> list[Span]:
    out = [s for s in entry.spans if s.name in names]
    if entry.translation is not None:
        out += [s for s in entry.translation.spans if s.name in names]
    return out


def _inside(old: int, spans: list[Span]) -> bool:
    return any(s.start <= old < s.end for s in spans)


def _wrap(text, entries, rng, narrowest: int, widest: int, chance: float | None = None) -> None:
    """Every entry wrapped again at a width drawn from ``narrowest``–``widest`` characters: a space
    becomes a line break, a line of Chinese breaks between two characters (past the width, with
    probability ``chance`` at each place where one is given)."""
    for entry in entries:
        width = rng.randint(narrowest, widest)
        i, end = text.at(entry.start), text.at(entry.end)
        while i < end:
            ch = text.chars[i]
            if ch != "\n" and text.line_length_before(i) >= width and (chance is None or rng.random() < chance):
                if ch == " ":
                    text.chars[i] = "\n"
                elif _CJK.match(ch) and _CJK.match(text.chars[i - 1]):
                    text.insert(i, "\n")
                    end += 1
            i += 1


def _hyphenate(text: _Text, entries: list[GoldEntry], raw: str, rng: random.Random, chance: float,
               mark: str) -> None:
    """A long word of a Latin title or container cut across a line break by ``mark`` (a hyphen and
    a line break, or a soft hyphen's), in each such field with probability ``chance``."""
    for entry in entries:
        for span in _spans(entry, "title", "container"):
            words = list(_WORD.finditer(raw, span.start, span.end))
            if words and rng.random() < chance:
                word = rng.choice(words)
                cut = word.start() + rng.randint(3, len(word.group()) - 3)
                text.insert(text.at(cut), mark)


def _start(labelled: LabelledList) -> tuple[str, _Text, list[GoldEntry], list[Span], list[Span]]:
    """The list's text to damage, its entries, their addresses, and those that may be broken: one break per
    address at most (a DOI inside its doi.org URL is one address), and none in an address the PDF
    already broke — a column is not narrower than that."""
    raw = labelled.raw
    links = [s for e in labelled.entries for s in _spans(e, "url", "doi")]
    breakable = [s for s in links if "\n" not in raw[s.start:s.end] and not any(
        o is not s and o.start <= s.start and s.end <= o.end for o in links)]
    return raw, _Text(list(raw), list(range(len(raw)))), labelled.entries, links, breakable


def perturb(labelled: LabelledList, seed: int = SEED) -> Perturbed:
    rng = random.Random(f"{seed}:{labelled.name}")
    raw, text, entries, links, breakable = _start(labelled)
    # 1. Labels damaged as OCR damages them: "[19]" → "[i9]", "[1]" → "B1]" (one entry in four).
    for entry in entries:
        m = re.match(r"\[(\d{1,3})\]", raw[entry.start:entry.start + 6])
        if not m or rng.random() > 0.25:
            continue
        if "1" in m.group(1) and rng.random() < 0.5:
            old = entry.start + 1 + m.group(1).index("1")
            text.chars[text.at(old)] = rng.choice("il")
        else:
            text.chars[text.at(entry.start)] = "B"
    # 2. Full-width and half-width punctuation swapped, outside URLs and DOIs: a Chinese entry's
    # commas and colons set half-width, a full-width one's set half-width again.
    for entry in entries:
        body = raw[entry.start:entry.end]
        table = _HALF_TO_FULL if _CJK.search(body) and rng.random() < 0.5 else _FULL_TO_HALF
        for old in range(entry.start, entry.end):
            ch = raw[old]
            if ch in table and not _inside(old, links) and rng.random() < 0.6:
                text.chars[text.at(old)] = table[ch]
    # 3. Lines broken inside DOIs and URLs: at a random place, after "https:" or at a hyphen.
    for span in breakable:
        value = raw[span.start:span.end]
        if len(value) < 8 or rng.random() < 0.3:
            continue
        cuts = [i for i in range(3, len(value) - 2) if not value[i].isspace() and not value[i - 1].isspace()]
        if value.startswith("http") and "://" in value and rng.random() < 0.3:
            cut = value.index("://") + 1  # "https:" / "//doi.org/…"
        elif "-" in value[3:-2] and rng.random() < 0.3:
            cut = value.index("-", 3) + 1  # broken after a hyphen it keeps
        elif cuts:
            cut = rng.choice(cuts)
        else:
            continue
        text.insert(text.at(span.start + cut), "\n")
    # 4. A long word of a Latin title hyphenated across a line break.
    _hyphenate(text, entries, raw, rng, 0.4, "-\n")
    # 5. Entries wrapped again at a random width: a space becomes a line break, and a line of
    # Chinese breaks between two characters.
    _wrap(text, entries, rng, 28, 80, chance=0.7)
    # 6. A page number or running head between two entries (two of them per list at most).
    chinese = bool(_CJK.search(raw))
    gaps = [e.start for e in entries[1:]]
    for old in sorted(rng.sample(gaps, min(2, len(gaps))), reverse=True):
        page = rng.randint(12, 480)
        furniture = rng.choice([
            f"{page}",
            f"· {page} ·",
            f"— {page} —",
            f"{page}  经 济 研 究  2021 年第 5 期" if chinese else f"{page}  JOURNAL OF APPLIED STUDIES",
        ])
        i = text.at(old)
        text.insert(i, furniture + "\n")
    # 7. The heading letter-spaced.
    first = entries[0].start if entries else len(raw)
    head = raw[:first].rstrip("\n").split("\n")[-1] if raw[:first].strip() else ""
    if head and _HEADINGS.match(head.strip()):
        start = raw.rindex(head, 0, first)
        spaced = ("  " if _CJK.search(head) else " ").join(c for c in head.strip() if not c.isspace())
        i, j = text.at(start), text.at(start + len(head))
        text.chars[i:j] = list(spaced)
        text.origin[i:j] = [None] * len(spaced)
    new_raw = "".join(text.chars)
    return Perturbed(LabelledList(labelled.name, new_raw, [_moved(e, text) for e in entries]), labelled)


def _moved(entry: GoldEntry, text: _Text) -> GoldEntry:
    """The entry placed in the new text (its start is what the scorer needs to find it)."""
    moved = GoldEntry(text.at(entry.start), text.at(entry.end))
    moved.spans = [Span(s.name, text.at(s.start), text.at(s.end), s.fam) for s in entry.spans]
    if entry.translation is not None:
        moved.translation = _moved(entry.translation, text)
    return moved


# --- What a PDF's page and columns do to a list (round 13c) ---------------------------------------
# The damage above is an extractor's; this is the page's. ``perturb_pdf`` damages a list as a typeset
# page gives it to pdftotext: the list wrapped to a column (two-column pages: 18 to 40 characters), the
# page breaking inside the list — inside an entry too — with the page's number and the next page's
# running head between the halves, DOIs and URLs broken where a typesetter breaks them (after "/",
# ".", "-", or "https:"), some of them broken over the page break, spaces the PDF inserted inside them
# ("10. 1016/", "http :", "doi. org"), soft hyphens (U+00AD) where words and addresses were hyphenated,
# and after a Chinese list the English title block that such articles print after their list. Nothing
# here is an entry's text: the running heads are written for this file, the names in them are none of
# the entries'.
_RUNNING_HEADS_LATIN = (
    "{page}  JOURNAL OF APPLIED STUDIES",
    "JOURNAL OF APPLIED STUDIES  {page}",
    "{page}",
    "· {page} ·",
    "Reading lists as they stand  {page}",
)
_RUNNING_HEADS_CJK = (
    "{page}  经 济 研 究  2021 年第 5 期",
    "第 50 卷 第 3 期  · {page} ·",
    "{page}",
    "— {page} —",
)
_TRAILER_CJK = (
    "Reading Reference Lists as They Stand\n"
    "ZHANG San, LI Si\n"
    "(School of Information, Example University, Beijing 100000, China)\n"
    "Abstract: This paper reads reference lists as they stand in articles and cuts them into entries.\n"
)
_TRAILER_LATIN = (
    "Appendix A. Supplementary material\n"
    "The data used in this article are described in the supplementary file.\n"
)
_LINK_BREAKS = "/.-"


def _address_cut(value: str, rng: random.Random) -> tuple[int, str] | None:
    """Where a typesetter breaks the address ``value`` and what it leaves at the line's end: after
    "https:", after a slash, a dot or a hyphen (the mark stays on the first line), sometimes with a
    soft hyphen at the break."""
    if value.startswith("http") and "://" in value and rng.random() < 0.25:
        return value.index("://") + 1, "\n"
    marks = [i + 1 for i in range(4, len(value) - 2) if value[i] in _LINK_BREAKS]
    if marks:
        cut = rng.choice(marks)
        return cut, ("\u00ad\n" if value[cut - 1] != "-" and rng.random() < 0.15 else "\n")
    return None


def _address_spaces(value: str, rng: random.Random) -> list[tuple[int, str]]:
    """Spaces a PDF's text layer puts inside an address: "10. 1016/", "http :", "https: //", "doi. org"."""
    places = []
    # (the space goes before the match: "10.|1016", "http|:", "doi.|org", "https:|//")
    for pattern in (r"(?<=\b10\.)\d", r"(?<=http)(?=s?:)s?", r"(?<=doi\.)org", r"(?<=:)//"):
        m = re.search(pattern, value)
        if m:
            places.append(m.end() if m.group(0) in ("", "s") else m.start())
    if not places:
        return []
    return [(rng.choice(places), " ")]


def perturb_pdf(labelled: LabelledList, seed: int = SEED) -> Perturbed:
    """``labelled`` as a typeset page gives it: see the comment above."""
    rng = random.Random(f"pdf:{seed}:{labelled.name}")
    raw, text, entries, links, breakable = _start(labelled)
    chinese = bool(_CJK.search(raw))
    heads = _RUNNING_HEADS_CJK if chinese else _RUNNING_HEADS_LATIN
    page = rng.randint(12, 480)

    def page_break() -> str:
        nonlocal page
        page += 1
        head = rng.choice(heads).format(page=page)
        number = f"{page - 1}\n\n" if rng.random() < 0.5 and not head.startswith(str(page)) else ""
        return f"\n\n{number}{head}\n\n" if rng.random() < 0.5 else f"\n{number}{head}\n"

    # 1. Spaces inside addresses (one in three), then each address broken where a typesetter breaks
    # it (two in three), one in six of the breaks over a page break.
    for span in links:
        value = raw[span.start:span.end]
        if "\n" in value or rng.random() > 0.33:
            continue
        for where, what in _address_spaces(value, rng):
            text.insert(text.at(span.start + where), what)
    over_page: list[int] = []
    for span in breakable:
        value = raw[span.start:span.end]
        if len(value) < 10 or rng.random() < 0.33:
            continue
        cut = _address_cut(value, rng)
        if cut is None:
            continue
        where, what = cut
        if what == "\n" and rng.random() < 1 / 6:
            over_page.append(span.start + where)  # broken over the page: its furniture goes in after the wrapping
            continue
        text.insert(text.at(span.start + where), what)
    # 2. A long word of a Latin title hyphenated across the line with a soft hyphen (U+00AD), as some
    # PDFs' text layers give a hyphenation point.
    _hyphenate(text, entries, raw, rng, 0.3, "\u00ad\n")
    # 3. The list set in a column: every entry wrapped at 18 to 40 characters (a space becomes a line
    # break, a line of Chinese breaks between two characters).
    _wrap(text, entries, rng, 18, 40)
    for old in sorted(over_page, reverse=True):
        text.insert(text.at(old), page_break())
    # 4. The page breaking inside the list once or twice: at a line break inside an entry (or between
    # two), the page's number and the next page's running head.
    first = text.at(entries[0].start) if entries else len(text.chars)
    last = text.at(entries[-1].end) if entries else len(text.chars)
    breaks = [i for i in range(first, last) if text.chars[i] == "\n"]
    for i in sorted(rng.sample(breaks, min(rng.randint(1, 2), len(breaks))), reverse=True):
        furniture = page_break()
        text.chars[i:i + 1] = list(furniture)
        text.origin[i:i + 1] = [text.origin[i]] + [None] * (len(furniture) - 1)
    # 5. After a Chinese list, its article's English title block; after another, an appendix (one list in two).
    if rng.random() < 0.5:
        tail = "".join(text.chars)
        text.insert(len(text.chars), ("" if tail.endswith("\n") else "\n") + (_TRAILER_CJK if chinese else _TRAILER_LATIN))
    new_raw = "".join(text.chars)
    return Perturbed(LabelledList(labelled.name, new_raw, [_moved(e, text) for e in entries]), labelled)


# --- The same list in another style's labels (session 13) ------------------------------------------------
# A list's cutting should not hang on the label form the lists it was written on happen to print. ``relabel``
# prints a list's entries with the labels of another real style: IEEE's and GB/T's "[1]", Vancouver's "1.",
# Nature's "1" set apart by space, ACS's "(1)", JPSJ's "1)", AIP's number alone on its line, "[1]" alone on
# its line, and BibTeX's alpha keys "[Knu86]" (from the gold's first family name and year), inline or alone
# on the line. A list without labels gets them (numbered styles sort by author too: amsplain). The entries'
# text is left as it is.
LABEL_FORMS = ("[{n}] ", "{n}. ", "{n} ", "({n}) ", "{n}) ", "{n}\n\n", "[{n}]\n", "[{key}] ", "[{key}]\n")
_PRINTED_LABEL = re.compile(r"\[(?:\d{1,3}|[A-Za-z][A-Za-z+\-]{0,6}\d{2}[a-z]?)\][ \t]*\n?|\d{1,3}(?:[.)][ \t]*|[ \t]+|\n\n?)|\(\d{1,3}\)[ \t]*")


def _alpha_key(labelled: LabelledList, entry: GoldEntry, taken: set[str]) -> str:
    """BibTeX alpha's key for ``entry``: three letters of its first family name (one of each name's for
    several) and the year's last two digits; a letter after it when the key is taken."""
    families = [f for f in entry.families(labelled.raw) if f.strip()] or ["Anon"]
    letters = families[0][:3] if len(families) == 1 else "".join(f[0] for f in families[:3])
    year = re.search(r"\d{4}", entry.value(labelled.raw, "year") or "")
    key = letters[:1].upper() + letters[1:] + (year.group(0)[-2:] if year else "")
    base, k = key, 0
    while key in taken:
        key, k = base + "abcdefghij"[k], k + 1
    taken.add(key)
    return key


def relabel(labelled: LabelledList, form: str) -> Perturbed:
    """``labelled`` with its entries' labels printed as ``form`` (one of ``LABEL_FORMS``)."""
    raw = labelled.raw
    edits: list[tuple[int, int, str]] = []  # (old start, old length, new text)
    taken: set[str] = set()
    for n, entry in enumerate(labelled.entries, 1):
        m = _PRINTED_LABEL.match(raw, entry.start, entry.end)
        old = m.end() - entry.start if m and m.end() < entry.end else 0
        key = _alpha_key(labelled, entry, taken) if "{key}" in form else ""
        edits.append((entry.start, old, form.format(n=n, key=key)))

    def at(old: int, edge: bool = False) -> int:
        """The new offset of ``old``; an entry's start or end (``edge``) stays before a label put in there."""
        shift = 0
        for start, length, new in edits:
            if start + length <= old and not (edge and start == old):
                shift += len(new) - length
            elif start <= old < start + length:
                return start + shift
        return old + shift

    pieces, pos = [], 0
    for start, length, new in edits:
        pieces += [raw[pos:start], new]
        pos = start + length
    new_raw = "".join(pieces) + raw[pos:]

    def moved(entry: GoldEntry) -> GoldEntry:
        placed = GoldEntry(at(entry.start, True), at(entry.end, True))
        placed.spans = [Span(s.name, at(s.start), at(s.end), s.fam) for s in entry.spans]
        if entry.translation is not None:
            placed.translation = moved(entry.translation)
        return placed

    return Perturbed(LabelledList(labelled.name, new_raw, [moved(e) for e in labelled.entries]), labelled)
