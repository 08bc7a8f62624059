"""Punctuation chosen by the language of the cited work: "，" for CJK works, ", " for others.

The language is the one the reference list uses for the same entry
(:func:`wenxian.gbt7714.lang.entry_language`: ``langid`` first, else script),
so 等/et al. in the name and the punctuation around it always agree.
"""

from __future__ import annotations

from typing import Any

from pybtex.richtext import Text
from sphinxcontrib.bibtex.style.template import node

from wenxian.gbt7714.lang import entry_language

CJK_LANGUAGES = frozenset({"zh", "ja", "ko"})


@node
def by_language(children: list[Any], data: dict[str, Any], cjk: str, other: str) -> Text:
    """Template node: ``cjk`` for a Chinese, Japanese or Korean work, ``other`` for any other."""
    assert not children
    return Text(cjk if entry_language(data["entry"]) in CJK_LANGUAGES else other)
