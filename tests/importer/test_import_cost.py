"""What the importer spares itself (session 13, issue 11's speed): pinyin tables it never reads, a
pair per line for a text already in reading order, the garbage collector's passes while a text is
read. Each test fails when its saving is undone; none depends on the machine's speed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import wenxian


def test_importing_the_importer_and_writer_loads_no_pinyin_tables() -> None:
    # pypinyin's tables are some 200,000 objects, read in a third of a second: only a BibTeX key,
    # a name's reading or the author-year sort needs them, never the reading of a text
    package = str(Path(wenxian.__file__).resolve().parents[1])
    code = "import sys, wenxian.importer, wenxian.myst_writer; print('pypinyin' in sys.modules)"
    env = {**os.environ, "PYTHONPATH": package}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_key_still_reads_the_family_name_in_pinyin() -> None:
    from wenxian.bibkeys import _pinyin

    assert _pinyin("习近平") == "xijinping"
