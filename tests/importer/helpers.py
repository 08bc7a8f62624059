"""Shared helpers of the importer tests: a throw-away project and one import run."""

from __future__ import annotations

import shutil
from pathlib import Path

from wenxian.cli import main
from wenxian.importer import read_text
from wenxian.importer.evidence import Decision
from wenxian.model import Heading, Paragraph

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def make_project(root: Path) -> Path:
    """A minimal wenxian project (conf/conf.py, source/raw/) under ``root``."""
    (root / "conf").mkdir(parents=True, exist_ok=True)
    (root / "conf" / "conf.py").write_text("", encoding="utf-8")
    (root / "source" / "raw").mkdir(parents=True, exist_ok=True)
    return root


def import_case(root: Path, case: str, *extra: str) -> tuple[int, Path]:
    """Import fixture ``case`` inside a fresh project; (exit status, output path)."""
    make_project(root)
    raw = root / "source" / "raw" / f"{case}.txt"
    shutil.copy(FIXTURES / f"{case}.txt", raw)
    bib = FIXTURES / ("seed.bib" if case == "seed-article" else "refs.bib")
    args_file = FIXTURES / f"{case}.args"
    args = args_file.read_text(encoding="utf-8").split() if args_file.exists() else []
    status = main(["import", str(raw), "--bib", str(bib), "--project", str(root), *args, *extra])
    return status, root / "source" / f"{case}.md"


def read_body(source: str, explain: list[Decision] | None = None) -> tuple[list[str], list[str], list[int]]:
    """A text's headings, paragraphs (spaces removed) and citation numbers, as the importer reads it."""
    article = read_text(source, explain=explain)
    heads = [b.text for b in article.blocks if isinstance(b, Heading)]
    paras = [b.plain_text().replace(" ", "") for b in article.blocks if isinstance(b, Paragraph)]
    cites = [item.number for c in article.citations() for item in c.items]
    return heads, paras, cites


def blocks(text: str) -> list[tuple[str, str]]:
    """A text's headings ("h", text) and paragraphs ("p", text without spaces) in order, as read."""
    out = []
    for b in read_text(text).blocks:
        if isinstance(b, Heading):
            out.append(("h", b.text))
        elif isinstance(b, Paragraph):
            out.append(("p", b.plain_text().replace(" ", "")))
    return out


COLUMN = 18  # characters of a column line in the two-column tests; a paragraph's first line is 2 shorter


def wrap_in_column(text: str) -> list[str]:
    """A paragraph as pdftotext prints it in a column: the indent is lost, the first
    line is short; no line starts with a comma or a full stop (it hangs at the end)."""
    lines: list[str] = []
    rest, size = text, COLUMN - 2
    while rest:
        cut = size + 1 if rest[size : size + 1] in tuple("，。、；：”") and len(rest) > size else size
        lines.append(rest[:cut])
        rest, size = rest[cut:], COLUMN
    return lines
