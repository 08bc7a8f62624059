"""ASCE's author-date style (ascelike's documented forms: quoted titles with their period inside,
"Publisher, City, Region") read as typed fields (wenxian.refparse.styles.asce). The lines are written
here after the style's forms; the works named are invented."""

from __future__ import annotations

import pytest

from wenxian.refparse.reading import read_entry


def _plain(value: str) -> str:
    return value.replace("{", "").replace("}", "")


@pytest.mark.parametrize(("line", "kind", "fields"), [
    ("Berg, K. L. and Holt, T. (1992a). “Weldment of list connections. I: Rules.” J. Lists Engrg., ASCE, 118(10), "
     "2784–2803.",
     "article", {"title": "Weldment of list connections. I: Rules", "journal": "J. Lists Engrg.", "volume": "118",
                 "number": "10", "pages": "2784--2803", "year": "1992"}),
    ("Lund, E. (1987). “Network lists with fuzzy reasoning.” Ph.D. thesis, University of Bergen, Bergen, Norway.",
     "phdthesis", {"school": "University of Bergen", "address": "Bergen, Norway"}),
    ("Olsen, P. (1991). “Static lists of plastic.” M.S. thesis, West Fjord Univ., Morgantown, WV.",
     "mastersthesis", {"school": "West Fjord Univ.", "address": "Morgantown, WV"}),
    ("Holm, M., Lie, F., and Dahl, A. (1994). The List Companion. Fjord Pub. Co., Reading, Mass.",
     "book", {"title": "The List Companion", "publisher": "Fjord Pub. Co.", "address": "Reading, Mass"}),
    ("Aas, G. and Eik, J. L. (1972). Les listes en physique. Dunod, Paris, France (in French).",
     "book", {"publisher": "Dunod", "address": "Paris, France"}),
    ("Lie, M. R. (2011). “Style files for lists.” listlike, <http://www.example.org/listlike> (Nov. 17, 2011).",
     None, {"title": "Style files for lists", "journal": "listlike", "url": "http://www.example.org/listlike"}),
])
def test_asce_lines(line: str, kind: str | None, fields: dict[str, str]) -> None:
    reading = read_entry(line)
    assert reading.how == "asce", (reading.how, reading.review)
    assert kind is None or reading.entry.type == kind  # (an item online is typed by what it is part of)
    for name, value in fields.items():
        assert _plain(reading.entry.fields[name]) == value, name


def test_a_working_paper_is_no_asce_book() -> None:
    reading = read_entry("Jones, J. (1999a). Estimation of Demand Curves. Working Paper 234, Jones University.")
    assert reading.how != "asce"
