"""Conversions remembered between builds.

Cutting text into words (jieba) costs more than the rest of the conversion
together, and loading jieba costs as much again; yet a rebuild converts the
same paragraphs as the build before. The converter's memo
(:attr:`wenxian.script.convert.Converter.memo`) is kept in the build's cache
folder, one file per variant, named by a fingerprint of everything a
conversion depends on: the policy, the phrase table, the data files of
:mod:`wenxian.script`, the code that converts, and the OpenCC and jieba
versions. A change to any of them names another file, so a remembered
conversion is always the one the code would make now: the output is the same
byte for byte with or without the file.

The strings a build used are written back, and with them, for a few builds,
the remembered ones it did not use: an HTML and a PDF build of the same variant
share the file and each needs strings the other does not (the PDF's
bibliography, the site's interface), and an incremental build converts only the
documents it reads again. A string unused for :data:`KEEP_UNUSED` builds in a
row is dropped, so the file does not grow with every edit.
"""

from __future__ import annotations

import hashlib
import json
from importlib.metadata import version
from pathlib import Path

from wenxian.errors import WenxianError
from wenxian.fsutil import atomic_write_text
from wenxian.script.convert import Converter

HERE = Path(__file__).parent
FORMAT = 2  # rows: [configuration, text, conversion, builds since last used]
KEEP_UNUSED = 3  # builds a remembered string survives without being used


def fingerprint(converter: Converter) -> str:
    """A digest of everything a conversion by ``converter`` depends on."""
    digest = hashlib.sha256(f"{FORMAT}:{version('opencc')}:{version('jieba')}".encode())
    digest.update(repr(converter.policy).encode())
    digest.update(repr(sorted(converter.table.entries.items())).encode())
    for path in sorted([*HERE.glob("*.py"), *(HERE / "data").glob("*.tsv")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def memo_path(cache_dir: Path, converter: Converter) -> Path:
    return Path(cache_dir) / f"conversions-{converter.policy.name}-{fingerprint(converter)}.json"


def load(converter: Converter, cache_dir: Path) -> int:
    """Read the remembered conversions into ``converter``; how many (0: none, or unreadable)."""
    try:
        rows = json.loads(memo_path(cache_dir, converter).read_text(encoding="utf-8"))
        entries = {(config, text): (out, int(age)) for config, text, out, age in rows}
    except (OSError, ValueError, TypeError):
        return 0  # no file yet, or a damaged one: the conversions are made again
    for key, (out, age) in entries.items():
        converter.memo.setdefault(key, out)
        converter.unused_for.setdefault(key, age)
    return len(entries)


def save(converter: Converter, cache_dir: Path) -> Path | None:
    """Write the conversions this build used, and the remembered ones it did not
    use for fewer than :data:`KEEP_UNUSED` builds; None when nothing changed."""
    rows = [[config, text, converter.memo[(config, text)], 0] for config, text in converter.used]
    for key, age in converter.unused_for.items():
        if key not in converter.used and age + 1 < KEEP_UNUSED and key in converter.memo:
            rows.append([*key, converter.memo[key], age + 1])
    rows.sort()
    path = memo_path(cache_dir, converter)
    text = json.dumps(rows, ensure_ascii=False, indent=0) + "\n"
    try:
        if path.is_file() and path.read_text(encoding="utf-8") == text:
            return None
        atomic_write_text(path, text, overwrite=True)
    except (OSError, WenxianError):  # a cache: a folder that cannot be written never fails a build
        return None
    return path
