"""GB/T lines of the author-year system read by the GB/T parser (wenxian.refparse.authoryear_gbt)."""

from __future__ import annotations

import pytest

from wenxian.refparse.authoryear_gbt import read_author_year_gbt
from wenxian.refparse.reading import read_entry


def test_chinese_author_year_line_is_a_gbt_line() -> None:
    e = read_author_year_gbt("范明, 蒋雪, 邱峰. 2016a. 社会组织参与社区治理的机制[J]. 社会学研究, 31(2): 140-163.")
    assert dict(e.fields) == {"title": "社会组织参与社区治理的机制", "journal": "社会学研究",
                              "volume": "31", "number": "2", "pages": "140--163", "year": "2016"}
    assert [str(p) for p in e.persons["author"]] == ["范明", "蒋雪", "邱峰"]


def test_given_first_names_and_a_contribution_marked_in() -> None:
    e = read_author_year_gbt(
        "G. Martin (1966). “Control of electronic resources in Australia” [M]. In: L. W. Pattle "
        "and B. J. Cox. Electronic resources: selection and bibliographic control. New York: "
        "The Haworth Press, 85–96.")
    assert e.fields["booktitle"] == "Electronic resources: selection and bibliographic control"
    assert (e.fields["publisher"], e.fields["pages"], e.fields["year"]) == ("The Haworth Press",
                                                                            "85--96", "1966")
    assert [p.last_names for p in e.persons["editor"]] == [["Pattle"], ["Cox"]]


@pytest.mark.parametrize("line", [
    "孔祥. 新型城镇化与公共服务均等化[M]. 上海: 上海人民出版社, 2017.",  # numeric: not this reader's
    "Smith, J. (2019). A title. Journal, 1(2), 3-4.",  # APA: no type code
])
def test_other_lines_are_left_to_the_other_readers(line: str) -> None:
    assert read_author_year_gbt(line) is None


def test_a_year_after_the_names_is_never_read_as_part_of_a_name() -> None:
    # The numeric parser would take "A. Hopkinson (1999)" for the author and lose the year.
    r = read_entry("A. Hopkinson (1999). UNIMARC and metadsta: Dublin Core [EB/OL]. "
                   "http://www.ifla.org/IV/ifla64/138-161e.htm, accessed on 1999-12-08.")
    assert r.entry.fields["year"] == "1999"
    assert all("1999" not in str(p) for p in r.entry.persons.get("author", []))


def test_a_lowercase_particle_stays_with_the_family_name() -> None:
    from wenxian.refparse.names import parse_names

    people = parse_names("des Marais D J, van Leeuwen P W, Strauss H")
    assert [(" ".join(p.last_names), " ".join(p.first_names)) for p in people] == [
        ("des Marais", "D. J."), ("van Leeuwen", "P. W."), ("Strauss", "H.")]


def test_online_items_with_the_day_they_were_seen() -> None:
    # caspervector's author-year style ends an online item with "URL, accessed on DATE"
    # (Chinese: "，访问于 DATE。"): GB/T's citation date and link.
    e = read_author_year_gbt("A. Hopkins (1999). Dublin Core for catalogues [EB/OL]. "
                             "http://example.org/dc.htm, accessed on 1999-12-08.")
    assert (e.fields["title"], e.fields["url"], e.fields["urldate"], e.fields["year"]) == (
        "Dublin {Core} for catalogues", "http://example.org/dc.htm", "1999-12-08", "1999")
    v = read_author_year_gbt("李明 (2018)。某宏包的参考文献样式 [M/OL]。Ver. 1.0k。2018-04-10。"
                             "https://example.org/pkg，访问于 2018-05-28。")
    assert (v.fields["version"], v.fields["date"], v.fields["urldate"]) == ("1.0k", "2018-04-10", "2018-05-28")
    j = read_author_year_gbt("M. Christen (1998). “Plant biology today” [J/OL]. Science Letters, 281: 331–332. "
                             "http://example.org/plant, accessed on 1998-09-23.")
    assert (j.fields["journal"], j.fields["volume"], j.fields["pages"]) == ("Science Letters", "281", "331--332")
    p = read_author_year_gbt("A. Kos and H. Mo (2002). Compiler [P/OL]. US: 828402. 2002-05-25. "
                             "http://example.org/p, accessed on 2002-05-28.")
    assert p.type == "patent" and p.fields["number"] == "US828402" and "publisher" not in p.fields
    pub = read_author_year_gbt("PACS-X (1989). The forum [EB/OL]. Houston, Tex: University Libraries. "
                               "http://example.org/f.html, accessed on 1995-05-17.")
    assert (pub.fields["address"], pub.fields["publisher"], pub.fields["year"]) == (
        "Houston, Tex", "University Libraries", "1989")
