"""A reference's DOI wrapped onto the first line of a page (`yanglao-shitang`, one column, in the
import corpus; MIT): the list goes on after it. Before round 10a the PDF reader took that line for
a journal field and everything after it for front matter: 10 of 18 references, so the raised
citation marks [11] to [18] were read as text (paragraph F1 0.50, no citation sequence), and the
text importer took the reference's DOI for the article's."""

from __future__ import annotations

from pathlib import Path

import pytest

from wenxian.importer import read_text
from wenxian.model import Citation, Paragraph
from wenxian.pdfreader import read_pdf

ARTICLE = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus" / "data" / "dev" / "yanglao-shitang"
DOI = "10.65210/sqfw.2025.02.005"  # the article's, printed on its first page


def _check(article) -> None:
    assert len(article.references) == 18
    assert article.references[9].text.endswith("389-407. DOI: 10.65210/ser.2020.0412.")
    assert article.references[10].text.startswith("邓启明.")
    assert article.meta.journal["doi"] == DOI


def test_the_pdf_reader_keeps_the_list_going_after_a_doi_line() -> None:
    article = read_pdf(ARTICLE / "onecol-bracket.pdf").article
    _check(article)
    cited = [item.number for b in article.blocks if isinstance(b, Paragraph)
             for i in b.inlines if isinstance(i, Citation) for item in i.items]
    assert cited == [1, 2, 3, 4, 5, 6, 7, 1, 8, 9, 10, 11, 12, 13, 14, 15, 6, 13, 16, 17, 18]


@pytest.mark.parametrize("extractor", ["pdftotext", "pdfminer"])
def test_the_text_importer_keeps_the_doi_in_its_entry(extractor) -> None:
    text = ARTICLE / f"onecol-bracket.{extractor}.txt"
    _check(read_text(text.read_text(encoding="utf-8"), file=text))
