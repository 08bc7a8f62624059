"""Cutting lists that an extractor damaged: the page's furniture between entries, a letter-spaced
heading, an address or an author-year head wrapped at any place, a list wrapped to a narrow column.

Every line here was written for the test (invented works, the styles' forms).
"""

from __future__ import annotations

import pytest

from wenxian.refparse.listcut import cut_list, is_heading, link_goes_on, page_furniture

APA = [
    "Adams, R., & Baker, T. (2019). A study of river crossings. Journal of Bridges, 12(3), 101–110.",
    "https://doi.org/10.5555/jb.2019.0101",
    "Carter, M. (2020). Bridges and towns. Urban Studies, 8(1), 5–9. https://doi.org/10.5555/us.2020.05",
    "Dunn, P., & Ellis, K. (2018). Ferries before bridges. Transport History, 4, 77–90.",
    "Evans, L. (2017). River towns. Historical Geography, 21(2), 33–41.",
    "Fisher, G. (2016). Crossing points. Journal of Bridges, 9(1), 1–15.",
]


@pytest.mark.parametrize("furniture", ["· 45 ·", "— 283 —", "- 12 -", "147 JOURNAL OF APPLIED STUDIES",
                                       "ECONOMIC GEOGRAPHY 23", "398 经济研究 2021 年第 5 期",
                                       "第 50 卷 第 3 期 · 45 ·"])
def test_the_pages_number_or_running_head_between_entries_is_no_part_of_either(furniture: str) -> None:
    lines = APA[:2] + [furniture] + APA[2:]
    cut = cut_list(lines)
    assert [i.line for i in cut.items] == [1, 4, 5, 6, 7]
    assert cut.items[0].text.endswith("https://doi.org/10.5555/jb.2019.0101")
    assert cut.asides == [3]


@pytest.mark.parametrize("line", ["NATURE 2019", "经济研究, 2021 年第 5 期: 3-9.", "[3] 作者. 题名[J]. 2021 年第 5 期.",
                                  "Journal of Bridges 12", "45"])
def test_entry_lines_are_no_page_furniture(line: str) -> None:
    assert not page_furniture(line)


@pytest.mark.parametrize("heading", ["R E F E R E N C E S", "R EFERENCES", "B I B L I O G R A P H Y",
                                     "参  考  文  献", "References"])
def test_a_letter_spaced_heading_is_the_heading(heading: str) -> None:
    assert is_heading(heading)
    cut = cut_list([heading] + APA)
    assert [i.line for i in cut.items] == [2, 4, 5, 6, 7]


def test_a_word_spaced_line_is_no_heading() -> None:
    assert not is_heading("R E F E R E N C E")
    assert not is_heading("A B C D")


def test_a_doi_wrapped_to_a_line_of_its_own_in_a_numbered_list_stays_whole() -> None:
    cut = cut_list([
        "[1] Tanaka K, Suzuki R. Salt intake and stroke. Stroke. 2017;48(11):3021-3027.",
        "https://doi.org/10.5555/STROKEA",
        "HA.117.017887",
        "[2] Brown P, Walker T. Screen time and myopia. Ophthalmology. 2022;129(2):182-190.",
        "[3] 作者. 题名[J]. 期刊, 2020, 1(2): 3-4. DOI: 10.5555/0010414",
        "013516918.",
        "[4] 作者. 题名[M]. 北京: 出版社, 2021.",
    ])
    assert [i.number for i in cut.items] == [1, 2, 3, 4]
    assert cut.items[0].text.endswith("https://doi.org/10.5555/STROKEAHA.117.017887")
    assert cut.items[2].text.endswith("DOI: 10.5555/0010414013516918.")


def test_an_address_goes_on_only_with_an_addresss_characters() -> None:
    assert link_goes_on("… https://doi.org/10.5555/abc", "def.2020")
    assert not link_goes_on("… https://doi.org/10.5555/abc", "其他")
    assert not link_goes_on("… https://doi.org/10.5555/abc", "Smith, J. (2019).")
    assert not link_goes_on("… https://doi.org/10.5555/abc", "319")  # the page's number
    assert not link_goes_on("… 2019, 12(3): 4-5.", "abc")


def test_a_chicago_head_wrapped_right_after_its_year_opens_its_entry() -> None:
    cut = cut_list([
        "Abbott, Edwin. 1884. Flatland: A Romance of Many Dimensions. London: Seeley.",
        "Stendhal [Marie Henri Beyle]. 1925.",
        "The Charterhouse of Parma. Translated by C. K. Scott-Moncrieff. New York: Boni.",
        "Twain, Mark. 1884. Adventures of Huckleberry Finn. London: Chatto & Windus.",
    ])
    assert [i.line for i in cut.items] == [1, 2, 4]


def test_an_author_year_head_wrapped_before_its_year_opens_its_entry() -> None:
    cut = cut_list([
        "A. Hopkinson (1999). UNIMARC and metadata [EB/OL]. http://www.example.org/unimarc.htm,",
        "accessed on 1999-12-08.",
        "International Federation of Library",
        "Association and Institutions (1977). Names of persons [M]. London: IFLA.",
        "Lee, K., & Zhang, W. (2020). Digital platforms. Research Policy, 49(8), 104038.",
        "Pachur, T., & Scheibehenne, B. (in",
        "press). Unpacking buyer-seller differences. Journal of Choice.",
        "Ramos, V., Gómez Calero, C., Fernández-Muñoz, J. J., Toledano-Muñoz,",
        "A., Palacios-Ceña, D., & Peñacoba-Puente, C. (2018). La anosmia. Revista, 4, 1–9.",
    ])
    assert [i.line for i in cut.items] == [1, 3, 5, 6, 8]


def test_names_with_no_year_yet_go_on_in_an_author_year_list_however_narrow_its_column() -> None:
    # The list wrapped to a narrow column: more than three lines a head, still an author-year list.
    cut = cut_list([
        "Adams, Robert. 1990. River",
        "Crossings. Chicago: University",
        "of Chicago Press.",
        "Baker, Tom. 1991. Towns on",
        "Rivers. Boston: Beacon",
        "Press.",
        "Sechzer, Jeri A., S. M. Pfaffilin,",
        "F. L. Denmark, A. Griffin, and S. J.",
        "Blumenthal, eds. 1996. Women",
        "and Mental Health. Baltimore: Johns",
        "Hopkins Univ. Press.",
        "Carter, Mary. 1992. Ferries.",
        "New York: Norton.",
        "Dunn, Peter. 1993. Old",
        "Bridges. London: Faber.",
        "Ellis, Kate. 1994. Fords.",
        "Oxford: Clarendon Press.",
    ])
    assert [i.line for i in cut.items] == [1, 4, 7, 12, 14, 16]
    assert cut.items[2].text.startswith("Sechzer, Jeri A., S. M. Pfaffilin, F. L. Denmark, A. Griffin, and S. J. Blumenthal")


def test_a_number_wrapped_to_a_lines_start_in_a_bracketed_list_is_no_label() -> None:
    cut = cut_list([
        "[1] CHEN L, WANG H. Green credit[J]. Energy Economics, 2020, 91: 104880. DOI:10.5555/ee.2020.104",
        "880.",
        "B2] 刘建国, 周丽. 产业政策与企业全要素生产率[J]. 管理世界, 2019, 35(7): 88-104.",
        "[3] V. Jacobson, “Modified TCP,” 1990. [Online]. Available: ftp://ftp.example.edu/end2end/1",
        "990.mail.",
        "[4] 作者. 题名[M]. 北京: 出版社, 2021.",
    ])
    assert [i.number for i in cut.items] == [1, 2, 3, 4]
    assert cut.items[0].text.endswith("DOI:10.5555/ee.2020.104880.")
    assert cut.items[2].text.endswith("end2end/1990.mail.")


def test_a_sentence_before_a_wrapped_head_ends_the_entry_above() -> None:
    cut = cut_list([
        "North, D. C. (1990). Institutions, institutional change and economic performance.",
        "Cambridge University Press.",
        "Porter, M. E., & van der Linde, C.",
        "(1995). Toward a new conception. Journal of Economic Perspectives, 9(4), 97–118.",
        "https://doi.org/10.5555/jep.9.4.97",
        "McDaniel, S. H., Salas, E., & Kazak, A. E. (Eds.).",
        "(2018). The science of teamwork [Special issue]. American Psychologist, 73(4).",
        "Shapey, Ralph. 1966. “Partita for Violin,” score.",
        "Special Collections.",
        "Joseph Regenstein Library, University of Chicago.",
        "Silverstein, Theodore, trans. 1974. Sir Gawain. Chicago: University of Chicago Press.",
    ])
    assert [i.line for i in cut.items] == [1, 3, 6, 8, 11]
    assert cut.items[0].text.endswith("Cambridge University Press.")


def test_a_spaced_out_url_broken_inside_a_piece_is_joined() -> None:
    cut = cut_list([
        "Overton, W. F. (1972). Stages. Human Development, 15(1), 1–12. https : / / doi . or",
        "g / 10 . 1159 / 00027 / 1225",
        "Pachur, T. (2019). Valuation. Journal of Choice, 3, 1–9.",
    ])
    assert cut.items[0].text.endswith("https://doi.org/10.1159/00027/1225")


def test_a_numbered_list_wrapped_to_a_narrow_column_is_still_numbered() -> None:
    # A page of an IEEE list (labels from [13]), wrapped to five lines an entry.
    lines = []
    for n in range(13, 17):
        lines += [f"[{n}] A. Author{n}, “On the",
                  "minimum distance of",
                  "parallel codes,” IEEE",
                  f"Trans. Inf. Theory, vol. {n},",
                  "pp. 1–9, 1999."]
    cut = cut_list(lines)
    assert [i.number for i in cut.items] == [13, 14, 15, 16]
    assert all(i.text.endswith("pp. 1–9, 1999.") for i in cut.items)


def test_a_page_in_parentheses_wrapped_to_a_lines_start_in_a_bracketed_list_is_no_label() -> None:
    """A newspaper's page "(4)." wrapped to a line's start in a list labelled "[1]" (round 12d,
    seuthesix): a number in parentheses out of the sequence is no label; the entry goes on."""
    cut = cut_list([
        "[1] 王五. 城市交通的新变化[N]. 江城日报, 2016-03-02(5).",
        "[2] Lund, Per. New light links at the harbour[N]. Harbour Daily, 2016,",
        "(4).",
        "[3] 赵六. 室内定位方法[D]. 南京: 某大学, 2015.",
    ])
    assert [i.number for i in cut.items] == [1, 2, 3]
    assert cut.items[1].text.endswith("2016, (4).")


def test_an_apa6_list_cut_after_editors_initials_an_ftp_address_and_a_labelled_doi() -> None:
    """APA 6 lines (round 12d, after dccpaper's list; written for this test): a line ending in an
    editor's initials ("In J. Moss, C.") goes on with the next names; an entry ending in an FTP
    address or in "doi:10.…" is finished, and the names after it open the next entry, even when
    their year is wrapped to the line after."""
    cut = cut_list([
        "References",
        "Holm, C. L. (2006). Mapping fens. In J. Moss, C.",
        "Berg, K. Lind & R. C. Tamm (Eds.), Wetland studies: Vol. 12. Peat (pp. 17–30).",
        "doi:10.5555/11863878_15",
        "Ness, A. (2004). Small rivers (Technical Report R-04). River Institute. ftp://ftp.river.example.ac",
        ".uk/reports/R-04.pdf",
        "Oja, M., Pell, M., Rask, M., & Salo,",
        "J. H. (2003). Flood lines. Water Magazine, 9(1). doi:10.5555/january2003-oja",
        "Uhl, C., & Vik, L. (2013). Reed beds, 2007–2010 [Data set]. doi:10.5555/UKDA-SN-1",
    ])
    assert [item.text.split(",")[0] for item in cut.items] == ["Holm", "Ness", "Oja", "Uhl"]
    assert cut.items[1].text.endswith("ftp://ftp.river.example.ac.uk/reports/R-04.pdf")


def test_a_style_guides_examples_notes_in_brackets_headings_and_prose_are_no_entries() -> None:
    """A style guide's numbered examples (round 12d, after JACoW's IEEE annex; written for this test):
    the prose above the first example, which cites "[16]" at a line's start, is no entry; a note in
    brackets after an example runs on to its closing bracket, and neither it nor a heading of a few
    words ("Abbreviated Form", "PATENTS") is an entry, though the numbers start again after them; a
    wrapped note's last word or a heading after a URL is not the URL's rest."""
    lines = [
        "The examples below show how this style is to be used when a paper is cited in the text of a",
        "document, and it is important that the names of the authors, the title and the place are given",
        "in the order that is shown, which is also the order in which the readers will look for them and",
        "can find them, and the reports and theses are shown in",
        "[16], while manuals are given in [17]. It is also possible to give the names of the journals in",
        "their short form, which is the form that we use here and that the readers of these papers will",
        "know, and it can be used in all of the lists that are printed in this style.",
        "Complete Form",
        "[1] K. Osei, “Beam halo in compact rings”, in Proc. IBDC’16, Lyon, France, Mar. 2016, pp. 7–9.",
        "[Conference Proceedings, one author; the pages",
        "are mandatory]",
        "Abbreviated Form",
        "[1] K. Osei, “Beam halo”, in Proc. IBDC’16, Lyon, France, 2016, pp. 7–9. doi:10.5555/IBDC-",
        "2016-TUX02",
        "[Periodical; the month may be",
        "omitted]",
        "[2] Style Manual, Harbour Press, Oslo, Norway, Oct. 2014, pp. 3-5; http://www.example.org/",
        "docs/style_manual.pdf",
        "[Thesis]",
        "",
        "PATENTS",
        "[3] T. Roos, “Cold cavities”, Ph.D. thesis, Uppsala University, Uppsala, Sweden, 2013.",
    ]
    cut = cut_list(lines)
    assert [(item.number, item.line) for item in cut.items] == [(1, 9), (1, 13), (2, 17), (3, 22)]
    assert cut.items[1].text.endswith("doi:10.5555/IBDC-2016-TUX02")
    assert cut.items[2].text.endswith("http://www.example.org/docs/style_manual.pdf")
    # (the prose's "[16]" at line 5 is ahead of the sequence, which goes on with "[1]" below: no label, the prose's
    # line — the prose left out from line 1 on, session 13)
    assert {1, 10, 11, 12, 15, 16, 19, 21} <= set(cut.asides) and 5 not in {item.line for item in cut.items}
