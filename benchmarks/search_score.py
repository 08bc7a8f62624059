"""The search scorer: which of a list of queries find a page, run in a real browser.

Used by ``benchmarks/search_bench.py`` (figures) and ``tests/browser`` (the
suite). The queries are ``tests/data/search/queries.tsv`` (``tuned``: looked at
while the search was built; ``heldout``: written before and only scored) and
a seeded sample of substrings of the article's visible text
(:func:`sampled_queries`, also held out). Each Chinese query is typed as
written (Simplified) and in Traditional (OpenCC ``s2tw``), on each site.

A query *occurs* in a page when its words, folded to one script, are in the
page's visible text as typed (Chinese: the whole run; Latin: each word, any
case); the target is that every occurring query finds the page.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
QUERIES = PROJECT / "tests" / "data" / "search" / "queries.tsv"
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_RUN = re.compile(f"[{HAN}]+")
WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Query:
    set: str  # tuned, heldout, sampled
    source: str  # title, heading, body, abstract, bibliography, single, english, phrase
    text: str  # as written (Simplified or English)


def read_queries(path: Path = QUERIES) -> list[Query]:
    queries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        set_, source, text = line.split("\t")
        queries.append(Query(set_, source, text))
    return queries


class _Visible(HTMLParser):
    """The text of a page's ``<article>`` (what a reader reads), scripts and styles left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # inside <article>
        self.skip = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
        elif tag in {"script", "style"}:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1
        elif tag in {"script", "style"}:
            self.skip -= 1

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.parts.append(data)


def visible_text(page: Path) -> str:
    parser = _Visible()
    parser.feed(page.read_text(encoding="utf-8"))
    return "".join(parser.parts)


def sampled_queries(text: str, count: int = 60, seed: int = 14) -> list[Query]:
    """``count`` substrings (1–8 characters) of the Chinese runs of ``text``, seeded."""
    rng = random.Random(seed)
    runs = [run for run in HAN_RUN.findall(text)]
    weights = [len(run) for run in runs]
    queries: list[Query] = []
    seen: set[str] = set()
    while len(queries) < count:
        (run,) = rng.choices(runs, weights=weights)
        length = min(len(run), rng.randint(1, 8))
        start = rng.randint(0, len(run) - length)
        piece = run[start : start + length]
        if piece not in seen:
            seen.add(piece)
            queries.append(Query("sampled", "body", piece))
    return queries


def typed_forms(query: Query) -> list[tuple[str, str]]:
    """(script typed, text): as written, and in Traditional when that differs."""
    from wenxian.script.convert import opencc_converter

    forms = [("zh-Hans", query.text)]
    traditional = opencc_converter("s2tw").convert(query.text)
    if traditional != query.text:
        forms.append(("zh-Hant", traditional))
    return forms


def occurs(text: str, query: str) -> bool:
    """Whether ``query`` occurs in ``text`` (both folded to one script, Latin words any case)."""
    from wenxian.search.fold import fold

    folded, lower = fold(text), text.lower()
    for piece in WORD.findall(fold(query)):
        for run in re.findall(f"[{HAN}]+|[^{HAN}]+", piece):
            if HAN_RUN.fullmatch(run):
                if run not in folded:
                    return False
            elif not re.search(rf"(?<![^\W_]){re.escape(run.lower())}", lower):
                return False
    return True


# In a search page whose index has loaded: the pages a query finds, in rank order.
SPHINX_FIND = """(queries) => queries.map((q) => {
  const parsed = Search._parseQuery(q);
  return [...new Set(Search._performSearch(...parsed).reverse().map((r) => r[0]))];
})"""
SPHINX_READY = "() => typeof Search !== 'undefined' && Search._index !== null"


def sphinx_find(page, queries: list[str]) -> list[list[str]]:
    """The docnames each query finds, best first, on an open Sphinx search page."""
    page.wait_for_function(SPHINX_READY, timeout=30_000)
    return page.evaluate(SPHINX_FIND, queries)


# In any page but the search page (wenxian-inplace.js): the pages a query finds in place, from
# the index's shards, in rank order.
INPLACE_FIND = """async (queries) => {
  const found = [];
  for (const q of queries) found.push([...new Set((await wenxianSearch.find(q)).map((r) => r[0]))]);
  return found;
}"""


INPLACE_CHECKED = INPLACE_FIND.replace("wenxianSearch.find(q)", "wenxianSearch.find(q, true)")


def inplace_find(page, queries: list[str], checked: bool = False) -> list[list[str]]:
    """The docnames each query finds with the in-place search, best first, on an open page;
    ``checked``: after the phrase check (the pages the reader is shown)."""
    page.wait_for_function("typeof wenxianSearch !== 'undefined'", timeout=30_000)
    return page.evaluate(INPLACE_CHECKED if checked else INPLACE_FIND, queries)


def spliced_queries(texts: list[str], count: int = 100, seed: int = 14) -> list[Query]:
    """``count`` phrases that occur in none of ``texts``: the start of one sampled piece of the
    first text joined to the start of another (1–3 characters each, three or more in all) —
    what a page holding a phrase's pairs apart would be found by. Seeded."""
    rng = random.Random(seed)
    pieces = [q.text for q in sampled_queries(texts[0], count=4 * count, seed=seed)]
    out: list[Query] = []
    seen: set[str] = set()
    while len(out) < count:
        a, b = rng.sample(pieces, 2)
        query = a[: rng.randint(1, 3)] + b[: rng.randint(1, 3)]
        if len(query) >= 3 and query not in seen and not any(occurs(text, query) for text in texts):
            seen.add(query)
            out.append(Query("spliced", "phrase", query))
    return out


def precision(found: list[list[str]], queries: list[str], texts: dict[str, str]) -> tuple[int, int]:
    """(pages found that hold the query, pages found), over all queries."""
    right = total = 0
    for query, pages in zip(queries, found):
        total += len(pages)
        right += sum(1 for name in pages if name in texts and occurs(texts[name], query))
    return right, total


PAGEFIND_FIND = """async (queries) => {
  const pagefind = await import('./pagefind/pagefind.js');
  await pagefind.init();
  const found = [];
  for (const q of queries) {
    const search = await pagefind.search(q);
    const data = await Promise.all(search.results.map((r) => r.data()));
    found.push(data.map((d) => d.url.split('/').pop().replace(/\\.html.*$/, '')));
  }
  return found;
}"""


def pagefind_find(page, queries: list[str]) -> list[list[str]]:
    """The page names each query finds with Pagefind (the page must be in the site's folder)."""
    return page.evaluate(PAGEFIND_FIND, queries)
