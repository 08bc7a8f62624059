"""Session 12, reffix10: reference lists as sealed10 showed them (entry splitting, URLs across line breaks,
the readers). The lists below are written for these tests, in the forms the styles print."""

from __future__ import annotations

from wenxian.refparse.listcut import cut_list, is_heading


def _cut(text: str):
    return cut_list(text.strip("\n").split("\n"))


def test_alpha_labels_alone_on_their_line_open_entries() -> None:
    """BibTeX's alpha labels ("[Knu86]", "[OPHS18]", "[wik18]"), often alone on their line with a blank line after
    them: each opens an entry, the label kept with it (no number: the document cites it by its label)."""
    cut = _cut("""
Referências Bibliográficas
[Abc16a]

Ana B. Costa. A first manual of typesetting. 2016. URL: https://example.org/pkg/
first/ [cited 2018-06-11].

[Abc16b]

Ana B. Costa. A second manual. 2016.
[DEF04] Dora Egas and Fabio Faria. The Companion Book
(second edition). Some Press, Reading, MA, 2004.
[wik18]

wikibook. Typesetting. wikibook, 2018.
""")
    assert [item.label for item in cut.items] == ["[Abc16a]", "[Abc16b]", "[DEF04]", "[wik18]"]
    assert [item.number for item in cut.items] == [None] * 4
    assert cut.items[0].text.startswith("Ana B. Costa. A first manual")
    assert cut.items[2].text.endswith("Reading, MA, 2004.")


def test_headings_with_their_adjective() -> None:
    assert is_heading("Referências Bibliográficas") and is_heading("Références bibliographiques")
    assert is_heading("Referencias bibliográficas") and not is_heading("Referências de leitura")


def test_labels_closed_by_a_parenthesis_and_a_note_among_them() -> None:
    """JPSJ's "1) Name: Title (Publisher, Place, Year)" labels, and the note "4) E-mail address is …" the journal
    sets among them: three entries, the note an aside."""
    cut = _cut("""
References
1) A. Author: A Book of Examples (Some Press, Reading, 1994) 2nd ed.,
Translation by B. Other (Other Press, Tokyo, 1999) [in Japanese].
2) C. Writer and D. Writer: Another Book (Press, Place,
1994) p. 257.
3) E. Last: Line by Line (Wiley, Chichester, 1999) 2nd ed., p. 129.
4) E-mail address is someone@example.org
""")
    assert [item.number for item in cut.items] == [1, 2, 3]
    assert cut.items[1].text.endswith("(Press, Place, 1994) p. 257.")
    assert cut.asides == [7]


def test_a_numbered_section_heading_above_the_list_is_not_an_entry() -> None:
    """A document's numbered section ("3. Typesetting and related issues") above the list's heading, the list
    numbered "1." from there: the section's lines are not the list's."""
    cut = _cut("""
3. Typesetting and related issues
The great advantage of this system over others is its ability to handle mathematics.

References
1. Zubov D. N., Statistical Thermodynamics, Consultants Bureau, New-York, 1974.
2. Holder A., Simon A., Phys. Rev. B, 1989, 39, 207–214, doi:10.1103/PhysRevB.39.207.
3. Melnik R. S., Theor. Math. Phys., 2000, 124, No. 2, 1145–1156.
""")
    assert [item.number for item in cut.items] == [1, 2, 3]
    assert cut.items[0].text.startswith("Zubov")


def test_author_year_heads_dated_by_day_and_month() -> None:
    """biblatex dates a work by its day and month in the list's language ("(27 oct. 2004a)", "(juin 1950)",
    "(3 fév. 2016)"): each such head opens an entry after a finished one."""
    cut = _cut("""
Références
Abel, A. (1877). The Rhetoric with a commentary by the late Edward
Cope. Cambridge University Press.
Abel, A. (1907). De Anima. Cambridge : Cambridge
University Press.
Abel, A. (1929). Physics. New York :
G. P. Putnam.
Augé, R. L. (1995). Heterogeneous catalysis. New York :
Marcel Dekker.
Avery, J. (1982). The Epistle on Something. New
York : Some Seminary of America.
Bard, J. C. et A. D. Lamb (27 oct. 2004a). Higher Algebra V: 2-Groups.
Version 3. arXiv : math/0307200v3.
Bard, J. C. et A. D. Lamb (2004b). « Higher Algebra V ». Theory 12, p. 423-491.
Hardy, O. et S. Lane (juin 1950). Our best films. Hollywood publishing house.
Ens, M. et M. Tre (3 fév. 2016). Das Register. url : http://mirrors.example.org/a.pdf.
Itz, N. (11 mars 1996). Some remarks. Version 1. arXiv : hep-th/9603067.
""")
    assert [item.text.split(" (")[0] for item in cut.items] == [
        "Abel, A.", "Abel, A.", "Abel, A.", "Augé, R. L.", "Avery, J.", "Bard, J. C. et A. D. Lamb", "Bard, J. C. et A. D. Lamb", "Hardy, O. et S. Lane",
        "Ens, M. et M. Tre", "Itz, N."]


def test_biblatex_french_localisation() -> None:
    """biblatex's author-year style in French: « » around an article's title, "et" between names, "p." before the
    pages, "In :", "Place : Publisher", the roles, editions and volumes as sentences after the title."""
    from wenxian.refparse.styles import biblatex_french

    read = biblatex_french.read
    assert read("Bert, A. et R. Went (1996). « Gromov invariants for maps ». J. Amer. Math. Soc. 9 (2), p. 529-571.") == {
        "year": "1996", "author": "Bert, A. and R. Went", "title": "Gromov invariants for maps",
        "container": "J. Amer. Math. Soc.", "volume": "9", "issue": "2", "pages": "529-571"}
    chapter = read("Hyde, A. (1981). « A Theory of the Intellect ». In : Studies in Aristotle. Sous la dir. de D. J. "
                   "Omar. Studies in Philosophy 9. Washington, D.C. : The Catholic University Press, p. 161-191.")
    assert chapter == {"year": "1981", "author": "Hyde, A.", "title": "A Theory of the Intellect", "type": "incollection",
                       "container": "Studies in Aristotle", "address": "Washington, D.C.",
                       "publisher": "The Catholic University Press", "pages": "161-191"}
    book = read("Arist (1929). Physics. Trad. par P. H. Wick et F. M. Corn. 2e éd. New York : G. P. Putnam.")
    assert book == {"year": "1929", "author": "Arist", "title": "Physics", "address": "New York", "publisher": "G. P. Putnam"}
    volume = read("Cole, S. T. (1983). The collected works of Cole. 7.2 : Biographia literaria. Sous la dir. de K. Coburn. "
                  "London : Routledge and Kegan Paul.")
    assert volume["title"] == "Biographia literaria" and volume["volume"] == "7.2"
    assert read("Geer, I. de (1985). « Earl, Saint, Bishop ». Thèse de doct. Uppsala : Uppsala Universitet.") == {
        "year": "1985", "author": "de Geer, I.", "title": "Earl, Saint, Bishop", "type": "phdthesis",
        "address": "Uppsala", "publisher": "Uppsala Universitet"}
    preprint = read("Baez, J. C. et A. D. Lamb (27 oct. 2004a). Higher Algebra V: 2-Groups. Version 3. arXiv : math/0307200v3.")
    assert preprint["title"] == "Higher Algebra V: 2-Groups" and preprint["eprint"] == "math/0307200v3"
    # An English APA line is no French one.
    assert read("Smith, J. (2001). A title. Journal of Things, 12(3), 1-10.") is None
    # A French title in an English list is no sign of the French localisation.
    assert read("Duv, G. and Lio, J. L. (1972). Les inéquations en méchanique et en physique. Dunod, "
                                "Paris, France (in French).") is None


def test_running_heads_after_the_page_number_between_author_year_entries() -> None:
    """A page breaking between two entries of an author-year list: its number, then the next page's running heads
    (the article's title, its authors with a note mark) before the next head; they are no part of the entry above."""
    cut = _cut("""
Références
Abel, A. (1877). The Rhetoric. Cambridge University Press.
Abel, A. (1907). De Anima. Cambridge : Cambridge University Press.
Abel, A. (1929). Physics. New York : G. P. Putnam.
Augé, R. L. (1995). Heterogeneous catalysis. New York : Marcel Dekker.
Brand, A. von et E. Hoff (1987). « Die Länder ». In : Europa. Stuttgart : Klett-Cotta,
p. 884-917.
13

Titre de l’article (French)

F. Last1 et al.

Chiu, W. W. et W. M. Chow (1978). A Hybrid Model. Rapp. scient. RC-6947. IBM.
Cicero, M. T. (1995). De natura deorum. Stuttgart : Reclam.
""")
    assert len(cut.items) == 7
    assert cut.items[4].text.endswith("Klett-Cotta, p. 884-917.")
    assert cut.asides == [10, 12]


def test_the_page_count_footer_and_a_run_in_acknowledgement_are_no_entry_text() -> None:
    cut = _cut("""
References
1) A. Diller: Line by Line (John Wiley & Sons, Chichester, 1999) 2nd ed., p. 129.
2) B. Other: Another Book (Press, Place, 2001).
5/5
""")
    assert cut.items[-1].text == "B. Other: Another Book (Press, Place, 2001)."
    cut = _cut("""
References
[1] Doob, J. L.: Heuristic approach. Ann. Math. Statistics 20, (1949), 393–403. MR0030732
[2] Smirnov, S. and Schramm, O.: On the scaling limits of planar percolation, arXiv:1101.5820
Acknowledgments. We are grateful to a colleague who provided many examples.
""")
    assert cut.items[-1].text.endswith("arXiv:1101.5820") and cut.trailing_line == 4


def test_a_journals_month_and_year_is_no_head() -> None:
    """The day-and-month date opens an entry only as a head's, closed by its full stop: a Chicago issue's "(July
    2003): 365–85" wrapped to a line's start is no head."""
    from wenxian.refparse.listcut import opens_author_year_entry

    assert opens_author_year_entry("Hardy, O. et S. Lane (juin 1950). Our best films.")
    assert not opens_author_year_entry("Studies 29 (July 2003): 365–85.")


def test_condensed_matter_physics_style() -> None:
    """cmpj's "Family I. I., Journal, Year, Vol, No. 2, pages" (no title), its books, chapters and preprints."""
    from wenxian.refparse.styles import cmp

    assert cmp.read("Holder A., Simon A., Phys. Rev. B, 1989, 39, 207–214, .") == {
        "author": "Holder A., Simon A.", "container": "Phys. Rev. B", "year": "1989", "volume": "39", "pages": "207–214"}
    assert cmp.read("Melnik R. S., Theor. Math. Phys., 2000, 124, No. 2, 1145–1156, ,[Teor. Mat. Fiz., 2000, 124, "
                    "No. 2, 339–352 (in Russian)].")["issue"] == "2"
    assert cmp.read("Zubov D. N., Statistical Thermodynamics, Consultants Bureau, New-York, 1974.") == {
        "author": "Zubov D. N.", "title": "Statistical Thermodynamics", "publisher": "Consultants Bureau",
        "address": "New-York", "year": "1974", "type": "book"}
    chapter = cmp.read("Olver F. W. J., In: Handbook of Functions with Formulas, Graphs, and Tables, Applied Mathematics "
                       "Series, Vol. 55, Abram M., Steg I. A. (Eds.), U.S. Government Printing Office, Washington, D.C., "
                       "1964, 355–434.")
    assert chapter["container"] == "Handbook of Functions with Formulas, Graphs, and Tables" and chapter["volume"] == "55"
    assert chapter["address"] == "Washington, D.C." and chapter["pages"] == "355–434"
    assert cmp.read("Mryg O., Kenn R., Scientometrics, 2013, , (in press).")["note"] == "in press"
    # Names given first are not this style's.
    assert cmp.read("A. Holder, B. Simon, Phys. Rev. B 39, 207 (1989).") is None


def test_ams_books_reports_theses_and_proceedings() -> None:
    """The AMS styles' forms beside the article: a book without its place, after its edition and series; a
    technical report and a working paper; a thesis with its department; a paper in proceedings after "in"."""
    from wenxian.refparse.otherstyles import read_other_style

    spans, style = read_other_style("F. Hara and E. M. Palm, Graphical enumeration, Academic Press, 1973.")
    assert style == "ams" and spans["publisher"] == "Academic Press" and "address" not in spans
    spans, _ = read_other_style("V. I. Arno, Methods of Mechanics, second ed., Graduate Texts in Mathematics 60, "
                                "Springer, New York, 1989.")
    assert (spans["title"], spans["edition"], spans["publisher"], spans["address"]) == (
        "Methods of Mechanics", "second", "Springer", "New York")
    spans, _ = read_other_style("M. Koji, S. Mizu and A. Yosh, A new method, Tech. Report B-194, Tokyo Inst. of "
                                "Technology, Dept. of Information Sciences, Tokyo, 1987.")
    assert spans["type"] == "techreport" and spans["number"] == "B-194" and spans["address"] == "Tokyo"
    assert spans["publisher"] == "Tokyo Inst. of Technology, Dept. of Information Sciences"
    spans, _ = read_other_style("Y. Yee, Interior algorithms, Ph.D. thesis, Stanford Univ., Dept. of Systems, Palo Alto, "
                                "CA, July 1987.")
    assert spans["type"] == "phdthesis" and spans["address"] == "Palo Alto, CA" and spans["year"] == "1987"
    spans, _ = read_other_style("R. Impa, L. Levi, and M. Lub, Pseudo-random generation, in Proc. 21st STOC (Seattle, "
                                "WA, USA), ACM, New York, 1989, pp. 12–24.")
    assert (spans["container"], spans["publisher"], spans["address"], spans["pages"]) == (
        "Proc. 21st STOC", "ACM", "New York", "12–24")


def test_jpsj_books_linguistics_volumes_and_online_items_with_their_year_as_a_sentence() -> None:
    from wenxian.refparse.otherstyles import read_other_style

    spans, style = read_other_style("A. Dill: Line by Line (John Wiley & Sons, Chichester, 1999) 2nd ed., p. 129.")
    assert style == "physics" and (spans["title"], spans["publisher"], spans["address"], spans["year"]) == (
        "Line by Line", "John Wiley & Sons", "Chichester", "1999")
    spans, _ = read_other_style("Shan, Claude E. (1948). A theory of communication. Bell System Technical Journal 27, "
                                "379–423, 623–656.")
    assert (spans["container"], spans["volume"], spans["pages"]) == ("Bell System Technical Journal", "27",
                                                                     "379–423, 623–656")
    spans, style = read_other_style("Scott Paki. The Symbol List. 2017. URL: [cited 2019-01-15].")
    assert style == "plain" and spans["title"] == "The Symbol List" and spans["type"] == "online"
    # The last of the names given first after ", and" is no title.
    found = read_other_style("Mia Goos, Frank Mitt, and Alex Sama. The Companion (second edition). Wesley, Reading, "
                             "MA, 2004.")
    assert found is None or not found[0].get("title", "").startswith("and ")


def test_a_spaced_url_goes_on_after_a_hyphen_and_stops_at_the_sentences_end() -> None:
    """A URL the PDF spaced out, its host hyphenated ("www . pragma - ade . nl"), kept whole; the sentence after its
    final stop ("thesis . pdf. PhD thesis.") is no part of it."""
    from wenxian.refparse.text import close_spaced_urls

    assert close_spaced_urls("From: http : / / www . pragma - ade . nl / pdftex / thesis . pdf. PhD thesis.") == (
        "From: http://www.pragma-ade.nl/pdftex/thesis.pdf. PhD thesis.")
    assert close_spaced_urls("ftp : / / ftp . isi . edu / end2end / end2end - interest 1990.mail. Visited") == (
        "ftp://ftp.isi.edu/end2end/end2end-interest1990.mail. Visited")
    # (a query's piece after its stop is the URL's: "…&sl=IBM. AS.&0S=AN/IBM")
    assert close_spaced_urls("http : / / FF&p=1&sl=IBM. AS.&0S=AN/IBM&RS=AN/") == "http://FF&p=1&sl=IBM.AS.&0S=AN/IBM&RS=AN/"


def test_a_copyright_footer_with_the_numbers_going_on_after_it_is_the_pages() -> None:
    """A two-column page's footer ("Copyright © 2022 by ASME") between [10] and [26] (entries 11–25 stand in the
    other column): the page's furniture, the list goes on; with no label after it, it ends the list."""
    cut = _cut("""
REFERENCES
[9] Lien, John H. “Steady Conduction.” ASME J. Heat Mass Transfer Vol. 145 No. 3 (2023): 031401.
[10] American Society. “User’s Guide.” Version 2.1. Archive Network (2018).
5

Copyright © 2022 by ASME

[26] Govi, Prakash. “Systems Including a Condenser.” US Patent #9700811 (2017).
[27] Fong, Chamb. “Analytical Methods.” ArXiv e-prints (2015).
""")
    assert [item.number for item in cut.items] == [9, 10, 26, 27] and 6 in cut.asides
    cut = _cut("""
REFERENCES
[1] Lien, John H. “Steady Conduction.” ASME J. Heat Mass Transfer Vol. 145 No. 3 (2023): 031401.
[2] American Society. “User’s Guide.” Version 2.1. Archive Network (2018).

Copyright © 2022 by ASME
""")
    assert [item.number for item in cut.items] == [1, 2] and cut.trailing_line == 5


def test_an_ams_book_title_is_one_sentence_after_the_names() -> None:
    """A Vancouver line ("SMITH J, BROWN K. Title. Publisher: Place; Year.") or names joined by "&" are no AMS book."""
    from wenxian.refparse.otherstyles import AMS_BOOK

    assert not AMS_BOOK.match("SMITH J, BROWN K. Measuring productivity. National Bureau of Economic Research: "
                              "Washington, DC, 2019.")
    assert not AMS_BOOK.match("Y. Kose, T. Momo & M. Kawa, Compiler, Springer, Berlin, 2002.")
    assert AMS_BOOK.match("F. Hara and E. M. Palm, Graphical enumeration, Academic Press, 1973.")
