"""The regular-expression fragments the style readers share: one definition each of a year, a page
range, a volume and its issue, the initials of a name, the end of a line.

A range's dash may be any of the dashes a PDF's text layer gives and the tilde the Chinese
journals print between pages (``pp.83~92``, ``第 45～61 页``); the stored value takes ``--``
(:func:`wenxian.refparse.spans.norm_pages`).
"""

from __future__ import annotations

# A four-digit year of print (1500–2099) and the list's own a/b after it.
YEAR = r"(?P<year>(?:1[5-9]|20)\d\d[a-z]?)"
RANGE_DASH = r"\s*[-–—~～]\s*"
# "45", "e1000316", "S98", "45–61", "83~92"; front matter in roman numerals "x–xvi".
PAGE_RANGE = rf"[A-Za-z]?\d+[A-Za-z]?(?:{RANGE_DASH}[A-Za-z]?\d+)?"
ROMAN_RANGE = rf"[ivxlc]+{RANGE_DASH}[ivxlc]+"
PAGES = rf"(?P<pages>{PAGE_RANGE}|{ROMAN_RANGE})"
VOLUME = r"(?P<volume>\d+[A-Za-z]?)"
# The issue in parentheses after the volume, half- or full-width: "56(4)", "21（9）".
ISSUE_IN_PARENTHESES = r"(?:\s*[(（]\s*(?P<issue>[^)）]+?)\s*[)）])"
# Initials before a family name, "A. ", "J.-F. ", "Yu. ", matched atomically: a family name cannot
# give back one of them, so a long list of names that is not the pattern's fails at once.
INITIALS = r"(?>(?:[A-Z][a-z]?\.(?:-[A-Z]\.)?\s?)+)"
END = r"\s*[.。]?\s*$"
# Full-width marks read as their half-width twins where a list is cut and an entry read: GB/T 7714
# author-year lists printed in full width ("丁宏宇，马晓晴，2018．题名［J］．刊名，15（3）：1-13．") end and
# open their entries as the half-width ones do. (The ideographic full stop "。" and comma "、" have no
# twin: they are read as they stand.)
HALF_WIDTH = str.maketrans({"．": ".", "，": ",", "：": ":", "；": ";", "（": "(", "）": ")",
                            "［": "[", "］": "]", "＋": "+", "－": "-", "／": "/"})


def half_width(text: str) -> str:
    """``text`` with its full-width marks (:data:`HALF_WIDTH`) as their half-width twins, one for one
    (the same length, so a place in one is the same place in the other)."""
    return text.translate(HALF_WIDTH)

# The capitals of the Latin script, accented ones too ("NÁRODNÍ", "HÀN THẾ", "ŁUKASIEWICZ"): the
# letters of a character class, for names in capitals as ISO 690 and GOST print them.
LATIN_CAPITALS = "A-Z" + "".join(chr(c) for c in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))
                                 if chr(c).isupper())
# …and its small letters, accented ones too ("Jiří", "Tomáš", "José").
LATIN_SMALL = "a-z" + "".join(chr(c) for c in (*range(0xDF, 0x250), *range(0x1E00, 0x1F00)) if chr(c).islower())
