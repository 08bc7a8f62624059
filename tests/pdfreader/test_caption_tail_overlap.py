"""Round 14e: an English twin's last word, centred under its first line, continues the caption
though a word processor's line boxes overlap (the gap between the two lines is a little below 0).

The import corpus's jiazhuang-dianti (MIT; dev since round 14e), word-twocol.pdf: "Fig. 1
Completion rates of lift retrofitting by type of" / "neighbourhood" — the last word was read as a
heading of its own."""

from __future__ import annotations

from pathlib import Path

from wenxian.model import Caption, Heading
from wenxian.pdfreader import read_pdf

PDF = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus" / "data" / "dev" / "jiazhuang-dianti" / "word-twocol.pdf"


def test_the_twins_last_word_stays_in_the_caption() -> None:
    article = read_pdf(PDF).article
    assert not any(isinstance(b, Heading) and b.text == "neighbourhood" for b in article.blocks)
    caption = next(b for b in article.blocks if isinstance(b, Caption) and b.text.startswith("图 1"))
    assert caption.text.endswith("by type of neighbourhood")
