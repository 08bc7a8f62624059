"""The bundled project, copied for tests that must not touch the checkout.

One place knows what the bundled project is made of (conf/, refs.bib,
source/index.md, the raw text, the committed article) and how the README
imports its article.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from wenxian.cli import main

PROJECT = Path(__file__).resolve().parents[1]
WORKING_TITLE = "以全面深化改革推动新质生产力发展：逻辑底蕴、问题检视与实践进路"


def copy_project(dest: Path, *, article: bool = True) -> Path:
    """The bundled project in ``dest``: with ``article``, its committed
    source/article.md too; without, only the raw text it is imported from."""
    shutil.copytree(PROJECT / "conf", dest / "conf", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PROJECT / "refs.bib", dest / "refs.bib")
    (dest / "source" / "raw").mkdir(parents=True)
    for name in ("index.md", "raw/article.txt", *(["article.md"] if article else [])):
        shutil.copy(PROJECT / "source" / name, dest / "source" / name)
    return dest


def import_article(root: Path, *extra: str) -> int:
    """The README's import of the bundled article, in the project at ``root``."""
    return main(
        [
            "import", str(root / "source" / "raw" / "article.txt"),
            "--bib", str(root / "refs.bib"),
            "--title", WORKING_TITLE, "--working-title",
            "--project", str(root), *extra,
        ]
    )
