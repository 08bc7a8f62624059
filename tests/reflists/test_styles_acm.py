"""ACM's reference format (acmart's ACM-Reference-Format) read as typed fields
(wenxian.refparse.styles.acm). The lines are written here after the format's documented forms (the
acmart user's guide and its sample bibliography's entry types); the works named are invented."""

from __future__ import annotations

import pytest

from wenxian.refparse.reading import read_entry


def _plain(value: str) -> str:
    return value.replace("{", "").replace("}", "")


@pytest.mark.parametrize(("line", "kind", "fields", "families"), [
    ("Ana M. Souza and Piet Janssen. 2011. Reading lists: by rule, or learned? Commun. Lists 12, 3 (March 2011), "
     "40–52. https://doi.org/10.5555/1234567.1234568",
     "article", {"title": "Reading lists: by rule, or learned?", "journal": "Commun. Lists", "volume": "12",
                 "number": "3", "pages": "40--52", "year": "2011", "doi": "10.5555/1234567.1234568"},
     ["Souza", "Janssen"]),
    ("Kari Berg, Li Wei, and Tom Holt. 2015. Catalogue queries. J. Lists 9, 2, Article 7 (April 2015), 30 pages.",
     "article", {"journal": "J. Lists", "volume": "9", "number": "2", "year": "2015"}, ["Berg", "Wei", "Holt"]),
    ("Per Olsen. 1999. Path lists. In Proceedings of the 3rd Workshop on Lists (WL ’99). Example Press, New York, NY, "
     "226–236.",
     "inproceedings", {"title": "Path lists", "booktitle": "Proceedings of the 3rd Workshop on Lists (WL ’99)",
                       "publisher": "Example Press", "address": "New York, NY", "pages": "226--236"}, ["Olsen"]),
    ("Eva Lund. 1998. Lists in use. In Lectures on Lists, Ana Souza and Per Olsen (Eds.). Notes in List Science, "
     "Vol. 1494. Fjord-Verlag, London, 368–394.",
     "inproceedings", {"booktitle": "Lectures on Lists", "volume": "1494", "publisher": "Fjord-Verlag",
                       "address": "London"}, ["Lund"]),
    ("Maria Holm. 2003. Optimal Lists for a Small Library. Master’s thesis. Northern Institute of Technology, "
     "Oslo, Norway.",
     "mastersthesis", {"title": "Optimal Lists for a Small Library", "school": "Northern Institute of Technology",
                       "address": "Oslo, Norway"}, ["Holm"]),
    ("Tom Holt. 2001. Understanding List Networks (2nd. ed.). Wiley, New York, NY.",
     "book", {"title": "Understanding List Networks", "edition": "2", "publisher": "Wiley",
              "address": "New York, NY"}, ["Holt"]),
    ("Ana Souza. 2008. A list of lists. Video. Retrieved March 21, 2008 from http://video.example.org/lists",
     "online", {"title": "A list of lists", "url": "http://video.example.org/lists"}, ["Souza"]),
])
def test_acm_lines(line: str, kind: str, fields: dict[str, str], families: list[str]) -> None:
    reading = read_entry(line)
    assert reading.how == "acm", (reading.how, reading.review)
    assert reading.entry.type == kind
    for name, value in fields.items():
        assert _plain(reading.entry.fields[name]) == value, name
    people = reading.entry.persons.get("author") or reading.entry.persons.get("editor")
    assert [" ".join(p.last_names) for p in people] == families


def test_chicago_author_date_is_not_read_as_acm() -> None:
    """The family name first, then a comma ("Souza, Ana. 2011."): Chicago's head, not ACM's."""
    reading = read_entry("Souza, Ana. 2011. Reading Lists. New York: Example Press.")
    assert reading.how != "acm"
