"""The English block of a medical journal's first page (`kuanbu-kangfu`, onecol-bracket and
twocol-narrow, in the import corpus; MIT): its abstract set in small type down to the page's
foot, just above the footnote with 收稿日期, was read as page footnotes (its title then read as a
heading), and the abstract's tail and its "Key words:" on the next page's top as the body's first
paragraphs (session 11). A line labelled as an abstract or key words is front matter, however
small its type; the Latin lines that run it on at the next page's top are too."""

from __future__ import annotations

from pathlib import Path

import pytest

from wenxian.model import Heading, Paragraph
from wenxian.pdfreader import read_pdf

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus" / "data" / "dev" / "kuanbu-kangfu"


@pytest.mark.parametrize("layout", ["onecol-bracket", "twocol-narrow"])
def test_the_english_front_matter_over_the_page_break(layout: str) -> None:
    article = read_pdf(DATA / f"{layout}.pdf").article
    meta = article.meta
    assert meta.en_title.startswith("Effects of Early Progressive Functional Exercise")
    assert meta.en_abstract.startswith("Objective:") and meta.en_abstract.endswith("and reduces complications.")
    assert meta.en_keywords[0] == "hip fracture" and meta.en_keywords[-1] == "nursing"
    assert not any(isinstance(b, Heading) and b.text.startswith("Effects") for b in article.blocks)
    first = next(b for b in article.blocks if isinstance(b, Paragraph))
    assert first.plain_text().startswith("髋部骨折是老年人常见的严重骨折类型")
    assert not article.footnotes
