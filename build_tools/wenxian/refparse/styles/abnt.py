"""ABNT NBR 6023 (Brazil's standard, as abntex2cite prints it): the family names in capitals, set
off by semicolons, then the title, and the rest in the standard's order::

    SOBRENOME, N. Título: subtítulo. 3. ed. Local: Editora, 2019.
    SOBRENOME, Nome; OUTRO, N. N. Título do artigo. Nome da Revista, v. 1, n. 2, p. 71–97, 1986.
    SOBRENOME, N. Título. Dissertação (Mestrado) — Universidade, Local, mar. 2012.
    INSTITUIÇÃO EM CAPITAIS. NBR 6023: Título. Rio de Janeiro, 2018. 68 p.
    SOBRENOME, N. Título. [S.l.], 2015. Disponível em: <URL>. Acesso em: 27 abr. 2015.

(the URL is taken out before, and where the document cited the work, "Citado na página 42.", by
:data:`wenxian.refparse.listcut.BACKREF`). biblatex-abnt prints the month before the year, capitalised where it
opens a sentence ("jul. 1993", "Abr. 2008."), the number of pages as "P. 7.", and after the imprint the volume,
the series' number in parentheses, a note and the ISBN, which are no part of the fields read here::

    FAMILY, I. The title. 3. ed. The address: The publisher, jul. 1993. v. 4. (10). A note. ISBN 3257227892.
    INSTITUIÇÃO. NBR 10520: Título. Rio de Janeiro, ago. 2002. P. 7.
"""

from __future__ import annotations

import re

from wenxian.refparse.spans import Spans
from wenxian.refparse.styles.common import PAGES, YEAR, groups

_CAP = r"A-ZÀ-ÖØ-Þ"
_FAMILY = rf"(?:[a-z]{{1,4}}\s)*[{_CAP}][{_CAP}'’\-]+(?:\s[{_CAP}][{_CAP}'’\-]+)*"
_GIVEN = rf"(?:(?:[{_CAP}]\.\s?)+|[{_CAP}][a-zà-ÿ]+(?:\s(?:[{_CAP}][a-zà-ÿ]+|[{_CAP}]\.))*\.?)"
_PERSON = rf"{_FAMILY},\s{_GIVEN}"
HEAD = re.compile(rf"^(?:(?P<author>{_PERSON}(?:;\s{_PERSON})*(?:\set\sal\.)?)|(?P<body>[{_CAP}][{_CAP}\s]{{2,}}?)\.)"
                  r"\s+(?P<rest>\S.+)$")
_ONLINE = re.compile(r"\s*(?:Disponível\s+em:?\s*\.?|Acesso\s+em:\s*\d{1,2}\s+[a-zç]{3,9}\.?\s+\d{4}\.?)", re.IGNORECASE)
_MONTH = r"(?:[A-Za-z]{3,4}\.?\s)?"
# What biblatex-abnt prints after the imprint, taken off the entry's end one by one: the number of pages ("P. 7."),
# the ISBN, the series' number ("(10)."), the volume ("v. 4.", "v. 4 cap. 8, p. 201–213.").
_TAIL = re.compile(r"\s+(?:P\.\s*\d+|ISBN\s[\dX\-]+|\(\d+\)|v\.\s*\d+(?:\s+cap\.\s*\d+)?(?:,\s*p\.\s*[\d–\-]+)?)\.?$")
ARTICLE = re.compile(rf"^(?P<title>[^.]+?)\.\s+(?P<container>[^,]+?),\s+v\.\s*(?P<volume>\d+),"
                     rf"(?:\s+n\.\s*(?P<issue>\d+),)?(?:\s+p\.\s*{PAGES},)?\s+{_MONTH}{YEAR}\.?$")
THESIS = re.compile(rf"^(?P<title>.+?)\.\s+(?:Tese|Dissertação)\s+\((?P<kind>Mestrado|Doutorado)[^)]*\)\s+[—–-]\s+"
                    rf"(?P<publisher>[^,]+?),\s+(?P<address>[^,]+?),\s+{_MONTH}{YEAR}\.?$")
BOOK = re.compile(rf"^(?P<title>.+?)\.\s+(?:(?P<edition>\d+)\.\s+ed\.\s+)?(?P<address>[{_CAP}][^,:.\[\]]+?):\s+"
                  rf"(?P<publisher>[^:]+?),\s+{_MONTH}{YEAR}\.?(?:\s+\d+\s+p\.)?$")
# No publisher: the place alone, or "[S.l.]" (sine loco), then the year; a number of pages, a note.
PLACE_YEAR = re.compile(rf"^(?P<title>.+?)\.\s+(?:\[S\.\s?l\.\]|(?P<address>[{_CAP}][^,:.\[\]]+?(?:,\s[A-Z]{{2}})?)),\s+"
                        rf"{_MONTH}{YEAR}\.(?:\s+\d+\s+p\.)?(?:\s+(?P<note>[^.]+?(?:\.\s?[^.\s][^.]*?)*)\.?)?$")
TITLE_YEAR = re.compile(rf"^(?P<title>[^.]+?)\.\s+{YEAR}\.(?:\s+(?P<note>[^.]+?)\.?)?$")


def read(text: str) -> Spans | None:
    head = HEAD.match(text.strip())
    if not head:
        return None
    spans = groups(head)
    if "body" in spans:
        spans["author"] = spans.pop("body")  # a body's name, read whole by the names reader
    printed = spans.pop("rest")
    rest = _ONLINE.sub("", printed).strip()
    # A work without a publisher is ABNT's only with the standard's own marks: "[S.l.]", its extent
    # ("68 p."), "Disponível em:" / "Acesso em:" (a line "NAMES. Title, Series. Publisher, 1986" is another style's).
    marked = bool(re.search(r"\[S\.\s?l\.\]|\s\d+\s+p\.(?:\s|$)", rest) or _ONLINE.search(printed))
    marked = marked or bool(_TAIL.search(rest))
    rest = _without_tail(rest)
    found = _read_rest(rest, marked)
    if found is None:
        # …a note after the imprint ("An optional note."): the entry read without its last sentence
        end = re.search(r"(?<=[\d.)])\.?\s+(?=[A-ZÀ-Þ][^.]*\.?$)", rest)
        found = _read_rest(_without_tail(rest[:end.start()].rstrip(".") + "."), marked) if end else None
        if found is not None:
            found["note"] = rest[end.end():].strip()
    return None if found is None else {**spans, **found}


def _without_tail(rest: str) -> str:
    while tail := _TAIL.search(rest):
        rest = rest[:tail.start()].rstrip().rstrip(".") + "."
    return rest


def _read_rest(rest: str, marked: bool) -> Spans | None:
    for pattern, kind in ((ARTICLE, ""), (THESIS, "thesis"), (BOOK, "book"), (PLACE_YEAR, "misc"),
                          (TITLE_YEAR, "misc")):
        m = pattern.match(rest)
        if not m or (kind == "misc" and not marked):
            continue
        found = groups(m)
        if kind == "thesis":
            found["type"] = "phdthesis" if found.pop("kind") == "Doutorado" else "mastersthesis"
        elif kind:
            found["type"] = kind
        return found
    return None
