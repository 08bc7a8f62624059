"""The bundled article's PDF handouts, Simplified and Traditional.

Everything is read from the PDFs `wenxian build` made (once per session,
``conftest.bundled``) and compared with the site built beside them, so both
go through the same conversion.
"""

from __future__ import annotations

import re

import pytest

from tests.integration.htmlscan import parse_html
from tests.pdf import pdfscan
from tests.pdf.conftest import Bundled
from wenxian.pdf import missing_characters
from wenxian.script.simplified import simplified_only

VARIANTS = ("zh-Hans", "zh-Hant")
REFERENCES_HEADING = {"zh-Hans": "参考文献", "zh-Hant": "參考文獻"}
PDF_LINK = {"zh-Hans": "下载 PDF", "zh-Hant": "下載 PDF"}
ENGLISH_START = "Abstract:"
INTERFACE_WORDS = ("Contents", "References", "Index", "Chapter", "Bibliography", "Release")


def page(bundled: Bundled, variant: str):
    """The article's content on its site page (not the theme's navigation)."""
    (article,) = parse_html(bundled.page(variant).read_text(encoding="utf-8")).find_all("article")
    return article


def site_title(bundled: Bundled, variant: str) -> str:
    (h1,) = page(bundled, variant).find_all("h1")
    return h1.text().replace("#", "").strip()


def site_headings(bundled: Bundled, variant: str) -> list[str]:
    html = page(bundled, variant)
    return [h.text().replace("#", "").strip() for h in html.iter() if h.tag in {"h2", "h3"}]


def site_references(bundled: Bundled, variant: str) -> list[str]:
    entries = page(bundled, variant).find_all(cls="citation")
    return [entry.find_all("p")[0].text().split("↩")[0].strip() for entry in entries]


def body_and_list(text: str, variant: str) -> tuple[str, str]:
    """The PDF's text before its reference list, and the list (up to the English block)."""
    body, _, rest = text.rpartition(REFERENCES_HEADING[variant])
    return body, rest.split(ENGLISH_START)[0]


@pytest.mark.parametrize("variant", VARIANTS)
def test_a4_pages_with_the_title_as_the_site_shows_it(bundled: Bundled, variant: str) -> None:
    info = pdfscan.info(bundled.pdf(variant))
    assert "(A4)" in info["Page size"]
    title = site_title(bundled, variant)
    assert info["Title"] == title
    first_page = pdfscan.flat(pdfscan.text(bundled.pdf(variant), 1))
    assert first_page.startswith(pdfscan.flat(title))


@pytest.mark.parametrize("variant", VARIANTS)
def test_metadata_language_and_no_invented_author(bundled: Bundled, variant: str) -> None:
    info = pdfscan.info(bundled.pdf(variant))
    assert "Author" not in info  # the bundled article names none
    assert "Subject" not in info  # nor keywords
    assert re.search(rb"/Lang\s*\(" + variant.encode() + rb"\)", pdfscan.objects(bundled.pdf(variant)))


@pytest.mark.parametrize("variant", VARIANTS)
def test_working_title_is_a_footnote_of_the_title(bundled: Bundled, variant: str) -> None:
    (note,) = page(bundled, variant).find_all(cls="wenxian-working-title")
    first_page = pdfscan.flat(pdfscan.text(bundled.pdf(variant), 1))
    assert pdfscan.flat(site_title(bundled, variant)) + "*" in first_page
    assert pdfscan.flat(note.text()) in first_page


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_heading_exactly_as_on_the_site_and_as_a_bookmark(bundled: Bundled, variant: str) -> None:
    headings = site_headings(bundled, variant)
    assert len(headings) == 13 and headings[-1] == REFERENCES_HEADING[variant]
    text = pdfscan.text(bundled.pdf(variant))
    flat = pdfscan.flat(text)
    for heading in headings:
        assert pdfscan.flat(heading) in flat
    assert not re.search(r"^\s*\d+(\.\d+)*\s+[一二三（]", text, re.MULTILINE)  # no added numbers
    bookmarks = pdfscan.bookmark_titles(bundled.pdf(variant))
    assert sorted(bookmarks) == sorted([*headings, site_title(bundled, variant)])  # + the info title


@pytest.mark.parametrize("variant", VARIANTS)
def test_citation_marks_in_the_text_link_to_their_entries(bundled: Bundled, variant: str) -> None:
    body, _ = body_and_list(pdfscan.flat(pdfscan.text(bundled.pdf(variant))), variant)
    for number in range(1, 12):
        assert f"[{number}]" in body
    for page_mark in ("[3]11", "[3]6", "[3]15", "[3]13"):
        assert page_mark in body
    targets = [t for t in pdfscan.link_targets(bundled.pdf(variant)) if t.startswith("cite.")]
    assert len(targets) == 18  # the article's 18 citations
    assert len(set(targets)) == 11


@pytest.mark.parametrize("variant", VARIANTS)
def test_the_eleven_references_as_on_the_site(bundled: Bundled, variant: str) -> None:
    _, listing = body_and_list(pdfscan.flat(pdfscan.text(bundled.pdf(variant))), variant)
    references = site_references(bundled, variant)
    assert len(references) == 11
    labels = re.findall(r"\[(\d+)\](?=\S)", listing)
    assert labels[:11] == [str(n) for n in range(1, 12)]
    position = 0
    for number, entry in enumerate(references, start=1):
        at = listing.find(f"[{number}]" + pdfscan.flat(entry), position)
        assert at >= position, f"[{number}] {entry}"
        position = at


@pytest.mark.parametrize("variant", VARIANTS)
def test_references_are_spaced_exactly_as_on_the_site(bundled: Bundled, variant: str) -> None:
    """Spaces inside a Chinese title are kept, none is added before "[N]"."""
    layout = pdfscan.run("pdftotext", "-layout", str(bundled.pdf(variant)), "-")
    listing = layout.rpartition(REFERENCES_HEADING[variant])[2].split(ENGLISH_START)[0]
    items = pdfscan.list_items(listing)
    references = site_references(bundled, variant)
    assert [items.get(n) for n in range(1, 12)] == references


@pytest.mark.parametrize("variant", VARIANTS)
def test_english_abstract_at_the_end(bundled: Bundled, variant: str) -> None:
    text = pdfscan.text(bundled.pdf(variant))
    english = text.split(REFERENCES_HEADING[variant])[-1].split(ENGLISH_START, 1)[1]
    assert "As an advanced form of productivity" in " ".join(english.split())
    assert "China’s" in english or "China's" in english


@pytest.mark.parametrize("variant", VARIANTS)
def test_no_english_interface_words(bundled: Bundled, variant: str) -> None:
    text = pdfscan.text(bundled.pdf(variant))
    chinese_part = text.split(ENGLISH_START)[0]
    for word in INTERFACE_WORDS:
        assert word not in chinese_part


def test_traditional_pdf_is_traditional_everywhere(bundled: Bundled) -> None:
    pdf = bundled.pdf("zh-Hant")
    chinese_part = pdfscan.text(pdf).split(ENGLISH_START)[0]
    simplified = simplified_only()
    assert set(chinese_part) & simplified == set()
    assert set(pdfscan.info(pdf)["Title"]) & simplified == set()
    assert set("".join(pdfscan.bookmark_titles(pdf))) & simplified == set()
    assert "參考文獻" in chinese_part and "參考文獻" in pdfscan.bookmark_titles(pdf)


@pytest.mark.parametrize("variant", VARIANTS)
def test_cjk_fonts_embedded_never_fandol(bundled: Bundled, variant: str) -> None:
    fonts = pdfscan.fonts(bundled.pdf(variant))
    names = [f["name"].split("+")[-1] for f in fonts]
    assert all(f["emb"] == "yes" for f in fonts)
    assert any(name.startswith("NotoSerifCJK") for name in names)  # body
    assert any(name.startswith("NotoSansCJK") for name in names)  # headings
    assert not any("Fandol" in name for name in names)


@pytest.mark.parametrize("variant", VARIANTS)
def test_the_log_has_no_missing_character(bundled: Bundled, variant: str) -> None:
    log = bundled.log(variant).read_text(encoding="utf-8", errors="replace")
    assert missing_characters(log) == []
    assert "Noto Serif CJK " + {"zh-Hans": "SC", "zh-Hant": "TC"}[variant] in " ".join(log.split())


@pytest.mark.parametrize("variant", VARIANTS)
def test_article_page_links_its_pdf(bundled: Bundled, variant: str) -> None:
    (para,) = page(bundled, variant).find_all(cls="wenxian-pdf-link")
    (link,) = para.find_all("a")
    assert link.text() == PDF_LINK[variant]
    assert link.attrs["href"] == f"../pdf/article.{variant}.pdf"
    assert (bundled.page(variant).parent / link.attrs["href"]).resolve() == bundled.pdf(variant).resolve()
