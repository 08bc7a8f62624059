"""Round 14e: a bold run-in lead whose line ends after fewer than four characters of normal type
— the lead fills a narrow column's line ("（2）运行费用缺少稳定来源：电梯的") — still runs on into its
paragraph, because the line fills its column. Before, it was read as a heading (the bold type)
and the paragraph lost its start.

The import corpus's jiazhuang-dianti (MIT; dev since round 14e), twocol-lenticular.pdf: two such
items, "（2）…" and "（3）…"."""

from __future__ import annotations

from pathlib import Path

from wenxian.model import Heading, Paragraph
from wenxian.pdfreader import read_pdf

PDF = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus" / "data" / "dev" / "jiazhuang-dianti" / "twocol-lenticular.pdf"


def test_a_lead_filling_its_line_runs_on() -> None:
    article = read_pdf(PDF).article
    assert not any(isinstance(b, Heading) and b.text.startswith(("（2）", "（3）")) for b in article.blocks)
    leads = [b.lead for b in article.blocks if isinstance(b, Paragraph) and b.lead]
    assert "（2）运行费用缺少稳定来源：" in leads and "（3）安全监管存在薄弱环节：" in leads
    item = next(b for b in article.blocks if isinstance(b, Paragraph) and b.lead == "（2）运行费用缺少稳定来源：")
    assert item.plain_text().replace(" ", "").startswith("（2）运行费用缺少稳定来源：电梯的电费、维保费和年检费")
