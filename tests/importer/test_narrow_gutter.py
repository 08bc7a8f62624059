"""Plain pdftotext on a two-column page with a narrow gutter (wenxian.importer.blockorder,
round 11f): it does not see the columns and prints a line of the left column, a line of the
right, … each between blank lines (so many that the text's blank lines are filler), now and
then two lines of one column together. The texts are written for these tests (MIT, as the
project); the paragraphs are those of test_two_columns_pdftotext."""

from __future__ import annotations

from tests.importer.helpers import read_body as _body, wrap_in_column as wrap
from tests.importer.test_two_columns_pdftotext import (
    ADVICE, DESIGN, FOOTNOTE, HEAD, INTRO, ISSUES, ITEM_1, ITEM_2, PRIOR, REFS, STATE, USE, WANT_HEADINGS,
    WANT_PARAGRAPHS, _line,
)
from wenxian.importer import blockorder
from wenxian.importer.evidence import Decision


def alternate(left: list[str], right: list[str], together: tuple[int, ...] = ()) -> list[str]:
    """Both columns' lines by their height, one of each in turn, a blank line after each, as
    pdftotext prints them when it misses a narrow gutter; at the rows in ``together`` the left
    column's line and the next row's come as one block (no blank line between)."""
    out: list[str] = []
    for k in range(max(len(left), len(right))):
        for side, line in ((0, left[k] if k < len(left) else None), (1, right[k] if k < len(right) else None)):
            if line is not None:
                out.append(line)
                if not (side == 0 and k in together):
                    out.append("")
    return out


def _pages(right_first: bool = False) -> str:
    left = ["一、引言", *wrap(INTRO), *wrap(PRIOR), "二、研究设计", *wrap(DESIGN)]
    right = ["三、站点利用的现状", "（一）站房功能单一", *wrap(STATE), "（二）运营难以为继", *wrap(USE), *wrap(ISSUES),
             *wrap(ITEM_1)]
    body = alternate(right, left) if right_first else alternate(left, right, (3, 8))
    head = [line for line in HEAD if line] + [""]
    spaced_head = [x for line in head for x in (line, "")]  # the front matter between blank lines too
    page_one = spaced_head + body + [x for line in FOOTNOTE for x in (line, "")]
    page_two = [x for line in [*wrap(ITEM_2), "四、结语", *wrap(ADVICE), *REFS] for x in (line, "")]
    return "\f".join("\n".join(p) + "\n" for p in (page_one, page_two))


def test_columns_printed_alternately_line_by_line_are_read_column_by_column() -> None:
    """Every line a block of its own (the blank lines filler), two of the left column's
    lines printed together twice: the page's body is one run split into its two columns."""
    explain: list[Decision] = []
    heads, paras, cites = _body(_pages(), explain)
    assert heads == WANT_HEADINGS
    assert paras == [p.replace(" ", "") for p in WANT_PARAGRAPHS]
    assert cites == [1, 2, 3, 4, 5]
    assert any("interleaved" in d.what for d in explain)


def test_the_right_columns_line_printed_first_still_goes_second() -> None:
    """pdftotext printed the right column's top first: the headings' numbers and the citations
    read in turn only with the other stream first."""
    heads, paras, cites = _body(_pages(right_first=True))
    assert heads == WANT_HEADINGS
    assert paras == [p.replace(" ", "") for p in WANT_PARAGRAPHS]
    assert cites == [1, 2, 3, 4, 5]


def test_in_a_run_a_reference_entry_in_small_type_is_no_joined_line() -> None:
    """A reference list set in small type prints wider than a body line: an entry's line (or an
    entry's type mark "[J]." before the journal) is not cut where a sentence seems to end."""
    for text in ("[2] 蒋若涵. 撤桶并点模式下的社区分类实践 [J]. 城", "[J]. 中国人口·资源与环境, 2022, 32(4): 101-109."):
        assert [p.text for p in blockorder._split_joined(_line(text), 18.0, run=True)] == [text]


def test_a_joined_lines_right_part_may_be_a_numbered_heading() -> None:
    """"…互通， 2.1 案例选择": cut before the heading's number, not inside the heading."""
    left, right = "台仍停留在信息展示层面，部门数据难以互通，", "2.1 案例选择"
    parts = blockorder._split_joined(_line(f"{left} {right}"), 21.0, run=True)
    assert [p.text for p in parts] == [left, right]


def test_a_run_printed_in_turn_is_split_in_turn() -> None:
    """Round 12b: where a run's first split goes over between most lines printed apart (the
    columns came a line of each in turn), going over there weighs more (``stream_alternate``):
    where both columns are open, a join that reads no worse by chance no longer crosses the
    streams. The corpus text of xiangcun-tushu (dev; written for the project, MIT) through plain
    pdftotext: its second page's paragraphs were cut where the streams crossed (0.56 → 0.92)."""
    import json
    from pathlib import Path

    from wenxian.importer import read_article
    from wenxian.model import Paragraph

    data = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus" / "data" / "dev" / "xiangcun-tushu"
    text = data / "twocol-narrow.pdftotext.txt"
    gold = json.loads((data / "twocol-narrow.gold.json").read_text(encoding="utf-8"))
    article = read_article(text.read_bytes(), file=text)
    found = {b.plain_text().replace(" ", "") for b in article.blocks if isinstance(b, Paragraph)}
    want = [b["paragraph"].replace(" ", "") for b in gold["blocks"] if "paragraph" in b]
    for start in ("2.专业人员普遍缺乏", "这些因素相互叠加", "总馆应当定期收集"):
        assert [p for p in want if p.startswith(start)][0] in found
    explain: list[Decision] = []
    read_article(text.read_bytes(), file=text, explain=explain)
    assert sum("interleaved" in d.what for d in explain) == 2


def _short_first_page(cut: int = 0, right_first: bool = False) -> str:
    """Page one with a long front matter: under it, the body's run is a handful of lines (the first
    heading and paragraph in the left column, the next paragraph in the right: the columns' cut
    ``cut`` lines into the second, the rest and the next heading on page two; ``cut`` 0: no cut,
    the next heading closes the right column), printed a line of each column in turn; page two's
    columns so too, and the rest of the article on page three."""
    intro, prior, design = wrap(INTRO), wrap(PRIOR), wrap(DESIGN)
    if cut:
        left, right = ["一、引言", *intro[:cut]], [*intro[cut:], *prior]
        two = ["二、研究设计", *design]
    else:
        left, right = ["一、引言", *intro], [*prior, "二、研究设计"]
        two = design
    body = alternate(right, left) if right_first else alternate(left, right)
    head = [line for line in HEAD if line] + [""]
    spaced_head = [x for line in head for x in (line, "")]
    page_one = spaced_head + body + [x for line in FOOTNOTE for x in (line, "")]
    page_two = alternate([*two, "三、站点利用的现状", "（一）站房功能单一", *wrap(STATE)],
                         ["（二）运营难以为继", *wrap(USE), *wrap(ISSUES), *wrap(ITEM_1)], (3, 8))
    page_three = [x for line in [*wrap(ITEM_2), "四、结语", *wrap(ADVICE), *REFS] for x in (line, "")]
    return "\f".join("\n".join(p) + "\n" for p in (page_one, page_two, page_three))


def _run_lines(text: str) -> int:
    """The lines of the first page's body, between the key words and the footnote."""
    body = text.split("\f")[0].split([line for line in HEAD if line][-1])[1].split(FOOTNOTE[0])[0]
    return len([x for x in body.splitlines() if x])


def test_a_short_run_under_the_first_pages_front_matter_is_split_too() -> None:
    """Session 14: under a long front matter the first page's run holds ten lines or so; read in
    a row (it was shorter than a block must be to be searched, MIN_STREAM_LINES), the right
    column's lines ran into the left column's paragraph. A run's blank lines already say its
    lines are no one stream: a run of MIN_RUN_LINES is searched. (Printed the right column's line
    first, the same run still loses the left column's last line to the other stream — the
    alternation outweighs its open end by a hair, no dictionary word across "…停车场" / "长期空置。":
    left for later, not asserted here.)"""
    text = _short_first_page()
    assert blockorder.MIN_RUN_LINES <= _run_lines(text) < blockorder.MIN_STREAM_LINES
    heads, paras, cites = _body(text)
    assert heads == WANT_HEADINGS
    assert paras == [p.replace(" ", "") for p in WANT_PARAGRAPHS]
    assert cites == [1, 2, 3, 4, 5]


def test_a_short_run_printed_in_turn_needs_less_evidence() -> None:
    """Session 14: RUN_GAIN, the least a run's split must add up to, was set where runs had twelve
    lines at least (15: 1.25 a line, kept for pdfminer's runs, whose blocks out of order made
    splits of that much); a first page's run of ten lines whose split is right adds up to less
    where few dictionary words run across its joins (this page: 13.25) and was read in a row. A
    split that goes over between most lines printed apart (plain pdftotext's habit, _alternating)
    needs RUN_GAIN_IN_TURN."""
    for cut, right_first in ((4, False),):
        text = _short_first_page(cut, right_first)
        assert blockorder.MIN_RUN_LINES <= _run_lines(text) < blockorder.MIN_STREAM_LINES
        heads, paras, cites = _body(text)
        assert heads == WANT_HEADINGS
        assert paras == [p.replace(" ", "") for p in WANT_PARAGRAPHS]
        assert cites == [1, 2, 3, 4, 5]
