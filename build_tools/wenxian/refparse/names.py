"""Reading a GB/T 7714 list of names into pybtex persons.

Chinese (and Japanese, Korean) names stay whole: ``马克思`` is one family
name. Western personal names are printed "FAMILY I I" (2015) or
"Family I I" (2025) and become ``Family, I. I.``; an all-capital family name
is given its usual capitalisation (the 2015 edition's capitals carry no case
information). Anything else is a corporate author and is braced so that
BibTeX never splits it. "等" / "et al." become pybtex's ``others``.
"""

from __future__ import annotations

import re

from pybtex.database import Person

from wenxian.errors import WenxianError
from wenxian.cjk import has_cjk

OTHERS = frozenset({"等", "et al", "et al.", "etal", "等人", "и др", "и др.", "ほか", "他"})
LINEAGE = re.compile(r"^(Jr|Sr|II|III|IV)\.?$")
CORPORATE_SUFFIX = re.compile(r"^(Inc|Ltd|Co|LLC|Corp|GmbH|AG|S\.A)\.?$")
ABBREVIATED = frozenset({"Jr", "Sr", "Inc", "Ltd", "Co", "Corp"})
_CAPS_FULL = re.compile(r"^(?P<family>[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+)*)\s+(?P<given>[A-Z][a-z]+(?:[\s\-][A-Z][a-z]+)*)$")
_SPLIT = re.compile(r"\s*[,，、]\s*")
# Words that make a name a body's, not a person's ("USTC TEX User Group" is no "LI Jiangning").
_CORPORATE_WORD = re.compile(r"\b(?:Group|Project|Team|Society|Association|Committee|Council|Consortium"
                             r"|Foundation|Institute|University|College|Center|Centre|Laboratory|Office"
                             r"|Department|Agency|Organi[sz]ation|Press|Library)\b")
# A Chinese name followed by its Latin form in parentheses ("刘庆（Eric Q L）", "李泽平（Zeping L）").
_ALIAS = re.compile(r"^(?P<name>[^\W\d_A-Za-z][^()（）A-Za-z]*?)\s*[(（](?P<alias>[A-Za-z][A-Za-z .’'\-]*?)\s*[)）]$")


def name_aliases(block: str) -> list[str] | None:
    """The Latin forms printed after every Chinese name of ``block`` ("刘庆（Eric Q L）"), or None
    when some name has none: the names are read without them (:func:`person`) and the caller
    keeps them where translated names go; with only some names aliased, they stay in the names."""
    names = [p for p in _SPLIT.split(block.strip()) if p and p not in OTHERS and p.rstrip(".") not in OTHERS]
    found = [_ALIAS.match(n) for n in names]
    if not found or not all(m and has_cjk(m.group("name")) for m in found):
        return None
    return [m.group("alias") for m in found]


def _family_case(family: str) -> str:
    letters = [c for c in family if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return re.sub(r"[A-Za-z]+", lambda m: m.group(0).capitalize(), family)
    return family


def _is_initial(token: str) -> bool:
    """"P", "P.", "J-L", "J.-L.", packed "D.E." — capital letters, each alone."""
    letters = [c for c in token if c not in ".-"]
    return bool(letters) and all(c.isalpha() and c.isupper() for c in letters) and all(
        len(part) == 1 for part in re.split(r"[.\-]+", token) if part
    )


_PARTICLES = frozenset({"van", "von", "de", "des", "der", "den", "du", "da", "di", "dos", "del", "la", "le",
                        "ten", "ter"})


def _split_initials(name: str) -> tuple[str, str] | None:
    """("Family Name", "I I") for "Family Name I I" (any script), else None."""
    tokens = name.split()
    n = len(tokens)
    while n > 1 and _is_initial(tokens[n - 1]):
        n -= 1
    family = tokens[:n]
    if n == len(tokens) or not family:
        return None
    for k, word in enumerate(family):
        if k < len(family) - 1 and word in _PARTICLES:
            continue  # "des Marais D J", "van Leeuwen P W": a particle before the family name
        if len(word) < 2 or not word[0].isupper() or not all(
            c.isalpha() or c in "'’-" for c in word
        ):
            return None
    return " ".join(family), " ".join(tokens[n:])


def _initials(given: str) -> str:
    letters = re.findall(r"[^\W\d_]|[\s\-]", given)
    out = ""
    for char in letters:
        if char == "-":
            out += "-"
        elif char.isspace():
            continue
        else:
            out += ("" if not out or out.endswith("-") else " ") + char + "."
    return out


_LETTER_SPACED = re.compile(r"^([\u3400-\u9fff])[\s\u3000]+([\u3400-\u9fff])$")


def person(name: str) -> Person:
    """One printed name as a pybtex person (see the module docstring)."""
    name = name.strip()
    if has_cjk(name):
        name = _LETTER_SPACED.sub(r"\1\2", name)  # "陈  亮": a two-character name set three wide
        if re.search(r"[\s,{}]", name):
            return Person("{" + name.replace("{", "").replace("}", "") + "}")
        return Person(name)
    split = _split_initials(name)
    if split:
        family, given = split
        return Person(last=_family_case(family), first=_initials(given))
    m = _CAPS_FULL.match(name)
    if m and not _CORPORATE_WORD.search(name):
        # A full given name printed in full ("LI Jiangning") is kept from being
        # abbreviated the way the standard's examples do it.
        return Person(last=_family_case(m.group("family")),
                      first="{\\relax " + m.group("given") + "}")
    return Person("{" + name.replace("{", "").replace("}", "") + "}")


# BibTeX's own form of a name, which styles that print the .bib's names as they are give in a GB/T list
# ("Knuth, Donald", "Komine, Toshihiko and Nakagawa, Masao"): family, a comma, given names in full.
_BIBTEX_NAME = re.compile(r"[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?,\s[A-Z][a-z]+(?:[\s\-](?:[A-Z][a-z]+|[A-Z]\.))*")


def _bibtex_names(block: str) -> list[Person] | None:
    """The persons of a block of names in BibTeX's form joined by "and" (a GB/T name has initials, never
    a given name in full after a comma), or None when the block is not all in that form."""
    pieces = re.split(r"\s+and\s+", block.strip())
    if has_cjk(block) or not all(_BIBTEX_NAME.fullmatch(p) for p in pieces):
        return None
    return [Person(p) for p in pieces]


# A Western name with its initials first ("D. P. Carlisle", "P. van Oostrum"), as biblatex's GB/T styles
# print English names.
_GIVEN_INITIALS_FIRST = re.compile(r"(?:[A-Z]\.\s?(?:-\s?[A-Z]\.\s?)?)+\s?(?:[a-z]+\s)*[A-Z][^\W\d_]+(?:[-'’][A-Z]?[^\W\d_]+)*")


def parse_names(block: str, *, where: int = 0, line: str = "") -> list[Person]:
    """The persons of an author (or editor, translator) block.

    ``where`` is the column of the block in the line, for error messages.
    """
    if (bibtex := _bibtex_names(block)) is not None:
        return bibtex
    parts = []
    aliased = name_aliases(block) is not None  # then each Latin form is kept apart by the caller
    for piece in (p for p in _SPLIT.split(block.strip()) if p):
        if aliased and (alias := _ALIAS.match(piece)):
            piece = alias.group("name")
        pair = re.fullmatch(r"(.+?)\s+and\s+(.+)", piece)
        joined = re.fullmatch(r"(.+?)\s*&\s*(.+)", piece)
        if pair and (all(_split_initials(side) for side in pair.groups())
                     or all(_GIVEN_INITIALS_FIRST.fullmatch(side) for side in pair.groups())):
            parts.extend(pair.groups())  # "Mittelbach F and Goossens M", "D. P. Carlisle and S. Rahtz": two names
        elif joined and all(has_cjk(side) for side in joined.groups()):
            parts.extend(joined.groups())  # "张胜涛 & 王忆波" (a bibliography style's "&" between Chinese names)
        else:
            parts.append(piece)
    parts = _pair_inverted(parts)
    people: list[Person] = []
    pending: list[str] = []  # names with a lineage/corporate suffix still to attach
    others = False
    for part in parts:
        if others:
            raise WenxianError(
                f"unexpected name {part!r} after 'et al.'/'等' in {block!r}",
                column=where + 1,
                hint="'等' or 'et al.' ends a list of names",
            )
        if part in OTHERS or part.rstrip(".") in OTHERS:
            others = True
            continue
        tail = re.match(r"^(.*?\S)\s*(?:et al\.?|等)$", part)
        if tail and (not part.endswith("等") or has_cjk(tail.group(1))) and len(tail.group(1)) > 1:
            pending.append(tail.group(1))
            others = True
            continue
        if (LINEAGE.match(part) or CORPORATE_SUFFIX.match(part)) and pending:
            if part in ABBREVIATED:  # the area's closing period ate the abbreviation's
                part += "."
            pending[-1] = f"{pending[-1]}, {part}"
            continue
        pending.append(part)
    for name in pending:
        people.append(_with_suffix(name))
    if not people and not others:
        raise WenxianError(f"empty list of names {block!r}", column=where + 1)
    if others:
        people.append(Person("others"))
    return people


def _only_initials(piece: str) -> bool:
    tokens = piece.split()
    return bool(tokens) and all(_is_initial(t) for t in tokens)


def _pair_inverted(parts: list[str]) -> list[str]:
    """``["PHiLiPPE", "B.", "JEAN", "T."]`` → ``["PHiLiPPE B.", "JEAN T."]``.

    Some lists print each name "FAMILY, I." and also separate the names with commas, so the
    comma between a family name and its initials looks like the one between two names. The
    evidence is weighed over the whole list: a GB/T name is never initials alone, so when
    every piece that is only initials ("B.", "G. W.", "А. В.") follows a family name that has
    none of its own, and such pairs make up the list (an even count of names before "et al."),
    each pair is one name. Otherwise the pieces are left as they are.
    """
    names = [p for p in parts if p not in OTHERS and p.rstrip(".") not in OTHERS]
    if len(names) < 2 or not any(_only_initials(p) for p in names):
        return parts
    out: list[str] = []
    k = 0
    while k < len(parts):
        piece = parts[k]
        nxt = parts[k + 1] if k + 1 < len(parts) else None
        if nxt is not None and _only_initials(nxt) and not _only_initials(piece) and not has_cjk(piece) \
                and _split_initials(piece) is None and piece not in OTHERS:
            out.append(f"{piece} {nxt}")
            k += 2
            continue
        if _only_initials(piece):
            return parts  # initials after a name that has its own, or first: not this form
        out.append(piece)
        k += 1
    return out


def _lineage_last(name: str) -> str:
    """"Von Peebles P Z Jr." → "Von Peebles P Z, Jr.": a lineage printed after the initials."""
    head, _, last = name.rpartition(" ")
    if head and LINEAGE.match(last) and _split_initials(head):
        return f"{head}, {last}"
    return name


def _with_suffix(name: str) -> Person:
    name = _lineage_last(name)
    base, _, suffix = name.partition(", ")
    if suffix and LINEAGE.match(suffix):
        p = person(base)
        if p.first_names:
            return Person(last=" ".join(p.last_names), first=" ".join(p.first_names),
                          lineage=suffix.rstrip(".") + ".")
    return person(name)
