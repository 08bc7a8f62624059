"""Which characters are Simplified-only, by OpenCC's own dictionary.

A character is Simplified-only when OpenCC's Simplified → Traditional
character dictionary (``STCharacters``) maps it only to other characters and
no entry lists it as a Traditional form. So 发 (→ 發 髮) is Simplified-only;
后 (→ 後 后), 干 (→ 幹 乾 干) and 只 (→ 只 隻 祇) are not, since Traditional
text uses them too; so are the regional standard forms (Taiwan's 群, where
OpenCC's Traditional has 羣). The dictionaries ship inside the ``opencc``
package as binary ``.ocd2`` files; its own ``opencc_dict`` tool dumps them as
text.
"""

from __future__ import annotations

import subprocess
import tempfile
from functools import lru_cache
from pathlib import Path

import opencc

CLIB = Path(opencc.__file__).parent / "clib"
REGIONAL_VARIANTS = ("TWVariants", "HKVariants")


def _dump_dictionary(name: str) -> str:
    source = CLIB / "share" / "opencc" / f"{name}.ocd2"
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / f"{name}.txt"
        subprocess.run(
            [str(CLIB / "bin" / "opencc_dict"), "-i", str(source), "-o", str(target), "-f", "ocd2", "-t", "text"],
            check=True,
            capture_output=True,
        )
        return target.read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def simplified_only() -> frozenset[str]:
    """The Simplified-only characters."""
    keys: set[str] = set()
    traditional: set[str] = set()
    for line in _dump_dictionary("STCharacters").splitlines():
        key, _, values = line.partition("\t")
        candidates = values.split()
        traditional.update(candidates)
        if key not in candidates:
            keys.add(key)
    # Regional standard forms (Taiwan 群 for OpenCC's 羣) are Traditional too.
    for name in REGIONAL_VARIANTS:
        for line in _dump_dictionary(name).splitlines():
            traditional.update(line.partition("\t")[2].split())
    return frozenset(keys - traditional)
