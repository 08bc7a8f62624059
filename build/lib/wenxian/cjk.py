"""Character classes of Chinese, Japanese and Korean text, defined once.

Every stage asks the same questions of text (is this an ideograph? is there
any CJK in this field?), so the Unicode ranges live here and nowhere else.
The constants are regular-expression class bodies (``f"[{HAN}]"``).
"""

from __future__ import annotations

import re

#: Ideographs: unified (with extension A), compatibility, extensions B and later.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
#: Hiragana, katakana and the katakana phonetic extensions.
KANA = "\u3040-\u30ff\u31f0-\u31ff"
#: Hangul jamo, compatibility jamo and syllables.
HANGUL = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"
#: Bopomofo.
BOPOMOFO = "\u3100-\u312f"
#: CJK symbols and punctuation, and full-width forms.
PUNCT = "\u3000-\u303f\uff00-\uffef"

HAN_RE = re.compile(f"[{HAN}]")
KANA_RE = re.compile(f"[{KANA}]")
HANGUL_RE = re.compile(f"[{HANGUL}]")
#: A character of CJK writing: ideograph, kana or hangul (not punctuation).
SCRIPT_RE = re.compile(f"[{HAN}{KANA}{HANGUL}]")
#: A CJK character including punctuation and full-width forms.
ANY_RE = re.compile(f"[{HAN}{KANA}{HANGUL}{BOPOMOFO}{PUNCT}]")


def has_cjk(text: str) -> bool:
    """True when ``text`` holds a Chinese, Japanese or Korean character."""
    return SCRIPT_RE.search(text) is not None
