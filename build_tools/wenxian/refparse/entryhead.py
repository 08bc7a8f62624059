"""The head of a reference list's entry — its authors' names and its year — read from the entry's
raw text, whatever its style.

The list readers (:mod:`wenxian.refparse`) type an entry when they know its style; an entry of a style
they do not know stays verbatim, and a typed entry may have its names or year read wrong. A text
cites by names and year only, so the linker needs no more than the head: the names before the
year (or before the title, where a list puts the year after the journal), in their order, and the year
with its a/b, or the words of a work not yet dated (``n.d.``, ``in press``, ``forthcoming``, ``待刊``).

Read without a style: the text before the year is cut at the separators of names in any style
(``,`` ``;`` ``、`` ``and`` ``&`` ``和`` …); initials (``J.``, ``AK``, ``M.-J.``), editors' words and
``et al.``/``等`` are dropped; what is left are the names as printed — a Western person's family name
(particles kept; a given name written out stays beside it, which :func:`follows` tolerates), a
Chinese name or a body's name whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wenxian.namekeys import NATION, PARTICLE, family_key, half_width, unpad

_HAN = r"[\u3400-\u9fff]"
# A work accepted, not yet published, in Chinese where its year would stand: 待刊 (to appear), and the Chinese
# APA's 印刷中 / 出版中 (in press, Taiwan's and the mainland's). The one list every reader of lists and
# citations draws on (entry heads here, citematch, listcut, otherstyles, reading, the importer's author-year).
IN_PRESS_ZH = ("待刊", "印刷中", "出版中")
IN_PRESS_ZH_RE = "|".join(IN_PRESS_ZH)
# A year with its a/b ("2016a", "(2016b)", "2016a."), not inside a longer number or before a word.
_YEAR = re.compile(r"(?<![\d/])((?:1[5-9]|20)\d\d)([a-z])?(?![\d])(?![a-z]{2})")
# A work not yet dated, where its year stands (capitalised as a sentence of its own in Chicago).
_UNDATED = re.compile(r"(?<![^\W\d_])(?:n\.\s?d\.|(?i:in\s+press|forthcoming|o\.\s?J\.|s\.\s?f\.|s\.\s?d\.)|" + IN_PRESS_ZH_RE + ")")
# A label before the entry ("[12]", "12.", "［3］").
_LABEL = re.compile(r"^\s*(?:[\[［【]\s*\d{1,4}\s*[\]］】]|\d{1,4}\s*[.)、．])\s*")
# Where the title starts, when the year comes after it: a quotation or book mark.
_TITLE_MARK = re.compile(r"[“\"《「『]")
# Between names: commas and semicolons of either width, 、, and the words for "and".
_SEPARATOR = re.compile(r"\s*(?:[,，;；、]|(?<=\s)(?:and|&|und|y|et|e)(?=\s)|&)\s*|(?<=" + _HAN + r")[和与及](?=" + _HAN + ")")
# Words that are no name: "et al.", 等, editors' marks, "others".
_NOT_NAME = re.compile(r"(?i)^(?:et\s*al\.?|etal\.?|u\.\s?a\.|others|等人?|[(（\[]?(?:eds?|hrsg|dir|coord|comp)s?\.?[)）\]]?|"
                       r"[(（]?[主]?编[)）]?|in|with)$")
_HAN_STOP = re.compile(rf"(?<={_HAN})[.．。]")
_EDITED = re.compile(rf"(?<={_HAN}{{2}})(?:主编|编著|编)$")
_OTHERS = re.compile(r"(?i)(?:\bet\s*al\b|等|\bu\.\s?a\.|\bothers\b)")
# Initials: "J.", "J", "AK", "M.-J.", "J.-W.", and GB/T's capitals "A K".
_INITIALS = re.compile(r"^(?:[A-Z]\.?-?){1,3}\.?$")


@dataclass(frozen=True)
class Head:
    names: tuple[str, ...]  # as printed, in their order (family names, Chinese names, bodies)
    year: str  # "2016", "n.d." or "in press"; "" when none was found
    suffix: str = ""  # the a/b printed after the year
    others: bool = False  # the list printed et al./等


def _clean(text: str) -> str:
    text = unpad(half_width(text)) if text else ""
    text = _LABEL.sub("", text)
    return NATION.sub("", text)


def _names(region: str) -> tuple[tuple[str, ...], bool]:
    """The names of the text before an entry's year (see the module's doc)."""
    others = bool(_OTHERS.search(region))
    names: list[str] = []
    mixed = bool(re.search(r"[a-z]", region))  # names in mixed case: a word of capitals alone is initials
    for chunk in _SEPARATOR.split(region):
        chunk = chunk.strip(" .()[]（）［］:：")
        words = [w for w in re.split(r"\s+", chunk) if w and not _NOT_NAME.match(w)]
        if len(words) == 1:
            kept = [] if _INITIALS.match(words[0]) and mixed else words  # "Smith, J.": a given name's
        elif not mixed:
            # GB/T's capitals, the family name first ("KIM J", "VAN DER BERG P", "LI X Y"): its particles
            # and the word after them; the initials after it go
            lead = 0
            while lead < len(words) - 1 and re.fullmatch(PARTICLE, words[lead].lower()):
                lead += 1
            kept = words[:lead + 1] + [w for w in words[lead + 1:] if not _INITIALS.match(w)]
        else:  # "Brown AK", "J. Smith", "Ken Tanaka", "van der Berg P": initials go
            kept = [w for w in words if not _INITIALS.match(w)]
        if kept and all(re.fullmatch(PARTICLE, w.lower()) for w in kept):
            continue  # a particle after the initials ("Berg, P. van der & Jansen, E."): the name's, no name
        name = " ".join(kept).strip(" .")
        # an editor's word set against a Chinese name or a body's ("国务院…办公室编（2022）", "张三主编")
        name = _EDITED.sub("", name)
        if name and not _NOT_NAME.match(name) and re.search(r"[^\W\d_]", name):
            names.append(name)
    return tuple(names), others


def entry_head(text: str) -> Head:
    """The names and year an entry's raw text opens with (or gives before its title)."""
    text = _clean(text)
    year = _YEAR.search(text)
    undated = _UNDATED.search(text)
    if undated and (year is None or undated.start() < year.start()):
        word = undated.group(0).lower()
        value = "n.d." if word.startswith(("n", "o", "s")) else "in press"
        region, year_text, suffix = text[:undated.start()], value, ""
        letter = re.match(r"-([a-z])\b", text[undated.end():])
        suffix = letter.group(1) if letter else ""
    elif year is not None:
        region, year_text, suffix = text[:year.start()], year.group(1), year.group(2) or ""
    else:
        return Head((), "")
    title = _TITLE_MARK.search(region)
    if title:  # the year after the title and the journal (经济学（季刊）, econ.bst): the names before it
        region = region[:title.start()]
    # a Chinese name ends at a full stop (GB/T's "黎雨桐. 题名[M]. 出版地: 出版者, 2014."): the names before it
    region = _HAN_STOP.split(region, 1)[0]
    names, others = _names(region)
    return Head(names, year_text, suffix, others)


def _same_name(cited: str, printed: str) -> bool:
    """A cited name is a printed one: the same, or its first or last word (a family name beside a
    given name written out, "Ken Tanaka"; a particle's name, "van der Berg" for "Berg")."""
    c, p = family_key(half_width(cited)), family_key(printed)
    if not c or not p:
        return False
    if c == p:
        return True
    words, cited_words = p.split(), c.split()
    if len(cited_words) > 1 and cited_words[-1] == p and all(re.fullmatch(PARTICLE, w) for w in cited_words[:-1]):
        return True  # "van der Berg" for a list that puts the particle after the initials ("Berg, P. van der")
    return len(words) > 1 and c in (words[0], words[-1], " ".join(words[-len(cited_words):]))


def follows(cited: tuple[str, ...] | list[str], head: Head) -> bool:
    """Whether the cited names are the head's: the first its first, each later one a later name of
    the head, in order (a given name written out between two family names is passed over)."""
    if not cited or not head.names or not _same_name(cited[0], head.names[0]):
        return False
    at = 1
    for name in cited[1:]:
        while at < len(head.names) and not _same_name(name, head.names[at]):
            at += 1
        if at >= len(head.names):
            return False
        at += 1
    return True
