"""Where a wenxian project keeps things.

A project is a folder with ``conf/conf.py`` (the Sphinx configuration),
``source/`` (articles as MyST, raw inputs in ``source/raw/``) and
``refs.bib``. Commands find it by walking up from the current directory, or
take it from ``--project``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wenxian.errors import WenxianError


@dataclass(frozen=True)
class Project:
    root: Path

    @property
    def source(self) -> Path:
        return self.root / "source"

    @property
    def raw(self) -> Path:
        return self.source / "raw"

    @property
    def conf(self) -> Path:
        return self.root / "conf"

    @property
    def bib(self) -> Path:
        return self.root / "refs.bib"

    @property
    def build(self) -> Path:
        return self.root / "_build"

    @property
    def site(self) -> Path:
        return self.build / "site"


def find_project(start: Path | str | None = None) -> Project:
    """The project containing ``start`` (default: the current directory)."""
    here = Path(start or Path.cwd()).resolve()
    for candidate in (here, *here.parents):
        if (candidate / "conf" / "conf.py").is_file():
            return Project(candidate)
    raise WenxianError(
        f"no wenxian project found in {here} or any folder above it: conf/conf.py is missing",
        file=here / "conf" / "conf.py",
        hint="run the command inside a project (a folder with conf/conf.py), "
        "or pass --project DIR; restore conf/ from a wenxian project if it was removed",
    )
