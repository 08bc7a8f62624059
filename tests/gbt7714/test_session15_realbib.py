"""Session 15's fix round on the realbib part of eight real files (tests/data/realbib/README.md: BIThesis,
cje's ageing database, classicthesis, disser, UNAMThesis, upTeX's jbtest, two Zotero + Better BibLaTeX
exports). The entries are written for these tests (no copies of the files')."""

from __future__ import annotations

from pybtex.database import parse_string

from wenxian.bibdate import read_date
from wenxian.gbt7714 import format_bibliography


def _line(source: str, edition: str = "2015") -> str:
    return format_bibliography(parse_string(source, "bibtex"), edition=edition)[0][1]


def test_a_date_written_day_first_with_full_stops_is_read() -> None:
    """disser's GOST database writes ``date = {18.12.2000}`` and ``urldate = {01.11.2009}``, as
    Russian and German do: the patent's date was lost and the citation date printed as typed. Dotted
    dates are day, month, year; slashed ones stay unread (the United States write month first)."""
    assert read_date("18.12.2000") == read_date("18.12.2000").__class__("2000-12-18", False)
    assert read_date("1.2.2001").iso == "2001-02-01"
    assert read_date("31.02.2000").iso == "" and read_date("01/11/2009").iso == ""
    assert _line("@patent{k, author = {Ivanova, A.}, title = {Ustroistvo}, number = {2187888},"
                 " date = {18.12.2000}}") == "IVANOVA A. Ustroistvo: 2187888[P]. 2000-12-18."
    assert _line("@online{k, author = {Petrov, P.}, title = {Page}, url = {http://example.org/p},"
                 " urldate = {01.11.2009}, year = {2001}}").endswith(
        "2001[2009-11-01]. http://example.org/p.")
