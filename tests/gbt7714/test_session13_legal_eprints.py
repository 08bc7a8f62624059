"""Session 13's fix round on the realbib part of four real files (tests/data/realbib/README.md): a legal
commentary printed in a periodical, a court decision typed @case, an arXiv e-print exported as an
@article of "arXiv e-prints". The entries are written for these tests (no copies of the files')."""

from __future__ import annotations

import pytest
from pybtex.database import parse_string

from wenxian.gbt7714 import format_bibliography


def _line(source: str, edition: str = "2015") -> str:
    return format_bibliography(parse_string(source, "bibtex"), edition=edition)[0][1]


@pytest.mark.parametrize(("source", "expected"), [
    # a case note in a periodical (French law's "note sous arrêt", droit-fr's @commentary with ``journal``):
    # an article of that periodical, not a book without its periodical ("MARTIN P. 1998: 33." before)
    ("@commentary{k, author = {Martin, Paul}, title = {Note sous {Cass.} civ. 1re}, journal = {JCP G},"
     " date = {1998}, pages = {33}}", "MARTIN P. Note sous Cass. civ. 1re[J]. JCP G, 1998: 33."),
    # …a commentary without one stays biblatex-jura2's book
    ("@commentary{k, editor = {Palandt, Otto}, title = {Bürgerliches Gesetzbuch}, langid = {german},"
     " year = {2019}, publisher = {C.H. Beck}, address = {München}}",
     "PALANDT O. Bürgerliches Gesetzbuch[M]. München: C.H. Beck, 2019."),
    # a court decision typed @case: biblatex's @jurisdiction ([Z], its law report kept), not an unknown
    # type with the court as its publisher and the report lost
    ("@case{k, title = {Smith v {Jones}}, institution = {EWCA}, journal = {QB}, volume = {1}, date = {1999},"
     " pages = {45}}", "Smith v Jones[Z]. QB, 1999, 1: 45."),
])
def test_legal_types_of_real_files(source: str, expected: str) -> None:
    assert _line(source) == expected


def test_an_ads_eprint_is_a_preprint_not_a_journals_article() -> None:
    """NASA ADS exports an arXiv e-print as an @article of the "journal" "arXiv e-prints", its pages the
    e-print's own: a preprint at its server's address (2015 [EB/OL], 2025 [PP/OL]), as the same work typed
    @misc is; a journal's article with its eprint keeps its journal."""
    ads = ("@article{k, author = {Lin, Wei}, title = {Root systems}, journal = {arXiv e-prints}, year = {2019},"
           " pages = {arXiv:1901.01234}, eid = {arXiv:1901.01234}, eprint = {1901.01234}, archivePrefix = {arXiv}}")
    misc = "@misc{k, author = {Lin, Wei}, title = {Root systems}, year = {2019}, eprint = {1901.01234}, archivePrefix = {arXiv}}"
    for edition in ("2015", "2025"):
        assert _line(ads, edition) == _line(misc, edition)
    assert _line(ads) == "LIN W. Root systems[EB/OL]. 2019. https://arxiv.org/abs/1901.01234."
    assert "[PP/OL]" in _line(ads, "2025")
    published = ads.replace("arXiv e-prints", "Ann. Math.").replace("arXiv:1901.01234}, eid", "1--9}, eid")
    assert _line(published) == "LIN W. Root systems[J/OL]. Ann Math, 2019: 1-9. https://arxiv.org/abs/1901.01234."
