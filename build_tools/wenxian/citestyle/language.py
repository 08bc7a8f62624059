"""The language of a cited work, which decides 等 or et al. and full- or half-width punctuation.

A work is CJK when its ``langid`` (or ``language``) field says so, or, without
such a field, when its creators or title are written in Han, kana or hangul.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from pybtex.richtext import Text
from sphinxcontrib.bibtex.style.template import node

if TYPE_CHECKING:
    from pybtex.database import Entry

CJK_LANGIDS = frozenset({"chinese", "japanese", "korean", "zh", "ja", "ko", "zh-cn", "zh-tw"})
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def is_cjk_entry(entry: "Entry") -> bool:
    """Whether ``entry`` is a Chinese, Japanese or Korean work."""
    langid = (entry.fields.get("langid") or entry.fields.get("language") or "").strip().lower()
    if langid:
        return langid in CJK_LANGIDS
    creators = " ".join(str(p) for role in ("author", "editor") for p in entry.persons.get(role, []))
    return bool(_CJK.search(creators or entry.fields.get("title", "")))


@node
def by_language(children: list[Any], data: dict[str, Any], cjk: str, other: str) -> Text:
    """Template node: ``cjk`` for a CJK work, ``other`` for any other."""
    assert not children
    return Text(cjk if is_cjk_entry(data["entry"]) else other)
