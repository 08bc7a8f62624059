"""biblatex-mla's @review without a title and @artwork at an institution (the real .bib corpus's
dev part, biblatex-mla-handbook9-messy.bib, showed both): a review's booktitle is the book it
reviews, not a work it is printed in; an institution's place is printed beside it. Entries
written for these tests (the works are invented)."""

from __future__ import annotations

from pybtex.database import parse_string

from wenxian.gbt7714 import format_entry


def _entry(source: str):
    return next(iter(parse_string(source, "bibtex").entries.values()))


def test_a_review_without_a_title_keeps_its_journal_and_takes_no_reviewed_book_for_its_container() -> None:
    review = _entry("""@review{k, author = {Ada Quill}, date = {2021-03-02}, bookauthor = {Tom Reed},
        booktitle = {The Glass Field}, journal = {Imagined Review}, url = {https://example.org/r/1}}""")
    for edition in ("2015", "2025"):
        line = format_entry(review, edition=edition)
        assert "Imagined Review" in line and "]//" not in line, line
        assert "Glass" not in line and "REED" not in line.upper(), line  # the reviewed book is no container
    # with a title it is a journal's article, as before
    titled = _entry("""@review{k, author = {Ada Quill}, title = {Fields of Glass}, date = {2021},
        journal = {Imagined Review}}""")
    assert format_entry(titled, edition="2015") == "QUILL A. Fields of glass[J]. Imagined Review, 2021."


def test_an_artwork_at_an_institution_keeps_the_institution_s_place_beside_an_event_title() -> None:
    art = _entry("""@artwork{k, title = {Wall Text}, eventtitle = {Unbound},
        institution = {Museum of Imagined Art}, location = {New York City}}""")
    assert "New York City: Museum of Imagined Art" in format_entry(art, edition="2015")
    # a talk at an event, with no publisher or institution: its location is the venue, not printed
    talk = _entry("""@unpublished{k, author = {Ada Quill}, title = {On Fields}, eventtitle = {Meeting on Glass},
        location = {Reno}, date = {2019}}""")
    assert "Reno" not in format_entry(talk, edition="2015")
