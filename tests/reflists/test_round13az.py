"""Round 13az: what the sealed lists of round 13au (real-sealed8) showed about reading real lists (all lines
written here, in the forms those lists print)."""

from __future__ import annotations

import pytest

from wenxian.refparse.parser import parse_reference
from wenxian.refparse.text import canonical


@pytest.mark.parametrize("tail, date", [
    (", accessed on 2019-04-02.", "2019-04-02"),
    (", Accessed 2019-4-2.", "2019-4-2"),
    ("，访问于 2019-04-02。", "2019-04-02"),
    ("，访 问于 2019-04-02。", "2019-04-02"),  # the PDF's letter-spacing inside the words
    ("，访问日期：2019-04-02。", "2019-04-02"),
])
def test_a_citation_date_in_words_after_the_url(tail: str, date: str) -> None:
    """biblatex's GB/T styles in theses print the date of citation after the URL in words ("accessed on",
    "访问于"): it is the citation date, not a note the standard has no element for."""
    entry = parse_reference(f"Wang L. The widgets package[M/OL]. 2018-05-06. https://example.org/pkg/widgets{tail}")
    assert entry.fields["url"] == "https://example.org/pkg/widgets"
    assert entry.fields["urldate"] == date


def test_a_note_after_the_url_is_still_no_citation_date() -> None:
    with pytest.raises(Exception, match="text after the URL"):
        parse_reference("Wang L. The widgets package[M/OL]. 2018. https://example.org/pkg/widgets 文档：CTAN.")


@pytest.mark.parametrize("version, read", [("Ver. 3.5.2", "3.5.2"), ("Ver. 1.1-75", "1.1-75"),
                                           ("Ver. 0.8q", "0.8q"), ("V 2.1", "2.1")])
def test_a_version_written_ver(version: str, read: str) -> None:
    """A program's or manual's version "Ver. 3.5.2." is an area of its own ("Ver" no sentence's end)."""
    entry = parse_reference(f"Li M. Drawing with widgets[M/OL]. {version}. 2020-01-31. https://example.org/w.")
    assert entry.fields["version"] == read
    assert entry.fields["title"] == "Drawing with widgets"
    assert entry.fields["year"] == "2020"


def test_a_chinese_entry_set_off_by_full_stops_with_a_version() -> None:
    entry = parse_reference("某大学研究生院。学位论文写作指南 [M/OL]。Ver. 2.0。2015-06-11。"
                            "http://example.edu.cn/guide.pdf，访问于 2015-12-14。")
    assert entry.fields["version"] == "2.0" and entry.fields["urldate"] == "2015-12-14"
    assert entry.fields["url"] == "http://example.edu.cn/guide.pdf"


def test_full_width_brackets_around_the_type_code() -> None:
    """Theses set in full-width punctuation print "［J］", "［C］ //": the code's brackets. Full-width
    brackets that carry data ("［2005］") stay as printed."""
    entry = parse_reference("ZHAO L，QIAN M. Soft arms for narrow spaces ［J］. Journal of Soft Machines，2011，"
                            "7（3）：11-19.")
    assert entry.type == "article"
    assert entry.fields["journal"] == "Journal of Soft Machines"
    assert (entry.fields["volume"], entry.fields["number"], entry.fields["pages"]) == ("7", "3", "11--19")
    paper = parse_reference("ZHAO L. A cable arm ［C］ // Proceedings of the Robotics Symposium，Harbin，2012 ：5-9.")
    assert paper.type == "inproceedings" and paper.fields["booktitle"].startswith("Proceedings of the {Robotics}")
    assert (paper.fields["year"], paper.fields["pages"]) == ("2012", "5--9")
    assert "［2005］" in canonical("佚名. 某书[M]. 北京: 某出版社, ［2005］.")


def _read(line: str):
    from wenxian.refparse.reading import read_entry

    return read_entry(line)


def test_biblatex_standard_authoryear_article_and_paper() -> None:
    """biblatex's standard author-year style (ISCRAM's and many house styles): "(Mon. Year).", the quoted
    title with its stop after the quotes, "In: Journal 12.3, pp. …", and a paper's proceedings with their
    acronym, place and publisher."""
    article = _read("Lin, Q. and Moreau, P. (Mar. 2014). “Flood Warnings that People Heed”. In: Journal of "
                    "Risk Studies 12.3, pp. 101–118.")
    assert article.how == "biblatex" and article.entry.type == "article"
    f = article.entry.fields
    assert (f["journal"], f["volume"], f["number"], f["pages"], f["year"]) == (
        "Journal of Risk Studies", "12", "3", "101--118", "2014")
    paper = _read("Okafor, C., Berg, T., and Sato, Y. (2009). “Shelters on a Map”. In: Proceedings of the Sixth "
                  "Conference on Crisis Response. CRC ’09. Lisbon, Portugal: Crisis Press, pp. 44–52.")
    assert paper.how == "biblatex" and paper.entry.type == "inproceedings"
    f = paper.entry.fields
    assert f["booktitle"].startswith("Proceedings of the") and "CRC" not in f["booktitle"]
    assert (f["address"], f["publisher"], f["pages"]) == ("Lisbon, Portugal", "Crisis Press", "44--52")


def test_biblatex_standard_book_with_its_edition() -> None:
    book = _read("Ortiz, R. (2001). Planning for Storms: A Field Guide. 2nd. Boston, MA, USA: Harbor Books Co., Inc.")
    assert book.how == "biblatex" and book.entry.type == "book"
    f = book.entry.fields
    assert (f["edition"], f["address"], f["publisher"]) == ("2nd", "Boston, MA, USA", "Harbor Books Co., Inc.")


def test_asme_article_thesis_report_and_manual() -> None:
    """ASME's style (asmeconf, asmejour): "Vol. 48 No. 5 (2002): pp. …", a thesis's and a report's
    "Publisher, Place. Year.", a CTAN manual's version and "(Year)" after where it is published."""
    article = _read("Okoro, Ada and Lind, Peter J. “Heat Flow in Thin Walls.” ASME J. Heat Transfer Vol. 12 No. 3 "
                    "(2011): pp. 401–409.")
    assert article.how == "asme" and article.entry.type == "article"
    f = article.entry.fields
    assert (f["journal"], f["volume"], f["number"], f["pages"], f["year"]) == ("ASME J. Heat Transfer", "12", "3",
                                                                              "401--409", "2011")
    assert [str(p) for p in article.entry.persons["author"]][0].startswith("Okoro")
    assert article.entry.fields["title"] == "Heat {Flow} in {Thin} {Walls}"  # the stop inside the quotes is the style's
    thesis = _read("Okoro, Ada. “Cooling of Wires.” Master’s Thesis, Lakeside University, Portland, OR. 2004.")
    assert thesis.how == "asme" and thesis.entry.type == "mastersthesis"
    assert (thesis.entry.fields["school"], thesis.entry.fields["address"]) == ("Lakeside University", "Portland, OR")
    report = _read("Lind, Peter J. “Fins.” Technical Report No. TR-7. Lakeside University, Portland, OR. 1999.")
    assert report.how == "asme" and report.entry.type == "techreport" and report.entry.fields["year"] == "1999"
    manual = _read("Okoro, Ada. “The widgets Package.” Version 2.1. Comprehensive TEX Archive Network (2019). "
                   "Accessed May 2, 2020, URL https://ctan.org/pkg/widgets.")
    assert manual.how == "asme" and manual.entry.fields["url"] == "https://ctan.org/pkg/widgets"
    assert manual.entry.fields["year"] == "2019" and manual.entry.fields["title"].startswith("The widgets")


def test_asme_book_and_chapter_keep_a_publishers_commas() -> None:
    """The place is the imprint's last part, with a state's or country's code ("New York, NY"); a
    publisher keeps its own commas ("Wiley and Sons, Inc.", "Didot, Père et Fils")."""
    book = _read("Lind, Peter J. and Okoro, Ada M. The Small Book of Fins. Wiley and Sons, Inc., New York, NY (2008).")
    assert book.how == "asme" and book.entry.type == "book"
    f = book.entry.fields
    assert (f["title"], f["publisher"], f["address"]) == ("The {Small} {Book} of {Fins}", "Wiley and Sons, Inc.",
                                                          "New York, NY")
    assert [p.last_names for p in book.entry.persons["author"]] == [["Lind"], ["Okoro"]]
    old = _read("Okoro, Ada. Traité des Ailettes. Didot, Père et Fils, Paris (1822).")
    assert (old.entry.fields["publisher"], old.entry.fields["address"]) == ("Didot, Père et Fils", "Paris")
    chapter = _read("Lind, Peter J. “Radiation.” Okoro, Ada and Berg, Tom (eds.). Measuring Heat. Vol. 3 of "
                    "Monographs. Field Press, Slough, England (1970): Chap. 9, pp. 35–96.")
    assert chapter.how == "asme" and chapter.entry.type == "incollection"
    f = chapter.entry.fields
    assert (f["booktitle"], f["volume"], f["publisher"], f["address"], f["pages"]) == (
        "Measuring Heat", "3", "Field Press", "Slough, England", "35--96")


def test_a_fifth_after_given_names_in_full_is_a_lineage_not_an_initial() -> None:
    from wenxian.refparse.westnames import parse_author_list

    (person,) = parse_author_list("Lienhard, John H., V.")
    assert person.last_names == ["Lienhard"] and person.lineage_names == ["V"]
    assert [p.last_names for p in parse_author_list("Smith, V.")] == [["Smith"]]


def test_two_names_initials_first_joined_by_and_in_a_gbt_line() -> None:
    """biblatex's GB/T styles join two English names printed initials first with "and"."""
    entry = parse_reference("D. P. Marsh and S. P. Q. Lowe. The widgets package[M/OL]. 2021-09-16. https://example.org/w.")
    assert [str(p) for p in entry.persons["author"]] == ["{D. P. Marsh}", "{S. P. Q. Lowe}"]


def test_spie_book_article_and_paper() -> None:
    """SPIE's style: initials-first names, parts set off by commas, the year last; a book's "Publisher,
    Place, Year (second edition)", an article's "Journal 21, pp. …, Year", a paper "in Book, Editor, ed.,
    Proc. SPIE 1898, pp. …, Year"."""
    book = _read("R. T. Vance and P. Ode, Optics for Engineers, Lakeside Press, Reading, Mass., 2004 (second edition).")
    assert book.how == "spie" and book.entry.type == "book"
    f = book.entry.fields
    assert (f["publisher"], f["address"], f["year"], f["edition"]) == ("Lakeside Press", "Reading, Mass.", "2004",
                                                                       "second")
    assert [p.last_names for p in book.entry.persons["author"]] == [["Vance"], ["Ode"]]
    article = _read("A. B. Marsh, C. Lowe, and D. Ek, “Lenses that bend,” J. Opt. Eng. 21, pp. 187–191, 1963.")
    assert article.how == "spie" and article.entry.type == "article"
    f = article.entry.fields
    assert (f["journal"], f["volume"], f["pages"], f["year"]) == ("J. Opt. Eng.", "21", "187--191", "1963")
    paper = _read("K. Ode, “Blur in images,” in Imaging Systems, M. H. Lowe, ed., Proc. SPIE 1234, pp. 16–31, 1993.")
    assert paper.how == "spie" and paper.entry.type == "inproceedings"
    assert (paper.entry.fields["volume"], paper.entry.fields["booktitle"]) == ("1234", "Imaging Systems")
    chapter = _read("K. Ode, “Blur,” in Imaging, M. Lowe, ed., pp. 53–71, Field Press, Dordrecht, 1989.")
    assert (chapter.entry.fields["publisher"], chapter.entry.fields["address"]) == ("Field Press", "Dordrecht")


def test_a_section_in_capitals_above_the_lists_heading_is_the_documents_text() -> None:
    """A guide's table of citation commands, then "ACKNOWLEDGEMENTS" and "DATA AVAILABILITY" sections in
    capitals, then "REFERENCES" (MNRAS's guide): the list is the one under its heading, not the table, nor
    the last section's paragraph."""
    from wenxian.refparse.listcut import cut_list

    lines = ["Table 5. Commands to cite.", "\\citet{key}", "\\citep{key}", "", "Smith (2014)", "(Smith 2014)", "",
             "ACKNOWLEDGEMENTS", "We thank the referee for a careful reading of the draft and for many",
             "suggestions that made the text clearer.", "", "DATA AVAILABILITY",
             "The data underlying this article will be shared on reasonable request to the", "corresponding author.",
             "", "REFERENCES", "Lowe C. D., 2015, Journal of Distant Things, 17, 198",
             "Marsh A. B., 2014, The Sample Journal, 12, 345", "", "APPENDIX A: ABBREVIATIONS",
             "Abbreviations for the journals cited are listed in table A1."]
    cut = cut_list(lines)
    assert [item.line for item in cut.items] == [17, 18]
    assert cut.items[0].text.startswith("Lowe C. D., 2015")


def test_a_family_name_before_dotted_initials() -> None:
    """MNRAS's and the astronomy journals' "Smith A. B." is Smith with initials A. B., as IOP's "Smith A B"."""
    from wenxian.refparse.westnames import parse_author_list

    people = parse_author_list("Lowe C. D., Marsh A. B.")
    assert [(p.last_names, p.first_names) for p in people] == [(["Lowe"], ["C.", "D."]), (["Marsh"], ["A.", "B."])]


def test_astronomy_article_without_its_title() -> None:
    """MNRAS's (and A&A's) "Family I. I., Year, Journal, Vol, Page" with no title and no final stop."""
    reading = _read("Lowe C. D., Marsh A. B., and Ek E., 2015, Journal of Distant Things, 17, L198 (Paper II)")
    assert reading.how == "astronomy" and reading.entry.type == "article"
    f = reading.entry.fields
    assert (f["journal"], f["volume"], f["pages"], f["year"]) == ("Journal of Distant Things", "17", "L198", "2015")
    assert [p.last_names for p in reading.entry.persons["author"]] == [["Lowe"], ["Marsh"], ["Ek"]]


def test_a_query_in_a_url_spaced_out_by_the_pdf() -> None:
    """A forum's address spaced out by the PDF goes on over its query ("a . php ? b / Thesis / …"); a
    question mark before a sentence ends it."""
    from wenxian.refparse.text import close_spaced_urls

    assert close_spaced_urls("读。2007-03-27。https : / / bbs . example . net / a . php ? b / Thesis/M.11.A/4.rar，访问于 "
                             "2017-03-01。") == ("读。2007-03-27。https://bbs.example.net/a.php?b/Thesis/M.11.A/4.rar，"
                                                "访问于 2017-03-01。")
    assert close_spaced_urls("see https : / / example . org / page ? The rest.") == (
        "see https://example.org/page? The rest.")
