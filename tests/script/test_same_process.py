"""Builds of different scripts in one process do not share interface strings.

Sphinx's translations are a process-wide table; a Simplified build followed by
a Traditional one in the same process (as a library user, or a forked worker,
would run them) must still give a Traditional interface.
"""

from __future__ import annotations

from pathlib import Path

from tests.bundled import copy_project
from wenxian.build import build_site
from wenxian.project import Project
from wenxian.script.check import check_site


def test_scripts_alternating_in_one_process(tmp_path: Path) -> None:
    project = Project(copy_project(tmp_path / "project"))
    build_site(project, "zh-Hant", echo=False)
    build_site(project, "zh-Hans", echo=False)
    build_site(project, "zh-Hant", echo=False, fresh=True)  # runs the Simplified-only check itself
    check_site(project.site / "zh-Hant", "zh-Hant")
    page = (project.site / "zh-Hant" / "article.html").read_text(encoding="utf-8")
    assert "链接到这个标头" not in page
