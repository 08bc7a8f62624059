"""Session 16's sealed reference lists (tests/data/reflists/real/sealed14): well-formed, and their gold gives the text
back exactly.

The lists were labelled by a helper who never ran the list reader, the importer or the scorer on them. Nothing here
reads or scores them (no refparse reader, no ``score_part``): only the tags are checked, so that the lead's first
score (``benchmarks/reflist_score.py --part real-sealed14``) is unseen. ``--part all``, ``relabelled``,
``--leave-part-out``, the damaged parts and the CRF's training copies leave the part out until then.
"""

from __future__ import annotations

import hashlib
import re

from wenxian.refparse.labelled import FIELDS, TRAINING_DIR, parse_labelled

from tests.reflists.helpers import load_benchmark

reflist = load_benchmark("reflist_score")

FOLDER = reflist.REAL_SEALED14_DIR
# Entries per list, and the first 16 hex digits of the SHA-256 of each list's text with the tags removed: the text
# ``pdftotext`` (poppler 22.12, default options) gives for the pages the README names, form feeds removed. A change of
# the tags that changes the text fails here.
LISTS = {
    "amstex-amsppt-sample.txt": (9, "7d65d2fcad0ceecb"),
    "ghsystem-spaced-names.txt": (9, "5e3d74c2bd3f5ecc"),
    "gost2008-russian.txt": (31, "459535452d6d4bd7"),
    "juramisc-german-law.txt": (21, "a5977893b6606d41"),
    "przechlewski-wkmgr-polish.txt": (20, "864dc168afd464af"),
    "reledmac-alpha-ctan.txt": (9, "55dcbe013af56e35"),
    "thalie-french-drama.txt": (11, "9cbb022b691f1f05"),
}
# Entries with no field that is certain: juramisc's bare CTAN paths ("[10] CTAN: macros/latex/contrib/jurarsp").
UNTAGGED = {"juramisc-german-law.txt": 12}
_TAG = re.compile(r'<(/?)([a-z]+)((?:\s+[a-z]+="[^"]*")*)>')


def _tag_errors(text: str) -> list[str]:
    """What is wrong with the tags of ``text``: unknown names or attributes, ``<ref>`` not at the top level, a field
    outside an entry or inside another field, a tag closed that is not open, an empty field, an entry left open."""
    errors: list[str] = []
    stack: list[tuple[str, int]] = []
    for m in _TAG.finditer(text):
        closing, name, attrs = m.group(1) == "/", m.group(2), m.group(3)
        line = text.count("\n", 0, m.start()) + 1
        if name not in ("ref", "tr") + FIELDS:
            errors.append(f"line {line}: unknown tag <{name}>")
            continue
        if closing:
            if not stack or stack[-1][0] != name:
                errors.append(f"line {line}: </{name}> closes {stack[-1][0] if stack else 'nothing'}")
                continue
            opened = stack.pop()[1]
            if name in FIELDS and not text[opened:m.start()].strip():
                errors.append(f"line {line}: empty <{name}>")
            continue
        if attrs and not (name == "author" and re.fullmatch(r'\s+fam="[^"|]+(\|[^"|]+)*"', attrs)):
            errors.append(f"line {line}: <{name}{attrs}>")
        if name == "ref" and stack:
            errors.append(f"line {line}: <ref> inside <{stack[-1][0]}>")
        if name in FIELDS and (not stack or stack[-1][0] not in ("ref", "tr")):
            errors.append(f"line {line}: <{name}> outside an entry or inside another field")
        stack.append((name, m.end()))
    errors += [f"<{name}> never closed" for name, _ in stack]
    return errors


def test_sealed14_lists_are_well_formed_and_give_their_text_back() -> None:
    """Every file parses, its tags nest (fields inside entries, no field in a field, nothing left open), removing
    them gives the extracted text exactly (its hash), every entry but the named ones has a field, every author has
    its families in ``fam`` (the gold's convention for "Family, Given", names given first and corporate authors),
    and every file has its README row with its entry count."""
    paths = sorted(FOLDER.glob("*.txt"))
    assert {path.name for path in paths} == set(LISTS)
    readme = (FOLDER.parent / "README.md").read_text(encoding="utf-8")
    total = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert _tag_errors(text) == [], path.name
        labelled = parse_labelled(text, path.name)
        plain = re.sub(r'</?(?:ref|tr|%s)(?:\s+fam="[^"]*")?>' % "|".join(FIELDS), "", text)
        assert labelled.raw == plain and "<" + "ref" not in plain and "</" not in plain
        count, digest = LISTS[path.name]
        assert len(labelled.entries) == count, path.name
        assert hashlib.sha256(plain.encode("utf-8")).hexdigest()[:16] == digest, path.name
        assert "\f" not in plain
        assert sum(not entry.spans for entry in labelled.entries) == UNTAGGED.get(path.name, 0), path.name
        for entry in labelled.entries:
            assert labelled.raw[entry.start:entry.end].strip(), path.name
            for span in entry.spans:
                assert entry.start <= span.start < span.end <= entry.end
                assert span.name != "author" or span.fam, (path.name, labelled.raw[span.start:span.end])
        assert f"| {FOLDER.name} | `{path.name}` | {count} |" in readme, path.name
        total += count
    assert total == 110


def test_sealed14_is_sealed() -> None:
    """The part is named (``--part real-sealed14``) and sealed: out of ``all``, of the CRF's training copies and of
    the parts it is trained or scored on without it, and of the damaged parts."""
    assert "real-sealed14" in reflist.SEALED_PARTS
    assert "real-sealed14" not in reflist.TRAINED_PARTS + reflist.UNTRAINED_PARTS
    assert all(FOLDER not in folders for folders in reflist.PDF_PERTURBED_PARTS.values())
    assert all(FOLDER not in folders for folders in reflist.PERTURBED_PARTS.values())
    assert not set(LISTS) & {path.name for path in (TRAINING_DIR / "real").glob("*.txt")}
    assert not set(LISTS) & {path.name for path in TRAINING_DIR.rglob("*.txt")}


def test_tag_errors_are_found() -> None:
    """The check above finds what it looks for (on lines written for it, none of the part's)."""
    assert _tag_errors("<ref>[1] <author>A. Name</author>, <title>T</title>.</ref>") == []
    assert _tag_errors("<ref><title>T</ref></title>")
    assert _tag_errors("<title>T</title>")
    assert _tag_errors("<ref><title>T<year>1999</year></title></ref>")
    assert _tag_errors("<ref><year></year></ref>")
    assert _tag_errors("<ref><titel>T</titel></ref>")
    assert _tag_errors("<ref><title fam=\"A\">T</title></ref>")
    assert _tag_errors("<ref><title>T</title>")
