"""Two columns' lines mixed by plain pdftotext or pdfminer (session 11, issue 11): the evidence
the interleaved-lines split was missing. The texts are written for these tests (MIT, as the
project), on the narrow-gutter page of test_narrow_gutter.

- The document's own phrases (:func:`wenxian.importer.lexicon.phrases`): three ideographs an
  article prints inside a line ("共享率") weigh for a join that makes them again, as a
  dictionary word across it does (``evidence.ORDER["phrase_across"]``).
- A table's cells or a figure's labels printed amid a run of alternating lines
  (:func:`wenxian.importer.blockorder._loose`) no longer end the run: cut there, the page's two
  halves were each too short to split, and both came out mixed."""

from __future__ import annotations

import pytest

from tests.importer.helpers import read_body
from tests.importer.test_narrow_gutter import alternate, wrap
from tests.importer.test_two_columns_pdftotext import (
    ADVICE, DESIGN, FOOTNOTE, HEAD, INTRO, ISSUES, ITEM_1, ITEM_2, PRIOR, REFS, STATE, USE, WANT_HEADINGS,
    WANT_PARAGRAPHS, _line,
)
from wenxian.importer import blockorder
from wenxian.importer.evidence import ORDER
from wenxian.importer.lexicon import phrase_across, phrases, word_across


def test_phrases_are_three_ideographs_in_a_row_inside_a_line() -> None:
    known = phrases(["本文以共享率衡量", "Table 1 共享"])
    assert known == frozenset({"本文以", "文以共", "以共享", "共享率", "享率衡", "率衡量"})


def test_a_phrase_across_a_join_is_found_where_no_dictionary_word_is() -> None:
    known = phrases(["本文以共享率衡量各部门的数据共享程度"])
    left, right = "三个部门的共享", "率均不足一半"
    assert word_across(left, right, read=True) is None
    assert phrase_across(left, right, known) == "共享率"  # one ideograph and two
    assert phrase_across("各部门的数据", "共享程度", known) == "数据共"  # two and one
    assert phrase_across("本文选取了三个", "县域试点", known) is None
    assert phrase_across("三个部门的共享", "率均", frozenset()) is None


def test_a_join_making_the_documents_phrase_weighs_for_the_join() -> None:
    """In a run's interleaved lines, a full line ending mid-sentence followed by a line making one
    of the article's phrases with it: ``phrase_across``, not ``no_word_across``."""
    lines = [_line("调查显示，本文所选三个部门的共享", 1), _line("率均不足一半，数据仍难以互通。", 2)]
    column = lines[0].width
    known = phrases(["本文以共享率衡量各部门的数据共享程度"])
    assert blockorder._line_joins(lines, column, run=True, known=known)(0, 1) == ORDER["phrase_across"]
    assert blockorder._line_joins(lines, column, run=True)(0, 1) == ORDER["no_word_across"]


def _pages_with_cells(at: int) -> str:
    """test_narrow_gutter's page, the lines of a table's cells printed between its alternating
    lines at line ``at`` of its body, each between blank lines."""
    left = ["一、引言", *wrap(INTRO), *wrap(PRIOR), "二、研究设计", *wrap(DESIGN)]
    right = ["三、站点利用的现状", "（一）站房功能单一", *wrap(STATE), "（二）运营难以为继", *wrap(USE), *wrap(ISSUES),
             *wrap(ITEM_1)]
    body = alternate(left, right)
    body = body[:at] + ["", "12", "", "4.6", "", "2019", ""] + body[at:]
    head = [line for line in HEAD if line] + [""]
    page_one = [x for line in head for x in (line, "")] + body + [x for line in FOOTNOTE for x in (line, "")]
    page_two = [x for line in [*wrap(ITEM_2), "四、结语", *wrap(ADVICE), *REFS] for x in (line, "")]
    return "\f".join("\n".join(p) + "\n" for p in (page_one, page_two))


@pytest.mark.parametrize("at", [6, 26, 38])
def test_cells_amid_alternating_lines_do_not_end_the_run(at: int) -> None:
    """Before: the run ended at the cells, the first half (6 lines) was too short to split and the
    second's split went wrong with it — a heading lost, paragraphs mixed."""
    heads, paras, cites = read_body(_pages_with_cells(at))
    assert heads == WANT_HEADINGS
    assert all(p.replace(" ", "") in paras for p in WANT_PARAGRAPHS)
    assert cites == [1, 2, 3, 4, 5]


def test_a_reference_entry_or_a_line_of_text_is_no_loose_cell() -> None:
    column = 18.0
    assert blockorder._loose([_line("4.6"), _line("2009—2017")], column)
    assert blockorder._loose([_line("Table 1 Basic information of the")], column)
    assert not blockorder._loose([_line("[3] Smith J. Rural water [J].")], column)
    assert not blockorder._loose([_line("4.6"), _line("调查显示")], column)
    assert not blockorder._loose([_line("x" * 40)], column)


def test_a_particle_at_the_join_makes_no_phrase() -> None:
    """"…配送费的" + "共同配送…": 的共同 is printed elsewhere, but 的 joins any word."""
    known = phrases(["建设县级的共同配送中心"])
    assert phrase_across("快递企业的配送费的", "共同配送体系", known) is None
    assert phrase_across("快递企业的配送费由", "共同配送体系", phrases(["费由共同分担"])) == "费由共"
