"""One script for the search index and the query: every character folded to Simplified.

A Traditional site is converted from the Simplified source; a reader may type
either script on either site. Both the index (at build time) and the query (in
the browser) fold each character by the same table, so a Simplified query
finds Traditional text and the reverse. The table is OpenCC's own data
(``TSCharacters``: Traditional → Simplified, first candidate; the Taiwan and
Hong Kong variant forms through ``TWVariantsRev`` and ``HKVariantsRev``),
joined with the characters the house preferences write (計畫 for 計劃),
character for character, so folding never changes a text's length and a match
in the folded text is a match at the same place in the text the reader sees.
Only characters of the Basic Multilingual Plane are mapped (one UTF-16 unit
each, as the browser counts).
"""

from __future__ import annotations

import json
from functools import lru_cache

from wenxian.script.policy import known_preferences
from wenxian.script.simplified import _dump_dictionary

TRADITIONAL_TO_SIMPLIFIED = "TSCharacters"
VARIANTS_TO_TRADITIONAL = ("TWVariantsRev", "HKVariantsRev")


def _entries(name: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in _dump_dictionary(name).splitlines():
        key, _, values = line.partition("\t")
        candidates = values.split()
        if candidates:
            table[key] = candidates[0]
    return table


def _single_bmp(char: str) -> bool:
    return len(char) == 1 and ord(char) <= 0xFFFF


@lru_cache(maxsize=1)
def fold_table() -> dict[str, str]:
    """character → its Simplified form, for every character that has another one."""
    to_simplified = _entries(TRADITIONAL_TO_SIMPLIFIED)
    table = {k: v for k, v in to_simplified.items() if k != v and _single_bmp(k) and _single_bmp(v)}
    for name in VARIANTS_TO_TRADITIONAL:
        for variant, standard in _entries(name).items():
            folded = to_simplified.get(standard, standard)
            if variant not in table and variant != folded and _single_bmp(variant) and _single_bmp(folded):
                table[variant] = folded
    # A house preference writes another character than OpenCC (計劃 → 計畫): the two, and
    # what they fold to, become one, so that 计划 still finds 計畫 (and 画 finds 畫 as
    # before; 画 and 划 now find each other too — recall over precision).
    for old, new in (pair for pairs in known_preferences().values() for pair in pairs):
        for a, b in zip(old, new):
            if a == b or len(old) != len(new):
                continue
            canonical = table.get(a, a)
            for char in {b, table.get(b, b)} - {canonical}:
                if _single_bmp(char):
                    table[char] = canonical
    return dict(sorted(table.items()))


def fold(text: str) -> str:
    """``text`` with every character in its folded (Simplified) form; same length."""
    table = fold_table()
    return "".join(table.get(char, char) for char in text)


def fold_table_js() -> str:
    """The table as a JavaScript constant (deterministic: keys sorted)."""
    return "const WENXIAN_FOLD = " + json.dumps(fold_table(), ensure_ascii=False, separators=(",", ":")) + ";\n"
