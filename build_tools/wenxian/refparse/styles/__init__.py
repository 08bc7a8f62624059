"""Readers of the humanities' and publishers' styles that name the work after its authors without
a year there (MLA 9, Chicago notes-bibliography as SBL prints it, GOST 7.0.5, ACM's names given first) or with the year in a
form of their own (Springer basic, Harvard). Each module reads a whole line or nothing, like
:mod:`wenxian.refparse.otherstyles`, which calls :func:`read_more_styles`.
"""

from __future__ import annotations

from collections.abc import Iterator

from wenxian.refparse.spans import Spans
from wenxian.refparse.styles import abnt, acm, asce, asme, astronomy, biblatex_french, biblatex_standard, chicago_notes, cmp, citing_medicine, german, gost, harvard, iso690, japanese, mla, notes_bibliography, spie, springer, unified

# The most specific first: GOST's areas set off by " — " and its "//", ISO 690's family names in capitals
# before ", Year.", ABNT's family names in capitals
# set off by semicolons, ACM's names given first before the
# year as a sentence, biblatex's standard styles' "(Year). “Title”. In: Journal 24.4, pp. …" (and in French, "« Title ». In :
# Book. Place : Publisher, p. …"), Condensed Matter Physics' "Family I. I., Journal, Year, Vol, No. 2, pages" (no title), Springer's packed initials,
# the German "Name, Vorname: Titel, in: …" with "S." and "hrsg. v.", NLM's "Title [homepage on the Internet]. Place: Publisher; c1993 - [cited …]", Harvard's "(Year)," and ASCE's quoted titles with "Publisher, Place" set a line apart from every other style
# (ASME's too: its year in parentheses after the source, "Vol. 48 No. 5 (2002): pp. …"); MLA's elements set off by commas
# ("vol. 3, no. 2, 2019, pp. 1–10") from Chicago's notes-bibliography ("Journal 96 (1977): 5–26",
# "Place: Publisher, Year"); the Unified Style Sheet for Linguistics last, only its own forms ("Journal 11.
# 191–200.", "School dissertation.", "In Editor (ed.), Book, Pages."); SPIE's initials-first names and parts
# set off by commas ("Publisher, Place, Year", "J. Chem. Phys. 21, pp. 1087–1091, 1953") and the astronomy journals' "Smith A. B., 2014, Journal, 12, 345" (no title) last of these. (Physical Review's and Science's reader, styles/physics.py, is called by
# otherstyles after the AIP forms, whose lines it would otherwise take.) Chicago's notes last, names given first and
# the imprint in parentheses, and its short notes ("Amlen, “One Who Gives a Hoot.”"), which no other style prints.
READERS = (("gost", gost.read), ("iso690", iso690.read), ("abnt", abnt.read), ("acm", acm.read), ("biblatex", biblatex_standard.read), ("biblatex-fr", biblatex_french.read), ("cmp", cmp.read), ("springer", springer.read), ("vancouver", citing_medicine.read), ("german", german.read), ("harvard", harvard.read), ("asce", asce.read), ("asme", asme.read), ("mla", mla.read),
           ("chicago-nb", notes_bibliography.read), ("unified", unified.read), ("spie", spie.read),
           ("astronomy", astronomy.read), ("chicago-notes", chicago_notes.read), ("japanese", japanese.read))


def more_style_readings(text: str) -> Iterator[tuple[Spans, str]]:
    """Each of these styles' reading of the whole of ``text``, in the order above."""
    for name, read in READERS:
        spans = read(text)
        if spans is not None:
            yield spans, name


def read_more_styles(text: str) -> tuple[Spans, str] | None:
    return next(more_style_readings(text), None)
