"""MLA 9 (the MLA Handbook's "Works Cited"; biblatex-mla prints it).

An entry is its names, the title of the source, then the container's elements set off by commas
and closed by a period — the container's title, other contributors, version, number, publisher,
date, location::

    Askme, Donna. “Elaborate Article.” Journal of Translated Articles, vol. 29, Sept. 2006, pp. 12–19.
    Allen, Anita L. “Privacy in Health Care.” Encyclopedia of Bioethics, edited by Warren T. Reich,
        Rev. ed., 5 volumes, MacMillan-Simon, 1995.
    Austen, Jane. Sense and Sensibility. Edited by Claudia Johnson, Norton, 2001.
    Baker, Russell, editor. The Norton Book of Light Verse. Norton, 1986.
    Langhamer, Claire. “Love and Courtship.” Historical Journal, vol. 50, no. 1, 2007, pp. 173-96. ProQuest,
        doi:10.1017/S0018246X06005966.

The first name is inverted, the others given name first ("Appiah, Kwame Anthony, and Henry Louis
Gates, Jr., editors."); "et al." after the first for three and more. A title in quotation marks
(its period inside them) is a part of the container (an article, a chapter); a title without them
is the whole work (a book), whose first element is then its publisher — unless the elements
number it ("vol.", "no.", "pp."): then it is a journal's special issue. A place of publication
("Place: Publisher") is not MLA's (Chicago's, read elsewhere): such a line is not read here.
"""

from __future__ import annotations

import re

from wenxian.refparse.spans import Spans
from wenxian.refparse.styles.common import MONTH, PAGES, UNTIL_STOP, YEAR

_ROLE = r"(?:,\s*(?P<role>editors?|translators?|compilers?))?"
# Names, then the title in quotation marks ("“Title.”", the period inside) or not (up to its period).
QUOTED = re.compile(rf"^(?P<author>[^“”\"\d]+?){_ROLE}\.\s+[“\"](?P<title>[^“”\"]+?[?!]?),?\.?[”\"]\s*(?P<rest>.*)$")
# A work without names begins with its title ("“Azimuthal Equidistant Projection.” Merriam-Webster’s …").
UNSIGNED = re.compile(r"^[“\"](?P<title>[^“”\"]+?[?!]?)\.?[”\"]\s*(?P<rest>.+)$")
PLAIN = re.compile(rf"^(?P<author>(?![^.]*\d){UNTIL_STOP}){_ROLE}(?<!\b[A-Z])\.\s+(?!(?:1[5-9]|20)\d\d[a-z]?\.|n\.\s?d\.)(?P<title>{UNTIL_STOP})(?<!\b[A-Z])[.?!]\s+(?P<rest>.+)$")
# A contributor's sentence before the container ("Translated by Margaret Sayers Peden.").
_CONTRIBUTOR_SENTENCE = re.compile(rf"^(?P<role>Translated|Edited|Introduced|Compiled)\s+by\s+(?P<who>{UNTIL_STOP})(?<!\b[A-Z])\.\s+")
_CONTRIBUTOR = re.compile(r"^(?P<role>[Ee]dited|[Tt]ranslated|[Ii]ntroduced|[Cc]ompiled|[Nn]arrated|[Dd]irected)?\s*by\s+(?P<who>.+)$")
_VOLUME = re.compile(r"^vol\.\s*(?P<volume>\d+[A-Za-z]?)$")
_NUMBER = re.compile(r"^no\.\s*(?P<issue>\d+[A-Za-z]?(?:[-–/]\d+)?)$")
_PAGES = re.compile(rf"^pp?\.\s*{PAGES}$")
_EDITION = re.compile(r"^(?P<edition>\d+(?:st|nd|rd|th)|Rev\.|Revised|Expanded|Updated)\s+ed\.$")
_VOLUMES = re.compile(r"^\d+\s+(?:volumes|vols\.)$")
_DATE = re.compile(rf"^(?:\d{{1,2}}\s+)?(?:(?:{MONTH}|Spring|Summer|Fall|Autumn|Winter)\s+)?(?:\d{{1,2}},?\s+)?{YEAR}$")
_ACCESSED = re.compile(r"\s*Accessed\s+\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}\.?\s*$")


# The names of a collection's editors, as a cross-reference prints them: "Oates and Atwan", "Colchie", "Baker".
_CROSS_REFERENCE = re.compile(r"[A-Z][^\W\d_]+(?:[\-’'][^\W\d_]+)?(?:(?:,\s|\sand\s)[A-Z][^\W\d_]+(?:[\-’'][^\W\d_]+)?){0,2}")
_ABBREVIATIONS = frozenset({"vol", "no", "pp", "p", "ed", "rev", "vols", "jan", "feb", "mar", "apr", "jun", "jul",
                            "aug", "sep", "sept", "oct", "nov", "dec", "jr", "sr", "st", "univ"})


def _elements(rest: str) -> list[str] | None:
    """The container's elements, or None when ``rest`` is not one comma-separated sentence."""
    rest = _ACCESSED.sub("", rest.strip())
    rest = re.sub(r"[\s.]+$", "", rest)  # the closing period (and what a URL taken out left)
    if re.search(r"[“”\"]", rest):
        return None  # a quoted title after the one read: the head was not names and a title
    stops = [m.group(1) for m in re.finditer(r"(\S*)\.\s", rest)]
    if not rest or ":" in rest or any(not (re.fullmatch(r"[A-Z]", w) or w.lower() in _ABBREVIATIONS) for w in stops):
        return None  # a second sentence, or a place before a publisher: not MLA's container
    # "December 20, 1999": one date, its comma no element's end.
    rest = re.sub(rf"\b({MONTH}\s+\d{{1,2}}),\s+(?=(?:1[5-9]|20)\d\d\b)", r"\1 ", rest)
    return [e.strip() for e in re.split(r",\s+", rest) if e.strip()]


def read(text: str) -> Spans | None:
    for pattern in (QUOTED, PLAIN, UNSIGNED):
        m = pattern.match(text.strip())
        if not m:
            continue
        spans = {k: v.strip() for k, v in m.groupdict().items() if v and k != "rest"}
        rest = m.group("rest")
        contributor = _CONTRIBUTOR_SENTENCE.match(rest)
        if contributor:
            key = "translator" if contributor.group("role") == "Translated" else "editor"
            spans[key] = contributor.group("who")
            rest = rest[contributor.end():]
        found = _read_elements(rest, quoted=pattern is not PLAIN, spans=spans)
        if found is not None:
            if pattern is UNSIGNED:
                if found.get("form") or "container" not in found:
                    return None
                found["anonymous"] = "no author printed"  # MLA's work without names (reading.plausible)
            return found
    return None


# A second container after the first one's period: a database ("ProQuest", "JSTOR", "Project Muse"), its
# DOI or URL taken out before.
_SECOND_CONTAINER = re.compile(r"(?<=[\d\w])\.\s+(?P<database>[A-Z][\w&’'\-]*(?:\s[A-Z][\w&’'\-]*){0,3})\s*[,.]?\s*\.?\s*$")
# A location printed without its scheme, as MLA 9 prints addresses ("somanybooksblog.com/2013/02/25/…").
_BARE_URL = re.compile(r"^(?:www\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)+/\S*$")


def _read_elements(rest: str, *, quoted: bool, spans: Spans) -> Spans | None:
    second = _SECOND_CONTAINER.search(rest)
    if second:
        spans["note"] = second.group("database")
        rest = rest[:second.start() + 1]
    elements = _elements(rest)
    if elements and _BARE_URL.match(elements[-1].rstrip(".")):
        spans["url"] = elements.pop().rstrip(".")
    if not elements:
        return None
    unclassified: list[str] = []
    marker = False  # an element only MLA prints so: "vol.", "no.", "pp.", "edited by", "Rev. ed."
    for element in elements:
        for pattern, key in ((_VOLUME, "volume"), (_NUMBER, "issue"), (_PAGES, "pages"), (_EDITION, "edition")):
            m = pattern.match(element)
            if m:
                spans[key] = m.group(key)
                marker = True
                break
        else:
            if _VOLUMES.match(element):
                spans["note"] = element
                continue
            date = _DATE.match(element)
            if date:
                if "year" in spans:
                    return None
                spans["year"] = date.group("year")
                continue
            contributor = _CONTRIBUTOR.match(element)
            if contributor:
                key = "translator" if (contributor.group("role") or "").lower() == "translated" else "editor"
                if key in spans:
                    return None
                spans[key] = contributor.group("who")
                marker = True
                continue
            if "year" in spans or "pages" in spans:
                return None  # a word after the date or the pages: not this form
            unclassified.append(element)
    if "year" not in spans and "pages" in spans and unclassified and _CROSS_REFERENCE.fullmatch(", ".join(unclassified)):
        # A cross-reference to the collection listed in full elsewhere ("Oates and Atwan, pp. 171–75"; "Baker,
        # Norton", its editor and a short title): the year and container are that entry's; the reference is
        # kept in a note, the missing year reported.
        spans.update(note=f"in {', '.join(unclassified)}", form="cross-reference", contributors="given-first")
        return spans
    if "year" not in spans or len(unclassified) > 2 or any(re.search(r"\d{3}", u) for u in unclassified):
        return None
    numbered = spans.keys() & {"volume", "issue", "pages"}
    if quoted or numbered:
        if not unclassified:
            return None
        spans["container"] = unclassified.pop(0)
        if unclassified:
            spans["publisher"] = unclassified.pop(0)
        if spans.get("publisher") or not (spans.keys() & {"volume", "issue"}) and spans.get("editor"):
            spans["type"] = "incollection"  # a part of a book: its editors are the book's
    else:
        if len(unclassified) != 1:
            return None
        spans["publisher"] = unclassified[0]
        spans["type"] = "book"
    role = spans.pop("role", "")
    marker = marker or bool(role)  # "Baker, Russell, editor."
    if role.startswith("editor"):
        if spans.get("editor"):
            return None
        spans["editor"] = spans.pop("author")
    elif role:
        return None  # a translator or compiler heading the entry: no element of ours
    if not (marker or quoted):
        return None  # "Names. Title. Publisher, Year.": GB/T's without a code too, read there alike
    spans["contributors"] = "given-first"  # "edited by Warren T. Reich"
    return spans
