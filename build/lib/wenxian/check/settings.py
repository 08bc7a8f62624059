"""The GB/T 7714 settings a project's conf/conf.py chooses: edition and citation system."""

from __future__ import annotations

import runpy
from dataclasses import dataclass

from wenxian.project import Project

AUTHOR_YEAR_STYLES = ("gbt_author_year",)


@dataclass(frozen=True)
class StyleSettings:
    edition: str  #: "2015" or "2025"
    system: str  #: "numeric" or "author-year"


def style_settings(project: Project) -> StyleSettings:
    """``bibtex_default_style`` and ``bibtex_reference_style`` of conf.py, as GB/T terms."""
    from wenxian.citestyle.sphinx import edition_of  # imports Sphinx: only when asked

    conf = project.conf / "conf.py"
    settings = runpy.run_path(str(conf)) if conf.is_file() else {}
    system = ("author-year" if settings.get("bibtex_reference_style") in AUTHOR_YEAR_STYLES
              else "numeric")
    return StyleSettings(edition_of(str(settings.get("bibtex_default_style", ""))), system)
