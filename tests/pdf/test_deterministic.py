"""Two builds of a handout from the same inputs give byte-identical PDFs,
in another folder too (the date comes from SOURCE_DATE_EPOCH)."""

from __future__ import annotations

from pathlib import Path

from tests.bundled import copy_project
from tests.pdf.conftest import require_tex
from wenxian.build import build_pdf
from wenxian.project import Project


def test_same_inputs_same_pdf_bytes(tmp_path: Path, monkeypatch) -> None:
    require_tex()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    pdfs = []
    for name in ("one", "two"):
        project = Project(copy_project(tmp_path / name))
        result = build_pdf(project, "zh-Hant", echo=False)
        (pdf,) = result.pdfs
        pdfs.append(pdf.read_bytes())
    assert pdfs[0] == pdfs[1]
