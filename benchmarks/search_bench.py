"""Benchmark: site search engines compared on recall, index size, time to results, build cost.

Engines, each on both sites (zh-Hans, zh-Hant):

- ``sphinx``: Sphinx's own Chinese search as it was (jieba words; a query split
  at spaces and punctuation) — ``html_search_options = {"wenxian_ngrams": False}``;
- ``wenxian``: what ``wenxian build`` makes now (:mod:`wenxian.search`: jieba
  words plus folded characters and pairs, the query cut the same way);
- ``pagefind``: Pagefind's extended build (PyPI ``pagefind[extended]``, CJK
  segmentation) run over the built sites (``--root-selector article``), if
  installed; its JavaScript API is queried in the page.

Figures:

1. Recall on the bundled article: share of queries that find the article, per
   query set (``tuned``; ``heldout`` and ``sampled``, not tuned on; see
   ``benchmarks/search_score.py``), per site, per script the query is typed
   in. ``occurring`` counts only queries that occur in the article's text.
2. Precision of the in-place search on the bundled article and on the corpus
   (pages found that hold the query / pages found) before and after the phrase
   check: the query list, and phrases spliced from two pieces of an article
   that no page holds (``search_score.spliced_queries``).
3. On a corpus of ``--articles`` articles (``benchmarks/corpus.py``): index
   bytes per article (searchindex.js and language_data.js; Pagefind's whole
   folder), and medians over the tuned queries, zh-Hans site: navigation to
   ``search.html?q=`` → its first result (what Enter in the search box does;
   for Sphinx as it was, the baseline of the keystroke → results figure), the
   search page's own load, a warm query, an article page's DOMContentLoaded
   (the theme loaded the whole index in every page's head; wenxian no more),
   and keystroke → results in place under the Ctrl+K box (wenxian): cold (the
   query committed as the dialog opens) and prefetched (after what the opened
   dialog fetches has arrived); the bytes a first in-place query fetches.
4. Build cost of both sites: CPU seconds of the build's processes (the wall
   clock of a shared machine varies more than the difference), each engine's
   ratio to ``sphinx`` built in the same run (Pagefind: the Sphinx build plus
   its own run).

Figures only: nothing is asserted.

    .venv/bin/python benchmarks/search_bench.py [--articles 100] [--runs 3] [--skip-corpus]
"""

from __future__ import annotations

import argparse
import functools
import shutil
import statistics
import subprocess
import sys
import resource
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from corpus import make_corpus
from sites_bench import make_project as bundled_project  # the bundled article, imported as the README does
from search_score import (
    inplace_find,
    precision,
    spliced_queries,
    pagefind_find,
    read_queries,
    sampled_queries,
    occurs,
    sphinx_find,
    typed_forms,
    visible_text,
)

PROJECT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
VARIANTS = ("zh-Hans", "zh-Hant")
BASELINE_CONF = '\nhtml_search_options = {"wenxian_ngrams": False}  # search_bench.py: Sphinx as it was\n'
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def build(root: Path, engine: str) -> tuple[Path, float]:
    """Build both sites of the project at ``root`` with ``engine``, from nothing; (site folder,
    CPU seconds of the build's processes: on a shared machine, far steadier than the wall clock)."""
    shutil.rmtree(root / "_build", ignore_errors=True)
    start = _children_cpu()
    subprocess.run([str(BIN / "wenxian"), "build", "site", "--project", str(root)], check=True, capture_output=True)
    site = root / "_build" / "site"
    if engine == "pagefind":
        for variant in VARIANTS:
            subprocess.run(
                [sys.executable, "-m", "pagefind", "--site", str(site / variant), "--output-subdir", "pagefind",
                 "--root-selector", "article"],
                check=True, capture_output=True,
            )
    return site, _children_cpu() - start


def projects(tmp: Path, make, engines: list[str], runs: int = 1) -> dict[str, tuple[Path, float]]:
    """Each engine's project, built ``runs`` times (interleaved); (site, median CPU seconds)."""
    roots = {engine: make(tmp / engine) for engine in engines}
    if "sphinx" in roots:
        with (roots["sphinx"] / "conf" / "conf.py").open("a", encoding="utf-8") as conf:
            conf.write(BASELINE_CONF)
    times: dict[str, list[float]] = {engine: [] for engine in engines}
    sites: dict[str, Path] = {}
    for _ in range(runs):
        for engine, root in roots.items():
            sites[engine], seconds = build(root, engine)
            times[engine].append(seconds)
    return {engine: (sites[engine], statistics.median(times[engine])) for engine in engines}


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002
        pass


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):  # a page closed mid-download: not news
        pass


def serve(folder: Path) -> tuple[str, ThreadingHTTPServer]:
    server = _Server(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}", server


def find(page, engine: str, queries: list[str]) -> list[list[str]]:
    return pagefind_find(page, queries) if engine == "pagefind" else sphinx_find(page, queries)


def recall_table(browser, built: dict[str, tuple[Path, float]]) -> None:
    text = visible_text(next(iter(built.values()))[0] / "zh-Hans" / "article.html")
    queries = read_queries() + sampled_queries(text)
    forms = [(q, script, typed) for q in queries for script, typed in typed_forms(q)]
    print("Recall on the bundled article (queries finding it / queries; occurring: only those in its text)")
    print(f"{'engine':9} {'site':8} {'set':8} {'typed':8} {'recall':>14} {'occurring':>14}")
    for engine, (site, _) in built.items():
        base, server = serve(site)
        for variant in VARIANTS:
            page = browser.new_page()
            page.goto(f"{base}/{variant}/search.html")
            found = find(page, engine, [typed for _, _, typed in forms])
            page.close()
            if engine == "wenxian":  # the in-place search (Ctrl+K on an article) reads the shards
                page = browser.new_page()
                page.goto(f"{base}/{variant}/article.html")
                same = sum(a == b for a, b in zip(inplace_find(page, [typed for _, _, typed in forms]), found))
                page.close()
                print(f"{engine:9} {variant:8} in place: the same pages, in the same order, for {same}/{len(forms)} queries")
            rows: dict[tuple[str, str], list[int]] = {}
            for (query, script, _), pages in zip(forms, found):
                hit, real = "article" in pages, occurs(text, query.text)
                row = rows.setdefault((query.set, script), [0, 0, 0, 0])
                row[0] += hit
                row[1] += 1
                row[2] += hit and real
                row[3] += real
            for (set_, script), (hits, total, real_hits, real) in rows.items():
                print(f"{engine:9} {variant:8} {set_:8} {script:8} {hits:>5}/{total:<3} {hits / total:5.0%}"
                      f" {real_hits:>5}/{real:<3} {real_hits / max(real, 1):5.0%}")
        server.shutdown()
        server.server_close()


def precision_table(browser, site: Path, label: str) -> None:
    """Precision (pages found that hold the query / pages found) before and after the phrase check,
    with wenxian's in-place search on the zh-Hans site: the query list (tuned, held out, sampled;
    typed in Simplified) and phrases spliced from two pieces of the first article, held in no page."""
    folder = site / "zh-Hans"
    texts = {p.stem: visible_text(p) for p in sorted(folder.glob("*.html")) if p.stem not in ("search", "genindex")}
    first = sorted(name for name in texts if name != "index")[0]
    listed = [q.text for q in read_queries() + sampled_queries(texts[first])]
    spliced = [q.text for q in spliced_queries([texts[first]] + [t for name, t in texts.items() if name != first])]
    base, server = serve(site)
    page = browser.new_page()
    page.goto(f"{base}/zh-Hans/{first}.html")
    for name, queries in (("list", listed), ("spliced", spliced)):
        cells = []
        for checked in (False, True):
            found = inplace_find(page, queries, checked)
            right, total = precision(found, queries, texts)
            finding = sum(1 for pages in found if pages)
            cells.append(f"{right:>5}/{total:<5} {right / max(total, 1):7.2%} ({finding}/{len(queries)} queries find a page)")
        print(f"{label:16} {name:8} pairs: {cells[0]}   checked: {cells[1]}")
    page.close()
    server.shutdown()
    server.server_close()


FIRST_RESULT = """() => {
  window.__firstResult = null;
  new MutationObserver((changes, observer) => {
    const status = document.querySelector('#search-results .search-summary');
    if (document.querySelector('#search-results ul.search li') || (status && status.textContent.trim())) {
      window.__firstResult = performance.now();
      observer.disconnect();
    }
  }).observe(document, {childList: true, subtree: true});
}"""

PAGEFIND_TIMED = """async (q) => {
  const pagefind = await import('./pagefind/pagefind.js');
  const search = await pagefind.search(q);
  if (search.results.length) await search.results[0].data();
  const cold = performance.now();
  const start = performance.now();
  const again = await pagefind.search(q + ' ');
  if (again.results.length) await again.results[0].data();
  return [cold, performance.now() - start];
}"""

SPHINX_WARM = """(q) => {
  const start = performance.now();
  Search._performSearch(...Search._parseQuery(q));
  return performance.now() - start;
}"""


INPLACE_WATCH = """() => {
  const input = document.querySelector('#pst-search-dialog input[name=q]');
  window.__inplace = new Promise((resolve) => {
    let start = null;
    input.addEventListener('input', () => { start = performance.now(); }, {once: true, capture: true});
    new MutationObserver((changes, observer) => {
      const box = document.querySelector('#pst-search-dialog #search-results');
      const status = box && box.querySelector('.search-summary');
      if (start !== null && box && (box.querySelector('ul.search li') || (status && status.textContent.trim()))) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    }).observe(document.body, {childList: true, subtree: true});
  });
}"""


def _in_place(browser, base: str, page_name: str, query: str, prefetched: bool) -> tuple[float, float]:
    """(keystroke → results in the Ctrl+K dialog, the article page's DOMContentLoaded), fresh cache:
    Ctrl+K, then the query committed at once (an input method's commit) — or, ``prefetched``,
    once what the dialog fetches when it opens has arrived."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{base}/zh-Hans/{page_name}.html")
    page.wait_for_load_state("load")
    loaded = page.evaluate("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd")
    page.keyboard.press("Control+k")
    page.locator("#pst-search-dialog input[name='q']").wait_for()
    page.evaluate(INPLACE_WATCH)
    if prefetched:
        page.evaluate("wenxianSearch.prepare()")
    page.keyboard.insert_text(query)
    ms = page.evaluate("window.__inplace")
    context.close()
    return ms, loaded


def _measure(browser, engine: str, base: str, first_page: str, query: str, figures: dict[str, list[float]]) -> None:
    context = browser.new_context()  # nothing cached between queries
    page = context.new_page()
    if engine == "pagefind":
        page.goto(f"{base}/zh-Hans/search.html")
        first, again = page.evaluate(PAGEFIND_TIMED, query)
    else:
        page.add_init_script(f"({FIRST_RESULT})();")
        page.goto(f"{base}/zh-Hans/search.html?q={query}")
        page.wait_for_function("window.__firstResult !== null", timeout=60_000)
        first, again = page.evaluate("window.__firstResult"), page.evaluate(SPHINX_WARM, query)
    figures.setdefault("page", []).append(first)
    figures.setdefault("warm", []).append(again)
    figures.setdefault("dcl", []).append(
        page.evaluate("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd"))
    context.close()
    if engine == "wenxian":
        for key, prefetched in (("cold", False), ("prefetched", True)):
            ms, loaded = _in_place(browser, base, first_page, query, prefetched)
            figures.setdefault(key, []).append(ms)
            figures.setdefault("article", []).append(loaded)
    else:
        context = browser.new_context()
        page = context.new_page()
        page.goto(f"{base}/zh-Hans/{first_page}.html")
        figures.setdefault("article", []).append(
            page.evaluate("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd"))
        context.close()


def timing(browser, sites: dict[str, Path], queries: list[str]) -> dict[str, dict[str, float]]:
    """engine → medians in milliseconds on its zh-Hans site: ``page`` navigation → first result
    on the search page (what Enter in the search box does; Pagefind: its API's first result);
    ``dcl`` the search page's DOMContentLoaded; ``warm`` a query in the loaded search page;
    ``article`` an article page's DOMContentLoaded; ``cold``/``prefetched`` keystroke →
    results in place (wenxian only: see :func:`_in_place`). The engines take turns, query by
    query, so that what else the shared machine does weighs on all of them alike."""
    servers = {engine: serve(site) for engine, site in sites.items()}
    figures: dict[str, dict[str, list[float]]] = {engine: {} for engine in sites}
    for query in queries:
        for engine, site in sites.items():
            first_page = sorted(site.joinpath("zh-Hans").glob("bench*.html"))[0].stem
            _measure(browser, engine, servers[engine][0], first_page, query, figures[engine])
    for _, server in servers.values():
        server.shutdown()
        server.server_close()
    return {engine: {key: statistics.median(values) for key, values in f.items()} for engine, f in figures.items()}


SCRIPT_COST = """async (src) => {
  window.Search = window.Search || {setIndex: () => {}};
  window.wenxianSearch = window.wenxianSearch || {load: () => {}};
  const start = performance.now();
  await new Promise((resolve, reject) => {
    const el = document.createElement('script');
    el.src = src; el.onload = resolve; el.onerror = reject;
    document.head.appendChild(el);
  });
  const entry = performance.getEntriesByName(new URL(src, location.href).href)[0];
  return [performance.now() - start, entry.responseEnd - entry.startTime];
}"""


def script_costs(browser, site: Path, runs: int = 7) -> None:
    """Where a page's time goes: each script loaded alone into a blank page of the site, fresh
    cache; median (download + run, download) in milliseconds, and its bytes."""
    folder = site / "zh-Hans"
    shard = max((folder / "searchindex").glob("[0-9]*.js"), key=lambda p: p.stat().st_size)
    files = ["searchindex.js", "_static/scripts/fontawesome.js", "_static/scripts/bootstrap.js",
             "_static/searchtools.js", "_static/language_data.js", "searchindex/base.js",
             f"searchindex/{shard.name}"]
    base, server = serve(site)
    print(f"{'script':34} {'bytes':>9} {'load+run ms':>12} {'download ms':>12}")
    for name in files:
        total, download = [], []
        for _ in range(runs):
            context = browser.new_context()
            page = context.new_page()
            page.goto(f"{base}/zh-Hans/_static/documentation_options.js")
            a, b = page.evaluate(SCRIPT_COST, f"/zh-Hans/{name}")
            total.append(a)
            download.append(b)
            context.close()
        label = name if not name.startswith("searchindex/") or name == "searchindex/base.js" else "searchindex/NN.js (largest shard)"
        print(f"{label:34} {(folder / name).stat().st_size:9d} {statistics.median(total):12.1f} {statistics.median(download):12.1f}")
    server.shutdown()
    server.server_close()


def shard_sweep(browser, site: Path, queries: list[str], counts: list[int]) -> None:
    """The in-place search with the index cut into each number of shards (cut again from the
    built searchindex.js; the browser reads the number from base.js): shard bytes per article,
    bytes of a first query, keystroke → results cold and prefetched (medians, ms). The counts
    take turns query by query."""
    from wenxian.search import shards

    folder = site / "zh-Hans"
    copies = {}
    for count in counts:
        shards.SHARDS = count
        shards.write_shards(folder)
        copy = site.parent / f"shards-{count}"
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(site, copy)
        copies[count] = copy
    shards.SHARDS = DEFAULT_SHARDS
    shards.write_shards(folder)
    servers = {count: serve(copy) for count, copy in copies.items()}
    figures: dict[int, dict[str, list[float]]] = {count: {"cold": [], "prefetched": []} for count in counts}
    first_page = sorted(folder.glob("bench*.html"))[0].stem
    for query in queries:
        for count in counts:
            for key, prefetched in (("cold", False), ("prefetched", True)):
                ms, _ = _in_place(browser, servers[count][0], first_page, query, prefetched)
                figures[count][key].append(ms)
    articles = len(list(folder.glob("bench*.html")))
    print(f"{'shards':>6} {'shards/article':>15} {'first query':>12} {'cold ms':>8} {'prefetched ms':>14}")
    for count, copy in copies.items():
        total = sum(p.stat().st_size for p in (copy / "zh-Hans" / shards.FOLDER).iterdir())
        shards.SHARDS = count
        fetched = first_query_bytes(copy, queries)
        print(f"{count:6d} {total / articles / 1024:11.1f} KiB {fetched / 1024:8.0f} KiB "
              f"{statistics.median(figures[count]['cold']):8.0f} {statistics.median(figures[count]['prefetched']):14.0f}")
        servers[count][1].shutdown()
        servers[count][1].server_close()
        shutil.rmtree(copy)
    shards.SHARDS = DEFAULT_SHARDS


def first_query_bytes(site: Path, queries: list[str]) -> float:
    """Median bytes the in-place search fetches for a first query: its code, the base, the query's
    shards (the terms as search.js cuts the query: a lone character, or the pairs of a longer run)."""
    import re

    from wenxian.search.fold import fold
    from wenxian.search.language import HAN_RUN
    from wenxian.search.shards import BASE, FOLDER, LATIN, shard_of

    folder = site / "zh-Hans"
    code = sum((folder / "_static" / name).stat().st_size for name in ("searchtools.js", "language_data.js"))
    sizes = []
    for query in queries:
        names = {BASE}
        for run in HAN_RUN.findall(fold(query)):
            names |= {shard_of(run)} if len(run) == 1 else {shard_of(a + b) for a, b in zip(run, run[1:])}
        if re.search(r"[^\W_]", HAN_RUN.sub("", query)):
            names.add(LATIN)
        sizes.append(code + sum((folder / FOLDER / f"{name}.js").stat().st_size for name in names))
    return statistics.median(sizes)


def index_bytes(site: Path, engine: str) -> int:
    total = 0
    for variant in ("zh-Hans",):
        folder = site / variant
        if engine == "pagefind":
            total += sum(p.stat().st_size for p in (folder / "pagefind").rglob("*") if p.is_file())
        else:
            total += (folder / "searchindex.js").stat().st_size + (folder / "_static" / "language_data.js").stat().st_size
    return total


DEFAULT_SHARDS = __import__("wenxian.search.shards", fromlist=["SHARDS"]).SHARDS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10, help="articles in the corpus (default 10; the guide's figures: 100)")
    parser.add_argument("--runs", type=int, default=3, help="builds of the bundled article per engine (median)")
    parser.add_argument("--skip-corpus", action="store_true", help="recall and build time on the bundled article only")
    parser.add_argument("--shard-sweep", default="", metavar="N,N,…",
                        help="also time the in-place search with the index cut into each number of shards")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    engines = ["sphinx", "wenxian"]
    try:
        import pagefind_bin_extended  # noqa: F401
    except ImportError:
        print("(pagefind[extended] is not installed: no pagefind rows; pip install 'pagefind[extended]')")
    else:
        engines.append("pagefind")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
        built = projects(Path(tmp) / "one", bundled_project, engines, args.runs)
        recall_table(browser, built)
        print("\nPrecision of the in-place search (pages found holding the query / pages found), "
              "before and after the phrase check")
        precision_table(browser, built["wenxian"][0], "bundled article")
        print(f"\nBuild of both sites, bundled article: CPU seconds (median of {args.runs}; ratio to sphinx in this run)")
        for engine, (_, seconds) in built.items():
            print(f"{engine:9} {seconds:6.2f} s CPU  ×{seconds / built['sphinx'][1]:.2f}")
        if not args.skip_corpus:
            n = args.articles
            corpus = projects(Path(tmp) / "many", lambda root: make_corpus(root, n).root, engines)
            queries = [q.text for q in read_queries() if q.set == "tuned"]
            print(f"\n{n} articles: build of both sites (CPU), index per article (zh-Hans); medians over "
                  f"{len(queries)} tuned queries, zh-Hans site, milliseconds")
            print("  page: Enter → the search page's first result; dcl: the search page's DOMContentLoaded;\n"
                  "  warm: a query in the loaded search page; article: an article page's DOMContentLoaded;\n"
                  "  in place: keystroke → results under the Ctrl+K box, cold (committed as the dialog opens)\n"
                  "  and prefetched (after what the opened dialog fetches has arrived)")
            print(f"{'engine':9} {'build':>9} {'×sphinx':>8} {'index/article':>14} {'page':>6} {'dcl':>6} "
                  f"{'warm':>6} {'article':>8} {'in place cold':>14} {'prefetched':>11}")
            rows = timing(browser, {engine: site for engine, (site, _) in corpus.items()}, queries)
            for engine, (site, seconds) in corpus.items():
                t = rows[engine]
                cold = f"{t['cold']:14.0f}" if "cold" in t else f"{'—':>14}"
                pre = f"{t['prefetched']:11.0f}" if "prefetched" in t else f"{'—':>11}"
                print(f"{engine:9} {seconds:7.1f} s {seconds / corpus['sphinx'][1]:7.2f}× "
                      f"{index_bytes(site, engine) / n / 1024:10.1f} KiB {t['page']:6.0f} {t['dcl']:6.0f} "
                      f"{t['warm']:6.1f} {t['article']:8.0f} {cold} {pre}")
            if args.shard_sweep:
                print(f"\nShards, {n} articles: the in-place search with the index cut into N shards")
                shard_sweep(browser, corpus["wenxian"][0], queries, [int(c) for c in args.shard_sweep.split(",")])
            print(f"\nWhere the time goes, {n} articles (wenxian's zh-Hans site): each script alone")
            script_costs(browser, corpus["wenxian"][0])
            print()
            precision_table(browser, corpus["wenxian"][0], f"{n} articles")
            if "wenxian" in rows:
                site = corpus["wenxian"][0]
                base = rows["sphinx"]["page"]
                w = rows["wenxian"]
                print(f"\nKeystroke → results, {n} articles (median): in place {w['cold']:.0f} ms cold, "
                      f"{w['prefetched']:.0f} ms prefetched; baseline (Sphinx: Enter → search page) {base:.0f} ms "
                      f"in this run: ×{w['cold'] / base:.2f} / ×{w['prefetched'] / base:.2f}")
                print(f"An article page's DOMContentLoaded: {w['article']:.0f} ms against {rows['sphinx']['article']:.0f} ms "
                      f"(×{w['article'] / rows['sphinx']['article']:.2f}); a first in-place query fetches "
                      f"{first_query_bytes(site, queries) / 1024:.0f} KiB (median) of "
                      f"{(site / 'zh-Hans' / 'searchindex.js').stat().st_size / 1024:.0f} KiB searchindex.js")
        browser.close()


if __name__ == "__main__":
    main()
