"""Cutting lists as a typeset page gives them (round 13c): soft hyphens, identifiers the PDF spaced out
or broke at "/", ".", "-", the page breaking inside an entry with its number and running head, a
column so narrow that an author-year head takes several lines.

Every line here was written for the test (invented works, the styles' forms).
"""

from __future__ import annotations

from wenxian.refparse.listcut import cut_list
from wenxian.refparse.reading import read_item
from wenxian.refparse.text import close_spaced_identifiers, without_soft_hyphens


def test_a_soft_hyphen_at_a_lines_end_joins_the_word_and_the_line_numbers_stay() -> None:
    lines = ["Adams, R. (2019). Crossing the Psycho\u00ad", "nomic divide. Journal of Bridges, 12, 1–9.",
             "Baker, T. (2020). River\u00adtowns. https://doi.org/10.5555/\u00ad", "rt.2020.05"]
    assert without_soft_hyphens(lines) == [
        "Adams, R. (2019). Crossing the Psychonomic divide. Journal of Bridges, 12, 1–9.", "",
        "Baker, T. (2020). Rivertowns. https://doi.org/10.5555/rt.2020.05", ""]
    cut = cut_list(lines)
    assert [i.line for i in cut.items] == [1, 3]
    assert read_item(cut.items[1]).entry.fields["doi"] == "10.5555/rt.2020.05"


def test_spaces_a_pdf_put_inside_a_doi_are_closed_up() -> None:
    assert close_spaced_identifiers("doi:10. 1007/11863878_15") == "doi:10.1007/11863878_15"
    assert close_spaced_identifiers("https://doi. org/10.5555/x") == "https://doi.org/10.5555/x"
    assert close_spaced_identifiers("https://doi .org/10. 5555/x") == "https://doi.org/10.5555/x"
    # …and nothing that is no DOI: a section "10. 2019/20 season", a sentence's "doi. Org".
    assert close_spaced_identifiers("Chapter 10. Results of 2019") == "Chapter 10. Results of 2019"
    cut = cut_list(["[1] Adams R. Crossing rivers[J]. Journal of Bridges, 2019, 12: 1-9. DOI: 10. 5555/",
                    "jb.2019.01.", "[2] Baker T. River towns[M]. Beijing: Example Press, 2020."])
    assert read_item(cut.items[0]).entry.fields["doi"] == "10.5555/jb.2019.01"


def test_a_page_break_inside_an_address_leaves_the_address_whole() -> None:
    """The page's number (blank lines round it, or beside the running head) and a running head in any
    case, its number set apart, between the halves of a URL: the URL runs on past them."""
    for furniture in (["", "17", ""], ["17", "", "Reading lists as they stand   18"], ["Alex Ball | 11"],
                      ["10 | The river towns bundle"]):
        lines = ["Adams, R. (2019). Crossing rivers. Journal of Bridges, 12, 1–9. https://doi.org/",
                 *furniture, "10.5555/jb.2019.0101",
                 "Baker, T. (2020). River towns. Urban Studies, 8(1), 5–9."]
        cut = cut_list(lines)
        assert [i.line for i in cut.items] == [1, len(furniture) + 3], furniture
        assert cut.items[0].text.endswith("https://doi.org/10.5555/jb.2019.0101"), furniture
    # …while a DOI's tail of digits wrapped to a line of its own, no page break round it, is the DOI's.
    cut = cut_list(["Adams, R. (2019). Crossing rivers. Journal of Bridges, 12, 1–9. https://doi.org/10.5555/jb-",
                    "4", "Baker, T. (2020). River towns. Urban Studies, 8(1), 5–9."])
    assert cut.items[0].text.endswith("10.5555/jb-4")


def test_an_author_year_head_broken_by_the_page_opens_its_entry() -> None:
    """Names wrapped over several lines of a narrow column, the page's break inside them, then the year:
    one entry, opened by the names."""
    lines = ["Adams, R. (2019). Crossing rivers. Journal of Bridges, 12, 1–9.",
             "Baker, T. (2020). River towns. Urban Studies, 8(1), 5–9.",
             "International Federation of Bridge", "", "Reading lists as they stand   243", "",
             "Builders and Engineers (1977). Names of bridges. Bridge Press.",
             "Carter, M. (2021). Ferries. Transport History, 4, 77–90.",
             "Chaves-Morillo, V., Gómez Calero,", "C., Fernández-Muñoz, J. J., Toledano-Muñoz,",
             "A., Martinez-Monge,", "N., Palacios-Ceña, D., & Peñacoba-Puente,",
             "C. (2018). La anosmia. Revista de Ejemplo, 3, 1–9.",
             "Dunn, P. (2017). River towns again. Historical Geography, 21(2), 33–41."]
    assert [i.line for i in cut_list(lines).items] == [1, 2, 3, 8, 9, 14]


AUTHOR_YEAR = [
    "Adams, R. (2019). Crossing rivers. Journal of Bridges, 12, 1–9.",
    "Baker, T. (2020). River towns. Urban Studies, 8(1), 5–9.",
    "Carter, M. (2021). Ferries. Transport History, 4, 77–90.",
    "Dunn, P. (2017). River towns again. Historical Geography, 21(2), 33–41.",
]


def test_in_an_author_year_list_only_a_head_opens_an_entry() -> None:
    """A narrow column wraps a thesis's title in capitals under its head alone, and a place over two
    lines that look like names: neither opens an entry (no head — names and year — is made with them),
    and a title in capitals after a head alone is no heading that ends the list."""
    lines = AUTHOR_YEAR[:2] + ["Evans, L. (2004).", "USING THE RIVER TOWNS", "DOCUMENT CLASS.", "PhD",
                               "thesis, Example State University."] + AUTHOR_YEAR[2:]
    cut = cut_list(lines)
    assert [i.line for i in cut.items] == [1, 2, 3, 8, 9] and cut.trailing_line is None
    lines = AUTHOR_YEAR[:2] + ["Fisher, Grace. 1966. “Partita for River", "Towns,” score. Special Collections.",
                               "Joseph Example Library,", "University of Chicago.", "Gray, Henry, trans.",
                               "1974. Sir River Towns. Chicago: Example Press."] + AUTHOR_YEAR[2:]
    assert [i.line for i in cut_list(lines).items] == [1, 2, 3, 7, 9, 10]
    # …while a long list of names over many lines, or a Chinese head in full-width parentheses, opens one.
    lines = AUTHOR_YEAR[:2] + ["Kalnay, E., Kanamitsu, M., Kistler,", "R., Collins, W., Deaven, D., Gandin,",
                               "L., Iredell, M., Saha, S.,", "White, G., Wollen, J., Zhu, Y., Chelliah,",
                               "M., Ebisuzaki, W., Higgins, W., Janowiak,", "J., Mo, K. C., Ropelewski, C.,",
                               "Wang, J., Leetma, A., … Joseph,", "D. (1996). The river reanalysis.",
                               "李四， 王五. （2022）. 营商环境与河流. 经济学（季刊）， 22(5)， 1601–1622."] + AUTHOR_YEAR[2:]
    assert [i.line for i in cut_list(lines).items] == [1, 2, 3, 11, 12, 13]


def test_heads_wrapped_in_a_narrow_column_open_their_entries_after_an_address() -> None:
    """After an entry ending in its address, a head whose year a narrow column pushed down: a body's
    name ending in its full stop before "(2003).", the kind of work in brackets first, a date broken
    inside its parentheses."""
    lines = AUTHOR_YEAR[:2] + [
        "Evans, L. (2004). River maps. Engineering Informatics. doi:10.5555/j.aei.2013.06", ".001",
        "National Bridge Foundation, Blue-Ribbon", "Advisory Panel on River Crossings.",
        "(2003). Revolutionizing river towns. http://www.example.org/rivers/report.html",
        "[dataset] Kaul, H. & Rumpf, A.", "(2021). A river dependence model. Example Data, V1.",
        "https://doi.org/10.5555/example.2021.01",
        "KS in NJ. (2019, January", "15). From this article, it sounds like rivers matter. https://example.org/2HD",
    ] + AUTHOR_YEAR[2:]
    cut = cut_list(lines)
    assert [i.line for i in cut.items] == [1, 2, 3, 5, 8, 11, 13, 14]
    assert cut.items[2].text.endswith("doi:10.5555/j.aei.2013.06.001")


def test_a_chinese_entry_in_gbt_form_opens_its_entry_in_an_author_year_list() -> None:
    """Mixed lists print their Chinese entries as GB/T does, the year after the source: no head, and
    still an entry of its own."""
    lines = AUTHOR_YEAR[:2] + ["Evans, L. (2004). River towns. Free Press.",
                               "王五, 赵六. 数字经济与河流城镇. 管理世界, 2023, 39(1): 43-60."] + AUTHOR_YEAR[2:]
    assert [i.line for i in cut_list(lines).items] == [1, 2, 3, 4, 5, 6]
    # (…and one opened by the author's country: "〔日〕山田智子（2017）。…")
    lines = AUTHOR_YEAR[:2] + ["Evans, L. (2004). River towns. Free Press.",
                               "〔日〕山田智子（2017）。河流城镇。经济研究，11（10），1–9。"] + AUTHOR_YEAR[2:]
    assert [i.line for i in cut_list(lines).items] == [1, 2, 3, 4, 5, 6]


def test_each_entry_says_what_it_was_cut_on() -> None:
    cut = cut_list(["[1] Adams R. Crossing rivers[J]. Journal of Bridges, 2019, 12: 1-9.", "[2] Baker T. River towns[M].",
                    "Beijing: Example Press, 2020."])
    assert [i.why for i in cut.items] == ["label [1]", "label [2]"]
    cut = cut_list(AUTHOR_YEAR[:2] + ["Evans, L., & Fisher, G.", "(2004). River towns. Free Press."] + AUTHOR_YEAR[2:])
    assert [i.why for i in cut.items] == [
        "the list's first line", "an author-year head after a finished entry",
        "names wrapped before the year, after a finished entry", "an author-year head after a finished entry",
        "an author-year head after a finished entry"]


def test_more_heads_a_narrow_column_wraps() -> None:
    """A name with a handle whose year went to the next line, "(in" / "press)", an editor's initial after
    "In" at a line's end (the names go on)."""
    lines = AUTHOR_YEAR[:2] + [
        "Souza, Pete (@petesouza).", "2016. “River towns at dusk.” Instagram photo.",
        "Mazairac, W., & Beetz, J. (in", "press). River query language. Advanced Engineering.",
        "Borgman, C. L. (2006). Building river towns. In J.", "Gonzalo, C. Thanos (Eds.), River Notes (pp. 170–183).",
    ] + AUTHOR_YEAR[2:]
    assert [i.line for i in cut_list(lines).items] == [1, 2, 3, 5, 7, 9, 10]


def test_a_sources_fields_wrapped_to_a_lines_start_open_no_entry() -> None:
    """A journal's name, maybe the year, then volume (issue): pages — wrapped to a line's start in a list
    without labels, as a narrow column leaves it — is the entry above going on, in English or Chinese."""
    lines = ["Adams R, Baker T. Crossing rivers[J].", "River Physics Letters, 1994, 224(10):260-266.",
             "Carter M. River towns[M]. Beijing: Example Press, 2020.",
             "吕捷, 王高望, 2015. 河流城镇的结构性解释[J].", "经济研究, 4: 011.",
             "Dunn P. Ferries[M]. London: Example Press, 2018."]
    assert [i.line for i in cut_list(lines).items] == [1, 3, 4, 6]


def test_an_entry_that_is_its_head_alone_goes_on_in_a_short_list_too() -> None:
    """Four entries are too few to tell an author-year list by its heads; an entry that is names and a
    year alone still goes on with its title (in capitals, looking like names), and the entry after it
    opens at its head."""
    lines = ["Adams, R. (2019). Crossing rivers. Journal of Bridges, 12, 1–9.", "Evans, L. (2004).",
             "USING THE RIVER TOWNS", "DOCUMENT CLASS. PhD", "thesis, Example State University. https:",
             "//www.example.edu/theses/evans.pdf", "[dataset] Kaul, H. & Rumpf, A.",
             "(2021). A river dependence model. Example Data, V1."]
    cut = cut_list(lines)
    assert [i.line for i in cut.items] == [1, 2, 7]
    assert cut.items[1].text.endswith("University. https://www.example.edu/theses/evans.pdf")
