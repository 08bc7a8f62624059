"""``wenxian refs add`` through the command line: the .bib bytes before and after."""

from __future__ import annotations

from pathlib import Path

import pytest

from wenxian.cli import main

LINE = "[8] 习近平. 发展新质生产力是推动高质量发展的内在要求和重要着力点[J]. 求是, 2024(11): 4-8."
ENTRY = """\
@article{xi2024fazhan,
  author  = {习近平},
  title   = {发展新质生产力是推动高质量发展的内在要求和重要着力点},
  journal = {求是},
  number  = {11},
  year    = {2024},
  pages   = {4--8},
}
"""
# An existing file with a comment, CRLF line ends and no final newline.
OLD = "% 手工维护的文献\r\n@book{old,\r\n  title = {旧书},\r\n  year = {1999},\r\n}".encode()


@pytest.fixture
def bib(tmp_path: Path) -> Path:
    path = tmp_path / "refs.bib"
    path.write_bytes(OLD)
    return path


def test_append_gbt_line_keeps_old_bytes(bib: Path, capsys) -> None:
    assert main(["refs", "add", "--bib", str(bib), LINE]) == 0
    assert bib.read_bytes() == OLD + b"\n\n" + ENTRY.encode()
    assert capsys.readouterr().out == "xi2024fazhan\n"


def test_second_add_gets_a_new_key(bib: Path, capsys) -> None:
    assert main(["refs", "add", "--bib", str(bib), LINE]) == 0
    before = bib.read_bytes()
    assert main(["refs", "add", "--bib", str(bib), LINE]) == 0
    after = bib.read_bytes()
    assert after.startswith(before + b"\n@article{xi2024fazhana,\n")
    out, err = capsys.readouterr()
    assert out.split() == ["xi2024fazhan", "xi2024fazhana"]
    assert err == (f"{bib}: warning: xi2024fazhana has the title and year of xi2024fazhan, "
                   "already in the file; added anyway\n")


def test_wrapped_list_in_one_argument(bib: Path, capsys) -> None:
    text = (
        "[1] 马克思, 恩格斯. 马克思恩格斯文集: 第1卷[M]. 北京: 人民出版社,\n2009: 533.\n"
        "[2] 毛泽东. 毛泽东选集: 第3卷[M]. 北京: 人民出版社, 1991: 1079.\n"
    )
    assert main(["refs", "add", "--bib", str(bib), text]) == 0
    assert capsys.readouterr().out.split() == ["ma2009make", "mao1991maoze"]
    assert bib.read_bytes().startswith(OLD + b"\n\n@book{ma2009make,\n")


def test_unreadable_line_writes_nothing(bib: Path, capsys) -> None:
    assert main(["refs", "add", "--bib", str(bib), LINE, "习近平. 发展新质生产力"]) == 2
    assert bib.read_bytes() == OLD
    err = capsys.readouterr().err
    assert err.startswith("<argument 2>:1:13: error: reference cannot be read: expected a "
                          "document-type code like [J] or [M] after the title\n  hint: ")


def test_bibtex_file_is_appended_in_stable_layout(bib: Path, tmp_path: Path, capsys) -> None:
    new = tmp_path / "new.bib"
    new.write_text("@Book{smith2001,title={Art},author={Smith, John and Doe, J.},year=2001}\n",
                   encoding="utf-8")
    assert main(["refs", "add", "--bib", str(bib), "--bibtex", str(new)]) == 0
    assert bib.read_bytes() == OLD + b"\n\n" + (
        "@book{smith2001,\n"
        "  author = {Smith, John and Doe, J.},\n"
        "  title  = {Art},\n"
        "  year   = {2001},\n"
        "}\n"
    ).encode()
    assert capsys.readouterr().out == "smith2001\n"


def test_bibtex_key_clash_is_reported_and_nothing_written(bib: Path, tmp_path: Path,
                                                          capsys) -> None:
    new = tmp_path / "new.bib"
    new.write_text("@book{fresh, title={A}}\n@book{OLD, title={B}}\n", encoding="utf-8")
    assert main(["refs", "add", "--bib", str(bib), "--bibtex", str(new)]) == 2
    assert bib.read_bytes() == OLD
    assert "error: key 'OLD' is already in the .bib file; nothing was written" in (
        capsys.readouterr().err)


def test_project_refs_bib_is_found_and_created(tmp_path: Path, monkeypatch, capsys) -> None:
    (tmp_path / "conf").mkdir()
    (tmp_path / "conf" / "conf.py").write_text("", encoding="utf-8")
    (tmp_path / "source").mkdir()
    monkeypatch.chdir(tmp_path / "source")
    assert main(["refs", "add", LINE]) == 0
    assert (tmp_path / "refs.bib").read_bytes() == ENTRY.encode()


def test_lines_or_bibtex_not_both_nor_neither(bib: Path, tmp_path: Path, capsys) -> None:
    assert main(["refs", "add", "--bib", str(bib)]) == 2
    new = tmp_path / "new.bib"
    new.write_text("", encoding="utf-8")
    assert main(["refs", "add", "--bib", str(bib), "--bibtex", str(new), LINE]) == 2
    assert "give either GB/T 7714 lines or --bibtex FILE" in capsys.readouterr().err
    assert bib.read_bytes() == OLD


def test_broken_bib_is_an_error_not_a_traceback(tmp_path: Path, capsys) -> None:
    broken = tmp_path / "refs.bib"
    broken.write_bytes(b"@book{a, title={x}\n@book{a, title={y}}\n")
    assert main(["refs", "add", "--bib", str(broken), LINE]) == 2
    err = capsys.readouterr().err
    assert f"{broken}:2: error: BibTeX syntax error" in err
    assert "hint:" in err and "Traceback" not in err
    assert broken.read_bytes() == b"@book{a, title={x}\n@book{a, title={y}}\n"
