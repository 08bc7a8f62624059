"""Rendered in-text citations of the GB/T styles, asserted on the HTML Sphinx writes.

``expected.yaml`` lists, page by page, every citation with its visible text and
superscripts; ``test_links.py`` checks links, hover titles, back-links,
numbering within each article and warnings.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tests.citestyle.pages import citations, page

HERE = Path(__file__).resolve().parent
ROOTS = HERE.parent / "roots"
SCENARIOS = yaml.safe_load((HERE / "expected.yaml").read_text(encoding="utf-8"))
ROLE = re.compile(r"\{cite:[a-z]+\}`[^`]*`")


def _scenario_id(scenario: dict) -> str:
    overrides = ",".join(f"{k}={v}" for k, v in (scenario.get("confoverrides") or {}).items())
    return f"{scenario['root']}/{scenario['page']}" + (f"[{overrides}]" if overrides else "")


@pytest.mark.parametrize(
    "scenario",
    [
        pytest.param(
            s,
            id=_scenario_id(s),
            marks=pytest.mark.sphinx("html", testroot=s["root"], confoverrides=s.get("confoverrides") or {}),
        )
        for s in SCENARIOS
    ],
)
def test_citation_forms(app, scenario: dict) -> None:
    source = (ROOTS / f"test-{scenario['root']}" / f"{scenario['page']}.md").read_text(encoding="utf-8")
    expected = scenario["citations"]
    assert ROLE.findall(source) == [c["source"] for c in expected], "expected.yaml is out of step with the page"
    app.build()
    rendered = citations(page(app, scenario["page"]))
    assert [(c.text(), [s.text() for s in c.find_all("sup")]) for c in rendered] == [
        (c["text"], c["sup"]) for c in expected
    ]
