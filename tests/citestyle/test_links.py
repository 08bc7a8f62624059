"""Links between citations and list entries, numbering within each article, warnings.

Asserted on the HTML Sphinx writes (parsed, not matched with regexes).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from sphinxcontrib.bibtex.citation_target import parse_citation_targets

from tests.citestyle.pages import backlinks, citations, entries, entry_text, label, page

ROOTS = Path(__file__).resolve().parent.parent / "roots"
ROLE_KEYS = re.compile(r"\{cite:[a-z]+\}`([^`]*)`")
ROLE_NAME = re.compile(r"\{cite:([a-z]+)\}`")


def cited_keys(root_name: str, page_name: str = "index") -> list[list[str]]:
    """The keys of each citation of a page's MyST source, in order."""
    source = (ROOTS / f"test-{root_name}" / f"{page_name}.md").read_text(encoding="utf-8")
    return [[t.key for t in parse_citation_targets(target)] for target in ROLE_KEYS.findall(source)]


def first_citation_order(keys: list[list[str]]) -> dict[str, str]:
    numbers: dict[str, str] = {}
    for key in (k for ks in keys for k in ks):
        numbers.setdefault(key, str(len(numbers) + 1))
    return numbers


@pytest.mark.sphinx("html", testroot="cite-numeric")
def test_citations_hug_the_text(app) -> None:
    app.build()
    for citation in citations(page(app)):
        siblings = citation.parent.children
        before = siblings[siblings.index(citation) - 1]
        assert isinstance(before, str) and before == before.rstrip(), citation.text()


@pytest.mark.sphinx("html", testroot="cite-numeric")
def test_numbers_link_to_their_entry_and_show_it_on_hover(app) -> None:
    app.build()
    root = page(app)
    listed = entries(root)
    roles = ROLE_NAME.findall((ROOTS / "test-cite-numeric" / "index.md").read_text(encoding="utf-8"))
    spans = citations(root)
    assert len(spans) == len(roles)
    checked = 0
    for role, citation in zip(roles, spans):
        for link in citation.find_all("a"):
            target = listed[link.attrs["href"].removeprefix("#")]
            assert link.attrs["title"] == entry_text(target)
            if role not in {"author", "year"}:
                assert link.text() == label(target)
            checked += 1
    assert checked > 20


@pytest.mark.sphinx("html", testroot="cite-numeric")
def test_entries_link_back_to_every_citation_of_them(app) -> None:
    app.build()
    root = page(app)
    keys = cited_keys("cite-numeric")
    numbers = first_citation_order(keys)
    spans = citations(root)
    assert len(spans) == len(keys)
    by_number = {label(e): e for e in entries(root).values()}
    assert sorted(by_number, key=int) == sorted(numbers.values(), key=int)
    for key, number in numbers.items():
        expected = ["#" + span.attrs["id"] for span, ks in zip(spans, keys) if key in ks]
        links = backlinks(by_number[number])
        assert [a.attrs["href"] for a in links] == expected, key
        # one citation: "↩" is the link; several: "↩ a b c"
        assert [a.text() for a in links] == (["↩"] if len(expected) == 1 else list("abcdefgh"[: len(expected)]))
        assert not by_number[number].find_all("span", cls="backrefs")


@pytest.mark.sphinx("html", testroot="cite-authoryear")
def test_author_year_entries_have_no_label_and_link_back(app) -> None:
    app.build()
    root = page(app)
    listed = list(entries(root).values())
    assert len(listed) == 7
    for entry in listed:
        assert not entry.find_all("span", cls="label")
        assert backlinks(entry)
    assert entry_text(listed[0]) == "陈登原，2000. 国史旧闻：第 1 卷[M]. 北京：中华书局."
    spans = {"#" + c.attrs["id"] for c in citations(root)}
    assert {a.attrs["href"] for e in listed for a in backlinks(e)} == spans


@pytest.mark.sphinx("latex", testroot="cite-numeric")
def test_latex_builds_keep_their_labels(app) -> None:
    app.build()
    assert not app.warning.getvalue()


@pytest.mark.sphinx("html", testroot="cite-numeric")
def test_the_list_keeps_the_page_heading_and_adds_no_english(app) -> None:
    app.build()
    root = page(app)
    body = root.find_all("div", cls="body")[0]
    assert [h.text().strip("¶") for h in body.find_all("h2")] == ["参考文献"]
    for word in ("References", "Bibliography", "Citations"):
        assert word not in body.text()
    assert not app.warning.getvalue()


@pytest.mark.sphinx("html", testroot="cite-articles")
def test_each_article_numbers_its_own_citations(app) -> None:
    app.build()
    assert not app.warning.getvalue()
    for name, texts, listed in [
        ("first", ["[1]", "[2]", "[3]", "[1]29"], ["国史旧闻", "蓝田生物群", "Invisible college"]),
        ("second", ["[1]", "[2]", "[3,1]"], ["Invisible college", "数字革命与竞争国际化", "国史旧闻"]),
    ]:
        root = page(app, name)
        assert [c.text() for c in citations(root)] == texts
        ordered = list(entries(root).values())
        assert [label(e) for e in ordered] == ["1", "2", "3"]
        assert [any(title in entry_text(e) for title in listed[i : i + 1]) for i, e in enumerate(ordered)] == [True] * 3
        own = entries(root)
        for link in (a for c in citations(root) for a in c.find_all("a")):
            href = link.attrs["href"]
            assert href.startswith("#") and label(own[href[1:]]) == link.text(), (name, href)


@pytest.mark.sphinx("html", testroot="cite-articles", confoverrides={"wenxian_cite_per_article": False})
def test_project_wide_numbering_can_be_chosen(app) -> None:
    app.build()
    assert "duplicate citation" in app.warning.getvalue()
    # the second list is in the order the whole project first cites its works
    assert [c.text() for c in citations(page(app, "second"))] == ["[2]", "[3]", "[1-2]"]


@pytest.mark.sphinx("html", testroot="cite-unknown")
def test_an_unknown_key_warns_and_shows_in_the_page(app) -> None:
    app.build()
    warnings = app.warning.getvalue()
    assert warnings.count('could not find bibtex key "nosuchkey2024"') == 2
    assert "index.md:3" in warnings
    spans = citations(page(app))
    assert [c.text() for c in spans] == ["[1]", "nosuchkey2024", "[1]"]
    assert "bibtex-citation-missing" in spans[1].classes


def test_same_sources_give_the_same_bytes(make_app, tmp_path) -> None:
    pages = []
    for name in ("one", "two"):
        srcdir = tmp_path / name
        shutil.copytree(ROOTS / "test-cite-numeric", srcdir)
        make_app("html", srcdir=srcdir, freshenv=True).build()
        pages.append((srcdir / "_build" / "html" / "index.html").read_bytes())
    assert pages[0] == pages[1]
