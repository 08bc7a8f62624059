"""The reference list's heading, also in its qualified forms."""

from __future__ import annotations

import pytest

from wenxian.importer.markers import REFERENCES


@pytest.mark.parametrize("line", ["参考文献", "本文参考文献", "【主要参考文献】", "參 考 文 獻：", "References",
                                  "REFERENCES", "Bibliography"])
def test_reference_headings(line: str) -> None:
    assert REFERENCES.match(line)


@pytest.mark.parametrize("line", ["本文", "其它参考文献示例", "参考文献著录规则", "References to the law",
                                  "Referencesand"])
def test_not_reference_headings(line: str) -> None:
    assert not REFERENCES.match(line)


def test_an_article_whose_list_has_an_english_heading_imports_it() -> None:
    # A Chinese article printed with an English list under "REFERENCES" (an economics journal's
    # author-year list, names in small capitals, a dash for the names repeated).
    from wenxian.importer import read_text

    source = "\n".join([
        "信贷渠道述评", "", "一、引言", "",
        "这一思想见于 Baker and Cole (1988)。其后的研究（Baker and Dunn, 1995）提出了新的机制。", "",
        "REFERENCES",
        "B AKER , B. and C OLE , A. (1988). Credit and demand. Economic Review, 78, 435–9.",
        "— and D UNN , M. (1995). Inside the box. Journal of Perspectives, 9 (4), 27–48.",
    ])
    article = read_text(source)
    assert [ref.text[:10] for ref in article.references] == ["Baker, B. ", "— and Dunn"]
