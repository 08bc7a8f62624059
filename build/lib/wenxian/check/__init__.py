"""``wenxian check``: what is wrong in a project before readers see it.

:func:`check_project` runs every rule of :data:`wenxian.check.rules.RULES`
over the project's refs.bib and articles and returns :class:`Finding` s in a
stable order; :mod:`wenxian.check.report` prints them for people or as JSON.
"""

from __future__ import annotations

from wenxian.check.findings import Finding, Severity
from wenxian.check.rules import RULES, check_project

__all__ = ["Finding", "Severity", "RULES", "check_project"]
