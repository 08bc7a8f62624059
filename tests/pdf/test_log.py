"""Reading XeTeX logs: every missing glyph, once, with its font (fixture files in logs/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wenxian.errors import WenxianError
from wenxian.pdf import check_log, missing_characters

LOGS = Path(__file__).parent / "logs"
CASES = sorted(path.stem for path in LOGS.glob("*.log"))


@pytest.mark.parametrize("name", CASES)
def test_missing_characters(name: str) -> None:
    log = (LOGS / f"{name}.log").read_text(encoding="utf-8")
    expected = (LOGS / f"{name}.expected").read_text(encoding="utf-8").splitlines()
    found = [f"U+{ord(m.char):04X}\t{m.font}" for m in missing_characters(log)]
    assert found == expected


def test_check_log_names_the_characters_and_where_they_are(tmp_path: Path) -> None:
    source = tmp_path / "article.md"
    source.write_text("# 题\n\n正文 𠀋 与 𓀀。\n", encoding="utf-8")
    with pytest.raises(WenxianError) as caught:
        check_log(LOGS / "wrapped.log", source)
    err = caught.value
    assert "𓀀" in err.message and "U+13000" in err.message and "U+2000B" in err.message
    assert (err.file, err.line, err.column) == (source, 3, 4)
    assert "wenxian_latex_fonts" in err.hint


def test_a_clean_log_passes() -> None:
    check_log(LOGS / "clean.log")
