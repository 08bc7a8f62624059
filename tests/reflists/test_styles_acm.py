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


# The format's other documented entry types (acmart's sample bibliography: preprints, technical reports,
# books in a series, edited books with a chapter, proceedings numbered by article, theses with a note,
# patents); the works are invented.
@pytest.mark.parametrize(("line", "kind", "fields"), [
    ("Kari Berg and Tom Holt. 2014. Learning list constraints. arXiv:1403.1349",
     "unpublished", {"title": "Learning list constraints", "note": "Preprint arXiv:1403.1349"}),
    ("Li Wei, K. Ana Berg, and Tom Holt. 2019. List analysis (LA)—A new form. arXiv:1905.12410 [cs.DL]",
     "unpublished", {"note": "Preprint arXiv:1905.12410 [cs.DL]"}),
    ("Per L. Olsen. 1985. Algorithms for Closest Lists (List Geometry). Ph. D. Dissertation. Fjord University, "
     "Palo Alto, CA. UMI Order Number: AAT 8506171.",
     "phdthesis", {"school": "Fjord University", "address": "Palo Alto, CA", "note": "UMI Order Number: AAT 8506171"}),
    ("Ian Editor (Ed.). 2007. The title of list one (1st. ed.). The name of the series one, Vol. 9. Fjord "
     "University Press, Chicago.",
     "book", {"title": "The title of list one", "series": "The name of the series one", "volume": "9",
              "publisher": "Fjord University Press", "address": "Chicago", "edition": "1"}),
    ("Ian Editor (Ed.). 2008. The title of list two (2nd. ed.). Fjord University Press, Chicago, Chapter 100.",
     "book", {"chapter": "100", "publisher": "Fjord University Press", "address": "Chicago"}),
    ("Ana Holt, Li Wei, and Per Berg. 2007. Catch me, if you can: Evading list filters. In Proceedings of the first "
     "Workshop on Lists (WOL ’07). Fjord Association, Berkley, CA, Article 7, 9 pages.",
     "inproceedings", {"booktitle": "Proceedings of the first Workshop on Lists (WOL ’07)",
                       "publisher": "Fjord Association", "address": "Berkley, CA", "note": "Article 7"}),
    ("Tom Holt. 1978. LOGICS of Lists: AXIOMATICS. Fjord Research Lab Technical Report TR-200. Fjord Institute of "
     "Technology, Cambridge, MA.",
     "techreport", {"number": "Fjord Research Lab Technical Report TR-200", "institution": "Fjord Institute of Technology",
                    "address": "Cambridge, MA"}),
    ("Tom Holt. 1979. First-Order List Logic. Lecture Notes in Listing, Vol. 68. Fjord-Verlag, New York, NY.",
     "book", {"series": "Lecture Notes in Listing", "volume": "68", "publisher": "Fjord-Verlag"}),
    ("Kari E. Berg. 1997. The Art of Listing, Vol. 1: Fundamental Lists (3rd. ed.). Fjord Longman Publishing Co., Inc.",
     "book", {"title": "The Art of Listing, Vol. 1: Fundamental Lists", "publisher": "Fjord Longman Publishing Co., Inc."}),
    ("Joseph Lister. 2009. The fountain of lists. Patent No. 12345, Filed July 1st., 2008, Issued Aug. 9th., 2009.",
     "patent", {"number": "12345", "title": "The fountain of lists"}),
])
def test_acm_other_entry_types(line: str, kind: str, fields: dict[str, str]) -> None:
    reading = read_entry(line)
    assert reading.how == "acm", (reading.how, reading.review)
    assert reading.entry.type == kind
    for name, value in fields.items():
        assert _plain(reading.entry.fields[name]) == value, name
