"""refparse.checks (session 12, refprec): a reading is checked before it is taken — a wrong field is worse
than a verbatim entry. Each case: a reading (the spans a reader gave) of a line written for the test, and what
the checks make of it. Without the checks every reading below would be taken as it stands."""

from __future__ import annotations

import pytest

from wenxian.refparse.checks import check, year_of
from wenxian.refparse.reading import read_entry

# (line, spans read, spans expected after the checks or None when the reading is rejected)
CASES = [
    # a title run into its collection: cut at "In:", "//", "见：", " In "
    ("Doe J. Tides of the Bay. In: Collected Papers on Water. Oxford: Clarendon, 2001.",
     {"author": "Doe J", "title": "Tides of the Bay. In: Collected Papers on Water", "publisher": "Clarendon", "year": "2001"},
     {"author": "Doe J", "title": "Tides of the Bay", "publisher": "Clarendon", "year": "2001"}),
    ("DOE J. Tides of the Bay//Collected Papers on Water. Oxford: Clarendon, 2001.",
     {"author": "DOE J", "title": "Tides of the Bay//Collected Papers on Water", "publisher": "Clarendon", "year": "2001"},
     {"author": "DOE J", "title": "Tides of the Bay", "publisher": "Clarendon", "year": "2001"}),
    ("Roe R. Tidal mixing of the lower bay In Collected Papers on Water. Clarendon; 2001.",
     {"author": "Roe R", "title": "Tidal mixing of the lower bay In Collected Papers on Water", "publisher": "Clarendon", "year": "2001"},
     {"author": "Roe R", "title": "Tidal mixing of the lower bay", "publisher": "Clarendon", "year": "2001"}),
    # a title in its plain words is left alone ("in" inside it)
    ("Roe R. Risk in a northern town. Water Journal. 2001;3:1-9.",
     {"author": "Roe R", "title": "Risk in a northern town", "container": "Water Journal", "year": "2001"},
     {"author": "Roe R", "title": "Risk in a northern town", "container": "Water Journal", "year": "2001"}),
    # a title run into the next area: rejected
    ("Roe R. Tides. Oxford: Clarendon, 2001.",
     {"author": "Roe R", "title": "Tides. Oxford: Clarendon", "year": "2001", "publisher": "x"}, None),
    ("Roe, R., and A. Poe. Tides. Clarendon, 2001.",
     {"author": "Roe, R", "title": "A., and A. Poe. Tides", "publisher": "Clarendon", "year": "2001"}, None),
    ("王一. 河流的故事；水利出版社, 2001.",
     {"author": "王一", "title": "河流的故事；水利出版社", "publisher": "水", "year": "2001"}, None),
    # names that hold a number or a title: rejected; a year after the names is the year's
    ("王一, 李二, 河流治理的历史经验. 水利学报 7, 1–9 (2020).",
     {"author": "王一, 李二, 河流治理的历史经验", "container": "水利学报", "year": "2020", "title": "x"}, None),
    ("WHITE, T. Water Journal 82, 1–24 (2019).",
     {"author": "WHITE, T. Water Journal 82", "container": "x", "year": "2019", "title": "y"}, None),
    ("王一 and 李二 2020. 河流. 水利学报. 7, 6 (2020), 1–9.",
     {"author": "王一 and 李二 2020", "title": "河流", "container": "水利学报", "year": "2020"},
     {"author": "王一 and 李二", "title": "河流", "container": "水利学报", "year": "2020"}),
    # a body's long name is a name; a number glued to a name ("LN2") too
    ("国家水利局, 中国水利学会. 河流. 北京: 水利出版社, 2020.",
     {"author": "国家水利局, 中国水利学会", "title": "河流", "publisher": "水利出版社", "year": "2020"},
     {"author": "国家水利局, 中国水利学会", "title": "河流", "publisher": "水利出版社", "year": "2020"}),
    # a source holding its volume and issue; a publisher before an empty "p."; place and publisher swapped
    ("Roe R. 2019. Tides. Water Journal 47(12): 1–9.",
     {"author": "Roe R", "title": "Tides", "container": "Water Journal 47(12)", "year": "2019"},
     {"author": "Roe R", "title": "Tides", "container": "Water Journal", "volume": "47", "issue": "12", "year": "2019"}),
    ("Roe, R. (1994) Tides. Oxford: Clarendon, p. .",
     {"author": "Roe, R", "title": "Tides", "publisher": "Clarendon, p", "address": "Oxford", "year": "1994"},
     {"author": "Roe, R", "title": "Tides", "publisher": "Clarendon", "address": "Oxford", "year": "1994"}),
    ("Roe R. Tides. Water Books; Boston; 1994.",
     {"author": "Roe R", "title": "Tides", "publisher": "Boston", "address": "Water Books", "year": "1994"},
     {"author": "Roe R", "title": "Tides", "publisher": "Water Books", "address": "Boston", "year": "1994"}),
    # a publisher cut at its own abbreviation, a bracket left open: left out
    ("Roe R. Tides. New York: G. Clarendon, 1994.",
     {"author": "Roe R", "title": "Tides", "publisher": "Clarendon", "address": "New York", "year": "1994"},
     {"author": "Roe R", "title": "Tides", "address": "New York", "year": "1994"}),
    ("Roe R. Tides (Water Society, New York, 1994).",
     {"author": "Roe R", "title": "Tides", "publisher": "Water Society", "container": "Notes (New York", "year": "1994"},
     {"author": "Roe R", "title": "Tides", "publisher": "Water Society", "year": "1994"}),
]


@pytest.mark.parametrize("text, spans, expected", CASES)
def test_a_reading_is_checked_before_it_is_taken(text: str, spans: dict, expected: dict | None) -> None:
    checked = check(spans, text)
    if expected is None:
        assert checked.rejected
    else:
        assert not checked.rejected and checked.spans == expected
        assert bool(checked.notes) == (expected != spans)  # what was changed is said


def test_an_events_year_yields_to_the_proceedings_year_printed_after_it() -> None:
    line = "Roe R. Tides. In: Water Congress, Boston, June 5–8, 1995: papers. 1998."
    assert year_of(line, "1995") == "1998"
    # a performance's date after its work's year, and a bracketed date (the day it was cited), are not the year
    assert year_of("Roe, R., Tides (1937), Opera House, London, 22 Oct. 2004.", "2004") == "2004"
    assert year_of("Roe R. Tides[C/OL]//Water Congress, June 5-8,1995. papers. 1995[1998-09-22].", "1995") == "1995"


def test_a_verbatim_entry_keeps_no_names_that_hold_a_title() -> None:
    reading = read_entry("王一, 李二, 河流治理的历史经验. 水利学报 7, 2201–2218 (2022).")
    assert reading.how == "verbatim" and "author" not in reading.entry.persons
