"""axe-core, the accessibility engine of browsers' audits, run in a page.

axe-core comes from npm (``tests/browser/axe/package.json``, pinned in its
lock file; ``make test`` runs ``npm ci`` there) and is injected into the page
by Playwright; it checks the rules tagged WCAG 2.0/2.1 level A and AA. In CI
(``CI`` set) a missing axe-core fails the run; elsewhere the tests skip with
the command that installs it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

AXE_DIR = Path(__file__).parent / "axe"
AXE_JS = AXE_DIR / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def require_axe() -> Path:
    if not AXE_JS.is_file():
        message = f"axe-core is missing: run  npm ci --prefix {AXE_DIR}  (make test does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return AXE_JS


def violations(page) -> list[dict]:
    """axe-core's WCAG A/AA violations in the loaded page: rule id, impact, the nodes' selectors."""
    page.add_script_tag(path=str(require_axe()))
    result = page.evaluate(
        """async (tags) => {
          const r = await axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]});
          return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                         nodes: v.nodes.map(n => n.target.join(" "))}));
        }""",
        WCAG_TAGS,
    )
    return result
