"""Text rules applied to field values: sentence case, punctuation width,
journal abbreviations, page ranges, editions and volumes.

All regular expressions are compiled once here; the functions are pure and
work on :class:`~wenxian.gbt7714.latex.Run` tuples so braces stay respected.
"""

from __future__ import annotations

import re
from dataclasses import replace

from wenxian.gbt7714.editions import Edition
from wenxian.gbt7714.latex import Run

__all__ = ["sentence_case", "convert_punct", "strip_journal_periods", "format_pages",
           "format_edition", "format_volume", "year_dashes", "CJK_LANGS"]

CJK_LANGS = frozenset({"zh", "ja", "ko"})

# 2025: half-width separators inside fields become full-width.
_TO_FULL = (
    (re.compile(r",\s+"), "，"),
    (re.compile(r":\s+"), "："),
    (re.compile(r";\s+"), "；"),
    (re.compile(r"\?\s*"), "？"),
    (re.compile(r"!\s*"), "！"),
    (re.compile(r"\s*\("), "（"),
    (re.compile(r"\)\s*"), "）"),
)
# 2015: full-width separators become half-width followed by a space.
_TO_HALF = (
    (re.compile(r"\s*：\s*"), ": "),
    (re.compile(r"\s*；\s*"), "; "),
    (re.compile(r"\s*，\s*"), ", "),
    (re.compile(r"？\s*"), "? "),
    (re.compile(r"！\s*"), "! "),
    (re.compile(r"\s*（"), " ("),
    (re.compile(r"）\s*"), ") "),
)
_SPACE_BEFORE_PUNCT = re.compile(r" +(?=[,.;:)\]])")
_MULTISPACE = re.compile(r" {2,}")
_JOURNAL_PERIOD = re.compile(r"(?<=\w)\.(?=\s|$)")
# A numbering word before its number ("IZA Discussion Paper No. 4756", "Vol. 3", "Nr. 12") is no
# abbreviated word of a title: its full stop stays ("No 4756" reads as the word "no"), as the
# styles print "No. 20" and "Vol. 2" themselves.
_NUMBERING_PERIOD = re.compile(r"(?<![\w.])(?:No|Nos|Nr|Vol|Vols|Bd)(\.)(?=\s*\d)", re.IGNORECASE)
# A range's dash as typed: hyphens, an en or em dash, or a mix ("44–-53", an en dash and a
# hyphen in biblatex-arthistory-bonn's Luettichau2006, printed "44--53" before).
_DASHES = re.compile(r"\s*[-–—]+\s*")
_SPACES = re.compile(r"\s+")
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
# "3rd edition", "3", and the German way of writing an ordinal with the English word
# ("4. Edition", biblatex-bwl's JabRef database): the word says it is the edition.
_ORDINAL_NUMBER = re.compile(r"^(\d+)(?:(?:st|nd|rd|th)?(?:\s*(?:ed\.?|edition))?|\.\s*(?:ed\.|edition))$",
                             re.I)
_CJK_EDITION = re.compile(r"^(\d+)\s*版$")
_EDITION_WORDS = {"revised": "Rev. ed.", "revised edition": "Rev. ed.", "revised ed.": "Rev. ed.",
                  "rev.": "Rev. ed.", "修订": "修订版"}


def _map(runs: tuple[Run, ...], fn) -> tuple[Run, ...]:
    return tuple(replace(run, text=fn(run.text)) for run in runs)


# Words are split at spaces and at these marks ("Multi-Source" is two words; the
# word in "(Not so)" is "Not").
_WORD = re.compile(r"[^\s:,\-'–—?.!()\[\]\"“”‘’]+")


def _lower_if_title_case(match: re.Match) -> str:
    word = match.group(0)
    if word == "I":
        return word  # the English pronoun ("Woe Is I", "I'm") and the Roman one ("Part I")
    if word[:1].isupper() and (len(word) == 1 or word[1:].islower()):
        return word.lower()
    return word


def sentence_case(runs: tuple[Run, ...]) -> tuple[Run, ...]:
    """Sentence case for an English title: every word written in title case
    ("Quality", "A") after the first is lower-cased; braced parts, acronyms
    ("DNA"), mixed case ("iPhone", "eXtensible") and the word "I" are kept."""
    out: list[Run] = []
    first = True
    for index, run in enumerate(runs):
        text = run.text
        after = runs[index + 1].text[:1] if index + 1 < len(runs) else ""
        glued = bool(after) and not after.isspace() and runs[index + 1].protected
        tail = ""
        if not run.protected and glued:
            # A word that runs on into a braced or math part ("H" of "H$_2$") is kept.
            match = re.search(_WORD.pattern + "$", text)
            if match:
                text, tail = text[:match.start()], match.group(0)
        if run.protected:
            first = first and not _WORD.search(text)
        else:
            if first:
                head = _WORD.search(text)
                if head:
                    first = False
                    text = text[:head.end()] + _WORD.sub(_lower_if_title_case, text[head.end():])
            else:
                text = _WORD.sub(_lower_if_title_case, text)
        if tail and not _WORD.search(text):
            first = False  # the kept word was the first one
        out.append(replace(run, text=text + tail))
    return tuple(out)


# The TeX dash "--" (decoded to "–") beside CJK text is the Chinese dash "—".
_TEX_DASH = re.compile(r"-{2,3}|(?<=[\u3000-\u9fff\uff00-\uffef])–|–(?=[\u3000-\u9fff\uff00-\uffef])")
_YEAR_DASH = re.compile(r"-+|–|—")


def convert_punct(runs: tuple[Run, ...], edition: Edition, cjk: bool = False) -> tuple[Run, ...]:
    """Separators inside a field in the width the edition prints; in CJK text
    the TeX dashes ``--``/``---`` are the dash "—"."""
    rules = _TO_FULL if edition.full_width else _TO_HALF

    def fix(text: str) -> str:
        if cjk and ("--" in text or "–" in text):
            text = _TEX_DASH.sub("—", text)
        for pattern, repl in rules:
            text = pattern.sub(repl, text)
        if not edition.full_width:
            text = _SPACE_BEFORE_PUNCT.sub("", _MULTISPACE.sub(" ", text))
        return text

    # TeX's math is notation: its parentheses and commas are no separators ("O(n log n)",
    # xampl.bib; 2025 printed "O（n log n …）").
    converted = [run if run.math and edition.full_width else replace(run, text=fix(run.text))
                 for run in runs]
    if converted and not edition.full_width:
        head, tail = converted[0], converted[-1]
        converted[0] = replace(head, text=head.text.lstrip())
        tail = converted[-1]
        converted[-1] = replace(tail, text=tail.text.rstrip())
    return tuple(converted)


def strip_journal_periods(runs: tuple[Run, ...]) -> tuple[Run, ...]:
    """"J. Math. Phys." → "J Math Phys": abbreviated titles without periods. The periods are
    found in the text as printed, across braces: "Phys. {Rev}. Lett." (papis's test file) is
    "Phys Rev Lett", not "Phys Rev. Lett". A numbering word keeps its full stop before its number
    ("Discussion Paper No. 4756")."""
    joined = "".join(run.text for run in runs)
    drop = {m.start() for m in _JOURNAL_PERIOD.finditer(joined)} - {
        m.start(1) for m in _NUMBERING_PERIOD.finditer(joined)}
    if not drop:
        return runs
    out, at = [], 0
    for run in runs:
        text = "".join(ch for n, ch in enumerate(run.text, at) if n not in drop)
        at += len(run.text)
        out.append(replace(run, text=text))
    return tuple(out)


def format_pages(value: str) -> str:
    """"17--18" → "17-18"; "序 2--3" → "序2-3"."""
    return _DASHES.sub("-", _SPACES.sub("", value) if _has_wide(value) else value.strip())


def _has_wide(value: str) -> bool:
    return any(ord(ch) > 0x2e7f for ch in value)


def format_edition(value: str, lang: str) -> str | None:
    """"Third"/"3" → "3 版" (CJK) or "3rd ed."; other wording as given;
    a first edition is not printed."""
    text = value.strip()
    if text.lower() in _EDITION_WORDS:
        return _EDITION_WORDS[text.lower()]
    number = _ORDINAL_WORDS.get(text.lower().rstrip("."))
    if number is None:
        match = _ORDINAL_NUMBER.match(text)
        if match:
            number = int(match.group(1))
    if number is None:
        cjk = _CJK_EDITION.match(text)
        if cjk:
            return None if cjk.group(1) == "1" else f"{cjk.group(1)} 版"
        return text or None
    if number == 1:
        return None
    if lang in CJK_LANGS:
        return f"{number} 版"
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix} ed."


def format_volume(value: str, lang: str, edition: Edition) -> str:
    """A volume of a multi-volume work: "1" → "第 1 卷" / "Vol. 1" (2015) / "v.1"
    (2025), as the edition words it for the entry's language."""
    text = value.strip()
    if text.isdigit():
        forms = edition.volume_forms
        return forms.get(lang, forms["*"]).format(text)
    return text


def year_dashes(value: str, edition: Edition) -> str:
    """The dash of a year range in the edition's form ("1883-" → "1883—" in 2025)."""
    if edition.year_dash == "-":
        return value
    return _YEAR_DASH.sub(edition.year_dash, value)
