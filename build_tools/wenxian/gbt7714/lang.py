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
from wenxian.gbt7714.latex import parse, plain

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


# A Latin-script title with no langid: its small words tell German, French, Italian, Spanish or
# Dutch # from English (the standard keeps each language's own capitalisation; only English titles
# are sentence-cased). Letters only one of them uses count once more. Calibrated on the real
# .bib corpus's dev part (tests/data/realbib/dev; see its README, round 12).
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the of and in on for a an to with from by at as is its into".split()),
    "de": frozenset("der die das und für über zum zur im vom mit ein eine einer eines dem den "
                    "des auf aus bei nach von zu oder wie ist als um unter zwischen".split()),
    "fr": frozenset("le la les des du et à pour sur une un dans au aux par avec entre "
                    "d l".split()),
    "it": frozenset("il di della del delle dei degli e per nel nella gli lo una con da dell "
                    "all sulla sul tra".split()),
    "es": frozenset("el los las y del de la en por para una con sobre".split()),
    "nl": frozenset("de het een van en in op voor met over bij naar uit".split()),
    # Portuguese (abnTeX2's NBR 6023 examples): read once LaTeX's accents are decoded, its
    # "do", "da", "em" tell it from Spanish ("Galeria virtual de arte do Vale do Paraíba")
    "pt": frozenset("o os as do da dos das no na nos nas em um uma ao aos à e de para com "
                    "por".split()),
}
_OWN_LETTERS = {"de": re.compile(r"[äöüß]", re.I), "fr": re.compile(r"[éèêçœ]", re.I),
                "pt": re.compile(r"[ãõ]", re.I)}
_LATIN_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def latin_language(text: str) -> str:
    """"de", "fr", "it", "es", "nl", "pt" for a title whose small words are that language's (at least
    two of its own, or one and a letter of its own, and more than English has), else "en"."""
    words = [w.lower() for w in _LATIN_WORD.findall(text)]
    hits = {lang: sum(1 for w in words if w in small) for lang, small in _FUNCTION_WORDS.items()}
    best, score = "en", hits["en"]
    for lang in ("de", "fr", "it", "es", "nl", "pt"):
        own = _OWN_LETTERS.get(lang)
        mark = 1 if own is not None and own.search(text) else 0
        if hits[lang] and hits[lang] + mark >= 2 and hits[lang] + mark > score:
            best, score = lang, hits[lang] + mark
    return best


def _kana_elsewhere(entry: Entry) -> bool:
    """True when a name or a field other than the title holds kana."""
    texts = [str(person) for persons in entry.persons.values() for person in persons]
    texts += [entry.fields.get(name, "") for name in _SAMPLE_FIELDS[1:]]
    return any(KANA_RE.search(text) for text in texts)


def entry_language(entry: Entry) -> str:
    """"zh", "ja", "ko", "en", "ru", … for one entry (see module docstring)."""
    fields = entry.fields
    for name in ("langid", "language", "hyphenation"):  # hyphenation: biblatex 1's langid
        value = fields.get(name)
        if value:
            code = LANGID.get(value.strip().lower().split(" and ")[0].strip())
            if code:
                return code
    for name in _SAMPLE_FIELDS[:1]:
        if name in fields:
            lang = script_language(fields[name])
            if lang == "en":
                # read as printed: "unabh\\"angig" has the German letter ä (biblatex-bwl's
                # Baumgartner:2003, sentence-cased as English before)
                return latin_language(plain(parse(fields[name])))
            if lang == "zh" and _kana_elsewhere(entry):
                # Chinese characters alone are written in Japanese too ("大丈夫。", upTeX's test
                # file): kana in the names or the other fields say which ("他", not "等").
                return "ja"
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
