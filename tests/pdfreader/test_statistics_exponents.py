"""A raised 2 after a Greek statistic's symbol (χ², σ², η²) is an exponent, not a citation of
entry 2 (session 11: a clinical study's "χ²检验" and "χ²=4.615" were read as citations of [2] by
the PDF reader, so its citation sequence was wrong on every layout of the article). The fixture
is a one-page article written for this test (tests/data/pdfreader/statistics-exponents.tex,
typeset with ``xelatex``; MIT, as the project; names and figures fictional)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wenxian.model import Citation, Paragraph
from wenxian.pdfreader import read_pdf

PDF = Path(__file__).resolve().parents[1] / "data" / "pdfreader" / "statistics-exponents.pdf"


@pytest.fixture(scope="module")
def paragraphs() -> list[Paragraph]:
    return [b for b in read_pdf(PDF).article.blocks if isinstance(b, Paragraph)]


def test_a_greek_symbols_raised_digit_is_an_exponent(paragraphs) -> None:
    text = "".join(p.plain_text() for p in paragraphs)
    assert "χ² 检验" in text and "σ²" in text and "η²" in text and "（χ²=6.120" in text
    assert "m²" in text  # a unit's exponent, as before


def test_the_citations_are_the_bracketed_marks_alone(paragraphs) -> None:
    cited = [item.number for p in paragraphs for i in p.inlines if isinstance(i, Citation) for item in i.items]
    assert cited == [1, 2, 3, 4, 5]
