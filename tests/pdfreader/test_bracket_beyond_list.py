"""Round 12e: a bracket whose numbers reach past the article's reference list is no citation on
the PDF route either (the text importer's rule, now shared: ``citations.unlist_beyond``).

gaoxiao-xinli (the import corpus's own article, MIT; dev since round 12e) prints a scale's range
"总分取值区间为[10, 50]" in an article listing 22 works: the PDF reader read it as citing 10 and 50,
so every citation sequence of the article's seven PDFs was wrong (0/7)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wenxian.model import Citation, Paragraph
from wenxian.pdfreader import read_pdf

PDF = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus" / "data" / "dev" / "gaoxiao-xinli" / "onecol-bracket.pdf"


@pytest.fixture(scope="module")
def article():
    return read_pdf(PDF).article


def test_a_range_beyond_the_list_stays_text_with_a_note(article) -> None:
    assert len(article.references) == 22
    paragraph = next(b for b in article.blocks if isinstance(b, Paragraph) and "总分取值区间为" in b.plain_text())
    assert "[10, 50]" in paragraph.plain_text()
    assert not any(isinstance(i, Citation) and i.raw.startswith("[10") for i in paragraph.inlines)
    note = next(n for n in article.notes if "[10, 50]" in n.message)
    assert "22 entries" in note.message and note.line > 0


def test_every_citation_names_a_listed_work(article) -> None:
    cited = [item.number for b in article.blocks if isinstance(b, Paragraph)
             for i in b.inlines if isinstance(i, Citation) for item in i.items]
    assert cited == [1, 2, 3, 4, 1, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 3, 7, 8, 9, 21, 22]
