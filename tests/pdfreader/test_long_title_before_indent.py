"""A long numbered title in body type that fills its line, or wraps with a comma in it, is a
heading when the paragraph after it opens indented (session 11: a Chromium PDF, whose Type 3 CJK
fonts name no bold, read a clinical study's finding headings — "2.2 两组患者…比较" filling its
line, "3.1 早期…，" / "促进…的恢复" — as paragraphs). A run-in item ending its sentence stays a
paragraph. Glyph positions written for this test (no PDF needed)."""

from __future__ import annotations

from wenxian.pdfreader.blocks import body_blocks
from wenxian.pdfreader.document import Glyph
from wenxian.pdfreader.lines import PdfLine
from wenxian.pdfreader.zones import Zoned, measure

SIZE = 12.0
LEFT = 50.0


def line(text: str, top: float, indent: int = 0) -> PdfLine:
    x0 = LEFT + indent * SIZE
    glyphs = [Glyph(c, x0 + k * SIZE, x0 + (k + 1) * SIZE, top, top + SIZE, top + 0.85 * SIZE, SIZE, "SimSun", False)
              for k, c in enumerate(text)]
    return PdfLine(1, glyphs)


def paragraph(first: str, rest: list[str], top: float) -> list[PdfLine]:
    return [line(first, top, indent=2)] + [line(text, top + 18 * (k + 1)) for k, text in enumerate(rest)]


FULL = "正文的一行文字排满整整一行共计有二十个字"  # 20 characters: 50–290


def lines() -> list[PdfLine]:
    out = paragraph(FULL[:18], [FULL, "这一段到这里就结束了。"], 100)
    out.append(line("2.2 社区居民步行出行距离和出行时间比较", 154))  # fills its line, no sentence
    out += paragraph(FULL[:18], [FULL, "这一段也到这里结束。"], 172)
    out.append(line("3.1 步行环境的改善有助于延长出行距离，", 226))  # wraps, a comma in it
    out.append(line("提高出行的频率", 244))
    out += paragraph(FULL[:18], [FULL, "讨论的第一段结束了。"], 262)
    out.append(line("1. 社区道路的照明和铺装需要改善了。", 316))  # a run-in item: a sentence
    out += paragraph(FULL[:18], [FULL, "最后一段到这里结束。"], 334)
    return out


def test_a_long_numbered_title_before_an_indented_paragraph_is_a_heading() -> None:
    found = body_blocks([Zoned(x) for x in lines()], measure(lines()))
    kinds = {"".join(x.text for x in b.lines): b.kind for b in found}
    assert kinds["2.2 社区居民步行出行距离和出行时间比较"] == "heading"
    assert kinds["3.1 步行环境的改善有助于延长出行距离，提高出行的频率"] == "heading"
    assert kinds["1. 社区道路的照明和铺装需要改善了。"] == "paragraph"
