"""Round 12c of issue 11: two-column texts that other extractors than plain pdftotext give
(``pdftotext -raw``, PyMuPDF, ``pdftotext -layout``, pdfminer). The texts are the import
corpus's own (benchmarks/importcorpus: articles written for it, MIT as the project) or
written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wenxian.importer import read_article
from wenxian.importer.evidence import Decision
from wenxian.model import Paragraph

DEV = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus" / "data" / "dev"


def _gold_paragraphs(article: str, layout: str) -> list[str]:
    gold = json.loads((DEV / article / f"{layout}.gold.json").read_text(encoding="utf-8"))
    return [b["paragraph"] for b in gold["blocks"] if "paragraph" in b]


def _norm(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize(
    "text",
    [
        "kehou-fuwu/twocol-narrow.pdftotext-raw.txt",
        "chengshi-neilao/twocol-narrow.pymupdf.txt",
    ],
)
def test_a_page_read_column_by_column_is_not_split_into_interleaved_lines(text: str) -> None:
    """``pdftotext -raw`` and PyMuPDF give a two-column page column by column, one block of
    many lines. Read as two streams going over at every other line, it gained more than
    ``STREAM_GAIN`` from the going over alone (0.75 a switch), the lines' own joins adding
    10.5 to 21.5: such a page was cut into every other line. The lines' evidence must carry
    the split (``blockorder.STREAM_LINES_GAIN``)."""
    path = DEV / text
    explain: list[Decision] = []
    article = read_article(path.read_bytes(), file=path, explain=explain)
    assert not [d for d in explain if "interleaved" in d.what]
    found = {_norm(b.plain_text()) for b in article.blocks if isinstance(b, Paragraph)}
    article_name, layout = text.split("/")[0], text.split("/")[1].split(".")[0]
    want = _gold_paragraphs(article_name, layout)
    # every paragraph without a citation mark is found whole (the marks print as the importer
    # gives them back, not as the gold writes them)
    plain = [_norm(p) for p in want if "[" not in p]
    assert plain and all(p in found for p in plain)
