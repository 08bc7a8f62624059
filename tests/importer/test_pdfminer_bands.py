"""Round 14d of issue 11: pdfminer.six on a two-column page with a narrow gutter
(wenxian.importer.blockorder). Each line is a text box of its own between blank lines (the blank
lines filler, as in plain pdftotext's text of such a page), but the columns do not come a line of
each in turn: pdfminer gives the page in bands, the left column's lines of a stretch of the
page's height, then the right column's — one printed row where the columns' baselines meet, many
rows where a heading's space has moved one column's lines off the other's. The texts are the
import corpus's own (benchmarks/importcorpus: articles written for it, MIT as the project)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wenxian.importer import blockorder, read_article
from wenxian.importer.evidence import Decision
from wenxian.importer.lines import Line, split_lines
from wenxian.model import Heading, Paragraph

DEV = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus" / "data" / "dev"


def _norm(text: str) -> str:
    return "".join(text.split())


def _gold(article: str) -> dict:
    return json.loads((DEV / article / "twocol-narrow.gold.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("article", "found"), [("laji-fenlei", 11), ("kuaidi-xiacun", 7)])
def test_a_page_given_in_bands_is_read_column_by_column(article: str, found: int) -> None:
    """Before round 14d these pages went to the split for plain pdftotext's habit (a line of each
    column in turn), which cut pdfminer's long runs of one column into every other line: headings
    out of turn, 7 and 6 of the 12 paragraphs. Read as bands, every heading is in its place and
    11 and 7 paragraphs are whole (kuaidi-xiacun's citations in order as well)."""
    gold = _gold(article)
    explain: list[Decision] = []
    text = DEV / article / "twocol-narrow.pdfminer.txt"
    result = read_article(text.read_bytes(), file=text, explain=explain)
    assert any("in bands" in d.what for d in explain)
    heads = [_norm(b.text) for b in result.blocks if isinstance(b, Heading)]
    assert heads == [_norm(b["text"]) for b in gold["blocks"] if "heading" in b]
    want = {_norm(b["paragraph"]) for b in gold["blocks"] if "paragraph" in b}
    paragraphs = [_norm(b.plain_text()) for b in result.blocks if isinstance(b, Paragraph)]
    assert sum(p in want for p in paragraphs) >= found


@pytest.mark.parametrize("article", ["laji-fenlei", "shuzi-zhili", "xianyu-yigongti"])
def test_the_habit_is_told_from_the_joins(article: str) -> None:
    """A line ending mid-sentence is continued by the next line in pdfminer's bands, by the one
    after it in plain pdftotext's text of the same page (a line of each column in turn)."""
    def lines(extractor: str) -> list[Line]:
        return split_lines((DEV / article / f"twocol-narrow.{extractor}.txt").read_text(encoding="utf-8")).lines

    assert blockorder._column_runs(lines("pdfminer"))
    assert not blockorder._column_runs(lines("pdftotext"))
