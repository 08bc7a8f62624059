"""ABNT NBR 6023 (Brazil's standard, as abntex2cite prints it): the family names in capitals, set
off by semicolons, then the title, and the rest in the standard's order::

    SOBRENOME, N. Título: subtítulo. 3. ed. Local: Editora, 2019.
    SOBRENOME, Nome; OUTRO, N. N. Título do artigo. Nome da Revista, v. 1, n. 2, p. 71–97, 1986.
    SOBRENOME, N. Título. Dissertação (Mestrado) — Universidade, Local, mar. 2012.
    INSTITUIÇÃO EM CAPITAIS. NBR 6023: Título. Rio de Janeiro, 2018. 68 p.
    SOBRENOME, N. Título. [S.l.], 2015. Disponível em: <URL>. Acesso em: 27 abr. 2015.

(the URL is taken out before, and where the document cited the work, "Citado na página 42.", by
:data:`wenxian.refparse.listcut.BACKREF`).
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
_MONTH = r"(?:[a-z]{3,4}\.?\s)?"
ARTICLE = re.compile(rf"^(?P<title>[^.]+?)\.\s+(?P<container>[^,]+?),\s+v\.\s*(?P<volume>\d+),"
                     rf"(?:\s+n\.\s*(?P<issue>\d+),)?(?:\s+p\.\s*{PAGES},)?\s+{_MONTH}{YEAR}\.?$")
THESIS = re.compile(rf"^(?P<title>.+?)\.\s+(?:Tese|Dissertação)\s+\((?P<kind>Mestrado|Doutorado)[^)]*\)\s+[—–-]\s+"
                    rf"(?P<publisher>[^,]+?),\s+(?P<address>[^,]+?),\s+{_MONTH}{YEAR}\.?$")
BOOK = re.compile(rf"^(?P<title>.+?)\.\s+(?:(?P<edition>\d+)\.\s+ed\.\s+)?(?P<address>[{_CAP}][^,:.\[\]]+?):\s+"
                  rf"(?P<publisher>[^:]+?),\s+{YEAR}\.?(?:\s+\d+\s+p\.)?$")
# No publisher: the place alone, or "[S.l.]" (sine loco), then the year; a number of pages, a note.
PLACE_YEAR = re.compile(rf"^(?P<title>.+?)\.\s+(?:\[S\.\s?l\.\]|(?P<address>[{_CAP}][^,:.\[\]]+?(?:,\s[A-Z]{{2}})?)),\s+"
                        rf"{YEAR}\.(?:\s+\d+\s+p\.)?(?:\s+(?P<note>[^.]+?(?:\.\s?[^.\s][^.]*?)*)\.?)?$")
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
        return {**spans, **found}
    return None
