"""Shared test configuration.

Sphinx scenarios follow sphinxcontrib-bibtex's layout: one tiny project per
scenario under ``tests/roots/test-<name>/`` (conf.py, pages, a .bib), built by
``@pytest.mark.sphinx("html", testroot="<name>")`` tests through the
``sphinx.testing.fixtures`` plugin.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ("sphinx.testing.fixtures",)

TESTS = Path(__file__).resolve().parent
PROJECT = TESTS.parent


@pytest.fixture(scope="session")
def rootdir() -> Path:
    return TESTS / "roots"
