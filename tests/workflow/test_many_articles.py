"""The bundled article plus two short test articles (``articles/``, made up) in one
project, sharing refs.bib and citing overlapping entries, built with
``wenxian build site`` in both scripts.

Each article's list holds only what it cites, numbered from [1] in its own
order of first citation, exactly as ``wenxian refs list`` prints it; every
citation links into its own page's list; the start page lists all three (the bundled one's
working title marked as such).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.bundled import copy_project
from tests.integration.htmlscan import parse_html
from wenxian.cli import main

ARTICLES = Path(__file__).parent / "articles"
CITED = {
    "article": None,  # the bundled article: all 11 entries, in refs.bib's order
    "shengchanli": ["makesi2009wenji", "rmrb2024xinzhi", "xi2024fazhan"],
    "gaige": ["mao1991xuanji", "xi2024fazhan", "makesi2009wenji"],
}


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("many") / "project"
    copy_project(root)
    for page in ARTICLES.glob("*.md"):
        shutil.copy(page, root / "source" / page.name)
    assert main(["build", "site", "--project", str(root)]) == 0
    return root


def _listed(project: Path, name: str, capsys, monkeypatch) -> list[tuple[str, str]]:
    monkeypatch.chdir(project)
    assert main(["refs", "list", f"source/{name}.md"]) == 0
    lines = capsys.readouterr().out.splitlines()
    return [(key.split(" — ")[0].strip(), text) for text, key in zip(lines[0::2], lines[1::2])]


def _entries(page) -> list[str]:
    out = []
    for entry in page.find_all("div", cls="citation"):
        (para,) = entry.find_all("p")
        text = para.text()
        for a in para.find_all("a", cls="wenxian-backlink"):
            text = text.replace(a.text(), "")
        (label,) = entry.find_all("span", cls="label")
        out.append(f"{label.text()} {text.replace('↩', '').strip()}")
    return out


@pytest.mark.parametrize("name", sorted(CITED))
def test_each_list_is_its_own_as_refs_list_says(project: Path, name: str, capsys,
                                                monkeypatch) -> None:
    listed = _listed(project, name, capsys, monkeypatch)
    if CITED[name] is not None:
        assert [key for key, _ in listed] == CITED[name]
    else:
        assert len(listed) == 11
    page = parse_html((project / "_build" / "site" / "zh-Hans" / f"{name}.html")
                      .read_text(encoding="utf-8"))
    assert _entries(page) == [text for _, text in listed]
    ids = {e.attrs["id"] for e in page.iter() if "id" in e.attrs}
    entry_ids = {e.attrs["id"] for e in page.find_all("div", cls="citation")}
    for cite in page.find_all(cls="bibtex-citation"):
        for a in cite.find_all("a"):
            assert a.attrs["href"][1:] in entry_ids and a.attrs["href"][1:] in ids


@pytest.mark.parametrize("name", sorted(CITED))
def test_traditional_lists_number_alike(project: Path, name: str) -> None:
    hans = parse_html((project / "_build" / "site" / "zh-Hans" / f"{name}.html")
                      .read_text(encoding="utf-8"))
    hant = parse_html((project / "_build" / "site" / "zh-Hant" / f"{name}.html")
                      .read_text(encoding="utf-8"))
    labels = [[label.text() for label in p.find_all("span", cls="label")] for p in (hans, hant)]
    assert labels[0] == labels[1] == [f"[{n}]" for n in range(1, len(labels[0]) + 1)]
    assert [c.text() for c in hans.find_all(cls="bibtex-citation")] == [
        c.text() for c in hant.find_all(cls="bibtex-citation")]


def test_start_page_lists_the_three_articles(project: Path) -> None:
    for variant, first in (("zh-Hans", "测试短文乙"), ("zh-Hant", "測試短文乙")):
        page = parse_html((project / "_build" / "site" / variant / "index.html")
                          .read_text(encoding="utf-8"))
        titles = [a.text() for item in page.find_all(cls="wenxian-article")
                  for a in item.find_all("a")]
        assert len(titles) == 3 and titles[1].startswith(first)
        marks = [m.text() for m in page.find_all(cls="wenxian-working-title")]
        assert marks == ["（暂定标题）" if variant == "zh-Hans" else "（暫定標題）"]
