"""Hostile input: HTML, JavaScript, LaTeX and paths from input are text, never code.

``files/hostile.txt`` is a raw text full of markup (``<script>``,
``onerror=``, ``javascript:`` links, MyST raw roles and directives, LaTeX
``\\input{/etc/passwd}``, ``\\write18``, ``\\catcode``); ``files/hostile.bib``
has two entries carrying such payloads in every field the GB/T styles print.
The text cites them as [12] and [13] after the bundled refs.bib's eleven.
Every payload sets a ``window.pwned…`` global or creates a marker file if it
ever runs.

- the importer writes no raw HTML or LaTeX into the MyST (parsed with
  myst-parser's own Markdown parser), title (``--title``, read as Markdown by
  myst-parser) included;
- in headless Chromium, both sites' page runs no payload: no global is set,
  no dialog opens, no link has a ``javascript:`` href, the payloads read as
  text — in the page and in the metadata of its ``<head>`` (Highwire,
  Dublin Core, Open Graph content attributes; the JSON-LD parses, with the
  payloads as its strings);
- in the PDF, the LaTeX comes out literally, nothing was read from
  /etc/passwd, no marker file exists, and XeLaTeX ran without shell escape;
- slugs and paths from input stay inside the project.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.browser.conftest import browser, serve  # noqa: F401 - fixtures used below
from tests.pdf.conftest import require_tex
from wenxian.cli import main

HERE = Path(__file__).parent
PROJECT = HERE.parents[1]
VARIANTS = ("zh-Hans", "zh-Hant")
# The title and author as an editor might paste them from a hostile source.
TITLE = "题目<script>window.pwnedTitleArg=1</script>[链接](javascript:window.pwnedTitleLink=1)"
AUTHOR = "<img src=x onerror=window.pwnedAuthorArg=1>"
# Of TITLE, what every page showing it has (zh-Hant converts the Chinese around it).
TITLE_SHOWN = ("<script>window.pwnedTitleArg=1</script>", "](javascript:window.pwnedTitleLink=1)")
# What the reader must see, as text, in the page (the Traditional site converts
# the Chinese around them, never the payloads).
VISIBLE_PAYLOADS = (
    "<script>window.pwned=1;alert(1)</script>",
    '<img src=x onerror="window.pwnedImg=1">',
    '<a href="javascript:window.pwnedLink=1">',
    "{raw:html}`<script>window.pwnedRole=1</script>`",
    "<script>window.pwnedTitle=1</script>",
    "javascript:window.pwnedUrl=1",
    *TITLE_SHOWN,
    AUTHOR,
    "<script>window.pwnedAbstract=1</script>",
)
# Found in the page once the scripts had their chance: every global a payload sets.
PROBE = """() => ({
  globals: Object.keys(window).filter(k => k.startsWith("pwned")),
  javascriptLinks: [...document.querySelectorAll("[href], [src], [action], [formaction]")]
    .map(e => e.getAttribute("href") || e.getAttribute("src") || e.getAttribute("action") || e.getAttribute("formaction"))
    .filter(v => /^\\s*(javascript|data|vbscript):/i.test(v)),
  handlers: [...document.querySelectorAll("*")]
    .flatMap(e => [...e.attributes].filter(a => a.name.startsWith("on")).map(a => a.name + "=" + a.value))
    .filter(h => /pwned/.test(h)),  // the theme's own onclick="window.print()" are fine
  payloadElements: [...document.querySelectorAll("script, iframe, img, svg, style, object, embed")]
    .filter(e => !e.matches('script[type="application/ld+json"]'))
    .filter(e => /pwned|display:none/.test(e.outerHTML)).map(e => e.outerHTML),
  // The metadata scholarly indexes read: payloads as the text of attributes and JSON.
  meta: [...document.querySelectorAll("head meta[name], head meta[property]")]
    .map(e => [e.getAttribute("name") || e.getAttribute("property"), e.getAttribute("content")]),
  jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(e => JSON.parse(e.textContent)),
  text: document.body.innerText,
})"""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    """The bundled configuration and refs.bib plus the hostile entries, the hostile text imported."""
    root = tmp_path_factory.mktemp("hostile")
    shutil.copytree(PROJECT / "conf", root / "conf", ignore=shutil.ignore_patterns("__pycache__"))
    (root / "source" / "raw").mkdir(parents=True)
    shutil.copy(PROJECT / "source" / "index.md", root / "source" / "index.md")
    marker = root / "pwned"
    bib = (PROJECT / "refs.bib").read_text(encoding="utf-8") + "\n" + (HERE / "files" / "hostile.bib").read_text(
        encoding="utf-8"
    )
    (root / "refs.bib").write_text(bib.replace("/tmp/wenxian-pwned", str(marker)), encoding="utf-8")
    text = (HERE / "files" / "hostile.txt").read_text(encoding="utf-8").replace("/tmp/wenxian-pwned", str(marker))
    raw = root / "source" / "raw" / "hostile.txt"
    raw.write_text(text, encoding="utf-8")
    assert main(["import", str(raw), "--bib", str(root / "refs.bib"), "--project", str(root),
                 "--title", TITLE, "--author", AUTHOR]) == 0
    return root


@pytest.fixture(scope="module")
def site(hostile: Path) -> Path:
    assert main(["build", "site", "--project", str(hostile)]) == 0
    return hostile / "_build" / "site"


def markdown_tokens(text: str) -> list:
    """Every token myst-parser's Markdown parser makes of ``text``, children included."""
    from myst_parser.config.main import MdParserConfig
    from myst_parser.parsers.mdit import create_md_parser
    from markdown_it.renderer import RendererHTML

    parser = create_md_parser(MdParserConfig(enable_extensions={"colon_fence", "dollarmath"}), RendererHTML)
    tokens, stack = [], list(parser.parse(text))
    while stack:
        token = stack.pop(0)
        tokens.append(token)
        stack[:0] = token.children or []
    return tokens


def test_import_writes_no_raw_html_or_latex(hostile: Path) -> None:
    myst = (hostile / "source" / "hostile.md").read_text(encoding="utf-8")
    front, body = myst.split("\n---\n", 1)
    # myst-parser renders the front matter's title as Markdown ("# title").
    title = yaml.safe_load(front.removeprefix("---\n"))["title"]
    assert {t.type for t in markdown_tokens(f"# {title}")} == {"heading_open", "inline", "text", "heading_close"}
    tokens = markdown_tokens(body)
    kinds = {t.type for t in tokens}
    assert not kinds & {"html_inline", "html_block", "math_inline", "math_block", "link_open", "autolink_open"}, kinds
    fences = [t.info for t in tokens if t.type in ("fence", "colon_fence")]
    assert all(info.strip() == "{bibliography}" for info in fences), fences
    roles = {t.meta.get("name") for t in tokens if t.type == "myst_role"}
    assert roles <= {"cite:p"}, roles
    text = "".join(t.content for t in tokens if t.type == "text")
    assert "<script>window.pwned=1;alert(1)</script>" in text
    assert "\\input{/etc/passwd}" in text and "\\write18{" in text and "\\catcode`\\@=11" in text


# Before the browser tests: the PDF build forks, and forks are safest before
# Playwright's threads start.
def test_latex_comes_out_literally_without_shell_escape(hostile: Path, site: Path) -> None:
    require_tex()
    assert main(["build", "pdf", "--variant", "zh-Hans", "--project", str(hostile)]) == 0
    pdf = hostile / "_build" / "site" / "pdf" / "hostile.zh-Hans.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = "".join(text.split())
    marker = hostile / "pwned"
    assert f"\\input{{/etc/passwd}}\\write18{{touch{marker}}}\\catcode" in flat, flat
    assert "<script>window.pwnedTitle=1</script>" in flat
    assert "root:x:0:0" not in text
    assert not list(hostile.glob("pwned*")), "a \\write18 ran"
    log = (hostile / "_build" / "latex" / "zh-Hans" / "hostile.log").read_text(encoding="utf-8", errors="replace")
    assert "write18 enabled" not in log, "XeLaTeX ran with (restricted) shell escape"


# The article; the start page listing it (title, authors, abstract); the
# search page showing it as a result (titles and text from the search index).
PAGES = ("hostile.html", "index.html", "search.html?q=pwned")


@pytest.mark.parametrize("page_name", PAGES)
@pytest.mark.parametrize("variant", VARIANTS)
def test_no_payload_runs_in_the_browser(site: Path, browser, serve, variant: str, page_name: str) -> None:  # noqa: F811
    base = serve(site)
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        page.goto(f"{base}/{variant}/{page_name}", wait_until="load")
        if page_name.startswith("search"):
            page.wait_for_selector("#search-results li", timeout=15000)
        # Let every zero-delay timer and the next frame's handlers run: the page's
        # own event loop decides when, not a guessed delay.
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)))")
        found = page.evaluate(PROBE)
    finally:
        page.close()
    assert found["globals"] == [] and dialogs == [], (found["globals"], dialogs)
    assert found["javascriptLinks"] == []
    assert found["handlers"] == []
    assert found["payloadElements"] == []
    shown = VISIBLE_PAYLOADS if page_name == "hostile.html" else TITLE_SHOWN
    for payload in shown:
        assert payload in found["text"], payload
    if page_name == "hostile.html":
        meta = {}
        for name, content in found["meta"]:
            meta.setdefault(name, []).append(content)
        for name in ("citation_title", "DC.title", "og:title"):
            assert all(p in meta[name][0] for p in TITLE_SHOWN), (name, meta[name])
        assert meta["citation_author"] == [AUTHOR] and meta["DC.creator"] == [AUTHOR]
        references = "\n".join(meta["citation_reference"])
        assert "<script>window.pwnedTitle=1</script>" in references and "javascript:window.pwnedUrl=1" in references
        (article,) = found["jsonLd"]
        assert article["@type"] == "ScholarlyArticle" and article["author"][0]["name"] == AUTHOR
        assert all(p in article["headline"] for p in TITLE_SHOWN)


def test_no_javascript_href_in_any_page(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 4
    for page in pages:
        html = page.read_text(encoding="utf-8").lower()
        assert 'href="javascript:' not in html and "href='javascript:" not in html, page
        assert "<script>window.pwned" not in html, page


@pytest.mark.parametrize(
    "slug", ["../evil", "../../etc/passwd", "/etc/passwd", "a\0b", "..", ".", "a/../b", "C:\\x", " evil", "évil"]
)
def test_hostile_slug_is_refused(hostile: Path, slug: str, capsys) -> None:
    raw = hostile / "source" / "raw" / "hostile.txt"
    status = main(["import", str(raw), "--bib", str(hostile / "refs.bib"), "--project", str(hostile), "--slug", slug])
    assert status == 2
    assert "invalid slug" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["..txt", "...txt", "..／..／etc.txt", "$(touch pwned).txt", "~root.txt", "-rf.txt"])
def test_slug_from_a_hostile_file_name_stays_in_source(hostile: Path, name: str, capsys) -> None:
    raw = hostile / "source" / "raw" / name
    raw.write_text("　　正文。\n", encoding="utf-8")
    before = {p for p in hostile.rglob("*") if p.is_file()}
    status = main(["import", str(raw), "--project", str(hostile)])
    made = {p for p in hostile.rglob("*") if p.is_file()} - before
    if status == 0:
        assert len(made) == 1
        (out,) = made
        assert out.parent == hostile / "source" and out.suffix == ".md", out
        assert not out.name.startswith((".", "-")) and "/" not in out.name
        out.unlink()
    else:
        assert made == set()
        assert "cannot make a page name" in capsys.readouterr().err
    raw.unlink()
    assert not list(hostile.glob("pwned*"))
