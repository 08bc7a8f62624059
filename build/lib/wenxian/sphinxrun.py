"""One Sphinx run: a builder, a project, settings; its warnings or a clear error.

The site (HTML) and the handouts (LaTeX) are both Sphinx runs on the same
source and configuration that differ only in builder, output folder and a few
``-D`` settings; this is that run, once.
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
from pathlib import Path

from wenxian.errors import WenxianError
from wenxian.project import Project

# Sphinx only warns about a directive it cannot run (the page then shows an
# error box in place of the content): a build fails on one instead.
BROKEN_DIRECTIVE = re.compile(
    r"^(?P<file>.+?):(?P<line>\d+): (?:WARNING|ERROR): (?P<what>(?:Unknown directive type|"
    r"Error in \S+ directive|Directive \S+ ).*?)(?: \[[\w.]+\])?$"
)


def broken_directive(warnings: list[str]) -> WenxianError | None:
    """The first warning about a directive Sphinx could not run, as an error."""
    for line in warnings:
        match = BROKEN_DIRECTIVE.match(line)
        if match:
            return WenxianError(
                f"broken directive: {match['what']}",
                file=match["file"],
                line=int(match["line"]),
                hint="correct the directive's name or options (```{name} options … ```), "
                "or escape the fence if it is meant as text",
                exit_code=1,
            )
    return None


def run_sphinx(
    project: Project,
    builder: str,
    outdir: Path,
    doctrees: Path,
    settings: dict[str, str],
    *,
    strict: bool = False,
    fresh: bool = False,
    jobs: int | str = 1,
    echo: bool = True,
    what: str = "the site",
) -> list[str]:
    """Run Sphinx's ``builder`` on the project; the warnings it printed.

    A failed run raises :class:`WenxianError` (exit code 1) after its messages
    were printed, whatever ``echo`` says.
    """
    # Imported here: Sphinx is heavy, and commands that do not build should
    # start fast.
    from sphinx import locale
    from sphinx.cmd.build import build_main

    # Sphinx keeps its interface translations in a process-wide table and
    # only adds to it: after a zh_CN build, a zh_TW build in the same process
    # (or a process forked from it) would show Simplified interface strings.
    locale.translators.clear()

    # -N: no colour codes; the messages are captured, parsed and printed again.
    args = ["-b", builder, "-c", str(project.conf), "-d", str(doctrees), "-j", str(jobs), "-q", "-N"]
    for name, value in settings.items():
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
    if echo or status != 0:
        for line in warnings:
            print(line, file=sys.stderr)
    if status != 0:
        raise WenxianError(
            f"Sphinx could not build {what}",
            file=project.source,
            hint="read the messages above; "
            + ("--strict turns warnings into errors" if strict else "fix the first one and build again"),
            exit_code=1,
        )
    error = broken_directive(warnings)
    if error is not None:
        raise error
    return warnings
