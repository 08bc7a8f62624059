"""The import corpus (benchmarks/importcorpus): floors under what the importer reaches.

The scorer's figures for the whole corpus (dev and held-out, all extractors
and layouts) must not fall below these; before issue 11 they were far lower
(docs/import.md has both tables). Raise a floor when the importer improves.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCORE = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus" / "score.py"
# Round 9c's two held-out articles (yanglao-shitang, zhongxiao-heliu) were sealed until the lead
# scored them, with the code before the round's work and after it (never tuned on; the figures
# are in docs/import.md); they are in every total below since, and in dev since round 10a.


# Round 11f's layout (a 6 mm gutter) has floors of its own (test_narrow_gutter_floors); the
# floors above it are those of the four layouts before it.
NARROW = "twocol-narrow"


@pytest.fixture(scope="module")
def all_rows():
    spec = importlib.util.spec_from_file_location("importcorpus_score", SCORE)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    rows = module.collect(["dev", "heldout"])
    for (split, extractor, layout), row in rows.items():
        row.split, row.extractor, row.layout = split, extractor, layout
    return rows


@pytest.fixture(scope="module")
def totals(all_rows):
    rows = {key: row for key, row in all_rows.items() if key[2] != NARROW}
    typeset = [row for (_, extractor, _), row in rows.items() if extractor not in ("(raw)", "(pdf)")]
    raw = [row for (_, extractor, _), row in rows.items() if extractor == "(raw)"]
    pdf = [row for (_, extractor, _), row in rows.items() if extractor == "(pdf)"]
    return typeset, raw, pdf


def mean(values: list[float]) -> float:
    return sum(values) / len(values)


def furniture(rows) -> int:
    """Running-header and footnote texts in bodies (the cells of tables and figures apart)."""
    return sum(r.leaks - r.cell_leaks for r in rows)


def test_corpus_floors(totals) -> None:
    typeset, _, _ = totals
    docs = sum(r.docs for r in typeset)
    assert docs == 300  # 15 articles × 4 layouts × 5 extractors (-raw since round 9d)
    assert sum(r.refused for r in typeset) == 0
    # No running-header or footnote text in any body (before issue 11's third round: six in
    # liuyu-buchang, a letter-spaced 基 金 项 目 footnote, and eight in the fresh held-out
    # xiangcun-tushu; two held-out texts until the sixth round's speed work).
    # Round 9c's articles (never tuned on) had two, a footnote's text in a body; none since round
    # 10a (a note whose mark stands alone on its line is taken out and reported).
    # Round 10b's two articles, never tuned on: eight lines of a footnote or header in bodies.
    assert furniture(typeset) <= 8
    # Every title and author line found since issue 11's fourth round (before it, two
    # pdfminer two-column texts of xiangcun-tushu gave the affiliations before the authors).
    # Round 9d: pdftotext -raw's one-column author lines (cut after each name's marks) were
    # never found (198/220) before its work.
    assert sum(r.title for r in typeset) == 300 and sum(r.authors for r in typeset) == 300
    # Since issue 11's fifth round the scorer takes ’ (XeLaTeX's print of ') for ' and a
    # wrapped English title's tail that reads as names stays in the title. Eighth round, with
    # the fresh kehou-fuwu: 0.989. Round 9d (pdftotext -raw added): 0.9655 before its work,
    # 0.9949 after (the other extractors alone 0.9890 → 0.9947: a reference's page range no
    # longer read as the English title's start).
    # After round 9: 0.9923; round 10a: 0.9947 (a reference's DOI on a line of its own no longer
    # taken for the article's, in yanglao-shitang's one-column texts).
    assert mean([v for r in typeset for v in r.fields]) >= 0.989  # 0.9898 with round 10b's articles
    # Sixth round: 0.989 (the fresh jiating-yisheng 0.965, never tuned on). Seventh round
    # (tables and figures in three articles): 0.983 before its work, 0.986 after. Eighth
    # round (kehou-fuwu added, fresh): 0.980 before its work, 0.985 after.
    assert mean([v for r in typeset for v in r.headings]) >= 0.990  # 0.9936 in 10a, 0.9902 with 10b's articles
    # Sixth round: 0.960 → 0.964 (interleaved column lines; jiating-yisheng 0.93 without the
    # PDF route). Seventh round: the tables and figures make the corpus harder (cells glued
    # to paragraphs, paragraphs a float cut in two): 0.914 before its work, 0.925 after.
    # Eighth round (cells away from their caption, table rows beside the other column):
    # 0.918 → 0.939. Round 9d, pdftotext -raw added: 0.9216 before its work, 0.9407 after
    # (the other extractors unchanged, 0.9389).
    # After round 9 (all merged, round 9c's two articles in): 0.9555, 248 of 260 sequences.
    # Round 10a: 0.9590, 249 (the footnote above, a figure's title wrapped over two or three lines).
    # Round 10b's two articles (fresh, never tuned on) take the whole to 0.9410 and 280/300.
    assert mean([v for r in typeset for v in r.paragraphs]) >= 0.941
    assert sum(r.cites for r in typeset) >= 280
    # Seventh round: captions found (kind and text) 42 → 91 of 96; table cells and figure
    # labels in the body 639 → 483 (317 of them in the fresh nongcun-gongshui, never tuned on).
    # Eighth round, kehou-fuwu added: captions 119 → 124 of 128, cells 584 → 52 (the fresh
    # kehou-fuwu, never tuned on: 101 → 25).
    # Round 9d: pdftotext -raw finds every caption (32/32).
    # After round 9: 232 of 280, 81 cells (round 9c's two articles, never tuned on: 79 of them).
    # Round 10a: 245 (zhongxiao-heliu's figure title wrapped over two or three lines).
    assert sum(r.captions for r in typeset) >= 311 and sum(r.captions_due for r in typeset) == 380
    assert sum(r.cell_leaks for r in typeset) <= 180  # round 10a: 79; 10b's articles: 101 more


def test_dev_floors(totals) -> None:
    """The development part alone, liuyu-buchang in it since the third round, xiangcun-tushu
    since the fourth, laji-fenlei since the fifth, kuaidi-xiacun since the sixth (before the
    sixth round's work, scored as now: fields 0.9955, headings 0.996, paragraphs 0.9687,
    105/112 citation sequences; after: 0.9967, 0.996, 0.9738, 107/112). In the seventh round
    shuzi-zhili and chengshi-gengxin got a table and a figure each (before its work: fields
    0.9944 — two English fields across a page break the figure moved —, headings 0.9894,
    paragraphs 0.9354, captions 35/64, cell leaks 322; after: 0.9944, 0.9941, 0.9490, 61/64, 166).
    In the eighth round nongcun-gongshui (seen) joined dev (before its work, scored as now:
    fields 0.9912, headings 0.9913, paragraphs 0.9236, 121/128 citation sequences, captions
    91/96, cells 483; after: 0.9912, 0.9949, 0.9479, 123/128, 94/96, 27). Round 9d added
    pdftotext -raw (before its work, scored as now: fields 0.9685, headings 0.9959, paragraphs
    0.9306, 155/160, captions 118/120, cells 27; after: 0.9957, 0.9959, 0.9526, 155/160,
    118/120, 27; the four other extractors alone: fields 0.9912 → 0.9951, the rest unchanged)."""
    typeset, _, _ = totals
    dev = [r for r in typeset if r.split == "dev"]
    # After round 9 (kehou-fuwu in dev since 9a, -raw since 9d): 0.9951, 0.9993, 0.9743, 173/180, 159/160, 2.
    # Round 10a: yanglao-shitang and zhongxiao-heliu (seen) joined dev (before its work, scored as
    # now: fields 0.9915, headings 0.9943, paragraphs 0.9549, 209/220, captions 232/280, cells 81,
    # two footnote leaks; after: fields 0.9943, headings 0.9948, paragraphs 0.9590, 210/220,
    # captions 245/280, cells 79, no leak).
    assert sum(r.docs for r in dev) == 220 and furniture(dev) == 0
    assert mean([v for r in dev for v in r.fields]) >= 0.994
    assert mean([v for r in dev for v in r.headings]) >= 0.9945
    assert mean([v for r in dev for v in r.paragraphs]) >= 0.9585
    assert sum(r.cites for r in dev) >= 210
    assert sum(r.captions for r in dev) >= 245 and sum(r.cell_leaks for r in dev) <= 79


def test_two_column_pdftotext_floors(totals) -> None:
    """Two-column layouts through pdftotext and pdftotext -layout, dev and held-out
    (before the second round: headings 0.83, paragraphs 0.66, 9/20 citation sequences;
    before the sixth round's work, with jiating-yisheng: paragraphs 0.868, 28/36; before the
    seventh's, with its tables and figures: headings 0.949, paragraphs 0.793, captions 4/24;
    before the eighth's, with kehou-fuwu: headings 0.949, paragraphs 0.802, 34/44, captions
    30/32, cells 245; after: 0.958, 0.838, 36/44, 32/32, 40; round 9a: 0.958 → 0.967,
    0.838 → 0.862, 36/44, 32/32, cells 40 → 3). After round 9 (9b's column streams; round 9c's
    two articles in, never tuned on: 52 texts): 0.9796, 0.8734, 44/52, 42/56, cells 46. Round 10a
    (zhongxiao-heliu's footnote out of the bodies, its figure's wrapped title): 0.9796, 0.8799,
    45/52, 45/56, cells 44."""
    typeset, _, _ = totals
    rows = [r for r in typeset if r.extractor in ("pdftotext", "pdftotext-layout") and r.layout.startswith("twocol")]
    # With round 10b's two articles (60 texts): 0.9743, 0.8504, 47/60, captions 54/76, cells 59.
    assert sum(r.docs for r in rows) == 60
    assert mean([v for r in rows for v in r.headings]) >= 0.974
    assert mean([v for r in rows for v in r.paragraphs]) >= 0.850
    assert sum(r.cites for r in rows) >= 47
    assert sum(r.captions for r in rows) >= 54 and sum(r.cell_leaks for r in rows) <= 59


def test_pdftotext_raw_floors(totals) -> None:
    """pdftotext -raw (poppler's drawing order), added in round 9d: it starts a line after each
    author's raised mark, after a bold label, at a quote's font and around compressed
    punctuation, so a printed line comes in pieces. Before the round's work (dev, one column /
    two columns): authors 0/16 and 16/16, fields 0.759 and 0.996, paragraphs 0.897 and 0.826;
    after: 16/16, 16/16, 1.000, 0.996, 1.000, 0.943. The held-out shilaohua, jiating-yisheng
    and kehou-fuwu (never tuned on): one column authors 0/6 → 6/6, paragraphs 0.892 → 0.986;
    two columns 0.765 → 0.783 (jiating-yisheng's twocol-lenticular 0.30: columns read as one)."""
    typeset, _, _ = totals
    rows = [r for r in typeset if r.extractor == "pdftotext-raw"]
    # Round 10b's articles bring cells (35) and one footnote line into -raw's bodies.
    assert sum(r.docs for r in rows) == 60 and sum(r.refused for r in rows) == 0 and sum(r.leaks for r in rows) <= 36
    assert sum(r.title for r in rows) == 60 and sum(r.authors for r in rows) == 60
    assert mean([v for r in rows for v in r.fields]) >= 0.995  # 0.9964 → 0.9988 in round 10a, 0.9958 with 10b
    dev = [r for r in rows if r.split == "dev"]
    onecol = [r for r in dev if r.layout.startswith("onecol")]
    # 1.0 and 0.946 until round 10a; then round 9c's two articles joined dev: 0.9895 and 0.926
    # (0.9328 with zhongxiao-heliu's wrapped figure title).
    assert mean([v for r in onecol for v in r.paragraphs]) >= 0.989
    assert mean([v for r in dev if r.layout.startswith("twocol") for v in r.paragraphs]) >= 0.932
    # After round 9, with round 9c's two articles (never tuned on): 0.9581, 51/52, captions 46/56;
    # round 10a: 0.9609, 51/52, 48/56.
    assert mean([v for r in rows for v in r.paragraphs]) >= 0.947  # 0.9473 with round 10b's articles
    assert sum(r.cites for r in rows) >= 58 and sum(r.captions for r in rows) >= 62


def test_pdf_reader_floors(totals) -> None:
    """The same typeset articles read from their PDFs (wenxian.pdfreader). kuaidi-xiacun's two
    two-column layouts (paragraphs 0.82 and 0.96, neither citation sequence, when it was the
    fifth round's fresh article) are exact since a first-page footnote's short lines beside the
    gutter are read with its full-width lines (sixth round; see docs/import.md). Seventh round,
    with tables and figures (dev before its work: paragraphs 0.941, 43 labels of figures in
    bodies; after: 0.992, none; the fresh nongcun-gongshui, never tuned on: paragraphs 0.946 →
    0.980, labels 22 → 0, captions 5/8 both times, one heading lost). With both merged: dev
    exact but for one English field, every citation sequence exact. In the eighth round
    nongcun-gongshui (seen) joined dev, its one heading and three captions lost with it (dev
    headings 0.998, paragraphs 0.992, captions 21/24), and kehou-fuwu was added fresh (one
    citation sequence wrong); the PDF route was not worked on. In round 9a kehou-fuwu joined
    dev (dev before the round's work: headings 0.994, paragraphs 0.987, 35/36, captions 27/32);
    after it every PDF of the corpus reads exact but for front-matter fields (a footnote field
    after the first heading, two floats' captions stacked, a twin's label printed apart, a
    paragraph going on under a float after a full line's sentence end). Round 9c's two articles
    (never tuned on): zhongxiao-heliu's four PDFs exact; yanglao-shitang's one-column PDFs give
    paragraphs 0.50 and neither citation sequence (its citations raised as superscripts), its
    two-column ones 0.86, headings 0.92 — all PDFs: headings 0.9970, paragraphs 0.9753, 50/52.
    Round 10a: both in dev; yanglao-shitang's one-column PDFs exact (a reference's DOI on page 5's
    first line had ended the list at entry 10, so the raised [11]-[18] were text): all PDFs
    paragraphs 0.9945, 52/52; its two-column PDFs then exact too (a run-in item's bold lead that
    wraps, or fills its line, had been read as a heading): every PDF's headings and paragraphs
    exact again, and every caption found (56/56)."""
    _, _, pdf = totals
    assert sum(r.docs for r in pdf) == 60
    # Round 10b's shiyanshi-anquan: one footnote line in a body of its PDFs (never tuned on).
    assert sum(r.refused for r in pdf) == 0 and sum(r.leaks for r in pdf) <= 1
    assert sum(r.title for r in pdf) == 60 and sum(r.authors for r in pdf) == 60
    # Below 1.0 since the seventh round: an English title and one across a page break that a
    # figure moved (chengshi-gengxin and nongcun-gongshui, two-column, English block at the end).
    assert mean([v for r in pdf for v in r.fields]) >= 0.994  # 0.9952 in 10a, 0.9948 with 10b's articles
    dev = [r for r in pdf if r.split == "dev"]
    assert mean([v for r in dev for v in r.headings]) == 1.0
    assert mean([v for r in dev for v in r.paragraphs]) == 1.0
    assert sum(r.cites for r in dev) == 44
    # Round 10a: 52 → 56 (a twin's last word above a table at a page's top read as a cell).
    assert sum(r.captions for r in dev) == 56 and sum(r.captions_due for r in dev) == 56
    # With round 10b's two articles (fresh): headings 0.9994, paragraphs 0.9959, 60/60 sequences.
    assert mean([v for r in pdf for v in r.headings]) >= 0.999
    assert mean([v for r in pdf for v in r.paragraphs]) >= 0.995
    assert sum(r.cites for r in pdf) == 60


def test_bundled_article_row_is_exact(totals) -> None:
    _, raw, _ = totals
    assert [(r.paragraphs, r.headings, r.cites, r.refused) for r in raw] == [([1.0], [1.0], 1, 0)]


def test_narrow_gutter_floors(all_rows) -> None:
    """Round 11f's twocol-narrow layout (a 6 mm gutter, ctex's 1.3 line spread), every article.
    Plain pdftotext and pdfminer print its two columns' lines alternately, each between blank
    lines. Before the round's work: plain pdftotext paragraphs 0.07 (held-out, scored once,
    never tuned on: 0.07, 0/4 citation sequences; dev 0.07), headings 0.86 dev / 0.93 held-out;
    pdfminer 0.35 dev / 0.53 held-out. After (all 15 articles): pdftotext 0.3948, headings
    0.9430; pdfminer 0.4365; the other routes as the layout came (no change)."""
    rows = [row for key, row in all_rows.items() if key[2] == NARROW]
    by = {name: [r for r in rows if r.extractor == name] for name in {r.extractor for r in rows}}
    assert sum(r.docs for r in rows) == 90 and sum(r.refused for r in rows) == 0  # 15 articles × (5 + PDF)
    assert sum(r.title for r in rows) == 90 and sum(r.authors for r in rows) == 90

    def paragraphs(name: str) -> float:
        return mean([v for r in by[name] for v in r.paragraphs])

    assert paragraphs("pdftotext") >= 0.394 and mean([v for r in by["pdftotext"] for v in r.headings]) >= 0.942
    assert paragraphs("pdfminer") >= 0.436
    assert paragraphs("(pdf)") >= 0.981 and sum(r.cites for r in by["(pdf)"]) >= 14
    assert paragraphs("pypdfium2") >= 0.977 and sum(r.cites for r in by["pypdfium2"]) == 15
    assert paragraphs("pdftotext-layout") >= 0.766 and paragraphs("pdftotext-raw") >= 0.773
