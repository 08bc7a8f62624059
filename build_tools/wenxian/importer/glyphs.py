"""Characters a PDF's font gave for an ideograph: CJK radicals read back as the ideographs.

A font may map the glyph of a common ideograph to a *radical*'s code point: the Kangxi Radicals
(U+2F00–2FDF, "⽉" for 月) or the CJK Radicals Supplement (U+2E80–2EFF, "⻔" for 门, "⻝" for 食,
"⺠" for 民). Chromium's and word processors' PDFs do this with common CJK fonts; pdftotext and
PDFium give the ideograph back, pypdf and pdfminer (pdfplumber) the radical — which looks the
same on screen but is found by no search, counted as no Han character, and breaks the words the
importer knows (round 17f). Each radical is read as the unified ideograph Unicode names as its
equivalent (Equivalent_Unified_Ideograph, UAX #44: NFKC maps the Kangxi radicals only); the table
is ``data/radicals.txt``, made by ``scripts/make_radicals.py`` from the Unicode data (licence in
its header). A real radical in running text (a dictionary's radical index) is rare in an
article; the reader reports how many it changed.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).resolve().parent / "data" / "radicals.txt"
RADICAL_RE = re.compile("[\u2e80-\u2fdf]")


@lru_cache(maxsize=1)
def radical_table() -> dict[int, str]:
    """Radical code point → its equivalent unified ideograph (for ``str.translate``)."""
    table: dict[int, str] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            radical, ideograph = line.split("\t")[:2]
            table[int(radical, 16)] = chr(int(ideograph, 16))
    return table


def fold_radicals(text: str) -> tuple[str, int]:
    """``text`` with each CJK radical that has an equivalent ideograph read as it, and how many
    were changed (a radical without one, such as U+2E80, stays)."""
    if not RADICAL_RE.search(text):
        return text, 0
    table = radical_table()
    count = sum(1 for c in RADICAL_RE.findall(text) if ord(c) in table)
    return (text.translate(table) if count else text), count
