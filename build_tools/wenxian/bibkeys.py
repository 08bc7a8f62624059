"""Readable ASCII BibTeX keys: family name + year + first title word.

``xi2024fazhan`` for 习近平 (2024) 《发展新质生产力…》: the family name in
pinyin (a Western family name lower-cased and stripped to ASCII), the year and
the pinyin of the title's first two CJK characters or its first significant
English word. With a corporate author, or none, the title word leads:
``zhonggong2024`` for 《中共中央关于进一步全面深化改革…的决定》 (2024).
Clashes get "a", "b", … appended.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Iterable

from pybtex.database import Entry, Person

from wenxian.cjk import HAN_RE
from wenxian.namekeys import DOTS, NATION, family_key

# Two-character Chinese family names (复姓); other names take one character.
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 诸葛 上官 司徒 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 夏侯 令狐 澹台 "
    "公冶 宗政 濮阳 淳于 单于 太叔 申屠 轩辕 端木 呼延 南宫 万俟 闻人 赫连 百里".split()
)
# CJK names longer than this, or ending so, are bodies (机关团体), not people.
MAX_PERSONAL_CJK = 4
CORPORATE_ENDINGS = tuple("会部所院局厅处室社司委馆校组中心团队站办".split()) + (
    "中心", "大学", "公司", "委员会", "研究所", "办公室",
)
STOPWORDS = frozenset(
    "a an the of on in and for to at by with from as is are its into via about "
    "der die das le la les el".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


def ascii_fold(text: str) -> str:
    """Lower-case ASCII letters and digits of ``text`` (accents dropped)."""
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded.lower() if c in string.ascii_lowercase + string.digits)


def _pinyin(text: str) -> str:
    from pypinyin import Style, lazy_pinyin  # tables loaded only where a key needs them (a third of a second)

    return "".join(lazy_pinyin(text, style=Style.NORMAL, errors="ignore"))


def _plain(text: str) -> str:
    return re.sub(r"[{}\\]", "", text)


def family_part(person: Person) -> str:
    """The key's name part for one person; "" for a corporate body."""
    raw = _plain(" ".join(person.last_names))
    if person.first_names or person.middle_names:
        return ascii_fold(raw)
    name = NATION.sub("", raw).strip()  # "〔日〕青木健一郎": the author's country is no part of the name
    if HAN_RE.search(name) and any(dot in name for dot in DOTS):
        return _pinyin(family_key(name))  # a translated name: its family name ("〔美〕理查德·K. 霍尔顿": huoerdun)
    translit = re.fullmatch(r"(\S+)(?:\s+[A-Z](?:\s*[A-Z])*)", name)
    if translit and HAN_RE.search(translit.group(1)):
        return _pinyin(translit.group(1))  # "昂温 G": a transliterated family name
    if not HAN_RE.search(name) or " " in name:
        return ""  # braced Latin body, or a CJK body with a space
    if len(name) > MAX_PERSONAL_CJK or name.endswith(CORPORATE_ENDINGS):
        return ""
    if name in ("others",):
        return ""
    surname = name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]
    return _pinyin(surname)


def title_word(title: str) -> str:
    """Pinyin of the first two CJK characters, else the first significant word."""
    title = _plain(title)
    chars = HAN_RE.findall(title)
    first_cjk = HAN_RE.search(title)
    first_word = next(
        (w for w in _WORD.findall(title) if w.lower() not in STOPWORDS), None
    )
    if chars and (first_word is None or first_cjk.start() < title.find(first_word)):
        return _pinyin("".join(chars[:2]))
    return ascii_fold(first_word or "")


def base_key(entry: Entry) -> str:
    """The key before de-duplication (no suffix letter)."""
    people = entry.persons.get("author") or entry.persons.get("editor") or []
    name = family_part(people[0]) if people else ""
    year_match = re.search(r"\d{4}", entry.fields.get("year", "") or entry.fields.get("date", ""))
    year = year_match.group(0) if year_match else ""
    title = entry.fields.get("title") or entry.fields.get("journal") or ""
    word = title_word(title)
    if name:
        return f"{name}{year}{word}"
    return f"{word or 'ref'}{year}"  # a body or no author: the title word leads


def make_key(entry: Entry, taken: Iterable[str] = ()) -> str:
    """A key for ``entry`` not among ``taken`` (compared case-insensitively)."""
    used = {k.lower() for k in taken}
    key = base_key(entry)
    if key.lower() not in used:
        return key
    for suffix in key_suffixes():
        candidate = key + suffix
        if candidate.lower() not in used:
            return candidate
    raise AssertionError("unreachable")  # key_suffixes is infinite


def key_suffixes() -> Iterable[str]:
    """a, b, …, z, aa, ab, …: the letters put after a key that is taken."""
    letters = string.ascii_lowercase
    width = 1
    while True:
        for n in range(len(letters) ** width):
            word = ""
            for _ in range(width):
                n, r = divmod(n, len(letters))
                word = letters[r] + word
            yield word
        width += 1
