"""Physical Review's (apsrev4-2, the APS Style Guide) and Science's numbered styles: names by their
initials, a journal's volume and pages with the year in parentheses, a book's imprint in parentheses.
Lines written for these tests after the styles' documented forms (the works are invented)."""

from __future__ import annotations

from wenxian.refparse.reading import read_entry
from wenxian.refparse.styles import physics


def _read(text: str):
    reading = read_entry(text)
    # (a book in AIP's form, "Title (Publisher, Place, Year)", is the AIP reader's: the same fields)
    assert reading.how in ("physics", "aip"), (reading.how, reading.review)
    for name, value in reading.entry.fields.items():  # case-protecting braces are no part of the value
        reading.entry.fields[name] = str(value).replace("{", "").replace("}", "")
    return reading


def test_an_aps_article_with_and_without_its_title() -> None:
    reading = _read("L. M. Ortega and K. Pine, Bound states in curved ducts, Q. J. Appl. Math. 61, 117 (1998).")
    fields = reading.entry.fields
    assert (fields["title"], fields["journal"], fields["volume"], fields["pages"], fields["year"]) == (
        "Bound states in curved ducts", "Q. J. Appl. Math.", "61", "117", "1998")
    assert [p.last_names for p in reading.entry.persons["author"]] == [["Ortega"], ["Pine"]]
    fields = _read("P. Nara, Philos. Trans. R. Soc. London, Ser. A 312, 95 (2003).").entry.fields
    assert fields["journal"] == "Philos. Trans. R. Soc. London, Ser. A" and "title" not in fields


def test_revtex_s_and_glued_to_the_name_before_it_is_read_as_two_names() -> None:
    reading = _read("A. B. Kellerand C. D. Moss, Waves in thin films, Phys. Lett. A 90, 12 (1982).")
    assert [p.last_names for p in reading.entry.persons["author"]] == [["Keller"], ["Moss"]]
    # a family name that ends in "and" and is followed by a comma is left whole
    assert physics.read("F. Holland, G. Ruiz, Phys. Lett. A 90, 12 (1982).")["author"] == "F. Holland, G. Ruiz"


def test_science_names_set_off_by_commas_an_untitled_article_and_one_in_press() -> None:
    reading = _read("A. J. Ortiz III, R. L. Marsh, K. Wu, J. Org. Chem. 88, 1201–1209 (2020).")
    fields = reading.entry.fields
    assert [p.last_names for p in reading.entry.persons["author"]] == [["Ortiz"], ["Marsh"], ["Wu"]]
    assert (fields["journal"], fields["volume"], fields["pages"]) == ("J. Org. Chem.", "88", "1201--1209")
    fields = _read("G. Lowe, J. Pratt, J. Chem. Soc. 1450–1457 (1958).").entry.fields
    assert fields["journal"] == "J. Chem. Soc." and fields["pages"] == "1450--1457" and "volume" not in fields
    fields = _read("D. Hale, J. A. Orr, Chem. Eur. J. in press.").entry.fields
    assert fields["journal"] == "Chem. Eur. J."


def test_books_and_chapters_with_their_imprint_in_parentheses() -> None:
    fields = _read("W. L. Grant, C. Ma, Drying of Organic Solvents (Harwood–Baines, Leeds, ed. 3, 2004).").entry.fields
    assert (fields["title"], fields["publisher"], fields["address"], fields["edition"]) == (
        "Drying of Organic Solvents", "Harwood–Baines", "Leeds", "3")
    fields = _read("N. D. Orwell and P. Dunn, Fields in Flat Space (Oxbridge University Press, 1979).").entry.fields
    assert fields["publisher"] == "Oxbridge University Press" and "address" not in fields
    reading = _read("E. Marsh, in Clinical Tables, Vol. 3, edited by E. Marsh and T. S. Kopp "
                    "(Hillside, New York, 1995) Chap. 4, pp. 201–220.")
    fields = reading.entry.fields
    assert (reading.entry.type, fields["booktitle"], fields["volume"], fields["pages"], fields["publisher"]) == (
        "incollection", "Clinical Tables", "3", "201--220", "Hillside")
    assert [p.last_names for p in reading.entry.persons["editor"]] == [["Marsh"], ["Kopp"]]
    fields = _read("P. M. Rowe, in Handbook of Ligands, ed. by E.-I. Nagy (Wiley, New York, 2009), vol. 2, "
                   "pp. 511–540.").entry.fields
    assert (fields["booktitle"], fields["volume"], fields["pages"]) == ("Handbook of Ligands", "2", "511--540")
    fields = _read("T. Hahn, Ed., Tables for Lattices, vol. C: Physical Tables (Kluwer, Dordrecht, 2001).").entry.fields
    assert (fields["title"], fields["volume"]) == ("Tables for Lattices", "C")


def test_theses_and_unpublished_works() -> None:
    reading = _read("J. K. Olsen, M.S. thesis, Northern State University (2001).")
    assert reading.entry.type == "mastersthesis" and reading.entry.fields["school"] == "Northern State University"
    reading = _read("M. J. Grant, PhD thesis, University of Leeds, 1997.")
    assert reading.entry.type == "phdthesis" and reading.entry.fields["year"] == "1997"
    fields = _read("W. J. Ames and B. G. Roe, Oxide growth on a silicon surface (2012), Appl. Phys. Lett. "
                   "(unpublished).").entry.fields
    assert fields["title"] == "Oxide growth on a silicon surface" and fields["year"] == "2012"


def test_lines_of_other_styles_are_left_to_their_readers() -> None:
    assert physics.read("Smith, J. (2019). A title. Journal, 12, 101-110.") is None
    assert physics.read('A. Author, "A quoted title," J. Phys. 12, 101 (2019).') is None
    assert physics.read("J. Smith, Title, Vernier Art Center, Stanford, California (1988).") is None
