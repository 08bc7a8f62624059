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
