"""A page number the text kept only once, on a line of its own where two pages
meet, is page furniture (wenxian.importer.pagemarks). The text is written for this test."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.model import Paragraph


def test_a_lone_page_number_at_a_page_break_is_dropped() -> None:
    text = (
        "一、引言\n"
        "　　社区花园由居民认领闲置地块共同营造，逐步形成了稳定的志愿者\n"
        "队伍。\n\n46\n\f"
        "2. 维护责任不清：花园由谁维护、经费从何而来，目前没有明确的规\n"
        "定，志愿者的投入难以持续。\n"
    )
    paragraphs = [b.plain_text() for b in read_text(text).blocks if isinstance(b, Paragraph)]
    assert paragraphs[-1].startswith("维护责任不清") or paragraphs[-1].startswith("2. 维护责任不清")
    assert not any("46" in p for p in paragraphs)
