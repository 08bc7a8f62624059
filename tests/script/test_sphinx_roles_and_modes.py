"""Sphinx-level cases: phrase mode, role misuse, configuration errors."""

from __future__ import annotations

import pytest
from sphinx.errors import ConfigError

from tests.integration.htmlscan import parse_html

PHRASE_MODE = {
    "wenxian_script": "zh-Hant",
    "language": "zh_TW",
    "wenxian_script_variants": {"zh-Hant": {"characters": "s2tw", "phrases": "s2twp", "quotes": "「」『』"}},
}


@pytest.mark.sphinx("html", testroot="script-basic", confoverrides=PHRASE_MODE)
def test_phrase_mode_rewrites_prose_only(app) -> None:
    app.build()
    doc = parse_html((app.outdir / "article.html").read_text(encoding="utf-8"))
    (article,) = doc.find_all("article")
    text = " ".join(article.text().split())
    # The authors' own prose gets Taiwan vocabulary …
    assert "作者寫道：資訊軟體推動新質生產力發展。" in text
    # … quotations, titles of works and the bibliography keep the original words.
    assert "他說：「信息軟件很重要」，並引用《信息軟件》一書。" in text
    (entry,) = doc.find_all(cls="citation")
    assert "資本論：信息軟件與發展" in entry.text()
    (cite,) = doc.find_all(cls="bibtex-citation")
    assert any("信息軟件" in a.attrs.get("title", "") for a in cite.find_all("a"))


@pytest.mark.sphinx("html", testroot="script-roles", confoverrides={"wenxian_script": "zh-Hant", "language": "zh_TW"})
def test_variant_role_misuse_warns_with_place(app, warning) -> None:
    app.build()
    messages = warning.getvalue()
    assert "index.md:3" in messages and "zh-hans: text is missing" in messages
    assert "index.md:5" in messages and "'zh-xx:软件'" in messages
    doc = parse_html((app.outdir / "index.html").read_text(encoding="utf-8"))
    # Only the Simplified text given: the Traditional site converts it.
    assert "只有簡體：頭髮。" in " ".join(doc.text().split())


@pytest.mark.sphinx("html", testroot="script-roles", confoverrides={"wenxian_script": "zh-Hant", "wenxian_script_variants": {"zh-Hant": {"characters": "s2x"}}})
def test_bad_policy_is_a_configuration_error(make_app, app_params) -> None:
    args, kwargs = app_params
    with pytest.raises(ConfigError, match="not an OpenCC configuration"):
        make_app(*args, **kwargs)
