"""Write build_tools/wenxian/importer/data/radicals.txt: each CJK radical (Kangxi Radicals,
U+2F00–2FDF, and CJK Radicals Supplement, U+2E80–2EFF) beside the unified ideograph Unicode
names as its equivalent (the Equivalent_Unified_Ideograph property, UAX #44), from the Unicode
Character Database's ``EquivalentUnifiedIdeograph.txt`` as Debian's ``unicode-data`` package
ships it (``/usr/share/unicode/``; its licence from ``/usr/share/doc/unicode-data/copyright``).
Python's ``unicodedata`` lacks the property, and NFKC maps the Kangxi radicals only (216 of the
328). Run once when the Unicode data change; wenxian does not need the Debian package at run
time (``apt-get install unicode-data`` first, or pass the file's path).

One more column, from OpenCC (a dependency of wenxian): the radical's form in a Simplified
Chinese text, where its ideograph is a traditional form whose simplified form no radical stands
for — a Simplified font draws both with one glyph, so a PDF made with it gives the radical for
the simplified character (⼾ for 户: Unicode names 戶). Only ⼾ is so (Unicode 15.0).

Run: ``.venv/bin/python scripts/make_radicals.py [EquivalentUnifiedIdeograph.txt]``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build_tools" / "wenxian" / "importer" / "data" / "radicals.txt"
SOURCE = Path("/usr/share/unicode/EquivalentUnifiedIdeograph.txt")
COPYRIGHT = Path("/usr/share/doc/unicode-data/copyright")
BLOCKS = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF))  # CJK Radicals Supplement, Kangxi Radicals (not the CJK Strokes)
_LINE = re.compile(r"^([0-9A-F]{4,6})(?:\.\.([0-9A-F]{4,6}))?\s*;\s*([0-9A-F]{4,6})\s*#\s*(?:\[\d+\]\s*)?(.*)$")


def mappings(text: str) -> list[tuple[int, int, str]]:
    """(radical, ideograph, Unicode's name of the radical) for the radicals of ``BLOCKS``."""
    out = []
    for line in text.splitlines():
        match = _LINE.match(line.strip())
        if not match:
            continue
        first = int(match[1], 16)
        last = int(match[2], 16) if match[2] else first
        names = match[4].split("..")
        for code in range(first, last + 1):
            if any(lo <= code <= hi for lo, hi in BLOCKS):
                name = names[0] if code == first else names[-1] if code == last else ""
                out.append((code, int(match[3], 16), name.strip()))
    return out


def permission_notice(copyright_text: str) -> list[str]:
    """The Unicode permission notice, as Debian's copyright file gives it."""
    lines = copyright_text.splitlines()
    start = next(k for k, line in enumerate(lines) if "COPYRIGHT AND PERMISSION NOTICE" in line)
    end = next(k for k, line in enumerate(lines) if k > start and "authorization of the copyright holder" in line)
    return [line.strip() for line in lines[start : end + 1]]


def simplified_forms(found: list[tuple[int, int, str]]) -> dict[int, str]:
    """Radical → the simplified form of its ideograph, where no radical stands for that form."""
    import opencc

    t2s = opencc.OpenCC("t2s")
    targets = {chr(target) for _, target, _ in found}
    out = {}
    for code, target, _ in found:
        simple = t2s.convert(chr(target))
        if simple != chr(target) and simple not in targets:
            out[code] = simple
    return out


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    text = source.read_text(encoding="utf-8")
    header = [line for line in text.splitlines()[:5] if line.startswith("#")]
    out = [
        "# CJK radicals → their equivalent unified ideographs (wenxian.importer.glyphs.fold_radicals).",
        "# Made by scripts/make_radicals.py from the Unicode Character Database:",
        *header[:3],
        "# MODIFIED by wenxian: only the Kangxi Radicals and CJK Radicals Supplement blocks are kept,",
        "# one radical a line (ranges written out): radical code, ideograph code, the code of its form in a",
        "# Simplified Chinese text where that differs (else -; from OpenCC t2s, see the script), the",
        "# characters, Unicode's name of the radical.",
        "#",
        *("# " + line if line else "#" for line in permission_notice(COPYRIGHT.read_text(encoding="utf-8"))),
        "#",
    ]
    found = mappings(text)
    simple = simplified_forms(found)
    for code, target, name in found:
        form = simple.get(code)
        out.append(f"{code:04X}\t{target:04X}\t{ord(form) if form else 0:04X}\t{chr(code)}\t{chr(target)}\t{form or '-'}\t{name}"
                   .replace("\t0000\t", "\t-\t"))
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(out) - len([line for line in out if line.startswith('#')])} radicals")


if __name__ == "__main__":
    main()
