"""Article pages carry the metadata scholarly indexes read; sitemap, feed, "cite this article".

One project (``project/``: an article whose front matter has every key, a
two-entry refs.bib; ``conf/`` from ``wenxian new`` with ``html_baseurl``
set) is built once, both scripts; the tests read its pages as a crawler
would (:mod:`tests.scholarly.pagemeta`).
"""

from __future__ import annotations

import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pybtex.database import parse_string

from tests.browser.axe import violations
from tests.browser.conftest import browser, serve  # noqa: F401 - fixtures used below
from tests.scholarly.pagemeta import expected_names, head_metadata, missing_or_extra, values
from wenxian.build import build_sites, write_root_sitemap
from wenxian.project import Project
from wenxian.scaffold import create_project
from wenxian.scholarly import citation
from wenxian.scholarly.metadata import article_meta, split_pages
from wenxian.scholarly.tags import PageInfo, head_html, script_json
from wenxian.sphinxext.frontmatter import read_front_matter

HERE = Path(__file__).parent
BASE = "https://journal.example.org/issue-3/"
EPOCH = "1700000000"  # 2023-11-14T22:13:20Z
VARIANTS = ("zh-Hans", "zh-Hant")
# The article's own line, as GB/T 7714-2025 prints a journal article (written by hand).
OWN_LINE = {
    "zh-Hans": "王明，李华，赵雪. 数据要素市场与新质生产力：一个制度分析[J/OL]. 经济研究测试，2025，60（3）：12-20. "
               "DOI:10.1234/wenxian.test.2025.03.012.",
    "zh-Hant": "王明，李華，趙雪. 數據要素市場與新質生產力：一個制度分析[J/OL]. 經濟研究測試，2025，60（3）：12-20. "
               "DOI:10.1234/wenxian.test.2025.03.012.",
}
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("scholarly") / "journal"
    create_project(root, title="测试期刊")
    conf = root / "conf" / "conf.py"
    conf.write_text(conf.read_text(encoding="utf-8").replace('html_baseurl = ""', f'html_baseurl = "{BASE}"'),
                    encoding="utf-8")
    shutil.copy(HERE / "project" / "refs.bib", root / "refs.bib")
    shutil.copy(HERE / "project" / "source" / "jingji.md", root / "source" / "jingji.md")
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    try:
        build_sites(Project(root), VARIANTS, echo=False)
    finally:
        if before is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before
    return root / "_build" / "site"


def page(site: Path, variant: str, name: str = "jingji") -> str:
    return (site / variant / f"{name}.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_tag_the_front_matter_supports_and_no_other(site: Path, variant: str) -> None:
    front = read_front_matter(HERE / "project" / "source" / "jingji.md")
    found = head_metadata(page(site, variant))
    assert missing_or_extra(found, expected_names(front, references=2, pdf=True)) == {}
    ours = [(n, c) for n, c in found["meta"] if n.startswith(("citation_", "DC.", "og:", "article:"))]
    assert all(content.strip() for _, content in ours), "an empty tag"
    hant = variant == "zh-Hant"
    assert values(found, "citation_journal_title") == ["經濟研究測試" if hant else "经济研究测试"]
    assert values(found, "citation_firstpage") == ["12"] and values(found, "citation_lastpage") == ["20"]
    assert values(found, "citation_publication_date") == ["2025"]
    assert values(found, "citation_pdf_url") == [f"{BASE}pdf/jingji.{variant}.pdf"]
    assert found["canonical"] == f"{BASE}{variant}/jingji.html"
    assert values(found, "og:url") == [found["canonical"]]
    assert values(found, "DC.language") == [variant]
    # Each author, then that author's institutions, in order.
    authors = [(n, c) for n, c in found["meta"] if n in ("citation_author", "citation_author_institution")]
    hans = [("citation_author", "王明"),
            ("citation_author_institution", "某某大学 经济学院，北京 100871"),
            ("citation_author_institution", "某某研究院 数字经济研究所，上海 200030"),
            ("citation_author", "李华"),
            ("citation_author", "赵雪"),
            ("citation_author_institution", "某某研究院 数字经济研究所，上海 200030")]
    if hant:
        assert [n for n, _ in authors] == [n for n, _ in hans] and authors[3][1] == "李華"
    else:
        assert authors == hans
    references = values(found, "citation_reference")
    assert references[0].startswith("习近平. 发展新质生产力" if not hant else "習近平. 發展新質生產力")
    assert not any("↩" in r for r in references)


@pytest.mark.parametrize("variant", VARIANTS)
def test_json_ld_is_a_scholarly_article(site: Path, variant: str) -> None:
    (data,) = head_metadata(page(site, variant))["json_ld"]
    assert data["@type"] == "ScholarlyArticle" and data["inLanguage"] == variant
    assert [a["name"] for a in data["author"]][1] in ("李华", "李華")
    assert len(data["author"][0]["affiliation"]) == 2 and "affiliation" not in data["author"][1]
    issue = data["isPartOf"]
    assert issue["issueNumber"] == "3" and issue["isPartOf"]["volumeNumber"] == "60"
    assert issue["isPartOf"]["isPartOf"]["@type"] == "Periodical"
    assert (data["pageStart"], data["pageEnd"]) == ("12", "20")
    assert data["sameAs"] == "https://doi.org/10.1234/wenxian.test.2025.03.012"
    assert len(data["citation"]) == 2


@pytest.mark.parametrize("variant", VARIANTS)
def test_cite_this_article(site: Path, variant: str) -> None:
    html = page(site, variant)
    assert OWN_LINE[variant] in html
    assert 'href="jingji.bib"' in html and 'href="jingji.ris"' in html
    entry = parse_string((site / variant / "jingji.bib").read_text(encoding="utf-8"), "bibtex").entries["jingji"]
    assert entry.type == "article" and entry.fields["volume"] == "60" and entry.fields["pages"] == "12--20"
    assert [str(p) for p in entry.persons["author"]] == (["王明", "李华", "赵雪"] if variant == "zh-Hans" else ["王明", "李華", "趙雪"])
    ris = (site / variant / "jingji.ris").read_bytes().decode("utf-8").split("\r\n")
    assert ris[0] == "TY  - JOUR" and ris[-2] == "ER  - " and ris[-1] == ""
    assert "SP  - 12" in ris and "EP  - 20" in ris and sum(l.startswith("AU  - ") for l in ris) == 3


def test_page_and_article_list_read_both_author_forms(site: Path) -> None:
    html = page(site, "zh-Hans")
    assert "{'name'" not in html and "'affiliations'" not in html
    assert "王明<sup>1,2</sup>　李华　赵雪<sup>2</sup>" in html
    assert "（1. 某某大学 经济学院，北京 100871；2. 某某研究院 数字经济研究所，上海 200030）" in html
    assert "王明　李华　赵雪" in page(site, "zh-Hans", "index")


def test_sitemap_lists_every_page_with_its_twins(site: Path) -> None:
    root = (site / "sitemap.xml").read_bytes()
    assert all((site / v / "sitemap.xml").read_bytes() == root for v in VARIANTS)
    urls = ET.fromstring(root).findall("s:url", SITEMAP_NS)
    locs = [u.find("s:loc", SITEMAP_NS).text for u in urls]
    assert locs == [f"{BASE}{v}/{name}.html" for v in VARIANTS for name in ("index", "jingji")]
    for url, loc in zip(urls, locs):
        alternates = {l.get("hreflang"): l.get("href") for l in url.findall("x:link", SITEMAP_NS)}
        name = loc.rsplit("/", 1)[1]
        assert alternates == {v: f"{BASE}{v}/{name}" for v in VARIANTS}


@pytest.mark.parametrize("variant", VARIANTS)
def test_atom_feed_of_articles(site: Path, variant: str) -> None:
    feed = ET.fromstring((site / variant / "atom.xml").read_bytes())
    (entry,) = feed.findall(f"{ATOM}entry")
    assert entry.find(f"{ATOM}id").text == f"{BASE}{variant}/jingji.html"
    assert entry.find(f"{ATOM}updated").text == "2023-11-14T22:13:20Z"
    assert entry.find(f"{ATOM}title").text.startswith("数据要素" if variant == "zh-Hans" else "數據要素")
    assert len(entry.findall(f"{ATOM}author")) == 3
    assert 'type="application/atom+xml" href="atom.xml"' in page(site, variant, "index")


def test_no_base_url_no_sitemap(tmp_path: Path) -> None:
    (tmp_path / "zh-Hans").mkdir()
    (tmp_path / "sitemap.xml").write_text("stale", encoding="utf-8")
    assert write_root_sitemap(tmp_path, VARIANTS) is None
    assert not (tmp_path / "sitemap.xml").exists()


# ---- the pieces --------------------------------------------------------------


def test_both_author_forms_and_only_known_fields() -> None:
    meta = article_meta({
        "title": "题", "authors": ["甲", {"name": "乙", "affiliations": [2, 9, "x"]}, {"affiliations": [1]}, ""],
        "affiliations": ["一所", "二所"], "journal": {"pages": "7", "year": 2020},
    })
    assert [(a.name, a.affiliations) for a in meta.authors] == [("甲", ()), ("乙", ("二所",))]
    assert (meta.first_page, meta.last_page, meta.year) == ("7", "", "2020")
    assert meta.journal == "" and meta.doi == ""
    assert split_pages("12－20") == ("12", "20") and split_pages("12 to 20") == ("", "")
    assert article_meta({"title": "暂定", "title_status": "working"}).title == ""


def test_without_a_journal_the_line_gives_no_volume_or_issue() -> None:
    """An article whose text named the volume and issue but not the journal (its name not
    found) is a [Z] work; "第 12 卷：4" would read as the work's own volume and part."""
    meta = article_meta({"title": "社区老年助餐服务的可持续运营", "authors": ["周晓岚"],
                         "journal": {"year": "2025", "volume": "12", "issue": "4", "pages": "31-38"}})
    line = citation.gbt7714_line(meta, edition="2015")
    assert line == "周晓岚. 社区老年助餐服务的可持续运营[Z]. 2025."
    assert "volume" not in citation.bibtex(meta, "k") and "VL  -" not in citation.ris(meta)
    meta = article_meta({"title": "题", "authors": ["甲"],
                         "journal": {"name": "社区治理评论", "year": "2025", "volume": "12", "issue": "4", "pages": "31-38"}})
    assert citation.gbt7714_line(meta, edition="2015") == "甲. 题[J]. 社区治理评论, 2025, 12(4): 31-38."


def test_working_title_is_not_sent_as_the_articles() -> None:
    meta = article_meta({"title": "暂定", "title_status": "working"})
    head = head_html(meta, PageInfo(lang="zh-Hans"))
    assert "citation_title" not in head and "DC.title" not in head and '"headline"' not in head
    assert 'property="og:title" content="暂定"' in head
    assert not citation.citable(meta)


def test_hostile_values_stay_text() -> None:
    evil = '</script><script>alert(1)</script>"\' onload=x & \u2028'
    meta = article_meta({"title": evil, "authors": [evil], "keywords": [evil], "abstract": evil,
                         "journal": {"name": evil, "doi": evil}})
    head = head_html(meta, PageInfo(lang="zh-Hans", references=(evil,)))
    assert "<script>alert" not in head and "</script><" not in head.replace("</script>\n", "")
    found = head_metadata(head)
    assert values(found, "citation_title") == [" ".join(evil.split())]
    assert found["json_ld"][0]["headline"] == " ".join(evil.split())
    assert "\u2028" not in script_json({"a": "\u2028"})
    bib = citation.bibtex(article_meta({"title": "a}b{c\\d}", "authors": ["x} and {y"]}), "k")
    entry = parse_string(bib, "bibtex").entries["k"]
    assert len(entry.persons["author"]) == 1 and "textbraceright" in entry.fields["title"]


# Last: the browser's threads start after the build's forks.
@pytest.mark.parametrize("variant", VARIANTS)
def test_article_with_every_field_has_no_accessibility_violations(site: Path, browser, serve, variant: str) -> None:  # noqa: F811
    base = serve(site)
    page = browser.new_page()
    try:
        page.goto(f"{base}/{variant}/jingji.html", wait_until="networkidle")
        assert page.locator(".wenxian-cite").count() == 1
        found = violations(page)
    finally:
        page.close()
    assert found == [], found
