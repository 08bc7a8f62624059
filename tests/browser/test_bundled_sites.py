"""The bundled article as both sites, in a real browser (headless Chromium).

The article is imported from ``source/raw/article.txt`` into a temporary
project (as the README does) and built with ``wenxian build``'s own path.
In the browser: search finds the article with 生产力 on zh-Hans and 生產力 on
zh-Hant; the switcher and a citation link land where they should; the
landing page sends a zh-TW browser to zh-Hant and a zh-CN one to zh-Hans.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.axe import violations
from tests.bundled import copy_project, import_article
from tests.integration.htmlscan import parse_html
from tests.script.sites import search_index
from wenxian.build import build_sites
from wenxian.project import Project

TITLE_HANT = "以全面深化改革推動新質生產力發展：邏輯底蘊、問題檢視與實踐進路"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("bundled"), article=False)
    assert import_article(root) == 0
    build_sites(Project(root), ("zh-Hans", "zh-Hant"), echo=False)  # includes the Simplified-only check
    return root / "_build" / "site"


def test_article_in_both_scripts(site: Path) -> None:
    hant = parse_html((site / "zh-Hant" / "article.html").read_text(encoding="utf-8"))
    assert TITLE_HANT in [" ".join(h.text().replace("#", "").split()) for h in hant.find_all("h1")]
    (english,) = hant.find_all(cls="wenxian-english")
    assert english.attrs.get("lang") == "en" and "comprehensively deepened reform" in english.text()
    entries = " ".join(e.text() for e in hant.find_all(cls="citation"))
    assert "馬克思" in entries or "習近平" in entries
    assert "生產力" in search_index(site / "zh-Hant")["terms"]
    assert "生产力" in search_index(site / "zh-Hans")["terms"]


@pytest.mark.parametrize(("variant", "query"), [("zh-Hans", "生产力"), ("zh-Hant", "生產力")])
def test_search_finds_the_article(browser, serve, site: Path, screenshots: Path, variant: str, query: str) -> None:
    base = serve(site)
    page = browser.new_page()
    page.goto(f"{base}/{variant}/search.html?q={query}")
    results = page.locator("#search-results ul.search li a")
    results.first.wait_for(timeout=30_000)
    hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
    assert any(h.split("?")[0].split("#")[0] == "article.html" for h in hrefs), hrefs
    page.screenshot(path=str(screenshots / f"search-{variant}.png"), full_page=False)
    page.close()


def test_switcher_lands_on_the_same_page(browser, serve, site: Path, screenshots: Path) -> None:
    base = serve(site)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{base}/zh-Hans/article.html")
    page.screenshot(path=str(screenshots / "article-zh-Hans.png"))
    page.locator(".wenxian-script-switcher a").first.click()
    page.wait_for_url(f"{base}/zh-Hant/article.html")
    assert page.evaluate("document.documentElement.lang") == "zh-Hant"
    assert TITLE_HANT in page.locator("article h1").first.inner_text()
    page.screenshot(path=str(screenshots / "article-zh-Hant.png"))
    page.locator(".wenxian-script-switcher a").first.click()
    page.wait_for_url(f"{base}/zh-Hans/article.html")
    page.close()


@pytest.mark.parametrize("variant", ["zh-Hans", "zh-Hant"])
def test_citation_link_lands_on_its_entry(browser, serve, site: Path, variant: str) -> None:
    base = serve(site)
    page = browser.new_page()
    page.goto(f"{base}/{variant}/article.html")
    link = page.locator(".bibtex-citation a[href^='#']").first
    target = link.get_attribute("href")
    link.click()
    page.wait_for_function(f"location.hash === {target!r}")
    entry = page.locator(f"[id='{target[1:]}']")
    assert entry.count() == 1
    assert entry.evaluate("e => e.closest('.citation, [role=doc-biblioentry]') !== null")
    assert entry.is_visible() and entry.evaluate("e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }")
    page.close()


@pytest.mark.parametrize(("locale", "variant"), [("zh-TW", "zh-Hant"), ("zh-HK", "zh-Hant"), ("zh-CN", "zh-Hans")])
def test_landing_page_follows_the_browser_language(browser, serve, site: Path, locale: str, variant: str) -> None:
    base = serve(site)
    context = browser.new_context(locale=locale)
    page = context.new_page()
    page.goto(f"{base}/index.html")
    page.wait_for_url(f"{base}/{variant}/index.html")
    assert page.evaluate("document.documentElement.lang") == variant
    context.close()


# The start page (the landing page), the article list (each site's start
# page), the article and the search page with a query: WCAG 2 A/AA.
AUDITED = ["index.html", *(f"{v}/{name}" for v in ("zh-Hans", "zh-Hant")
                           for name in ("index.html", "article.html", "search.html?q=生产力"))]


@pytest.mark.parametrize("path", AUDITED)
def test_no_accessibility_violations(browser, serve, site: Path, path: str) -> None:
    base = serve(site)
    page = browser.new_page()
    try:
        # (The browser's language is not Chinese: the landing page stays, and is audited.)
        page.goto(f"{base}/{path}", wait_until="networkidle")
        found = violations(page)
    finally:
        page.close()
    assert found == [], found


# ---- search: the query list (benchmarks/search_score.py), the box, the passage ----------


def _search_page(browser, serve, site: Path, variant: str):
    page = browser.new_page()
    page.goto(f"{serve(site)}/{variant}/search.html")
    return page


@pytest.mark.parametrize("variant", ["zh-Hans", "zh-Hant"])
def test_every_query_of_the_list_finds_the_article(browser, serve, site: Path, variant: str) -> None:
    """Phrases, single characters, English words, held-out and sampled queries, typed in both scripts."""
    from benchmarks.search_score import (
        inplace_find, occurs, read_queries, sampled_queries, sphinx_find, typed_forms, visible_text,
    )

    text = visible_text(site / "zh-Hans" / "article.html")
    queries = [q for q in read_queries() + sampled_queries(text) if occurs(text, q.text)]
    forms = [typed for q in queries for _, typed in typed_forms(q)]
    assert len(forms) >= 200 and {q.source for q in queries} >= {"single", "english", "title", "bibliography"}
    page = _search_page(browser, serve, site, variant)
    found = sphinx_find(page, forms)
    page.close()
    missed = [typed for typed, pages in zip(forms, found) if "article" not in pages]
    assert missed == []
    # In place (Ctrl+K on any page), from the index's shards: the same pages in the same order.
    page = browser.new_page()
    page.goto(f"{serve(site)}/{variant}/article.html")
    assert inplace_find(page, forms) == found
    # The phrase check (the reader sees only pages holding each phrase whole) keeps every one.
    checked = inplace_find(page, forms, checked=True)
    assert [typed for typed, pages in zip(forms, checked) if "article" not in pages] == []
    page.close()
    # A phrase of the article's title finds the article first (the start page lists the title too).
    titles = [typed for q in queries if q.source == "title" for _, typed in typed_forms(q)]
    assert titles and all(pages[0] == "article" for typed, pages in zip(forms, found) if typed in titles)


def test_a_query_no_page_holds_finds_nothing(browser, serve, site: Path) -> None:
    from benchmarks.search_score import sphinx_find

    page = _search_page(browser, serve, site, "zh-Hant")
    assert sphinx_find(page, ["量子纠缠", "鳕", "xylophone", "生产力量子"]) == [[], [], [], []]
    page.close()


@pytest.mark.parametrize(("variant", "typed", "shown"), [("zh-Hant", "市场体系", "市場體系"), ("zh-Hans", "市場體系", "市场体系")])
def test_search_box_ranks_the_heading_first_and_highlights_in_the_site_script(
    browser, serve, site: Path, screenshots: Path, variant: str, typed: str, shown: str
) -> None:
    """Ctrl+K opens the theme's search box; the other script's query finds the heading first."""
    base = serve(site)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{base}/{variant}/article.html")
    page.keyboard.press("Control+k")
    box = page.locator("input[name='q']:visible").first
    box.wait_for(timeout=10_000)
    box.fill(typed)
    box.press("Enter")
    page.wait_for_url("**/search.html?q=*")
    results = page.locator("#search-results ul.search li")
    results.first.wait_for(timeout=30_000)
    first = results.first.locator("a").first
    assert first.get_attribute("href").startswith("article.html#")
    assert shown in first.inner_text()  # the heading （一）市场体系不够健全, in the site's script
    page.locator("#search-results p.context span.highlighted").first.wait_for(timeout=30_000)
    marks = page.locator("#search-results p.context span.highlighted").all_inner_texts()
    assert shown in marks
    page.screenshot(path=str(screenshots / f"search-box-{variant}.png"))
    page.close()


@pytest.mark.parametrize(("variant", "typed", "shown"), [("zh-Hant", "市场体系", "市場體系"), ("zh-Hans", "市場體系", "市场体系")])
def test_results_show_in_place_under_the_search_box_from_the_query_shards(
    browser, serve, site: Path, screenshots: Path, variant: str, typed: str, shown: str
) -> None:
    """Ctrl+K on an article: results listed as the query is typed, no page loaded, no whole index."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url.split("?")[0]))
    page.goto(f"{serve(site)}/{variant}/article.html")
    page.wait_for_load_state("load")
    assert not [url for url in fetched if "searchindex" in url or "searchtools" in url]  # the page loads none
    page.keyboard.press("Control+k")
    page.locator("#pst-search-dialog input[name='q']").wait_for(timeout=10_000)
    page.keyboard.insert_text(typed)  # one input event, as an input method commits a phrase
    results = page.locator("#pst-search-dialog #search-results ul.search li")
    results.first.wait_for(timeout=30_000)
    first = results.first.locator("a").first
    assert first.get_attribute("href").endswith("article.html#article-sec-2-1")  # the heading first
    assert shown in first.inner_text()
    page.locator("#pst-search-dialog p.context span.highlighted").first.wait_for(timeout=30_000)
    assert shown in page.locator("#pst-search-dialog p.context span.highlighted").all_inner_texts()
    assert page.url.endswith("/article.html")  # no page was loaded
    shards = sorted(url.rsplit("/", 1)[1] for url in fetched if "/searchindex/" in url)
    assert "base.js" in shards and 2 <= len(shards) <= 4 and not [u for u in fetched if u.endswith("/searchindex.js")]
    page.screenshot(path=str(screenshots / f"search-inplace-{variant}.png"))
    for query in ("鳕", SPLICED):  # in no page; a page holding the phrase's pairs apart: the dialog says so
        page.locator("#pst-search-dialog input[name='q']").fill(query)
        page.wait_for_function(NOTHING_IN_PLACE, timeout=30_000)
    page.close()


def test_a_title_hit_s_passage_is_the_article_s_text_not_the_theme_s_buttons(browser, serve, site: Path) -> None:
    """The title hit's passage comes from the whole page: the article header's buttons are left out."""
    page = browser.new_page()
    page.goto(f"{serve(site)}/zh-Hant/article.html", wait_until="networkidle")
    page.keyboard.press("Control+k")
    page.locator("#pst-search-dialog input[name='q']").wait_for(timeout=10_000)
    page.keyboard.insert_text("新质生产力")
    first = page.locator("#pst-search-dialog #search-results ul.search li").first
    first.locator("p.context span.highlighted").first.wait_for(timeout=30_000)
    assert first.locator("a").first.get_attribute("href").endswith("article.html")  # the title hit
    passage = first.locator("p.context").inner_text()
    page.close()
    assert "新質生產力" in passage and "暗色" not in passage and "跟隨系統" not in passage, passage


def test_results_in_place_have_no_accessibility_violations(browser, serve, site: Path) -> None:
    """WCAG 2 A/AA with the results open under the box (Sphinx's grey passage failed its contrast)."""
    page = browser.new_page()
    page.goto(f"{serve(site)}/zh-Hant/article.html", wait_until="networkidle")
    page.keyboard.press("Control+k")
    page.locator("#pst-search-dialog input[name='q']").wait_for(timeout=10_000)
    page.keyboard.insert_text("市场体系")
    page.locator("#pst-search-dialog p.context span.highlighted").first.wait_for(timeout=30_000)
    found = violations(page)
    page.close()
    assert found == [], found


# 科技创新 and 新质生产力 spliced: every pair of 技创新质生 is in the article, not the phrase.
SPLICED = "技创新质生"
NOTHING_IN_PLACE = """() => {
  const box = document.querySelector('#pst-search-dialog #search-results');
  return box && !box.querySelector('ul.search li') && box.querySelector('.search-summary').textContent.trim() !== '';
}"""


def test_a_page_holding_the_phrase_pairs_apart_is_no_result(browser, serve, site: Path) -> None:
    """The phrase check, in place and on the results page; the pairs alone would find the article."""
    from benchmarks.search_score import inplace_find, sphinx_find

    base = serve(site)
    page = _search_page(browser, serve, site, "zh-Hans")
    assert sphinx_find(page, [SPLICED]) == [["article"]]  # the pairs are all there
    page.goto(f"{base}/zh-Hans/search.html?q={SPLICED}")
    page.locator("#search-results .search-summary").wait_for(timeout=30_000)
    page.wait_for_function("""() => document.querySelectorAll('#search-results ul.search li').length === 0
      && document.querySelector('#search-results .search-summary').textContent === Documentation.gettext(
        "Your search did not match any documents. Please make sure that all words are spelled correctly and that you've selected enough categories.")""",
                           timeout=30_000)
    page.goto(f"{base}/zh-Hans/article.html")
    assert inplace_find(page, [SPLICED, "新质生产力"], checked=True) == [[], ["article", "index"]]
    page.close()


@pytest.mark.parametrize(("variant", "title", "phrase"), [("zh-Hant", TITLE_HANT, "市場體系"), ("zh-Hans", None, "市场体系")])
def test_search_page_without_javascript_lists_every_article_for_find_in_page(
    browser, serve, site: Path, screenshots: Path, variant: str, title: str | None, phrase: str
) -> None:
    """JavaScript off: the search page lists the article (title, abstract, headings) in the site's script."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{serve(site)}/{variant}/search.html?q={phrase}")
    assert "JavaScript" in page.locator(".bd-search-container").first.inner_text()  # why no results are listed
    assert page.locator("nav a[href='article.html']").first.is_visible()  # every article is a click away
    listed = page.locator(".wenxian-search-list")
    assert listed.is_visible()
    text = listed.inner_text()  # what the browser's find in page searches
    assert phrase in text and "Ctrl+F" in text
    link = listed.locator("a[href='article.html']")
    assert link.is_visible() and (title is None or link.inner_text() == title)
    assert listed.locator("a[href^='article.html#']").count() >= 10  # the headings, linked to their sections
    if variant == "zh-Hant":
        assert "市场体系" not in text and "新质生产力" not in text  # all in the site's script
    page.screenshot(path=str(screenshots / f"search-nojs-{variant}.png"))
    context.close()
