"""jieba's dictionary in a variant's script, for the search index.

Sphinx indexes Chinese with jieba, whose dictionary is Simplified: without
help it cuts Traditional text into single characters, and 生產力 is not
found. The words whose conversion differs are written, converted, to a user
dictionary that Sphinx loads (``html_search_options["dict"]``). Converting
the 349,000 words takes a while, so the result is cached in the build folder,
named by a hash of everything it depends on (the dictionary, the policy, the
phrase table, the OpenCC version).
"""

from __future__ import annotations

import hashlib
from importlib.metadata import version
from pathlib import Path

import jieba

from wenxian.fsutil import atomic_write_text
from wenxian.script.convert import Converter


def jieba_dictionary() -> Path:
    return Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME


def cache_key(converter: Converter, source: bytes) -> str:
    digest = hashlib.sha256(source)
    digest.update(repr(converter.policy).encode())
    digest.update(repr(sorted(converter.table.entries.items())).encode())
    digest.update(version("opencc").encode())
    digest.update(version("jieba").encode())
    return digest.hexdigest()[:16]


def convert_dictionary(text: str, converter: Converter) -> str:
    """The lines of a jieba dictionary whose word changes, with the word converted."""
    entries = [line.split(" ") for line in text.splitlines() if line.strip()]
    words = "\n".join(entry[0] for entry in entries)
    policy = converter.policy
    out: dict[str, str] = {}
    for config in filter(None, (policy.characters, policy.phrases)):
        converted = converter._convert_plain(words, config, segment=False).split("\n")  # word by word
        for entry, new in zip(entries, converted, strict=True):
            if new != entry[0] and new not in out:
                out[new] = " ".join([new, *entry[1:]])
    return "".join(line + "\n" for line in out.values())


def converted_dictionary(cache_dir: Path, converter: Converter) -> Path:
    """The cached converted dictionary for ``converter``'s variant (made if missing)."""
    source = jieba_dictionary().read_bytes()
    path = cache_dir / f"jieba-{converter.policy.name}-{cache_key(converter, source)}.txt"
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, convert_dictionary(source.decode("utf-8"), converter))
    return path
