"""The LaTeX part's own pieces: running-header title, the \\wenxianarticle call, article list."""

from __future__ import annotations

from pathlib import Path

import pytest

from wenxian.pdf import article_docnames, pdf_name
from wenxian.sphinxext.latex import article_command, short_title


@pytest.mark.parametrize(
    ("title", "short"),
    [
        ("以全面深化改革推动新质生产力发展：逻辑底蕴、问题检视与实践进路", "以全面深化改革推动新质生产力发展"),
        ("Title: subtitle", "Title"),
        ("没有副标题的标题", "没有副标题的标题"),
        ("：以冒号开头", "：以冒号开头"),
    ],
)
def test_short_title_is_the_title_up_to_its_colon(title: str, short: str) -> None:
    assert short_title(title) == short


def test_article_command_escapes_latex_and_keeps_empty_fields_empty() -> None:
    command = article_command("50% & {甲}：乙", "", "", "")
    assert command == r"\wenxianarticle{50\% \& \{甲\}：乙}{50\% \& \{甲\}}{}{}{}" + "\n"


def test_articles_are_the_pages_but_the_start_page(tmp_path: Path) -> None:
    for name in ("index.md", "b.md", "a.md", ".hidden.md", "notes.txt"):
        (tmp_path / name).write_text("", encoding="utf-8")
    assert article_docnames(tmp_path, "index", {".md": "markdown"}) == ["a", "b"]
    assert pdf_name("a", "zh-Hant") == "a.zh-Hant.pdf"
