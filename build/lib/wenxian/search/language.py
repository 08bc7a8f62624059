"""The search language of a wenxian site: Chinese cut into characters and pairs of characters.

Sphinx's Chinese search indexes jieba's words and splits a query only at
spaces and punctuation, so a phrase typed as one piece (新质生产力) matches
no word of the index and a single character is never indexed. Here the index
and the query are cut by one rule (the query's half is ``search.js``, run by
the browser):

- each run of Chinese characters, folded to one script
  (:func:`wenxian.search.fold.fold`), gives its single characters and its
  overlapping pairs (新质, 质生, 生产, 产力);
- a query run of one character looks that character up; a longer one looks up
  all of its pairs, and a page holding all of them is a hit;
- Latin words are indexed and stemmed as Sphinx's Chinese search does.

jieba's words (:mod:`wenxian.sphinxext.script` gives it the dictionary in
the site's script) stay in the index: they are what other tools reading
``searchindex.js`` know, and cost little beside the pairs.

``html_search_options = {"wenxian_ngrams": False}`` gives back Sphinx's own
behaviour (the baseline of ``benchmarks/search_bench.py``).
"""

from __future__ import annotations

import re
from pathlib import Path

from sphinx.search import languages
from sphinx.search.zh import SearchChinese

from wenxian.cjk import HAN
from wenxian.search.fold import fold, fold_table_js

HAN_RUN = re.compile(f"[{HAN}]+")
SINGLE_HAN = re.compile(f"^[{HAN}]$")
HAN_START = re.compile(f"[{HAN}]")
SCRIPT = Path(__file__).with_name("search.js")
OPTION = "wenxian_ngrams"


def ngrams(text: str) -> list[str]:
    """The folded single characters and pairs of every run of Chinese characters in ``text``."""
    terms: list[str] = []
    for run in HAN_RUN.findall(fold(text)):
        chars = list(run)  # code points, as the browser's for…of sees them
        terms.extend(chars)
        terms.extend(a + b for a, b in zip(chars, chars[1:]))
    return terms


def enabled(options: dict) -> bool:
    """Whether ``html_search_options`` leave wenxian's search on (``wenxian_ngrams``)."""
    value = options.get(OPTION, True)
    return str(value).strip().lower() not in {"0", "false", "no", "off", ""}


class SearchChineseNgrams(SearchChinese):
    """Sphinx's Chinese search plus characters and pairs, in the index and in the query."""

    # Sphinx 9's SearchChinese ships the English stemmer but names a
    # "ChineseStemmer" class that does not exist (the search page failed:
    # "ChineseStemmer is not defined"); the name of the stemmer it ships makes
    # language_data.js say window.Stemmer = EnglishStemmer.
    if SearchChinese.js_stemmer_rawcode == "english-stemmer.js":
        language_name = "English"

    def __init__(self, options: dict[str, str]) -> None:
        super().__init__(options)
        self.ngrams = enabled(options)
        self.js_splitter_code = fold_table_js() + SCRIPT.read_text(encoding="utf-8") if self.ngrams else ""

    def split(self, input: str) -> list[str]:  # noqa: A002 - Sphinx's name
        words = super().split(input)
        return words + ngrams(input) if self.ngrams else words

    def word_filter(self, stemmed_word: str) -> bool:
        # Sphinx's rule (longer than one letter), and single Chinese characters.
        return len(stemmed_word) > 1 or (self.ngrams and SINGLE_HAN.match(stemmed_word) is not None)

    def stem(self, word: str) -> str:
        # Chinese has nothing to stem: the English stemmer is not asked (a third of the
        # index time went there); it would give the word back.
        if self.ngrams and HAN_START.match(word):
            return word
        return super().stem(word)


def register() -> None:
    """Sphinx builds ``zh`` sites (zh_CN, zh_TW, …) with this language."""
    languages["zh"] = SearchChineseNgrams
