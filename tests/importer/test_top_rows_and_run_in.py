"""Two-column pages read by text extractors (session 12, issue 11). The texts are written for these
tests (MIT, as the project), on the page of test_two_columns_pdftotext and test_narrow_gutter.

- pdfminer reads the top of a two-column page one printed row at a time where the two columns'
  first lines share their baselines (a word processor's columns, a narrow gutter), then each column
  whole: a banded split of that one shape (:func:`wenxian.importer.blockorder._top_rows`) is taken
  at ``BAND_TOP_GAIN``, not at ``BAND_GAIN`` — before, the page's first rows stayed mixed, a
  paragraph cut by the other column's heading.
- A numbered title whose paragraph runs on after its gap ("1.4 统计学方法　SPSS 25.0 软件用于数据分")
  is a run-in title to the interleaved-lines split when a full line goes on after it (as
  :func:`wenxian.importer.headings.run_in_title` reads it in the layout), and to the layout where
  the text's blank lines are filler."""

from __future__ import annotations

import pytest

from tests.importer.helpers import read_body
from tests.importer.helpers import wrap_in_column as wrap
from tests.importer.test_two_columns_pdftotext import (
    ADVICE, DESIGN, FOOTNOTE, HEAD, INTRO, ISSUES, ITEM_1, ITEM_2, PRIOR, REFS, STATE, USE, WANT_HEADINGS,
    WANT_PARAGRAPHS, _line,
)
from wenxian.importer import blockorder
from wenxian.importer.evidence import ORDER, Decision


def test_top_rows_shape() -> None:
    assert all(blockorder._top_rows(split) for split in blockorder._top_splits(12))
    assert blockorder._top_rows([0, 1, 0, 1, 0, 0, 0, 1, 1])
    assert blockorder._top_rows([0, 1, 0, 1])  # a row, then one line of each column
    assert not blockorder._top_rows([0, 0, 0, 1, 1])  # no row read across: a plain band
    assert not blockorder._top_rows([0, 1, 0, 0, 1, 1, 0, 1])  # bands again further down
    assert not blockorder._top_rows([0, 1, 0, 1, 0, 0, 0])  # the right column never resumes


def _banded_pages(rows: int) -> str:
    """The page's first ``rows`` printed rows a line of each column in turn, then the left
    column's remaining lines, then the right column's, each line between blank lines (pdfminer)."""
    left = ["一、引言", *wrap(INTRO), *wrap(PRIOR), "二、研究设计", *wrap(DESIGN)]
    # (both columns full, as high as each other: the list's first item goes on overleaf)
    right = ["三、站点利用的现状", "（一）站房功能单一", *wrap(STATE), "（二）运营难以为继", *wrap(USE), *wrap(ISSUES),
             *wrap(ITEM_1)[:3]]
    assert len(left) == len(right)
    order = [line for k in range(rows) for line in (left[k], right[k])] + left[rows:] + right[rows:]
    head = [line for line in HEAD if line] + [""]
    page_one = [x for line in head for x in (line, "")] + [x for line in order for x in (line, "")]
    page_one += [x for line in FOOTNOTE for x in (line, "")]
    page_two = [x for line in [*wrap(ITEM_1)[3:], *wrap(ITEM_2), "四、结语", *wrap(ADVICE), *REFS] for x in (line, "")]
    return "\f".join("\n".join(p) + "\n" for p in (page_one, page_two))


@pytest.mark.parametrize("rows", [1, 2, 3, 4])
def test_a_pages_first_rows_read_across_then_its_columns_whole(rows: int) -> None:
    """One to four rows read across the gutter ("一、引言" beside "三、站点利用的现状", the
    introduction's first line beside "（一）站房功能单一", …): the split puts them back. Before, with
    one, two or four rows the right column's headings stayed inside the introduction or the bands
    found another split (three rows were read right: enough gain for ``BAND_GAIN``)."""
    explain: list[Decision] = []
    heads, paras, cites = read_body(_banded_pages(rows), explain)
    assert any("in bands" in d.what for d in explain)
    assert heads == WANT_HEADINGS
    assert paras == [p.replace(" ", "") for p in WANT_PARAGRAPHS]
    assert cites == [1, 2, 3, 4, 5]


def test_a_run_in_title_wants_its_paragraphs_next_line() -> None:
    """In a run's interleaved lines, "1.4 统计学方法　SPSS 25.0 软件用于数据分" before a full line: the
    paragraph going on (no dangling heading); before a heading, it is no paragraph's start."""
    lines = [_line("1.4 统计学方法\u3000SPSS 25.0 软件用于数据分析", 1), _line("计量资料以均数和标准差表示，组间比较采", 2),
             _line("2 结果", 3)]
    column = lines[1].width
    join = blockorder._line_joins(lines, column, run=True)
    assert join(0, 1) in (ORDER["no_word_across"], ORDER["word_across"], ORDER["phrase_across"])
    assert join(0, 2) == 0.0  # (a title before a heading: nothing said)
    title = [_line("2.1 两组患者术后首次下床时间、住院时间和疼", 1), _line("痛评分比较结果显示组间差异有统计学意义", 2)]
    assert blockorder._line_joins(title, column, run=True)(0, 1) == ORDER["heading_then_continuation"] / 2


# A clinical study's methods, wrapped at 18 cells, every line between blank lines (pdfminer's boxes:
# the blank lines are filler).
_METHODS = [
    "1 资料与方法",
    "1.1 一般资料　选取 2022 年 3 月至 2023",
    "年 12 月在本院骨科行手术治疗的老年髋部",
    "骨折患者 120 例作为研究对象，按入院时间",
    "分为对照组和观察组，各 60 例。",
    "1.2 统计学方法　SPSS 25.0 软件用于数据分",
    "析。计量资料以均数和标准差表示，组间比较",
    "采用独立样本 t 检验；计数资料以例数和百分",
    "比表示，组间比较采用卡方检验。",
    "2 结果",
    "观察组术后首次下床时间和住院时间均短于对",
    "照组，差异有统计学意义，见表 1 和表 2。",
]


def test_a_run_in_title_is_no_heading_where_blank_lines_are_filler() -> None:
    """"1.2 统计学方法　SPSS 25.0 软件用于数据分" (a Latin name after the gap: few Han characters on the
    title's line) over a full line: the paragraph's lead, though a blank line follows every line."""
    text = "".join(f"{line}\n\n" for line in _METHODS)
    heads, paras, _ = read_body(text)
    assert heads == ["1 资料与方法", "2 结果"]
    assert paras[1].startswith("1.2统计学方法") and paras[1].endswith("卡方检验。")
