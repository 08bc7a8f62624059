"""What the PDF build refuses, and how it says so (file:line, hint, no traceback)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from tests.pdf.conftest import PROJECT, require_tex
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
