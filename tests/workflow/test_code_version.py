"""A new wenxian re-reads every page: documents read by older code are not reused.

Sphinx re-reads all documents when an extension's ``env_version`` changes;
wenxian's is a digest of its own code (``wenxian.sphinxext.code_version``).
"""

from __future__ import annotations

from pathlib import Path

import wenxian.sphinxext
from tests.bundled import copy_project
from wenxian.build import build_site
from wenxian.project import Project


def _doctree_time(root: Path) -> int:
    return (root / "_build" / "doctrees" / "zh-Hans" / "article.doctree").stat().st_mtime_ns


def test_changed_code_rereads_every_page(tmp_path: Path, monkeypatch) -> None:
    project = Project(copy_project(tmp_path / "project"))
    build_site(project, "zh-Hans", echo=False)
    first = _doctree_time(project.root)
    build_site(project, "zh-Hans", echo=False)
    assert _doctree_time(project.root) == first  # same code: nothing re-read
    new_version = wenxian.sphinxext.code_version() + 1
    monkeypatch.setattr(wenxian.sphinxext, "code_version", lambda: new_version)
    build_site(project, "zh-Hans", echo=False)
    assert _doctree_time(project.root) != first
