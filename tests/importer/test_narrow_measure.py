"""A block quotation set in a narrower measure whose indents the extractor lost (PyMuPDF, pypdf,
pdfminer on two columns): its lines are as wide as one another and short of the column, so a
sentence ending at that measure ("…诸事易办。") looked like a paragraph's end. A line as wide as the
lines either side of it, all short of the column, is a full line of that measure. A paragraph's last
line is shorter than the line above it, and ends it as before. The texts are written for these tests."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.model import Paragraph

TOP = ("战时内迁与地方书业网络的重组\n温知远1\n（1. 临津大学 历史学院，临津 200000）\n"
       "摘要：本文考察战时一家书局的内迁。\n关键词：书业；内迁\n")


def column(text: str, size: int = 18) -> str:
    return "".join(text[k : k + size] + "\n" for k in range(0, len(text), size))


BEFORE = ("一九三七年秋，书局所在的城市遭到轰炸，书局的印刷厂被毁去一半。俞伯谦在当年十二月的日记中"
          "记录了书局同人对去留问题的争论：")
QUOTE = ["同人议迁事，至夜未决。或主迁", "重庆，谓彼处出路较广；或主迁", "澄州，谓澄州距此不过四百里，水",
         "路可通，且余家在彼，诸事易办。", "余意以为书局资本有限，迁远则", "运费不支，不如就近。"]
AFTER = "最终，书局决定迁往澄州。次年二月，书局的职工和设备分三批经水路运抵澄州，在城南租屋复业。"


def paragraphs(text: str) -> list[str]:
    return [b.plain_text() for b in read_text(text).blocks if isinstance(b, Paragraph)]


def test_a_sentence_ending_at_a_quotations_narrower_measure_ends_no_paragraph() -> None:
    text = TOP + "一、书局的内迁\n" + column(BEFORE) + "\n".join(QUOTE) + "\n" + column(AFTER + AFTER)
    found = paragraphs(text)
    assert "".join(QUOTE) in found
    assert found[-1] == AFTER + AFTER


def test_a_paragraphs_short_last_line_still_ends_it() -> None:
    # "…不如就近。" under a full line of the column: shorter than the line above it, it ends the paragraph.
    first = "书局同人对去留问题争论不休，有人主张迁往重庆，有人主张迁往澄州，余意以为书局资本有限，不如就近。"
    text = TOP + "一、书局的内迁\n" + column(first) + column(AFTER)
    found = paragraphs(text)
    assert found[-2:] == [first, AFTER]
