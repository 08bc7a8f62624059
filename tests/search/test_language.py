"""The index half of the site search (wenxian.search): characters and pairs, folded to one script.

The query half (search.js) runs in the browser: tests/browser/test_bundled_sites.py.
"""

from __future__ import annotations

import re

import pytest

from wenxian.cjk import HAN
from wenxian.search.fold import fold, fold_table, fold_table_js
from wenxian.search.language import SCRIPT, SearchChineseNgrams, ngrams


def test_a_run_gives_its_characters_and_pairs() -> None:
    assert ngrams("新质生产力") == ["新", "质", "生", "产", "力", "新质", "质生", "生产", "产力"]
    assert ngrams("习近平：《求是》") == ["习", "近", "平", "习近", "近平", "求", "是", "求是"]
    assert ngrams("GB/T 7714") == []


def test_traditional_and_variant_forms_fold_to_simplified() -> None:
    assert fold("新質生產力發展") == "新质生产力发展"
    assert fold("羣體") == fold("群体") == "群体"  # OpenCC's 羣, Taiwan's 群
    assert ngrams("市場體系") == ngrams("市场体系")
    assert fold("productivity 2024") == "productivity 2024"


def test_a_house_preference_folds_like_the_form_it_replaces() -> None:
    """The zh-Hant site writes 計畫 (conf: preferences); 计划 and 計劃 typed still find it."""
    assert fold("計畫經濟") == fold("计划经济") == fold("計劃經濟")
    assert fold("畫") == fold("画")  # a painting still finds a painting
    assert fold("公布") == fold("公佈") and fold("雇主") == fold("僱主")


def test_folding_keeps_the_length_the_browser_counts() -> None:
    table = fold_table()
    assert len(table) > 2500
    assert all(len(k) == len(v) == 1 and ord(k) <= 0xFFFF and ord(v) <= 0xFFFF for k, v in table.items())
    assert list(table) == sorted(table)  # the JavaScript table is written in one order
    assert fold_table_js().startswith('const WENXIAN_FOLD = {"') and '"質":"质"' in fold_table_js()


def test_the_query_half_cuts_chinese_with_the_same_ranges() -> None:
    script = SCRIPT.read_text(encoding="utf-8")
    (ranges,) = re.findall(r'const WENXIAN_HAN = "([^"]+)"', script)
    as_python = re.sub(r"\\\\u\{([0-9a-f]+)\}", lambda m: f"\\U{int(m.group(1), 16):08x}", ranges)
    as_python = re.sub(r"\\\\u([0-9a-f]{4})", lambda m: chr(int(m.group(1), 16)), as_python)
    as_python = re.sub(r"\\U([0-9a-f]{8})", lambda m: chr(int(m.group(1), 16)), as_python)
    assert as_python == HAN


@pytest.mark.parametrize(("option", "pairs"), [(True, True), ("0", False), (False, False)])
def test_the_option_gives_back_sphinx_s_own_index(option, pairs: bool) -> None:
    language = SearchChineseNgrams({"wenxian_ngrams": option} if option is not True else {})
    words = language.split("新质生产力 productivity")
    assert ("质生" in words) is pairs
    assert "productivity" in words
    assert language.word_filter("质") is pairs
    assert not language.word_filter("a")
    assert bool(language.js_splitter_code) is pairs


def test_the_index_is_written_as_utf8_and_read_back() -> None:
    from wenxian.search.sphinx import Utf8JavaScriptIndex

    index = Utf8JavaScriptIndex()
    text = index.dumps({"terms": {"新质": 0, "b": [1, 2]}, "a": "x"})
    assert text == 'Search.setIndex({"a":"x","terms":{"b":[1,2],"新质":0}})'
    assert index.loads(text) == {"terms": {"新质": 0, "b": [1, 2]}, "a": "x"}


def test_chinese_terms_are_not_stemmed_latin_ones_are() -> None:
    language = SearchChineseNgrams({})
    assert language.stem("生产") == "生产"
    assert language.stem("productivity") == "product"
