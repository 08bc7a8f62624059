"""The PDF reader on typeset articles (tests/data/pdfreader/, made by make_pdfs.py),
each compared with its gold structure made from the same source as the PDF."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from wenxian.model import Caption, Citation, FootnoteRef, Heading, Paragraph, Text
from wenxian.pdfreader import read_pdf

DATA = Path(__file__).resolve().parents[1] / "data" / "pdfreader"
LAYOUTS = ["journal-two-column", "one-column-numbered"]


def flat(text: str) -> str:
    """Text compared without white space and without Markdown escapes."""
    return re.sub(r"\s+|\\(?=[^\w\s])", "", text)


@pytest.fixture(scope="module", params=LAYOUTS)
def case(request):
    gold = json.loads((DATA / f"{request.param}.gold.json").read_text(encoding="utf-8"))
    return request.param, read_pdf(DATA / f"{request.param}.pdf", explain=True), gold


def test_headings(case) -> None:
    _, result, gold = case
    found = [[b.level, flat(b.text)] for b in result.article.blocks if isinstance(b, Heading)]
    assert found == [[level, flat(text)] for level, text in gold["headings"]]


def test_paragraphs_exactly(case) -> None:
    _, result, gold = case
    found = [flat((b.lead or "") + "".join(i.text for i in b.inlines if isinstance(i, Text)))
             for b in result.article.blocks if isinstance(b, Paragraph)]
    assert found == [flat(p) for p in gold["paragraphs"]]


def test_citation_sequence(case) -> None:
    _, result, gold = case
    found = [[[item.number, item.page] for item in c.items] for c in result.article.citations()]
    assert found == gold["citations"]


def test_front_matter(case) -> None:
    _, result, gold = case
    meta = result.article.meta
    assert meta.title == gold["title"]
    assert meta.authors == gold["authors"]
    assert flat(meta.abstract or "") == flat(gold["abstract"])
    assert meta.keywords == gold["keywords"]
    for key, value in gold["journal"].items():
        assert meta.journal.get(key) == value, key


def test_captions_footnotes_and_references(case) -> None:
    _, result, gold = case
    article = result.article
    assert [flat(b.text) for b in article.blocks if isinstance(b, Caption)] == [flat(c) for c in gold["captions"]]
    assert [flat(n.text) for n in article.footnotes] == [flat(n) for n in gold["footnotes"]]
    refs = [i for b in article.blocks if isinstance(b, Paragraph) for i in b.inlines if isinstance(i, FootnoteRef)]
    assert [r.label for r in refs] == [n.label for n in article.footnotes]
    assert len(article.references) == gold["references"]
    assert [r.number for r in article.references] == list(range(1, gold["references"] + 1))


def test_no_running_head_or_footnote_text_in_the_body(case) -> None:
    _, result, gold = case
    body = "".join(flat(b.plain_text()) for b in result.article.blocks if isinstance(b, Paragraph))
    for mark in gold["margins"]:
        assert flat(mark) not in body
    for text in ("收稿日期", "基金项目", "中图分类号"):
        assert text not in body
    assert all(not isinstance(i, Citation) or i.items for b in result.article.blocks
               if isinstance(b, Paragraph) for i in b.inlines)
