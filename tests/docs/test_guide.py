"""The user guide (docs/): it builds without a warning, and its commands work.

Every line of every ``sh`` block, page by page in the toctree's order, is run
with bash in a copy of the bundled project (plus ``files/``: a second raw
article and a Zotero export, both made up for this test, and a typeset PDF of
``tests/data/pdfreader/``). A command must exit 0, or the status :data:`EXPECTED_STATUS` gives for it. Two commands set up the
machine itself and are exercised elsewhere: see :data:`ELSEWHERE`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sphinx.cmd.build import build_main
from tests.bundled import copy_project

PROJECT = Path(__file__).resolve().parents[2]
DOCS = PROJECT / "docs"
FILES = Path(__file__).parent / "files"
SH_BLOCK = re.compile(r"^```sh\n(.*?)^```$", re.MULTILINE | re.DOTALL)

# (command, occurrence from 0) → exit status; the rest must exit 0.
EXPECTED_STATUS = {
    ("wenxian refs fmt --check", 0): 1,  # the first, after import and refs add appended entries
}
# Commands that set up the machine: `make` is what CI runs (.ci/run → make
# test, whose first step is the same setup); activating the venv is what this
# test does by putting the venv's bin/ first on PATH.
ELSEWHERE = {"make": PROJECT / "Makefile", ". .venv/bin/activate": PROJECT / "Makefile"}


def pages() -> list[Path]:
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    toctree = index.split("```{toctree}", 1)[1].split("```", 1)[0]
    names = [line.strip() for line in toctree.splitlines()
             if line.strip() and not line.strip().startswith(":")]
    return [DOCS / "index.md", *(DOCS / f"{name}.md" for name in names)]


def commands() -> list[tuple[str, str]]:
    """(page, command) for every command of every sh block, in reading order."""
    out = []
    for page in pages():
        for block in SH_BLOCK.findall(page.read_text(encoding="utf-8")):
            text = block.replace("\\\n", " ")
            for line in text.splitlines():
                command = re.sub(r"\s+#.*$", "", line).strip()
                if command and not command.startswith("#"):
                    out.append((page.name, " ".join(command.split())))
    return out


def test_the_guide_builds_without_warnings(tmp_path: Path) -> None:
    assert build_main(["-W", "-q", "-b", "html", str(DOCS), str(tmp_path / "html")]) == 0
    built = {p.stem for p in (tmp_path / "html").glob("*.html")}
    assert {p.stem for p in pages()} <= built


def test_every_page_of_the_folder_is_in_the_guide() -> None:
    assert {p.name for p in DOCS.glob("*.md")} == {p.name for p in pages()}


def test_the_guide_has_commands_for_each_task() -> None:
    found = {command.split()[1] for _, command in commands() if command.startswith("wenxian ")}
    assert {"import", "check", "refs", "build", "serve"} <= found


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("guide") / "project"
    copy_project(root)
    shutil.copy(FILES / "second.txt", root / "source" / "raw" / "second.txt")
    shutil.copy(FILES / "zotero-export.bib", root / "zotero-export.bib")
    shutil.copy(PROJECT / "tests" / "data" / "pdfreader" / "one-column-numbered.pdf", root / "source" / "raw" / "third.pdf")
    return root


def test_every_command_of_the_guide_runs(project: Path) -> None:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    first_article = (project / "source" / "article.md").read_bytes()
    seen: dict[str, int] = {}
    ran = 0
    for page, command in commands():
        setup = next((k for k in ELSEWHERE if command == k or command.startswith(k + " ")), None)
        if setup is not None:
            assert ELSEWHERE[setup].is_file()
            continue
        occurrence = seen.get(command, 0)
        seen[command] = occurrence + 1
        done = subprocess.run(["bash", "-c", command], cwd=project, env=env,
                              capture_output=True, text=True, timeout=900)
        expected = EXPECTED_STATUS.get((command, occurrence), 0)
        assert done.returncode == expected, (
            f"{page}: {command!r} exited {done.returncode}\n{done.stdout}\n{done.stderr}")
        ran += 1
    assert ran >= 15
    # What the commands did, as the guide says.
    assert (project / "source" / "article.md").read_bytes() == first_article
    refs = (project / "refs.bib").read_text(encoding="utf-8")
    assert "@book{wang2023shuju," in refs and "@online{shili2024wangye," in refs
    assert (project / "check.json").is_file()
    site = project / "_build" / "site"
    for variant in ("zh-Hans", "zh-Hant"):
        start = (site / variant / "index.html").read_text(encoding="utf-8")
        assert "second.html" in start and "article.html" in start
    assert "王明" in (site / "zh-Hans" / "second.html").read_text(encoding="utf-8")
    assert "此处表未收录" in (site / "zh-Hans" / "third.html").read_text(encoding="utf-8")
