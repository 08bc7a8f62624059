"""Author lists as APA, Chicago, Vancouver and publisher styles print them.

``Chen, L., Wang, H. and Li, Q.`` / ``Acemoglu, D., & Restrepo, P.`` (family,
initials), ``Chen, Lei, Hao Wang, and Qi Li`` (Chicago: the first inverted),
``Zhang Y, Li X, et al`` (Vancouver), ``张三, 李四`` (CJK names whole). Returns
pybtex persons, or None when the list does not read as names.
"""

from __future__ import annotations

import re

from pybtex.database import Person

from wenxian.cjk import has_cjk
from wenxian.refparse.names import parse_names
from wenxian.refparse.fragments import LATIN_CAPITALS, LATIN_SMALL

_INITIALS = re.compile(r"^(?:[A-ZА-ЯЁ](?:\.\s?-?\s?|-|$))+$")  # "L.", "C. T.", "G.M.", "J.-L.", "Ж.-Ф."
_SPACED_INITIALS = re.compile(r"[A-Z](?:\s[A-Z])+")  # "Babich, L P" (MLA as biblatex-mla prints bare initials)
# A group named after persons, lower-case "the" first: "the members of Midwifery Science Work Group".
_GROUP_AFTER = re.compile(r"the\s(?:members\sof\s(?:the\s)?)?[A-Z][\w\-]*(?:\s(?:[A-Z][\w\-]*|of|and|for|on|the))*")
_PACKED = re.compile(r"^[A-Z]{1,3}$")  # Vancouver: "RC"
_AND = re.compile(r"\s*(?:,?\s*(?:\band\b|&)\s+|\s*[;；]\s*)")
_ETAL = re.compile(r"(?:,?\s*(?:et\s*al\.?|等人?))\s*$", re.IGNORECASE)
_WORD = re.compile(r"^[A-Z][A-Za-z'’\-]+(?:\s(?:van|von|de|der|da|di|la|le|du|dos|del)\b)*$")
# A name printed given name first with its family name's lower-case particles ("H. van der Berg",
# "Suresh de Mel"): the particles go with the family name.
_GIVEN_PARTICLE_FAMILY = re.compile(
    r"(?P<given>(?:[A-Z]\.\s?-?\s?)+|[A-Z][a-z]+(?:\s[A-Z][a-z]+|\s[A-Z]\.)*)\s+"
    r"(?P<family>(?:(?:van|von|de|der|den|du|da|di|del|dos|le|la|ten|ter)\s+)+[A-Z][^\W\d_]*(?:[\-’'][A-Z]?[^\W\d_]+)*)")
_LINEAGE = re.compile(r"(?:Jr|Sr)\.?|II|III|IV")
_PARTICLE_WORDS = frozenset({"van", "von", "de", "der", "da", "di", "la", "le", "du", "dos", "del", "De",
                             "Van", "Von", "Le", "La", "Du", "Da", "Di", "Del"})
_BODY_WORDS = frozenset({"of", "the", "for", "on", "in", "and", "de", "du", "des", "la", "le", "für"})
# The last words of bodies' names: a name given first ending so is a body's, not a person's ("American Psychological
# Association", "International Standards Organisation", "Adobe Systems Inc.").
_BODY_NOUNS = frozenset({"Group", "Project", "Team", "Society", "Press", "Association", "Organisation", "Organization",
                         "Institute", "Corporation", "Committee", "Council", "Foundation", "Consortium", "Inc.", "Inc",
                         "Ltd.", "Ltd"})
_LETTERS = re.compile(r"(?:[^\W\d_]|['’\-])+")  # a word of a name, accented letters too ("Peñacoba-Puente")


def _initials(text: str) -> str:
    letters = re.findall(r"[A-ZА-ЯЁ]", text)
    hyphen = "-" in text
    return ("-" if hyphen and len(letters) == 2 else " ").join(f"{c}." for c in letters)


# Given names in full after an inverted family name ("Chen, Lei", "Brainard, S. Lael", "JoAnn", accented:
# "Rychlík, Tomáš", "García, José").
_GIVEN_NAMES = re.compile(rf"(?:[{LATIN_CAPITALS}]\.\s)?[{LATIN_CAPITALS}][{LATIN_SMALL}]+(?:[{LATIN_CAPITALS}][{LATIN_SMALL}]+)?"
                          rf"(?:[\s\-][{LATIN_CAPITALS}][{LATIN_SMALL}]*\.?)*(?:\s[{LATIN_CAPITALS}]\.?)?")


def _family(text: str) -> bool:
    words = text.split()
    return bool(words) and all(w[:1].isupper() or re.match(r"[dl][’'][A-Z]", w) or w in (
        "van", "von", "de", "der", "da", "di", "la", "le", "du", "dos", "del") for w in words) and all(
        _LETTERS.fullmatch(w) for w in words)


# A body's name of capitalised words joined by "of"/"for"/"on"/"the" and holding "and"
# ("Organisation for Economic Co-operation and Development", "Department of Health and Social Care"):
# one name, not two persons split at "and".
_LONG_BODY = re.compile(r"(?=.*\s(?:of|for|on|the)\s)[A-Z][a-z]+(?:\s(?:(?:of|for|on|and|the)\s)*[A-Z][A-Za-z\-]+){2,7}")


_INCORPORATED = re.compile(r"([A-Z][^,]{1,60}?)(?:,\s*|\s+)(Inc|Ltd|Corp|LLC|GmbH)\.?")
_FAMILIES_ONLY = re.compile(r"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?(?:,\s*[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)+,\s*&\s*[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?")


# A particle printed with its capital between a name's given names and its family name ("A. De Marco", "Ursula K. Le
# Guin", "J. Van Zandt"): the family name's first word, as Italian, Dutch and French names print it (BibTeX's rule
# takes a capitalised word for a given name).
_CAPITAL_PARTICLE = re.compile(r"(?:De|Di|Da|Del|Della|Dos|Du|Des|Van|Von|Le|La|Ten|Ter)")


def parse_author_list(text: str, given_first: bool = False) -> list[Person] | None:
    """The persons of a list of names (:func:`_parse_author_list`), a capitalised particle before a family name given
    to it."""
    people = _parse_author_list(text, given_first)
    for person in people or []:
        first = person.first_names
        if len(first) >= 2 and _CAPITAL_PARTICLE.fullmatch(first[-1]) and person.last_names and not person.prelast_names:
            person.last_names.insert(0, first.pop())
    return people


def _parse_author_list(text: str, given_first: bool = False) -> list[Person] | None:
    """``given_first``: the style prints every name given name first (BibTeX's plain), so a lone
    "Leslie Lamport" is a person's name, not a body's."""
    text = text.strip().rstrip(".,").strip()
    if not text:
        return None
    # What a style prints in brackets after a name is no name: a real name after a pen name
    # ("Stendhal [Marie Henri Beyle]"), a handle or a place ("Souza, Pete (@petesouza)").
    text = re.sub(r"\s*(?:\[[^\[\]]{1,60}\]|\((?!\s*(?:Eds?|eds?)\.)[^()]{1,60}\))(?=\s*(?:,|$|\band\b|&))", "", text)
    others = bool(_ETAL.search(text))
    text = _ETAL.sub("", text).strip().rstrip(",")
    text = re.sub(r",?\s*(?:…|\.\.\.)\s*", ", ", text)  # APA 7: the first 19, "…", the last
    if has_cjk(text):
        # Chinese names in a Western style are joined by its words ("刘建国 and 周丽", "张三, 李明, & 陈静",
        # a reference manager's English style over Chinese items): the words separate names as commas do.
        if not re.search(r"[A-Za-z]{2,}", _AND.sub(", ", text)):
            text = _AND.sub(", ", text)
        try:
            people = parse_names(text)
        except Exception:  # noqa: BLE001 - a list that is not names is reported by the caller
            return None
        return people + ([Person("others")] if others and not any(str(p) == "others" for p in people) else [])
    if body := _INCORPORATED.fullmatch(text):
        # A company's name with its legal form after a comma ("Canarie, Inc.", "Adobe Systems, Inc."): one body, not
        # the family "Canarie" with the given name "Inc" (the form's period is the abbreviation's, kept)
        return [Person("{" + body.group(1) + ", " + body.group(2) + ".}")]
    if _LONG_BODY.fullmatch(text):
        return [Person("{" + text + "}")]  # one body whose name holds "and" ("Organisation for … and Development")
    families = _FAMILIES_ONLY.fullmatch(text)
    if families and not given_first:
        # Family names alone, one word each, with APA's ", &" before the last ("Bradley, Ramirez, & Soo", as a list
        # names a work it knows only by its authors' families): read as "Family, Given" pairs, the last person would
        # straddle the "&" — each is a family name.
        return [Person(last=name.strip()) for name in re.split(r",\s*(?:&\s*)?", text)] + (
            [Person("others")] if others else [])
    pieces = [p.strip() for p in re.split(r",\s*", _AND.sub(", ", text)) if p.strip()]
    people = _read_pieces(pieces, others, given_first)
    if people is None:
        return None
    if others:
        people.append(Person("others"))
    return people or None


def _lineage(piece: str) -> tuple[str, str]:
    """("A. J. Arduengo", "III") for "A. J. Arduengo III"; (piece, "") without a lineage."""
    head, _, last = piece.rpartition(" ")
    if head and _LINEAGE.fullmatch(last):
        return head, last.rstrip(".") + ("." if last.startswith(("Jr", "Sr")) else "")
    return piece, ""


def _read_pieces(pieces: list[str], others: bool, given_first: bool = False) -> list[Person] | None:
    people: list[Person] = []
    lineages: list[str] = []
    bare: list[str] = []
    for piece in pieces:
        if _LINEAGE.fullmatch(piece) and bare:
            lineages[-1] = _lineage("x " + piece)[1]  # "Lucas, Robert E., Jr.": the lineage as a piece of its own
            continue
        if piece.rstrip(".") == "V" and len(bare) >= 2 and re.search(r"[a-z]{2}", bare[-1]) and _family(bare[-2]):
            # ...and "Lienhard, John H., V." (ASME's): after given names in full "V" is no initial (one would
            # stand before a family name), but the fifth of the name
            lineages[-1] = "V"
            continue
        name, lineage = _lineage(piece)
        bare.append(name)
        lineages.append(lineage)
    read = _read_names(bare, others, given_first)
    if read is None:
        return None
    people, starts = read
    for j, person in enumerate(people):
        end = starts[j + 1] if j + 1 < len(starts) else len(bare)
        found = [lineages[k] for k in range(starts[j], end) if lineages[k]]
        if found:
            person.lineage_names.append(found[0])
    return people


def _read_names(pieces: list[str], others: bool, given_first: bool = False) -> tuple[list[Person], list[int]] | None:
    """The persons of the pieces, and the piece each one starts at."""
    starts: list[int] = []
    people: list[Person] = []
    inverted = 0  # names read "Family, Given" (given names in full)
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        if nxt is not None and _family(piece) and (_INITIALS.match(nxt) or _SPACED_INITIALS.fullmatch(nxt)):
            starts.append(i)
            people.append(Person(last=piece, first=_initials(nxt)))  # Chen, L.
            i += 2
            continue
        words = piece.split()
        # (initials with or without their points: IOP's "Dirac P A M", MNRAS's "Smith A. B.")
        run = len(words) - next((k for k in range(len(words) - 1, -1, -1) if not re.fullmatch(r"[A-Z]\.?", words[k])), -1) - 1
        if run >= 2 and len(words) > run and _family(" ".join(words[:-run])):
            starts.append(i)
            people.append(Person(last=" ".join(words[:-run]), first=_initials(" ".join(words[-run:]))))  # IOP: Dirac P A M
            i += 1
            continue
        if len(words) >= 2 and (_INITIALS.match(words[-1]) or _PACKED.match(words[-1])) \
                and _family(" ".join(words[:-1])):
            starts.append(i)
            people.append(Person(last=" ".join(words[:-1]), first=_initials(words[-1])))  # Zhang Y
            i += 1
            continue
        # The first name inverted, or every name (the Oxford style: "Brady, Thomas A., Oberman, Heiko
        # A., and Tracy, James D."): a family name of one word after a name so inverted. The given names
        # may open with an initial ("Brainard, S. Lael").
        every = bool(people) and len(words) == 1 and inverted == len(people)
        if (not people or every) and nxt is not None and _family(piece) and re.fullmatch(
                _GIVEN_NAMES, nxt) and not (
                len(words) >= 2 and len(nxt.split()) >= 2 and words[0] not in _PARTICLE_WORDS):
            # Chicago: Chen, Lei (a given name may have a capital inside: "JoAnn") — but not "Karl Berry, Jim Hefferon": two names printed given
            # name first (a family name of two words is rare; both parts of two words, rarer).
            starts.append(i)
            people.append(Person(last=piece, first=nxt))  # Chicago: Chen, Lei
            inverted += 1
            i += 2
            continue
        if len(words) >= 2 and _family(words[-1]) and _INITIALS.match(" ".join(words[:-1])):
            starts.append(i)
            people.append(Person(last=words[-1], first=_initials(" ".join(words[:-1]))))  # IEEE: P. Hedelin
            i += 1
            continue
        particle = _GIVEN_PARTICLE_FAMILY.fullmatch(piece)
        if particle and (people or _INITIALS.match(particle.group("given"))):
            starts.append(i)
            people.append(Person(last=particle.group("family"), first=particle.group("given")))  # H. van der Berg
            i += 1
            continue
        if people and len(words) >= 2 and _family(words[-1]) and all(w[:1].isupper() for w in words[:-1]):
            starts.append(i)
            people.append(Person(last=words[-1], first=" ".join(words[:-1])))  # Hao Wang
            i += 1
            continue
        if len(words) >= 2 and _family(words[-1]) and all(w[:1].isupper() for w in words[:-1]) and any(
                re.fullmatch(r"[A-Z]\.", w) for w in words[:-1]):
            starts.append(i)
            people.append(Person(last=words[-1], first=" ".join(words[:-1])))  # Paul W. Abrahams
            i += 1
            continue
        if len(words) >= 2 and words[0][:1].isupper() and words[-1][:1].isupper() and all(
                w[:1].isupper() or w in _BODY_WORDS for w in words):
            starts.append(i)
            people.append(Person("{" + piece + "}"))  # World Health Organization, University of Chicago Press
            i += 1
            continue
        if people and _GROUP_AFTER.fullmatch(piece):
            starts.append(i)
            people.append(Person("{" + piece + "}"))  # APA: "…, & the members of Midwifery Science Work Group"
            i += 1
            continue
        if len(pieces) == 1 and len(words) == 1 and _LETTERS.fullmatch(piece) and piece[:1].isupper() \
                and not others:
            starts.append(i)
            people.append(Person("{" + piece + "}"))  # a pen name or a body alone ("Stendhal", "W3C")
            i += 1
            continue
        return None
    # "Michel Goossens, Sebastian Rahtz and Frank Mittelbach": the first name, read as a body's
    # because no person came before it, is a person's like the others printed given name first
    # (so is a lone one in a style that prints every name so).
    if (len(people) > 1 or given_first) and people and str(people[0]).startswith("{") and all(
            p.first_names and not str(p).startswith("{") for p in people[1:]):
        words = str(people[0]).strip("{}").split()
        if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not any(
                w.lower() in _BODY_WORDS or w.capitalize() in _BODY_NOUNS
                for w in words):  # "THE LATEX PROJECT", in capitals, too
            people[0] = Person(last=words[-1], first=" ".join(words[:-1]))
    return people, starts
