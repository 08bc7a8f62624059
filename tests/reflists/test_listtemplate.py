"""A list's own template (refparse/listtemplate.py): the entries of one list share a style, so an entry no
reader took alone is read by the shape the list's confident entries print — or stays verbatim.

Every list here is written for these tests (invented works, names and journals)."""

from __future__ import annotations

import pytest
from pybtex.database import Entry

from wenxian.model import ReferenceEntry
from wenxian.refparse.importer import read_reference_list
from wenxian.refparse.listcut import ListItem
from wenxian.refparse.listtemplate import ListTemplate, Shape, _without, induce, read_list, shape_of
from wenxian.refparse.reading import Reading, read_item

# Articles printed "Names. Title. Journal Vol(Issue) Year, Pages." (no reader's pattern has the year after
# the issue): the first two are read by the learned reader, sure of them; the third, whose names the
# learned reader cannot place ("K. and W. Eller"), is left verbatim alone, and read by the list's template.
LIST = [
    "Abel, R. and T. Brand. Harbour towns and their trade. Journal of Port Studies 12(3) 2015, 45–67.",
    "Castel, M. Rivers in the industrial age. Economic History Notes 8(2) 2019, 101–118.",
    "Dorn, K. and W. Eller. Small ferries and market entry. Transport Letters 49(8) 2020, 104038.",
    "Gray, H. Notes on an unfinished survey 2003.",
]


def _items(lines: list[str]) -> list[ListItem]:
    return [ListItem(None, text, k + 1) for k, text in enumerate(lines)]


def test_an_entry_left_verbatim_is_read_by_the_lists_template() -> None:
    items = _items(LIST)
    assert read_item(items[2]).how == "verbatim"  # alone, no reader takes it
    readings = read_list(items)
    third = readings[2]
    assert third.how == "template"
    fields = third.entry.fields
    assert (fields["journal"], fields["volume"], fields["number"], fields["year"], fields["pages"]) == (
        "Transport Letters", "49", "8", "2020", "104038")
    assert fields["title"] == "Small ferries and market entry" and "verbatim" not in fields
    assert [str(p) for p in third.entry.persons["author"]] == ["Dorn, K.", "Eller, W."]
    # the evidence: the template, how many entries print it, read by which reader
    assert "'{author}. {title}. {container} {volume}({issue}) {year}, {pages}.'" in third.review
    assert "2 of its entries read by crf (2)" in third.review
    # one the template does not fit stays verbatim; the confident ones are as they were
    assert readings[3].how == "verbatim" and "verbatim" in readings[3].entry.fields
    assert [r.how for r in readings[:2]] == [read_item(i).how for i in items[:2]]


def test_the_importer_reads_the_list_as_a_whole() -> None:
    refs = [ReferenceEntry(number=None, text=text, line=k + 1) for k, text in enumerate(LIST)]
    imported = read_reference_list(refs)
    third = imported[2]
    assert third.reading.how == "template" and third.entry.fields["journal"] == "Transport Letters"
    assert third.entry.fields["review"].startswith("read by the list's own template")
    assert imported[3].reading.how == "verbatim"
    again = read_reference_list(refs)  # the same list, the same entries
    assert [(r.key, r.entry.fields) for r in again] == [(r.key, r.entry.fields) for r in imported]


def _reading(how: str, text: str, spans: dict[str, str]) -> Reading:
    return Reading(Entry("article"), how, spans=spans, text=text)


APA = ("Lind, A. (2011). Salt roads of the north. Baltic Review, 4(2), 10–22.",
       {"author": "Lind, A.", "year": "2011", "title": "Salt roads of the north", "container": "Baltic Review",
        "volume": "4", "issue": "2", "pages": "10–22"})


def test_the_shape_is_the_order_of_the_fields_and_the_marks_between_them() -> None:
    text, spans = APA
    assert str(shape_of(text, spans)) == "{author} ({year}). {title}. {container}, {volume}({issue}), {pages}."
    # a value the reader changed (not in the text) or words no field accounts for: no shape
    assert shape_of(text, {**spans, "title": "Salt Roads"}) is None
    assert shape_of("Lind, A. (2011). Salt roads. Edited by the Board of Trade. Baltic Review, 4(2), 10–22.",
                    {**spans, "title": "Salt roads"}) is None


def test_only_confident_readings_make_the_template() -> None:
    text, spans = APA
    assert induce([_reading("verbatim", text, spans)]) is None
    assert induce([Reading(Entry("misc"), "apa", text=text)]) is None  # no spans
    template = induce([_reading("apa", text, spans), _reading("apa", text, spans)])
    assert template is not None and template.shapes[0][1] == 2 and template.shapes[0][2] == "apa (2)"


@pytest.mark.parametrize(("name", "expected"), [
    ("issue", "{author} ({year}). {title}. {container}, {volume}, {pages}."),
    ("volume", "{author} ({year}). {title}. {container}, ({issue}), {pages}."),
])
def test_an_article_without_its_volume_or_issue(name: str, expected: str) -> None:
    assert str(_without(shape_of(*APA), name)) == expected


BOOK = Shape(("", "author", " (", "year", ") ", "title", ". ", "publisher", ", ", "address", "."))


def test_a_line_read_in_one_way_only() -> None:
    template = ListTemplate([(BOOK, 2, "springer (2)", {})])
    spans, note = template.read("Moss P (2009) The long harbour. Tidewater Press, Hull.")
    assert spans == {"author": "Moss P", "year": "2009", "title": "The long harbour", "publisher": "Tidewater Press",
                     "address": "Hull"}
    assert "2 of its entries read by springer (2)" in note
    # "Washington, DC": the place could start at either comma — not read
    assert template.read("Moss P (2009) The long harbour. Tidewater Press, Washington, DC.") is None
    # not the shape (no year in parentheses), or a field that is not what it stands for
    assert template.read("Moss P 2009. The long harbour. Tidewater Press, Hull.") is None
    assert template.read("Moss P (2009) The long harbour. In: Tidewater Press, Hull.") is None


def test_a_shape_with_fewer_fields_does_not_read_what_a_fuller_one_leaves_undecided() -> None:
    short = Shape(("", "author", " (", "year", ") ", "title", ". ", "publisher", "."))
    template = ListTemplate([(short, 3, "springer (3)", {}), (BOOK, 1, "springer (1)", {})])
    assert template.read("Moss P (2009) The long harbour. Tidewater Press, Washington, DC.") is None
    assert template.read("Moss P (2009) The long harbour. Tidewater Press.")[0]["publisher"] == "Tidewater Press"


def test_chinese_punctuation_is_the_shapes_own() -> None:
    article = Shape(("", "author", ". ", "title", ". ", "container", ", ", "year", ", ", "volume", "(", "issue",
                     "): ", "pages", "."))
    spans, _ = ListTemplate([(article, 2, "gbt-no-code (2)", {})]).read("王海, 李明. 河港的兴衰. 港口研究，2020，12（3）：45-67.")
    assert spans["container"] == "港口研究" and spans["volume"] == "12" and spans["issue"] == "3"
