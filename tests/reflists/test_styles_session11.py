"""Session 11 (reffix9): what the lists of ``real-sealed9`` showed about styles the readers did not know — NLM's
Vancouver with its Internet forms, the Bath Harvard, the German humanities' "Name, Vorname: Titel", Chicago's notes.
Every line is written here in the forms those styles print; the works named are invented."""

from __future__ import annotations

import pytest

from wenxian.refparse.listcut import cut_list, is_heading
from wenxian.refparse.reading import fill_left_out_names, read_entry, read_item


def _plain(value: str) -> str:
    return value.replace("{", "").replace("}", "")


def _families(reading, role: str = "author") -> list[str]:
    return [_plain(" ".join(p.prelast_names + p.last_names)) for p in reading.entry.persons.get(role, [])]


@pytest.mark.parametrize(("line", "how", "kind", "fields", "families"), [
    # NLM's Vancouver: a supplement after the volume, a letter marked after the title, a notice after the work.
    ("Lind KA, Moor PT. Shelving of serial lists in small archives. Arch Listing. 2004;51 Suppl 2:S71-9.",
     "vancouver", "article", {"title": "Shelving of serial lists in small archives", "journal": "Arch Listing",
                              "volume": "51", "pages": "S71--9", "year": "2004"}, ["Lind", "Moor"]),
    ("Hale RT. Numbering the cards of a catalogue [letter]. J Cat Stud. 2003;12(4):215.",
     "vancouver", "article", {"title": "Numbering the cards of a catalogue", "journal": "J Cat Stud", "volume": "12",
                              "number": "4", "pages": "215", "note": "letter"}, ["Hale"]),
    ("Orme DL, Pike S. Ordering the shelves by size. J Shelf Sci. 2001;8(2):40-5. Retraction in: Orme DL, Pike S. "
     "J Shelf Sci. 2003;10(1):12.",
     "vancouver", "article", {"title": "Ordering the shelves by size", "volume": "8", "pages": "40--5",
                              "note": "Retraction in: Orme DL, Pike S. J Shelf Sci. 2003;10(1):12."}, ["Orme", "Pike"]),
    ("Card Catalogue Division [homepage on the Internet]. Exeter (NH): Society of List Keepers (US); c1997 - "
     "[updated 2004 Mar 2; cited 2005 Jun 9]. Available from: http://www.example.org/lists/.",
     "vancouver", "online", {"title": "Card Catalogue Division", "address": "Exeter (NH)",
                             "publisher": "Society of List Keepers (US)", "year": "1997", "urldate": "2005-06-09",
                             "url": "http://www.example.org/lists/"}, []),
    # The Bath Harvard: the year after the names and a comma.
    ("Penrose, T.H., 2011. Keeping lists in order. Leeds: Shelfmark Press.",
     "harvard", "book", {"title": "Keeping lists in order", "address": "Leeds", "publisher": "Shelfmark Press",
                         "year": "2011"}, ["Penrose"]),
    ("Marsh, K. and Tully, B., 2018. Counting the cards of a catalogue. Journal of Listing [Online], 22(3). "
     "Available from: https://www.example.org/jl/22-3 [Accessed 4 March 2019].",
     "harvard", "article", {"title": "Counting the cards of a catalogue", "journal": "Journal of Listing",
                            "volume": "22", "number": "3", "urldate": "2019-03-04"}, ["Marsh", "Tully"]),
    ("Wren, A.J., 1999. Lists at sea. In: P. Gale and R. Dunn, eds. Papers on the keeping of records. York: "
     "Minster Press, pp.12–30.",
     "harvard", "incollection", {"title": "Lists at sea", "booktitle": "Papers on the keeping of records",
                                 "address": "York", "publisher": "Minster Press", "pages": "12--30"}, ["Wren"]),
    ("Lowe, D., 2002. The ledgers of a small port. Thesis (M.Phil.). University of Somewhere, Hull.",
     "harvard", "mastersthesis", {"title": "The ledgers of a small port", "school": "University of Somewhere",
                                  "address": "Hull"}, ["Lowe"]),
    # The German humanities' styles.
    ("Vogt, Anna: Die Ordnung der Listen, in: Zeitschrift für Verzeichnisse 41 (1998), S. 112–134.",
     "german", "article", {"title": "Die Ordnung der Listen", "journal": "Zeitschrift für Verzeichnisse",
                           "volume": "41", "pages": "112--134", "year": "1998"}, ["Vogt"]),
    ("Berg, Otto von und Karl Lenz: Kataloge im Wandel, in: Maria Sand (Hrsg.): Ordnen und Finden (Schriften zur "
     "Ordnung 3), Kassel 2005, S. 45–67.",
     "german", "incollection", {"title": "Kataloge im Wandel", "booktitle": "Ordnen und Finden", "address": "Kassel",
                                "pages": "45--67", "year": "2005"}, ["von Berg", "Lenz"]),
    ("Ovidius: Verzeichnis der Sterne, hrsg. v. Paul Klee, übers. v. Hans Arp, Leipzig 1911.",
     "german", None, {"title": "Verzeichnis der Sterne", "address": "Leipzig", "year": "1911"}, ["Ovidius"]),
    ("Kramer, Lena: Listen lesen. Hamburg: Kiel und Sohn, 2001.",
     "german", "book", {"title": "Listen lesen", "address": "Hamburg", "publisher": "Kiel und Sohn",
                        "year": "2001"}, ["Kramer"]),
    # Chicago's notes: names given first, the imprint in parentheses.
    ("Jane Q. Listmaker and Tom Arden, The Order of Things, 1800–1900, ed. Ann Ford (Boston: Harbour Press, 2004).",
     "chicago-notes", "book", {"title": "The Order of Things, 1800–1900", "address": "Boston",
                               "publisher": "Harbour Press", "year": "2004"}, ["Listmaker", "Arden"]),
    ("Paul R. Quill, “Counting Cards,” Journal of Lists 12 (May 2009): 44–61.",
     "chicago-notes", "article", {"title": "Counting Cards", "journal": "Journal of Lists", "volume": "12",
                                  "pages": "44--61", "year": "2009"}, ["Quill"]),
])
def test_lines_of_the_new_styles(line: str, how: str, kind: str | None, fields: dict[str, str], families: list[str]) -> None:
    reading = read_entry(line)
    assert reading.how == how, (reading.how, reading.review)
    assert kind is None or reading.entry.type == kind  # (a book without its publisher is written as misc)
    for name, value in fields.items():
        assert _plain(str(reading.entry.fields[name])) == value, name
    assert _families(reading, "editor" if kind == "online" else "author") == families


def test_a_german_annotation_under_the_entry_is_its_note() -> None:
    """biblatex-dw prints an annotation under an entry: the entry is read before it, the annotation kept as its note."""
    reading = read_entry("Vogt, Anna: Die Ordnung der Listen, Bremen 1990. Ein book-Eintrag. Man beachte das Feld "
                         "location.")
    assert reading.how == "german"
    assert _plain(reading.entry.fields["title"]) == "Die Ordnung der Listen"
    assert _plain(reading.entry.fields["note"]) == "Ein book-Eintrag. Man beachte das Feld location."


def test_chicago_short_notes_and_what_they_are_not() -> None:
    """A short note is the names and the title (a place in the work after it); a bibliography's entry with its
    year is not one."""
    short = read_entry("Quill, “Counting Cards,” 52.")
    assert short.how == "chicago-notes" and _plain(short.entry.fields["title"]) == "Counting Cards"
    assert read_entry("Quill, Order of Things.").how == "chicago-notes"
    assert read_entry("Knuth, Donald Ervin. The TEXbook. Addison–Wesley, 1986.").how != "chicago-notes"
    assert read_entry("Lastname, E., A Play of Cards (London: Printer, 1594).").how != "chicago-notes"


def test_german_same_author_is_filled_in() -> None:
    lines = ["Literatur", "Vogt, Anna: Die Ordnung der Listen, Bremen 1990.", "",
             "Dies.: Kataloge, Bremen 1994.", ""]
    cut = cut_list(lines)
    assert [item.line for item in cut.items] == [2, 4]
    first, second = (read_item(item) for item in cut.items)
    assert fill_left_out_names(second, first.entry)
    assert _families(second) == ["Vogt"]
    assert _plain(second.entry.fields["title"]) == "Kataloge"


def test_cutting_the_new_styles_lists() -> None:
    """Spaced labels past a number that opens its title ("9 21st century …"); a government's divisions before the
    year and a law report's bracketed year open entries; a manual's BibTeX example above the heading is no entry;
    German headings, one-word sub-headings and names with their colon."""
    lines = ["References"] + [f"{n} Lind KA. Title number {n}. Arch Listing. 2004;{n}(1):1-{n}." for n in range(1, 9)] + [
        "9 21st century lists in small archives. Arch Listing. 2004;9(1):1-9.",
        "10 Moor PT. Title number ten. Arch Listing. 2004;10(1):1-10."]
    assert [item.number for item in cut_list(lines).items] == list(range(1, 11))
    lines = ["@jurisdiction{smith2001,", "title = {Smith v. Jones},", "year = {2001}}", "", "References",
             "Adams, G., 2009. Test one. London: Press.",
             "Smith v. Jones (C-1/01 P) [2001] ECR I–100.",
             "Great Britain. Ministry of Lists, 2004. Keeping lists. London: TSO.",
             "Great Britain. Parliament. House of Commons, 1988. Lists bill. London: HMSO."]
    assert [item.line for item in cut_list(lines).items] == [6, 7, 8, 9]
    assert is_heading("Literaturverzeichnis") and is_heading("Literatur")
    lines = ["Literaturverzeichnis", "", "Primärliteratur", "Kramer, Lena: Listen lesen. Hamburg: Kiel, 2001.",
             "Vogt, Anna (Hrsg.): Kataloge. Bremen, 1994.", "", "Sekundärliteratur",
             "Berg, Otto: Ordnen. In: Archiv für Listen 28", "(1968), S. 180–212.", "",
             "Ovidius: Verzeichnis der Sterne, Leipzig 1911.", "Ein book-Eintrag.", "",
             "Homer: Die Listen, Kassel 1950."]
    cut = cut_list(lines)
    assert [item.line for item in cut.items] == [4, 5, 8, 11, 14]
    assert cut.items[2].text.endswith("S. 180–212.")


def test_a_wrapped_line_of_an_imprint_or_a_state_is_no_head() -> None:
    """"Press. Original edition, 1971." (an imprint wrapped) and "Columbus, OH: The Ohio State University." go on
    with the entry above."""
    lines = ["Atkins, Sam. A Book of Lists. Chicago: University of Chicago",
             "Press. Original edition, 1971.",
             "Brown, Ann. Mutation as lists. PhD thesis.",
             "Columbus, OH: The Ohio State University, 2004.",
             "Cole, Tim. Lists and more lists. New York: Norton, 1980."]
    assert [item.line for item in cut_list(lines).items] == [1, 3, 5]
