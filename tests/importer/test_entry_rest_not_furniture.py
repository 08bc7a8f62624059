"""A reference entry's rest is never page furniture (round 16, lead: importing haiyang-muchang's
one-column pdftotext text as a user would, "[R]. 东潮: 东潮省海洋渔业技术推广站, 2023." — the rest of
entry [10], last on its page above the page number and sharing the running head's words — was
dropped as a running footer, and the entry kept as its first line only). The corpus text is the
project's own (MIT)."""

from __future__ import annotations

from pathlib import Path

from wenxian.importer import read_text
from wenxian.importer.pagemarks import _continues_entry

CORPUS = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus" / "data" / "dev"


def test_the_rest_of_an_entry_last_on_its_page_stays_in_the_list() -> None:
    text = (CORPUS / "haiyang-muchang" / "onecol-colon.pdftotext.txt").read_text(encoding="utf-8")
    assert "评估报告\n[R]. 东潮: 东潮省海洋渔业技术推广站, 2023.\n\n·1437 ·" in text  # as pdftotext gave it
    entry = read_text(text).references[9]
    assert entry.number == 10 and entry.text.endswith("评估报告[R]. 东潮: 东潮省海洋渔业技术推广站, 2023.")


def test_what_continues_an_entry() -> None:
    assert _continues_entry("[10] 某站. 某评估报告", "[R]. 东潮: 某站, 2023.")
    assert _continues_entry("[3] 王明. 某题名[J]. 某学报, 2020,", "39(2): 203-210.")
    assert not _continues_entry("[3] 王明. 某题名[J]. 某学报, 2020, 39(2): 203-210.", "东潮海洋学报　2025 年第 3 期")
    assert not _continues_entry("海洋牧场的建设需要长期的监测。", "东潮海洋学报　2025 年第 3 期")
