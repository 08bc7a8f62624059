"""Two builds of the bundled project from the same inputs give the same HTML, byte for byte.

The two builds run in separate processes with different hash seeds (so no
set or dict order leaks into a page), in folders with different names (so no
absolute path does), with the same ``SOURCE_DATE_EPOCH``. Every file under
``_build/site/zh-Hans`` and ``_build/site/zh-Hant`` (pages, search index,
static files, sitemap and Atom feed: the project is given a published address)
and the landing page must be identical.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
COMPARED = ("zh-Hans", "zh-Hant", "index.html", "sitemap.xml")


def copy_project(dest: Path) -> Path:
    for name in ("conf", "source"):
        shutil.copytree(PROJECT / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PROJECT / "refs.bib", dest / "refs.bib")
    # A published address: canonical links, sitemap and Atom feed are compared too.
    with (dest / "conf" / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write('\nhtml_baseurl = "https://example.org/wenxian/"\n')
    return dest


def build_in_process(root: Path, hash_seed: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "SOURCE_DATE_EPOCH": "1700000000"}
    done = subprocess.run(
        [sys.executable, "-m", "wenxian", "build", "site", "--project", str(root)],
        capture_output=True, text=True, env=env, timeout=600,
    )
    assert done.returncode == 0, done.stderr


def site_files(root: Path) -> dict[str, bytes]:
    site = root / "_build" / "site"
    files: dict[str, bytes] = {}
    for name in COMPARED:
        top = site / name
        paths = [top] if top.is_file() else sorted(p for p in top.rglob("*") if p.is_file())
        files.update({p.relative_to(site).as_posix(): p.read_bytes() for p in paths})
    return files


def test_two_builds_give_identical_html(tmp_path: Path) -> None:
    first = copy_project(tmp_path / "first")
    second = copy_project(tmp_path / "second-build")
    build_in_process(first, "1")
    build_in_process(second, "2")
    a, b = site_files(first), site_files(second)
    assert sum(name.endswith(".html") for name in a) >= 6
    assert {"sitemap.xml", "zh-Hans/atom.xml", "zh-Hant/sitemap.xml"} <= set(a)
    assert sorted(a) == sorted(b)
    differing = [name for name in a if a[name] != b[name]]
    assert differing == [], f"differ between two builds: {differing}"
