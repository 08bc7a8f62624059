"""The reference list's heading, also in its qualified forms."""

from __future__ import annotations

import pytest

from wenxian.importer.markers import REFERENCES


@pytest.mark.parametrize("line", ["参考文献", "本文参考文献", "【主要参考文献】", "參 考 文 獻："])
def test_reference_headings(line: str) -> None:
    assert REFERENCES.match(line)


@pytest.mark.parametrize("line", ["本文", "其它参考文献示例", "参考文献著录规则"])
def test_not_reference_headings(line: str) -> None:
    assert not REFERENCES.match(line)
