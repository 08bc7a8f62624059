"""An explanatory note at a page's foot whose line pdftotext cut where quotation marks change the font:
"②“无雁到”…“鴈”" / "，光绪重印本改作“雁”" / "，" / "今从通行写法。" — four lines, one printed line and a
half. Before session 12 a note took three lines at most, counting the pieces, and this one stayed in
the body (the import corpus's zhouxing-shige, one-column texts). The text is written for this test."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.model import Paragraph

BODY = (
    "一、舟中所作\n"
    "她在舟中写下的诗多记沿途所见，语言平易，少用典故，往往以一两个细\n"
    "节写出旅途的况味，书信往来多有阻隔②。这也是她的诗在当时颇受称道的\n"
    "原因之一。\n"
)
NOTE = ["②“无雁到”用鸿雁传书的典故。按旧本此句“雁”字原作“鴈”", "，新本改作“雁”", "，", "今从通行写法。"]


def test_a_note_in_pieces_at_the_pages_foot_is_no_body_text() -> None:
    article = read_text(BODY + "\n".join(NOTE) + "\n\f下一页的第一行文字，接着写下去。\n")
    body = "".join(b.plain_text() for b in article.blocks if isinstance(b, Paragraph))
    assert "今从通行写法" not in body and "新本改作" not in body


def test_a_note_of_four_printed_lines_stays_in_the_body() -> None:
    # four lines that each open as a line does: past a note's length, so left where it stands
    lines = ["②" + "注" * 30, "注" * 31, "注" * 31, "注" * 20 + "。"]
    article = read_text(BODY + "\n".join(lines) + "\n\f下一页的第一行文字，接着写下去。\n")
    body = "".join(b.plain_text() for b in article.blocks if isinstance(b, Paragraph))
    assert "注" * 20 in body
