"""Real .bib files taken from public, licensed works (tests/data/realbib; sources and
licences in its README), scored as benchmarks/realbib_score.py does.

dev was looked at while fixing; heldout is only scored. The floors are the figures
measured on 2026-11-30 (round 10 of issue 13; round 12 moved round 11's sealed part, 166
entries the lead had scored once, to dev: 3 lines with LaTeX, 54 equal, 114 agreeing, 31
unclassified as moved), so that a regression fails:

- every entry printed in both editions (dev 5230 since session 15 moved its sealed part in, 5008 since session 13 moved its, 4941 since session 12 moved its, 4677 since session 11, 4406 since round 13ay moved round 13au's, 4178 since round 13h moved round 13's, 3890, 3767 before round 13e, 3559 before round 12e, 3393 before round 12; round 10 moved round 9's held-out part to
  dev: the lead had scored it once. Four of its @xdata records are data, not entries);
- lines with LaTeX left: dev 1 (texgraph's "\\special issues": ``{\\bs}special``, a
  backslash that is text; biblatex-archaeology's three ``\\psq`` decoded in round 12); 27 when round 10 began (apacite's ``\\APACSortNoop``, …);
- against the gbt7714 BibTeX package (2015; needs Debian's texlive-bibtex-extra, the
  ``compare`` group of scripts/debian-deps.sh): dev 1946/5230 lines equal and 4764 agreeing since session 15 (1793/5008 and 4547 since session 13; 1770/4941 and 4492 since session 12; 1696/4677 and 4271 since session 11; 1578/4406 and 4014 since round 13ay; 1538/4178 and 3795 since round 13h); 1396/3890 lines equal (1335/3767 before
  round 13e's PyPI files), 3545 (3436) equal or a
  classified package quirk / bad data, and 1 difference unclassified, a gap of wenxian named in
  the README (round 12e; 1272, 3271 and 3 before it on the 3559 entries of then) (1284, 3241 and 35 when round 12 moved the sealed files in; equal went down as
  German and French titles keep their own capitals, which the package lowercases).
An empty held-out part (between rounds) is skipped.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


realbib = _load("realbib_score")
# round 12e moved round 12's sealed part (208 entries; 10 lines with LaTeX, 58 equal, 109 agreeing,
# 63 unclassified as the lead scored it) to dev: 0, 63, 164 and 1 after the round's fixes
# round 13e added 16 .bib files of PyPI packages' tests (123 entries; as found 61 equal, 95 agreeing,
# 18 unclassified, 0 LaTeX; after: 61, 109, 0): dev 3890, 1396 equal, 3545 agreeing
# round 13h moved round 13's sealed part (288 entries; 1 line with LaTeX, 142 equal, 227 agreeing,
# 31 unclassified as the lead scored it) to dev: 0, 141, 249 and 0 after the round's fixes
# (equal went down by one as abnTeX2's @monography is [D], which the package prints [Z])
# round 13ay moved round 13au's sealed part (228 entries, counted 216 then as @COMMENTARY read as
# @comment; 4 lines with LaTeX, 39 equal, 161 agreeing, 57 unclassified as the lead scored it) to dev:
# 0, 41, 219 and 0 after the round's fixes (two AIAA reports print the number typed in ``type``,
# which the package drops); the other dev files 1537 equal (an album now printed after "//", which
# the package drops: biblatex-mla's Beyonce:2013ta) and 3795 agreeing
# session 11 moved its sealed part (271 entries; 0 lines with LaTeX, 127 equal, 245 agreeing, 12
# unclassified as the lead scored it) to dev: 0, 127, 257 and 0 after the fixes ("et al." typed in a
# name, a number the title ends with printed once, "4. Edition", German titles with LaTeX umlauts);
# the other dev files 1569 equal (9 fewer: biblatex's version is printed as the edition statement,
# which the package drops — asmejour's, hagenberg's, biblatex-gb7714's package manuals) and 4014
# agreeing, as before
# session 12 moved its sealed part (264 entries: OSCOLA, AER/CJE, MathSciNet, biblatex-software; 0 lines
# with LaTeX, 92 equal, 198 agreeing, 40 unclassified as the lead scored it) to dev: 0, 80, 221 and 0
# after the fixes (a legal document keeps its law report and number, a part with no title or author of its
# own is its book's volume, an item with no date of its own is dated by its event, a paper at an event
# without proceedings keeps the event's place) — equal went down as the
# package drops biblatex-oscola's law report that wenxian now prints; the other dev files 1690 equal
# (6 fewer: MLA's performances and talks dated by eventdate, which the package does not know) and 4271
# agreeing, as before
# session 13 moved its sealed part (67 entries: ustcthesis, droit-fr, biblatex-swiss-legal, lie-hasse; 0 lines
# with LaTeX, 23 equal, 46 agreeing, 10 unclassified as the lead scored it) to dev: 0, 23, 55 and 0 after the
# fixes (a commentary in a periodical is its article, @case a court decision, ADS's arXiv e-prints preprints);
# the other dev files 1770 equal and 4492 agreeing, as before
# session 15 moved its sealed part (222 entries: BIThesis, cje, classicthesis, disser, UNAMThesis, upTeX's
# jbtest, two Better BibLaTeX exports; 0 lines with LaTeX, 128 equal, 193 agreeing, 25 unclassified as the
# lead scored it) to dev: 0, 128, 217 and 0 after the fixes (a declared encoding, dotted dates, arXiv dates
# from the identifier, "No." before a number, CJK names closed up, a keyless record not printed); the other
# dev files 1792 equal (quantum's urldate {12.07.2019} is read now, which the package prints as typed) and
# 4547 agreeing, as before; then 1818 equal once a command's braced argument keeps its case as BibTeX's
# change.case$ keeps it (\textit{Escherichia coli}, \mkbibquote{The Dead}: 26 more lines equal)
FLOORS = {"dev": {"total": 5230, "left": 1, "same": 1946, "agree": 4764, "unclassified": 1},
          # round 10's sealed files (three Chinese thesis templates' databases, SEU's, pkuthss's list),
          # scored once by the lead after the round's merges, never tuned on: these are its figures
          "heldout": {"total": 174, "left": 0, "same": 92, "agree": 144, "unclassified": 28}}  # left: 1 when scored (\\CTeX)


@pytest.mark.parametrize("part", ["dev", "heldout"])
def test_real_bib_files(part: str) -> None:
    floor = FLOORS[part]
    if not any((realbib.CORPORA["real"] / part).glob("*.bib")):
        # Between rounds the held-out part may be empty: its files moved to dev once
        # scored twice, and the next ones are added (sealed) on another branch.
        pytest.skip(f"no .bib files in tests/data/realbib/{part}")
    figures = realbib.score(part, False, realbib.CORPORA["real"])
    assert figures["total"] >= floor["total"]
    for edition in realbib.EDITIONS:
        # every entry, both editions (or at least as many as when the part was first scored)
        assert figures[edition]["printed"] >= floor.get("printed", figures["total"])
        assert figures[edition]["left"] <= floor["left"]
    if shutil.which("bibtex") is None or "same" not in figures:
        pytest.skip("the gbt7714 BibTeX package is not installed (texlive-bibtex-extra)")
    assert figures["same"] >= floor["same"] and figures["agree"] >= floor["agree"]
    assert figures["classes"].get("wenxian", 0) == 0
    if "unclassified" in floor:
        # Every difference on dev is classified (package-diffs.toml): a new one fails.
        assert figures["unclassified"] <= floor["unclassified"]


def test_sealed_part_is_scored_only_by_name() -> None:
    """tests/data/realbib/sealed is where a round puts files for the lead to score once, with
    ``--part sealed``: the default run leaves it out, and it has no floor here (between rounds
    it is empty: round 9's files were scored and became the held-out part). Every file of the
    corpus has its README row (source and licence)."""
    real = realbib.CORPORA["real"]
    assert realbib.parts_named("all", real) == ["dev", "heldout"]
    assert realbib.parts_named("sealed", real) == (["sealed"] if (real / "sealed").is_dir() else [])
    # round 13's sealed files were scored once by the lead and moved to dev (round 13h), and so
    # were round 13au's (round 13ay), session 11's (its bibfix), session 12's (its ayfix),
    # session 13's (its ayfix) and session 15's (its fixbib); the next round's wait in sealed/ for
    # their one scoring
    assert not any((real / "sealed").glob("*.bib"))
    assert all((real / "dev" / name).is_file() for name in (
        "bithesis-undergraduate-ref.bib", "cje-ageingbib.bib", "classicthesis-amiede-publications.bib",
        "disser-thesis.bib", "unamthesis-testbib.bib", "uptex-jbtest.bib", "zotero-bbt-cnki-economics.bib",
        "zotero-bbt-cnki-thesis.bib",
        "biblatex-swiss-legal.bib", "droit-fr-bibliographie.bib", "lie-hasse.bib", "ustcthesis-ustc.bib",
        "biblatex-software-manual.bib", "crossrefware-citations.bib", "economic-aer-cje-ex.bib",
        "oscola-examples.bib",
        "abntex2-doc-abnt-6023.bib", "bjfuthesis-bibliography.bib", "cquthesis-refs.bib",
        "hfutthesis-hfut.bib", "udes-genie-these-references.bib",
        "aiaa-bibtex-database.bib", "biblatex-arthistory-bonn-examples.bib", "biblatex-fiwi-examples.bib",
        "biblatex-jura2-mylit.bib", "xduthesis-refs.bib",
        "achemso-demo.bib", "biblatex-bwl-fu.bib", "biblatex-ext-examples.bib", "biblatex-lncs-test.bib",
        "biblatex-lni-examples.bib", "umthesis-felty.bib"))
    assert realbib.parts_named("sealed", realbib.CORPORA["selfwritten"]) == []
    readme = (real / "README.md").read_text(encoding="utf-8")
    for path in sorted(real.glob("*/*.bib")):
        assert f"`{path.name}`" in readme, f"{path.name} has no row (source, licence) in the README"


def test_entries_are_counted_by_their_whole_type_name(tmp_path: Path) -> None:
    """biblatex-jura2's @COMMENTARY is an entry (a legal commentary), not BibTeX's @comment: the
    scorer counted round 13au's sealed part as 216 entries for its 228 ("228/216 printed")."""
    bib = tmp_path / "refs.bib"
    bib.write_text("@COMMENTARY{palandt, title = {BGB}}\n@comment{not an entry}\n"
                   "@Comment {also not}\n@string{J = {Journal}}\n@book{b, title = {B}}\n",
                   encoding="utf-8")
    assert realbib.entries_in(bib) == ["palandt", "b"]
