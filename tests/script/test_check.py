"""The Simplified-only check of a Traditional site."""

from __future__ import annotations

from pathlib import Path

import pytest

from wenxian.errors import WenxianError
from wenxian.script.check import check_site, scan_page
from wenxian.script.simplified import simplified_only


def test_simplified_only_characters() -> None:
    chars = simplified_only()
    assert {"发", "头", "这", "产"} <= chars
    # Used by Traditional text too: never flagged.
    assert not {"后", "干", "只", "余", "乾", "群", "着", "發"} & chars


def _page(tmp_path: Path, body: str) -> Path:
    page = tmp_path / "site" / "page.html"
    page.parent.mkdir(exist_ok=True)
    page.write_text(f'<!DOCTYPE html>\n<html lang="zh-Hant"><head><title>頁</title></head>\n<body>{body}</body></html>\n', encoding="utf-8")
    return page


@pytest.mark.parametrize(
    "body",
    [
        "<p>發展</p>",
        "<p>代碼 <code>头发</code></p><pre>发展</pre>",
        '<div class="wenxian-english" lang="en"><p>头发</p></div>',
        '<span class="wenxian-keep">后面的发</span>',
        '<a href="https://example.com/头发/">https://example.com/头发/</a>',
        '<nav><a lang="zh-Hans" hreflang="zh-Hans" href="x">简体中文</a></nav>',
        '<span class="math notranslate">\\(头发\\)</span><kbd>发</kbd>',
    ],
)
def test_clean_pages_pass(tmp_path: Path, body: str) -> None:
    assert scan_page(_page(tmp_path, body), "zh-Hant") == []


def test_a_simplified_character_fails_the_site_with_its_place(tmp_path: Path) -> None:
    page = _page(tmp_path, '<p>發展</p>\n<p title="头">她的头发</p>')
    with pytest.raises(WenxianError) as caught:
        check_site(page.parent, "zh-Hant")
    err = caught.value
    assert err.file == page and err.line == 4
    assert "3 Simplified-only" in err.message  # 头 in title, 头 and 发 in text
    assert "phrases.tsv" in err.hint and "{keep}" in err.hint
