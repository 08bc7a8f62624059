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


# GB 7714-87's forms, which some thesis templates still print (lines written after that standard's form).
def test_a_part_and_its_host_after_a_period_as_gb_7714_87_set_them() -> None:
    entry = parse_reference("高明, 李华. 列表的阅读[A]. 王方. 第三届全国列表学术会议论文集 [C]. 北京: 列表出版社, 2006: 106-109.")
    assert entry.fields["booktitle"] == "第三届全国列表学术会议论文集" and entry.fields["address"] == "北京"
    assert [str(p) for p in entry.persons["editor"]] == ["王方"] and entry.fields["pages"] == "106--109"


def test_a_standards_number_set_off_by_a_comma_before_its_title() -> None:
    for line, number in (("GB 50000—93, 列表设计规范[S].", "GB 50000—93"),
                         ("GB/T 10000—1996，列表正词法基本规则[S].", "GB/T 10000—1996")):
        entry = parse_reference(line)
        assert entry.fields["number"] == number and "GB" not in entry.fields["title"]


def test_a_citation_date_after_the_url_and_a_comma() -> None:
    entry = parse_reference("Berg A. Lists. Dublin lists[EB/OL]. http://www.example.org/IV/lists/138-161e.htm, 1999-12-08.")
    assert entry.fields["url"] == "http://www.example.org/IV/lists/138-161e.htm"
    assert entry.fields["urldate"] == "1999-12-08"
