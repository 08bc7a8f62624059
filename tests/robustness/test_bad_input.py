"""Bad input: a clear error (file, line, what, how to fix), an exit code, nothing lost.

Every case of issue 7's list is a row of :data:`CASES`, run by one test on a
copy of the bundled project whose site was built once: the command must fail
with ``file[:line]: error: what`` and a ``hint:``, and every file of the
project (sources, refs.bib, the published site) must keep its bytes. Cases
that need more than a command line have their own test below, named in the
table's comment:

============================================  ====================================
case                                          where
============================================  ====================================
empty file                                    ``empty-file``
binary file                                   ``binary-file``
text in an unknown encoding                   ``shift-jis``, ``big5``
a 50 MB input                                 ``too-large`` + test_50_mb_is_refused_without_reading_it
raw text without any heading                  test_text_without_headings_is_warned_about
citation numbers beyond the list or --bib    test_citation_beyond_the_bib_is_text_with_a_warning
unbalanced braces in refs.bib                 ``unbalanced-braces``
a duplicate key                               ``duplicate-key``
an unknown entry type                         ``unknown-type``
a date that is not a date                     ``not-a-date``, ``impossible-date``, ``year-without-digits``
a MyST file with a broken directive           ``unclosed-directive``, ``unknown-directive``, ``directive-without-argument``
a missing conf/                               ``missing-conf``
an output directory that is not writable      test_output_folder_not_writable_import, _build
a disk-full write (simulated)                 test_disk_full_write
two builds at once                            test_two_builds_at_once (more in tests/publish/)
============================================  ====================================
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from wenxian.cli import main

PROJECT = Path(__file__).resolve().parents[2]
HEADLESS_TEXT = "　　这是一段正文，引用了文献[1]。\n　　第二段正文。\n"


# Sphinx's caches, not outputs: a failed build may have read changed sources
# into them (the next build re-reads; see wenxian.publish).
CACHES = ("_build/doctrees/", "_build/cache/")


def snapshot(root: Path) -> dict[str, bytes]:
    """Every source and output file under ``root`` (not the caches) and its bytes."""
    files = (p for p in sorted(root.rglob("*")) if p.is_file())
    return {
        name: path.read_bytes()
        for path in files
        if not (name := path.relative_to(root).as_posix()).startswith(CACHES)
    }


def assert_unchanged(before: dict[str, bytes], root: Path) -> None:
    after = snapshot(root)
    lost = [name for name in before if name not in after]
    changed = [name for name in before if name in after and after[name] != before[name]]
    assert not lost and not changed, f"lost: {lost[:5]}, changed: {changed[:5]}"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The bundled project with its sites published (the output a failure must not touch)."""
    root = tmp_path_factory.mktemp("built")
    for name in ("conf", "source"):
        shutil.copytree(PROJECT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PROJECT / "refs.bib", root / "refs.bib")
    assert main(["build", "site", "--project", str(root)]) == 0
    return root


@pytest.fixture
def project(built: Path, tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(built, root, symlinks=True)
    return root


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def raw(root: Path, data: bytes, name: str = "bad.txt") -> Path:
    path = root / "source" / "raw" / name
    path.write_bytes(data)
    return path


def import_(root: Path, path: Path, *extra: str) -> list[str]:
    return ["import", str(path), "--project", str(root), *extra]


def build(root: Path) -> list[str]:
    return ["build", "site", "--project", str(root)]


@dataclass(frozen=True)
class Case:
    """One bad input: how to make it (→ argv), and the error it must give."""

    id: str
    make: Callable[[Path], list[str]]
    where: str  #: the location the message starts with, relative to the project
    what: str  #: words of the message
    hint: str  #: words of the hint
    exit_code: int = 2


def _big5(root: Path) -> list[str]:
    import opencc

    text = opencc.OpenCC("s2t").convert((PROJECT / "source" / "raw" / "article.txt").read_text(encoding="utf-8"))
    return import_(root, raw(root, text.encode("big5", "ignore")))


def _no_conf(root: Path) -> list[str]:
    shutil.rmtree(root / "conf")
    return build(root)


def _too_large(root: Path) -> list[str]:
    path = raw(root, b"")
    os.truncate(path, 50 * 2**20)  # sparse: 50 MB without using the disk
    return import_(root, path)


def _append_to_article(text: str) -> Callable[[Path], list[str]]:
    """A case appending ``text`` (from line 139) to the bundled article, then building."""

    def make(root: Path) -> list[str]:
        with (root / "source" / "article.md").open("a", encoding="utf-8") as fh:
            fh.write(text)
        return build(root)

    return make


def _edit_bib(old: str, new: str) -> Callable[[Path], list[str]]:
    def make(root: Path) -> list[str]:
        edit(root / "refs.bib", old, new)
        return build(root)

    return make


CASES = [
    Case("empty-file", lambda r: import_(r, raw(r, b"")), "source/raw/bad.txt:", "the file is empty", "export"),
    Case("binary-file", lambda r: import_(r, raw(r, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")),
         "source/raw/bad.txt:3:", "not a text file: it has a NUL byte at offset 8", "plain text"),
    Case("shift-jis", lambda r: import_(r, raw(r, "これは日本語の論文です。東京大学の研究。\n".encode("shift_jis"))),
         "source/raw/bad.txt:1:", "unknown encoding", "save the file as UTF-8"),
    Case("big5", _big5, "source/raw/bad.txt:1:", "cannot read the text as UTF-8 or GB18030", "save the file as UTF-8"),
    Case("too-large", _too_large,
         "source/raw/bad.txt:", "over the limit of 20 MB", "split"),
    Case("unbalanced-braces",
         _edit_bib("journal      = {人民日报},", "journal      = {人民日报,"),
         "refs.bib:22:1:", "BibTeX syntax error", "separated by commas"),
    Case("duplicate-key",
         _edit_bib("@article{rmrb2024xinzhi,", "@article{rmrb2023dongbei,"),
         "refs.bib:22:1:", "key 'rmrb2023dongbei' is already used by the entry on line 13", "rename or remove"),
    Case("unknown-type",
         _edit_bib("@article{rmrb2023dongbei,", "@weirdtype{rmrb2023dongbei,"),
         "refs.bib:13:1:", "unknown type @weirdtype", "@book, @article"),
    Case("not-a-date",
         _edit_bib("date         = {2023-09-10},", "date         = {2023年九月},"),
         "refs.bib:13:1:", "date = {2023年九月} is not a date", "YYYY-MM-DD"),
    Case("impossible-date",
         _edit_bib("date         = {2023-09-10},", "date         = {2023-02-30},"),
         "refs.bib:13:1:", "date = {2023-02-30} is not a date", "YYYY-MM-DD"),
    Case("year-without-digits",
         _edit_bib("date         = {2023-09-10},", "year         = {去年},"),
         "refs.bib:13:1:", "year = {去年} names no year", "in digits"),
    Case("unclosed-directive",
         _append_to_article("\n```{note}\nnever closed\n"),
         "source/article.md:123:1:", "the fence ``` opened here is never closed", "close it"),
    Case("unknown-directive", _append_to_article("\n```{notadirective}\nbody\n```\n"), "source/article.md:123:",
         "broken directive: Unknown directive type: 'notadirective'", "directive's name", exit_code=1),
    Case("directive-without-argument",
         _append_to_article("\n```{figure}\n```\n"),
         "source/article.md:123:", "broken directive: Directive 'figure': 1 argument(s) required", "options",
         exit_code=1),
    Case("missing-conf", _no_conf, "conf/conf.py:", "no wenxian project found", "restore conf/"),
]


def assert_error(err: str, root: Path, where: str, what: str, hint: str) -> None:
    """``err`` is ``<root>/<where> error: …what…`` and a hint with ``hint``, no traceback."""
    first = next((line for line in err.splitlines() if " error: " in line or line.startswith("error: ")), "")
    assert first.startswith(f"{root}/{where} error: "), err
    assert what in first, err
    assert "hint:" in err and hint in err.split("hint:", 1)[1], err
    assert "Traceback" not in err


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input(case: Case, project: Path, capsys) -> None:
    argv = case.make(project)
    before = snapshot(project)
    capsys.readouterr()
    status = main(argv)
    err = capsys.readouterr().err
    assert status == case.exit_code, err
    assert_error(err, project, case.where, case.what, case.hint)
    assert_unchanged(before, project)


def test_50_mb_is_refused_without_reading_it(project: Path, capsys) -> None:
    argv = _too_large(project)
    tracemalloc.start()
    try:
        assert main(argv) == 2
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5 * 2**20, f"{peak / 2**20:.1f} MB allocated to refuse a 50 MB file"
    assert "over the limit" in capsys.readouterr().err


def test_citation_beyond_the_bib_is_text_with_a_warning(project: Path, capsys) -> None:
    # A real text is imported whatever it cites: [12] beyond an 11-entry refs.bib stays text.
    status = main(import_(project, raw(project, "　　正文引用[12]。\n".encode()), "--bib", str(project / "refs.bib")))
    err = capsys.readouterr().err
    assert status == 0, err
    assert f"{project}/source/raw/bad.txt:1: warning: [12] is kept as text: refs.bib has 11 entries, not 12" in err
    assert "Traceback" not in err
    assert "正文引用\\[12\\]。" in (project / "source" / "bad.md").read_text(encoding="utf-8")


def test_text_without_headings_is_warned_about(project: Path, capsys) -> None:
    # An article may lack headings (a short note): imported, with a warning
    # saying what headings look like, on the first line of the text.
    path = raw(project, HEADLESS_TEXT.encode(), name="note.txt")
    before = snapshot(project)
    assert main(import_(project, path, "--bib", str(project / "refs.bib"))) == 0
    err = capsys.readouterr().err
    assert err.startswith(f"{path}:1: warning: no section heading found"), err
    assert "hint:" in err and "一、" in err
    assert_unchanged(before, project)
    assert (project / "source" / "note.md").is_file()


def without_write_permission(argv: list[str]) -> subprocess.CompletedProcess:
    """Run wenxian as a user who cannot write where permissions forbid it.

    root writes anywhere (CAP_DAC_OVERRIDE): as root, the command runs with
    that capability dropped (setpriv), so a folder's mode binds it too.
    """
    command = [sys.executable, "-m", "wenxian", *argv]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv (util-linux): cannot drop write permission")
        command = [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner", "--", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=600)


def test_output_folder_not_writable_import(project: Path) -> None:
    path = raw(project, HEADLESS_TEXT.encode(), name="note.txt")
    out_dir = project / "readonly"
    out_dir.mkdir()
    (out_dir / "old.md").write_text("kept\n", encoding="utf-8")
    out_dir.chmod(0o555)
    before = snapshot(project)
    try:
        done = without_write_permission(
            import_(project, path, "--bib", str(project / "refs.bib"), "-o", str(out_dir / "note.md"))
        )
    finally:
        out_dir.chmod(0o755)
    assert done.returncode == 2, done.stderr
    assert_error(done.stderr, project, "readonly/note.md:", "could not write the file: Permission denied",
                 "not writable")
    assert_unchanged(before, project)


def test_output_folder_not_writable_build(project: Path) -> None:
    site = project / "_build" / "site"
    folders = [site, *(p for p in site.rglob("*") if p.is_dir())]
    for folder in folders:
        folder.chmod(0o555)
    before = snapshot(project)
    try:
        done = without_write_permission(build(project))
    finally:
        for folder in folders:
            folder.chmod(0o755)
    assert done.returncode != 0
    assert_error(done.stderr, project, "_build/site:", "not writable: Permission denied", "chmod -R u+w")
    assert_unchanged(before, project)


def test_disk_full_write(project: Path, monkeypatch, capsys) -> None:
    """The disk fills up while the article is written: /dev/full stands in for the temporary file."""
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full to simulate a full disk")
    import wenxian.fsutil

    real_mkstemp = tempfile.mkstemp
    made: list[str] = []

    def full_disk(*args, **kwargs):
        fd, name = real_mkstemp(*args, **kwargs)
        os.close(fd)
        made.append(name)
        return os.open("/dev/full", os.O_WRONLY), name

    monkeypatch.setattr(wenxian.fsutil.tempfile, "mkstemp", full_disk)
    out = project / "source" / "article.md"
    path = project / "source" / "raw" / "article.txt"
    before = snapshot(project)
    status = main(import_(project, path, "--bib", str(project / "refs.bib"), "--slug", "article", "--force"))
    err = capsys.readouterr().err
    assert status == 2, err
    assert_error(err, project, "source/article.md:", "could not write the file: No space left on device",
                 "disk is full")
    assert_unchanged(before, project)
    assert made and not any(os.path.exists(name) for name in made), "the temporary file was left behind"
    assert out.read_bytes() == before["source/article.md"]


def test_two_builds_at_once(project: Path) -> None:
    """While one build holds the project's lock, a second waits a bounded time, then refuses."""
    from wenxian.project import Project
    from wenxian.publish import build_lock

    before = snapshot(project)
    with build_lock(Project(project), wait=0):
        done = subprocess.run(
            [sys.executable, "-m", "wenxian", *build(project)],
            capture_output=True, text=True, timeout=600, env={**os.environ, "WENXIAN_BUILD_WAIT": "0.5"},
        )
    assert done.returncode == 2, done.stderr
    assert_error(done.stderr, project, "_build/.build.lock:", "another build of this project is running",
                 "WENXIAN_BUILD_WAIT")
    assert_unchanged(before, project)
