"""``wenxian new``: a project anywhere, from the installed package alone.

The wheel is built (``python -m build``) and installed with pip into a fresh
environment outside the repository; that environment's ``wenxian`` starts a
project in a temporary folder, imports an article with its own reference
list, checks it and builds its sites. The fresh environment borrows the
test environment's dependencies (Sphinx, …) through a ``.pth`` line, not its
wenxian: templates or styles read from the checkout would not be found.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.scholarly.pagemeta import expected_names, head_metadata, missing_or_extra
from wenxian.cli import main
from wenxian.sphinxext.frontmatter import read_front_matter
from wenxian.scaffold import FILES, template_text

HERE = Path(__file__).parent
BASE = "https://example.org/journal/"
PROJECT = HERE.parents[1]


def test_new_writes_a_commented_2025_project(tmp_path: Path, capsys) -> None:
    root = tmp_path / "期刊"
    assert main(["new", str(root), "--title", "经济'研究\"<选>"]) == 0
    out = capsys.readouterr().out
    for path in FILES:
        assert (root / path).is_file(), path
        assert str(root / path) in out
    assert (root / "source" / "raw").is_dir()
    assert (root / "refs.bib").read_text(encoding="utf-8") == ""
    conf = (root / "conf" / "conf.py").read_text(encoding="utf-8")
    settings: dict = {}
    exec(compile(conf, "conf.py", "exec"), settings)  # noqa: S102 - the file we just wrote
    assert settings["bibtex_default_style"] == "gbt7714-2025"
    assert settings["project"] == "经济'研究\"<选>"
    assert set(settings["wenxian_script_variants"]) >= {"zh-Hans", "zh-Hant"}
    assert settings["html_baseurl"] == ""
    # Every setting is explained: a comment within the lines above it.
    lines = conf.splitlines()
    for number, line in enumerate(lines):
        if line and line[0].isalpha() and " = " in line and not line.startswith(("author", "copyright", "html_title")):
            assert any(l.startswith("#") for l in lines[max(0, number - 8):number]), line
    assert "wenxian import" in (root / "README.md").read_text(encoding="utf-8")
    assert "_build/" in (root / ".gitignore").read_text(encoding="utf-8")
    assert "wenxian import" in out and "wenxian build" in out
    # The start page's title is text, not Markdown.
    assert (root / "source" / "index.md").read_text(encoding="utf-8").startswith("# 经济\\'研究\\\"\\<选\\>\n")


@pytest.mark.parametrize("args, styles", [
    ([], ("gbt7714-2025", "gbt_numeric")),
    (["--citations", "author-year"], ("gbt7714-2025-ay", "gbt_author_year")),
    (["--edition", "2015", "--citations", "author-year"], ("gbt7714-2015-ay", "gbt_author_year")),
    (["--edition", "2015"], ("gbt7714-2015", "gbt_numeric")),
])
def test_new_sets_the_edition_and_citation_system_asked_for(tmp_path: Path, args, styles, capsys) -> None:
    """An economics journal starts author-year in one command; importing an author-year article
    into it then needs no change to conf.py (the import's hint to change it is not given)."""
    from tests.reflists.test_author_year import ARTICLE

    root = tmp_path / "p"
    assert main(["new", str(root), *args]) == 0
    settings: dict = {}
    exec(compile((root / "conf" / "conf.py").read_text(encoding="utf-8"), "conf.py", "exec"), settings)  # noqa: S102
    assert (settings["bibtex_default_style"], settings["bibtex_reference_style"]) == styles
    raw = root / "source" / "raw" / "ay.txt"
    raw.write_text(ARTICLE, encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(raw), "--project", str(root)]) == 0
    out = capsys.readouterr().out
    assert ("renders citations by number" in out) == (styles[1] == "gbt_numeric")
    if styles[1] == "gbt_numeric":  # the hint names the styles of the project's own edition
        assert f'bibtex_default_style = "{styles[0]}-ay"' in out


def test_shipped_style_and_phrases_are_the_repositorys(tmp_path: Path) -> None:
    assert template_text("wenxian-handout.sty") == (PROJECT / "conf/latex/wenxian-handout.sty").read_text(encoding="utf-8")
    assert template_text("phrases.tsv") == (PROJECT / "conf/phrases.tsv").read_text(encoding="utf-8")


def test_a_folder_that_is_not_empty_is_refused(tmp_path: Path, capsys) -> None:
    (tmp_path / "notes.txt").write_text("mine\n", encoding="utf-8")
    assert main(["new", str(tmp_path)]) == 2
    assert "not empty" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_fill_adds_what_is_missing_and_replaces_nothing(tmp_path: Path, capsys) -> None:
    (tmp_path / "conf").mkdir()
    (tmp_path / "conf" / "conf.py").write_text("project = 'mine'\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("my notes\n", encoding="utf-8")
    assert main(["new", str(tmp_path), "--fill"]) == 0
    out = capsys.readouterr().out
    assert (tmp_path / "conf" / "conf.py").read_text(encoding="utf-8") == "project = 'mine'\n"
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == "my notes\n"
    assert "kept" in out and (tmp_path / "source" / "index.md").is_file()


def test_a_file_in_the_way_is_reported(tmp_path: Path, capsys) -> None:
    (tmp_path / "x").write_text("", encoding="utf-8")
    assert main(["new", str(tmp_path / "x")]) == 2
    assert "not a folder" in capsys.readouterr().err


# ---- the installed package ---------------------------------------------------


def run(*args: str | Path, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{args}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """A fresh environment with wenxian installed from its wheel: (its bin/, the environment)."""
    work = tmp_path_factory.mktemp("wheel")
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    # The source is copied first: building in the checkout would write build/ and egg-info there.
    source = work / "src"
    shutil.copytree(PROJECT, source, ignore=shutil.ignore_patterns(
        ".venv", "_build", ".git", "__pycache__", "*.egg-info", "tests", "benchmarks", ".pytest_cache", ".hypothesis"))
    run(sys.executable, "-m", "build", "--wheel", "--outdir", work / "dist", source, cwd=work, env=env)
    (wheel,) = (work / "dist").glob("wenxian-*.whl")
    venv = work / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=work, env=env)
    fresh_python = venv / "bin" / "python"
    purelib = Path(subprocess.run([fresh_python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                  capture_output=True, text=True, check=True).stdout.strip())
    # The dependencies, not wenxian: a .pth line adds a folder but runs none of its .pth files
    # (the editable install's finder lives in one).
    (purelib / "test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    run(sys.executable, "-m", "pip", "--python", fresh_python, "install", "-q", "--no-deps", "--no-index", wheel,
        cwd=work, env=env)
    return venv / "bin", {**env, "PATH": f"{venv / 'bin'}{os.pathsep}{env['PATH']}"}


@pytest.fixture(scope="module")
def new_project(installed, tmp_path_factory) -> Path:
    """``wenxian new`` → import → check → build site, with the installed command, outside the repository."""
    bin_dir, env = installed
    work = tmp_path_factory.mktemp("newproject")
    run(bin_dir / "wenxian", "new", "journal", cwd=work, env=env)
    root = work / "journal"
    conf = root / "conf" / "conf.py"  # the site's address, as the comment there asks
    conf.write_text(conf.read_text(encoding="utf-8").replace('html_baseurl = ""', f'html_baseurl = "{BASE}"'),
                    encoding="utf-8")
    shutil.copy(HERE / "files" / "journal-article.txt", root / "source" / "raw" / "journal-article.txt")
    run(bin_dir / "wenxian", "import", "source/raw/journal-article.txt", cwd=root, env=env)
    run(bin_dir / "wenxian", "check", "--strict", cwd=root, env=env)
    run(bin_dir / "wenxian", "build", "site", cwd=root, env=env)
    return root


def test_the_wheel_ships_the_templates(installed) -> None:
    bin_dir, env = installed
    done = run(bin_dir / "python", "-c", "import wenxian, wenxian.scaffold as s; print(wenxian.__file__); "
               "print(s.template_text('wenxian-handout.sty')[:20])", cwd=bin_dir, env=env)
    location, style = done.stdout.splitlines()
    assert Path(location).is_relative_to(bin_dir.parent), location
    assert not Path(location).is_relative_to(PROJECT)
    assert style.startswith("%")
    (wheel,) = (bin_dir.parents[1] / "dist").glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {f"wenxian/scaffold/template/{name}" for name in FILES.values()} <= names


def test_a_new_project_imports_checks_and_builds(new_project: Path) -> None:
    assert "@book{wang2023shuju," in (new_project / "refs.bib").read_text(encoding="utf-8")
    site = new_project / "_build" / "site"
    for variant in ("zh-Hans", "zh-Hant"):
        page = (site / variant / "journal-article.html").read_text(encoding="utf-8")
        assert "数据要素" in page or "數據要素" in page
        assert "journal-article.html" in (site / variant / "index.html").read_text(encoding="utf-8")
    assert (site / "index.html").is_file()


def test_held_out_article_page_carries_what_its_front_matter_supports(new_project: Path) -> None:
    """The imported article (not the one the tags were developed on) as an index reads it."""
    front = read_front_matter(new_project / "source" / "journal-article.md")
    site = new_project / "_build" / "site"
    for variant in ("zh-Hans", "zh-Hant"):
        found = head_metadata((site / variant / "journal-article.html").read_text(encoding="utf-8"))
        assert missing_or_extra(found, expected_names(front, references=3, pdf=True)) == {}, variant
        assert found["canonical"] == f"{BASE}{variant}/journal-article.html"
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{BASE}zh-Hant/journal-article.html</loc>" in sitemap


def test_a_new_project_builds_strictly_before_its_first_article(tmp_path: Path, capsys) -> None:
    """The start page's toctree matches nothing yet: no warning, so `build --strict` passes."""
    root = tmp_path / "journal"
    assert main(["new", str(root)]) == 0
    assert main(["build", "site", "--strict", "--variant", "zh-Hans", "--project", str(root)]) == 0
    assert "didn't match" not in capsys.readouterr().err
