"""A real text is never refused for its content: what cannot be a citation stays text, with a note."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importer.helpers import make_project
from wenxian.cli import main
from wenxian.importer import read_article
from wenxian.model import Citation


@pytest.mark.parametrize(
    ("line", "kept", "why"),
    [
        ("　　本文以共享率 p_i ∈ [0, 1] 衡量共享程度[1]。", "[0, 1]", "0"),
        ("　　取值区间为 x = [2, 3] 时结论不变[1]。", "[2, 3]", "formula"),
        ("　　该法于[2019]年修订[1]。", "[2019]", "no reference number"),
    ],
)
def test_non_citation_bracket_stays_text(line: str, kept: str, why: str) -> None:
    article = read_article(f"{line}\n".encode(), file="a.txt")
    paragraph = article.blocks[0]
    assert kept in paragraph.plain_text()
    assert [c.raw for c in article.citations()] == ["[1]"]
    assert len(article.notes) == 1 and article.notes[0].line == 1
    assert kept in article.notes[0].message and why in article.notes[0].message


def test_citation_beyond_the_reference_list_is_text_and_the_article_is_written(tmp_path: Path, capsys) -> None:
    make_project(tmp_path)
    raw = tmp_path / "source" / "raw" / "bad.txt"
    raw.write_text("　　正文引用[1]，又引[2]。\n\n参考文献\n[1] 张三. 书名[M]. 北京: 出版社, 2020.\n", encoding="utf-8")
    assert main(["import", str(raw), "--project", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert f"{raw}:1: warning: [2] is kept as text: the reference list has 1 entry" in err
    text = (tmp_path / "source" / "bad.md").read_text(encoding="utf-8")
    assert "又引\\[2\\]" in text and text.count("{cite:p}") == 1


def test_no_note_for_real_citations() -> None:
    article = read_article("　　见文献[3]11，又见[4-6]。\n".encode())
    assert not article.notes
    assert [i.number for c in article.citations() if isinstance(c, Citation) for i in c.items] == [3, 4, 5, 6]


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_a_lying_utf16_bom_is_refused_not_read_as_mojibake(encoding: str) -> None:
    from wenxian.errors import WenxianError

    body = "新质生产力作为一种先进生产力质态，需要通过全面深化改革。".encode(encoding)
    data = b"\xff\xfe" + body + b" " * (len(body) % 2) + "\n".encode("utf-16-le")  # whole UTF-16 code units
    with pytest.raises(WenxianError, match="UTF-16 byte-order mark") as info:
        read_article(data, file="a.txt")
    assert info.value.line == 1 and "save it again as UTF-8" in (info.value.hint or "")


def test_real_utf16_is_still_read() -> None:
    article = read_article("　　新质生产力作为一种先进生产力质态，Abc 2023。\n".encode("utf-16"))
    assert article.blocks[0].plain_text() == "新质生产力作为一种先进生产力质态，Abc 2023。"


def test_saving_tools_wrapper_is_not_article_text() -> None:
    text = "---\ntitle: export\nsource: pdf\n---\n\n## Page 1\n\n　　第一段正文。\n\n## Page 2\n\n　　第二段正文。\n"
    article = read_article(text.encode())
    assert [b.plain_text() for b in article.blocks] == ["第一段正文。", "第二段正文。"]


def test_glyphs_the_extractor_could_not_map_are_marked_and_reported() -> None:
    # pdfminer writes "(cid:1234)" for a glyph with no Unicode map: its digits and parentheses
    # are no text (no citation, no year); each becomes U+FFFD, reported once with its lines.
    from wenxian.importer import read_article
    from wenxian.model import Paragraph

    text = ("一、引言\n　　城市更新(cid:1234)(cid:88)已成为主要方式[1]。\n　　另一段(cid:7)。\n"
            "参考文献\n[1] 阳建强. 城市更新的新趋势[J]. 城市规划, 2018, 42(1): 1-8.\n")
    article = read_article(text.encode())
    paragraphs = [b.plain_text() for b in article.blocks if isinstance(b, Paragraph)]
    assert paragraphs == ["城市更新\ufffd\ufffd已成为主要方式[1]。", "另一段\ufffd。"]
    notes = [n for n in article.notes if "could not map" in n.message]
    assert len(notes) == 1 and notes[0].line == 2 and "3 characters" in notes[0].message
    assert "lines 2, 3" in notes[0].message
    assert not read_article("一、引言\n　　见(cid:abc)。\n".encode()).notes  # no number: text
