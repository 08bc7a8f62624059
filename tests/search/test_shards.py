"""The search index cut into shards for the in-place search (wenxian.search.shards).

The browser half (wenxian-inplace.js, which shard a term is in, what a query
fetches) runs in tests/browser/test_bundled_sites.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wenxian.search.shards import BASE, LATIN, SHARDS, read_index, shard_of, split_index, write_shards

INDEX = {
    "docnames": ["article", "index"],
    "filenames": ["article.md", "index.md"],
    "titles": ["新质生产力", "文章"],
    "alltitles": {"新质生产力": [[0, None]]},
    "envversion": {"sphinx": 65},
    "indexentries": {},
    "objects": {},
    "objnames": {},
    "objtypes": {},
    "terms": {"新": 0, "新质": 0, "质生": 0, "新质生产力": 0, "productivity": [0, 1], "2024": 0, "𠀀": 1},
    "titleterms": {"新质": 0, "文": 1},
}


def test_every_term_a_query_asks_for_is_in_the_one_shard_its_first_character_names() -> None:
    shards = split_index(INDEX)
    assert set(shards) == {BASE, LATIN} | {f"{n:02d}" for n in range(SHARDS)}
    assert shards[BASE] == {"docnames": INDEX["docnames"], "filenames": INDEX["filenames"], "titles": INDEX["titles"],
                            "alltitles": INDEX["alltitles"], "envversion": INDEX["envversion"], "shards": SHARDS}
    found = {(part, term): name for name, data in shards.items() if name != BASE
             for part in ("terms", "titleterms") for term in data[part]}
    assert found == {
        ("terms", "新"): shard_of("新"), ("terms", "新质"): shard_of("新"), ("terms", "质生"): shard_of("质"),
        ("terms", "productivity"): LATIN, ("terms", "2024"): LATIN, ("terms", "𠀀"): f"{0x20000 % SHARDS:02d}",
        ("titleterms", "新质"): shard_of("新"), ("titleterms", "文"): shard_of("文"),
    }  # jieba's 新质生产力 is left out: a query asks for characters and pairs only
    assert shard_of("新") == f"{ord('新') % SHARDS:02d}"


def test_the_shards_are_scripts_written_the_same_every_time(tmp_path: Path) -> None:
    (tmp_path / "searchindex.js").write_text("Search.setIndex(" + json.dumps(INDEX, ensure_ascii=False) + ")",
                                             encoding="utf-8")
    assert read_index(tmp_path / "searchindex.js") == INDEX
    written = write_shards(tmp_path)
    first = {p.name: p.read_bytes() for p in (tmp_path / "searchindex").iterdir()}
    assert written == sum(len(b) for b in first.values()) and len(first) == SHARDS + 2
    base = first["base.js"].decode("utf-8")
    assert base.startswith('wenxianSearch.load("base",{') and base.endswith("});\n")
    (tmp_path / "searchindex" / "stale.js").write_text("", encoding="utf-8")  # from an earlier build
    write_shards(tmp_path)
    assert {p.name: p.read_bytes() for p in (tmp_path / "searchindex").iterdir()} == first


def test_an_index_of_another_format_is_refused_with_its_name(tmp_path: Path) -> None:
    (tmp_path / "searchindex.js").write_text("Search.loadIndex({})", encoding="utf-8")
    with pytest.raises(ValueError, match="searchindex.js"):
        write_shards(tmp_path)
