"""The German humanities' styles (biblatex-dw, biblatex-musuos, the "Name, Vorname: Titel" of German theses and
journals): the names before a colon, then the title, the source after "in:" and the year after the place::

    Angenendt, Arnold: In Honore Salvatoris, in: Revue d’Histoire Ecclésiastique 97 (2002), S. 431–456.
    Brandt, Ahasver von und Erich Hoffmann: Die nordischen Länder, in: Ferdinand Seibt (Hrsg.): Europa im
        Hoch- und Spätmittelalter (Handbuch der europäischen Geschichte 2), Stuttgart 1987, S. 884–917.
    Aristoteles: De Anima, hrsg. v. Robert Drew Hicks, Cambridge 1907.
    Müller, Peter: Beethovens Streichquartette. Kassel: Pieper, 1983.
    Meier, Hans (Hrsg.): Beethoven Handbuch. Berlin, 1972.
    Müller, Peter: Beethovens Streichquartette. In: Archiv für Musikwissenschaft 28 (1968), S. 180–212.
    Geer, Ingrid de: Earl, Saint, Bishop, Skald – and Music, Diss., Uppsala: Uppsala Universitet, 1985.

The journals' author-date form (biblatex-dtk, DANTE's *Die TeXnische Komödie*): the names set off by commas and
"und" ("u. a." for more), the month and year in parentheses before a colon, the issue over the year and the
volume as "Jahrgang"::

    Abels, S., Uslar, M. und Beenken, P. (Nov. 2004): Amatex, in: DTK 3 / 2004 (16. Jg.), S. 18–22.
    Aebischer, Anne-Marie u. a. (2010): Introducing …, in: DTK 1 / 2010 (22. Jg.), S. 99–104.

What sets them apart: the colon after the names, "in:"/"In:", "S."/"Sp." before the pages (Seite, Spalte), the
contributors after the title ("hrsg. v.", "übers. v.", "Hrsg. von"), "Bd." for a volume, "Bde." for volumes.
(biblatex-dw prints an annotation under an entry, sentences after its end: kept as the entry's note. "Ders.:" for
the same author as the entry before is read by :mod:`wenxian.refparse.reading`, as a dash is.)
"""

from __future__ import annotations

import re

from wenxian.refparse.spans import Spans
from wenxian.refparse.styles.common import YEAR, groups, particle_first

_NAME = r"[A-ZÄÖÜ][^\W\d_]+(?:[\-’'][^\W\d_]+)*"
# "Angenendt, Arnold", "Cicero, Marcus Tullius", "Geer, Ingrid de", "Brandt, Ahasver von und Erich Hoffmann",
# "Gregor der Große", "Aristoteles"; "(Hrsg.)" after the editors' names.
HEAD = re.compile(rf"^(?P<names>{_NAME}(?:,(?:\s+[^\W\d_][^\W\d_.]*\.?){{1,3}}|(?:\s+(?:der|die|von|de)\s+{_NAME}))?"
                  rf"(?:\s+(?:und|u\.)\s+{_NAME}(?:\s+{_NAME}){{0,2}})?)(?P<editors>\s+\(Hrsg\.\))?:\s+(?P<rest>\S.*)$",
                  re.DOTALL)
_GIVEN = r"[^\W\d_][^\W\d_.]*\.?(?:[\s\-](?!und\b|u\.)[^\W\d_][^\W\d_.]*\.?){0,2}"
_PERSON = rf"{_NAME}(?:,\s+{_GIVEN}|(?:\s+{_NAME}){{1,3}})?"
_MONTH = r"(?:Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)[a-zä]*\.?"
# "Abels, S., Uslar, M. und Beenken, P. (Nov. 2004): …", "Aebischer, Anne-Marie u. a. (2010): …", "Hàn Thế Thành
# (Mai 2004): …" (the year's letter after it: "(März 1990a)").
HEAD_DATED = re.compile(rf"^(?P<names>{_PERSON}(?:(?:,\s+|\s+und\s+){_PERSON})*)(?P<others>\s+u\.\s?a\.)?"
                        rf"\s+\((?:{_MONTH}\s+)?(?P<year>\d{{4}})[a-z]?\):\s+(?P<rest>\S.*)$", re.DOTALL)
_PAGES = r"(?:S|Sp)\.\s*(?P<pages>\d+(?:\s?[–-]\s?\d+)?(?:,\s*\d+(?:\s?[–-]\s?\d+)?)*)"
_PLACE = (r"(?P<address>(?!(?:Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)[a-z]*\.?\s)"  # (a date's month is no place)
          r"[A-ZÄÖÜ][^\d,:;()\[\]]*?(?:,\s*[A-Z][a-z]{1,4}\.)?)")
_YEARS = rf"{YEAR}(?:\s?[–-]\s?\d{{4}})?"
# "Title, in: Journal 97 (2002), S. 431–456." / "Title. In: Journal 28 (1968), S. 180–212." / "…, in: Scriptorium 51.1
# (1997), S. 51–68." / "Art. „Headword“, in: Lexikon des Mittelalters 2 (1983), Sp. 1484."
ARTICLE = re.compile(rf"^(?P<title>.+?)[.,]\s+[Ii]n:\s+(?P<container>[^:()]+?)\s+(?P<volume>\d+)(?:\.(?P<issue>\d+))?\s+"
                     rf"\((?:[^()]*?\s)?{YEAR}\)(?:,\s*{_PAGES})?\s*\.?$", re.DOTALL)
# A journal's issue over its year and its volume as "Jahrgang": "Title, in: DTK 1 / 2004 (16. Jg.), S. 16–17." (the
# year is the head's).
ARTICLE_ISSUE = re.compile(rf"^(?P<title>.+?)[.,]\s+[Ii]n:\s+(?P<container>[^:()\d]+?)\s+(?P<issue>\d+)\s*/\s*\d{{4}}\s+"
                           rf"\((?P<volume>\d+)\.\s+Jg\.\)(?:,\s*{_PAGES})?\s*\.?$", re.DOTALL)
# "Title, in: Editor (Hrsg.): Book (Series 2), Stuttgart 1987, S. 884–917." / "…, in: ders.: Kants Werke, Bd. 5: …,
# Berlin 1968, S. 1–163." / "Title. In: Mozart Jahrbuch. Hrsg. von dems. Bd. 2. Wien, 2011."
IN = re.compile(rf"^(?P<title>.+?)[.,]\s+[Ii]n:\s+(?:(?P<editor>[^:]+?)\s+\(Hrsg\.\):\s+|(?:ders|dies|dems)\.:\s+|"
                rf"(?P<bookauthor>{_NAME}(?:\s+(?:der|die)\s+{_NAME})?):\s+)?(?P<container>.+?)[.,]\s+{_PLACE},?\s+{_YEARS}"
                rf"(?:,\s*{_PAGES})?\s*\.?$", re.DOTALL)
# "Title, hrsg. v. …, Cambridge 1907." / "Title. Kassel: Pieper, 1983." / "Title, Diss., Uppsala: Uppsala Universitet,
# 1985." / "Title, …, 3 Bde., 1877."
BOOK = re.compile(rf"^(?P<title>.+?)[.,]\s+(?:(?P<thesis>Diss\.),\s+)?(?:{_PLACE}(?::\s*(?P<publisher>[^,:;()\[\]]+?))?,?\s+)?"
                  rf"{_YEARS}(?:,\s+Ndr\.\s[^.]*)?\s*\.?$", re.DOTALL)
# A page online, its URL taken out before: "Title. 2010. URL am 10. Sep. 2011." (musuos), "Title, 2006, url: URL (besucht
# am 01. 10. 2006)." (biblatex-dw).
ONLINE = re.compile(rf"^(?P<title>[^\d]+?)[.,]\s+{YEAR}[.,]\s*(?:url:\s*)?\(?(?:besucht\s+)?am\s+\d{{1,2}}\.\s*[^()]{{1,12}}?\s*\d{{4}}\)?"
                    r"\s*\.?$", re.DOTALL)
# What follows the title and is no part of it: its contributors, its language, its series, its volumes, its edition.
_AFTER_TITLE = re.compile(r"(?:,|\.)\s+(?:(?:hrsg|übers|komm|eingel|bearb|erläut)\.|Hrsg\.\s+von\b"
                          r"|\d+\s+Bde\.|\d+\.\s+Aufl\.|BWV\b)|\s+\((?=[^()]*\d)[^()]*\)\s*$|\s+\[=")
_VOLUME_IN = re.compile(r"[.,]\s+Bd\.\s*(?P<volume>\d+)\b")
_QUOTED = re.compile(r"^(?:Art\.\s+)?„(?P<title>[^“”]+)“$")


def _title(title: str) -> str:
    cut = _AFTER_TITLE.search(title)
    title = title[:cut.start()] if cut else title
    quoted = _QUOTED.match(title.strip())
    return quoted.group("title") if quoted else title.strip()


def _read_entry(head: re.Match[str], rest: str) -> Spans | None:
    for pattern, kind in ((ARTICLE, "article"), (IN, "incollection"), (ONLINE, "online"), (BOOK, "book")):
        m = pattern.match(rest)
        if not m:
            continue
        spans = groups(m)
        spans["title"] = _title(spans["title"])
        if not spans["title"] or (pattern is BOOK and re.search(r"[.,]\s+[Ii]n:\s", spans["title"])):
            return None  # "…, in: …" not read as a source is no book's title
        people = re.split(r"\s+(?:und|u\.)\s+", head.group("names"))
        # ("Gregor der Große": one name with its epithet, kept whole)
        people = [f"{{{name}}}" if re.fullmatch(r"[^,]+\s(?:der|die)\s[^,]+", name) else particle_first(name)
                  for name in people]
        names = " and ".join(people)
        spans["editor" if head.group("editors") else "author"] = names
        if pattern is IN:
            container = spans["container"]
            if re.search(r"\((?:[^()]*\s)?\d{4}\)", container):
                return None  # "in: Journal 7.3 (15. März 2007), …": a journal's issue dated there, not a book's place and year
            if volume := _VOLUME_IN.search(container):
                spans["volume"] = volume.group("volume")
            cut = re.search(r"[.,]\s+(?:Bd\.|(?:hrsg|übers|komm|eingel|bearb)\.|Hrsg\.\s+von\b)|\s+\([^()]*\d\)", container)
            spans["container"] = container[:cut.start()] if cut else container
            spans.pop("bookauthor", None)
        if spans.pop("thesis", None):
            kind = "phdthesis"
        spans["type"] = kind
        return spans
    return None


def _read_dated(text: str) -> Spans | None:
    head = HEAD_DATED.match(text.strip())
    if not head:
        return None
    m = ARTICLE_ISSUE.match(head.group("rest").strip())
    if not m:
        return None
    spans = groups(m)
    spans["title"] = _title(spans["title"])
    people = [particle_first(m.group()) for m in re.finditer(_PERSON, head.group("names"))]
    names = " and ".join(people) + (" et al." if head.group("others") else "")  # "u. a." (und andere)
    return {**spans, "author": names, "year": head.group("year"), "type": "article"}


def read(text: str) -> Spans | None:
    dated = _read_dated(text)
    if dated is not None:
        return dated
    head = HEAD.match(text.strip())
    if not head:
        return None
    rest = head.group("rest").strip()
    found = _read_entry(head, rest)
    if found is not None:
        return found
    # An annotation under the entry (biblatex-dw): the entry ends at a full stop before a line of sentences.
    for end in re.finditer(r"\.\s+(?=[A-ZÄÖÜ][^\W\d_]*\s)", rest):
        found = _read_entry(head, rest[:end.start() + 1])
        if found is not None:
            return {**found, "note": " ".join(rest[end.end():].split())}
    return None
