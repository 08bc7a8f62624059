"""Lines the parser must refuse, each with what it expected where."""

from __future__ import annotations

import pytest

from wenxian.errors import WenxianError
from wenxian.model import ReferenceEntry
from wenxian.refparse import entries_from_reference_list, parse_reference

# (line, words the message must contain, 1-based column or None). The column
# counts in the line as given (label included); past the end means "at the end".
BAD_LINES = [
    ("", "empty reference line", None),
    ("[3]   ", "empty reference line", None),
    ("习近平. 发展新质生产力", "expected a document-type code like [J] or [M] after the title", 13),
    ("习近平. 论文[J]. 求是", "expected 'journal, year, volume (issue): pages' after [J]", 11),
    ("习近平. 书[M]. 北京人民出版社", "expected 'place: publisher, year[: pages]' after [M]", 10),
    ("某某. 题名[J]// 某刊. 北京: 出版社, 2020.", "[J] cannot be a contribution", 10),
    ("习近平. 标题[M]北京: 人民出版社, 2024.", "expected '. ' after [M]", 11),
    ("张三, 等, 李四. 书[M]. 北京: 人民出版社, 2020.", "after 'et al.'/'等'", 1),
    ("[M]. 北京: 人民出版社, 2020.", "expected a title before [M]", 1),
    ("马克思. 书[M]. 北京: 人民出版社, 2009: 533. 某某", "expected 'place: publisher, year", 10),
    ("张三. 文[J]. 某刊, 2020, 3(2): 4-8. 多余", "expected 'journal, year, volume (issue)", 9),
    ("张三. 文[J]. 某刊, 2020, 3. 多余(2): 4-8.", "expected 'journal, year, volume (issue)", 9),
    ("[12] 习近平. 论文[J]. 求是", "expected 'journal, year, volume (issue): pages' after [J]", 16),
    ("人民日报社. 社论[N]. 人民日报, 2024年2月2日.", "expected 'newspaper, YYYY-MM-DD (page)'", 13),
]


@pytest.mark.parametrize(("line", "message", "column"), BAD_LINES)
def test_bad_line(line: str, message: str, column: int | None) -> None:
    with pytest.raises(WenxianError) as info:
        parse_reference(line)
    assert message in info.value.message
    assert info.value.column == column
    assert info.value.hint is None or info.value.hint.strip()


def test_reference_list_error_names_the_source_line() -> None:
    refs = [
        ReferenceEntry(1, "习近平. 论党的自我革命[M]. 北京: 中央文献出版社, 2023.", 40),
        ReferenceEntry(2, "习近平. 发展新质生产力", 41),
    ]
    with pytest.raises(WenxianError) as info:
        entries_from_reference_list(refs)
    assert info.value.line == 41
    assert info.value.message.startswith("reference [2] cannot be read: expected a document-type")


def test_reference_list_keys_are_unique_and_avoid_existing() -> None:
    line = "习近平. 发展新质生产力是推动高质量发展的内在要求和重要着力点[J]. 求是, 2024(11): 4-8."
    refs = [ReferenceEntry(1, line, 1), ReferenceEntry(2, line, 2), ReferenceEntry(3, line, 3)]
    keys = [key for key, _ in entries_from_reference_list(refs, existing_keys=["XI2024fazhan"])]
    assert keys == ["xi2024fazhana", "xi2024fazhanb", "xi2024fazhanc"]


@pytest.mark.parametrize("line", ["A. Ti{tle[M]. B: C, 2001.", "A. Title}[M]. B: C, 2001.",
                                  "A. Title\\[M]. B: C, 2001.", "A. US$ 5 and 50% a_b #3 ~x ^2 & c[M]. B: C, 2001."])
def test_characters_tex_reads_as_markup_are_kept_and_printed(line: str) -> None:
    # A brace, a backslash, "$" or "_" in a reference line is text: refs.bib escapes it
    # (balanced, so the file stays readable) and the styles print the line as it stood.
    from tests.refparse.conftest import through_bib
    from wenxian.gbt7714 import format_entry

    assert format_entry(through_bib(parse_reference(line)), edition="2015") == line
