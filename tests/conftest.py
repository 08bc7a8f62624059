"""Shared test configuration.

Sphinx scenarios follow sphinxcontrib-bibtex's layout: one tiny project per
scenario under ``tests/roots/test-<name>/`` (conf.py, pages, a .bib), built by
``@pytest.mark.sphinx("html", testroot="<name>")`` tests through the
``sphinx.testing.fixtures`` plugin.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

pytest_plugins = ("sphinx.testing.fixtures",)

# No property test may fail because the machine is slow: Hypothesis' default
# 200 ms deadline per example and its "too slow" health check both depend on
# speed. A property's own @settings still sets how many examples it runs.
settings.register_profile(
    "wenxian", deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
settings.load_profile("wenxian")

TESTS = Path(__file__).resolve().parent
PROJECT = TESTS.parent


@pytest.fixture(scope="session")
def rootdir() -> Path:
    return TESTS / "roots"
