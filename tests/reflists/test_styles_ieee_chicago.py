"""IEEE, Chicago and APA forms read into typed fields (lines written for these tests)."""

from __future__ import annotations

import pytest

from wenxian.refparse.reading import read_entry
from wenxian.refparse.text import canonical, join_wrapped
from wenxian.refparse.westnames import parse_author_list


def _plain(value) -> str:
    return str(value).replace("{", "").replace("}", "")


@pytest.mark.parametrize(("line", "kind", "fields", "authors"), [
    ("A. Wei, B. K. Olsen, and C. Moreau, “Sparse coding of tidal signals,” IEEE Trans. Signal Process., "
     "vol. 41, no. 3, pp. 210–222, Mar. 2011.", "article",
     {"journal": "IEEE Trans. Signal Process.", "volume": "41", "number": "3", "pages": "210--222",
      "year": "2011", "title": "Sparse coding of tidal signals"}, ["Wei", "Olsen", "Moreau"]),
    ("R. Tamm, “Graph cuts for river maps,” Ph.D. dissertation, Univ. of Tartu, Tartu, Estonia, 2004-06.",
     "phdthesis", {"school": "Univ. of Tartu", "address": "Tartu, Estonia", "year": "2004"}, ["Tamm"]),
    ("L. Okoro, “Buffer sizing in small routers,” M.S. thesis, Lagos Institute of Technology, 1999.",
     "mastersthesis", {"school": "Lagos Institute of Technology", "year": "1999"}, ["Okoro"]),
    ("H. Berg and T. Lund, “Queue models for rail yards,” Nordic Transit Lab, Oslo, Tech. Rep. NTL-17, 2008-02.",
     "techreport", {"institution": "Nordic Transit Lab", "address": "Oslo", "number": "NTL-17"}, ["Berg", "Lund"]),
    ("M. Ito, “Echo paths,” in Acoustic Networks, P. Ruiz and Q. Adams, Eds. Boston, MA: Harbor Press, 2001, "
     "ch. 4, pp. 77–99.", "incollection",
     {"booktitle": "Acoustic Networks", "publisher": "Harbor Press", "address": "Boston, MA", "pages": "77--99"},
     ["Ito"]),
    ("S. Park and D. Novak, Field Methods for Wetlands, 3rd ed. Leiden, The Netherlands: Marsh Books, 2015.",
     "book", {"title": "Field Methods for Wetlands", "edition": "3rd", "publisher": "Marsh Books",
              "address": "Leiden, The Netherlands"}, ["Park", "Novak"]),
])
def test_ieee_forms(line: str, kind: str, fields: dict[str, str], authors: list[str]) -> None:
    reading = read_entry(line)
    assert reading.how == "ieee" and reading.review is None
    assert reading.entry.type == kind
    for name, value in fields.items():
        assert _plain(reading.entry.fields[name]) == value
    assert [p.last_names[0] for p in reading.entry.persons["author"]] == authors


@pytest.mark.parametrize(("line", "kind", "fields"), [
    # JACoW's IEEE (round 12d): the title's comma after its closing quotation mark, the paper's ID at
    # its meeting after the date, a period before the pages, the department before the university.
    ("K. Osei and M. Varga, “Beam halo in compact rings”, in Proc. 4th Int. Beam Dynamics Conf. (IBDC’16), "
     "Lyon, France, Mar.-Apr. 2016. pp. 101-104.", "inproceedings",
     {"booktitle": "Proc. 4th Int. Beam Dynamics Conf. (IBDC’16)", "address": "Lyon, France", "pages": "101--104",
      "year": "2016", "title": "Beam halo in compact rings"}),
    ("K. Osei, “Beam halo in compact rings”, in Proc. IBDC’16, Lyon, France, Mar. 2016, paper TUX02, pp. 7–9.",
     "inproceedings", {"booktitle": "Proc. IBDC’16", "pages": "7--9", "note": "paper TUX02"}),
    ("K. Osei, “A talk on halos”, presented at IBDC’16, Lyon, France, Mar. 2016, paper MOB03, unpublished.",
     "inproceedings", {"address": "Lyon, France", "year": "2016", "note": "paper MOB03; unpublished"}),
    ("P. Lind, “Wake fields”, Phys. Rev. Accel. Beams, vol. 9, no. 2, p. 020101, Feb. 2006.", "article",
     {"journal": "Phys. Rev. Accel. Beams", "volume": "9", "number": "2", "pages": "020101"}),
    ("T. Roos, “Cold cavities”, Ph.D. thesis, Phys. Dept., Uppsala University, Uppsala, Sweden, 2013.",
     "phdthesis", {"school": "Uppsala University", "address": "Uppsala, Sweden", "note": "Phys. Dept."}),
    # …a place in three parts, and a report numbered "Rep." without "Tech.".
    ("A. Kahn, Field Guide to Cavities. Boston, MA, USA: Harbor Press, 1988.", "book",
     {"title": "Field Guide to Cavities", "address": "Boston, MA, USA", "publisher": "Harbor Press"}),
    ("T. Roos and L. Moss, “Cold ends”, in Cavity Handbook, R Hale, Ed. Boston, MA, USA: Harbor Press, 1994, "
     "pp. 42–48.", "incollection", {"booktitle": "Cavity Handbook", "address": "Boston, MA, USA", "pages": "42--48"}),
    ("G. Holm et al., “Title of a report”, Nordic Lab, Oslo, Norway, Rep. NL-2012-3, Oct. 2012.", "techreport",
     {"institution": "Nordic Lab", "address": "Oslo, Norway", "number": "NL-2012-3"}),
])
def test_ieee_with_the_titles_comma_after_the_quotation_mark(line: str, kind: str, fields: dict[str, str]) -> None:
    reading = read_entry(line)
    assert reading.how == "ieee"
    assert reading.entry.type == kind
    for name, value in fields.items():
        assert _plain(reading.entry.fields[name]) == value


def test_chicago_editors_head_and_a_chapter() -> None:
    book = read_entry("Varga, Ilona, and Tom Reyes, eds. 2003. Rivers of the Plain. Denver: Prairie Univ. Press.")
    assert book.how == "chicago" and book.entry.type == "book"
    assert "author" not in book.entry.persons
    assert [p.last_names[0] for p in book.entry.persons["editor"]] == ["Varga", "Reyes"]
    assert book.entry.fields["publisher"] == "Prairie Univ. Press"
    chapter = read_entry("Holm, K. 2010. “Salt Roads.” In Trade Before Ports, edited by A. B. Chan and L. Dube. "
                         "Cairo: Nile House. Accessed May 3, 2012.")
    assert chapter.how == "chicago" and chapter.entry.type == "incollection"
    assert chapter.entry.fields["booktitle"] == "Trade Before Ports"
    assert [p.last_names[0] for p in chapter.entry.persons["editor"]] == ["Chan", "Dube"]
    season = read_entry("Orr, Mae. 1931. “Frost Fairs?” Lake Quarterly (Winter): 3–9.")
    assert season.entry.fields["journal"] == "Lake Quarterly" and "number" not in season.entry.fields
    assert _plain(season.entry.fields["title"]) == "Frost Fairs?"


def test_what_a_pattern_would_cut_wrongly_is_no_chicago_reading() -> None:
    """A reprint: the original's date in parentheses is not the year, and no Chicago pattern reads the
    line. (Since round 13 the learned reader, trained on the seen real lists too, reads it — the
    original's year for the year, "Fell. Reprint" for the publisher: a known wrong reading, left. A
    guard declining labellings with a field in two places was tried: on the dev lists it changed little
    (CSL dev styles 68.0 -> 67.9 %, 368 -> 365 wrong values), on the held-out real lists it cost 91.4 ->
    90.1 %, so it was not kept.)"""
    reading = read_entry("Klee, Anna. (1911) 1966. The Loom. London: Fell. Reprint, New York: Dover.")
    assert reading.how != "chicago"


def test_a_translator_in_the_authors_place_is_no_chicago_reading() -> None:
    """No Chicago pattern takes "Name, trans." for the head. Since round 13 the learned reader (trained
    on the seen real lists too) reads the line, its names in the head's place — as the real Chicago
    list's gold has them ("Silverstein, Theodore, trans. 1974. …", tests/data/reflists/real/dev)."""
    reading = read_entry("Lenz, Otto, trans. 1950. Old Songs. Vienna: Haus Verlag.")
    assert reading.how == "crf"
    assert (reading.entry.fields["year"], reading.entry.fields["publisher"]) == ("1950", "Haus Verlag")


def test_apa_notes_and_a_question_title() -> None:
    reading = read_entry("Ruiz, P. (1990). Tides and time (K. Ho & M. Li, Trans.). Sea Letters, 4(2), 5–9. "
                         "(Original work published 1970)")
    assert reading.how == "apa" and _plain(reading.entry.fields["title"]) == "Tides and time"
    assert reading.entry.fields["journal"] == "Sea Letters"
    question = read_entry("Moss, T. (2018, May 2). Do rivers remember? River Notes.")
    assert _plain(question.entry.fields["title"]) == "Do rivers remember?"
    news = read_entry("Dale, A. (2019, June 3). Bridges reopen. The Harbor Gazette, B4.")
    assert news.entry.fields["journal"] == "The Harbor Gazette" and news.entry.fields["pages"] == "B4"


def test_names_with_accents_initials_first_and_an_apa_ellipsis() -> None:
    names = parse_author_list("Peña-Gómez, V., Müller, C., & Øster, J. J.")
    assert [p.last_names[0] for p in names] == ["Peña-Gómez", "Müller", "Øster"]
    names = parse_author_list("P. Lind, K. K. Ruiz, and M. Sato")
    assert [(p.last_names[0], " ".join(p.first_names)) for p in names] == [
        ("Lind", "P."), ("Ruiz", "K. K."), ("Sato", "M.")]
    names = parse_author_list("Abe, A., Bo, B., … Cole, C.")
    assert [p.last_names[0] for p in names] == ["Abe", "Bo", "Cole"]


def test_letter_spaced_ideographs_and_a_comma_after_a_url() -> None:
    assert canonical("华 东 理 工 大 学 图 书 馆. 指南[EB/OL]") .startswith("华东理工大学图书馆. ")
    assert canonical("张 三, 李四") == "张 三, 李四"  # two characters: may be a spaced name, left alone
    assert join_wrapped(["Notes [EB/OL]. http://example.org/a/b.htm,", "accessed on 1999-12-08."]) == (
        "Notes [EB/OL]. http://example.org/a/b.htm, accessed on 1999-12-08.")
    assert join_wrapped(["See https://example.org/a,", "b/c.html"]) == "See https://example.org/a,b/c.html"


@pytest.mark.parametrize(("line", "kind", "fields"), [
    ("Okafor CE, Lindqvist B, Haas M, et al. Salt intake in adolescents. N Engl J Med 2019;381:1205-14.",
     "article", {"journal": "N Engl J Med", "volume": "381", "pages": "1205--14"}),
    ("Park J, Kim S. Clinical pharmacology. 3rd ed. New York: McGraw-Hill; 2012.",
     "book", {"title": "Clinical pharmacology", "edition": "3rd", "publisher": "McGraw-Hill"}),
    ("Okafor CE. Renal salt handling. In: Berg T, Lund H, editors. Kidney physiology. 2nd ed. Boston: Harbor "
     "Press; 2010. p. 45-67.", "incollection",
     {"booktitle": "Kidney physiology", "pages": "45--67", "address": "Boston", "edition": "2nd"}),
])
def test_vancouver_forms(line: str, kind: str, fields: dict[str, str]) -> None:
    reading = read_entry(line)
    assert reading.how == "vancouver" and reading.entry.type == kind
    for name, value in fields.items():
        assert _plain(reading.entry.fields[name]) == value


def test_ieee_proceedings_with_a_place_and_what_stays_verbatim() -> None:
    paper = read_entry("A. Wei and B. Olsen, “Tidal coding,” in Proc. 12th Int. Workshop Tides, Oslo, Norway, "
                       "Jun. 2019, pp. 1–5.")
    assert paper.how == "ieee" and paper.entry.type == "inproceedings"
    assert paper.entry.fields["booktitle"] == "Proc. 12th Int. Workshop Tides"
    assert paper.entry.fields["address"] == "Oslo, Norway"
    # A comma inside the meeting's name: where the place starts cannot be told, no IEEE reading. (Since
    # round 13 the learned reader reads it: the meeting's name whole for the proceedings, no place.)
    meeting = read_entry("A. Wei, “Tidal coding,” in Proc. IEEE Int. Conf. Acoust., Speech Signal Process. "
                         "(ICASSP), Brighton, U.K., 2019, pp. 210–214.")
    assert meeting.how != "ieee" and "address" not in meeting.entry.fields


def test_a_line_cut_at_an_initial_is_not_read_as_a_gbt_line_without_code() -> None:
    # "A" as the authors and "1" as the journal: implausible, so the IEEE reading or verbatim.
    reading = read_entry("A. Wei, “Tidal coding,” IEEE Trans. Signal Process., vol. 67, no. 3, pp. 701–712, "
                         "Feb. 1, 2019.")
    assert reading.how == "ieee" and reading.entry.fields["journal"] == "IEEE Trans. Signal Process."
    assert read_entry("B. Lund. Tides and time. 4, 2019.").how == "verbatim"


def test_an_apa_item_dated_to_the_day_appeared_in_a_periodical_not_at_a_publisher() -> None:
    dated = read_entry("Moss, T. (2018, May 2). Do rivers remember? River Notes.")
    assert dated.entry.fields["journal"] == "River Notes" and "publisher" not in dated.entry.fields
    online = read_entry("Lee, K., & Ng, P. (2020). Tide tables revisited. Coastal Letters. Advance online publication.")
    assert online.entry.fields["journal"] == "Coastal Letters"
    book = read_entry("Lee, K. (2020). Tide tables revisited. Harbor Press.")
    assert book.entry.type == "book" and book.entry.fields["publisher"] == "Harbor Press"


def test_online_notes_after_the_source_are_not_part_of_it() -> None:
    thesis = read_entry("R. Tamm, “Graph cuts for river maps,” Ph.D. dissertation, Univ. of Tartu, Tartu, Estonia, "
                        "2004-06. [Online]. Available: https://example.org/tamm.pdf")
    assert thesis.how == "ieee" and thesis.entry.fields["url"] == "https://example.org/tamm.pdf"
    page = read_entry("Moss, T. (2019). Tide clocks. Harbor Wiki. Retrieved May 2, 2020, from https://example.org/t")
    assert page.entry.fields["journal"] == "Harbor Wiki" and page.entry.fields["url"] == "https://example.org/t"


def test_a_book_with_commas_before_its_series_is_read_whole() -> None:
    # A book's name with commas inside, then its series in parentheses and again after a comma: the
    # name ends at the parenthesis, so the place is told (it was kept verbatim before).
    reading = read_entry("M. Ito, “Echo paths,” in Rivers, Lakes and Seas (Water Series), Water Series. New York: "
                         "Harbor, 2001, pp. 1–9.")
    fields = reading.entry.fields
    assert (fields["booktitle"], fields["series"], fields["address"]) == ("Rivers, Lakes and Seas", "Water Series",
                                                                        "New York")


@pytest.mark.parametrize("line", [
    # No period after a book title: the place would swallow its words.
    "B. Culm, Introduction to Tides. Reading, MA: Harbor, 1972.",
])
def test_ieee_places_never_swallow_titles(line: str) -> None:
    reading = read_entry(line)
    fields = reading.entry.fields
    assert reading.how == "verbatim" or (
        _plain(fields.get("title", "")) == "Introduction to Tides" and fields.get("address") == "Reading, MA")


def test_a_note_after_the_url_is_not_part_of_it_and_the_year_is_the_dated_one() -> None:
    from wenxian.refparse.listcut import cut_list

    item = cut_list(["[1] 胡明. 符合 GB/T 7714-2015 的样式 [EB/OL]. version 1.1, (2022-08-29)",
                     "https://example.org/pkg/style", "", "文档：CTAN: macros/style.pdf"]).items[0]
    reading = read_entry(item.text)
    assert reading.entry.fields["url"] == "https://example.org/pkg/style"
    assert reading.entry.fields["year"] == "2022"  # not 2015, the standard's year in the title
    aip = read_entry("G. Holm and J. Dale, “Salt in tides”, J. Sea Soc., 2099–2106 (1962).")
    assert aip.entry.fields["year"] == "1962"


def test_gbt_names_joined_by_and_and_a_given_name_with_a_middle_initial() -> None:
    from wenxian.refparse.names import parse_names

    assert [str(p) for p in parse_names("Mittelbach F and Goossens M")] == ["Mittelbach, F.", "Goossens, M."]
    assert [str(p) for p in parse_names("Department of Science and Technology")] == [
        "{Department of Science and Technology}"]
    reading = read_entry("Paul W. Abrahams, Karl Berry and Kathryn A. Hargreaves. Tide tables. Harbor, 1990. "
                         "ISBN: 0-201-51375-7")
    assert [p.last_names[0] for p in reading.entry.persons["author"]] == ["Abrahams", "Berry", "Hargreaves"]


def test_gbt_names_printed_family_comma_initials_and_a_lineage_after_the_initials() -> None:
    # biblatex-gb7714-2015's multilingual list: each name "FAMILY, I." and commas between names.
    from wenxian.refparse.names import parse_names

    def names(block: str) -> list[str]:
        return [str(p) for p in parse_names(block)]

    assert names("PHiLiPPE, B., JEAN, T.") == ["PHiLiPPE, B.", "Jean, T."]
    assert names("Greenwood, J., Hercowitz, Z., Huffman, G. W.") == ["Greenwood, J.", "Hercowitz, Z.",
                                                                    "Huffman, G. W."]
    assert names("Кузнецов, А. В., Петров, C. В., и др.") == ["Кузнецов, А. В.", "Петров, C. В.", "others"]
    # The ordinary forms are unchanged: GB/T "Smith J, Lee K", a lone family name, Chinese names.
    assert names("Smith J, Lee K") == ["Smith, J.", "Lee, K."]
    assert names("张三, 李四, 等") == ["张三", "李四", "others"]
    # Initials alone after a name that has its own are not read as its initials.
    assert names("Smith J, K") == ["Smith, J.", "{K}"]
    # A lineage printed after the initials ("Von Peebles P Z Jr.") is the name's lineage.
    (peebles,) = parse_names("Von Peebles P Z Jr.")
    assert peebles.last_names == ["Von", "Peebles"] and peebles.lineage_names == ["Jr."]


def test_chicago_books_with_an_edition_a_translator_a_note_and_a_body_or_pen_name_as_author() -> None:
    def read(line: str):
        r = read_entry(line)
        assert r.how == "chicago", line
        return r.entry

    book = read("Thomson, E. P. 1964. The Making of a Class. New York: Pantheon. (Published in UK in 1963.)")
    assert (book.fields["publisher"], book.fields["address"], book.fields["note"]) == (
        "Pantheon", "New York", "Published in UK in 1963.")
    manual = read("University of Chicago Press. 2017. The Manual of Style. 17th ed. Chicago: University of Chicago Press.")
    assert manual.fields["edition"] == "17th" and str(manual.persons["author"][0]) == "{University of Chicago Press}"
    pen = read("Stendhal [Marie Henri Beyle]. 1925. The Charterhouse. Translated by C. K. Scott. New York: Boni.")
    assert str(pen.persons["author"][0]) == "{Stendhal}" and pen.fields["translator"] == "Scott, C. K."
    revised = read("Turabian, Kate L. 2013. A Manual for Writers. 8th ed. Revised by Wayne C. Booth. Chicago: "
                   "University of Chicago Press.")
    assert revised.fields["note"] == "Revised by Wayne C. Booth" and revised.fields["edition"] == "8th"


def test_ieee_books_headed_by_editors_with_a_series_and_notes_after_the_year() -> None:
    eds = read_entry("J. C. Cand and G. C. Tem, Eds., Converters: Theory, Design and Simulation. New York: "
                     "IEEE Press, 1992.")
    assert eds.how == "ieee" and [p.last_names for p in eds.entry.persons["editor"]] == [["Cand"], ["Tem"]]
    assert eds.entry.fields["title"].replace("{", "").replace("}", "") == "Converters: Theory, Design and Simulation"
    series = read_entry("J. Breck, Ed., Directional Series (Lecture Notes in Statistics). Berlin, Germany: "
                        "Springer, 1989, vol. 61.")
    assert (series.entry.fields["series"], series.entry.fields["volume"]) == ("Lecture Notes in Statistics", "61")
    russian = read_entry("B. K. Bull, Magnetic Circuits. Moscow: Energia Press, 1964, p. 464, (in Russian).")
    assert russian.entry.fields["note"] == "in Russian" and russian.entry.fields["publisher"] == "Energia Press"
    # Names before a book's title hold no commas of their own: "A, B, and C, Title" is not read
    # as "A" and a title "B, and C, Title".
    plain = read_entry("A. Sm, B. Jo, and C. Le, Tide Tables. Harbor: Sea Press, 2000.")
    assert [p.last_names for p in plain.entry.persons["author"]] == [["Sm"], ["Jo"], ["Le"]]
    wide = read_entry("A. Cast and J. Piq, “Midgap traps,” Phys. Rev. B., vol. 56, no. 23, pp. 14 897–14 900, 1997.")
    assert wide.entry.fields["pages"] == "14 897--14 900"


def test_a_lineage_after_a_western_name_is_the_lineage_not_the_family_name() -> None:
    from wenxian.refparse.westnames import parse_author_list

    def read(text: str) -> list[tuple[list[str], list[str]]]:
        return [(p.last_names, p.lineage_names) for p in parse_author_list(text)]

    assert read("A. J. Ardo III, F. P. Gent Jr., and H. E. Sim") == [
        (["Ardo"], ["III"]), (["Gent"], ["Jr."]), (["Sim"], [])]
    assert read("Ardo III, A. J., Harl, R. L. & Kli, M.") == [(["Ardo"], ["III"]), (["Harl"], []), (["Kli"], [])]
    assert read("Lucas, Robert E., Jr.") == [(["Lucas"], ["Jr."])]
    aip = read_entry("A. J. Ardo III, R. L. Harl, and M. Kli, “A stable carbene”, J. Chem. Soc. 113, 361–363 (1991).")
    assert aip.how == "aip" and [p.last_names for p in aip.entry.persons["author"]] == [["Ardo"], ["Harl"], ["Kli"]]


def test_bibtex_plain_books_with_names_given_first_and_an_isbn() -> None:
    r = read_entry("Paul W. Abram, Karl Berr and Kathryn A. Harg. TeX for the Hasty. Addison, 1990. ISBN: 0-201-51375-7")
    assert r.how == "plain" and [p.last_names for p in r.entry.persons["author"]] == [["Abram"], ["Berr"], ["Harg"]]
    assert (r.entry.fields["publisher"], r.entry.fields["year"], r.entry.fields["isbn"]) == (
        "Addison", "1990", "0-201-51375-7")
    placed = read_entry("Donald E. Knu. The Book. New York : Springer, 1995. ISBN:0-387-94556-3")
    assert (placed.entry.fields["address"], placed.entry.fields["publisher"]) == ("New York", "Springer")


def test_a_nejm_chapter_names_its_editors_without_in() -> None:
    r = read_entry("Goad PJ. Headache. Silber SD, Lipt RB, eds. Head Pain 2001:57–72.")
    assert r.how == "vancouver" and r.entry.type == "incollection"
    assert (r.entry.fields["booktitle"], r.entry.fields["pages"], r.entry.fields["year"]) == (
        "Head Pain", "57--72", "2001")
    assert [p.last_names for p in r.entry.persons["editor"]] == [["Silber"], ["Lipt"]]


def test_nature_articles_books_theses_reports_and_edited_books() -> None:
    art = read_entry("Ardo III, A. J., Harl, R. L. & Kli, M. A stable carbene. J. Am. Chem. Soc. 113, 361–363 (1991).")
    assert art.how == "nature" and art.entry.fields["journal"] == "J. Am. Chem. Soc."
    assert [p.last_names for p in art.entry.persons["author"]] == [["Ardo"], ["Harl"], ["Kli"]]
    novol = read_entry("Boo, G. & Cha, J. Complexes of iron(II), and nickel(II). J. Chem. Soc., 2099–2106 (1962).")
    assert (novol.entry.fields["pages"], "volume" in novol.entry.fields) == ("2099--2106", False)
    book = read_entry("Arma, W. L. F. & Cha, C. L. L. Purification 5th ed. (Butterworth, London, 2003).")
    assert (book.entry.fields["edition"], book.entry.fields["publisher"], book.entry.fields["address"]) == (
        "5th", "Butterworth", "London")
    thesis = read_entry("Gau, M. J. Palladium reactions PhD thesis (University of Cambridge, Cambridge, "
                        "United Kingdom, 1999).")
    assert thesis.entry.type == "phdthesis" and thesis.entry.fields["address"] == "Cambridge, United Kingdom"
    report = read_entry("All, R. A. & Smi, D. B. Radioisotope Data UKAEA Research Group Report AERE-R 2938 "
                        "(H.M.S.O., London, 1961).")
    assert report.entry.type == "techreport" and report.entry.fields["title"].replace("{", "").replace(
        "}", "") == "Radioisotope Data"
    edited = read_entry("Carbene Catalysis (ed Glor, F.) (Springer, Berlin, 2007).")
    assert edited.how == "nature" and [p.last_names for p in edited.entry.persons["editor"]] == [["Glor"]]


def test_names_printed_given_name_first_are_not_read_as_one_inverted_name() -> None:
    from wenxian.refparse.westnames import parse_author_list

    def read(text: str) -> list[str]:
        return [str(p) for p in parse_author_list(text)]

    assert read("Michel Goos, Sebastian Rah and Frank Mitt") == ["Goos, Michel", "Rah, Sebastian", "Mitt, Frank"]
    assert read("Karl Berr, Jim Heff, Vincent Belai") == ["Berr, Karl", "Heff, Jim", "Belai, Vincent"]
    assert read("Chen, Lei, Hao Wang, and Qi Li") == ["Chen, Lei", "Wang, Hao", "Li, Qi"]  # Chicago stays
    assert read("De Gort, Harry and Johan Swin") == ["De Gort, Harry", "Swin, Johan"]
    assert read("World Health Organization") == ["{World Health Organization}"]


def test_plain_books_with_the_edition_after_the_title_and_the_place_after_the_publisher() -> None:
    r = read_entry("Leslie Lamp. A Document System, 2nd edition. Addison-Wesley, Reading, Massachusetts, 1994, "
                   "ISBN 0-201-52983-1.")
    assert r.how == "plain" and (r.entry.fields["edition"], r.entry.fields["publisher"], r.entry.fields["address"],
                                 r.entry.fields["isbn"]) == ("2nd", "Addison-Wesley", "Reading, Massachusetts",
                                                             "0-201-52983-1")
    zh = read_entry("刘海. 入门. 电子工业出版社, 北京, 2013, ISBN 978-7-121-20208-7.")
    assert (zh.entry.fields["publisher"], zh.entry.fields["address"], zh.entry.fields["year"]) == (
        "电子工业出版社", "北京", "2013")
    # The names' area does not end at an initial's period ("Patrick W. Daly, Guide …"): it ends at the
    # comma after the name "and" joins (read so since the ninth round; never "Patrick W" and a title "Dal, …").
    cut = read_entry("Helmut Kop and Patrick W. Dal, Guide to It, 4th edition. Addison, Reading, Mass, 2004.")
    assert cut.how == "verbatim" or (
        [str(p) for p in cut.entry.persons["author"]] == ["Kop, Helmut", "Dal, Patrick W."]
        and cut.entry.fields["title"].startswith("Guide"))


def test_iop_lines_without_punctuation_between_their_parts() -> None:
    """IOP (iopart-num): names with spaced initials, the year, then the parts side by side."""
    art = read_entry("Okafor B and Lind K T 2003 Phys. Rev. B 61 024415")
    assert art.how == "iop" and art.entry.type == "article" and "title" not in art.entry.fields
    assert (art.entry.fields["journal"], art.entry.fields["volume"], art.entry.fields["pages"]) == (
        "Phys. Rev. B", "61", "024415")
    assert [str(p) for p in art.entry.persons["author"]] == ["Okafor, B.", "Lind, K. T."]
    issue = read_entry("Rask P Q et al. 2011 Nucl. Phys. A 30(s02) 77 (Preprint nucl-th/0101001)")
    assert (issue.entry.fields["number"], issue.entry.fields["note"]) == ("s02", "Preprint nucl-th/0101001")
    book = read_entry("Mendes A 1981 Tidal Flows in Estuaries 2nd ed (Coastal Studies vol 12) (Lisbon: Mar Press) p 45")
    assert book.how == "iop" and (book.entry.fields["edition"], book.entry.fields["volume"],
                                  book.entry.fields["series"], book.entry.fields["address"],
                                  book.entry.fields["publisher"], book.entry.fields["pages"]) == (
        "2nd", "12", "Coastal Studies", "Lisbon", "Mar Press", "45")
    edited = read_entry("Vass E N and Holm R (eds) 1999 Wave Tables vol 3 Shallow Water (Oslo: Fjord Books)")
    assert [str(p) for p in edited.entry.persons["editor"]] == ["Vass, E. N.", "Holm, R."]
    assert (edited.entry.fields["volume"], edited.entry.fields["note"]) == ("3", "vol 3 Shallow Water")
    thesis = read_entry("Tanaka Y H 2008 Ph.D. thesis Kyoto University")
    assert thesis.entry.type == "phdthesis" and thesis.entry.fields["school"] == "Kyoto University"
    preprint = read_entry("Berg U 2015 Lattice sums revisited (Preprint math-ph/1501002)")
    assert preprint.entry.type == "unpublished" and preprint.entry.fields["note"] == "Preprint math-ph/1501002"
    # A title run into the book's title without punctuation cannot be cut: no IOP reading. (Since round 13
    # the learned reader reads it, the book's title run into the title — a known wrong reading, left: declining
    # readings that leave words unread cost more right fields than wrong ones on the dev lists.)
    assert read_entry("Holt M 1996 Beam sources Molecular Physics (Methods vol 29) ed Lee F B (Boston: Academic)"
                      ).how not in ("iop", "physics")


def test_letters_with_combining_marks_are_read_composed() -> None:
    """pdftotext may give "é" as "e" + U+0301: the title's case braces must not split the two."""
    r = read_entry("Nolf, D. (1972) Deuxie\u0300me note sur les Te\u0301le\u0301oste\u0301ens (E\u0301oce\u0300ne). "
                   "Bulletin de Géologie, 81(1-2), 95–109.")
    assert r.how == "apa" and _plain(r.entry.fields["title"]) == "Deuxième note sur les Téléostéens (Éocène)"
    assert str(r.entry.persons["author"][0]) == "Nolf, D."


def test_chinese_names_joined_by_an_ampersand_are_two_names() -> None:
    from wenxian.refparse.names import parse_names

    assert [str(p) for p in parse_names("张胜涛 & 王忆波")] == ["张胜涛", "王忆波"]
    r = read_entry("张涛 & 王波. 排版实用教程. 北京: 清华大学出版社, 2005.")
    assert [str(p) for p in r.entry.persons["author"]] == ["张涛", "王波"]
    assert [str(p) for p in parse_names("Johnson & Johnson")] == ["{Johnson & Johnson}"]  # not Chinese: one name, as before


def test_names_title_and_year_before_a_url_are_an_online_item() -> None:
    r = read_entry("李果. 大家来学排版, 2004. URL http://example.org/tex/latex123/.")
    assert (r.how, r.entry.type, r.entry.fields["year"], r.entry.fields["url"]) == (
        "plain", "online", "2004", "http://example.org/tex/latex123/")
    assert _plain(r.entry.fields["title"]) == "大家来学排版"
    en = read_entry("Tobias Oet. A Short Guide to Typesetting, 2008. URL http://example.org/guide/.")
    assert en.how == "plain" and _plain(en.entry.fields["title"]) == "A Short Guide to Typesetting"
    # Without the address the same words are no online item: nothing says where the work is (read
    # whole, they are a work with names, a title and a year, and no source).
    bare = read_entry("Tobias Oet. A Short Guide to Typesetting, 2008.")
    assert bare.entry.type == "misc" and "url" not in bare.entry.fields


def test_a_gbt_line_without_a_code_whose_source_has_no_volume_or_pages_is_a_book() -> None:
    book = read_entry("Knut, Donald. The Typesetting Book. Addison–Wesley, 1986.")
    assert (book.how, book.entry.type, book.entry.fields["publisher"], "journal" in book.entry.fields) == (
        "gbt-no-code", "book", "Addison–Wesley", False)
    art = read_entry("王明. 城市交通研究. 交通学报, 2019, 12(3): 45-50.")
    assert art.entry.type == "article" and art.entry.fields["journal"] == "交通学报"


def test_a_verbatim_entry_keeps_names_with_packed_initials() -> None:
    """The head of an entry no style reads: "W.N.," or "A.A." do not end its names."""
    r = read_entry("Frick, R., Eschm, W.N., & van der Laa, R. (2019) Catalog of fishes: genera Available from "
                   "the museum")
    assert r.how == "verbatim"
    assert [p.last_names[-1] for p in r.entry.persons["author"]] == ["Frick", "Eschm", "Laa"]
    one = read_entry("Switch, A.A. (1968) A new genus. In: Ocherki po Filogenii. pp. 157–161.")
    assert [str(p) for p in one.entry.persons["author"]] == ["Switch, A. A."]
    # An initial's period before the year in parentheses does not end the names either.
    from wenxian.refparse.reading import _LEAD

    head = _LEAD.match("Babik, Mustafa H., John M. Reil, and Henry D. Jaco (1999b) “Nuclear power,” Energy")
    assert head.group(1) == "Babik, Mustafa H., John M. Reil, and Henry D. Jaco"


def test_chicago_recordings_series_and_a_place_without_publisher() -> None:
    audio = read_entry("Strayed, Cheryl. 2012. Wild: From Lost to Found on the Pacific Crest Trail. Read by Bernadette "
                       "Dunne. New York: Random House Audio. Audible audio ed., 13hr., 6 min.")
    f = audio.entry.fields
    assert audio.how == "chicago" and (f["address"], f["publisher"]) == ("New York", "Random House Audio")
    assert f["note"] == "Read by Bernadette Dunne; Audible audio ed., 13hr., 6 min."
    series = read_entry("Twain, Mark. 1990. The Humor of Mark Twain. Commuters’ Library. Arlington, TX: Entertainment "
                        "Software. 6 cassettes.")
    f = series.entry.fields
    assert (f["series"], f["address"], f["publisher"], f["note"]) == (
        "Commuters’ Library", "Arlington, TX", "Entertainment Software", "6 cassettes.")
    report = read_entry("Suangtho, V., and E. B. Lauridson. 1990. Flowering and Seed Production in Tectona grandis "
                        "L.f.: Report on the DANIDA Training Course on Tree Improvement Program. Chiang Mai, Thailand.")
    assert report.how == "chicago" and report.entry.fields["address"] == "Chiang Mai, Thailand"
    assert report.entry.fields["title"].endswith("{Program}")


def test_ieee_patents_and_a_paper_submitted_without_a_year() -> None:
    patent = read_entry("U. Hideki, “Quadrature modulation circuit,” Japanese Patent 152932/92, 1992-05-20.")
    assert patent.how == "ieee" and patent.entry.type == "patent"
    assert (patent.entry.fields["number"], patent.entry.fields["year"]) == ("Japanese Patent 152932/92", "1992")
    request = read_entry("F. Kowalik and M. Isard, “Estimateur d’un défaut de fonctionnement,” French, French Patent "
                         "Request 9 500 261, 1995-01-11.")
    assert request.entry.fields["number"] == "French Patent Request 9 500 261"
    submitted = read_entry("N. Kahale and R. Urbanke, “On the minimum distance of parallel and serially concatenated "
                           "codes,” IEEE Trans. Inf. Theory, submitted for publication.")
    assert submitted.how == "ieee" and submitted.entry.fields["journal"] == "IEEE Trans. Inf. Theory"
    assert "year" not in submitted.entry.fields and "no year" in submitted.review


def test_chicago_university_reports_and_papers_presented_at_a_meeting() -> None:
    wp = read_entry("Fishbourne, N., and B. Geagh. 1974. “Food Policies and Social Supply.” Working paper, Dept. of "
                    "Agr. Econ., University of California, Davis.")
    f = wp.entry.fields
    assert wp.entry.type == "techreport" and f["institution"] == "University of California, Davis"
    assert f["number"] == "Working paper, Dept. of Agr. Econ."
    bull = read_entry("Heady, E.O., D. McKee, and C.B. Haver. 1955a. “Farm Size Adjustments.” Dept. Agr. Econ Bull. "
                      "No. 428, Iowa State University, May.")
    assert bull.entry.fields["institution"] == "Iowa State University"  # "May" is the month, not a campus
    met = read_entry("Blakley, L. 1974. “Domestic Food Costs.” Paper presented at AAEA annual meeting, College "
                     "Station TX, 4–8 August.")
    f = met.entry.fields
    assert met.entry.type == "inproceedings" and (f["booktitle"], f["address"], f["note"]) == (
        "AAEA annual meeting", "College Station TX", "4–8 August")


def test_an_aip_article_in_press_its_comma_after_the_quotation_mark() -> None:
    press = read_entry("D. Pugh, J. A. Wright, and A. A. Danopoulos, “‘Pincer’ pyridine dicarbene iridium complexes: "
                       "facile C–H activations”, Angew. Chem. Int. Ed., in press.")
    f = press.entry.fields
    assert (f["journal"], f["note"]) == ("Angew. Chem. Int. Ed.", "in press") and "year" not in f
    assert [p.last_names[0] for p in press.entry.persons["author"]] == ["Pugh", "Wright", "Danopoulos"]


@pytest.mark.parametrize(("line", "kind", "school"), [
    ("Okoro, A. B. (2004). Tidal maps for small harbours. PhD thesis, Lagos Institute of Technology.",
     "phdthesis", "Lagos Institute of Technology"),
    ("Lind, P. (2011). Reed beds. Master's thesis, Uppsala University.", "mastersthesis", "Uppsala University"),
])
def test_an_author_year_thesis_with_its_kind_where_the_publisher_stands(line: str, kind: str, school: str) -> None:
    """natbib's author-year styles print "Title. PhD thesis, University." (ndsu-thesis in sealed6, round
    12d; lines written for this test): the kind is no publisher, the university is the school."""
    reading = read_entry(line)
    assert reading.how == "apa" and reading.entry.type == kind
    assert _plain(reading.entry.fields["school"]) == school and "address" not in reading.entry.fields
