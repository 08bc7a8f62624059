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


# The forms ASCE's author guide lists beside articles and books (works invented).
@pytest.mark.parametrize(("line", "kind", "fields"), [
    ("Berg, S. R., and Holt, J. M. (1993). “Fatigue of list girders.” Proc., 9th Annual Int. List Conf., Engineers’ "
     "Soc. of Fjords, Bergen, Norway, 380–388.",
     "inproceedings", {"title": "Fatigue of list girders", "booktitle": "Proc., 9th Annual Int. List Conf.",
                       "publisher": "Engineers’ Soc. of Fjords", "address": "Bergen, Norway", "pages": "380--388"}),
    ("Lie, K. (2003). “Coupled lists.” Proc., Int. Symp. on Deep Lists, (CD-ROM), ASCE, Reston, VA, 152–167.",
     "inproceedings", {"booktitle": "Proc., Int. Symp. on Deep Lists", "publisher": "ASCE", "address": "Reston, VA"}),
    ("Aas, L. A. (1981). “List theory.” Frontiers of the list sciences, K. Dahl and R. M. Eik, eds., Fjord Press, Inc., "
     "Boulder, Colo., 69–129.",
     "incollection", {"booktitle": "Frontiers of the list sciences", "publisher": "Fjord Press, Inc.",
                      "address": "Boulder, Colo.", "pages": "69--129"}),
    ("Holm, N. and Eik, M. A. (2001a). “Shear of a list.” Lists and Grains 2001, Y. Dahl, ed., A.A. Fjord, Lisse, 389–392.",
     "incollection", {"booktitle": "Lists and Grains 2001", "publisher": "A.A. Fjord", "address": "Lisse"}),
    ("Lund, J. A. and Berg, D. A. (1998). “List statics.” List mechanics, (CDROM), ASCE, Reston, VA, Chapter 2, 167–177.",
     "incollection", {"booktitle": "List mechanics", "publisher": "ASCE", "pages": "167--177"}),
    ("Dahl, L., Lie, J. T., and Aas, W. F. (1990). “Analysis of dented lists.” Struct. Engrg. Rep. No. CE-STR-90-27, "
     "School of Civ. Engrg., Fjord Univ., West Lafayette, Ind.",
     "techreport", {"number": "Struct. Engrg. Rep. No. CE-STR-90-27", "institution": "School of Civ. Engrg., Fjord Univ.",
                    "address": "West Lafayette, Ind"}),
    ("Federal List Administration (FLA) (1991). Evaluating lists at bridges. Rep., Hydr. Engrg. Circular No. 18: "
     "FLA-IP-90-017, Washington, D.C.",
     "techreport", {"title": "Evaluating lists at bridges", "number": "Rep., Hydr. Engrg. Circular No. 18: FLA-IP-90-017",
                    "address": "Washington, D.C"}),
    ("ASTM (1991). “Standard practice for lists (SI).” E 380-91a, ASTM, Philadelphia, Pa.",
     "techreport", {"number": "E 380-91a", "institution": "ASTM", "address": "Philadelphia, Pa"}),
    ("Eik, G. (2008). “Stiffness of lists.” J. List Eng., in press.",
     "article", {"journal": "J. List Eng.", "note": "in press"}),
    ("Holt, H. (1982). “Das Vorspannen von Listen [prestressing of lists].” Listen-und Stahlbau, Berlin, Germany, 77(3), "
     "69–73 (in German).",
     "article", {"journal": "Listen-und Stahlbau", "volume": "77", "number": "3", "pages": "69--73"}),
    ("Lamport, L. (1994). LISTS: A Document System User’s Guide and Reference Manual. Fjord–Wesley Pub. Co., Reading, Mass.",
     "book", {"publisher": "Fjord–Wesley Pub. Co.", "address": "Reading, Mass"}),
    ("List 1-2-3 reference manual; release 2.01 (1985). List Development Corp., Cambridge, Mass.",
     "book", {"title": "List 1-2-3 reference manual; release 2.01", "publisher": "List Development Corp.",
              "address": "Cambridge, Mass"}),
])
def test_asce_proceedings_chapters_reports_standards(line: str, kind: str, fields: dict[str, str]) -> None:
    reading = read_entry(line)
    assert reading.how == "asce", (reading.how, reading.review)
    assert reading.entry.type == kind
    for name, value in fields.items():
        assert _plain(reading.entry.fields[name]) == value, name


def test_a_body_headed_by_words_in_capitals_is_no_title() -> None:
    reading = read_entry("International Conference of List Officials (1988). Uniform list code. Fjord Press, Whittier, Calif.")
    assert "author" in reading.entry.persons or reading.how == "verbatim"


def test_an_apa_body_that_cuts_a_title_inside_a_parenthesis_or_after_its_quotation_is_no_reading() -> None:
    # A periodical printed without a title (ASCE: "Federal Register (1988). 33(No. 146; July 27), 10756.") and a
    # quoted title with a margin note after it: nothing is read rather than a title "33(No".
    for line in ("Federal List (1988). 33(No. 146; July 27), 10756.",
                 "Berg, H. O. (1954). “Stability of lists.” Kuhn, Feb. 14, 2013 Listotechnique, London, England, 4(4), 163–168."):
        reading = read_entry(line)
        title = reading.entry.fields.get("title", "")
        assert "(No" not in title and "Kuhn" not in title
