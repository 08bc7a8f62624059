"""Score the importer on the import corpus (``make import-score``).

For every text in ``data/<split>/<article>/<layout>.<extractor>.txt`` the
importer's article is compared with the gold structure beside it — and so is
the PDF reader's article from ``<layout>.pdf`` itself, as the extractor
"(pdf)" — and one row per split, extractor and layout is printed:

- title / authors: documents whose title / author list was found exactly;
- fields: share of the gold front-matter fields (abstract, key words,
  affiliations, the English title and abstract, the journal's name, year,
  volume, issue and labelled fields) found with the right value;
- heading F1, paragraph F1: blocks compared as whole texts (spaces,
  citation marks and full/half-width differences ignored);
- cite seq: documents whose sequence of cited numbers is exactly the gold one;
- captions: figure and table captions found as captions (kind and text: "表 1 … Table 1 …"),
  of those printed (the order is not scored: a float lands where the page lets it);
- leaks: running headers, first-page footnotes, and the cells of tables and labels of
  figures found in the body;
- refused: texts the importer refused (or crashed on).

``--leaks`` counts the leaks apart by kind (:data:`LEAK_KINDS`) per route (``--by-layout``: per
extractor and layout); ``--skip a,b`` leaves articles out (a check set kept apart from tuning).
``--show GLOB`` prints what went wrong in chosen dev texts, ``--causes GLOB`` counts why their
paragraphs went wrong (interleaved columns, cut, joined, cells, foreign text).

The bundled article (``source/raw/article.txt``) is one more row, against
``data/dev/bundled-raw/article.gold.json``. The ``heldout`` split is only
scored, never used to tune the importer.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DATA = HERE / "data"
# --package DIR scores another copy of the package (say, the one before a change).
_package = sys.argv[sys.argv.index("--package") + 1] if "--package" in sys.argv else str(ROOT / "build_tools")
sys.path.insert(0, _package)

from wenxian.errors import WenxianError  # noqa: E402
from wenxian.importer import read_article  # noqa: E402
from wenxian.model import Article, Caption, Heading, Paragraph  # noqa: E402

_MARK = re.compile(
    r"[\[［]\s*\d[\d\s,，、\-–—~]*[\]］](?:\s*[-–—~]\s*[\[［]\s*\d+\s*[\]］])?(?:\d+(?:[-–—]\d+)?)?"
)
# A footnote's circled mark (①): markup, as a citation mark is — the gold keeps it as printed, the
# importer makes it a footnote reference (no text) once it has paired it with its note (round 11a;
# the PDF reader did so before, and its paragraph holding a mark counted as missed).
_NOTE_MARK = re.compile("[\u2460-\u2473]")
# "[12]-[14]" is one mark citing 12 to 14, as "[12-14]" is.
_NUMBERS = re.compile(r"[\[［]\s*(\d[\d\s,，、\-–—~]*)[\]］](?:\s*[-–—~]\s*[\[［]\s*(\d+)\s*[\]］])?")
_SPACE = re.compile(r"\s+")
# Printed in every layout of the corpus (the page range is not: only page numbers are).
JOURNAL_KEYS = (
    "received", "funding", "author_bio", "clc", "document_code", "article_id", "doi", "name", "year", "volume", "issue",
)


# XeLaTeX prints the source's ' as ’ (TeX ligatures), so the printed text the importer
# reads has ’ where the gold, made from the source, has ': the same character to the scorer.
_APOSTROPHE = str.maketrans({"’": "'"})


def norm(text: str) -> str:
    """Text as compared: NFKC, no citation or footnote marks, no white space, ’ as '."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", _NOTE_MARK.sub("", _MARK.sub("", text)))).translate(_APOSTROPHE)


def cited(text: str, count: int | None = None) -> list[int]:
    """The numbers a gold paragraph cites ("[0, 1]" in a formula is no citation, nor a number
    beyond the list's ``count`` entries: "国办发[2021]11号" is a document's number)."""
    out: list[int] = []
    for match in _NUMBERS.finditer(text):
        if text[: match.start()].rstrip()[-1:] in ("∈", "="):
            continue
        numbers: list[int] = []
        body = match[1] if match[2] is None else f"{match[1]}-{match[2]}"
        for part in re.split(r"[,，、]", body):
            ends = [int(x) for x in re.split(r"[-–—~]", part.strip()) if x.strip()]
            numbers.extend(range(ends[0], ends[-1] + 1) if len(ends) == 2 else ends)
        if 0 not in numbers and (count is None or all(n <= count for n in numbers)):
            out.extend(numbers)
    return out


def f1(found: list[str], gold: list[str]) -> float:
    if not found and not gold:
        return 1.0
    hit = sum((Counter(found) & Counter(gold)).values())
    if not hit:
        return 0.0
    precision, recall = hit / len(found), hit / len(gold)
    return 2 * precision * recall / (precision + recall)


@dataclass
class Row:
    docs: int = 0
    title: int = 0
    title_due: int = 0
    authors: int = 0
    authors_due: int = 0
    fields: list[float] = field(default_factory=list)
    headings: list[float] = field(default_factory=list)
    paragraphs: list[float] = field(default_factory=list)
    cites: int = 0
    captions: int = 0
    captions_due: int = 0
    leaks: int = 0
    cell_leaks: int = 0  # of ``leaks``: cells of tables and labels of figures
    refused: int = 0
    leak_kinds: Counter = field(default_factory=Counter)  # ``leaks`` by :func:`leak_kind`


def gold_fields(gold: dict) -> dict[str, str]:
    out = {f"journal.{k}": v for k, v in gold.get("journal", {}).items() if k in JOURNAL_KEYS}
    for key in ("abstract",):
        if gold.get(key):
            out[key] = gold[key]
    if gold.get("keywords"):
        out["keywords"] = "|".join(gold["keywords"])
    if gold.get("affiliations"):
        out["affiliations"] = "|".join(gold["affiliations"])
    english = gold.get("english") or {}
    for key in ("title", "abstract"):
        if english.get(key):
            out[f"english.{key}"] = english[key]
    return out


def found_fields(article: Article) -> dict[str, str]:
    meta = article.meta
    out = {f"journal.{k}": v for k, v in meta.journal.items()}
    out.update(
        {
            "abstract": meta.abstract or "",
            "keywords": "|".join(meta.keywords),
            "affiliations": "|".join(getattr(meta, "affiliations", [])),
            "english.title": meta.en_title or "",
            "english.abstract": meta.en_abstract or "",
        }
    )
    return out


def gold_captions(gold: dict) -> list[tuple[str, str]]:
    return [(b["caption"], norm(b["text"])) for b in gold["blocks"] if "caption" in b]


def found_captions(article: Article) -> list[tuple[str, str]]:
    return [(b.kind, norm(b.text)) for b in article.blocks if isinstance(b, Caption)]


def score(article: Article, gold: dict, row: Row) -> None:
    row.docs += 1
    if gold.get("title"):
        row.title_due += 1
        row.title += norm(article.meta.title or "") == norm(gold["title"])
    if gold.get("authors"):
        row.authors_due += 1
        row.authors += [norm(a) for a in article.meta.authors] == [norm(a) for a in gold["authors"]]
    want = gold_fields(gold)
    have = found_fields(article)
    if want:
        row.fields.append(sum(norm(have.get(k, "")) == norm(v) for k, v in want.items()) / len(want))
    gold_heads = [norm(b["text"]) for b in gold["blocks"] if "heading" in b]
    gold_paras = [norm(b["paragraph"]) for b in gold["blocks"] if "paragraph" in b]
    heads = [norm(b.text) for b in article.blocks if isinstance(b, Heading)]
    paras = [norm(b.plain_text()) for b in article.blocks if isinstance(b, Paragraph)]
    row.headings.append(f1(heads, gold_heads))
    row.paragraphs.append(f1(paras, gold_paras))
    want_cites = [n for b in gold["blocks"] if "paragraph" in b for n in cited(b["paragraph"], gold.get("references"))]
    have_cites = [item.number for c in article.citations() for item in c.items]
    row.cites += have_cites == want_cites
    want_captions = gold_captions(gold)
    row.captions_due += len(want_captions)
    row.captions += sum((Counter(found_captions(article)) & Counter(want_captions)).values())
    body = "".join(heads + paras)
    leaked = [leak for leak in gold.get("leaks", []) if norm(leak)[:10] in body]
    row.leaks += len(leaked)
    row.cell_leaks += sum(leak in gold.get("cells", []) for leak in leaked)
    row.leak_kinds.update(leak_kind(leak, gold) for leak in leaked)


# The kinds of leak ``--leaks`` counts apart (session 15), as generate.leaks() lists them: the odd
# pages' running head (authors：title), the even pages' (journal, date, volume, issue), the first
# page's footnote by its field, a paragraph's own note (①), a table's cell or a figure's label.
LEAK_KINDS = ("odd head", "even head", "收稿日期", "基金项目", "作者简介", "通信作者", "note ①", "cell")


def leak_kind(leak: str, gold: dict) -> str:
    """Which of :data:`LEAK_KINDS` a gold ``leaks`` entry is."""
    if leak in gold.get("cells", []):
        return "cell"
    at = gold["leaks"].index(leak)
    if at < 2:
        return ("odd head", "even head")[at]
    label = leak.split("：")[0]
    return label if label in LEAK_KINDS else "note ①"


def import_text(path: Path) -> Article | None:
    try:
        if path.suffix == ".pdf":
            from wenxian.pdfreader import read_pdf

            return read_pdf(path).article
        return read_article(path.read_bytes(), file=path)
    except WenxianError:
        return None
    except Exception:  # a crash is a refusal too, and must be seen
        return None


def collect_other(texts: Path, extractor: str, splits: list[str], articles: str = "*") -> dict[tuple[str, str, str], Row]:
    """Rows for the texts another extractor made from the corpus PDFs: ``texts/<article>/<layout>.<extractor>.txt``
    (one per PDF, e.g. from PyMuPDF, which the corpus does not run: it is AGPL), scored against the same gold."""
    rows: dict[tuple[str, str, str], Row] = defaultdict(Row)
    for split in splits:
        for gold_path in sorted((DATA / split).glob(f"{articles}/*.gold.json")):
            layout = gold_path.name.removesuffix(".gold.json")
            text = texts / gold_path.parent.name / f"{layout}.{extractor}.txt"
            if not text.is_file():
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            score_text(text, gold, rows[(split, extractor, layout)])
    return rows


def score_text(text: Path, gold: dict, row: Row) -> None:
    """Import one text (or PDF) and add its score to ``row``; a refusal counts as a miss everywhere."""
    article = import_text(text)
    if article is None:
        missed(gold, row)
    else:
        score(article, gold, row)


def missed(gold: dict, row: Row) -> None:
    """A text refused: nothing found, every measure counts it as a miss."""
    row.docs += 1
    row.refused += 1
    row.title_due += bool(gold.get("title"))
    row.captions_due += len(gold_captions(gold))
    row.authors_due += bool(gold.get("authors"))
    if gold_fields(gold):
        row.fields.append(0.0)
    row.headings.append(0.0)
    row.paragraphs.append(0.0)


# Round 17e: the texts of pypdf and pdfplumber (its default text and its ``layout=True`` one) joined
# the corpus unseen — extracted from the committed PDFs, never imported: the lead scores them once
# (their unseen figure, ``score.py --extractor 'p[dy]*'`` or ``--routes``) before anyone tunes on
# them. Until then tests/importer/test_corpus.py's floors and fit.py leave them out
# (``collect(..., skip_extractors=UNSEEN)``), and their texts are only counted.
# Round 17f: pypdf's texts were scored by the lead and have floors (test_pypdf_floors).
# Round s11: pdfplumber's layout=True texts have floors too (test_pdfplumber_layout_floors).
# Session 12: pdfplumber's default texts too (test_pdfplumber_floors; two columns joined line by
# line, read by columns._streams: dev two-column paragraphs about 0.2 → 0.35). None is unseen now.
UNSEEN: tuple[str, ...] = ()
# Extractors that are a route of their own in ``--routes`` (not among the producer's "texts"): the
# Markdown-saving one (round 15f) and round 17e's Python libraries.
OWN_ROUTE = ("pymupdf4llm", "pypdf", "pdfplumber", "pdfplumber-layout")


def texts_of(gold_path: Path, extractors: str = "*", skip_extractors: tuple[str, ...] = ()) -> list[tuple[Path, str, str]]:
    """What is scored against one gold file: ``(path, extractor, layout)`` for each extractor's text
    beside it and the PDF itself (extractor ``(pdf)``), or the bundled article's raw text (``(raw)``);
    ``extractors``: a glob choosing extractors by name; ``skip_extractors``: names left out."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    if "raw" in gold:  # the bundled article's own raw text
        texts = [(ROOT / gold["raw"], "(raw)", "bundled article")]
    else:
        layout = gold_path.name.removesuffix(".gold.json")
        texts = [
            (t, t.name[len(layout) + 1 : -len(".txt")], layout)
            for t in sorted(gold_path.parent.glob(f"{layout}.*.txt"))
        ]
        pdf = gold_path.parent / f"{layout}.pdf"
        if pdf.is_file():  # the same article through the PDF reader, beside the extractors' texts
            texts.append((pdf, "(pdf)", layout))
    return [t for t in texts if fnmatch.fnmatchcase(t[1], extractors) and t[1] not in skip_extractors]


def collect(
    splits: list[str],
    articles: str = "*",
    skip: tuple[str, ...] = (),
    layouts: str = "*",
    extractors: str = "*",
    skip_extractors: tuple[str, ...] = (),
) -> dict[tuple[str, str, str], Row]:
    """The rows of ``splits``; ``articles``: a glob choosing articles by name; ``skip``: articles
    left out (never imported: a sealed held-out article, before the lead scores it); ``layouts``: a
    glob choosing layouts by name (``word-*``); ``extractors``: a glob choosing extractors by name
    (``pypdf``, ``pdfplumber*``, ``(pdf)``); ``skip_extractors``: extractors left out, never imported
    (``UNSEEN``)."""
    rows: dict[tuple[str, str, str], Row] = defaultdict(Row)
    for split in splits:
        for gold_path in sorted((DATA / split).glob(f"{articles}/{layouts}.gold.json")):
            if gold_path.parent.name in skip:
                continue
            texts = texts_of(gold_path, extractors, skip_extractors)
            if not texts:
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            for text, extractor, layout in texts:
                score_text(text, gold, rows[(split, extractor, layout)])
    return rows


def route(extractor: str, layout: str) -> str:
    """The route a row is reported under by ``--routes``: the producer of the PDF (XeLaTeX, Chromium,
    LibreOffice) and how it was read — the PDF reader, the extractors' texts before round 17e
    (pdftotext plain, ``-layout``, ``-raw``, pdfminer.six, pypdfium2, PyMuPDF) or an extractor of
    ``OWN_ROUTE`` on its own (PyMuPDF4LLM, pypdf, pdfplumber, pdfplumber ``layout=True``)."""
    if extractor == "(raw)":
        return "bundled raw text"
    producer = "Chromium" if layout.startswith("html-") else "LibreOffice" if layout.startswith("word-") else "XeLaTeX"
    if extractor == "(pdf)":
        return f"{producer} PDF reader"
    if extractor in OWN_ROUTE:
        return f"{producer} {extractor}"
    return f"{producer} texts"


def _add(total: Row, r: Row) -> None:
    for name in ("docs", "title", "title_due", "authors", "authors_due", "cites", "captions", "captions_due", "leaks", "cell_leaks", "refused"):
        setattr(total, name, getattr(total, name) + getattr(r, name))
    total.leak_kinds.update(r.leak_kinds)
    total.fields += r.fields
    total.headings += r.headings
    total.paragraphs += r.paragraphs


def routes_table(rows: dict[tuple[str, str, str], Row]) -> str:
    """One line per split and route (``route``), the rows' figures added up."""
    head = "| split | route | | docs | title | authors | fields | heading F1 | paragraph F1 | cite seq | captions | leaks | refused |"
    lines = [head, "|" + "---|" * 13]
    totals: dict[tuple[str, str], Row] = defaultdict(Row)
    for (split, extractor, layout), r in rows.items():
        _add(totals[(split, route(extractor, layout))], r)
    for (split, name), t in sorted(totals.items()):
        lines.append(_line(split, name, "", t))
    return "\n".join(lines)


def leaks_table(rows: dict[tuple[str, str, str], Row], by_layout: bool = False) -> str:
    """``--leaks``: the leaks of each split and route (``by_layout``: of each extractor and layout),
    counted apart by :func:`leak_kind`."""
    lines = ["| split | route | docs | leaks | " + " | ".join(LEAK_KINDS) + " |", "|" + "---|" * (len(LEAK_KINDS) + 4)]
    totals: dict[tuple[str, str], Row] = defaultdict(Row)
    for (split, extractor, layout), r in rows.items():
        if extractor != "(raw)":
            _add(totals[(split, f"{extractor} {layout}" if by_layout else route(extractor, layout))], r)
            _add(totals[(split, "**all typeset**")], r)
    for (split, name), t in sorted(totals.items()):
        lines.append(f"| {split} | {name} | {t.docs} | {t.leaks} | " + " | ".join(str(t.leak_kinds[k]) for k in LEAK_KINDS) + " |")
    return "\n".join(lines)


def _mean(values: list[float]) -> str:
    return f"{sum(values) / len(values):.2f}" if values else "-"


def table(rows: dict[tuple[str, str, str], Row]) -> str:
    head = "| split | extractor | layout | docs | title | authors | fields | heading F1 | paragraph F1 | cite seq | captions | leaks | refused |"
    lines = [head, "|" + "---|" * 13]
    totals: dict[str, Row] = defaultdict(Row)
    for (split, extractor, layout), r in sorted(rows.items()):
        lines.append(_line(split, extractor, layout, r))
        if extractor != "(raw)":
            _add(totals[split], r)
    for split, t in sorted(totals.items()):
        lines.append(_line(split, "**all**", "**all typeset**", t))
    return "\n".join(lines)


def _line(split: str, extractor: str, layout: str, r: Row) -> str:
    title = f"{r.title}/{r.title_due}" if r.title_due else "-"
    authors = f"{r.authors}/{r.authors_due}" if r.authors_due else "-"
    captions = f"{r.captions}/{r.captions_due}" if r.captions_due else "-"
    return (
        f"| {split} | {extractor} | {layout} | {r.docs} | {title} | {authors} | {_mean(r.fields)} | "
        f"{_mean(r.headings)} | {_mean(r.paragraphs)} | {r.cites}/{r.docs} | {captions} | {r.leaks} | {r.refused} |"
    )


def show(pattern: str) -> str:
    """What went wrong in the dev texts matching ``pattern`` (a glob under data/dev,
    e.g. ``shuzi-zhili/twocol-spaced.pdftotext``): the blocks missed and the
    blocks found that the gold has not, and the cited numbers. Dev only: the
    held-out texts are never shown."""
    out: list[str] = []
    for text in sorted(DATA.joinpath("dev").glob(pattern if pattern.endswith("*") else pattern + "*")):
        if text.suffix not in (".txt", ".pdf"):
            continue
        layout = text.name.split(".")[0]
        gold = json.loads((text.parent / f"{layout}.gold.json").read_text(encoding="utf-8"))
        article = import_text(text)
        out.append(f"== {text.relative_to(DATA)}")
        if article is None:
            out.append("refused")
            continue
        for kind, found, want in (
            ("heading", [b.text for b in article.blocks if isinstance(b, Heading)], [b["text"] for b in gold["blocks"] if "heading" in b]),
            ("paragraph", [b.plain_text() for b in article.blocks if isinstance(b, Paragraph)], [b["paragraph"] for b in gold["blocks"] if "paragraph" in b]),
        ):
            have, need = Counter(map(norm, found)), Counter(map(norm, want))
            out += [f"- {kind} missed: {w}" for w in want if need[norm(w)] > have[norm(w)]]
            out += [f"+ {kind} extra: {f}" for f in found if have[norm(f)] > need[norm(f)]]
        want = [(b["caption"], b["text"]) for b in gold["blocks"] if "caption" in b]
        found = [(b.kind, b.text) for b in article.blocks if isinstance(b, Caption)]
        have, need = Counter((k, norm(t)) for k, t in found), Counter((k, norm(t)) for k, t in want)
        out += [f"- {k} caption missed: {t}" for k, t in want if need[(k, norm(t))] > have[(k, norm(t))]]
        out += [f"+ {k} caption extra: {t}" for k, t in found if have[(k, norm(t))] > need[(k, norm(t))]]
        want_cites = [n for b in gold["blocks"] if "paragraph" in b for n in cited(b["paragraph"], gold.get("references"))]
        have_cites = [item.number for c in article.citations() for item in c.items]
        if want_cites != have_cites:
            out.append(f"cites {have_cites}, gold {want_cites}")
        have_fields = found_fields(article)
        for key, value in gold_fields(gold).items():
            if norm(have_fields.get(key, "")) != norm(value):
                out.append(f"field {key}: {have_fields.get(key, '')!r}, gold {value!r}")
        body = "".join(norm(b.text) for b in article.blocks if isinstance(b, Heading))
        body += "".join(norm(b.plain_text()) for b in article.blocks if isinstance(b, Paragraph))
        out += [f"leak: {leak}" for leak in gold.get("leaks", []) if norm(leak)[:10] in body]
    return "\n".join(out)


# Why a paragraph the importer found is not the gold's (``--causes``, round 17d). Its text is
# covered, left to right, by the longest pieces of the gold's paragraphs (run together in order);
# a piece shorter than ``CAUSE_PIECE`` characters covers nothing.
CAUSE_PIECE = 6
CAUSES = (
    "interleaved",  # pieces of the gold out of their order: the columns' lines mixed, a column resumed elsewhere
    "cut",  # one piece of one gold paragraph: a break where the gold has none
    "joined",  # gold paragraphs one after the other: a paragraph's end undetected
    "cells",  # text no paragraph holds, with a table's cell or a figure's label in it
    "foreign",  # other text no paragraph holds: a reference entry, a note, a caption, a running head
)


def _longest_piece(text: str, start: int, whole: str) -> int:
    """The length of the longest prefix of ``text[start:]`` found in ``whole``."""
    low, high = 0, len(text) - start
    while low < high:  # (a prefix found has every shorter prefix found)
        mid = (low + high + 1) // 2
        if text[start : start + mid] in whole:
            low = mid
        else:
            high = mid - 1
    return low


def cause(found: str, gold: list[str], cells: list[str] = ()) -> str:
    """Why ``found`` (a paragraph's text, normalised as :func:`norm` does) is none of the ``gold``
    paragraphs (normalised): one of :data:`CAUSES`."""
    whole = "".join(gold)
    starts, at = [], 0
    for paragraph in gold:
        starts.append(at)
        at += len(paragraph)
    pieces, uncovered, i = [], 0, 0
    while i < len(found):
        length = _longest_piece(found, i, whole)
        if length < CAUSE_PIECE:
            uncovered, i = uncovered + 1, i + 1
        else:
            pieces.append((whole.find(found[i : i + length]), length))
            i += length
    if uncovered > CAUSE_PIECE + 2 or not pieces:
        return "cells" if any(len(c) >= 2 and c[:CAUSE_PIECE] in found for c in cells) else "foreign"
    if any(a + n != b for (a, n), (b, _) in zip(pieces, pieces[1:])):
        return "interleaved"
    first, last = pieces[0][0], pieces[-1][0] + pieces[-1][1] - 1
    paragraph = lambda at: max(k for k, start in enumerate(starts) if start <= at)  # noqa: E731
    return "joined" if paragraph(first) != paragraph(last) else "cut"


def causes(pattern: str) -> str:
    """Counts of :func:`cause` over the paragraphs found in the dev texts matching ``pattern`` that the
    gold has not, per extractor and layout (dev only, as ``--show``)."""
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for text in sorted(DATA.joinpath("dev").glob(pattern if pattern.endswith("*") else pattern + "*")):
        if text.suffix not in (".txt", ".pdf"):
            continue
        layout = text.name.split(".")[0]
        gold = json.loads((text.parent / f"{layout}.gold.json").read_text(encoding="utf-8"))
        article = import_text(text)
        if article is None or "raw" in gold:
            continue
        want = [norm(b["paragraph"]) for b in gold["blocks"] if "paragraph" in b]
        cells = [norm(c) for c in gold.get("cells", [])]
        have = [norm(b.plain_text()) for b in article.blocks if isinstance(b, Paragraph)]
        extra = Counter(have) - Counter(want)
        key = ("(pdf)" if text.suffix == ".pdf" else text.name[len(layout) + 1 : -len(".txt")], layout)
        for paragraph, n in extra.items():
            counts[key][cause(paragraph, want, cells)] += n
    lines = ["| extractor | layout | " + " | ".join(CAUSES) + " |", "|" + "---|" * (len(CAUSES) + 2)]
    for (extractor, layout), c in sorted(counts.items()):
        lines.append(f"| {extractor} | {layout} | " + " | ".join(str(c[k]) for k in CAUSES) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="all")
    parser.add_argument("--article", default="*", metavar="GLOB", help="score only the articles matching GLOB (e.g. shilaohua)")
    parser.add_argument("--layout", default="*", metavar="GLOB", help="score only the layouts matching GLOB (e.g. 'word-*')")
    parser.add_argument("--skip", default="", metavar="NAMES",
                        help="leave out the articles named (comma-separated), e.g. a check set kept apart from tuning")
    parser.add_argument("--package", metavar="DIR", help="the folder holding the wenxian package to score")
    parser.add_argument("--show", metavar="GLOB", help="print what went wrong in the dev texts matching GLOB")
    parser.add_argument("--causes", metavar="GLOB",
                        help="count why the paragraphs found in the dev texts matching GLOB are not the gold's")
    parser.add_argument("--texts", metavar="DIR", type=Path,
                        help="score another extractor's texts of the corpus PDFs instead: DIR/<article>/<layout>.<NAME>.txt")
    parser.add_argument("--extractor", metavar="GLOB",
                        help="score only the texts of the extractors matching GLOB (e.g. pypdf, 'pdfplumber*', '(pdf)'); "
                             "with --texts: the other extractor's name (default 'other')")
    parser.add_argument("--routes", action="store_true",
                        help="print one line per split and route (producer × PDF reader / texts / an extractor of its own) "
                             "instead of one per extractor and layout")
    parser.add_argument("--leaks", action="store_true",
                        help="print the leaks by kind (running heads, the first page's note by field, a paragraph's "
                             "note, cells): one line per split and route, or per extractor and layout with --by-layout")
    parser.add_argument("--by-layout", action="store_true", help="with --leaks: one line per extractor and layout")
    args = parser.parse_args(argv)
    if args.show:
        print(show(args.show))
        return 0
    if args.causes:
        print(causes(args.causes))
        return 0
    splits = ["dev", "heldout"] if args.split == "all" else [args.split]
    if args.texts:
        print(table(collect_other(args.texts, args.extractor or "other", splits, args.article)))
        return 0
    skip = tuple(name for name in args.skip.split(",") if name)
    rows = collect(splits, args.article, skip, layouts=args.layout, extractors=args.extractor or "*")
    if args.leaks:
        print(leaks_table(rows, args.by_layout))
        if not args.routes:
            return 0
    print(routes_table(rows) if args.routes else table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
