"""Round 15e: a displayed formula printed as text with its number ("P = 0.25A + … (1)") is a block
of its own on the PDF route too: the text announcing it ends before it, and the text after it
("式中，…", set without indent) opens another. Before, the formula ran on into the paragraph before.

The import corpus's dixia-guanwang (MIT; dev since round 15e), onecol-colon.pdf: two formulas."""

from __future__ import annotations

from pathlib import Path

from wenxian.model import Paragraph
from wenxian.pdfreader import read_pdf

PDF = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus" / "data" / "dev" / "dixia-guanwang" / "onecol-colon.pdf"


def test_a_displayed_formula_is_a_block_of_its_own() -> None:
    paragraphs = [b.plain_text().replace(" ", "") for b in read_pdf(PDF).article.blocks if isinstance(b, Paragraph)]
    at = paragraphs.index("P=0.25A+0.20M+0.25F+0.15S+0.15R(1)")
    assert paragraphs[at - 1].endswith("管段单元的更新优先度按下式计算：")
    assert paragraphs[at + 1].startswith("式中，P为更新优先度")
    at = paragraphs.index("P_u=max(P_w,P_d,P_g)(2)")
    assert paragraphs[at + 1].startswith("式中，P_w、P_d、P_g分别为")
