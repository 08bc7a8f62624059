"""What the PDF build refuses, and how it says so (file:line, hint, no traceback)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from tests.bundled import PROJECT
from tests.pdf.conftest import require_tex
from wenxian.cli import main
from wenxian.pdf import DEBIAN_PACKAGES

ROOTS = Path(__file__).resolve().parents[1] / "roots"


def test_a_glyph_no_font_has_fails_the_build_naming_it(tmp_path: Path, capsys) -> None:
    require_tex()
    shutil.copytree(PROJECT / "conf", tmp_path / "conf")
    shutil.copytree(ROOTS / "test-pdf-missing", tmp_path / "source", ignore=shutil.ignore_patterns("refs.bib"))
    shutil.copy(ROOTS / "test-pdf-missing" / "refs.bib", tmp_path / "refs.bib")
    status = main(["build", "pdf", "--project", str(tmp_path), "--variant", "zh-Hans"])
    err = capsys.readouterr().err
    assert status != 0
    assert f"{tmp_path / 'source' / 'article.md'}:5:" in err
    assert "no glyph for '𓀀'" in err and "U+13000" in err
    assert "hint:" in err and "Traceback" not in err
    assert not (tmp_path / "_build" / "site" / "pdf" / "article.zh-Hans.pdf").exists()


def test_pdf_of_a_project_without_the_handout_style(tmp_path: Path, capsys) -> None:
    (tmp_path / "conf").mkdir()
    (tmp_path / "conf" / "conf.py").write_text("", encoding="utf-8")
    (tmp_path / "source").mkdir()
    (tmp_path / "source" / "index.md").write_text("# 文章\n", encoding="utf-8")
    status = main(["build", "pdf", "--project", str(tmp_path)])
    err = capsys.readouterr().err
    assert status != 0
    assert "wenxian-handout.sty" in err and "no PDF handout style" in err and "docs/pdf.md" in err
    assert "Traceback" not in err


def test_the_hint_names_the_packages_debian_deps_installs() -> None:
    script = (PROJECT / "scripts" / "debian-deps.sh").read_text(encoding="utf-8")
    (group,) = re.findall(r'^\s*\[pdf\]="([^"]*)"', script, re.MULTILINE)
    assert sorted(group.split()) == sorted(DEBIAN_PACKAGES)


def test_pdf_date_is_the_same_in_every_clone(tmp_path, monkeypatch) -> None:
    """Without SOURCE_DATE_EPOCH, a git checkout dates its PDFs by its last commit,
    not by file times (which a fresh clone sets to the moment of cloning)."""
    import os
    import subprocess

    from wenxian.pdf import source_date_epoch
    from wenxian.project import Project

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    root = tmp_path / "p"
    (root / "conf").mkdir(parents=True)
    (root / "source").mkdir()
    (root / "conf" / "conf.py").write_text("", encoding="utf-8")
    env = {**os.environ, "GIT_AUTHOR_DATE": "@1700000000 +0000", "GIT_COMMITTER_DATE": "@1700000000 +0000",
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    for command in (["git", "init", "-q"], ["git", "add", "-A"], ["git", "commit", "-qm", "x"]):
        subprocess.run(command, cwd=root, check=True, env=env)
    os.utime(root / "conf" / "conf.py", (1800000000, 1800000000))
    assert source_date_epoch(Project(root)) == "1700000000"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "123")
    assert source_date_epoch(Project(root)) == "123"
