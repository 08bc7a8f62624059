"""Round 11c: the Unified Style Sheet for Linguistics (LSA 2007; biblatex-unified prints it) read as
typed fields (wenxian.refparse.styles.unified). The lines are written here after the sheet's own rules
and examples (names with "&", the year as a sentence, "Journal Vol(Issue). Pages.", "In Editor (ed.),
Book, Pages. Place: Publisher.", "Place: School dissertation.", a URL and its access date in
parentheses); the works named are invented."""

from __future__ import annotations

import pytest

from wenxian.refparse.reading import read_entry


def _families(reading, role: str = "author") -> list[str]:
    return [" ".join(p.last_names) for p in reading.entry.persons.get(role, [])]


@pytest.mark.parametrize(("line", "type_", "fields", "families"), [
    ("Halvorsen, Ingrid M. 1994. Vowel length in Faroese. Journal of Nordic Sounds 12. 33–58.",
     "article", {"journal": "Journal of Nordic Sounds", "volume": "12", "pages": "33--58", "year": "1994",
                 "title": "Vowel length in {Faroese}"}, ["Halvorsen"]),
    ("Okafor, Chidi & Lena Brandt. 2011. Tone and focus in Igala. Studies in Tonal Systems 40(2). 101–130.",
     "article", {"journal": "Studies in Tonal Systems", "volume": "40", "number": "2", "pages": "101--130"},
     ["Okafor", "Brandt"]),
    ("Marsh, Peter, Ana Ruiz & Tomas Berg. 2008. Clitic climbing. In Ruth K. Allen (ed.), Papers on clitics, "
     "vol. 2, 45–77. Amsterdam: Harbour Press.",
     "incollection", {"booktitle": "Papers on clitics", "volume": "2", "pages": "45--77", "address": "Amsterdam",
                      "publisher": "Harbour Press"}, ["Marsh", "Ruiz", "Berg"]),
    ("de Vries, Anke. 2016. Relative clauses in Old Frisian. Lincoln, NE: University of the Plains dissertation.",
     "phdthesis", {"school": "University of the Plains", "address": "Lincoln, NE"}, ["de Vries"]),
    ("Tanaka, Emi (ed.). 2019. Evidentiality revisited (Studies in Grammar 12). Leiden: Dunmore.",
     "book", {"series": "Studies in Grammar", "number": "12", "publisher": "Dunmore", "address": "Leiden"}, []),
    ("Novak, Jan. 2010. A note on aspect. http://www.example.org/novak/aspect.pdf (4 March, 2012).",
     "online", {"url": "http://www.example.org/novak/aspect.pdf", "urldate": "2012-03-04"}, ["Novak"]),
])
def test_the_unified_style_sheets_forms_are_read_as_fields(line, type_, fields, families) -> None:
    reading = read_entry(line)
    assert reading.how == "unified", (reading.how, reading.review)
    assert reading.entry.type == type_
    assert {name: reading.entry.fields.get(name) for name in fields} == fields
    assert _families(reading) == families


def test_an_editor_named_first_and_the_sheets_own_forms_only() -> None:
    """"(ed.)" after the names makes them the editors; a plain book ("Place: Publisher.") and Chicago's
    "Journal 11 (2): 33–58" are other readers' (the sheet reads them no differently, or not at all)."""
    edited = read_entry("Tanaka, Emi (ed.). 2019. Evidentiality revisited (Studies in Grammar 12). Leiden: Dunmore.")
    assert _families(edited, "editor") == ["Tanaka"]
    assert read_entry("Halvorsen, Ingrid M. 1994. Vowel length. Oslo: Nordic Press.").how != "unified"
    assert read_entry("Halvorsen, Ingrid M. 1994. Vowel length. Journal of Nordic Sounds 12 (2): 33–58.").how != "unified"
