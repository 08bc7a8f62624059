"""A word processor's raised marks where a note and a work are cited at one place (session 11,
zhanshi-shuju's LibreOffice layouts): the note's mark and the citation's raised in one run
("③[17]") were kept as text, and a numbered note opening with a title's mark ("3《…》原计划…")
was not told from the note above it, so its raised "3" was read as citation [3]."""

from __future__ import annotations

from types import SimpleNamespace

from wenxian.pdfreader.zones import numbered_note, raised_numbers, raised_pieces


def test_a_note_mark_and_a_citation_in_one_raised_run_are_two_pieces() -> None:
    assert raised_pieces("③[17]") == ["③", "[17]"]
    assert raised_pieces("3[17]") == ["3", "[17]"]
    assert raised_pieces("[4,5]*") == ["[4,5]", "*"]
    # … not a citation with its page, nor a mark alone
    assert raised_pieces("[6]45") == ["[6]45"]
    assert raised_pieces("[12]") == ["[12]"]
    assert raised_pieces("2") == ["2"]


def _zoned(zone: str, page: int, text: str, runs=()) -> SimpleNamespace:
    line = SimpleNamespace(page=page, text=text, runs=lambda: [SimpleNamespace(text=t, superscript=s) for t, s in runs])
    return SimpleNamespace(zone=zone, line=line)


def test_a_numbered_note_opening_with_a_titles_mark_is_its_raised_numbers_note() -> None:
    body = _zoned("body", 3, "汇编3[17]。", [("汇编", False), ("3[17]", True), ("。", False)])
    raised = raised_numbers([body])
    assert (3, "3") in raised
    assert numbered_note(_zoned("footnote", 3, "3《文献汇编》原拟续出两册，未能付印。"), raised) == "3"
    assert numbered_note(_zoned("footnote", 3, "3“旧学”一语出自来信。"), raised) == "3"
    # … on another page, or a number no raised mark stands for: no note of it
    assert numbered_note(_zoned("footnote", 4, "3《文献汇编》原拟续出两册。"), raised) is None
    assert numbered_note(_zoned("footnote", 3, "4《文献汇编》原拟续出两册。"), raised) is None
