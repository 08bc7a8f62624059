"""Round 14e: a word processor's footnote numbered 1 at the foot of a page, in small type under
its short rule, is that mark's note, not the page's running foot.

The import corpus's jiazhuang-dianti (MIT; dev since round 14e), word-onecol.pdf: page 2's note
"1问卷由调查员入户发放…" was left out as "small type set off at the bottom of page 2", so the
raised 1 after "问卷 1 236 份" read as a citation of work 1 (the citation sequence wrong) and the
note was lost."""

from __future__ import annotations

from pathlib import Path

from wenxian.model import Citation, FootnoteRef, Paragraph
from wenxian.pdfreader import read_pdf

PDF = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus" / "data" / "dev" / "jiazhuang-dianti" / "word-onecol.pdf"


def test_the_note_under_the_rule_is_the_marks_footnote() -> None:
    article = read_pdf(PDF).article
    assert [f.text[:12] for f in article.footnotes] == ["问卷由调查员入户发放，请"]
    marked = next(b for b in article.blocks if isinstance(b, Paragraph) and "1 236 份" in b.plain_text())
    assert [i.label for i in marked.inlines if isinstance(i, FootnoteRef)] == [article.footnotes[0].label]
    cited = [item.number for b in article.blocks if isinstance(b, Paragraph)
             for i in b.inlines if isinstance(i, Citation) for item in i.items]
    assert cited == [1, 2, 3, 4, 1, 5, 6, 3, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]
