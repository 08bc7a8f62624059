"""ISO 690 author-date read as typed fields (wenxian.refparse.styles.iso690). The lines are written here
after the forms biblatex-iso690 prints ("SURNAME, Given, Year. Title. Place: Publisher."); the works named
are invented."""

from __future__ import annotations

import pytest

from wenxian.refparse.reading import read_entry
from wenxian.refparse.westnames import parse_author_list


def _plain(value: str) -> str:
    return value.replace("{", "").replace("}", "")


@pytest.mark.parametrize(("line", "kind", "fields", "families"), [
    ("NOVÁK, Jiří; SVOBODOVÁ, Tereza, 2004. Seznamy literatury. Časopis seznamů [online]. Vol. 12, no. 3, "
     "pp. 45–67 [visited on 2010-05-01]. ISSN 1234-5678.",
     "article", {"title": "Seznamy literatury", "journal": "Časopis seznamů", "volume": "12", "number": "3",
                 "pages": "45--67", "year": "2004"}, ["NOVÁK", "SVOBODOVÁ"]),
    ("KRÁL, Petr, 1999b. Malý článek: Podtitul. Sborník malých článků. Roč. 2, č. 1, s. 3–9. Poznámka.",
     "article", {"title": "Malý článek: Podtitul", "journal": "Sborník malých článků", "volume": "2", "number": "1",
                 "pages": "3--9", "year": "1999"}, ["KRÁL"]),
    ("DVOŘÁK, Ema (ed.), 2011. Užitečná kniha. 2. vyd. Brno: Nakladatelství Příklad. ISBN 978-80-000-0000-0.",
     "book", {"title": "Užitečná kniha", "address": "Brno", "publisher": "Nakladatelství Příklad", "year": "2011"},
     ["DVOŘÁK"]),
    ("WHITE, Anna L., 2003. Lists and Their Readers: A Study. Ed. by BLACK, Tom. Cambridge (Mass.): Example Press "
     "[212 pp.].",
     "book", {"title": "Lists and Their Readers: A Study", "address": "Cambridge (Mass.)", "publisher": "Example Press",
              "year": "2003"}, ["WHITE"]),
    ("HORÁK, Jan, 2008. Kapitola o seznamech. In: DVOŘÁK, Ema (ed.). Užitečná kniha. Brno: Nakladatelství "
     "Příklad, pp. 22–45. ISBN 978-80-000-0000-0.",
     "incollection", {"title": "Kapitola o seznamech", "booktitle": "Užitečná kniha", "address": "Brno",
                      "publisher": "Nakladatelství Příklad", "pages": "22--45", "year": "2008"}, ["HORÁK"]),
])
def test_iso690_lines(line: str, kind: str, fields: dict[str, str], families: list[str]) -> None:
    reading = read_entry(line)
    assert reading.how == "iso690", (reading.how, reading.review)
    assert reading.entry.type == kind
    for name, value in fields.items():
        assert _plain(reading.entry.fields[name]) == value, name
    people = reading.entry.persons["author"]
    assert [_plain(" ".join(p.prelast_names + p.last_names)) for p in people] == families


def test_a_part_is_not_read_as_a_book_published_in_in() -> None:
    """"… In: EDITORS (eds.). Book …" without the part's pages is not a book whose place is "In"."""
    reading = read_entry("HORÁK, Jan, 2008. Kapitola. In: DVOŘÁK, Ema; NOVÁK, Jiří (eds.). Kniha: Podtitul. "
                         "Praha: Rada; Spolek.")
    assert reading.entry.fields.get("address") != "In"


def test_given_names_with_accents_are_names() -> None:
    """"RYCHLÍK, Tomáš", "García, José": given names in full with accented letters, as "Chen, Lei"."""
    assert [str(p) for p in parse_author_list("DĚŤA, Hugh; RYCHLÍK, Tomáš")] == ["DĚŤA, Hugh", "RYCHLÍK, Tomáš"]
    assert [str(p) for p in parse_author_list("García, José")] == ["García, José"]
