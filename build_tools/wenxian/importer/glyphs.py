"""Characters a PDF's font gave for an ideograph: CJK radicals read back as the ideographs.

A font may map the glyph of a common ideograph to a *radical*'s code point: the Kangxi Radicals
(U+2F00–2FDF, "⽉" for 月) or the CJK Radicals Supplement (U+2E80–2EFF, "⻔" for 门, "⻝" for 食,
"⺠" for 民). Chromium's and word processors' PDFs do this with common CJK fonts; pdftotext and
PDFium give the ideograph back, pypdf and pdfminer (pdfplumber) the radical — which looks the
same on screen but is found by no search, counted as no Han character, and breaks the words the
importer knows (round 17f). Each radical is read as the unified ideograph Unicode names as its
equivalent (Equivalent_Unified_Ideograph, UAX #44: NFKC maps the Kangxi radicals only); the table
is ``data/radicals.txt``, made by ``scripts/make_radicals.py`` from the Unicode data (licence in
its header). One radical's ideograph depends on the text: ⼾ (Unicode: 戶) is 户 in a Simplified
text, whose font draws both with one glyph (the only traditional form whose simplified form no
radical stands for: ``scripts/make_radicals.py`` derives it with OpenCC). A real radical in running text (a dictionary's radical index) is rare in an
article; the reader reports how many it changed.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).resolve().parent / "data" / "radicals.txt"
RADICAL_RE = re.compile("[\u2e80-\u2fdf]")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], dict[int, str]]:
    table: dict[int, str] = {}
    simplified: dict[int, str] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            radical, ideograph, simple = line.split("\t")[:3]
            table[int(radical, 16)] = chr(int(ideograph, 16))
            if simple != "-":
                simplified[int(radical, 16)] = chr(int(simple, 16))
    return table, simplified


def radical_table() -> dict[int, str]:
    """Radical code point → its equivalent unified ideograph (for ``str.translate``)."""
    return _tables()[0]


def simplified_forms() -> dict[int, str]:
    """Radical code point → the ideograph it stands for in a Simplified Chinese text, where that is
    not Unicode's (a traditional form whose simplified form no radical stands for: a Simplified
    font draws both with one glyph, so the PDF gives ⼾ for 户; Unicode names 戶)."""
    return _tables()[1]


def is_simplified(text: str) -> bool:
    """Whether ``text`` is Simplified Chinese: more of its Han characters are simplified forms
    (OpenCC's s2t changes them) than traditional ones (t2s changes them)."""
    s2t, t2s = _opencc("s2t"), _opencc("t2s")
    counts: dict[str, int] = {}
    for c in text:
        if "\u4e00" <= c <= "\u9fff":
            counts[c] = counts.get(c, 0) + 1
    simple = sum(n for c, n in counts.items() if s2t.convert(c) != c)
    traditional = sum(n for c, n in counts.items() if t2s.convert(c) != c)
    return simple >= traditional


@lru_cache(maxsize=None)
def _opencc(config: str):
    import opencc

    return opencc.OpenCC(config)


def fold_radicals(text: str) -> tuple[str, int]:
    """``text`` with each CJK radical that has an equivalent ideograph read as it (in a Simplified
    text, the simplified form where :func:`simplified_forms` names one), and how many were
    changed (a radical without one, such as U+2E80, stays)."""
    if not RADICAL_RE.search(text):
        return text, 0
    table, simplified = _tables()
    found = RADICAL_RE.findall(text)
    count = sum(1 for c in found if ord(c) in table)
    if not count:
        return text, 0
    folded = text.translate(table)
    if any(ord(c) in simplified for c in found) and is_simplified(folded):
        folded = text.translate({**table, **simplified})
    return folded, count
