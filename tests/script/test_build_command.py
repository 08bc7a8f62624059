"""``wenxian build`` end to end: variants on request, the check, the jieba cache."""

from __future__ import annotations

from pathlib import Path

from tests.integration.htmlscan import parse_html
from tests.script.sites import project_from_root
from wenxian.cli import main
from wenxian.script.convert import Converter
from wenxian.script.jiebadict import converted_dictionary
from wenxian.script.phrases import PhraseTable
from wenxian.script.policy import policy_for


def test_zh_hk_on_request(tmp_path: Path, capsys) -> None:
    project = project_from_root("script-basic", tmp_path)
    status = main(["build", "--project", str(project.root), "--variant", "zh-Hans", "--variant", "zh-HK", "--sequential"])
    assert status == 0
    out = capsys.readouterr().out
    assert "zh-HK:" in out and "landing page:" in out
    site = project.site
    hk = parse_html((site / "zh-HK" / "article.html").read_text(encoding="utf-8"))
    assert hk.find_all("html")[0].attrs["lang"] == "zh-HK"
    text = " ".join(hk.find_all("article")[0].text().split())
    assert "他説：「信息軟件很重要」" in text  # Hong Kong glyphs: 説
    assert "着眼於發展" in text  # s2hk keeps 着
    switcher = hk.find_all(cls="wenxian-script-switcher")[0]
    assert [a.attrs["href"] for a in switcher.find_all("a")] == ["../zh-Hans/article.html"]
    landing = (site / "index.html").read_text(encoding="utf-8")
    assert 'hreflang="zh-HK"' in landing and not (site / "zh-Hant").exists()


def test_simplified_text_in_a_traditional_site_fails_the_build(tmp_path: Path, capsys) -> None:
    project = project_from_root("script-raw", tmp_path)
    status = main(["build", "--project", str(project.root)])
    err = capsys.readouterr().err
    assert status != 0
    assert "zh-Hant/index.html:" in err and "Simplified-only '头'" in err and "原样的头发" in err
    assert "hint:" in err and "phrases.tsv" in err
    assert "Traceback" not in err


def test_jieba_dictionary_is_converted_once_and_keyed_by_its_inputs(tmp_path: Path) -> None:
    converter = Converter(policy_for("zh-Hant"))
    first = converted_dictionary(tmp_path, converter)
    stamp = first.stat().st_mtime_ns
    again = converted_dictionary(tmp_path, converter)
    assert again == first and again.stat().st_mtime_ns == stamp
    words = {line.split(" ")[0] for line in first.read_text(encoding="utf-8").splitlines()}
    assert {"生產力", "發展"} <= words and "生产力" not in words
    other = converted_dictionary(tmp_path, Converter(policy_for("zh-Hant"), PhraseTable({"发展": "發展"})))
    assert other != first
