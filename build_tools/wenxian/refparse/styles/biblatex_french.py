"""biblatex's standard author-year style in its French localisation (``\\usepackage[french]{babel}``), as the
journals that write in French print it::

    Bertram, A. et R. Wentworth (1996). « Gromov invariants … ». J. Amer. Math. Soc. 9 (2), p. 529-571.
    Hyman, A. (1981). « Title ». In : Studies in Aristotle. Sous la dir. de D. J. O’Meara. Studies … 9.
        Washington, D.C. : The Catholic University of America Press, p. 161-191.
    Aristotle (1907). De Anima. Sous la dir. de R. D. Hicks. Cambridge : Cambridge University Press.
    Geer, I. de (1985). « Title ». Thèse de doct. Uppsala : Uppsala Universitet.
    Baez, J. C. et A. D. Lauda (27 oct. 2004a). Higher-Dimensional Algebra V: 2-Groups. Version 3. arXiv : …

What sets it apart from the English styles: "et" between the last two names, the day and month in French in the
year's parentheses, titles of articles and chapters in « », "In :", "p." before the pages, "Place : Publisher"
with a space before the colon, and the roles, editions and volumes as sentences of their own after the title
("Sous la dir. de", "Trad. par", "Éd. établie et trad. par", "3e éd.", "3 t."), which are no part of it. Only
what the line prints is read: the roles' names, a series after them, notes ("(cf. p. 2)", "isbn : …", "Version
3.", "arXiv : …") are left out. (The DOI or URL is taken out before.)
"""

from __future__ import annotations

import re

from wenxian.refparse.fragments import PAGE_RANGE
from wenxian.refparse.spans import Spans
from wenxian.refparse.styles.common import particle_first

_MONTH_FR = r"(?:janv|févr?|fév|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)[a-zéû]*\.?"
HEAD = re.compile(r"^(?P<author>[^()«»:;]+?)(?P<ed>,\séds?\.)?\s\((?:\d{1,2}(?:er)?\s)?(?:" + _MONTH_FR + r"\s)?"
                  r"(?P<year>\d{4})[a-z]?(?:-\d{4})?\)\.\s+(?P<rest>.+)$")
# What closes a line and is no field of the work: a note to the reader, an ISBN or ISSN, an arXiv number, a version,
# the page count, the date a URL was visited, the URL's label (the URL is taken out before).
_NOTES = re.compile(r"(?:\s*(?:\((?:cf\.|visité le)[^()]*\)|(?:isbn|issn)\s:\s[\dXx\-]+|arXiv\s:\s\S+(?:\s?\S+\d)?"
                    r"|Version\s[\d.]+|\d+\sp|url\s:)\s*\.?)+\s*$")
_ARXIV = re.compile(r"arXiv\s:\s(?P<eprint>[\w.\-]+/\s?\d{7}(?:v\d+)?|\d{4}\.\d{4,5}(?:v\d+)?)")
_PAGES = rf"(?P<pages>{PAGE_RANGE}(?:,\s?{PAGE_RANGE})*)"
# A sentence after the title that is no part of it: a role and its names, an edition, volumes, a language, a
# thesis' or report's kind, a version.
_AFTER_TITLE = re.compile(
    r"\.\s+(?=(?:Sous la dir\.|Trad\.|Éd\.|Réd\.|Avec une|Version\s\d|\d+(?:e|re|er)\séd\.|\d+\st\.|Thèse de doct\."
    r"|Rapp\.\s|(?:Latin|Grec|Allemand|Anglais|Français|Italien|Espagnol)\b))")
# The imprint at the end: the place (its words capitalised, "et" between two places, a state's abbreviation after
# a comma), a space, the colon, the publisher, maybe the pages.
_IMPRINT = re.compile(r"(?:^|\.\s+)(?P<address>[A-Z][\w’'\-]*(?:(?:\s(?:an|der|am|upon|on|et))*\s[A-Z][\w’'\-]*)*"
                      r"(?:,\s(?:[A-Z]\.\s?[A-Z]\.|[A-Z][a-z]{1,4}\.|[A-Z]{2}))?)"
                      rf"\s:\s(?P<publisher>[^:«»]+?)(?:,\sp\.\s{_PAGES})?\s*\.?$")
_QUOTED = re.compile(r"^«\s(?P<title>.+?)\s»\.\s+(?P<rest>.*)$")
ARTICLE = re.compile(rf"^(?P<container>[A-Z][^«»:]*?)(?:\.\sNouv\.\ssér\.)?\s(?P<volume>\d+)(?:\s\((?P<issue>\d+)\))?,"
                     rf"\sp\.\s{_PAGES}(?:\s*\.|\s;\s.+|\.\s.+)?$")
# (…then maybe other works of a set, " ; Weinberg, S. (1967). …", or a note, "Excerpt in …": the first work's fields)
# A patent: its number and the countries after the title.
PATENT = re.compile(r"^(?P<number>[A-Z]{2}-?\d[\dA-Z]*)\s\([A-Z]{2}(?:,\s[A-Z]{2})*\)\.$")
# A volume of a work in several, before its own title: "Kants Werke. Akademie Textausgabe. T. 5 : Kritik …",
# "The collected works of … Coleridge. 7.2 : Biographia literaria …".
_VOLUME_TITLE = re.compile(r"^.+?\.\s(?:T\.\s)?(?P<volume>\d+(?:\.\d+)?)\s:\s(?P<title>.+)$")


def _names(text: str) -> str | None:
    """The names as the names' reader takes them: "et" as "and", a particle before the family name."""
    if re.search(r"\d|«|»", text):
        return None
    text = re.sub(r"\set\s(?!al\.)", " and ", text)
    if " and " in text:
        first, last = text.rsplit(" and ", 1)
        parts = [particle_first(part) for part in re.split(r",\s(?=[A-Z]\.)", first)]
        # "Ensenbach, M., M. Trettin and …": after the first, the names are given first
        text = ", ".join(parts) + " and " + particle_first(last)
    else:
        text = particle_first(text)
    return text


def _title_part(text: str) -> tuple[str, str]:
    """The title, and what follows it, before the imprint."""
    cut = _AFTER_TITLE.search(text)
    return (text[:cut.start()], text[cut.end():]) if cut else (text.rstrip(". "), "")


# The French typography's and localisation's signs, one at least: guillemets, a space before the colon, "et" between
# names, "p." before pages, "éd.", the roles' words.
_FRENCH = re.compile(r"«|\s:\s|,\sp\.\s\d|\béd\.|Sous la dir\.|Trad\.\spar")
_AND = re.compile(r"\set\s(?!al\.)")  # (in the names only: a title may be French, "… en méchanique et en physique")


def read(text: str) -> Spans | None:
    head = HEAD.match(text.strip())
    if not head or not (_FRENCH.search(text) or _AND.search(head.group("author"))):
        return None
    arxiv = _ARXIV.search(head.group("rest"))
    rest = _NOTES.sub("", head.group("rest")).strip()
    rest = rest if rest.endswith(".") else rest + "."
    spans: Spans = {"year": head.group("year")}
    if arxiv:  # (a preprint's number in the archive is its source)
        spans.update(eprint=re.sub(r"\s", "", arxiv.group("eprint")), eprinttype="arxiv")
    author = _names(head.group("author"))
    if author is None:
        return None
    spans["editor" if head.group("ed") else "author"] = author
    quoted = _QUOTED.match(rest)
    if quoted:
        spans["title"] = quoted.group("title")
        after = re.sub(r"^Version\s[\d.]+\.\s+", "", quoted.group("rest"))
        if patent := PATENT.match(after):
            return {**spans, "type": "patent", "number": patent.group("number")}
        if article := ARTICLE.match(after):
            return {**spans, **{k: v for k, v in article.groupdict().items() if v}}
        if after.startswith("Thèse de doct."):
            imprint = _IMPRINT.search(after)
            if imprint and imprint.start() == len("Thèse de doct"):
                return {**spans, "type": "phdthesis", "address": imprint.group("address"),
                        "publisher": imprint.group("publisher")}
            return None
        if after.startswith("In : "):
            imprint = _IMPRINT.search(after)
            if not imprint:
                return None
            book, _ = _title_part(after[len("In : "):imprint.start("address")].rstrip())
            found = {"type": "incollection", "container": book, "address": imprint.group("address"),
                     "publisher": imprint.group("publisher")}
            if volume := _VOLUME_TITLE.match(book):
                found.update(container=volume.group("title"), volume=volume.group("volume"))
            if imprint.group("pages"):
                found["pages"] = imprint.group("pages")
            return {**spans, **found}
        return None
    if rest.startswith("«") or "In : " in rest:
        return None
    online = "url :" in head.group("rest")  # (the URL's label: the title is whole before it, a sentence or more)
    imprint = _IMPRINT.search(rest)
    before = rest[:imprint.start("address")].rstrip() if imprint else rest
    title, roles = _title_part(before)
    if not title:
        return None
    spans["title"] = title
    if volume := _VOLUME_TITLE.match(title):
        spans.update(title=volume.group("title"), volume=volume.group("volume"))
    if imprint:
        if imprint.group("pages"):
            return None
        spans.update(address=imprint.group("address"), publisher=imprint.group("publisher"))
    elif online:
        spans["type"] = "online"
    elif report := re.fullmatch(r"Rapp\.\s[\w.\s]*?\s(?P<number>[A-Z]+-?\d[\w\-]*)\.\s(?P<publisher>[^.]+)\.", roles):
        spans.update(type="techreport", number=report.group("number"), publisher=report.group("publisher"))
    elif roles and (publisher := re.search(r"(?:^|\.\s)(?P<publisher>[A-Z][^.\d]*(?:Press|Verlag|Éditions?)[^.\d]*)\.$", roles)):
        spans["publisher"] = publisher.group("publisher")
    elif roles and (place := re.search(r"(?:^|\.\s)(?:\d+\st\.\s)(?P<address>[A-Z][^\d.]+)\.$", roles)):
        spans.update(type="book", address=place.group("address"))  # "2e éd. 2 t. Leipzig.": the place, no publisher
    elif not roles and (publisher := re.fullmatch(r"(?P<title>[^.]+)\.\s(?P<publisher>[A-Z][^.\d,()]+)", title)):
        spans.update(publisher.groupdict())  # "Our best films. Hollywood publishing house."
    elif "." in title or roles:
        return None  # sentences after the title that are none of the above: not read
    return spans
