"""Names of persons and bodies, as GB/T 7714 writes them.

- CJK names are kept whole and never reordered, family name first as written,
  without a space inside ("马 克思" and "森 鷗外", written without a comma, are
  "马克思" and "森鷗外", as "张, 三" is "张三": the standard's names are "李时珍",
  "丸山敏秋", 2015 §8.1.1); a CJK surname with Latin initials is "昂温 G" in
  2015 and "昂温" in 2025.
- Western names: surname first, then initials without periods ("Jean-Luc" →
  "J-L"); 2015 upper-cases a surname in Latin letters ("PEEBLES P Z, Jr";
  "Иванов И П" stays as written).
- A name in braces is a corporate author and is printed as given.
- More than three names: the first three, then ", 等" or ", et al." by the
  entry's own language. An ``others`` name means the same.

pybtex's :class:`~pybtex.database.Person` forgets whether a name was written
"Last, First" or "First Last"; for CJK names that decides the order, so the
parser's ``_parse_string`` is wrapped once to keep the written string.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pybtex.errors
from pybtex.bibtex.utils import split_name_list
from pybtex.database import Entry, Person

from wenxian.gbt7714.editions import Edition, get_edition
from wenxian.cjk import HAN, KANA, has_cjk
from wenxian.gbt7714.lang import entry_language
from wenxian.gbt7714.latex import parse, plain

__all__ = ["repair_names", "ETAL_DEFAULT", "format_name", "format_name_list", "primary_persons",
           "format_names_short", "MAX_NAMES", "persons_of", "is_others"]

MAX_NAMES = 3
ETAL_DEFAULT = "et al."  # languages the edition lists no word for
ANONYMOUS = {"zh": "佚名"}  # author-year, no author (GB/T 7714—2015 §8.1.3)
ANONYMOUS_DEFAULT = "Anon"


def _keep_written_name() -> None:
    original = Person._parse_string
    if getattr(original, "_wenxian", False):
        return

    def _parse_string(self: Person, name: str) -> None:
        self._wenxian_written = name
        original(self, name)

    _parse_string._wenxian = True  # type: ignore[attr-defined]
    Person._parse_string = _parse_string  # type: ignore[method-assign]


_keep_written_name()


# A space typed between the family and the given name of a name in Chinese characters or kana
# (upTeX's "森 鷗外", "髙島 𠮷野"; pBibTeX reads the space as the split of the two): the
# standard writes such a name without one (2015 §8.1.1: "李时珍", "丸山敏秋"). Hangul is left
# alone: Korean puts spaces between words, a body's name among them.
_CJK_NAME_SPACE = re.compile(f"(?<=[{HAN}{KANA}])\\s+(?=[{HAN}{KANA}])")


def _text(token: str) -> str:
    return plain(parse(token))


def _initials(token: str, hyphen: bool = True) -> str:
    # A brace group that opens the token is its first letter as BibTeX reads it: a
    # special character, whole ("{\\"O}zge" → Ö; "{\\relax Jiangning}" keeps the name),
    # or a digraph ("{Th}omas" → Th). A given name braced whole without a command
    # ("{J{\\"o}rg}") is a name like any other: J.
    if token.startswith("{"):
        end = _closing(token)
        if token.startswith("{\\") or end < len(token) - 1:
            # A capital too: "Schooten, Franciscus {\\'a}" (sphinxcontrib-bibtex's test file) → Á.
            text = _text(token[: end + 1]).strip()
            return text[:1].upper() + text[1:]
        token = token[1:-1]
    # Punctuation is not a name ("Edward~M\\adddot\\addcomma" → E M).
    pieces = [p for p in _text(token).replace(".", " ").split() if any(c.isalnum() for c in p)]
    joiner = "-" if hyphen else " "
    # An initial is a capital, also of a hyphenated or lower-case given name
    # ("Joong-kyoo" → "J K" / "J-K", "jean" → "J").
    return " ".join(joiner.join(part[:1].upper() for part in piece.split("-") if part)
                    for piece in pieces)


def _closing(token: str) -> int:
    """The index of the brace that closes the one opening ``token``."""
    depth = 0
    for i, c in enumerate(token):
        depth += {"{": 1, "}": -1}.get(c, 0)
        if depth == 0:
            return i
    return len(token) - 1


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is a Latin letter ("Poredoš", not
    "Иванов" or "Παπαδόπουλος")."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(unicodedata.name(c, "").startswith("LATIN") for c in letters)


def _surname_case(surname: str, edition: Edition) -> str:
    """2015 writes Western surnames in capitals (GB/T 7714—2015 §8.1.1, after
    GB/T 28039 for pinyin); the rule is one of Latin script: a Cyrillic or
    Greek surname is written as its language writes it."""
    return surname.upper() if edition.upper_surnames and is_latin(surname) else surname


def is_others(person: Person) -> bool:
    """True for the BibTeX ``others`` pseudo-name (… and others)."""
    return person.last_names == ["others"] and not person.first_names and not person.middle_names


def format_name(person: Person, edition: Edition) -> str:
    """One name as the reference list writes it."""
    given_tokens = person.first_names + person.middle_names
    surname_tokens = person.prelast_names + person.last_names
    tokens = given_tokens + surname_tokens + person.lineage_names
    if len(tokens) == 1 and tokens[0].startswith("{") and tokens[0].endswith("}"):
        return _text(tokens[0]).strip()  # corporate author, as given
    written = getattr(person, "_wenxian_written", None)
    surname = " ".join(_text(t) for t in surname_tokens).strip()
    if has_cjk(surname) or any(has_cjk(_text(t)) for t in given_tokens):
        if written is not None and "," not in written:
            return _CJK_NAME_SPACE.sub("", _text(written).strip())
        given = " ".join(_text(t) for t in given_tokens).strip()
        if not given or has_cjk(given):
            return surname + given.replace(" ", "")
        if edition.chinese_foreign_initials:
            return f"{surname} {_initials(' '.join(given_tokens))}".strip()
        return surname
    surname = _surname_case(surname, edition)
    initials = " ".join(i for i in (_initials(t, edition.hyphen_initials) for t in given_tokens) if i)
    name = f"{surname} {initials}" if initials else surname
    if person.lineage_names:
        lineage = " ".join(_text(t) for t in person.lineage_names).rstrip(".")
        name = f"{name}{edition.comma}{lineage}"
    return name


def format_name_list(persons: list[Person], edition: Edition, lang: str,
                     limit: int = MAX_NAMES) -> str:
    """Names joined by the edition's comma; beyond ``limit``, ", 等"/", et al."."""
    real = [p for p in persons if not is_others(p)]
    truncated = len(real) > limit or len(real) < len(persons)
    names = [format_name(p, edition) for p in real[:limit]]
    if truncated:
        names.append(edition.etal.get(lang, ETAL_DEFAULT))
    return edition.comma.join(names)


@lru_cache(maxsize=4096)
def _split_names(value: str) -> tuple[Person, ...]:
    with pybtex.errors.capture():
        return tuple(Person(name) for name in split_name_list(value))


# Malformed name lists as exports and hand-typing leave them. Each is (what
# finds it, what it is called in the report); the repair is the same for all:
# re-split at "and" and drop what is not part of a name.
# A quote after a backslash is an umlaut, not a nickname's (apa5ex.bib: H\"am\"al\"ainen).
_NICKNAME = re.compile(r'\s*(?:\([^(){}]*\)|(?<!\\)"[^"{}]*(?<!\\)")')
_AND = re.compile(r"(?:^|\s*,|\s)\s*and\s*(?:,\s*|\s|$)", re.IGNORECASE)
_LOOSE_COMMA = re.compile(r"^[\s,]+|[\s,]+$")
# Chinese names listed with commas instead of "and" (bjfuthesis: "徐增林,盛泳潘,贺丽荣,王雅芳",
# which BibTeX reads as one name "von Last, Jr, First" and prints run together). A CJK name is
# written whole, family name first, without a comma; so three or more parts that are each a
# whole CJK name (two characters or more, no Latin letter; at most one space, between family and
# given name as upTeX's test file types them: "名無 権兵衛、 何　誰兵衛， 無名 戦士") are a list, and so are two
# or more parted by a full-width comma or an enumeration comma (、), which BibTeX never reads
# as a separator. Two parts with an ASCII comma stay one name ("欧阳, 修" is family, given).
_CJK_LIST_SEPARATOR = re.compile(r"\s*[,，、]\s*")
_WHOLE_CJK_NAME = re.compile(r"^(?=\S*\S\s*\S)[^\sA-Za-z,，、{}]+(?:\s+[^\sA-Za-z,，、{}]+)?$")
# "et al." written as a name (hep-bibliography.bib's babel: "Braams and Bezos and at al.") or
# glued to the last name (biblatex-bwl's "Joachim Weimann \textit{et al.}"): BibTeX's word for
# it is "others", which the list prints as ", 等"/", et al."; read as a person it printed
# "AT AL." or "ET AL. J W" (the given names "Joachim Weimann", the surname "\textit{et al.}").
# A dot or a space sets the two words apart: "Atal" is a surname (B. S. Atal), "et al" is not.
ETAL_WORDS = r"(?:[ea]t\.\s*al\b\.?|[ea]t\s+al\b\.?|[ea]tal\.|etc\.?|u\.\s*a\.|等|等人)"
ETAL_NAME = re.compile(rf"^{ETAL_WORDS}$", re.IGNORECASE)
_ETAL_AFTER_NAME = re.compile(
    rf"(?<=\S)\s*,?\s+(?:\\(?:textit|emph|textsl|itshape)\s*)?\{{?\s*{ETAL_WORDS}\s*\}}?$",
    re.IGNORECASE)


def repair_names(written: str) -> tuple[list[str], list[str]]:
    """The names in one name string that a malformed list left there, and what
    was wrong: ``"Zhang, San,"`` → ``["Zhang, San"]`` (a trailing comma),
    ``"Wang, Lei and, Zhao, Min"`` → two names ("and" next to a comma),
    ``"Smith, Robert (Bob)"`` → ``["Smith, Robert"]`` (a nickname). A name
    in braces is a body's name and is left alone."""
    text = written.strip()
    if text.startswith("{") and text.endswith("}"):
        return [text], []
    problems: list[str] = []
    if ETAL_NAME.match(text):
        return ["others"], ["'et al.' written as a name"]
    if _ETAL_AFTER_NAME.search(text) and not ETAL_NAME.match(text):
        named = _ETAL_AFTER_NAME.sub("", text)
        more, found = repair_names(named)
        return more + ["others"], ["'et al.' written after a name"] + found
    if _NICKNAME.search(text):
        text = _NICKNAME.sub("", text)
        problems.append("a nickname in parentheses or quotes")
    names = [text]
    if "{" not in text and _AND.search(text):
        names = _AND.split(text)
        problems.append("'and' next to a comma or at an end of the list")
    if "{" not in text and len(names) == 1:
        parts = [p for p in _CJK_LIST_SEPARATOR.split(text.strip()) if p]
        wide = bool(re.search(r"[，、]", text))
        if len(parts) >= (2 if wide else 3) and all(
                _WHOLE_CJK_NAME.match(p) and has_cjk(p) for p in parts):
            names = parts
            problems.append("names separated by commas instead of 'and'")
    cleaned = [_LOOSE_COMMA.sub("", name) for name in names]
    if any(c != n.strip() for c, n in zip(cleaned, names)):
        problems.append("a comma at the start or end of a name")
    return [c for c in cleaned if c], problems


@lru_cache(maxsize=4096)
def _repaired(written: str) -> tuple[Person, ...] | None:
    names, problems = repair_names(written)
    if not problems:
        return None
    with pybtex.errors.capture():  # too many commas even now: pybtex reads what it can
        return tuple(Person(name) for name in names)


# biblatex's extended name format (biblatex manual §3.4, Biber only):
# "family=Hua, given=Linfu, cjk=\\textzh{華林甫}". Its parts are named; the standard
# prints the family name, the given names' initials and a suffix. Other parts
# (biblatex-chicago's ``cjk``, ``useprefix``) are style options, not printed.
_KEYED = re.compile(r"^\s*([A-Za-z-]+)\s*=\s*(.*?)\s*$", re.DOTALL)


def top_level_parts(text: str) -> list[str]:
    """``text`` split at the commas outside braces (a name's parts, as BibTeX reads them)."""
    parts, depth, start = [], 0, 0
    for i, c in enumerate(text):
        depth += {"{": 1, "}": -1}.get(c, 0)
        if c == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    return parts + [text[start:]]


@lru_cache(maxsize=4096)
def _extended_name(written: str) -> Person | None:
    """The person an extended-format name describes, or None for a classic name."""
    if "=" not in written:
        return None
    matches = [_KEYED.match(part) for part in top_level_parts(written)]
    if not all(matches):
        return None
    named = {m.group(1).lower(): m.group(2) for m in matches}  # type: ignore[union-attr]
    family = " ".join(named[k] for k in ("prefix", "family") if named.get(k))
    if not family:
        return None
    given, suffix = named.get("given", ""), named.get("suffix", "")
    with pybtex.errors.capture():
        if suffix:
            return Person(f"{family}, {suffix}, {given}")
        return Person(f"{family}, {given}" if given else family)


def _repair(persons) -> list[Person]:
    out: list[Person] = []
    for person in persons:
        written = getattr(person, "_wenxian_written", None)
        extended = _extended_name(written) if written else None
        if extended is not None:
            out.append(extended)
            continue
        repaired = _repaired(written) if written else None
        out.extend(repaired if repaired is not None else (person,))
    return out


def persons_of(entry: Entry, role: str) -> list[Person]:
    """The persons in ``role``; pybtex splits only author/editor, so other
    roles (translator, holder, …) are split here from the field. A malformed
    list is repaired (:func:`repair_names`; ``wenxian check`` reports it)."""
    persons = entry.persons.get(role)
    if persons:
        return _repair(persons)
    value = entry.fields.get(role)
    return _repair(_split_names(value)) if value else []


def primary_persons(entry: Entry) -> list[Person]:
    """The main responsible persons: patent holder, else author, else editor."""
    if entry.type.lower() == "patent":
        holders = persons_of(entry, "holder")
        if holders:
            return holders
    for role in ("author", "editor"):
        persons = persons_of(entry, role)
        if persons:
            return persons
    return []


@lru_cache(maxsize=None)
def _edition(name: str) -> Edition:
    return get_edition(name)


def format_names_short(entry: Entry, *, edition: str = "2025") -> str:
    """The author as cited in running text (author-year, ``{cite:t}``).

    One name: its surname ("PEEBLES" 2015, "Peebles" 2025) or whole CJK name
    ("张三"); more: the first, then ", 等" (CJK) or " et al.". No person:
    the title's first words are the editor's job, so "佚名"/"Anon".
    """
    rules = _edition(edition)
    lang = entry_language(entry)
    persons = [p for p in primary_persons(entry)]
    real = [p for p in persons if not is_others(p)]
    if not real:
        return ANONYMOUS.get(lang, ANONYMOUS_DEFAULT)
    first = real[0]
    full = format_name(first, rules)
    tokens = first.first_names + first.middle_names + first.prelast_names + first.last_names
    corporate = len(tokens) == 1 and tokens[0].startswith("{")
    if corporate or has_cjk(full):
        short = full
    else:
        surname = " ".join(_text(t) for t in first.prelast_names + first.last_names).strip()
        short = _surname_case(surname, rules)
    if len(real) > 1 or len(real) < len(persons):
        etal = rules.etal.get(lang)
        return f"{short}{rules.comma}{etal}" if etal else f"{short} {ETAL_DEFAULT}"
    return short
