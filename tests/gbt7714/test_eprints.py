"""An eprint's address in its archive (wenxian.gbt7714.eprints)."""

from __future__ import annotations

import pytest

from wenxian.gbt7714.eprints import archive_name, eprint_url


@pytest.mark.parametrize(("archive", "eprint", "owner", "url"), [
    ("arxiv", "hep-th/9909196", "", "https://arxiv.org/abs/hep-th/9909196"),
    ("", "2005.14165", "", "https://arxiv.org/abs/2005.14165"),  # an arXiv id, no archive named
    ("ctan", "hep-paper", "", "https://ctan.org/pkg/hep-paper"),
    ("CTAN", "hep-paper", "", "https://ctan.org/pkg/hep-paper"),
    ("github", "biblatex", "plk", "https://github.com/plk/biblatex"),
    ("sourceforge", "biblatex-biber", "", "https://sourceforge.net/projects/biblatex-biber"),
    ("googlebooks", "4HIWAAAAYAAJ", "", "https://books.google.com/books?id=4HIWAAAAYAAJ"),
    ("jstor", "1234567", "", "https://www.jstor.org/stable/1234567"),
    ("hdl", "2027/mdp.39015", "", "https://hdl.handle.net/2027/mdp.39015"),
    # not linked: a repository without its owner, an archive not known, a value that is
    # no identifier (the line shows what there is; nothing is made up)
    ("github", "biblatex", "", ""),
    ("PSSXiv", "123", "", ""),
    ("ctan", "see the CTAN page", "", ""),
])
def test_eprint_address(archive: str, eprint: str, owner: str, url: str) -> None:
    assert eprint_url(archive, eprint, owner) == url


def test_archive_names_as_written() -> None:
    assert archive_name("arxiv", "x") == "arXiv"
    assert archive_name("", "hep-th/9909196") == "arXiv"
    assert archive_name("github", "x") == "GitHub"
    assert archive_name("PSSXiv", "x") == "PSSXiv"
