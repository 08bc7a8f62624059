"""Every fixture pair ``tests/fixtures/import/<case>.txt`` → ``<case>.md``.

Each case shows one artifact of PDF-extracted text (an encoding, a line end,
a joining rule, a front-matter variant …); options for a case, if any, are in
``<case>.args``. Set ``WENXIAN_REGEN=1`` to rewrite the expected files — and
then read every changed one by eye before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.importer.helpers import FIXTURES, import_case

SEED_TITLE = "以全面深化改革推动新质生产力发展：逻辑底蕴、问题检视与实践进路"
CASES = sorted(p.stem for p in FIXTURES.glob("*.txt"))
EXTRA = {"seed-article": ("--title", SEED_TITLE, "--working-title")}


@pytest.mark.parametrize("case", CASES)
def test_fixture(case: str, tmp_path: Path) -> None:
    status, out = import_case(tmp_path, case, *EXTRA.get(case, ()))
    assert status == 0
    got = out.read_bytes()
    expected = FIXTURES / f"{case}.md"
    if os.environ.get("WENXIAN_REGEN") == "1":
        expected.write_bytes(got)
    assert got == expected.read_bytes()
