"""``wenxian refs format`` through :func:`wenxian.cli.main`."""

from __future__ import annotations

from pathlib import Path

import pytest

from wenxian.cli import main

from .conftest import DATA


def test_format_prints_key_tab_text_in_file_order(capsys) -> None:
    assert main(["refs", "format", "--edition", "2015", str(DATA / "rules.bib")]) == 0
    out = capsys.readouterr().out
    expected = (DATA / "rules-2015.tsv").read_text(encoding="utf-8")
    assert out == expected


def test_format_author_year_is_sorted(capsys) -> None:
    args = ["refs", "format", "--system", "author-year", str(DATA / "author-year.bib")]
    assert main(args) == 0
    assert capsys.readouterr().out == (DATA / "author-year-2025.tsv").read_text(encoding="utf-8")


def test_syntax_error_names_file_and_line(tmp_path: Path, capsys) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_text("@book{a,\n  title = {x},\n}\n\n@book{b,\n  title = {y\n", encoding="utf-8")
    assert main(["refs", "format", str(bib)]) == 1
    out, err = capsys.readouterr()
    # The file is not refused: what can be read is printed, the broken entry reported.
    assert [line.split("\t")[0] for line in out.splitlines()][0] == "a"
    assert err.startswith(f"{bib}:6: warning: BibTeX syntax error")
    assert "the entry that starts on line 5" in err and "Traceback" not in err
    assert "the rest of the file was printed" in err


def test_undefined_string_is_reported_and_the_rest_printed(tmp_path: Path, capsys) -> None:
    # Real files use @string macros defined in another file (Beebe's bibliographies:
    # "acknowledgement = ack-bnb # ..."): the entry is printed without it.
    bib = tmp_path / "refs.bib"
    bib.write_text("@book{a,\n  title = {x},\n  note = ack-nhfb,\n  year = 2001,\n}\n"
                   "@book{b, title = {y}}\n", encoding="utf-8")
    assert main(["refs", "format", str(bib)]) == 1
    out, err = capsys.readouterr()
    assert [line.split("\t")[0] for line in out.splitlines()] == ["a", "b"]
    assert "ack-nhfb" in err and "@string" in err and "Traceback" not in err


def test_repeated_key_names_the_second_entry(tmp_path: Path, capsys) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_text("@book{a, title = {x}}\n@book{b, title = {y}}\n@book{a, title = {z}}\n",
                   encoding="utf-8")
    assert main(["refs", "format", str(bib)]) == 1
    out, err = capsys.readouterr()
    # The rest is still printed (the first entry of the repeated key), the repeat reported.
    assert [line.split("\t")[0] for line in out.splitlines()] == ["a", "b"]
    assert "x[M]" in out and "z[M]" not in out
    assert err.startswith(f"{bib}:3: warning: BibTeX error: repeated bibliography entry: a")


def test_a_file_not_in_utf8_is_read_and_said_so(tmp_path: Path, capsys) -> None:
    # A GBK file from Chinese Windows, and a Latin file with two stray bytes (TeX Live's
    # econ-example.bib has Shift_JIS quotes in an abstract): printed, with a warning.
    gbk = tmp_path / "gbk.bib"
    gbk.write_bytes("@book{a, author={王小明}, title={中文书名}, publisher={出版社}, "
                    "address={北京}, year=2020}\n".encode("gbk"))
    assert main(["refs", "format", "--edition", "2015", str(gbk)]) == 1
    out, err = capsys.readouterr()
    assert out == "a\t王小明. 中文书名[M]. 北京: 出版社, 2020.\n"
    assert ("gbk.bib:1: warning: the file is not UTF-8 text (byte 0xcd); "
            "it was read as GB18030") in err
    assert "every entry was read" in err and "hint: save the .bib file as UTF-8" in err
    stray = tmp_path / "stray.bib"
    stray.write_bytes("@book{b, author={Jörg Müller}, title={T}, publisher={P}, address={A},\n"
                      "year=2000, abstract={a \x81gno\x81h b}}\n".encode("latin-1")
                      .replace(b"J\xf6rg M\xfcller", "Jörg Müller".encode()))
    assert main(["refs", "format", "--edition", "2015", str(stray)]) == 1
    out, err = capsys.readouterr()
    assert out == "b\tMÜLLER J. T[M]. A: P, 2000.\n"
    assert "stray.bib:2: warning" in err and "read as UTF-8, 2 stray byte(s)" in err


def test_a_file_is_read_in_the_encoding_its_header_declares(tmp_path: Path, capsys) -> None:
    # A JabRef database written in Cp1252 as its header says (unamthesis' testBib.bib): "ño" is
    # also two bytes GB18030 reads as one character, which printed "Luis Gerardo Trevi駉-Quintanilla"
    # (not even inverted, a CJK name). BibDesk's header names its encoding too.
    jabref = tmp_path / "jabref.bib"
    jabref.write_bytes("% This file was created with JabRef 2.6.\n% Encoding: Cp1252\n\n"
                       "@ARTICLE{t, author = {Luis Gerardo Treviño-Quintanilla}, title = {T},\n"
                       "  journal = {J}, year = {2008}}\n".encode("cp1252"))
    assert main(["refs", "format", "--edition", "2015", str(jabref)]) == 1
    out, err = capsys.readouterr()
    assert out == "t\tTREVIÑO-QUINTANILLA L G. T[J]. J, 2008.\n"
    assert "read as cp1252, the encoding its header declares" in err
    bibdesk = tmp_path / "bibdesk.bib"
    bibdesk.write_bytes("%% Saved with string encoding Western (Mac OS Roman)\n\n"
                        "@book{b, author = {Jörg Müller}, title = {T}, publisher = {P}, "
                        "address = {A}, year = 2000}\n".encode("mac_roman"))
    assert main(["refs", "format", "--edition", "2015", str(bibdesk)]) == 1
    out, err = capsys.readouterr()
    assert out == "b\tMÜLLER J. T[M]. A: P, 2000.\n" and "as mac-roman" in err


def test_a_record_with_no_key_prints_no_empty_line(tmp_path: Path, capsys) -> None:
    # cje's JabRef database ends a run of entries with "@ARTICLE{," holding only owner and timestamp:
    # pybtex keeps it as "unnamed-1" with no fields, which printed an empty reference line.
    bib = tmp_path / "refs.bib"
    bib.write_text("@book{a, author = {A. Smith}, title = {T}, year = {2000}}\n"
                   "@ARTICLE{,\n  owner = {x},\n  timestamp = {2013.07.12}\n}\n"
                   "@book{b, author = {B. Jones}, title = {U}, year = {2001}}\n", encoding="utf-8")
    assert main(["refs", "format", "--edition", "2015", str(bib)]) == 1
    out, err = capsys.readouterr()
    assert [line.split("\t")[0] for line in out.splitlines()] == ["a", "b"]
    assert "refs.bib:2: warning: BibTeX syntax error: entry key expected" in err


def test_missing_file(tmp_path: Path, capsys) -> None:
    assert main(["refs", "format", str(tmp_path / "nope.bib")]) != 0
    assert "no such file" in capsys.readouterr().err


@pytest.mark.parametrize("bad", [["--edition", "2005"], ["--system", "footnote"]])
def test_bad_options_are_refused(bad: list[str], capsys) -> None:
    with pytest.raises(SystemExit):
        main(["refs", "format", *bad, str(DATA / "rules.bib")])


def test_format_reads_bad_data_as_check_reports_it(capsys) -> None:
    """The dates and name lists that `wenxian check` reports (tests/check/cases/real-bib)
    are printed as check says they are read."""
    bib = Path(__file__).parents[1] / "check" / "cases" / "real-bib" / "refs.bib"
    assert main(["refs", "format", "--edition", "2015", str(bib)]) == 0
    captured = capsys.readouterr()
    lines = dict(line.split("\t") for line in captured.out.splitlines())
    # a comment after a value (palandt2019's "options = {howcited}%, bearbeiterin}") is biber's
    # comment, not a syntax error that loses the entry's other fields
    assert "syntax error" not in captured.err
    assert lines["palandt2019"].endswith("München: C.H. Beck, 2019.")
    assert "资源与环境, 2019, 29(9)" in lines["sun2019"]
    assert "1-5[2026-02-22]. DOI:10.1000/xyz." in lines["lee2019"]
    assert lines["zhang2019"].startswith("ZHANG S, LI S. Panel models")
    assert lines["wang2021"].startswith("WANG L, ZHAO M. Patent data")
    # session 15: an empty name dropped, a dotted date read, CJK names listed with 、/， split
    assert lines["barro2001"].startswith("BARRO R J, LEE J W. International data")
    assert lines["turner2001"].endswith("Одноразовая ракета-носитель: 1095735[P]. 2001-03-10.")
    assert lines["mori2007"].startswith("森鷗外, 名無権兵衛, 何誰兵衛, 等. 百物語[M]")
    assert lines["smith2010"].startswith("SMITH R, GARCÍA M. Wind power")
