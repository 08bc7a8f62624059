"""A web address or DOI wrapped at a line's end is one token again when the lines are joined
(issue 13: "DOI and URL are never lost: across line breaks"). Before session 14 ``join_lines`` put a
space after "https://" like after any Latin word, and the PDF reader's reference entries and
paragraphs kept "https:// github.com/…": the entry was no GB/T line any more and stayed verbatim."""

from __future__ import annotations

from pathlib import Path

import pytest

from wenxian.importer.joining import join_lines
from wenxian.pdfreader import read_pdf

CORPUS = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus" / "data" / "dev"


@pytest.mark.parametrize("left, right, joined", [
    ("软件[CP/OL]. [2024-08-15]. https://", "github.com/ultralytics/ultralytics.",
     "软件[CP/OL]. [2024-08-15]. https://github.com/ultralytics/ultralytics."),
    ("DOI: https:", "//doi.org/10.5555/abc.1.", "DOI: https://doi.org/10.5555/abc.1."),
    ("see https://doi.org/10.5555/", "stroke.117.", "see https://doi.org/10.5555/stroke.117."),
    ("at https://www.example.", "org/a/b.html", "at https://www.example.org/a/b.html"),
    ("class file https://example.org/thesis-", "class/", "class file https://example.org/thesis-class/"),
])
def test_an_address_broken_at_a_lines_end_is_joined_without_a_space(left, right, joined) -> None:
    assert join_lines([left, right]).text == joined


@pytest.mark.parametrize("left, right, joined", [
    # a sentence's full stop after a whole address: the next sentence is no path
    ("It is at https://example.org/a.", "Next it says.", "It is at https://example.org/a. Next it says."),
    ("see http://example.com", "and more", "see http://example.com and more"),
    ("re-", "form", "reform"),  # (the hyphen rule as before, no address)
    ("the word", "next", "the word next"),
])
def test_words_after_an_address_are_words(left, right, joined) -> None:
    assert join_lines([left, right]).text == joined


@pytest.mark.parametrize("left, right, joined", [
    ("基金项目：科技项目（CJDK-", "2024-058）", "基金项目：科技项目（CJDK-2024-058）"),
    ("pp. 2020-", "2021.", "pp. 2020-2021."),
    ("a dash -", "2 more", "a dash - 2 more"),  # (a dash set between spaces is no code's hyphen)
])
def test_a_code_broken_after_its_hyphen_keeps_it_without_a_space(left, right, joined) -> None:
    # session 14: the first page's note of qingliang-jiance read "（CJDK- 2024-058）"
    assert join_lines([left, right]).text == joined


def test_the_pdf_reader_keeps_a_software_entrys_address_whole() -> None:
    # qingliang-jiance's [5], wrapped after "https://" in the two-column layout (MIT, the corpus's own)
    article = read_pdf(CORPUS / "qingliang-jiance" / "twocol-spaced.pdf").article
    entry = next(r for r in article.references if r.text.startswith("Jocher G"))
    assert entry.text.endswith("https://github.com/ultralytics/ultralytics.")
