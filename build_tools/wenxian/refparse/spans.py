"""What a reader found in a reference, as stretches of its text, and the entry they make.

Both readers of non-GB/T lines (:mod:`.otherstyles`, rules; :mod:`.crf`, a
learned labeller) report ``Spans``: the text of each element as printed
(``author``, ``year``, ``title``, ``container``, ``volume``, ``issue``,
``pages``, ``publisher``, ``address``, ``doi``, ``url``). :func:`to_entry`
turns them into a pybtex entry. DOI and URL are taken out of the line first
(:func:`take_identifiers`), by pattern, so no reader can lose them.
"""

from __future__ import annotations

import re

from pybtex.database import Entry, Person

from wenxian.refparse.parser import protect_case
from wenxian.refparse.text import store, tex_escape
from wenxian.refparse.westnames import parse_author_list

Spans = dict[str, str]

DOI_RE = re.compile(r"(?i)(?:https?://(?:dx\.)?doi\.org/|\bdoi\s*[:：]?\s*)?(?P<doi>10\.\d{4,9}/[^\s,;，；<>]+)")
# "<" and ">" are not characters of a URL (RFC 3986, appendix C: they delimit one in text), so a URL
# ends before them: ABNT's "Disponível em: <http://…>.", ASCE's "<http://www.ccs.neu.edu>"; nor are
# square brackets outside a host's IPv6 address (RFC 3986, 3.2.2): "http://www.jacow.org[online source…]".
URL_RE = re.compile(r"(?i)(?:https?|ftp)://[^\s，；<>\[\]]+")
_TRAIL = ".,;)]。，"
_DOI_SWAPPED = re.compile(r"(?<=[,.]\s)(?P<suffix>[A-Za-z][\w\-.()/]{5,}?)\.\s+(?P<prefix>10\.\d{4,9}/)\s*$")
# What a doi.org link resolves is a DOI name, whatever its form: a shortDOI ("https://doi.org/fg6rf9"),
# or a prefix other than "10." (ACM's template prints "https://doi.org/99.9999/woot07-S422").
_DOI_URL = re.compile(r"(?i)https?://(?:dx\.)?doi\.org/(\w[\w.\-/()]{3,})$")


def _clean_id(value: str) -> str:
    value = value.rstrip(_TRAIL)
    return value


def take_identifiers(text: str) -> tuple[str, Spans]:
    """``text`` without its URL and DOI (and the words that announce them), and those two."""
    found: Spans = {}
    # A DOI whose two halves a page break printed the wrong way round ("…, 99–126, ISSN0195-6574-EJ-Vol26-No4-6.
    # 10.5547/"): the prefix left alone at the end goes before the suffix it was cut from.
    swapped = _DOI_SWAPPED.search(text)
    if swapped:
        text = f"{text[:swapped.start('suffix')]}{swapped.group('prefix')}{swapped.group('suffix')}."
    m = URL_RE.search(text)
    if m:
        found["url"] = _clean_id(m.group(0))
        text = text[:m.start()] + text[m.start() + len(found["url"]):]
        text = re.sub(r"<\s*>", "", text)  # the brackets the URL stood in
    d = DOI_RE.search(found.get("url", "")) or DOI_RE.search(text)
    if d:
        found["doi"] = _clean_id(d.group("doi"))
        if d.string is text:
            text = text[:d.start()] + text[d.start() + len(d.group(0)):]
    else:
        short = _DOI_URL.match(found.get("url", ""))
        if short:  # a shortDOI, or a DOI not in "10.": what doi.org resolves is a DOI
            found["doi"] = short.group(1)
    text = re.sub(r"(?i)\b(?:available (?:at|from)|retrieved from|accessed|URL)\s*:?\s*\.?\s*$", "", text.strip())
    return text.strip().rstrip(" .,:;").strip() + ("." if text.strip() else ""), found


def norm_pages(pages: str) -> str:
    return re.sub(r"\s*[-–—~]+\s*", "--", pages.strip())


def to_entry(spans: Spans, language: str | None = None) -> tuple[Entry, list[str]]:
    """The entry the spans make, and what in it could not be read (for ``review``)."""
    problems: list[str] = []
    fields: dict[str, str] = {}
    persons: dict[str, list[Person]] = {}
    given_first = spans.get("order") == "given-first"  # a style that prints names so (plain)
    if spans.get("author") and spans.get("names") == "whole":
        # Handles and bodies' names, each one name as printed ("h-kitagawa", "ASCII Corporation"): a style's
        # reader said so (styles/japanese.py).
        persons["author"] = [Person("{" + name.strip() + "}") for name in spans["author"].split(" and ")]
    elif spans.get("author"):
        people = parse_author_list(spans["author"], given_first)
        if people:
            persons["author"] = people
        else:
            problems.append(f"authors {spans['author']!r} not read as names")
    for role in ("editor", "translator"):
        if spans.get(role):
            # A style that names contributors "edited by Given Family" reads them given name first.
            people = parse_author_list(spans[role], spans.get("contributors") == "given-first")
            if people and role == "translator":  # as the GB/T parser keeps it (pybtex splits author/editor only)
                fields["translator"] = " and ".join(str(p) for p in people)
            elif people:
                persons[role] = people
            else:
                problems.append(f"{role}s {spans[role]!r} not read as names")
    if spans.get("year"):
        fields["year"] = spans["year"][:4]  # an a/b after it is the list's, not the work's
    kind = spans.get("type", "")  # a style that names the kind ("Ph.D. dissertation", "Tech. Rep.")
    publisher = {"phdthesis": "school", "mastersthesis": "school", "techreport": "institution"}.get(
        kind, "publisher")
    for name, target in (("title", "title"), ("volume", "volume"), ("issue", "number"),
                         ("number", "number"), ("edition", "edition"), ("chapter", "chapter"),
                         ("publisher", publisher), ("address", "address"), ("note", "note"), ("series", "series"), ("isbn", "isbn"),
                         ("eprint", "eprint"), ("eprinttype", "eprinttype")):
        if spans.get(name):
            fields[target] = spans[name]
    if spans.get("pages"):
        fields["pages"] = norm_pages(spans["pages"])
    if spans.get("container"):
        if kind in ("incollection", "inproceedings"):
            fields["booktitle"] = spans["container"]
        else:
            kind = "article"
            fields["journal"] = spans["container"]
    elif spans.get("publisher") and not spans.get("title") and kind not in ("phdthesis", "mastersthesis"):
        problems.append("no title")
    kind = kind or "book"
    if language:
        fields["langid"] = language
    for name in list(fields):
        if name not in ("pages", "langid"):
            fields[name] = tex_escape(store(fields[name]))
        if name in ("title",):
            fields[name] = protect_case(fields[name])
    for name in ("doi", "url", "urldate"):
        if spans.get(name):
            fields[name] = spans[name]
    if not spans.get("url") and not spans.get("doi") and kind == "book" and not spans.get("publisher"):
        kind = "misc"
    return Entry(kind, fields=fields, persons=persons), problems
