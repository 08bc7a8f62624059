"""Paragraph decisions round 14f found on the text routes of jiazhuang-dianti and chanjiao-ronghe
(``docs/import.md``, "Round 14f"). The texts are written for these tests."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.model import Heading, Paragraph


def blocks(text: str) -> list[tuple[str, str]]:
    out = []
    for b in read_text(text).blocks:
        if isinstance(b, Heading):
            out.append(("h", b.text))
        elif isinstance(b, Paragraph):
            out.append(("p", b.plain_text().replace(" ", "")))
    return out


NUMBERED = (
    "五、完善推进机制的建议\n"
    "针对上述问题，本文提出以下建议。第一，完善协商平台。街道和社区应当为\n"
    "协商提供程序指引，推广议事平台的做法，引入第三方力量，减少事后纠纷。\n"
)


def test_an_unnumbered_title_alone_after_a_sentence_end_is_a_heading() -> None:
    found = blocks(NUMBERED + (
        "结语\n"
        "加装电梯是一项需要居民共同参与的社区公共事务，推进中遇到的许多问题源\n"
        "于居民之间利益的不一致和社区治理能力的不足。\n"))
    assert ("h", "结语") in found
    assert found[-1] == ("p", "加装电梯是一项需要居民共同参与的社区公共事务，推进中遇到的许多问题源于居民之间利益的不一致和社区治理能力的不足。")


def test_a_letter_spaced_unnumbered_title_is_a_heading() -> None:
    found = blocks("引  言\n产教融合是职业教育的基本办学模式，也是提高技术技能人才培养质\n量的重要途径。\n" + NUMBERED)
    assert found[0] == ("h", "引言")
    assert found[1] == ("p", "产教融合是职业教育的基本办学模式，也是提高技术技能人才培养质量的重要途径。")


def test_the_same_word_inside_a_paragraph_stays_text() -> None:
    # "结论" ending a line mid-sentence is the paragraph's word, not a title.
    found = blocks(NUMBERED[: NUMBERED.index("针对")] + (
        "本节根据前文的分析给出主要的\n"
        "结论\n"
        "和相应的政策含义，供各地参考。\n"))
    assert found[-1][0] == "p" and "结论" in found[-1][1]
