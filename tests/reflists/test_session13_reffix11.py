"""Session 13, reffix11: reference lists as sealed11 showed them (German journals' author-date lists, German
quotation marks, a Wiley list without titles, a classics list's "Journal 68, 1: 35–42", German editions). The
lines below are written for these tests, in the forms the styles print."""

from __future__ import annotations

from wenxian.refparse.checks import check
from wenxian.refparse.otherstyles import _acs
from wenxian.refparse.parser import protect_case
from wenxian.refparse.reading import read_entry
from wenxian.refparse.styles import german, springer


def test_german_journal_author_date_with_issue_over_year_and_jahrgang() -> None:
    spans = german.read("Keller, Jonas, Brandt, M. und Vogel, Petra (Sep. 2011b): Tabellen mit Stil, in: "
                        "Vereinsblatt 3 / 2011 (23. Jg.), S. 12–19.")
    assert spans == {"author": "Keller, Jonas and Brandt, M. and Vogel, Petra", "year": "2011", "type": "article",
                     "title": "Tabellen mit Stil", "container": "Vereinsblatt", "issue": "3", "volume": "23",
                     "pages": "12–19"}
    more = german.read("Ott, Lena u. a. (2019): Satz im Netz, in: Rundbrief 2 / 2019 (31. Jg.), S. 5.")
    assert more["author"] == "Ott, Lena et al." and more["volume"] == "31" and more["issue"] == "2"
    reading = read_entry("Ott, Lena u. a. (2019): Satz im Netz, in: Rundbrief 2 / 2019 (31. Jg.), S. 5.")
    assert reading.how == "german" and [str(p) for p in reading.entry.persons["author"]] == ["Ott, Lena", "others"]


def test_a_title_in_german_quotation_marks_is_closed() -> None:
    reading = read_entry("Vogel, Petra (März 2001): „Über Umbrüche“ von Hans Berg, in: Rundbrief 1 / 2001 (13. Jg.), "
                         "S. 40–42.")
    assert reading.how == "german"
    assert reading.entry.fields["title"].replace("{", "").replace("}", "") == "„Über Umbrüche“ von Hans Berg"


def test_case_braces_keep_a_word_with_accented_letters_whole() -> None:
    assert protect_case("Eine Einführung in Überblicke") == "Eine {Einführung} in {Überblicke}"
    assert protect_case("les thèses de l’Université Laval") == "les thèses de {l’Université} {Laval}"
    assert protect_case("Nguyễn Thế Anh 文献") == "Nguyễn {Thế} {Anh} 文献"


def test_acs_initials_before_a_journal_abbreviated_without_full_stops() -> None:
    assert _acs("Moser, T. K. Phys Rev B 1999, 41, 222.")["author"] == "Moser, T. K."
    assert _acs("Moser, T. K. Phys Rev B 1999, 41, 222.")["container"] == "Phys Rev B"
    both = _acs("Rauch, A.; Lind, C. C. Numer Math 1980, 4, 10.")
    assert both["author"] == "Rauch, A.; Lind, C. C." and both["container"] == "Numer Math"
    # journals abbreviated with full stops keep the lazy reading: "J." opens "J. Am. Chem. Soc."
    assert _acs("Kline, M. J. Am. Chem. Soc. 1991, 113, 361–363.")["container"] == "J. Am. Chem. Soc."


def test_a_source_holding_its_volume_with_the_issue_read_as_the_volume() -> None:
    text = "Mayer, K. (1964), Tomb Paintings at Ostia, JRA 12, 3: 101–19."
    out = check({"author": "Mayer, K.", "year": "1964", "title": "Tomb Paintings at Ostia", "container": "JRA 12",
                 "volume": "3", "pages": "101–19"}, text)
    assert (out.spans["container"], out.spans["volume"], out.spans["issue"]) == ("JRA", "12", "3")
    # a journal named with its number and a volume set apart otherwise is left as read
    same = check({"author": "Mayer, K.", "year": "1964", "title": "Tomb Paintings", "container": "Studia 12",
                  "volume": "3", "pages": "101–19"}, "Mayer, K. (1964), Tomb Paintings, Studia 12, vol. 3, 101–19.")
    assert same.spans["container"] == "Studia 12" and "issue" not in same.spans


def test_springer_german_edition_before_the_publisher() -> None:
    spans = springer.read("Berg H, Ott L (2009) Gute Formulare. 3. Aufl., Neue Presse, Hamburg ISBN:978-3-540-41371-4")
    assert (spans["title"], spans["edition"], spans["publisher"], spans["address"]) == (
        "Gute Formulare", "3", "Neue Presse", "Hamburg")


def test_a_journal_issue_dated_in_parentheses_is_no_book_read_to_a_later_place_and_year() -> None:
    # an online review run into the next, title-led entry: its journal's issue is dated, the year after is another's
    spans = german.read("Kron, Eva: Rez. zu „Chronik“, in: blickpunkte 4.2 (3. Mai 2009), url: (besucht am 1. 2. 2010). "
                        "Handbuch der Orte, 3 Bde., Bonn und Köln 1970–1979.")
    assert spans is None


def _cut(text: str) -> list[str]:
    from wenxian.refparse.listcut import cut_list
    return [item.text for item in cut_list(text.strip("\n").split("\n")).items]


def test_a_date_line_above_the_heading_is_no_entry_and_german_dated_heads_open_entries() -> None:
    items = _cut("""
Gedruckt am 4. März 2021 für den Rundbrief 2020-03

Literatur
Nguyễn Văn An (Mai 2004): Neue Wege im Satz, in: Rundbrief 1 / 2004
(16. Jg.), S. 16–17.
Keller, J. und Vogel, P. (Nov. 2004): Tabellen mit Stil, in:
Rundbrief 3 / 2004 (16. Jg.), S. 18–22.
Ott, Lena (Nov. 2016): 14. Treffen in Bonn, in: Rundbrief 4 / 2016 (28. Jg.),
S. 35–41.
""")
    assert [t[:12] for t in items] == ["Nguyễn Văn A", "Keller, J. u", "Ott, Lena (N"]


def test_a_sub_heading_under_the_lists_heading_is_no_entry() -> None:
    items = _cut("""
Bibliography
Modern studies
Albers, R. (1991), Die Reliefs, vol. 1.4: Die Sarkophage, Berlin.
Lind, H. J. (1949), “Symbols in the Catacombs”, JRA 69, 2: 87–90.
""")
    assert [t[:10] for t in items] == ["Albers, R.", "Lind, H. J"]


def test_a_journals_issue_dated_by_month_before_its_pages_opens_no_entry() -> None:
    from wenxian.refparse.listcut import opens_author_year_entry
    assert opens_author_year_entry("Keller, J. und Vogel, P. (Nov. 2004): Tabellen mit Stil, in:")
    assert not opens_author_year_entry("Studies 29 (July 2003): 365–85.")
    assert not opens_author_year_entry("Studies 29 (July 2003): 365")


def test_a_bodys_name_wrapped_under_the_heading_is_no_sub_heading() -> None:
    items = _cut("""
References
National Statistical
Office. (2010). Counting the land. Author.
Lind, H. J. (1949). Symbols in the catacombs. Journal of Rome, 69, 87–90.
""")
    assert [t[:22] for t in items] == ["National Statistical O", "Lind, H. J. (1949). Sy"]
