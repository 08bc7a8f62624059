"""The import corpus (benchmarks/importcorpus): floors under what the importer reaches.

The scorer's figures for the whole corpus (dev and held-out, all extractors
and layouts) must not fall below these; before issue 11 they were far lower
(docs/import-rounds.md has both tables). Raise a floor when the importer improves.

Round 15 (the lead, after every merge): each "a and b" assert was split into its parts, and every
count and floor that changed was set to its measured value — round 15a's and 15e's articles had
joined dev, and PyMuPDF4LLM's texts of the held-out articles the corpus (``git log -p`` shows each
old value). The lower paragraph floors are the new, harder articles'.

Round 16c: two dev articles more (koudai-gongyuan, jiceng-shuiwu, written to be unlike the others):
every count that changed was set to its measured value, and each floor their texts pulled below
its old value to the measured one (three decimals, rounded down); no other dev text scored lower on
these measures with the round's rules but nongcun-gongshui's Chromium two-column pdftotext text
(paragraphs 0.667 → 0.636; docs/import-rounds.md, "Round 16c").

Round 16f: round 16a's two sealed articles (shequ-yingji, haiyang-muchang), scored once by the lead,
moved to dev; every count and floor they changed set to its measured value with the round's rules
(three decimals, rounded down; "Round 16f, … (measured)" above each). On the rest of dev the
round's rules made 30 texts better and 2 worse (docs/import-rounds.md, "Round 16f").
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

SCORE = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus" / "score.py"
# Round 9c's two held-out articles (yanglao-shitang, zhongxiao-heliu) were sealed until the lead
# scored them, with the code before the round's work and after it (never tuned on; the figures
# are in docs/import-rounds.md); they are in every total below since, and in dev since round 10a.


# Round 11f's layout (a 6 mm gutter) has floors of its own (test_narrow_gutter_floors); the
# floors above it are those of the four layouts before it.
NARROW = "twocol-narrow"


# Round 15f's Markdown-saving extractor (PyMuPDF4LLM, the dev articles' XeLaTeX layouts; the
# held-out ones' are the lead's to make) has floors of its own (test_pymupdf4llm_floors); the
# floors of every other test are those of the texts before it.
MARKDOWN = ("pymupdf4llm",)
# Round 17f: pypdf's texts (round 17e; no longer ``score.UNSEEN``) have floors of their own
# (test_pypdf_floors), per route; the floors of every other test are those of the texts before them.
# Round s11: pdfplumber's layout=True texts too (test_pdfplumber_layout_floors).
# Session 12: and pdfplumber's default texts (test_pdfplumber_floors).
OWN_FLOORS = MARKDOWN + ("pypdf", "pdfplumber-layout", "pdfplumber")
# Session 11: two held-out articles written to be unlike the others (a humanities article with block
# quotations and notes numbered through, a clinical one with its statistics), sealed: never imported
# here until the lead had scored them once (their unseen figure, docs/import.md); they are in dev and
# the floors since (session 11, lead, after every merge: the floors measured again with the pair in dev;
# its texts are harder than the corpus's, so the averages fell with it, the counts grew by its texts).
# A next sealed pair goes here until it is scored.
# Session 12: two held-out articles written to be unlike the 32 before them (an empirical economics
# article with display equations and a regression table, a classical literature one with verse stanzas),
# sealed: never imported here until the lead has scored them once (their unseen figure); then they join
# the floors (and the counts of test_unseen_texts).
# zhouxing-shige, scored once unseen at session 12's start, is dev since (its failures tuned on);
# shuzi-puhui, scored unseen at the start, after the tuning and at the end, stays held-out (only scored),
# a third held-out article beside shilaohua and jiating-yisheng.
# Session 13: two held-out articles written to be unlike the 34 before them (a law article quoting
# statutes as block quotations with case numbers and notes numbered through ①–⑤; an engineering one,
# six authors, "0 引言", units, display equations, a results table and references mostly English with
# DOIs), sealed: never imported here until the lead has scored them once (their unseen figure); then
# they join the floors (and the counts of test_unseen_texts). Scored by the lead twice, unseen: with the
# session's starting code and after its tuning was merged (docs/import-rounds.md, "Session 13: the sealed
# pair"); then zaisheng-hunningtu went to dev for a fix round and gaokong-paowu stayed held-out (only
# scored, never tuned on), a fourth held-out article.
# Session 14: two held-out articles written to be unlike the 37 before them (a computer-science paper,
# an improved YOLOv8n detector: five authors, "1 引言" … "5 结束语", seven display equations with lowered
# subscripts, an ablation and a comparison table, English references; a clinical-pharmacology review of
# SGLT2 inhibitors: two authors, "【摘要】", intro before any heading, 1/1.1/1.1.1, run-in safety items,
# hazard ratios in the text, a table of trials, Vancouver-style names), sealed: never imported here until
# the lead has scored them once (their unseen figure); then they join the floors (and the counts of
# test_unseen_texts). Scored once by the lead at the session's start (docs/import-rounds.md, "Session 14:
# the sealed pair"); then qingliang-jiance went to dev for a fix round (its PDF reader routes read 0.85-0.87
# of its paragraphs) and xinshen-baohu stayed held-out (only scored, never tuned on), a fifth held-out article.
# Session 14 (lead, after every merge): the pair joined the floors (qingliang-jiance in dev after its fix
# round, xinshen-baohu held-out) and every floor the pair moved was measured again (counts exact, means
# rounded down): the held-out means fell with xinshen-baohu (its texts read 0.75-0.94), the dev ones by
# at most 0.006 with qingliang-jiance; pdfplumber's held-out leaks rose on its Chromium and LibreOffice
# pages (8 -> 21, 21 -> 33 on the four older articles, with the two-column split offered at every
# space; dev: 132 -> 123).
# Session 15: two held-out articles written to be unlike the 40 before them (a linguistics one, the ba
# construction in a learner corpus: two authors, numbered example sentences set apart as block
# quotations, asterisks for ungrammatical ones, a pinyin line with tone marks and a gloss, a table of
# corpus counts, a bar chart; an atmospheric-science one, the ions of PM2.5: five authors, a name with a
# middle dot, coordinates with primes, ions with lowered subscripts and raised charges, µg/m³, two display
# equations, a 13-row table across both columns, a table inside a paragraph, two bar charts), sealed:
# never imported here until the lead has scored them once (their unseen figure); then they join the
# floors (and the counts of test_unseen_texts). Scored once unseen by the lead at the session's start
# (docs/import.md, "Session 15"); qirongjiao-lizi moved to dev for a fix round, bazi-xide stays held-out.
# Both joined the floors when the lead measured them again after the session's merges: every floor the pair
# pulled below its old value set to the measured one (three decimals rounded down, counts exact: texts 936 → 984,
# 156 → 164 per extractor), the pypdf/pdfplumber route tuples set to the measured values whole (their held-out
# title counts had stayed at two articles' 15 of 25). Leaks rose where the pair's texts brought their own (dev
# Chromium pdfplumber 123 → 165: qirongjiao-lizi's joined columns and cells; word-processor furniture 1 → 3).
# Session 16: two held-out articles written to be unlike the 42 before them (a traditional Chinese
# medicine one, a physician's experience with three cases: visits as paragraphs opening with a date,
# prescriptions with doses, bold-led cases and commentaries `按：`, a herb frequency chart, a table of the
# cases before and after; an archaeology one, an excavation report of twelve Western Han tombs: tomb numbers
# as second-level headings, objects run in with a bold lead, object numbers `M3:2`, measurements listed with
# `、`, a twelve-row registry table across both columns, a bar chart, a closing credits paragraph), sealed:
# never imported here until the lead has scored them once (their unseen figure); then they join the
# floors (and the counts of test_unseen_texts).
SEALED: tuple[str, ...] = ("wenyang-xinshuai", "shigang-hanmu")
# Session 13 (lead, after every merge): the floors measured again with zaisheng-hunningtu in dev and
# gaokong-paowu held-out (every floor the pair pulled below its old value set to the measured one, three
# decimals rounded down; counts grew by their 148 texts and 18 PDFs; the pdfplumber routes' dev averages
# fell with zaisheng's two-column pages, its hardest).
# Session 12 (lead, after every merge): the floors measured again with zhouxing-shige in dev and shuzi-puhui
# held-out (its 24 texts join every total; its tables of coefficients bring most of the cells counted over
# the whole corpus, e.g. the typeset cells 46 → 349, -raw's 0 → 128): counts grew by their texts, averages
# fell with the two harder articles (dev routes without them: docs/import-rounds.md, "Session 12").


@pytest.fixture(scope="module")
def score_module():
    spec = importlib.util.spec_from_file_location("importcorpus_score", SCORE)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scored(score_module):
    # Round 17e's texts (pypdf's have floors since round 17f, pdfplumber layout=True's since round
    # s11, pdfplumber's default since session 12: none is ``UNSEEN`` now); an extractor's texts
    # still unseen would not be imported here until their floors are set (test_unseen_texts counts them).
    rows = score_module.collect(["dev", "heldout"], skip=SEALED, skip_extractors=score_module.UNSEEN)
    for (split, extractor, layout), row in rows.items():
        row.split, row.extractor, row.layout = split, extractor, layout
    return rows


@pytest.fixture(scope="module")
def all_rows(scored):
    return {key: row for key, row in scored.items() if key[1] not in OWN_FLOORS}


@pytest.fixture(scope="module")
def totals(all_rows):
    rows = {key: row for key, row in all_rows.items() if key[2] != NARROW}
    # The layouts printed from HTML by Chromium (round 11e) have floors of their own (test_html_floors).
    html = [row for (_, _, layout), row in rows.items() if layout.startswith("html-")]
    # The word-processor layouts (round 14b, dev only) too (test_word_processor_floors).
    rows = {key: row for key, row in rows.items() if not key[2].startswith(("html-", "word-"))}
    typeset = [row for (_, extractor, _), row in rows.items() if extractor not in ("(raw)", "(pdf)")]
    raw = [row for (_, extractor, _), row in rows.items() if extractor == "(raw)"]
    pdf = [row for (_, extractor, _), row in rows.items() if extractor == "(pdf)"]
    return typeset, raw, pdf, html


def mean(values: list[float]) -> float:
    return sum(values) / len(values)


def furniture(rows) -> int:
    """Running-header and footnote texts in bodies (the cells of tables and figures apart)."""
    return sum(r.leaks - r.cell_leaks for r in rows)


def test_corpus_floors(totals) -> None:
    typeset, _, _, _ = totals
    docs = sum(r.docs for r in typeset)
    # Round 12e, round 12a's two articles in dev (measured): 408 → 456.
    # Round 14e, round 14a's two articles in dev (measured): 456 → 504.
    # Round 15e, its two articles in dev (measured): 504 → 552.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert docs == 984  # 27 articles (round 16c) × 4 layouts × 6 extractors (-raw since round 9d, PyMuPDF since 11d)
    assert sum(r.refused for r in typeset) == 0
    # No running-header or footnote text in any body (before issue 11's third round: six in
    # liuyu-buchang, a letter-spaced 基 金 项 目 footnote, and eight in the fresh held-out
    # xiangcun-tushu; two held-out texts until the sixth round's speed work).
    # Round 9c's articles (never tuned on) had two, a footnote's text in a body; none since round
    # 10a (a note whose mark stands alone on its line is taken out and reported).
    # Round 10b's two articles, never tuned on: eight lines of a footnote or header in bodies.
    # Round 11d: PyMuPDF's texts of the held-out articles bring two more (scored, never tuned on).
    # Round 10b's two articles, never tuned on: eight lines of a footnote or header in bodies; none
    # since round 11a (an explanatory note at its page's foot is a footnote).
    # Round 11c's two sealed articles, scored once: 6 lines each (a note across both columns wrapped
    # to a second line); 1 since (the other: its mark lost by pdftotext, its text left in a body).
    # Round 12e, round 12a's two articles in dev (measured): 1 → 5.
    # Round 14e, round 14a's two articles in dev (measured): 5 → 23.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 23 → 5.
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert furniture(typeset) <= 31
    # Every title and author line found since issue 11's fourth round (before it, two
    # pdfminer two-column texts of xiangcun-tushu gave the affiliations before the authors).
    # Round 9d: pdftotext -raw's one-column author lines (cut after each name's marks) were
    # never found (198/220) before its work.
    # Round 12e, round 12a's two articles in dev (measured): 408 → 456, 408 → 456.
    # Round 14e, round 14a's two articles in dev (measured): 456 → 504, 456 → 504.
    # Round 15e, its two articles in dev (measured): 504 → 552.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.title for r in typeset) == 984
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.authors for r in typeset) == 984
    # Since issue 11's fifth round the scorer takes ’ (XeLaTeX's print of ') for ' and a
    # wrapped English title's tail that reads as names stays in the title. Eighth round, with
    # the fresh kehou-fuwu: 0.989. Round 9d (pdftotext -raw added): 0.9655 before its work,
    # 0.9949 after (the other extractors alone 0.9890 → 0.9947: a reference's page range no
    # longer read as the English title's start).
    # After round 9: 0.9923; round 10a: 0.9947 (a reference's DOI on a line of its own no longer
    # taken for the article's, in yanglao-shitang's one-column texts).
    # Round 11b (pdftotext -layout's columns): 0.9898 → 0.9902.
    # Round 11a: 0.9898 -> 0.9942 (a DOI label apart from its value in the list; an abstract line
    # opening like a heading).
    # Round 12c (two-column texts of -layout, -raw, PyMuPDF): 0.9943 -> 0.9954.
    # Round 14e, round 14a's two articles in dev (measured): 0.995 → 0.993.
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert mean([v for r in typeset for v in r.fields]) >= 0.983  # 0.9898 with round 10b's articles; 0.9896 with PyMuPDF (11d)
    # Sixth round: 0.989 (the fresh jiating-yisheng 0.965, never tuned on). Seventh round
    # (tables and figures in three articles): 0.983 before its work, 0.986 after. Eighth
    # round (kehou-fuwu added, fresh): 0.980 before its work, 0.985 after.
    # Round 11b: 0.9902 → 0.9923.
    # Round 12c (two-column texts of -layout, -raw, PyMuPDF): 0.9969 -> 0.9980.
    # Round 12e, round 12a's two articles in dev (measured): 0.997 → 0.993; after round 12e's work: 0.993 → 0.997.
    # Round 14e, round 14a's two articles in dev (measured): 0.997 → 0.994.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 0.994 → 0.997.
    # Round 16f, round 16a's two articles in dev (measured).
    # Session 11 (mixed columns): 0.98907 → 0.98898 — two headings of twocol-spaced's plain pdftotext
    # texts lost to a split's new joins (shequ-yingji's wrapped 三、 heading, koudai-gongyuan's 四、),
    # one gained (gaoxiao-xinli's lenticular); those rows' paragraphs 0.8485 → 0.8546.
    assert mean([v for r in typeset for v in r.headings]) >= 0.987  # 0.9936 in 10a, 0.9902 with 10b's articles
    # Sixth round: 0.960 → 0.964 (interleaved column lines; jiating-yisheng 0.93 without the
    # PDF route). Seventh round: the tables and figures make the corpus harder (cells glued
    # to paragraphs, paragraphs a float cut in two): 0.914 before its work, 0.925 after.
    # Eighth round (cells away from their caption, table rows beside the other column):
    # 0.918 → 0.939. Round 9d, pdftotext -raw added: 0.9216 before its work, 0.9407 after
    # (the other extractors unchanged, 0.9389).
    # After round 9 (all merged, round 9c's two articles in): 0.9555, 248 of 260 sequences.
    # Round 10a: 0.9590, 249 (the footnote above, a figure's title wrapped over two or three lines).
    # Round 10b's two articles (fresh, never tuned on) take the whole to 0.9410 and 280/300.
    # Round 11b (pdftotext -layout's columns, a printed line in pieces, a page range's end at
    # a column's top): 0.9410 → 0.9495, 280 → 284.
    # Round 11d, PyMuPDF added: 0.9402 and 334/360 before its work, 0.9471 and 334 after (the five
    # other extractors alone 0.9410 → 0.9438).
    # Round 11a (their faults, seen): 0.9540 and 283 (run-in items 2）… and 1. …。, a footnote
    # at a page's foot, a short last line before a heading, a list's DOI apart from its label).
    # Round 12c (two-column texts of -layout, -raw, PyMuPDF): 0.9666 and 384/408 -> 0.9726 and 391.
    # Round 12e, round 12a's two articles in dev (measured): 0.972 → 0.957; after round 12e's work: 0.957 → 0.964.
    # Round 14e, round 14a's two articles in dev (measured): 0.964 → 0.946.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 0.946 → 0.952.
    # Round 16f, round 16a's two articles in dev (measured).
    assert mean([v for r in typeset for v in r.paragraphs]) >= 0.932
    assert sum(r.cites for r in typeset) >= 391
    # Seventh round: captions found (kind and text) 42 → 91 of 96; table cells and figure
    # labels in the body 639 → 483 (317 of them in the fresh nongcun-gongshui, never tuned on).
    # Eighth round, kehou-fuwu added: captions 119 → 124 of 128, cells 584 → 52 (the fresh
    # kehou-fuwu, never tuned on: 101 → 25).
    # Round 9d: pdftotext -raw finds every caption (32/32).
    # After round 9: 232 of 280, 81 cells (round 9c's two articles, never tuned on: 79 of them).
    # Round 10a: 245 (zhongxiao-heliu's figure title wrapped over two or three lines).
    # Round 11b: captions 311 → 312, cells 180 → 133 (a one-column page's table read as two columns).
    # Round 11d, PyMuPDF added: captions 371 → 391 of 456 (the others alone 311 → 326 of 380),
    # cells 285 → 197 (PyMuPDF runs a table's head row together: 94 → 8 on dev).
    # Round 11a: 311 -> 348 (a figure title with years wrapped, a caption at a page's top no header).
    # Round 12c (two-column texts of -layout, -raw, PyMuPDF): captions 521 -> 539 of 576, cells 60 -> 44 (a caption across both columns above its twin).
    # Round 12e, round 12a's two articles in dev (measured): 576 → 720.
    # Round 14e, round 14a's two articles in dev (measured): 720 → 864.
    assert sum(r.captions for r in typeset) >= 539  # 521/576 with 11c's sealed articles
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.captions_due for r in typeset) == 1752
    # Round 12e, round 12a's two articles in dev (measured): 44 → 128; after round 12e's work: 128 → 89.
    # Round 14e, round 14a's two articles in dev (measured): 89 → 125.
    # Round 16e (cells out of the body: a chart's label after a one-line paragraph, rows in wide gaps, a head cell with its unit, a chart's categories away from their caption, a number far from its text no heading's; a later page's head made of the first page's head lines; a spaced note mark): cells 76 → 21.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    # Session 12 (cells: a table's rows of values wherever they stand, a head row run together under a caption across both columns, a row's name qualified in brackets, a number with its measure word in wide gaps): 74 → 46.
    assert sum(r.cell_leaks for r in typeset) <= 349  # round 10a: 79; 10b's articles: 101 more


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
    typeset, _, _, _ = totals
    dev = [r for r in typeset if r.split == "dev"]
    # After round 9 (kehou-fuwu in dev since 9a, -raw since 9d): 0.9951, 0.9993, 0.9743, 173/180, 159/160, 2.
    # Round 10a: yanglao-shitang and zhongxiao-heliu (seen) joined dev (before its work, scored as
    # now: fields 0.9915, headings 0.9943, paragraphs 0.9549, 209/220, captions 232/280, cells 81,
    # two footnote leaks; after: fields 0.9943, headings 0.9948, paragraphs 0.9590, 210/220,
    # captions 245/280, cells 79, no leak).
    # Round 11b (pdftotext -layout's columns): fields 0.9949, headings 0.9969, paragraphs 0.9678,
    # 213/220, captions 245/280, cells 34.
    # Round 11d: PyMuPDF's texts joined (before its work, scored as now: fields 0.9938, headings
    # 0.9947, paragraphs 0.9574, 251/264, captions 292/336, cells 173; after: 0.9943, 0.9966,
    # 0.9657, 251/264, 304/336, 87).
    # Round 11a: round 10b's two articles (seen, scored once by the lead) joined dev (before its
    # work, scored as now: fields 0.9887, headings 0.9907, paragraphs 0.9383, 241/260, captions
    # 311/380, cells 180, eight footnote lines; after: 0.9938, 0.9957, 0.9545, 244/260, 350/380,
    # cells 61, none).
    # Round 12: round 11c's two articles (seen, scored once by the lead) joined dev, with the one
    # footnote line left (its mark lost by pdftotext).
    # Round 12e, round 12a's two articles in dev (measured): 360 → 408, 1 → 5.
    # Round 14e, round 14a's two articles in dev (measured): 408 → 456, 5 → 23.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 23 → 5.
    # Round 15e, its two articles in dev (measured): 456 → 504.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.docs for r in dev) == 840  # 25 articles (round 16c) × 4 layouts × 6 extractors
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert furniture(dev) <= 22
    # Round 12c (two-column texts of -layout, -raw, PyMuPDF): fields 0.9943 -> 0.9955, headings 0.9978 -> 0.9985, paragraphs 0.9664 -> 0.9721,
    # 337 -> 344/360 citation sequences, captions 521 -> 539/576, cells 60 -> 44.
    # Round 14e, round 14a's two articles in dev (measured): 0.995 → 0.993.
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert mean([v for r in dev for v in r.fields]) >= 0.985
    # Round 12e, round 12a's two articles in dev (measured): 0.998 → 0.993; after round 12e's work: 0.993 → 0.997.
    # Round 14e, round 14a's two articles in dev (measured): 0.997 → 0.994.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 0.994 → 0.997.
    # Round 16f, round 16a's two articles in dev (measured).
    assert mean([v for r in dev for v in r.headings]) >= 0.987
    # Round 12e, round 12a's two articles in dev (measured): 0.972 → 0.955; after round 12e's work: 0.955 → 0.962.
    # Round 14c (plain pdftotext's two columns): 0.9629 → 0.9634.
    # Round 14e, round 14a's two articles in dev (measured): 0.963 → 0.942.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 0.942 → 0.949.
    # Round 14h (a left column's table row set in from the margin tells its neighbours are rows: split at the gutter): 0.9598 → 0.9624, 435 → 436.
    # Round 15e, its two articles in dev (measured with the round's work): 0.962 → 0.959.
    # Round 16f, round 16a's two articles in dev (measured).
    assert mean([v for r in dev for v in r.paragraphs]) >= 0.938
    assert sum(r.cites for r in dev) >= 436
    # Round 12e, round 12a's two articles in dev (measured): 44 → 128; after round 12e's work: 128 → 89.
    # Round 14e, round 14a's two articles in dev (measured): 89 → 125.
    # Round 14h (a left column's table row set in from the margin tells its neighbours are rows: split at the gutter): cells 125 → 62.
    # Round 15b (a word processor's -layout pages; the right column's lines where the left's end): cells 62 → 63, lowered with
    # a gain: chengshi-neilao twocol-lenticular -layout paragraphs 0.69 → 0.84, its table's header cell (项目数/个, set in
    # after a short line) read as the right column's line.
    assert sum(r.captions for r in dev) >= 539
    # Round 16e (cells out of the body: a chart's label after a one-line paragraph, rows in wide gaps, a head cell with its unit, a chart's categories away from their caption, a number far from its text no heading's; a later page's head made of the first page's head lines; a spaced note mark): 76 → 21.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    # Session 12 (cells: a table's rows of values wherever they stand, a head row run together under a caption across both columns, a row's name qualified in brackets, a number with its measure word in wide gaps): 74 → 46.
    assert sum(r.cell_leaks for r in dev) <= 46


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
    typeset, _, _, _ = totals
    rows = [r for r in typeset if r.extractor in ("pdftotext", "pdftotext-layout") and r.layout.startswith("twocol")]
    # With round 10b's two articles (60 texts): 0.9743, 0.8504, 47/60, captions 54/76, cells 59.
    # Round 11b (-layout's columns by width): 0.9821, 0.8870, 50/60, 55/76, cells 23.
    # Round 11a: 0.9774, 0.8536, 47/60, captions 62/76, cells 59.
    # Round 12e, round 12a's two articles in dev (measured): 68 → 76.
    # Round 14e, round 14a's two articles in dev (measured): 76 → 84.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.docs for r in rows) == 164
    # Round 12b (round 11c's articles in dev): 0.8796 → 0.8818, 53 → 55 (a list's entries in their
    # numbers' order; a page's column measured without the entries).
    # Round 12c (two-column texts of -layout, -raw, PyMuPDF): headings 0.9827 -> 0.9877, paragraphs 0.8796 -> 0.8992, 53 -> 55/68, captions 73 -> 78/96.
    # Round 12e, round 12a's two articles in dev (measured): 0.987 → 0.981; after round 12e's work: 0.981 → 0.984.
    # Round 14c (plain pdftotext's two columns: a crossing mended, digits' spaces in a line's width): 0.9848 → 0.9867.
    # Round 14e, round 14a's two articles in dev (measured): 0.986 → 0.983.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 0.983 → 0.986.
    # Round 15e, its two articles in dev (measured with the round's work): 0.986 → 0.984.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert mean([v for r in rows for v in r.headings]) >= 0.956
    # Round 12e, round 12a's two articles in dev (measured): 0.899 → 0.873; after round 12e's work: 0.873 → 0.877.
    # Round 14c: 0.8770 → 0.8796.
    # Round 14e, round 14a's two articles in dev (measured): 0.879 → 0.856.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 0.856 → 0.860.
    # Round 14h (a left column's table row set in from the margin tells its neighbours are rows: split at the gutter): 0.8636 → 0.8777, 67 → 68.
    # Round 15c (plain pdftotext's block order: a number's measure word, a mark inside a block, a line's two pieces, a bracket beyond the list, a block moved on from the best split, a beam's pick mending headings and citations): 0.8777 → 0.8862, 68 → 73.
    # Round 15e, its two articles in dev (measured with the round's work): 0.877 → 0.869.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    # Session 11 (mixed columns: the document's phrases across a join, in twocol-spaced's plain pdftotext): 0.8485 → 0.8546, 99 → 100.
    assert mean([v for r in rows for v in r.paragraphs]) >= 0.824  # 0.8711 with round 11c's sealed articles
    assert sum(r.cites for r in rows) >= 73
    # Round 12e, round 12a's two articles in dev (measured): 35 → 79; after round 12e's work: 79 → 71.
    # Round 14e, round 14a's two articles in dev (measured): 71 → 107.
    # Round 14h (a left column's table row set in from the margin tells its neighbours are rows: split at the gutter): cells 107 → 44.
    # Round 15b: cells 44 → 45, lowered with a gain (chengshi-neilao twocol-lenticular -layout: paragraphs 0.69 → 0.84, a
    # table's header cell set in after a short line read as the right column's line).
    # Round 15c: cells 44 → 43 (alone); with round 15b merged: measured below.
    assert sum(r.captions for r in rows) >= 78  # 23, then 35 with 11c's sealed articles
    # Round 16e (cells out of the body: a chart's label after a one-line paragraph, rows in wide gaps, a head cell with its unit, a chart's categories away from their caption, a number far from its text no heading's; a later page's head made of the first page's head lines; a spaced note mark): 58 → 14.
    # Round 16f, round 16a's two articles in dev (measured).
    # Session 12 (cells: a table's rows of values wherever they stand, a head row run together under a caption across both columns, a row's name qualified in brackets, a number with its measure word in wide gaps): 42 → 32.
    assert sum(r.cell_leaks for r in rows) <= 45


def test_pdftotext_layout_floors(totals) -> None:
    """pdftotext -layout, its two columns side by side (round 11b: the columns split by the
    widths against the text's column measure; a one-column page's table left whole). Before
    the round's work (dev, two columns / one column): headings 0.9819 and 0.9930, paragraphs
    0.8738 and 0.9902, cells 42 and 11; after: 0.9960, 1.0000, 0.9442, 0.9915, 8 and 0. All
    60 texts: paragraphs 0.8959 → 0.9324, 53 → 56 citation sequences, cells 110 → 63."""
    typeset, _, _, _ = totals
    rows = [r for r in typeset if r.extractor == "pdftotext-layout"]
    # Round 12e, round 12a's two articles in dev (measured): 68 → 76.
    # Round 14e, round 14a's two articles in dev (measured): 76 → 84.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.docs for r in rows) == 164
    assert sum(r.refused for r in rows) == 0
    # Round 12c (two-column texts of -layout, -raw, PyMuPDF): paragraphs 0.9400 -> 0.9578, 62 -> 64/68 citation sequences.
    # Round 12e, round 12a's two articles in dev (measured): 0.957 → 0.934; after round 12e's work: 0.934 → 0.941.
    # Round 14e, round 14a's two articles in dev (measured): 0.941 → 0.917.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 0.917 → 0.920.
    # Round 14h (a left column's table row set in from the margin tells its neighbours are rows: split at the gutter): 0.9281 → 0.9422, 79 → 80.
    # Round 15b (a word processor's -layout pages): 0.9422 → 0.9416, LOWERED by the held-out shilaohua's twocol-spaced
    # text (1.00 → 0.67, scored at the round's end only, never looked at); dev's two rows 0.8926 → 0.9002.
    # Round 15e, its two articles in dev (measured with the round's work): 0.942 → 0.938.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert mean([v for r in rows for v in r.paragraphs]) >= 0.909
    assert sum(r.cites for r in rows) >= 80
    dev = [r for r in rows if r.split == "dev"]
    twocol = [r for r in dev if r.layout.startswith("twocol")]
    # With round 11c's articles in dev (round 12): headings 0.9889, paragraphs 0.8888, 18 cells.
    # Round 12c (two-column texts of -layout, -raw, PyMuPDF): headings 0.9889 -> 0.9944, paragraphs 0.8888 -> 0.9158 (a local gutter, raised marks, a
    # piece a row lower, a page's header whole, justified Latin lines, a wide table's caption).
    # Round 12e, round 12a's two articles in dev (measured): 0.994 → 0.985; after round 12e's work: 0.985 → 0.990.
    # Round 14e, round 14a's two articles in dev (measured): 0.990 → 0.985.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 0.985 → 0.988.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert mean([v for r in twocol for v in r.headings]) >= 0.965  # 0.9918 with round 10b's articles in dev (11a)
    # Round 12e, round 12a's two articles in dev (measured): 0.915 → 0.880; after round 12e's work: 0.880 → 0.885.
    # Round 14e, round 14a's two articles in dev (measured): 0.885 → 0.855.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 0.855 → 0.858.
    # Round 14h (a left column's table row set in from the margin tells its neighbours are rows: split at the gutter): 0.8615 → 0.8926.
    # Round 15b (a word processor's -layout pages; the right column's lines where the left's end): 0.8926 → 0.9002.
    # Round 15e, its two articles in dev (measured with the round's work): 0.892 → 0.882.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert mean([v for r in twocol for v in r.paragraphs]) >= 0.835  # 0.9014 with round 10b's articles in dev (11a)
    # Round 12e, round 12a's two articles in dev (measured): 18 → 54.
    # Round 14e, round 14a's two articles in dev (measured): 54 → 90.
    # Round 14h (a left column's table row set in from the margin tells its neighbours are rows: split at the gutter): 90 → 27.
    # Round 15b: 27 → 28, lowered with a gain (chengshi-neilao twocol-lenticular: paragraphs 0.69 → 0.84, a header cell
    # set in after a short line read as the right column's line).
    # Round 16e (cells out of the body: a chart's label after a one-line paragraph, rows in wide gaps, a head cell with its unit, a chart's categories away from their caption, a number far from its text no heading's; a later page's head made of the first page's head lines; a spaced note mark): 42 → 9.
    # Round 16f, round 16a's two articles in dev (measured).
    assert sum(r.cell_leaks for r in twocol) <= 19  # 8 before round 10b's articles joined dev (11a), 13 after
    # Round 12e, round 12a's two articles in dev (measured): 0 → 8 (a table's rows "1.82 <0.001" read
    # as "1.1" headings); 0 again since a heading's title must have words.
    assert sum(r.cell_leaks for r in dev if r.layout.startswith("onecol")) == 0


def test_pdftotext_raw_floors(totals) -> None:
    """pdftotext -raw (poppler's drawing order), added in round 9d: it starts a line after each
    author's raised mark, after a bold label, at a quote's font and around compressed
    punctuation, so a printed line comes in pieces. Before the round's work (dev, one column /
    two columns): authors 0/16 and 16/16, fields 0.759 and 0.996, paragraphs 0.897 and 0.826;
    after: 16/16, 16/16, 1.000, 0.996, 1.000, 0.943. The held-out shilaohua, jiating-yisheng
    and kehou-fuwu (never tuned on): one column authors 0/6 → 6/6, paragraphs 0.892 → 0.986;
    two columns 0.765 → 0.783 (jiating-yisheng's twocol-lenticular 0.30: columns read as one)."""
    typeset, _, _, _ = totals
    rows = [r for r in typeset if r.extractor == "pdftotext-raw"]
    # Round 10b's articles bring cells (35) and one footnote line into -raw's bodies; one cell since 11a.
    # Round 12e, round 12a's two articles in dev (measured): 68 → 76; after round 12e's work: 5 → 0.
    # Round 14e, round 14a's two articles in dev (measured): 76 → 84, 0 → 2.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 2 → 0.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.docs for r in rows) == 164  # 1, then 5 with round 11c's sealed articles
    assert sum(r.refused for r in rows) == 0
    assert sum(r.leaks for r in rows) <= 128
    # Round 12e, round 12a's two articles in dev (measured): 68 → 76, 68 → 76.
    # Round 14e, round 14a's two articles in dev (measured): 76 → 84, 76 → 84.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.title for r in rows) == 164
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.authors for r in rows) == 164
    # Round 12c (two-column texts of -layout, -raw, PyMuPDF): 0.9945 -> 0.9982.
    # Round 14e, round 14a's two articles in dev (measured): 0.998 → 0.997.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert mean([v for r in rows for v in r.fields]) >= 0.982  # 0.9945 with 11c's sealed articles; 0.9964 → 0.9988 in round 10a, 0.9958 with 10b, 0.9979 in 11a
    dev = [r for r in rows if r.split == "dev"]
    onecol = [r for r in dev if r.layout.startswith("onecol")]
    # 1.0 and 0.946 until round 10a; then round 9c's two articles joined dev: 0.9895 and 0.926
    # (0.9328 with zhongxiao-heliu's wrapped figure title).
    # Round 11b: 0.9328 → 0.9458 (a printed line in pieces measured whole, nongcun-gongshui).
    # After round 9, with round 9c's two articles (never tuned on): 0.9581, 51/52, captions 46/56;
    # round 10a: 0.9609, 51/52, 48/56.
    # Round 11d: 0.9965 (a full-width caption after a table printed one cell a line, zhongxiao-heliu).
    # (0.9328 with zhongxiao-heliu's wrapped figure title). Round 11a: round 10b's two articles
    # joined dev: 0.9688 and 0.9220 before its work, 0.9911 and 0.9295 after.
    # Round 12e, round 12a's two articles in dev (measured): 0.996 → 0.979; after round 12e's work: 0.979 → 0.986.
    # Round 14e, round 14a's two articles in dev (measured): 0.986 → 0.953.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 0.953 → 0.962.
    # Round 17d (pieces of one printed line outweigh the widths and a list's number): 0.9676 → 0.9693.
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    # Session 12 (one-column floats and colons): 0.9437 → 0.9456.
    assert mean([v for r in onecol for v in r.paragraphs]) >= 0.939
    # Round 12c (two-column texts of -layout, -raw, PyMuPDF): 0.9328 -> 0.9466 (a page read column by column no longer split into interleaved
    # lines; a sentence ending a printed line of pieces no short last line).
    # Round 14e, round 14a's two articles in dev (measured): 0.946 → 0.930.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 0.930 → 0.936.
    # Round 15e, its two articles in dev (measured with the round's work): 0.936 → 0.930.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17d (pieces of one printed line outweigh the widths and a list's number): 0.9010 → 0.9161.
    assert mean([v for r in dev if r.layout.startswith("twocol") for v in r.paragraphs]) >= 0.892
    # After round 9, with round 9c's two articles (never tuned on): 0.9581, 51/52, captions 46/56;
    # round 10a: 0.9609, 51/52, 48/56.
    # Round 12c (two-column texts of -layout, -raw, PyMuPDF): paragraphs 0.9657 -> 0.9718, 65 -> 67/68 citation sequences, captions 89 -> 92/96.
    # Round 12e, round 12a's two articles in dev (measured): 0.971 → 0.964; after round 12e's work: 0.964 → 0.969.
    # Round 14e, round 14a's two articles in dev (measured): 0.969 → 0.944.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 0.944 → 0.951.
    # Round 16f, round 16a's two articles in dev (measured).
    assert mean([v for r in rows for v in r.paragraphs]) >= 0.906  # 0.9473 with round 10b's articles, 0.9513 in 11d
    assert sum(r.cites for r in rows) >= 67  # 62 → 67 in round 11d
    assert sum(r.captions for r in rows) >= 92


def test_pymupdf_floors(totals) -> None:
    """PyMuPDF's plain page texts (``page.get_text()``, each page then a form feed), added in round
    11d. Its shapes: a table's head row with its cells run together and the rows one cell a line,
    a float at a page's top right after the running header, the page number under the header,
    Latin ligatures kept. Before the round's work (dev): paragraphs 0.9493, headings 0.9945,
    captions 47/56, 94 cells in bodies; after: 0.9836, 0.9990, 50/56, 8. The held-out articles
    (never tuned on, scored once before and once after): paragraphs 0.8993 → 0.9080, 13/16 citation
    sequences both times, captions 13 → 15 of 20, leaks 13 → 11."""
    typeset, _, _, _ = totals
    rows = [r for r in typeset if r.extractor == "pymupdf"]
    # Round 12e, round 12a's two articles in dev (measured): 68 → 76.
    # Round 14e, round 14a's two articles in dev (measured): 76 → 84.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.docs for r in rows) == 164
    assert sum(r.refused for r in rows) == 0
    # Round 12e, round 12a's two articles in dev (measured): 68 → 76, 68 → 76.
    # Round 14e, round 14a's two articles in dev (measured): 76 → 84, 76 → 84.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.title for r in rows) == 164
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.authors for r in rows) == 164
    dev = [r for r in rows if r.split == "dev"]
    # Round 12c (two-column texts of -layout, -raw, PyMuPDF): paragraphs 0.9839 -> 0.9933, headings 0.9986 -> 1.0000, captions 86 -> 92/96, cells 23 -> 7,
    # 56 -> 59/60 citation sequences (pages read column by column no longer cut into every other line).
    # Round 12e, round 12a's two articles in dev (measured): 0.993 → 0.981; after round 12e's work: 0.981 → 0.989.
    # Round 14e, round 14a's two articles in dev (measured): 0.989 → 0.973.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 0.973 → 0.982.
    assert mean([v for r in dev for v in r.paragraphs]) >= 0.981
    # With round 10b's two articles in dev (round 11a): headings 0.9984, captions 70/76, 13 cells, 48/52.
    # Round 12e, round 12a's two articles in dev (measured): 0.999 → 0.996; after round 12e's work: 0.996 → 1.000.
    # Round 14e, round 14a's two articles in dev (measured): 1.000 → 0.996.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 0.996 → 1.000.
    # Round 16f, round 16a's two articles in dev (measured).
    assert mean([v for r in dev for v in r.headings]) >= 0.993
    # With round 11c's articles in dev (round 12): paragraphs 0.9839, headings 0.9986, captions 86/96, 23 cells, 56/60.
    # Round 14e, round 14a's two articles in dev (measured): 7 → 10.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 10 → 6.
    assert sum(r.captions for r in dev) >= 92
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    # Session 12 (cells: a table's rows of values wherever they stand, a head row run together under a caption across both columns, a row's name qualified in brackets, a number with its measure word in wide gaps): 19 → 11.
    assert sum(r.leaks for r in dev) <= 11
    assert sum(r.cites for r in dev) >= 59
    heldout = [r for r in rows if r.split == "heldout"]
    # Held-out is shilaohua and jiating-yisheng since round 11a (8 texts): paragraphs 0.979, 8/8, no leak.
    assert mean([v for r in heldout for v in r.paragraphs]) >= 0.906
    assert sum(r.cites for r in heldout) >= 8  # the sealed articles' tables
    assert sum(r.leaks for r in heldout) <= 16


def test_pdf_reader_floors(totals) -> None:
    """The same typeset articles read from their PDFs (wenxian.pdfreader). kuaidi-xiacun's two
    two-column layouts (paragraphs 0.82 and 0.96, neither citation sequence, when it was the
    fifth round's fresh article) are exact since a first-page footnote's short lines beside the
    gutter are read with its full-width lines (sixth round; see docs/import-rounds.md). Seventh round,
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
    _, _, pdf, _ = totals
    # Round 12e, round 12a's two articles in dev (measured): 68 → 76.
    # Round 14e, round 14a's two articles in dev (measured): 76 → 84.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.docs for r in pdf) == 164
    # Round 10b's shiyanshi-anquan: one footnote line in a body of its PDFs (never tuned on); none
    # since round 11a (a note across both columns under a two-column page's text).
    # Round 12e, round 12a's two articles in dev (measured): 0 → 4.
    assert sum(r.refused for r in pdf) == 0
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.leaks for r in pdf) == 25
    # Round 12e, round 12a's two articles in dev (measured): 68 → 76, 68 → 76.
    # Round 14e, round 14a's two articles in dev (measured): 76 → 84, 76 → 84.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.title for r in pdf) == 164
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.authors for r in pdf) == 164
    # Below 1.0 since the seventh round: an English title and one across a page break that a
    # figure moved (chengshi-gengxin and nongcun-gongshui, two-column, English block at the end).
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert mean([v for r in pdf for v in r.fields]) >= 0.986  # 0.9952 in 10a, 0.9948 with 10b's articles
    dev = [r for r in pdf if r.split == "dev"]
    # Exact (headings, paragraphs, 44/44, captions 56/56) until round 10b's two articles joined dev
    # in round 11a: headings 0.9993, paragraphs 0.9953 (0.9966 once the scorer took a footnote's
    # mark for markup; 0.9980 after the round), captions 75/76.
    # With round 11c's two articles in dev (round 12): headings 0.9986, paragraphs 0.9974, 60/60, captions 96/96.
    # Round 12e, round 12a's two articles in dev (measured): 0.998 → 0.993; after round 12e's work: 0.993 → 0.998.
    # Round 14e, round 14a's two articles in dev (measured): 0.998 → 0.996.
    # Round 14e's work (a bold lead filling a narrow column's line runs on; the rest as above): 0.996 → 0.999.
    # Round 15e, its two articles in dev (measured with the round's work): 0.999 → 0.998.
    assert mean([v for r in dev for v in r.headings]) >= 0.998
    # Round 12e, round 12a's two articles in dev (measured): 0.997 → 0.996.
    # Round 14e, round 14a's two articles in dev (measured): 0.996 → 0.990.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 0.990 → 0.993.
    # Round 14e's work (a bold lead filling a narrow column's line runs on; the rest as above): 0.993 → 0.998.
    # Round 15e, its two articles in dev (measured with the round's work): 0.998 → 0.991.
    assert mean([v for r in dev for v in r.paragraphs]) >= 0.991
    # Round 12e, round 12a's two articles in dev (measured): 60 → 64 (gaoxiao-xinli 0/4: its scale's
    # range "[10, 50]" read as citing 10 and 50); 68/68 since the list's length bounds marks here too.
    # Round 14e, round 14a's two articles in dev (measured): 68 → 72.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 72 → 76.
    # Round 15e, its two articles in dev (measured): 76 → 84.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.cites for r in dev) == 140
    # Round 10a: 52 → 56 (a twin's last word above a table at a page's top read as a cell).
    # Round 12e, round 12a's two articles in dev (measured): captions due 96 → 120.
    # Round 14e, round 14a's two articles in dev (measured): 120 → 144.
    assert sum(r.captions for r in dev) >= 96
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.captions_due for r in dev) == 264
    # With round 10b's two articles (fresh): headings 0.9994, paragraphs 0.9959, 60/60 sequences.
    # Round 12e, round 12a's two articles in dev (measured): 0.998 → 0.993; after round 12e's work: 0.993 → 0.998.
    # Round 14e, round 14a's two articles in dev (measured): 0.998 → 0.996.
    # Round 14e's work (a bold lead filling a narrow column's line runs on; the rest as above): 0.996 → 0.999.
    # Round 15e, its two articles in dev (measured with the round's work): 0.999 → 0.998.
    assert mean([v for r in pdf for v in r.headings]) >= 0.998  # 0.9987 with 11c's sealed articles
    # Round 14e, round 14a's two articles in dev (measured): 0.997 → 0.991.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 0.991 → 0.993.
    # Round 14e's work (a bold lead filling a narrow column's line runs on; the rest as above): 0.993 → 0.998.
    # Round 15e, its two articles in dev (measured with the round's work): 0.998 → 0.991.
    assert mean([v for r in pdf for v in r.paragraphs]) >= 0.991  # 0.9983 after round 11a, 0.9977 with 11c's sealed articles
    # Round 12e, round 12a's two articles in dev (measured): 68 → 72; 76 (every one) after its work.
    # Round 14e, round 14a's two articles in dev (measured): 76 → 80.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 80 → 84.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.cites for r in pdf) == 164  # every citation sequence, 11c's sealed articles' too (round 15e: 84 → 92)


def test_bundled_article_row_is_exact(totals) -> None:
    _, raw, _, _ = totals
    assert [(r.paragraphs, r.headings, r.cites, r.refused) for r in raw] == [([1.0], [1.0], 1, 0)]


def test_html_floors(totals) -> None:
    """Round 11e: every article also printed from HTML + CSS by Chromium (benchmarks/importcorpus/
    htmlpdf.py: html-onecol, html-twocol; a running header over a rule, the first page's footnote
    under a rule, tables with a border round every cell, superscript citations, references with a
    hanging indent), read by pdftotext and by the PDF reader. Before the round's work the PDF
    reader lost every first page to a "table" framed by the header and footnote rules — dev (22
    PDFs): title 0/22, fields 0.37, headings 0.75, paragraphs 0.76, 0/22 citation sequences,
    captions 22/28; held-out (8 PDFs, scored once before): 0/8, 0.34, 0.74, 0.69, 0/8, 8/10. After:
    dev 22/22, 0.983, 1.00, 0.963, 21/22, 28/28; held-out 8/8, 0.992, 1.00, 0.982, 8/8, 10/10.
    pdftotext's rows are the text importer's (not worked on here): dev paragraphs 0.885, 17/22."""
    _, _, _, html = totals
    pdf = [r for r in html if r.extractor == "(pdf)"]
    text = [r for r in html if r.extractor == "pdftotext"]
    # Round 12e, round 12a's two articles in dev (measured): 34 → 38, 34 → 38.
    # Round 14e, round 14a's two articles in dev (measured): 38 → 42, 38 → 42.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.docs for r in pdf) == 82  # 27 articles × 2 layouts (round 15e: 42 → 46; 16c: 50 → 54)
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.docs for r in text) == 82
    assert sum(r.refused for r in html) == 0
    # Round 12e, round 12a's two articles in dev (measured): 34 → 38, 34 → 38.
    # Round 14e, round 14a's two articles in dev (measured): 38 → 42, 38 → 42.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.title for r in pdf) == 82
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.authors for r in pdf) == 82
    assert mean([v for r in pdf for v in r.fields]) >= 0.98
    # Round 12e, round 12a's two articles in dev (measured): 0.999 → 0.996; after round 12e's work: 0.996 → 1.000.
    # Round 15e, its two articles in dev (measured with the round's work): 1.000 → 0.992.
    assert mean([v for r in pdf for v in r.headings]) >= 0.992  # 0.992 before a wrapped （一） heading was read
    # Round 12e, round 12a's two articles in dev (measured): 0.968 → 0.966; after round 12e's work: 0.966 → 0.968.
    # Round 14e, round 14a's two articles in dev (measured): 0.968 → 0.955.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 0.955 → 0.960.
    # Round 15e, its two articles in dev (measured with the round's work): 0.960 → 0.955.
    assert mean([v for r in pdf for v in r.paragraphs]) >= 0.955
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 29 → 41 (37 before the work).
    assert sum(r.cites for r in pdf) >= 41  # a cell of a sealed article (11c)
    assert sum(r.captions for r in pdf) >= 38
    assert sum(r.leaks for r in pdf) <= 7
    # Round 12e, round 12a's two articles in dev (measured): 34 → 38.
    # Round 14e, round 14a's two articles in dev (measured): 38 → 42.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.title for r in text) == 82
    # Round 12e, round 12a's two articles in dev (measured): 0.88 → 0.874; after round 12e's work: 0.874 → 0.879.
    # Round 14e, round 14a's two articles in dev (measured): 0.879 → 0.865.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 0.865 → 0.869.
    # Session 12 (a table set in a one-column paragraph where the sentence before cites it; a colon's short
    # line before a quotation as wide as the text): 0.8774 → 0.8861.
    assert mean([v for r in text for v in r.paragraphs]) >= 0.877
    # Round 12e, round 12a's two articles in dev (measured): 17 → 23.
    # Round 14e, round 14a's two articles in dev (measured): 23 → 25.
    # Round 15c (numbers cited on the pages before are no new citations in a split: zhongxiao-heliu's html-twocol table's cells out of a paragraph): leaks 25 → 23.
    assert sum(r.cites for r in text) >= 23  # 12, then 17 with 11c's sealed articles
    # Round 16e (cells out of the body: a chart's label after a one-line paragraph, rows in wide gaps, a head cell with its unit, a chart's categories away from their caption, a number far from its text no heading's; a later page's head made of the first page's head lines; a spaced note mark): 24 → 14.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    # Session 12 (cells: a table's rows of values wherever they stand, a head row run together under a caption across both columns, a row's name qualified in brackets, a number with its measure word in wide gaps): 48 → 39.
    assert sum(r.leaks for r in text) <= 63

def test_narrow_gutter_floors(all_rows) -> None:
    """Round 11f's twocol-narrow layout (a 6 mm gutter, ctex's 1.3 line spread), every article.
    Plain pdftotext and pdfminer print its two columns' lines alternately, each between blank
    lines. Before the round's work: plain pdftotext paragraphs 0.07 (held-out, scored once,
    never tuned on: 0.07, 0/4 citation sequences; dev 0.07), headings 0.86 dev / 0.93 held-out;
    pdfminer 0.35 dev / 0.53 held-out. After (all 15 articles): pdftotext 0.3948, headings
    0.9430; pdfminer 0.4365; the other routes as the layout came (no change)."""
    rows = [row for key, row in all_rows.items() if key[2] == NARROW]
    by = {name: [r for r in rows if r.extractor == name] for name in {r.extractor for r in rows}}
    # Round 12e, round 12a's two articles in dev (measured): 119 → 133.
    # Round 14e, round 14a's two articles in dev (measured): 133 → 147.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.docs for r in rows) == 287  # 27 articles × (6 + PDF) (round 15e: 147 → 161; 16c: 175 → 189)
    assert sum(r.refused for r in rows) == 0
    # Round 12e, round 12a's two articles in dev (measured): 119 → 133, 119 → 133.
    # Round 14e, round 14a's two articles in dev (measured): 133 → 147, 133 → 147.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.title for r in rows) == 287
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.authors for r in rows) == 287

    def paragraphs(name: str) -> float:
        return mean([v for r in by[name] for v in r.paragraphs])

    # Round 12b (a page's column without the reference entries; a run printed a line of each column
    # in turn split with going over weighing more): pdftotext 0.3830 → 0.4752 (17 texts; dev 0.368 →
    # 0.476, held-out 0.499 → 0.470), headings 0.9501 → 0.9490, 0 → 1 citation sequence; pdfminer
    # 0.4381 → 0.4551; -raw 0.7796 → 0.8369 and PyMuPDF 0.9043 → 0.9651 by the column alone.
    # Round 12e, round 12a's two articles in dev (measured): 0.475 → 0.447; after round 12e's work: 0.942 → 0.952.
    # Round 14c (a run's crossing mended where its headings ran out of turn, a raised mark printed
    # apart glued back, a word across a join read against the words either side): paragraphs
    # 0.4475 → 0.4773, headings 0.9527 → 0.9730, citation sequences 1 → 3; pdfminer 0.4404 → 0.4426;
    # then a table's cells kept together under their caption: 0.4773 → 0.4850, headings 0.9730 →
    # 0.9705 (zhongxiao-heliu's （二） heading among a figure's labels), cells 39 → 35.
    # Round 14e, round 14a's two articles in dev (measured): 0.485 → 0.463, 0.970 → 0.966.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 0.966 → 0.970.
    # Round 15e, its two articles in dev (measured with the round's work): 0.970 → 0.968.
    # Round 16d (raised marks: a first piece printed after its mark joins it; a run's next reference
    # entry after a line ending as an entry ends): 0.4519 → 0.4748, headings 0.9635 → 0.9717,
    # citation sequences 4 → 6 (held-out jiating-yisheng 0.27 → 0.58 and its citations in order).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    # Session 11 (mixed columns: the document's phrases across a join, a table's cells inside a run,
    # cells joined only to the cell before them, turn-taking judged on lines of text): 0.4650 → 0.5796,
    # headings 0.9556 → 0.9609, citation sequences 6 → 9 (held-out 0.62 → 0.74, headings 0.96 → 1.00).
    # Session 12 (one-column floats and colons), lowered: 0.5726 → 0.5704 — dixia-guanwang's text (a
    # colon's short line among the interleaved columns now ends its block, 0.581 → 0.562) and
    # zhongxiao-heliu's (the float set in the flow, 0.400 → 0.345); every route
    # rose (XeLaTeX texts 0.9090 → 0.9096); of all dev texts 92 better, 18 worse.
    assert paragraphs("pdftotext") >= 0.567
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert mean([v for r in by["pdftotext"] for v in r.headings]) >= 0.955
    assert sum(r.cites for r in by["pdftotext"]) >= 9
    # Round 12e, round 12a's two articles in dev (measured): 0.455 → 0.440.
    # Round 14d (pdfminer's bands: the left column's lines of a stretch of the page, then the
    # right's, read as such): paragraphs 0.4404 → 0.4860 (dev 0.428 → 0.479, held-out 0.545 as it
    # was), headings 0.9505 → 0.9871, citation sequences 3 → 4.
    # Round 14e, round 14a's two articles in dev (measured): 0.485 → 0.463.
    # Round 16d (a run's next reference entry after a line ending as an entry ends): 0.4661 → 0.4715.
    # Session 11 (the same): 0.4862 → 0.5433, citation sequences 5 → 9 (held-out 0.55 → 0.56).
    # Session 12 (twocol: a page's first rows read across, then its columns whole, split at
    # BAND_TOP_GAIN): 0.5411 → 0.5473 (dev kuaidi-xiacun, yejian-jingji and zhanshi-shuju better, none worse;
    # held-out as it was).
    assert paragraphs("pdfminer") >= 0.544
    # Round 14e, round 14a's two articles in dev (measured): 0.986 → 0.965.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 0.965 → 0.969.
    # Round 16d (the same): 0.9682 → 0.9745.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert mean([v for r in by["pdfminer"] for v in r.headings]) >= 0.966
    assert sum(r.cites for r in by["pdfminer"]) >= 9
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 0.971 → 0.976 (0.974 before the work), 14 → 19 (18 before the work).
    # Round 15e, its two articles in dev (measured with the round's work): 0.976 → 0.970.
    assert paragraphs("(pdf)") >= 0.969
    assert sum(r.cites for r in by["(pdf)"]) >= 19
    # Round 12e, round 12a's two articles in dev (measured): 0.97 → 0.968; after round 12e's work: 0.968 → 0.973.
    # Round 14e, round 14a's two articles in dev (measured): 0.973 → 0.966.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 0.966 → 0.970.
    # Round 16f, round 16a's two articles in dev (measured).
    assert paragraphs("pypdfium2") >= 0.955
    assert sum(r.cites for r in by["pypdfium2"]) >= 15
    # Round 12c (two-column texts of -layout, -raw, PyMuPDF): -layout 0.7546 -> 0.8442, -raw 0.7796 -> 0.9115, PyMuPDF 0.9043 -> 0.9755 (cells 23 -> 0).
    # Round 12e, round 12a's two articles in dev (measured): 0.844 → 0.815; after round 12e's work: 0.815 → 0.818, 0.911 → 0.920.
    # Round 14e, round 14a's two articles in dev (measured): 0.818 → 0.799, 0.920 → 0.909.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 0.799 → 0.802, 0.909 → 0.913.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert paragraphs("pdftotext-layout") >= 0.765
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17d (pieces of one printed line outweigh the widths and a list's number): 0.8956 → 0.9052.
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert paragraphs("pdftotext-raw") >= 0.880
    # Round 14e, round 14a's two articles in dev (measured): 0.975 → 0.971.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 0.971 → 0.975.
    # Round 16f, round 16a's two articles in dev (measured).
    assert paragraphs("pymupdf") >= 0.954
    # Session 12 (cells: a table's rows of values wherever they stand, a head row run together under a caption across both columns, a row's name qualified in brackets, a number with its measure word in wide gaps): 4 → 0.
    assert sum(r.cell_leaks for r in by["pymupdf"]) == 2


def test_word_processor_floors(all_rows) -> None:
    """Round 14b: the dev articles also written as a word processor's document and exported to PDF
    by LibreOffice Writer (benchmarks/importcorpus/wordpdf.py: word-onecol, word-twocol; A4, a header
    alternating odd/even pages over a rule, the page number in the footer, the first page's note as
    the title's footnote marked * or in the first page's footer, a real footnote numbered 1 or ①,
    bordered tables, a picture for the figure, two columns as a section), read by five extractors and
    the PDF reader. The held-out articles got theirs in round 14 (the lead generated them, unseen,
    and scored them once: shilaohua and jiating-yisheng stay held-out, round 14a's two are in dev)."""
    rows = [row for key, row in all_rows.items() if key[2].startswith("word-")]
    # Round 14e, round 14a's two articles in dev and the held-out two's word texts (measured): 204 → 252.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.docs for r in rows) == 492  # 27 articles × 2 layouts × (5 + PDF) (round 15e: 252 → 276; 16c: 300 → 324)
    assert sum(r.refused for r in rows) == 0
    # Round 14e, round 14a's two articles in dev and the held-out two's word texts (measured): 204 → 252, 204 → 252.
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.title for r in rows) == 492
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.authors for r in rows) == 492
    by = {(r.extractor, r.layout): r for r in rows if r.split == "dev"}  # (the held-out articles have word texts since round 14)

    def para(extractor: str, layout: str) -> float:
        return mean(by[(extractor, layout)].paragraphs)

    # Before the round's work (measured on these texts): fields 0.9844, headings 0.9765, paragraphs
    # 0.7741, 153/204 citation sequences, captions 322/360, 242 cells, 36 running-head or note lines
    # in bodies. After: 0.9908, 0.9784, 0.7926, 154, 322, 242, 2 (a numbered note read as ① and its
    # note, a bracketed label cut at its letter-spacing, a head printed once, pages without form feeds,
    # a book's imprint on a line of its own before the English block).
    # Round 16f, round 16a's two articles in dev (measured).
    assert mean([v for r in rows for v in r.fields]) >= 0.987
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 0.978 → 0.981.
    # Round 15b (a word processor's -layout pages read as two columns): 0.9819 → 0.9854.
    # Round 15e, its two articles in dev (measured with the round's work): 0.981 → 0.980.
    # Round 15e, its two articles in dev (measured with the round's work): 0.812 → 0.811.
    assert mean([v for r in rows for v in r.headings]) >= 0.983
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 0.792 → 0.802 (0.798 before the work).
    # Round 14g (a raised mark printed before its line goes into the space the line kept): 0.810 → 0.812.
    # Round 15b (a word processor's -layout pages read as two columns): 0.8122 → 0.8312.
    # Session 11 (mixed columns: a table's cells inside a run of plain pdftotext's and pdfminer's
    # word-twocol texts): 0.8389 → 0.8459 (headings 0.9857 → 0.9853; held-out pdfminer word-twocol 0.49 → 0.31).
    # Session 12 (twocol: pdfminer's page tops read across, run-in titles in runs): +0.0036 over these
    # rows; (one-column floats and colons): 0.8398 → 0.8467.
    assert mean([v for r in rows for v in r.paragraphs]) >= 0.846
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 154 → 194 (189 before the work).
    # Round 14g (a raised mark printed before its line goes into the space the line kept): 194 → 195.
    # Round 15b (a word processor's -layout pages read as two columns): 195 → 208.
    assert sum(r.cites for r in rows) >= 208
    assert sum(r.captions for r in rows) >= 322
    # Round 14e, round 14a's two articles in dev and the held-out two's word texts (measured): 242 → 290, 2 → 10.
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 10 → 2.
    # Round 15b (a word processor's -layout pages: a table's caption over its twin across the page, a page's gutter
    # without its table's rows, a footnote after the right column): 290 → 193, 2 → 0.
    # Round 16e (cells out of the body: a chart's label after a one-line paragraph, rows in wide gaps, a head cell with its unit, a chart's categories away from their caption, a number far from its text no heading's; a later page's head made of the first page's head lines; a spaced note mark): 225 → 103, 3 → 0.
    # Round 16f, round 16a's two articles in dev (measured).
    # Session 11 (a table's cells inside a run, joined only to the cell before them): 108 → 104.
    # Session 12 (cells: a table's rows of values wherever they stand, a head row run together under a caption across both columns, a row's name qualified in brackets, a number with its measure word in wide gaps): 123 → 72.
    assert sum(r.cell_leaks for r in rows) <= 212
    # Session 15 (a note between the columns' streams of pdftotext -layout ends its page; a lone raised
    # mark whose note has its own mark stays in the text): 2 → 1.
    assert furniture(rows) == 3
    # One column, per route (before → after: pdftotext 0.878 → 0.916, -layout 0.878 → 0.907, -raw
    # 0.872 → 0.913, pdfminer 0.854 → 0.878, pypdfium2 0.879 → 0.924, the PDF reader 0.966 → 0.966).
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 0.915 → 0.912 with round 14a's articles in dev (the rows of dev alone), 0.919 after the work, 0.924 → 0.919 with round 14a's articles in dev (the rows of dev alone), 0.927 after the work.
    # Session 12 (a table set in a one-column paragraph where the sentence before cites it; a colon's
    # short line before a quotation as wide as the text): pdftotext 0.9200 → 0.9256, pypdfium2 0.9459 → 0.9516.
    assert para("pdftotext", "word-onecol") >= 0.923
    assert para("pypdfium2", "word-onecol") >= 0.949
    # Round 14e's work (an unnumbered 引言/结语, a note beside a list's ①, a raised [12]-[14], a note under a word processor's rule, a head's rule above a table): 0.966 → 0.963 with round 14a's articles in dev (the rows of dev alone), 0.964 after the work.
    assert para("(pdf)", "word-onecol") >= 0.964
    # Two columns through plain pdftotext, dev (round 14g: a raised mark printed before its line goes
    # into the space the line kept for it): paragraphs 0.361 → 0.395.
    # Round 16d (a mark raised at its line's end opens the line its punctuation went to; a run's next
    # reference entry after a line ending as an entry ends): 0.3842 → 0.4127.
    # Session 11 (mixed columns: a table's cells inside a run, joined only to the cell before them): 0.4164 → 0.5079.
    assert para("pdftotext", "word-twocol") >= 0.493
    # Session 12 (twocol: pdfminer reads a page's first rows across the gutter, then each column whole;
    # such a banded split is taken at BAND_TOP_GAIN; a run-in title over a full line wants its next line):
    # paragraphs 0.3396 → 0.3861 (ten texts better, none worse; held-out as it was).
    assert para("pdfminer", "word-twocol") >= 0.385
    # Two columns through pdftotext -layout, dev (round 15b: LibreOffice sets the columns' baselines apart, so
    # most rows hold one column's line; right-column lines alone as evidence, raised marks at a line's end,
    # a caption across the page, the first page's note): paragraphs 0.551 → 0.790, 3 → 15/19, cells 176 → 79.
    assert para("pdftotext-layout", "word-twocol") >= 0.764
    assert by[("pdftotext-layout", "word-twocol")].cites >= 15
    # Round 16e (cells out of the body: a chart's label after a one-line paragraph, rows in wide gaps, a head cell with its unit, a chart's categories away from their caption, a number far from its text no heading's; a later page's head made of the first page's head lines; a spaced note mark): 102 → 43.
    # Session 12 (cells: a table's rows of values wherever they stand, a head row run together under a caption across both columns, a row's name qualified in brackets, a number with its measure word in wide gaps): 43 → 24.
    assert by[("pdftotext-layout", "word-twocol")].cell_leaks <= 24


def test_pymupdf4llm_floors(scored) -> None:
    """Round 15f: PyMuPDF4LLM's Markdown (``pymupdf4llm.to_markdown``, default options) of the dev
    articles' five XeLaTeX layouts (95 texts; the held-out articles' are the lead's to make). Its
    shapes: the page's header lines before the "#" title, a block's printed lines run together, a
    paragraph cut in two blocks at a column's or page's end, captions marked "####", a picture's
    words between HTML comments, the key words' bold label and the reference entries run on into
    the line before, a first page's note as a block quote. First score, before the round's work
    (never read before): title 0/95, authors 94/95, fields 0.854, headings 0.925, paragraphs
    0.743, 33/95 citation sequences, captions 42/180, 321 leaks (284 of them cells and labels).
    After: 94/95, 94/95, 0.990, 0.994, 0.927, 83/95, 158/180, 25 (15)."""
    rows = [row for key, row in scored.items() if key[1] == "pymupdf4llm"]
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert sum(r.docs for r in rows) == 195  # 25 articles × 5 layouts (round 16c: 115 → 125)
    assert sum(r.refused for r in rows) == 0
    assert sum(r.title for r in rows) >= 94
    assert sum(r.authors for r in rows) >= 94
    # Round 16f, round 16a's two articles in dev (measured).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert mean([v for r in rows for v in r.fields]) >= 0.982
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    assert mean([v for r in rows for v in r.headings]) >= 0.985
    assert mean([v for r in rows for v in r.paragraphs]) >= 0.924
    assert sum(r.cites for r in rows) >= 83
    assert sum(r.captions for r in rows) >= 158
    # Round 16e (cells out of the body: a chart's label after a one-line paragraph, rows in wide gaps, a head cell with its unit, a chart's categories away from their caption, a number far from its text no heading's; a later page's head made of the first page's head lines; a spaced note mark): leaks 32 → 10, furniture 15 → 6.
    # Round 16f, round 16a's two articles in dev (measured).
    assert sum(r.leaks for r in rows) <= 25
    assert furniture(rows) <= 6


def _check_route_floors(scored, score_module, extractor: str, floors) -> None:
    """The floors of one extractor's texts per (split, route): ``floors[key]`` is docs, title,
    authors, fields, headings, paragraphs, cites, captions and leaks at most."""
    by: dict[tuple[str, str], list] = {}
    for (split, ex, layout), row in scored.items():
        if ex == extractor:
            by.setdefault((split, score_module.route(ex, layout)), []).append(row)
    assert set(by) == set(floors)
    for key, (docs, title, authors, fields, headings, paragraphs, cites, captions, leaks) in floors.items():
        rows = by[key]
        assert sum(r.docs for r in rows) == docs, key
        assert sum(r.refused for r in rows) == 0, key
        assert sum(r.title for r in rows) >= title, key
        assert sum(r.authors for r in rows) >= authors, key
        assert mean([v for r in rows for v in r.fields]) >= fields, key
        assert mean([v for r in rows for v in r.headings]) >= headings, key
        assert mean([v for r in rows for v in r.paragraphs]) >= paragraphs, key
        assert sum(r.cites for r in rows) >= cites, key
        assert sum(r.captions for r in rows) >= captions, key
        assert sum(r.leaks for r in rows) <= leaks, key


def test_pypdf_floors(scored, score_module) -> None:
    """Round 17f: pypdf's texts (round 17e; each page's ``extract_text()`` then a newline) per route,
    dev and held-out. The lead's unseen figures (dev): XeLaTeX paragraphs 0.98, 134/135 citation
    sequences, 1 leak; LibreOffice 0.91, 53/54, 15 leaks; Chromium title 0/54, fields 0.45, headings
    0.69, paragraphs 0.25, 0/54, 154 leaks — its CJK radicals (⽉ for 月) now read as ideographs,
    the legacy dash and wave dash as the text's, the first-page footnote printed above the title
    ended at its e-mail address, and a numbered note's mark before " 。" paired with its note."""
    # (split, route): docs, title, authors, fields, headings, paragraphs, cites, captions, leaks at most
    floors = {
        # Round 17 (lead, after every merge: round 17a's two articles in dev, only two held-out articles left;
        # measured at two decimals, floors half a hundredth below).
        ("dev", "XeLaTeX pypdf"): (175, 175, 175, 0.988, 0.998, 0.978, 174, 322, 2),
        # Session 12 (one-column floats and colons): paragraphs LibreOffice 0.9315 → 0.9435, Chromium 0.9095 → 0.9206.
        ("dev", "LibreOffice pypdf"): (70, 70, 70, 0.995, 0.997, 0.938, 69, 131, 1),
        ("dev", "Chromium pypdf"): (70, 67, 68, 0.992, 0.995, 0.925, 68, 128, 0),
        ("heldout", "XeLaTeX pypdf"): (30, 30, 30, 0.982, 0.985, 0.913, 28, 34, 76),
        ("heldout", "LibreOffice pypdf"): (12, 12, 12, 0.983, 0.980, 0.919, 11, 12, 40),
        ("heldout", "Chromium pypdf"): (12, 12, 12, 0.994, 0.993, 0.953, 12, 13, 4),
    }
    _check_route_floors(scored, score_module, "pypdf", floors)


def test_pdfplumber_layout_floors(scored, score_module) -> None:
    """Round s11: pdfplumber's ``layout=True`` texts (round 17e; each page's text then a newline, set
    on a grid of 7.25 pt a character) per route, dev and held-out. Round 17g took the grid's margin
    off; round s11 closes the gaps its CJK characters' lag made (``lines.without_lag``: a word set
    at its x after characters each given one cell of a wider glyph), reads a grid with no gutter as
    one column and a two-column grid's columns from their first line (``lines.grid_columns_begin``).
    Before round s11 (dev): XeLaTeX paragraphs 0.65, LibreOffice 0.79, Chromium 0.74."""
    # (split, route): docs, title, authors, fields, headings, paragraphs, cites, captions, leaks at most
    floors = {
        # Round s11 (measured at two decimals, floors half a hundredth below).
        # Session 12 (cells): leaks XeLaTeX 225 → 142, Chromium 56 → 51; (one-column floats and colons):
        # paragraphs LibreOffice 0.8354 → 0.8424, Chromium 0.8416 → 0.8450 (0.84497).
        # Session 13 (refcut: a number ahead of the list's label sequence is no label): cites 98 → 96 measured (two
        # texts, chengshi-gengxin's narrow and haiyang-muchang's spaced page), floor 97 → 96.
        ("dev", "XeLaTeX pdfplumber-layout"): (175, 172, 172, 0.964, 0.987, 0.865, 102, 265, 107),
        # Session 13 (twocol: a row's last gap at the gutter splits it beside the right column's full
        # line): headings LOWERED 0.986 → 0.985 (measured 0.9855: chanjiao-ronghe's word-twocol text
        # 1.00 → 0.97, a heading glued to the paragraph before once a table's row was split off),
        # paragraphs 0.842 → 0.848, leaks 46 → 30 (measured).
        ("dev", "LibreOffice pdfplumber-layout"): (70, 70, 70, 0.982, 0.984, 0.848, 50, 115, 43),
        ("dev", "Chromium pdfplumber-layout"): (70, 70, 70, 0.990, 0.987, 0.832, 42, 102, 59),
        ("heldout", "XeLaTeX pdfplumber-layout"): (30, 27, 27, 0.954, 0.975, 0.844, 19, 31, 87),
        ("heldout", "LibreOffice pdfplumber-layout"): (12, 12, 12, 0.978, 0.993, 0.876, 10, 10, 17),
        ("heldout", "Chromium pdfplumber-layout"): (12, 12, 12, 0.989, 0.979, 0.865, 7, 10, 20),
    }
    _check_route_floors(scored, score_module, "pdfplumber-layout", floors)


def test_pdfplumber_floors(scored, score_module) -> None:
    """Session 12: pdfplumber's default texts (round 17e; each page's ``extract_text()`` then a
    newline), per route, dev and held-out. Two columns come joined line by line (a left line and the
    right one on its baseline as one line, the others alone and in turn); round 17h split the pairs,
    session 12 deals every line of a region to the columns by one search over the evidence of
    ``evidence.JOINED`` (``columns._streams``). Before session 12 (dev, per route): XeLaTeX paragraphs
    0.50, LibreOffice 0.57, Chromium 0.55; the two-column layouts alone 0.16 to 0.21."""
    # (split, route): docs, title, authors, fields, headings, paragraphs, cites, captions, leaks at most
    floors = {
        # Session 12 (measured; floors a thousandth below, rounded down).
        # Session 13 (refcut, as above): cites 72 → 71 (zhanshi-shuju's narrow page: [22] and [23] mid-line).
        ("dev", "XeLaTeX pdfplumber"): (175, 175, 175, 0.962, 0.896, 0.651, 82, 236, 349),
        ("dev", "LibreOffice pdfplumber"): (70, 70, 70, 0.992, 0.893, 0.652, 35, 100, 147),
        ("dev", "Chromium pdfplumber"): (70, 70, 70, 0.990, 0.905, 0.658, 31, 90, 165),
        ("heldout", "XeLaTeX pdfplumber"): (30, 30, 30, 0.954, 0.921, 0.649, 15, 29, 83),
        ("heldout", "LibreOffice pdfplumber"): (12, 12, 12, 0.977, 0.952, 0.697, 6, 11, 36),
        ("heldout", "Chromium pdfplumber"): (12, 12, 12, 0.989, 0.916, 0.653, 4, 8, 30),
    }
    _check_route_floors(scored, score_module, "pdfplumber", floors)


def test_unseen_texts(score_module) -> None:
    """Round 17e: pypdf's and pdfplumber's texts (default, and ``layout=True``) of every committed
    PDF — the XeLaTeX, Chromium and LibreOffice layouts of every article, dev and held-out — each
    page's text followed by a newline, as their users save it (no form feed). Counted only, never
    imported here: the lead scores them once (their unseen figure), then their floors come."""
    # (pypdf's are counted here too; round 17f gave them floors: test_pypdf_floors)
    # (and pdfplumber layout=True's: round s11 gave them floors, test_pdfplumber_layout_floors;
    # pdfplumber's default texts: session 12, test_pdfplumber_floors)
    assert score_module.UNSEEN == ()
    golds = {split: sorted(g for g in (score_module.DATA / split).glob("*/*.gold.json") if g.parent.name not in SEALED)
             for split in ("dev", "heldout")}  # the sealed articles (SEALED) are not counted until the lead scores them
    pdfs = {split: [g for g in golds[split] if g.with_name(g.name.replace(".gold.json", ".pdf")).is_file()] for split in golds}
    # 31 dev articles (the bundled one's typeset sections included) and 2 held-out ones, 9 layouts each
    # (round 17i moved round 17a's two into dev).
    # Round 17 (lead, after every merge: round 17a's two articles in dev, pypdf floored): measured.
    # Session 12: zhouxing-shige in dev, shuzi-puhui a third held-out article.
    # Session 14: qingliang-jiance in dev, xinshen-baohu a fifth held-out article.
    # Session 15: qirongjiao-lizi in dev, bazi-xide a sixth held-out article.
    assert (len(pdfs["dev"]), len(pdfs["heldout"])) == (315, 54)
    for extractor in ("pypdf", "pdfplumber-layout", "pdfplumber"):
        for split, want in (("dev", 315), ("heldout", 54)):
            texts = [t for g in golds[split] for t in score_module.texts_of(g, extractors=extractor)]
            assert len(texts) == want, (extractor, split)
            producers = {}
            for path, name, layout in texts:
                assert name == extractor and path.suffix == ".txt"
                producers[score_module.route(name, layout)] = producers.get(score_module.route(name, layout), 0) + 1
            articles = want // 9
            assert producers == {
                f"XeLaTeX {extractor}": articles * 5,
                f"Chromium {extractor}": articles * 2,
                f"LibreOffice {extractor}": articles * 2,
            }
        # The texts as saved: no form feed between pages, Chinese text in each.
        for path, _, _ in (t for g in golds["dev"][:9] for t in score_module.texts_of(g, extractors=extractor)):
            text = path.read_text(encoding="utf-8")
            assert "\f" not in text and text.endswith("\n") and re.search("[\u4e00-\u9fff]", text)

