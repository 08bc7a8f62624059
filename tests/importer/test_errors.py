"""Bad input gives a clear ``file:line: error`` and a non-zero exit, never a traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.importer.helpers import FIXTURES, import_case, make_project
from wenxian.cli import main
from wenxian.errors import WenxianError
from wenxian.importer import ImportOptions, read_article


def run_import(tmp_path: Path, data: bytes, *args: str, name: str = "raw") -> tuple[int, Path]:
    make_project(tmp_path)
    raw = tmp_path / "source" / "raw" / f"{name}.txt"
    raw.write_bytes(data)
    return main(["import", str(raw), "--project", str(tmp_path), *args]), raw


def test_undecodable_byte_is_named_with_offset_and_line(tmp_path: Path, capsys) -> None:
    data = "第一行文字\n第二行".encode() + b"\xff\xfe" + "文字".encode()
    status, raw = run_import(tmp_path, data)
    assert status == 2
    err = capsys.readouterr().err
    assert f"{raw}:2: error:" in err
    assert "0xFF at offset 25 (line 2)" in err
    assert not (tmp_path / "source" / "raw.md").exists()


def test_latin1_is_refused_not_read_as_gb18030() -> None:
    with pytest.raises(WenxianError, match=r"offset 3 \(line 1\)"):
        read_article(b"caf\xe9 au lait, na\xefve r\xe9sum\xe9 \xe0 la carte\n")


@pytest.mark.parametrize("text", ["　　中文文本，国标编码。\n", "拼音 pīnyīn，温度 30°C，①条。\n",
                                  "展\n", "展展 2024\n"])
def test_gb18030_is_read(text: str) -> None:
    # GBK byte pairs may look like two-byte UTF-8 ("拼" is C6 B4): still GB18030. "展" (D5 B9)
    # is even valid UTF-8, for the Armenian "չ": a letter no Chinese article needs.
    article = read_article(text.encode("gb18030"))
    assert article.blocks[0].plain_text() == text.strip()


def test_broken_utf16_is_named() -> None:
    with pytest.raises(WenxianError, match=r"as UTF-16: byte 0x87 at offset 4"):
        read_article("中文".encode("utf-16")[:-1])


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty"),
        (b" \n\r\n\t\n", "no text"),
        (b"PK\x03\x04\x00\x00binary", "NUL byte at offset 4"),
    ],
)
def test_empty_and_binary(tmp_path: Path, capsys, data: bytes, message: str) -> None:
    status, _ = run_import(tmp_path, data)
    assert status == 2
    assert message in capsys.readouterr().err


def test_size_limit() -> None:
    with pytest.raises(WenxianError, match="over the limit"):
        read_article("文字\n".encode() * 100, options=ImportOptions(max_bytes=64))


def test_citation_beyond_the_bib_stays_text_with_a_warning(tmp_path: Path, capsys) -> None:
    bib = tmp_path / "small.bib"
    bib.write_text("@misc{a, title={A}}\n@misc{b, title={B}}\n", encoding="utf-8")
    status, _ = run_import(tmp_path, (FIXTURES / "citations.txt").read_bytes(), "--bib", str(bib))
    assert status == 0
    err = capsys.readouterr().err
    assert "raw.txt:3: warning: [3]11 is kept as text: small.bib has 2 entries, not 3" in err
    assert "hint: add the missing entries to small.bib" in err


def test_backwards_range_is_text_with_a_note_naming_its_line() -> None:
    # Issue 11: a bracket that cannot be a citation no longer refuses the article.
    article = read_article("　　第一段。\n　　见文献[6-4]。\n".encode(), file="x.txt")
    assert article.blocks[1].plain_text() == "见文献[6-4]。" and not article.citations()
    assert [(n.line, "[6-4]" in n.message) for n in article.notes] == [(2, True)]


def test_two_marks_joined_by_a_dash_are_one_citation_of_the_range() -> None:
    # Many journals print GB/T 7714's "[12-14]" as "[12]-[14]": one citation of 12, 13 and 14,
    # not [12] and [14] with a stray dash between (and 13 lost).
    text = "　　第一段见[2]-[4]，又见[1，3]～[5]11。\n　　第二段见[6]－[5]。\n"
    article = read_article(text.encode(), file="x.txt")
    marks = [[item.number for item in c.items] for c in article.citations()]
    assert marks == [[2, 3, 4], [1, 3, 4, 5]]
    assert article.citations()[1].items[-1].page == "11"
    assert [c.raw for c in article.citations()] == ["[2]-[4]", "[1，3]～[5]11"]
    # backwards: kept as text, with a note naming its line
    assert article.blocks[1].plain_text() == "第二段见[6]－[5]。"
    assert [(n.line, "[6]－[5]" in n.message) for n in article.notes] == [(2, True)]


def test_refuses_to_overwrite_without_force(tmp_path: Path, capsys) -> None:
    assert import_case(tmp_path, "citations")[0] == 0
    out = tmp_path / "source" / "citations.md"
    out.write_text("edited by hand\n", encoding="utf-8")
    status, _ = import_case(tmp_path, "citations")
    assert status == 2
    assert "--force" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "edited by hand\n"
    assert import_case(tmp_path, "citations", "--force")[0] == 0
    assert out.read_bytes() == (FIXTURES / "citations.md").read_bytes()


def test_citations_without_bib_or_list_stay_text(tmp_path: Path, capsys) -> None:
    status, _ = run_import(tmp_path, (FIXTURES / "citations.txt").read_bytes())
    assert status == 0
    err = capsys.readouterr().err
    assert "raw.txt:1: warning:" in err and "has no reference list" in err and "pass --bib FILE" in err


def test_reference_list_is_collected() -> None:
    article = read_article((FIXTURES / "references.txt").read_bytes())
    assert [(r.number, r.line) for r in article.references] == [(1, 3), (2, 5)]
    assert article.references[0].text.endswith("重要着力点[J]. 求是, 2024(11): 4-8.")
    assert all("习近平." not in b.plain_text() for b in article.blocks)


def test_bibtex_syntax_error_has_line(tmp_path: Path, capsys) -> None:
    bib = tmp_path / "bad.bib"
    bib.write_text("@misc{a,\n  title = {A},\n}\n\n@misc{b, title = }\n", encoding="utf-8")
    status, _ = run_import(tmp_path, (FIXTURES / "citations.txt").read_bytes(), "--bib", str(bib))
    assert status == 2
    assert f"{bib}:5: error: BibTeX syntax error" in capsys.readouterr().err


@pytest.mark.parametrize("slug", ["../evil", "a/b", "a\0b", "中文", ".hidden"])
def test_bad_slug(tmp_path: Path, capsys, slug: str) -> None:
    status, _ = run_import(tmp_path, "　　正文。\n".encode(), "--slug", slug)
    assert status == 2
    assert "invalid slug" in capsys.readouterr().err


def test_slug_from_a_chinese_file_name(tmp_path: Path) -> None:
    status, _ = run_import(tmp_path, "　　正文。\n".encode(), name="新质生产力")
    assert status == 0
    assert (tmp_path / "source" / "xin-zhi-sheng-chan-li.md").exists()


def test_missing_raw_file(tmp_path: Path, capsys) -> None:
    make_project(tmp_path)
    assert main(["import", str(tmp_path / "nope.txt"), "--project", str(tmp_path)]) == 2
    assert "not found" in capsys.readouterr().err


def test_help_has_an_example(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    out = capsys.readouterr().out
    assert "examples:" in out and "wenxian import source/raw/article.txt --bib refs.bib" in out


def test_summary_and_source_field(tmp_path: Path, capsys) -> None:
    shutil.copy(FIXTURES / "seed.bib", tmp_path / "seed.bib")
    status, _ = import_case(tmp_path, "seed-article")
    assert status == 0
    out = capsys.readouterr().out
    assert "35 paragraphs, 12 headings, 18 citations" in out
    assert "not in the text: title, authors, keywords" in out
    assert "source: raw/seed-article.txt\n" in (tmp_path / "source" / "seed-article.md").read_text(encoding="utf-8")
