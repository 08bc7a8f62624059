"""A Chinese heading whose title opens with a quotation mark: pdftotext starts a new line where the
title's font changes, so the number stands alone ("（一）" / "“移动的内室”"), and a colon after the
quoted words may open a line of its own ("（二）" / "“孤灯摇影”" / "：夜泊诗的声音与光影"). Before session
12 the number and the title were read as a paragraph's first words (the import corpus's
zhouxing-shige, heading F1 0.89–0.93 on the XeLaTeX texts). The text is written for this test."""

from __future__ import annotations

from tests.importer.helpers import blocks

BODY = (
    "她在舟中写下的诗多记沿途所见，语言平易，少用典故，往往以一两个细\n"
    "节写出旅途的况味，这也是她的诗在当时颇受称道的原因。\n"
)
NEXT = (
    "舟船既是交通工具，又是旅途中女性起居的内室，诗人在这里读书、写\n"
    "诗、教子，也在这里思念远方的亲人。\n"
)


def test_a_number_alone_and_its_quoted_title_are_one_heading() -> None:
    found = blocks("一、舟中所作\n" + BODY + "（一）\n“移动的内室”\n" + NEXT)
    assert ("h", "（一）“移动的内室”") in found
    assert [kind for kind, _ in found] == ["h", "p", "h", "p"]


def test_a_title_in_three_pieces_is_one_heading() -> None:
    found = blocks("一、舟中所作\n" + BODY + "（二）\n“孤灯摇影”\n：夜泊诗的声音与光影\n" + NEXT)
    assert ("h", "（二）“孤灯摇影”：夜泊诗的声音与光影") in found
    assert found[-1][0] == "p" and found[-1][1].startswith("舟船既是")


def test_a_number_alone_before_prose_is_no_heading_of_it() -> None:
    # a sentence after the number: no title (the number is a list's, or text lost its title)
    found = blocks("一、舟中所作\n" + BODY + "（一）\n" + NEXT)
    assert not any(kind == "h" and text.startswith("（一）舟船") for kind, text in found)
