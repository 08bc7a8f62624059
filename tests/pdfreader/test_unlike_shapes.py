"""Round 16c: what the two dev articles written to be unlike the corpus showed on the PDF route
(``docs/import-rounds.md``, "Round 16c"). The import corpus's koudai-gongyuan and jiceng-shuiwu (MIT; dev
since round 16c), onecol-colon.pdf."""

from __future__ import annotations

from pathlib import Path

import pytest

from wenxian.model import Heading, Paragraph
from wenxian.pdfreader import read_pdf

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus" / "data" / "dev"


def _read(article: str) -> tuple[list[str], list[str]]:
    blocks = read_pdf(DATA / article / "onecol-colon.pdf").article.blocks
    return ([b.text.replace(" ", "") for b in blocks if isinstance(b, Heading)],
            [b.plain_text().replace(" ", "") for b in blocks if isinstance(b, Paragraph)])


@pytest.fixture(scope="module")
def koudai() -> tuple[list[str], list[str]]:
    return _read("koudai-gongyuan")


def test_a_heading_may_end_in_a_question_mark(koudai: tuple[list[str], list[str]]) -> None:
    # "四、口袋公园为何“建得起、用不好”？" in heading type: its question mark at the end is no
    # sentence inside it (it was glued to the paragraph before as text)
    headings, paragraphs = koudai
    assert "四、口袋公园为何“建得起、用不好”？" in headings
    assert paragraphs[paragraphs.index("傍晚的使用人数最多。") + 1].endswith("2.3倍[4]。")


def test_a_centred_ellipsis_is_the_texts(koudai: tuple[list[str], list[str]]) -> None:
    # Noto CJK draws "……" centred, U+22EF: the article's text is "……", as on the text routes
    _, paragraphs = koudai
    assert any(p.endswith("夏季午后几乎无人停留……") for p in paragraphs)
    assert not any("⋯" in p for p in paragraphs)


def test_a_page_of_few_lines_takes_the_columns_edges_from_the_others() -> None:
    # jiceng-shuiwu's last paragraph, one indented line at the top of the last page (the list
    # follows in small type): its indent was taken for the column's edge and it ran into the
    # paragraph before
    _, paragraphs = _read("jiceng-shuiwu")
    assert paragraphs[-1] == "数字化的目的是更好地服务纳税人，这一点不应忘记！"
    assert paragraphs[-2].endswith("为老年个体工商户等群体提供帮办和代办服务。")
