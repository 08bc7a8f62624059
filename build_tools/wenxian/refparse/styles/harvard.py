"""Harvard author-date, as British universities' guides ("Cite Them Right") and LaTeX's harvard
package print it: the names, the year in parentheses (or as a sentence of its own), then::

    Lamport, L. (1986), LATEX: A Document Preparation System, Addison-Wesley.
    Pitson, J. (1978), Style Manual, 3rd edn, Australian Government Publishing Service, Canberra.
    Patashnik, O. (1988), BibTEXing. Documentation for general BibTEX users.
    Chen, L. (2019) 'Regional networks', Journal of Economic Geography, 12(3), pp. 101–110.
    Chen, L. 2019. ‘Regional networks’, Journal of Economic Geography, 12(3), pp. 101–110.
    Smith, A. (2018) ‘A chapter’, in Jones, B. (ed.) A Book. 2nd edn. London: Routledge, pp. 45–67.
    Smith, A. (2018) A Book. 2nd edn. London: Routledge.
    Smith, A. (2020) A page. Available at: https://www.example.org/page (Accessed: 12 May 2021).

What sets these apart from APA and Chicago, which read the plain forms: a comma after the year
(harvard.sty), the title in single quotation marks, "pp." before an article's pages, "edn".
"""

from __future__ import annotations

import re

from wenxian.refparse.spans import Spans
from wenxian.refparse.styles.common import MONTH_NAMES, PAGES, YEAR, groups, month_number, particle_first

# The names: "Family, I.", "Family, I. and Family, J.", "Family, I., Family, J. and Family, K.".
_NAMES = r"(?P<author>[A-Z][^()“”‘’\d]*?)"
HEAD = re.compile(rf"^{_NAMES}\s*(?:\({YEAR}\)(?P<comma>,)?|\.\s+{YEAR.replace('year', 'year2')}\.)\s+(?P<rest>.+)$")
# The Bath (and Anglia Ruskin) Harvard: the year after the names and a comma, "Adams, G., 2009. Title. Place:
# Publisher.", "Devlin, S.M., Martin, A. and Ostrovnaya, I., 2021. Title. Journal [Online], 17(11).": a form
# APA and Chicago do not print (their year is in parentheses, or after a period).
HEAD_COMMA_YEAR = re.compile(rf"^{_NAMES},\s+{YEAR}\.\s+(?P<rest>.+)$", re.DOTALL)
_QUOTED = r"(?:‘(?P<title>[^‘’]+(?:’[^\W\d_][^‘’]*)*)’|'(?P<title2>[^']+)'|“(?P<title3>[^“”]+)”)"
_EDITION = r"(?P<edition>\d+(?:st|nd|rd|th))\s+edn"
ARTICLE = re.compile(rf"^{_QUOTED},?\s+(?P<container>[^,‘’“”]+?),\s+(?:vol\.\s*)?(?P<volume>\d+[A-Za-z]?)"
                     rf"(?:\s?\((?P<issue>[^()]+)\)|,\s*no\.\s*(?P<issue2>\d+))?,\s+pp?\.\s*{PAGES}\s*\.?\s*$")
IN = re.compile(rf"^{_QUOTED},?\s+in\s+(?P<editor>[^()]+?)\s+\(eds?\.?\)\s+(?P<container>[^.]+?)\.\s+"
                rf"(?:{_EDITION}\.\s+)?(?P<address>[A-Z][^.:,]*(?:,\s*[A-Z][^.:,]*)?):\s*(?P<publisher>[^.:,]+?)"
                rf"(?:,\s*pp?\.\s*{PAGES})?\s*\.?\s*$")
BOOK = re.compile(rf"^(?P<title>[^‘’“”]+?)\.\s+(?:{_EDITION}\.\s+)?(?P<address>[A-Z][^.:,]*(?:,\s*[A-Z][^.:,]*)?):\s*"
                  r"(?P<publisher>[^.:]+?)\s*\.?\s*$")
# harvard.sty: "Title, Publisher." / "Title, 3rd edn, Publisher, Place." / "Title. A description."
BOOK_COMMA = re.compile(rf"^(?P<title>[^‘’“”,]+?),\s+(?:{_EDITION},\s+)?(?P<publisher>[A-Z][^,.:;]*?)"
                        r"(?:,\s+(?P<address>[A-Z][^,.:;\d]*?))?\s*\.\s*$")
MISC = re.compile(r"^(?P<title>[^‘’“”.]+?)\.\s+(?P<note>[A-Z][^.:;\d]+?)\s*\.?\s*$")


# The forms of the Bath Harvard, after its head. "[Online]" is taken out before; a translated title in brackets, a
# translator or a report's series in parentheses are kept as the note ("Como agua para chocolate [Like water for
# chocolate].", "Nicomachean ethics (W.D. Ross, Trans.).", "(Report 497).", "(Cm. 6041).").
# (a place has no sentence in it, "Cambridge, Mass.", "St. Albans", and is no "Available from:")
_PLACE = r"(?P<address>(?!Available\b|In\b)[A-Z](?:[^:()\[\].]|(?<=\bSt)\.|\.(?=\s*:)|\.(?=,))*?)"
# A title is no run of sentences ("Il corsaro. Libretto by …. Based on …": ISO 690's notes after it, not Bath's).
_SENTENCE = r"(?:[^‘’“”./]|/(?!/)|\.(?!\s))+?"  # (nor has GB/T's "//" before its source)
_BATH_TITLE = rf"(?P<title>{_SENTENCE})(?:\s*\[(?P<translated>[^\[\]]+)\])?(?:\s*\((?P<role>[^()]+)\))?"
BATH_BOOK = re.compile(rf"^{_BATH_TITLE}\.\s+(?:{_EDITION}\.\s+)?(?:\((?P<series>[^()]+)\)\.\s+)?{_PLACE}\s*:\s*"
                       r"(?P<publisher>(?:(?!\bpp?\.)[^:()\[\]])+?)\s*\.?\s*$", re.DOTALL)  # (no "In: …" before, no pages)
BATH_IN = re.compile(rf"^(?P<title>{_SENTENCE})\.\s+In:\s+(?P<editor>[^:]+?),\s+eds?\.\s+(?P<container>.+?)\.\s+{_PLACE}\s*:\s*"
                     rf"(?P<publisher>[^:,]+?),\s*pp?\.\s*{PAGES}\s*\.?\s*$", re.DOTALL)
BATH_THESIS = re.compile(rf"^(?P<title>{_SENTENCE})\.\s+Thesis\s*\((?P<degree>[^()]+)\)\.\s+(?P<publisher>[^,.]+?),\s*"
                         r"(?P<address>[^,.]+?)\s*\.?\s*$", re.DOTALL)
BATH_ARTICLE = re.compile(rf"^(?P<title>{_SENTENCE})\.\s+(?P<container>[A-Z][^.,:()\[\]]+?),\s*(?P<volume>\d+[A-Za-z]?)"
                          rf"(?:\s?\((?P<issue>[^()]+)\))?(?:,\s*pp?\.\s*{PAGES})?\s*\.?\s*$", re.DOTALL)
BATH_NEWS = re.compile(rf"^(?P<title>{_SENTENCE})\.\s+(?P<container>[A-Z][^.,:()\[\]]+?),\s*(?P<date>\d{{1,2}}\s+[A-Z][a-z]+)"
                       r"\s*\.?\s*$", re.DOTALL)
_BATH_FORMS = ((BATH_IN, "incollection"), (BATH_THESIS, "thesis"), (BATH_ARTICLE, "article"), (BATH_NEWS, "article"),
               (BATH_BOOK, "book"))
_ONLINE_MARK = re.compile(r"\s*\[Online\]", re.IGNORECASE)


def _bath(rest: str) -> Spans | None:
    for pattern, kind in _BATH_FORMS:
        m = pattern.match(rest.strip())
        if not m:
            continue
        found = groups(m)
        notes = [found.pop(key) for key in ("translated", "role", "series", "date") if key in found]
        if notes:
            found["note"] = "; ".join(notes)
        if kind == "thesis":
            degree = found.pop("degree")
            kind = "phdthesis" if re.search(r"Ph\.?\s?D|Doctor", degree) else "mastersthesis"
        found["type"] = kind
        return found
    return None


# A page online: "Title. Available at: URL (Accessed: 12 May 2021)." — the URL taken out before.
_ACCESSED = re.compile(r"\s*(?:Available\s+(?:at|from):?\s*)?[(\[]?Accessed:?\s*(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]+)\s+"
                       r"(?P<year>\d{4})[)\]]?\s*\.?\s*$")  # "(Accessed: 12 May 2021)", Bath's "[Accessed 12 May 2021]"
_AVAILABLE = re.compile(r"\s*Available\s+(?:at|from):?\s*\.?\s*$")
ONLINE = re.compile(r"^(?P<title>[^‘’“”]+?)[.?!]?\s*$")


def read(text: str) -> Spans | None:
    text = text.strip()
    accessed = _ACCESSED.search(text)
    available = _AVAILABLE.search(text[:accessed.start()] if accessed else text)
    bath = HEAD_COMMA_YEAR.match(text)
    if bath:
        rest = text[bath.end("year") + 1:]
        if accessed or available:
            rest = rest[:(available or accessed).start() - bath.end("year") - 1]
        found = _bath(_ONLINE_MARK.sub("", rest))
        if found is None and (accessed or available) and _ONLINE_MARK.search(rest) and re.fullmatch(
                _SENTENCE, _ONLINE_MARK.split(rest)[0].strip()):
            found = {"title": _ONLINE_MARK.split(rest)[0].strip(), "type": "online"}  # "Title [Online]. Available from: …"
        if found is not None:
            spans = {**groups(bath), **found}
            spans.pop("rest", None)
            spans["author"] = particle_first(spans["author"])  # "Beethoven, L. van"
            if accessed and accessed.group("month") in MONTH_NAMES:
                month = month_number(accessed.group("month"))
                spans["urldate"] = f"{accessed.group('year')}-{month:02d}-{int(accessed.group('day')):02d}"
            return spans
    if accessed or available:
        rest = text[:(available or accessed).start()]
        head = HEAD.match(rest.strip())
        online = ONLINE.match(head.group("rest")) if head else None
        if not online:
            return None
        spans = {**groups(head), **groups(online), "type": "online"}
        spans.pop("rest", None)
        spans.pop("comma", None)
        if "year2" in spans:
            spans["year"] = spans.pop("year2")
        if accessed and accessed.group("month") in MONTH_NAMES:
            month = month_number(accessed.group("month"))
            spans["urldate"] = f"{accessed.group('year')}-{month:02d}-{int(accessed.group('day')):02d}"
        return spans
    head = HEAD.match(text)
    if not head:
        return None
    spans = groups(head)
    rest, comma = spans.pop("rest"), spans.pop("comma", None)
    if "year2" in spans:
        spans["year"] = spans.pop("year2")
    patterns = (ARTICLE, IN, BOOK) + ((BOOK_COMMA, MISC) if comma else ())
    for pattern in patterns:
        m = pattern.match(rest)
        if not m:
            continue
        found = groups(m)
        for key in ("title2", "title3"):
            if key in found:
                found["title"] = found.pop(key)
        if "issue2" in found:
            found["issue"] = found.pop("issue2")
        if pattern is BOOK and not (comma or "edition" in found):
            return None  # "(Year) Title. Place: Publisher.": APA's as much as Harvard's, read there
        if pattern is IN:
            found["type"] = "incollection"
        elif pattern in (BOOK, BOOK_COMMA):
            found["type"] = "book"
        elif pattern is MISC:
            found["type"] = "misc"
        return {**spans, **found}
    return None
