"""Real .bib files (tests/data/bibcorpus/dev): every entry printed in both editions,
no LaTeX left in any line, a repeated key reported instead of stopping the list.

The held-out part is only scored, by benchmarks/realbib_score.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wenxian.cli import main

DEV = Path(__file__).resolve().parents[1] / "data" / "bibcorpus" / "dev"
FILES = sorted(DEV.glob("*.bib"))
_URL = re.compile(r"(?:https?|ftp)://\S+")
# What a reader should never see: LaTeX commands, math, braces, TeX quotes and dashes.
LATEX_LEFT = re.compile(r"\\[A-Za-z]+|\$|[{}]|``|''|(?<![-\w])--|---")
_ENTRY = re.compile(r"^\s*@(?!comment|string|preamble)\w+\s*[{(]\s*([^,\s]+)\s*,",
                    re.IGNORECASE | re.MULTILINE)


def _keys(path: Path) -> list[str]:
    return list(dict.fromkeys(_ENTRY.findall(path.read_text(encoding="utf-8"))))


@pytest.mark.parametrize("edition", ["2015", "2025"])
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_entry_printed_without_latex(path: Path, edition: str, capsys) -> None:
    status = main(["refs", "format", "--edition", edition, str(path)])
    out, err = capsys.readouterr()
    lines = [line.split("\t", 1) for line in out.splitlines()]
    assert [key for key, _ in lines] == _keys(path)
    left = [(key, text) for key, text in lines if LATEX_LEFT.search(_URL.sub("", text))]
    assert left == []
    repeated = "repeated bibliography entry" in err
    assert status == (1 if repeated else 0)
    assert "Traceback" not in err


def test_the_corpus_has_a_repeated_key_and_reports_it(capsys) -> None:
    path = DEV / "jasminum-cnki.bib"
    assert main(["refs", "format", str(path)]) == 1
    err = capsys.readouterr().err
    assert "jasminum-cnki.bib:" in err and "chenDuplicate2022" in err
