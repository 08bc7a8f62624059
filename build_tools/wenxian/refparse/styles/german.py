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

biblatex-fiwi's form (film studies): the names joined by a slash, editors marked "(Hg.)" or "(Hgg.)", an article's
or a chapter's title in guillemets with the original's year after it, the pages without "S.", an edition's year
before the original's ("2004/1979"), the original named at the end, a journal's "Jg." (volume) and "Nr." (issue)
with the issue's title after the year, a volume's title after "Bd. 7.2:"::

    Anderson, Poul: »The Queen of Air and Darkness« (1971). In: Silverberg, Robert/Greenberg, Martin H. (Hgg.): The
        Arbor House Treasury of Modern Science Fiction. New York 1980, 715–754.
    Bordwell, David/Thompson, Kristin: Film Art: An Introduction. 7. Aufl. Boston/Burridge/Dubuque 2004/1979.
    Hedeler, Wladislaw: »Title«. In: Berliner Debatte Initial, Jg. 16, Nr. 1, 2005: Sozialismus auf dem Mars, 29–42.
    Kepler, Johannes: »Somnium«. In: Ders.: Gesammelte Werke. Bd. 11.2: Calendaria et prognostica. München 1993,
        317–379 (Original: Somnium sive De Astronomia Lunari. Frankfurt a. M 1634).
"""

from __future__ import annotations

import re

from wenxian.refparse.fragments import LATIN_CAPITALS
from wenxian.refparse.spans import Spans
from wenxian.refparse.styles.common import YEAR, groups, particle_first

_NAME = r"[" + LATIN_CAPITALS + r"][^\W\d_]+(?:[\-’'][^\W\d_]+)*"
_EDITORS = r"\((?:Hrsg|Hg|Hgg)\.\)"
# "Angenendt, Arnold", "Cicero, Marcus Tullius", "Geer, Ingrid de", "Brandt, Ahasver von und Erich Hoffmann",
# "Gregor der Große", "Aristoteles"; "(Hrsg.)" after the editors' names.
_ONE = rf"{_NAME}(?:,(?:\s+[^\W\d_][^\W\d_.]*\.?){{1,3}}|(?:\s+(?:der|die|von|de)\s+{_NAME}))?"
HEAD = re.compile(rf"^(?P<names>{_ONE}(?:/\s?{_ONE}){{0,5}}"
                  rf"(?:\s+(?:und|u\.)\s+{_NAME}(?:\s+{_NAME}){{0,2}})?)(?P<editors>\s+{_EDITORS})?:\s+(?P<rest>\S.*)$",
                  re.DOTALL)
_GIVEN = r"[^\W\d_][^\W\d_.]*\.?(?:[\s\-](?!und\b|u\.)[^\W\d_][^\W\d_.]*\.?){0,2}"
_PERSON = rf"{_NAME}(?:,\s+{_GIVEN}|(?:\s+{_NAME}){{1,3}})?"
_MONTH = r"(?:Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)[a-zä]*\.?"
# "Abels, S., Uslar, M. und Beenken, P. (Nov. 2004): …", "Aebischer, Anne-Marie u. a. (2010): …", "Hàn Thế Thành
# (Mai 2004): …" (the year's letter after it: "(März 1990a)").
HEAD_DATED = re.compile(rf"^(?P<names>{_PERSON}(?:(?:,\s+|\s+und\s+){_PERSON})*)(?P<others>\s+u\.\s?a\.)?"
                        rf"\s+\((?:{_MONTH}\s+)?(?P<year>\d{{4}})[a-z]?\):\s+(?P<rest>\S.*)$", re.DOTALL)
_PAGES = r"(?:(?:S|Sp)\.\s*)?(?P<pages>\d+(?:\s?[–-]\s?\d+)?(?:,\s*\d+(?:\s?[–-]\s?\d+)?)*)"
_PLACE = (r"(?P<address>(?!(?:Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)[a-z]*\.?\s)"  # (a date's month is no place)
          # (no sentence's end inside a place: "Frankfurt a. M." is one, "…Zukunftsdiskursen. Berlin" is a title's end and
          # the place)
          r"[A-ZÄÖÜ](?:[^\d,:;()\[\].]|\.(?!\s+[A-ZÄÖÜ][a-zäöüß]{2,}))*?(?:,\s*[A-Z][a-z]{1,4}\.)?)")
_YEARS = rf"{YEAR}(?:\s?[–-]\s?\d{{4}}|/\d{{4}})?"
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
# biblatex-fiwi's journals: "Title«. In: Studies in Space Policy, Jg. 1, 2009: Issue's Title, 35–43.", "In: KINtop Nr. 2,
# November 1993: Issue's Title, 31–44.", "In: NZZ am Sonntag, 7. Juli 2002, 68–69." (a volume, an issue or a day's date:
# no book's "Place Year").
JOURNAL = re.compile(rf"^(?P<title>.+?)[.,]\s+[Ii]n:\s+(?P<container>[^:]+?)(?:,\s+Jg\.\s+(?P<volume>\d+))?"
                     rf"(?:,?\s+Nr\.\s+(?P<issue>\d+))?,\s+(?:\d{{1,2}}\.\s+)?(?:[A-ZÄÖÜ][a-zäöü]+\s+)?{YEAR}"
                     rf"(?::\s+[^\n]+?)?(?:,\s*{_PAGES})?\s*\.?$", re.DOTALL)
_JOURNAL_MARKS = re.compile(r"\b(?:Jg|Nr)\.\s*\d|,\s+\d{1,2}\.\s+[A-ZÄÖÜ][a-zäöü]+\s+(?:1[5-9]|20)\d\d")
IN = re.compile(rf"^(?P<title>.+?)[.,]\s+[Ii]n:\s+(?:(?P<editor>[^:]+?)\s+{_EDITORS}:\s+|[Dd](?:ers|ies|ems)\.(?:\s+{_EDITORS})?:\s+|"
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
_AFTER_TITLE = re.compile(r"(?:,|\.)\s+(?:(?:hrsg|übers|komm|eingel|bearb|erläut)\.|(?:Hrsg|Bearb)\.\s+von\b"
                          r"|Aus\s+dem\s+\w+\s+übers\.|Zusammengestellt\s+von\b"
                          r"|\d+\s+Bde\.|\d+\.\s+Aufl\b|BWV\b)|\s+\((?=[^()]*\d)[^()]*\)\s*$|\s+\[=")
_VOLUME_IN = re.compile(r"[.,]\s+Bd\.\s*(?P<volume>\d+(?:\.\d+)?)(?::\s+(?P<title>.+?)(?=[.,]\s+(?:[Hh]rsg\.|[Bb]earb\.|übers\.)|$))?")
_QUOTED = re.compile(r"^(?:Art\.\s+)?(?:„(?P<title>[^“”]+)“|»(?P<guillemets>[^»«]+)«)$")
# The original a translation or an edition was made from, named at the entry's end: "(Original: The Black Cat. 1843)."
_ORIGINAL = re.compile(r"\s*\(Original:[^()]*(?:\([^()]*\)[^()]*)*\)(?=\s*\.?\s*$)")


def _title(title: str) -> str:
    if guillemets := re.match(r"\s*»([^»«]+)«", title):  # biblatex-fiwi's title in guillemets, what follows it not the title's
        return guillemets.group(1).strip()
    cut = _AFTER_TITLE.search(title)
    title = title[:cut.start()] if cut else title
    quoted = _QUOTED.match(title.strip())
    return (quoted.group("title") or quoted.group("guillemets")) if quoted else title.strip()


def _read_entry(head: re.Match[str], rest: str) -> Spans | None:
    rest = _ORIGINAL.sub("", rest)
    for pattern, kind in ((ARTICLE, "article"), (JOURNAL, "article"), (IN, "incollection"), (ONLINE, "online"),
                          (BOOK, "book")):
        m = pattern.match(rest)
        if not m or (pattern is JOURNAL and not _JOURNAL_MARKS.search(rest)):
            continue
        spans = groups(m)
        spans["title"] = _title(spans["title"])
        if not spans["title"] or (pattern is BOOK and re.search(r"[.,]\s+[Ii]n:\s", spans["title"])):
            return None  # "…, in: …" not read as a source is no book's title
        people = re.split(r"\s+(?:und|u\.)\s+|/\s?", head.group("names"))
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
                if volume.group("title"):  # "Gesammelte Werke. Bd. 11.2: Calendaria et prognostica": the volume's title
                    container = volume.group("title")
            cut = re.search(r"[.,]\s+(?:Bd\.|(?:hrsg|übers|komm|eingel|bearb)\.|(?:Hrsg|Bearb)\.\s+von\b|\d+\.\s+Aufl\b)"
                            r"|\s+\([^()]*\d\)", container)
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
