"""The bundled article's own handout read back by the PDF reader: a layout it was never
tuned on (wenxian's handout style, XeLaTeX through Sphinx), with the MyST it came from
as the gold — the same headings, paragraphs and citations."""

from __future__ import annotations

import re
from pathlib import Path

from tests.pdf.conftest import Bundled
from wenxian.model import Heading, Paragraph, Text
from wenxian.pdfreader import read_pdf

SOURCE = Path(__file__).resolve().parents[2] / "source" / "article.md"
CITE = re.compile(r"\{cite:p\}`([^`]+)`")


def flat(text: str) -> str:
    """Text without citations, Markdown escapes and white space."""
    return re.sub(r"\s+|\\(?=[^\w\s])", "", CITE.sub("", text))


def gold() -> tuple[list[str], list[str], int]:
    body = SOURCE.read_text(encoding="utf-8").split("---\n", 2)[2].split("## 参考文献")[0]
    # Each block, its target line "(article-sec-1)=" dropped.
    blocks = [b.strip().split("\n")[-1] for b in body.split("\n\n") if b.strip() and not b.strip().endswith(")=")]
    headings = [b.lstrip("# ") for b in blocks if b.startswith("#")]
    paragraphs = [b for b in blocks if not b.startswith("#")]
    cites = sum(len(CITE.findall(p)) for p in paragraphs)
    return headings, [flat(p) for p in paragraphs], cites


def test_the_handout_reads_back_as_the_article(bundled: Bundled) -> None:
    article = read_pdf(bundled.pdf("zh-Hans")).article
    headings, paragraphs, cites = gold()
    assert [b.text for b in article.blocks if isinstance(b, Heading)] == headings
    found = [b for b in article.blocks if isinstance(b, Paragraph)]
    assert [flat("".join(i.text for i in p.inlines if isinstance(i, Text))) for p in found] == paragraphs
    assert len(article.citations()) == cites
    assert article.meta.title == "以全面深化改革推动新质生产力发展：逻辑底蕴、问题检视与实践进路"
    assert len(article.references) == 11
    body = "".join(i.text for p in found for i in p.inlines if isinstance(i, Text))
    assert "下载 PDF" not in body and "\u3000" not in body


def test_the_traditional_handout_reads_back_too(bundled: Bundled) -> None:
    """參考文獻, 關鍵詞: the labels of a Traditional PDF are known as well."""
    article = read_pdf(bundled.pdf("zh-Hant")).article
    headings, paragraphs, cites = gold()
    assert len([b for b in article.blocks if isinstance(b, Heading)]) == len(headings)
    assert len([b for b in article.blocks if isinstance(b, Paragraph)]) == len(paragraphs)
    assert len(article.citations()) == cites
    assert len(article.references) == 11 and not article.footnotes
    # The title's note (暫定標題…) has no mark in the text: reported, not placed anywhere.
    assert any("暫定標題" in note.message for note in article.notes)
