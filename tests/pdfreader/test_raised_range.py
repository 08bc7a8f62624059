"""Round 14e: two citation marks joined by a dash, ``[12]-[14]``, are one citation of 12 to 14 on
the PDF route too (the text importer reads them so since round 14, commit 52ea8a4).

The import corpus's own articles (MIT; dev since round 14e) print the range both ways a PDF has
it: chanjiao-ronghe's XeLaTeX layouts raise the whole ``[12]-[14]`` as one superscript (the PDF
reader kept it as text: "[¹²]⁻[¹⁴]", 12–14 lost, 0/7 citation sequences), jiazhuang-dianti's
word-processor PDFs raise the two marks alone with the dash on the baseline between them (read
as [12] and [14] around a stray dash, 13 lost)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wenxian.model import Citation, Paragraph
from wenxian.pdfreader import read_pdf

CORPUS = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus" / "data" / "dev"


def _range_paragraph(pdf: Path) -> Paragraph:
    article = read_pdf(pdf).article
    return next(b for b in article.blocks if isinstance(b, Paragraph)
                and any(isinstance(i, Citation) and 12 in [item.number for item in i.items] for i in b.inlines))


@pytest.mark.parametrize("pdf", ["chanjiao-ronghe/onecol-bracket.pdf", "jiazhuang-dianti/word-twocol.pdf"])
def test_a_raised_range_in_two_marks_is_one_citation(pdf: str) -> None:
    paragraph = _range_paragraph(CORPUS / pdf)
    cite = next(i for i in paragraph.inlines if isinstance(i, Citation) and 12 in [item.number for item in i.items])
    assert [item.number for item in cite.items] == [12, 13, 14]
    text = paragraph.plain_text()
    assert "¹" not in text and "⁻" not in text  # no piece of it left as raised text
    assert not any(isinstance(i, Citation) and [item.number for item in i.items] in ([12], [14]) for i in paragraph.inlines)


MARKS = ["[1]", "[2-4]", "[1,5]", "[3，7-9]", "[12]-[14]", "[3]11", "［2］", "[1，3]～[5]11", "[0]", "[6-4]", "[6]－[5]"]


@pytest.mark.parametrize("mark", MARKS)
def test_a_raised_mark_is_read_with_the_grammar_of_a_mark_in_running_text(mark: str) -> None:
    # One grammar for both readers: what the text importer reads in "见…。" the PDF reader reads in
    # a raised run (it had its own pattern, which kept "[6-4]" as part of a citation of nothing).
    from wenxian.importer.citations import raised_mark
    from wenxian.importer.reader import read_article

    in_text = read_article(f"　　见{mark}。\n".encode(), file="x.txt").citations()
    raised = raised_mark(mark)
    assert raised is not None
    items, why = raised
    assert [(i.number, i.page) for c in in_text for i in c.items] == [(i.number, i.page) for i in items]
    assert (why is None) == bool(in_text)


def test_raised_marks_side_by_side_are_one_citation_and_other_runs_are_not_marks() -> None:
    from wenxian.importer.citations import raised_mark

    assert [i.number for i in raised_mark("[1][3], [5]")[0]] == [1, 3, 5]
    assert raised_mark("[3] 11")[0][0].page == "11"  # a raised page may follow a space in a PDF's run
    assert raised_mark("2,3") is None and raised_mark("[1]a") is None and raised_mark("km") is None
