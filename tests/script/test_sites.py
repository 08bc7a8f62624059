"""Both sites of one source, through ``wenxian build``'s own path.

The test root ``script-basic`` (headings, quotations, 《…》 titles, code, a URL,
math, an image, an English block, the roles, a .bib) is built as zh-Hans and
zh-Hant; every place a reader sees text is checked in the right script.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.htmlscan import parse_html
from tests.script.sites import interface_latin_words, project_from_root, search_index
from wenxian.build import build_sites

# Latin a Chinese interface keeps: file types, a key name.
ALLOWED_LATIN = {"PDF", "pdf", "md", "Ctrl", "JavaScript"}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = project_from_root("script-basic", tmp_path_factory.mktemp("script-basic"))
    results = build_sites(project, ("zh-Hans", "zh-Hant"), echo=False)
    assert [r.variant for r in results] == ["zh-Hans", "zh-Hant"]
    assert all(not r.warnings for r in results), [r.warnings for r in results]
    return project.site


def page(site: Path, variant: str, name: str):
    return parse_html((site / variant / f"{name}.html").read_text(encoding="utf-8"))


def texts(elements) -> list[str]:
    return [" ".join(e.text().replace("#", "").split()) for e in elements]


def test_page_title_and_headings(site: Path) -> None:
    hant = page(site, "zh-Hant", "article")
    assert texts(hant.find_all("title")) == ["新質生產力與信息軟件 — 新質生產力文獻"]
    assert set(texts(hant.find_all("h1"))) == {"新質生產力與信息軟件"}
    (article,) = hant.find_all("article")
    assert texts(article.find_all("h2")) == ["著眼於發展", "參考文獻"]
    hans = page(site, "zh-Hans", "article")
    assert texts(hans.find_all("title")) == ["新质生产力与信息软件 — 新质生产力文献"]


def test_navigation_toc_and_previous_next(site: Path) -> None:
    hant = page(site, "zh-Hant", "article")
    assert texts(hant.find_all(cls="bd-docs-nav")) == ["新質生產力與信息軟件 校正"]
    (toc,) = hant.find_all(cls="bd-toc")
    assert "著眼於發展" in toc.text() and "參考文獻" in toc.text()
    assert texts(hant.find_all(cls="prev-next-area")) == ["上一頁 文獻首頁 下一頁 校正"]
    index = page(site, "zh-Hant", "index")
    assert "新質生產力與信息軟件" in " ".join(texts(index.find_all(cls="toctree-wrapper")))


def test_search_index(site: Path) -> None:
    hant, hans = search_index(site / "zh-Hant"), search_index(site / "zh-Hans")
    assert "生產力" in hant["terms"] and "生产力" not in hant["terms"]
    assert "生产力" in hans["terms"]
    assert sorted(hant["titles"]) == sorted(["文獻首頁", "新質生產力與信息軟件", "校正"])


def test_prose_quotations_and_titles(site: Path) -> None:
    body = page(site, "zh-Hant", "article").find_all("article")[0].text()
    assert "作者寫道：信息軟件推動新質生產力發展。他說：「信息軟件很重要」，並引用《信息軟件》一書。" in body
    assert "「以『創新』為主導」" in body


def test_bibliography_citation_and_hover_text(site: Path) -> None:
    hant = page(site, "zh-Hant", "article")
    (entry,) = hant.find_all(cls="citation")
    assert "馬克思. 資本論：信息軟件與發展" in " ".join(entry.text().split())
    (cite,) = hant.find_all(cls="bibtex-citation")
    (link,) = [a for a in cite.find_all("a") if a.attrs.get("href", "").startswith("#")]
    assert link.attrs["title"].startswith("馬克思. 資本論：信息軟件與發展")
    assert link.attrs["href"][1:] == entry.attrs["id"]


def test_alt_text_and_settings(site: Path) -> None:
    hant = page(site, "zh-Hant", "article")
    assert [i.attrs["alt"] for i in hant.find_all("img") if "pic" in i.attrs.get("src", "")] == ["新質生產力圖示"]
    footer = " ".join(texts(hant.find_all("footer")))
    assert "編輯部" in footer and "编辑部" not in footer


def test_never_converted(site: Path) -> None:
    hant = page(site, "zh-Hant", "article")
    assert "头发 = 1" in texts(hant.find_all("code"))
    assert '头发 = "发展"' in " ".join(texts(hant.find_all("pre")))
    assert "https://example.com/头发/" in texts(hant.find_all("a"))
    assert any("头发" in m.text() for m in hant.find_all(cls="math"))
    (english,) = [e for e in hant.iter() if e.attrs.get("lang") == "en" and e.tag != "html"]
    assert "English block: 头发 stays." in english.text()


def test_corrections_and_roles(site: Path) -> None:
    hant = " ".join(page(site, "zh-Hant", "corrections").find_all("article")[0].text().split())
    assert "乾隆皇帝的頭髮，國家的發展。" in hant
    assert "皇后走在後面，一隻隻鳥飛過。" in hant
    assert "余華與徐乾學。" in hant
    assert "保護：后面的发。" in hant  # {keep}
    assert "分寫：軟體。" in hant  # {variant}
    hans = " ".join(page(site, "zh-Hans", "corrections").find_all("article")[0].text().split())
    assert "分写：软件。" in hans


def test_corrections_reach_every_place_a_title_goes(site: Path) -> None:
    # The table's text must survive every later pass (no 餘華, 一隻只).
    index = page(site, "zh-Hant", "index")
    assert "余華與一隻隻鳥" in " ".join(texts(index.find_all(cls="toctree-wrapper")))
    corrections = page(site, "zh-Hant", "corrections")
    assert "余華與一隻隻鳥" in texts(corrections.find_all(cls="bd-toc"))[0]
    article = page(site, "zh-Hant", "article")
    assert "校正" in texts(article.find_all(cls="prev-next-area"))[0]
    assert "余華與一隻隻鳥" in str(search_index(site / "zh-Hant")["alltitles"])
    for name in ("index", "article", "corrections"):
        html = (site / "zh-Hant" / f"{name}.html").read_text(encoding="utf-8")
        assert "餘華" not in html and "一隻只" not in html


@pytest.mark.parametrize(("variant", "other"), [("zh-Hans", "zh-Hant"), ("zh-Hant", "zh-Hans")])
@pytest.mark.parametrize("name", ["index", "article", "corrections", "genindex", "search"])
def test_lang_alternates_and_switcher(site: Path, variant: str, other: str, name: str) -> None:
    doc = page(site, variant, name)
    (html_el,) = doc.find_all("html")
    assert html_el.attrs["lang"] == variant
    alternates = {l.attrs["hreflang"]: l.attrs["href"] for l in doc.find_all("link") if l.attrs.get("rel") == "alternate"}
    assert alternates == {v: f"../{v}/{name}.html" for v in ("zh-Hans", "zh-Hant")}
    (switcher,) = doc.find_all(cls="wenxian-script-switcher")
    (link,) = switcher.find_all("a")
    assert link.attrs["href"] == f"../{other}/{name}.html" and link.attrs["lang"] == other
    assert (site / variant / link.attrs["href"]).resolve() == (site / other / f"{name}.html").resolve()


@pytest.mark.parametrize("name", ["index", "article", "corrections", "genindex", "search"])
def test_interface_has_no_english(site: Path, name: str) -> None:
    for variant in ("zh-Hans", "zh-Hant"):
        words = interface_latin_words(site / variant / f"{name}.html") - ALLOWED_LATIN
        assert not words, f"{variant}/{name}.html shows English interface text: {sorted(words)}"


def test_interface_strings_in_each_script(site: Path) -> None:
    hant = (site / "zh-Hant" / "article.html").read_text(encoding="utf-8")
    hans = (site / "zh-Hans" / "article.html").read_text(encoding="utf-8")
    assert "切換主側邊欄" in hant and "色彩模式" in hant and "搜尋" in hant
    assert "切换主侧边栏" in hans and "打印成 PDF" in hans and "列印" not in hans


def test_landing_page(site: Path) -> None:
    landing = parse_html((site / "index.html").read_text(encoding="utf-8"))
    links = {a.attrs["hreflang"]: a.attrs["href"] for a in landing.find_all("a")}
    assert links == {"zh-Hans": "zh-Hans/index.html", "zh-Hant": "zh-Hant/index.html"}
    assert all((site / href).is_file() for href in links.values())
    (script,) = landing.find_all("script")
    assert "navigator.languages" in script.text()
