"""The language of one bibliography entry.

GB/T 7714 decides ", 等" versus ", et al.", sentence case, edition wording and
the author-year grouping by the language of each entry, never of the document.
``langid`` / ``language`` wins; otherwise the characters of the title, names
and container decide.
"""

from __future__ import annotations

import re

from pybtex.database import Entry

from wenxian.cjk import HAN_RE, HANGUL_RE, KANA_RE

__all__ = ["LANGID", "entry_language", "script_language"]

# biblatex/babel language names (and ISO codes) → the short code used here.
LANGID: dict[str, str] = {
    "chinese": "zh", "zh": "zh", "zh-cn": "zh", "zh-hans": "zh", "zh-hant": "zh",
    "zh-tw": "zh", "schinese": "zh", "tchinese": "zh", "pinyin": "zh", "中文": "zh",
    "japanese": "ja", "ja": "ja", "日文": "ja",
    "korean": "ko", "ko": "ko",
    "english": "en", "american": "en", "british": "en", "usenglish": "en",
    "ukenglish": "en", "canadian": "en", "australian": "en", "newzealand": "en",
    "en": "en", "en-us": "en", "en-gb": "en", "英文": "en",
    "russian": "ru", "ru": "ru", "ukrainian": "uk", "uk": "uk",
    "french": "fr", "fr": "fr", "german": "de", "ngerman": "de", "de": "de",
    "spanish": "es", "es": "es", "italian": "it", "it": "it",
    "portuguese": "pt", "pt": "pt", "dutch": "nl", "nl": "nl",
}

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_SAMPLE_FIELDS = ("title", "booktitle", "journal", "journaltitle", "publisher", "school",
                  "institution", "address", "location")


def script_language(text: str) -> str | None:
    """The language a piece of text is written in, judged by its script."""
    if HANGUL_RE.search(text):
        return "ko"
    if KANA_RE.search(text):
        return "ja"
    if HAN_RE.search(text):
        return "zh"
    if _CYRILLIC.search(text):
        return "ru"
    if re.search(r"[A-Za-z]", text):
        return "en"
    return None


def entry_language(entry: Entry) -> str:
    """"zh", "ja", "ko", "en", "ru", … for one entry (see module docstring)."""
    fields = entry.fields
    for name in ("langid", "language"):
        value = fields.get(name)
        if value:
            code = LANGID.get(value.strip().lower().split(" and ")[0].strip())
            if code:
                return code
    for name in _SAMPLE_FIELDS[:1]:
        if name in fields:
            lang = script_language(fields[name])
            if lang:
                return lang
    for persons in entry.persons.values():
        for person in persons:
            lang = script_language(str(person))
            if lang:
                return lang
    for name in _SAMPLE_FIELDS[1:]:
        if name in fields:
            lang = script_language(fields[name])
            if lang:
                return lang
    return "en"
