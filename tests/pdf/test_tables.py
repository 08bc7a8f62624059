"""A table whose cells the text gave (Marker's "| … |" rows) is a table in the handout, under the
article's own caption: LaTeX adds no "表格 1:" of its own."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tests.importer.helpers import FIXTURES
from tests.pdf.conftest import require_tex
from wenxian.cli import main


def test_a_table_with_its_cells_is_typeset_under_its_own_caption(tmp_path: Path) -> None:
    require_tex()
    root = tmp_path / "p"
    assert main(["new", str(root)]) == 0
    raw = root / "source" / "raw" / "marker.md"
    shutil.copy(FIXTURES / "marker.md", raw)
    assert main(["import", str(raw), "--project", str(root)]) == 0
    assert main(["build", "pdf", "--project", str(root), "--variant", "zh-Hant"]) == 0
    pdf = root / "_build" / "site" / "pdf" / "marker.zh-Hant.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    caption = next(line.strip() for line in text.splitlines() if "案例基本情況" in line)
    assert caption == "表 1 案例基本情況"  # the article's number only
    assert "表格" not in text
    assert any("B 街區" in line and "微更新" in line and "145" in line for line in text.splitlines())
