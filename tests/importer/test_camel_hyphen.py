"""Session 14 (qingliang-jiance): a name in camel case that LaTeX hyphenated at a capital at a line's
end ("Ghost-" / "Conv", "DW-" / "Conv") is one word again where the text has it whole elsewhere; a
hyphenated name the text never has whole keeps its hyphen."""

from __future__ import annotations

from wenxian.importer.joining import compounds_in, join_lines


def test_a_camel_case_name_hyphenated_at_a_capital_is_rejoined_where_the_text_has_it_whole() -> None:
    lines = ["以 GhostConv 替换标准卷积，DWConv 为深度卷积", "替换为步长为 2 的 Ghost-", "Conv。主干网络", "由 DW-", "Conv 组成"]
    vocabulary = compounds_in(lines)
    assert join_lines(lines[1:3], compounds=vocabulary).text == "替换为步长为 2 的 GhostConv。主干网络"
    assert join_lines(lines[3:5], compounds=vocabulary).text == "由 DWConv 组成"


def test_a_hyphenated_name_never_whole_keeps_its_hyphen() -> None:
    lines = ["以 Faster R-CNN 为代表", "模型 Mask R-", "CNN 的结构", "由 Ghost-", "Conv 组成"]
    vocabulary = compounds_in(lines)
    assert join_lines(lines[1:3], compounds=vocabulary).text == "模型 Mask R-CNN 的结构"
    assert join_lines(lines[3:5], compounds=vocabulary).text == "由 Ghost-Conv 组成"
