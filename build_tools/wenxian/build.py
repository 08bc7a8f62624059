"""Run Sphinx on a project: the step from MyST sources to a site.

One function per output. Each variant of the site (script) gets its own
output and doctree folder, so builds are incremental per variant and can run
side by side.
"""

from __future__ import annotations

import contextlib
import io
import sys
from dataclasses import dataclass, field
from pathlib import Path

from wenxian.errors import WenxianError
from wenxian.project import Project

# Variants of the site: output folder name → Sphinx settings that differ.
SITE_VARIANTS: dict[str, dict[str, str]] = {
    "zh-Hans": {"language": "zh_CN"},
}


@dataclass
class BuildResult:
    variant: str
    outdir: Path
    warnings: list[str] = field(default_factory=list)

    @property
    def index(self) -> Path:
        return self.outdir / "index.html"


def check_project(project: Project) -> None:
    """Refuse early, with a fix, when the project lacks what a build needs."""
    if not (project.conf / "conf.py").is_file():
        raise WenxianError(
            "the project has no Sphinx configuration",
            file=project.conf / "conf.py",
            hint="restore conf/conf.py (see the README), or run wenxian inside a project",
        )
    if not (project.source / "index.md").is_file():
        raise WenxianError(
            "the project has no start page",
            file=project.source / "index.md",
            hint="create source/index.md with a toctree listing the articles",
        )


def build_site(
    project: Project,
    variant: str = "zh-Hans",
    *,
    strict: bool = False,
    fresh: bool = False,
    jobs: int = 1,
    echo: bool = True,
) -> BuildResult:
    """Build one variant of the static site into ``_build/site/<variant>/``."""
    # Imported here: Sphinx is heavy, and commands that do not build should
    # start fast.
    from sphinx.cmd.build import build_main

    check_project(project)
    if variant not in SITE_VARIANTS:
        raise WenxianError(
            f"unknown site variant {variant!r}",
            hint=f"choose one of: {', '.join(SITE_VARIANTS)}",
        )
    outdir = project.site / variant
    doctrees = project.build / "doctrees" / variant
    args = [
        "-b", "html",
        "-c", str(project.conf),
        "-d", str(doctrees),
        "-j", str(jobs),
        "-q",
    ]
    for name, value in SITE_VARIANTS[variant].items():
        args += ["-D", f"{name}={value}"]
    if strict:
        args += ["-W", "--keep-going"]
    if fresh:
        args.append("-E")
    args += [str(project.source), str(outdir)]

    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        status = build_main(args)
    warnings = [line for line in stderr.getvalue().splitlines() if line.strip()]
    if echo:
        for line in warnings:
            print(line, file=sys.stderr)
    if status != 0:
        raise WenxianError(
            f"Sphinx could not build the {variant} site",
            file=project.source,
            hint="read the messages above; "
            + ("--strict turns warnings into errors" if strict else "fix the first one and build again"),
            exit_code=1,
        )
    return BuildResult(variant=variant, outdir=outdir, warnings=warnings)
