"""GOST 7.0.5–2008 (Russian bibliographic references; biblatex-gost prints it): areas set off by
" — ", a part's source after "//"::

    Гайденко П. П. Проблема времени у Канта // Вопросы философии. — 2003. — № 9. — С. 134—150.
    Берестов И. В. Элеатовские аргументы … // Вестник НГУ. Серия: Философия. — Новосибирск, 2012. —
        Т. 10, вып. 4. — С. 122—133. — ISSN 1818-796X.
    Awodey S. Structure in Mathematics and Logic : A Categorical Perspective // Philosophia
        Mathematica. — 1996. — Vol. 4, no. 3. — P. 209–237. — DOI: 10.1093/philmat/4.3.209.
    Делёз Ж. Четыре тезиса о психоанализе / пер. с фр. Т. Зарубиной // Логос. — М., 2010. — 3 (76). — С. 5—11.
    Лотман Ю. М. Структура художественного текста. — М. : Искусство, 1970. — 384 с.

The names are family names with their initials after them (Cyrillic or Latin); a statement of
responsibility after "/" (a translator) and a note after " : " ("пер. с англ.") are not the title.
"""

from __future__ import annotations

import re

from wenxian.refparse.spans import Spans

_UPPER = "A-ZА-ЯЁ"
_INITIALS = rf"[{_UPPER}]\.(?:\s?-?[{_UPPER}]\.)*"
_NAME = rf"[{_UPPER}][^\W\d_]+(?:-[{_UPPER}][^\W\d_]+)?\s{_INITIALS}(?:\s(?:van|von|de|der)\.?)?"
HEAD = re.compile(rf"^(?P<author>{_NAME}(?:,\s{_NAME})*(?:\s(?:и\sдр\.|et\sal\.))?)\s+(?P<title>[^/]+?)"
                  rf"(?:\s+/\s+(?P<responsibility>[^/]+?))?\s*//\s*(?P<container>.+?)$")
# A book: "Names Title : subtitle / responsibility. — Place : Publisher, Year. — 300 с." (the extent and an
# ISBN may follow; the names and title end at the first area's period).
BOOK_HEAD = re.compile(rf"^(?P<author>{_NAME}(?:,\s{_NAME})*(?:\s(?:и\sдр\.|et\sal\.))?)\s+(?P<title>[^/]+?)"
                       r"(?:\s+/\s+(?P<responsibility>[^/]+?))?$")
_IMPRINT = re.compile(r"^(?:(?P<edition>\d+-е\s+изд\.[^—]*?|\d+(?:st|nd|rd|th)\s+ed\.)\.?\s+[—–]\s+)?"
                      r"(?P<address>[^:;,\d]+?)\s*:\s*(?P<publisher>[^:;]+?),\s*(?P<year>(?:1[5-9]|20)\d\d)$")
_EXTENT = re.compile(r"^\d+\s*(?:с|p|pp|S)\.?$|^ISBN\s[\dX-]+$")
_NOTE = re.compile(r"\s+:\s+(?:пер\.|перевод|transl\.|trans\.)[^:]*$")
_AREA = re.compile(r"\.?\s+[—–]\s+")
_YEAR = re.compile(r"^(?:(?P<address>[^\d,]+?),\s*)?(?P<year>(?:1[5-9]|20)\d\d)$")
_VOLUME = re.compile(r"^(?:Т\.|Vol\.|Bd\.)\s*(?P<volume>\d+(?:[–-]\d+)?)(?:,\s*(?:вып\.|no\.|№|Heft)\s*(?P<issue>\d+(?:\s*\(\d+\))?))?"
                     r"(?:,\s*[A-Z][a-z]+\.?)?$")
_ISSUE = re.compile(r"^(?:№|No\.|Iss\.)\s*(?P<issue>\d+(?:,\s*\d+)?(?:\s*\(\d+\))?)$|^(?P<issue2>\d+\s?\(\d+\))$")
_PAGES = re.compile(r"^(?:С\.|P\.|S\.|pp?\.)\s*(?P<pages>\d+\s*[—–-]\s*\d+|\d+)$")
# What the line may hold beside the work's fields: a date of issue ("6 июня", "Jan.", "Mar. 23"), the
# serial's ISSN, what announced the URL or DOI taken out ("URL:", "DOI:"), the date it was read.
_OTHER = re.compile(r"^(?:\d{1,2}\s+[а-я]+|[A-Z][a-z]{2}\.?(?:\s\d{1,2})?|ISSN\s[\dX-]+|URL:?|DOI:?|\(.*\)|URL:?\s*\(.*\))$")


def read(text: str) -> Spans | None:
    text = re.sub(r"(?:\s*[—–.])+\s*$", "", text.strip())  # what announced a URL or DOI taken out ("— URL:")
    source = text.find("//")
    if source < 0:
        return _book(text)
    # The title may hold a dash ("Модерн — незавершенный проект"): the areas start after the source's name.
    areas = _AREA.split(text[source:])
    areas[0] = text[:source] + areas[0]
    head = HEAD.match(areas[0])
    if not head or len(areas) < 2:
        return None
    spans: Spans = {k: v.strip() for k, v in head.groupdict().items() if v}
    spans["title"] = _NOTE.sub("", spans["title"]).strip()
    spans["author"] = _inverted(spans["author"])  # each family name, then its initials
    responsibility = spans.pop("responsibility", None)
    if responsibility:
        spans["note"] = responsibility
    for area in areas[1:]:
        area = area.strip().rstrip(".")
        for pattern in (_YEAR, _VOLUME, _ISSUE, _PAGES):
            m = pattern.match(area)
            if m:
                found = {k: v for k, v in m.groupdict().items() if v}
                if "issue2" in found:
                    found["issue"] = found.pop("issue2")
                if found.keys() & spans.keys() - {"address"}:
                    return None  # a field twice: not this form
                if pattern is _YEAR and "address" in found:
                    found.pop("address")  # a journal's place ("М.", "Новосибирск"): not the work's
                spans.update(found)
                break
        else:
            if not _OTHER.match(area):
                return None
    if "year" not in spans:
        return None
    if re.fullmatch(r"\d+\s?\(\d+\)", spans.get("issue", "")) and "volume" not in spans:
        pass  # "3 (76)": the issue and its running number, kept as printed
    return spans


def _book(text: str) -> Spans | None:
    areas = _AREA.split(text)
    if len(areas) < 2:
        return None
    head = BOOK_HEAD.match(areas[0])
    imprint = _IMPRINT.match(areas[1].strip().rstrip("."))
    if not head or not imprint or not all(_EXTENT.match(a.strip().rstrip(".")) for a in areas[2:]):
        return None
    spans: Spans = {k: v.strip() for k, v in {**head.groupdict(), **imprint.groupdict()}.items() if v}
    spans["title"] = _NOTE.sub("", spans["title"]).strip()
    responsibility = spans.pop("responsibility", None)
    if responsibility:
        spans["note"] = responsibility
    spans["author"] = _inverted(spans["author"])
    spans["type"] = "book"
    return spans


def _inverted(names: str) -> str:
    """"Целищев В. В., Хлебалин A. В." → "Целищев, В. В. and Хлебалин, A. В."; "Dalen D. van." → "van Dalen, D."."""
    return " and ".join(re.sub(rf"^(\S+)\s({_INITIALS})(?:\s(van|von|de|der)\.?)?$",
                               lambda m: f"{m.group(3) + ' ' if m.group(3) else ''}{m.group(1)}, {m.group(2)}", name)
                        for name in re.split(r",\s(?=[" + _UPPER + r"][^\W\d_])", names))
