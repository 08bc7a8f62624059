"""``wenxian refs list`` and ``wenxian refs fmt`` on copies of projects in tmp."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from wenxian.bibfile import read_bib
from wenxian.cli import main
from wenxian.gbt7714 import format_bibliography
from tests.bundled import copy_project

HERE = Path(__file__).parent


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    root = tmp_path / "project"
    copy_project(root)
    monkeypatch.chdir(root)
    return root


def test_list_is_the_bundled_article_numbered_list(project: Path, capsys) -> None:
    assert main(["refs", "list", "source/article.md"]) == 0
    lines = capsys.readouterr().out.splitlines()
    # refs.bib is in the article's citation order; conf.py pins the 2015 edition.
    expected = format_bibliography(read_bib(project / "refs.bib"), edition="2015")
    bib = read_bib(project / "refs.bib")
    assert lines[0::2] == [f"[{n}] {text}" for n, (_, text) in enumerate(expected, 1)]
    assert lines[1::2] == [f"    {key} — {bib.entries[key].fields['review']}"
                           for key, _ in expected]


def test_list_numbers_by_first_citation_in_the_article(project: Path, capsys) -> None:
    (project / "source" / "second.md").write_text(
        "# 二\n\n甲{cite:p}`xi2024fazhan`乙{cite:p}`mao1991xuanji,xi2024fazhan{5}`。\n",
        encoding="utf-8")
    assert main(["refs", "list", "--edition", "2025", "source/second.md"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split(" — ")[0].strip() for line in out[1::2]] == [
        "xi2024fazhan", "mao1991xuanji"]
    assert out[0].startswith("[1] 习近平. 发展新质生产力") and out[2].startswith("[2] 毛泽东.")
    # Without an argument: every article that cites something, each under its name.
    assert main(["refs", "list"]) == 0
    names = [line for line in capsys.readouterr().out.splitlines() if line.endswith(".md")]
    assert names == ["source/article.md", "source/second.md"]


def test_list_reports_an_unknown_key(project: Path, capsys) -> None:
    (project / "source" / "bad.md").write_text("甲\n乙{cite:p}`nosuch`\n", encoding="utf-8")
    assert main(["refs", "list", "source/bad.md"]) == 2
    assert "source/bad.md:2:11: error: citation key 'nosuch' has no entry" in capsys.readouterr().err


def test_fmt_check_and_rewrite(project: Path, capsys) -> None:
    assert main(["refs", "fmt", "--check"]) == 0  # the bundled refs.bib is canonical
    messy = HERE / "fmt_cases" / "messy.in.bib"
    shutil.copy(messy, project / "refs.bib")
    assert main(["refs", "fmt", "--check"]) == 1
    assert "not in the canonical layout" in capsys.readouterr().out
    assert main(["refs", "fmt", "--diff"]) == 1
    assert "+  journal      = rmrb," in capsys.readouterr().out
    assert (project / "refs.bib").read_bytes() == messy.read_bytes()  # --check/--diff write nothing
    assert main(["refs", "fmt"]) == 0
    assert (project / "refs.bib").read_text(encoding="utf-8") == (
        HERE / "fmt_cases" / "messy.out.bib").read_text(encoding="utf-8")
    assert main(["refs", "fmt", "--check", "refs.bib"]) == 0


def test_fmt_refuses_a_broken_file_and_leaves_it(project: Path, capsys) -> None:
    broken = "@book{a,\n  title = {x}\n  year = {2024},\n}\n"
    (project / "refs.bib").write_text(broken, encoding="utf-8")
    assert main(["refs", "fmt"]) == 2
    err = capsys.readouterr().err
    assert "refs.bib:3:3: error: BibTeX syntax error: expected ',' or '}'" in err
    assert (project / "refs.bib").read_text(encoding="utf-8") == broken


def test_a_line_end_comment_in_a_field_is_not_printed(tmp_path: Path) -> None:
    """TeX's ``%`` at a line's end (thesis-qom's ``howpublished = {%`` continued on the next
    lines) joins the lines: the comment is not printed, the text after it is; ``\\%`` is a
    per cent sign; line numbers still hold for what comes after."""
    bib = tmp_path / "refs.bib"
    bib.write_text("@misc{tool,\n  author = {Alavizadeh, S. R.},\n  title = {Bi%\n"
                   "    DiTeXMaker},\n  year = {2013},\n  howpublished = {%\n"
                   "  \\lr{\\href{http://pozh.org/q/}{http://pozh.org/q/}}},\n"
                   "  note = {50\\%\n  of it},\n}\n@misc{broken,\n  title = {x}\n  year = {2}\n}\n",
                   encoding="utf-8")
    errors: list = []
    data = read_bib(bib, repeated=errors)
    fields = data.entries["tool"].fields
    assert fields["title"] == "BiDiTeXMaker"
    assert fields["howpublished"] == "\\lr{\\href{http://pozh.org/q/}{http://pozh.org/q/}}"
    assert fields["note"] == "50\\% of it"
    assert [err.line for err in errors] == [13]  # the missing comma, where it was typed
    line = format_bibliography(data, edition="2015")[0][1]
    assert "%" not in line and "\\" not in line and "http://pozh.org/q/" in line


def test_a_comment_line_inside_an_entry_is_not_read(tmp_path: Path) -> None:
    """A line that is a ``%`` comment inside an entry (papis's test file: inside the author
    list; a field commented out between two fields) reads as an empty line: no given names
    "some comments here", no syntax error; outside entries such lines are left alone."""
    bib = tmp_path / "refs.bib"
    bib.write_text("% a file comment {\n@article{shi,\n  author = {\n    Shi,\n"
                   "% some comments here\n    Fazhan and Rong,\n    Xing},\n"
                   "%  note = {not printed},\n  title = {Room temperature},\n  year = {2010},\n}\n"
                   "@misc{next,\n  title = {x}\n  year = {2}\n}\n", encoding="utf-8")
    errors: list = []
    data = read_bib(bib, repeated=errors)
    entry = data.entries["shi"]
    assert [str(p) for p in entry.persons["author"]] == ["Shi, Fazhan", "Rong, Xing"]
    assert "note" not in entry.fields
    assert [err.line for err in errors] == [14]  # the missing comma, where it was typed
    assert format_bibliography(data, edition="2015")[0][1].startswith("SHI F, RONG X. Room")


@pytest.mark.parametrize(("kind", "code"), [("website", "[EB/OL]"), ("repository", "[CP/OL]")])
def test_types_users_write_print_as_the_standards_types(tmp_path: Path, kind: str,
                                                         code: str) -> None:
    """@website and @repository (quantum's sample database) are a web page and a program;
    a worded citation date (asmejour's ``urldate = {Dec. 22, 2021}``) prints in figures."""
    bib = tmp_path / "refs.bib"
    bib.write_text(f"@{kind}{{k,\n  author = {{Meyer, Johannes}},\n  title = {{Right-size}},\n"
                   "  year = {2021},\n  url = {https://github.com/j/rsmf},\n"
                   "  urldate = {Dec. 22, 2021},\n}\n"
                   "@dictionary{filamin,\n  title = {Filamin},\n"
                   "  booktitle = {Dorland's illustrated medical dictionary},\n"
                   "  publisher = {Saunders},\n  address = {Philadelphia},\n  year = {2000},\n"
                   "  pages = {675},\n}\n", encoding="utf-8")
    lines = format_bibliography(read_bib(bib), edition="2015")
    assert code in lines[0][1] and "[2021-12-22]" in lines[0][1]
    assert "Filamin[M]//" in lines[1][1]


def test_a_link_wrapped_in_howpublished_is_the_access_path(tmp_path: Path) -> None:
    """``howpublished = {\\lr{\\href{url}{url}}}`` (thesis-qom) is the entry's link: [EB/OL]
    and the address; an \\href whose text is words stays text. A publisher ending in a full
    stop ("Apple Inc.", asmejour) takes no second one before the citation date."""
    bib = tmp_path / "refs.bib"
    bib.write_text("@misc{x, author = {Khalighi, Vafa}, title = {The bidi Package}, year = {2017},\n"
                   "  howpublished = {\\lr{\\href{http://ctan.org/pkg/bidi}{http://ctan.org/pkg/bidi}}}}\n"
                   "@misc{y, author = {Khalighi, Vafa}, title = {The bidi Package}, year = {2017},\n"
                   "  howpublished = {\\href{http://ctan.org/pkg/bidi}{the bidi page}}}\n"
                   "@online{apple, title = {Apple Privacy Policy}, url = {https://www.apple.com/p/},\n"
                   "  urldate = {Apr. 5, 2020}, organization = {Apple Inc.}, address = {Cupertino, CA}}\n",
                   encoding="utf-8")
    lines = dict(format_bibliography(read_bib(bib), edition="2015"))
    assert lines["x"] == "KHALIGHI V. The bidi package[EB/OL]. 2017. http://ctan.org/pkg/bidi."
    assert lines["y"] == "KHALIGHI V. The bidi package[Z]. 2017. the bidi page."
    assert lines["apple"] == ("Apple privacy policy[EB/OL]. Cupertino, CA: Apple Inc. [2020-04-05]. "
                              "https://www.apple.com/p/.")


def test_a_web_page_that_names_its_journal_is_a_journal_article(tmp_path: Path) -> None:
    """vancouver.bib's @webpage "serial on the Internet" with journal, volume and number: an
    article read online, [J/OL] with its journal, not a web page that loses the journal."""
    bib = tmp_path / "refs.bib"
    bib.write_text("@Webpage{abood, author = {Abood, Sheila}, title = {Quality improvement},\n"
                   "  journal = {Am J Nurs}, volume = {102}, number = {6}, pages = {about 3 p.},\n"
                   "  month = {Jun}, year = {2002}, url = {http://www.nursingworld.org/a.htm}}\n"
                   "@online{ad, title = {Get the Best}, date = {2017-01-10},\n"
                   "  journal = {The New Yorker}, url = {www.newyorker.com}}\n",
                   encoding="utf-8")
    lines = format_bibliography(read_bib(bib), edition="2015")
    # the site an @online is on, with no volume or issue (biblatex-mla): still a web page
    assert lines[1][1] == "Get the best[EB/OL]. (2017-01-10). www.newyorker.com."
    line = lines[0][1]
    assert line == ("ABOOD S. Quality improvement[J/OL]. Am J Nurs, 2002, 102(6): about 3 p. "
                    "http://www.nursingworld.org/a.htm.")
