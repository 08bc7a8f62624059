"""GB/T 7714-2005 forms that thesis templates still print (lines written after the 2005 standard's
examples): the part marked [A] and its host [C] after "//", and names with packed, dotted initials."""

from __future__ import annotations

from wenxian.refparse import parse_reference


def test_the_hosts_type_code_is_no_part_of_its_title() -> None:
    entry = parse_reference("GAO Y. Reading lists by rule[A]//LI M. Proceedings of the 3rd workshop on lists[C]. "
                            "New York: Example Press, 2018: 1-9.")
    assert entry.fields["booktitle"] == "Proceedings of the 3rd workshop on lists"
    assert entry.fields["title"] == "Reading lists by rule"
    assert [str(p) for p in entry.persons["editor"]] == ["Li, M."]


def test_names_with_packed_dotted_initials_end_at_the_last_initial() -> None:
    entry = parse_reference("Berg K.L. Catalogues of lists[J]. Journal of Lists, 1984, 27(2): 97-111.")
    assert [str(p) for p in entry.persons["author"]] == ["Berg, K. L."]
    assert entry.fields["title"] == "Catalogues of lists"
    entry = parse_reference("Dahl E.C., von Holm J.D. Weights of stored lists[J]. Journal of Lists, 1985, 1: 2-3.")
    assert [str(p) for p in entry.persons["author"]] == ["Dahl, E. C.", "von Holm, J. D."]
    assert entry.fields["title"] == "Weights of stored lists"


def test_a_dotted_abbreviation_inside_a_title_is_still_no_area_end() -> None:
    entry = parse_reference("SMITH J. Trade in the U.S. economy[M]. Boston: Example Press, 2001.")
    assert entry.fields["title"].replace("{", "").replace("}", "") == "Trade in the U.S. economy"
