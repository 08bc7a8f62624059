"""The search index in shards, for results shown in place on every page.

Sphinx's ``searchindex.js`` is one file the browser reads whole: 1.5 MB for a
site of 100 articles, about 0.1 s to download and run on this machine, and the
theme loaded it in the ``<head>`` of every page. The in-place search
(``inplace.js``) reads instead, from ``searchindex/`` beside it:

- ``base.js``: what every query needs — the pages' names, files and titles,
  the headings (``alltitles``) and the number of shards;
- ``NN.js`` (``00`` … ``SHARDS - 1``): the terms (and title terms) whose first
  character's code point is ``NN`` modulo :data:`SHARDS`, Chinese single
  characters and pairs (the only Chinese terms a query asks for: see
  :mod:`wenxian.search.language`); ``latin.js``: every other term (Latin
  words, numbers), together, because Sphinx's search matches a Latin word
  inside longer ones.

A query loads the base once and the shards of its terms (a phrase of four
characters: at most three shards), each cached by the browser. jieba's words
stay in ``searchindex.js`` (the search page and other tools read it) and are
left out of the shards: no query asks for them.

The shards are cut from the ``searchindex.js`` Sphinx has just written, at
the end of every build; each file is ``wenxianSearch.load(name, data)``, a
script (so that it loads from ``file://`` too), JSON with sorted keys:
deterministic.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

from wenxian.cjk import HAN

SHARDS = 64  # docs/search.md: the sizes and times this was chosen on
FOLDER = "searchindex"
LATIN = "latin"
BASE = "base"
BASE_KEYS = ("docnames", "filenames", "titles", "alltitles", "envversion")
PREFIX = "Search.setIndex("
SUFFIX = ")"
HAN_START = re.compile(f"[{HAN}]")


def shard_of(term: str) -> str:
    """The shard holding ``term`` (the browser computes the same: ``inplace.js``)."""
    if HAN_START.match(term):
        return f"{ord(term[0]) % SHARDS:02d}"
    return LATIN


def queried(term: str) -> bool:
    """Whether a query may ask for ``term``: a Chinese term of one or two characters, or another."""
    return not HAN_START.match(term) or len(term) <= 2


def split_index(index: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """shard name → its data (``base`` included)."""
    shards: dict[str, dict[str, Any]] = {BASE: {key: index[key] for key in BASE_KEYS if key in index}}
    shards[BASE]["shards"] = SHARDS
    for name in [f"{n:02d}" for n in range(SHARDS)] + [LATIN]:
        shards[name] = {"terms": {}, "titleterms": {}}
    for part in ("terms", "titleterms"):
        for term, files in index.get(part, {}).items():
            if queried(term):
                shards[shard_of(term)][part][term] = files
    return shards


def read_index(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    if not (text.startswith(PREFIX) and text.endswith(SUFFIX)):
        raise ValueError(f"{path}: not a Sphinx search index (Search.setIndex(…))")
    return json.loads(text[len(PREFIX) : -len(SUFFIX)])


def write_shards(outdir: Path) -> int:
    """Cut ``outdir/searchindex.js`` into ``outdir/searchindex/``; the bytes written."""
    folder = outdir / FOLDER
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    written = 0
    for name, data in split_index(read_index(outdir / "searchindex.js")).items():
        body = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        text = f"wenxianSearch.load({json.dumps(name)},{body});\n"
        (folder / f"{name}.js").write_text(text, encoding="utf-8")
        written += len(text.encode("utf-8"))
    return written
