"""The bundled article's sites and PDFs, built once per test session.

The PDF tests need TeX Live and poppler-utils (``scripts/debian-deps.sh pdf``);
without them they skip, except in CI (``CI`` set), where they fail.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from wenxian.cli import main
from wenxian.pdf import TOOLS
from tests.bundled import copy_project

POPPLER = ("pdftotext", "pdfinfo", "pdffonts")


def require_tex() -> None:
    missing = [tool for tool in (*TOOLS, *POPPLER) if shutil.which(tool) is None]
    if missing:
        reason = f"the PDF tests need {', '.join(missing)}: scripts/debian-deps.sh pdf"
        if os.environ.get("CI"):
            pytest.fail(reason + " (never skipped in CI)")
        pytest.skip(reason)


@dataclass(frozen=True)
class Bundled:
    root: Path

    def pdf(self, variant: str) -> Path:
        return self.root / "_build" / "site" / "pdf" / f"article.{variant}.pdf"

    def page(self, variant: str) -> Path:
        return self.root / "_build" / "site" / variant / "article.html"

    def log(self, variant: str) -> Path:
        return self.root / "_build" / "latex" / variant / "article.log"


@pytest.fixture(scope="session")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Bundled:
    """`wenxian build` of the bundled project: both sites and both PDFs."""
    require_tex()
    root = copy_project(tmp_path_factory.mktemp("bundled-pdf"))
    assert main(["build", "--project", str(root)]) == 0
    return Bundled(root)
