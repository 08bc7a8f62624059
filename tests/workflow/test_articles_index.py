"""Several articles in one project: the start page lists them; each numbers its own list.

Test root ``articles-index``: ``alpha`` cites b2020, a2019, b2020; ``beta``
cites c2021, b2020; ``notes`` has no front matter (not an article).
"""

from __future__ import annotations

import pytest

from tests.integration.htmlscan import parse_html

HANT = {"wenxian_script": "zh-Hant", "language": "zh_TW"}


def _page(app, name: str):
    return parse_html((app.outdir / f"{name}.html").read_text(encoding="utf-8"))


def _articles(app) -> list[tuple[str, str, str, str]]:
    page = _page(app, "index")
    [box] = page.find_all("div", "wenxian-articles")
    out = []
    for item in box.find_all(cls="wenxian-article"):
        [link] = item.find_all("a")
        authors = item.find_all("p", "wenxian-authors")
        [abstract] = item.find_all("p", "wenxian-abstract")
        out.append((link.text(), link.attrs["href"], authors[0].text() if authors else "",
                    abstract.text()))
    return out


@pytest.mark.sphinx("html", testroot="articles-index")
def test_start_page_lists_articles_simplified(app) -> None:
    app.build()
    assert _articles(app) == [
        ("数字经济与新质生产力", "alpha.html", "张三　李四", "本文讨论数字经济发展对生产关系的影响。"),
        ("开放体制机制研究", "beta.html", "王五", "本文讨论对外开放体制机制的优化路径。"),
    ]


@pytest.mark.sphinx("html", testroot="articles-index", confoverrides=HANT)
def test_start_page_lists_articles_traditional(app) -> None:
    app.build()
    assert _articles(app) == [
        ("數字經濟與新質生產力", "alpha.html", "張三　李四", "本文討論數字經濟發展對生產關係的影響。"),
        ("開放體制機制研究", "beta.html", "王五", "本文討論對外開放體制機制的優化路徑。"),
    ]


def _bibliography(app, name: str) -> list[tuple[str, str]]:
    page = _page(app, name)
    entries = [e for e in page.find_all() if e.attrs.get("role") == "doc-biblioentry"
               or "citation" in e.classes]
    out = []
    for entry in entries:
        label = entry.find_all(cls="label")
        out.append((label[0].text().strip("[]") if label else "", entry.attrs.get("id", "")))
    return out


@pytest.mark.sphinx("html", testroot="articles-index")
def test_each_article_numbers_and_links_its_own_list(app) -> None:
    app.build()
    for name, cited, marks in (("alpha", ["乙作者", "甲作者"], 3), ("beta", ["丙作者", "乙作者"], 2)):
        page = _page(app, name)
        items = [e for e in page.find_all() if "citation" in e.classes or
                 e.attrs.get("role") == "doc-biblioentry"]
        texts = [e.text() for e in items]
        assert len(texts) == len(cited), texts
        for number, (text, author) in enumerate(zip(texts, cited), 1):
            assert f"[{number}]" in text and author in text
        ids = {e.attrs.get("id") for e in page.iter() if e.attrs.get("id")}
        links = [a.attrs["href"] for a in page.find_all("a", "internal")
                 if a.attrs.get("href", "").startswith("#")]
        assert all(href[1:] in ids for href in links)  # links stay on the page
        entry_ids = {e.attrs.get("id") for e in items} | {
            d.attrs.get("id") for e in items for d in e.iter()}
        # One link per citation mark into this page's own list (the rest are back-links).
        assert len([h for h in links if h[1:] in entry_ids - {None}]) == marks
