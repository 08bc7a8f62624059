"""A run-in item's bold lead that wraps to the next line, or fills its line with the paragraph
going on under it (`yanglao-shitang`, two columns, in the import corpus; MIT). Before round 10a
the PDF reader took the bold line for a heading and the rest for a paragraph of its own."""

from __future__ import annotations

from pathlib import Path

from wenxian.model import Heading, Paragraph
from wenxian.pdfreader import read_pdf

PDF = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus" / "data" / "dev" / "yanglao-shitang" / "twocol-spaced.pdf"


def test_a_wrapped_or_line_filling_bold_lead_opens_its_paragraph() -> None:
    blocks = read_pdf(PDF).article.blocks
    assert not any(isinstance(b, Heading) and b.text.startswith("（") for b in blocks)
    leads = {b.lead: b.plain_text() for b in blocks if isinstance(b, Paragraph) and b.lead}
    assert leads["（2）改革补贴方式，建立绩效挂钩机制。"].startswith("（2）改革补贴方式，建立绩效挂钩机制。将补贴由按建设数量发放")
    assert leads["（3）拓展服务内容，对接多样化需求。"].startswith("（3）拓展服务内容，对接多样化需求。联合社区卫生服务中心")


def test_a_twins_last_word_above_a_table_at_the_pages_top_stays_in_the_caption() -> None:
    """The table spanning both columns stands at page 3's top: the running header's rule right
    above it made the table's region take in its caption, and the twin's last word ("model",
    a line of its own) was read as a cell."""
    from wenxian.model import Caption

    captions = [b.text for b in read_pdf(PDF).article.blocks if isinstance(b, Caption)]
    assert any(c.startswith("表 1") and c.endswith("for older people by operating model") for c in captions)
    # The twin set apart from the Chinese title by a space (glued, "…基本情况Table 1", before).
    assert any("基本情况 Table 1 Basic" in c for c in captions) and any("可持续指数 Fig. 1 Sustainability" in c for c in captions)
