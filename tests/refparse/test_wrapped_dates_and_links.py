"""An entry's date or link that the PDF's line end damaged, read whole again (found importing a
two-column corpus PDF and its pdftotext text as a user would, round 16, lead): pdftotext drops the
hyphen ending a line ("2022-03-" + "18)" gives "2022-0318)"), and a link broken right after its host
comes out with a space ("…gov.example/ zwgk/…"). The lines are written for these tests."""

from __future__ import annotations

from wenxian.refparse.parser import parse_reference
from wenxian.refparse.text import canonical, close_spaced_urls


def test_a_date_whose_second_hyphen_the_line_end_took() -> None:
    assert "(2022-03-18)[2024-05-20]" in canonical("某省某局. 某办法[EB/OL]. (2022-0318)[2024-05-20]. https://a.example/b.htm.")
    assert "某日报, 2023-08-12(5)." in canonical("某某. 某题名[N]. 某日报, 2023-0812(5).")
    # … and nowhere else: a page range stays as printed
    assert "57(34): 2012-1215." in canonical("王某. 某题名[J]. 某学报, 2012, 57(34): 2012-1215.")


def test_a_link_broken_right_after_its_host() -> None:
    assert close_spaced_urls("办法[EB/OL]. https://hyj.example.gov/ zwgk/202203/t20220318_hymc.htm.") == \
        "办法[EB/OL]. https://hyj.example.gov/zwgk/202203/t20220318_hymc.htm."
    # a word after a link is no part of it
    assert close_spaced_urls("见 https://a.example/ 一文") == "见 https://a.example/ 一文"


def test_such_entries_read_as_gbt() -> None:
    entry = parse_reference("东潮省某局. 东潮省某办法[EB/OL]. (2022-0318)[2024-05-20]. https://hyj.example.gov/zwgk/a.htm.")
    assert entry.fields["date"] == "2022-03-18" and entry.fields["urldate"] == "2024-05-20"
