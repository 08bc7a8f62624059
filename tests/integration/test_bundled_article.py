"""End to end on the bundled article: raw text → MyST → site.

The project is copied to a temporary folder (conf/, refs.bib, source/index.md,
source/raw/article.txt) so that nothing in the checkout is touched. The
article is imported there with the same command the README gives, compared
with the committed ``source/article.md``, and built.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.bundled import PROJECT, WORKING_TITLE, copy_project, import_article
from tests.integration.htmlscan import parse_html
from wenxian.cli import main


# The article's 12 headings, as the journal prints them (3 parts, 9 sections).
HEADINGS = [
    "一、以全面深化改革推动新质生产力发展的逻辑底蕴",
    "（一）理论逻辑：调整生产关系是新质生产力发展的必由之路",
    "（二）历史逻辑：顺应发展规律是新质生产力发展的内在需求",
    "（三）现实逻辑：全面深化改革是新质生产力的强大引擎",
    "二、以全面深化改革推动新质生产力发展的问题检视",
    "（一）市场体系不够健全",
    "（二）人才发展体制机制不够完善",
    "（三）对外开放体制机制有待进一步优化",
    "三、以全面深化改革推动新质生产力发展的实践进路",
    "（一）打造“高水平”市场体系，为新质生产力提供强大助力",
    "（二）完善人才发展体制机制，为新质生产力筑牢人才之基",
    "（三）优化对外开放体制机制，为新质生产力提供良好的开放环境",
]

# The 18 citation marks of the raw text, in order: (number, page).
CITATIONS = [
    (1, None), (2, None), (3, "11"), (4, None), (5, None), (6, None), (7, None),
    (8, None), (8, None), (3, "11"), (8, None), (3, "6"), (9, None), (10, None),
    (11, None), (3, "15"), (3, "13"), (8, None),
]


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return copy_project(tmp_path_factory.mktemp("project"), article=False)


@pytest.fixture(scope="module")
def imported(project: Path) -> Path:
    assert import_article(project) == 0
    return project / "source" / "article.md"


@pytest.fixture(scope="module")
def site(project: Path, imported: Path) -> Path:
    assert main(["build", "--project", str(project)]) == 0
    return project / "_build" / "site" / "zh-Hans"


def test_import_reproduces_the_committed_article(imported: Path) -> None:
    assert imported.read_bytes() == (PROJECT / "source" / "article.md").read_bytes(), (
        "source/article.md is not what `wenxian import` makes of source/raw/article.txt: "
        "re-import it (see README)"
    )


def test_import_refuses_to_overwrite(project: Path, imported: Path, capsys) -> None:
    before = imported.read_bytes()
    status = main(
        [
            "import", str(project / "source" / "raw" / "article.txt"),
            "--bib", str(project / "refs.bib"), "--project", str(project),
        ]
    )
    assert status != 0
    assert "--force" in capsys.readouterr().err
    assert imported.read_bytes() == before


def test_myst_citations_follow_the_raw_text(imported: Path, project: Path) -> None:
    from pybtex.database import parse_file

    keys = list(parse_file(str(project / "refs.bib")).entries)
    text = imported.read_text(encoding="utf-8")
    found = re.findall(r"\{cite:p\}`([^`{]+)(?:\{([^}]*)\})?`", text)
    expected = [(keys[n - 1], page or "") for n, page in CITATIONS]
    assert found == expected


def _article_page(site: Path):
    return parse_html((site / "article.html").read_text(encoding="utf-8"))


def test_site_has_every_heading(site: Path) -> None:
    page = _article_page(site)
    titles = [
        h.text().replace("¶", "").replace("#", "").strip()
        for h in page.iter()
        if h.tag in {"h2", "h3", "h4"} and any(a.tag == "article" for a in h.ancestors())  # not the theme's
    ]
    assert [t for t in titles if t != "参考文献"] == HEADINGS
    assert "参考文献" in titles
    h1 = [h.text().replace("¶", "").replace("#", "").strip() for h in page.find_all("h1")]
    assert WORKING_TITLE in h1


def test_site_citations_link_to_bibliography_entries(site: Path) -> None:
    page = _article_page(site)
    ids = {e.attrs["id"] for e in page.iter() if "id" in e.attrs}
    cites = page.find_all(cls="bibtex-citation")
    assert len(cites) == len(CITATIONS)
    for cite, (number, page_no) in zip(cites, CITATIONS):
        links = [a for a in cite.find_all("a") if a.attrs.get("href", "").startswith("#")]
        assert links, f"citation {cite.text()!r} has no link"
        for a in links:
            assert a.attrs["href"][1:] in ids, f"citation {cite.text()!r} links nowhere"
        # Exactly as the raw text numbered it, in superscript, with its hover text.
        assert cite.text() == f"[{number}]{page_no or ''}"
        assert cite.find_all("sup")
        assert all(a.attrs.get("title") for a in links)


def test_site_bibliography_is_gbt7714_in_citation_order(site: Path, project: Path) -> None:
    """The 11 entries, numbered as the text cites them, each exactly its GB/T 7714—2015
    line (the edition conf/conf.py pins), each linking back to every citation of it."""
    from wenxian.bibfile import read_bib
    from wenxian.gbt7714 import format_bibliography

    expected = format_bibliography(read_bib(project / "refs.bib"), edition="2015")
    page = _article_page(site)
    entries = [e for e in page.find_all("div", cls="citation")]
    assert len(entries) == len(expected) == 11
    cited_from = {}
    for cite in page.find_all(cls="bibtex-citation"):
        for a in cite.find_all("a"):
            cited_from.setdefault(a.attrs["href"][1:], set()).add(cite.attrs.get("id"))
    for number, (entry, (key, line)) in enumerate(zip(entries, expected), start=1):
        (label,) = entry.find_all("span", cls="label")
        assert label.text() == f"[{number}]"
        (para,) = entry.find_all("p")
        backlinks = para.find_all("a", cls="wenxian-backlink")
        text = para.text()
        for a in backlinks:
            text = text.replace(a.text(), "")
        assert text.replace("↩", "").strip() == line, key
        targets = {a.attrs["href"][1:] for a in backlinks}
        assert targets == cited_from[entry.attrs["id"]], key
    # As the standard prints them: no space before "(page)" or "(issue)".
    shown = page.text()
    assert "人民日报, 2023-09-10(1)." in shown
    assert "求是, 2024(11): 4-8." in shown


def test_site_shows_front_matter(site: Path) -> None:
    page = _article_page(site)
    (abstract,) = page.find_all(cls="wenxian-abstract")
    assert abstract.text().startswith("摘要：新质生产力作为一种先进生产力质态")
    (english,) = page.find_all(cls="wenxian-english")
    assert english.attrs.get("lang") == "en"
    assert "comprehensively deepened reform to establish" in english.text()
    assert page.find_all(cls="wenxian-working-title")


def test_build_without_conf_is_a_clear_error(tmp_path: Path, capsys) -> None:
    (tmp_path / "conf").mkdir()
    (tmp_path / "conf" / "conf.py").write_text("", encoding="utf-8")
    (tmp_path / "source").mkdir()
    status = main(["build", "--project", str(tmp_path)])
    err = capsys.readouterr().err
    assert status != 0
    assert "index.md" in err and "hint:" in err
    assert "Traceback" not in err
