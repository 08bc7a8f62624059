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
