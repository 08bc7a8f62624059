"""Site search: every word or phrase of an article finds it, in either script.

Sphinx's own search, with the index cut the way the query is cut
(:mod:`wenxian.search.language`): each run of Chinese characters becomes its
single characters and overlapping pairs of characters, folded to one script
(:mod:`wenxian.search.fold`), and the query in the browser is cut and folded
the same way (``search.js``). A phrase of any length, however a segmenter
would cut it, finds the pages holding all of its pairs, and a page holding
them apart is dropped when its passage is read (the phrase check, ``search.js``);
a Simplified query finds Traditional text and the reverse. Title and heading
hits rank first, and the result shows the passage highlighted in the site's own
script.

Results show in place under the search box as the reader types
(``static/wenxian-inplace.js``), from the index cut into shards loaded on
demand (:mod:`wenxian.search.shards`); no page but the search page loads the
whole index. With JavaScript off, the search page lists every article for the
browser's find in page (:mod:`wenxian.search.nojs`).

Why this engine and not Pagefind: docs/search.md, measured by
``benchmarks/search_bench.py``.
"""
