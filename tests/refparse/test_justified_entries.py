"""A reference entry set justified in a typeset PDF (found on round 15a's gaosu-chongdian, the PDF
reader and pdftotext routes): the line stretched around an unbreakable URL spaces its Chinese
characters out unevenly ("关 于 加 快推 进 …"), and the line's end breaks the access date at its
hyphen ("[2024- 12-03]" from the PDF reader), a hyphen pdftotext drops ("[202412-03]"). The entry
is the PDF reader's text of that article's entry [2] (MIT, as the project)."""

from __future__ import annotations

from wenxian.model import ReferenceEntry
from wenxian.refparse.importer import read_reference_list

ENTRY = ("沅 川 省 交 通 运 输 厅. 关 于 加 快推 进 高 速 公 路 服 务 区 充 电 基 础 设 施建 设 的 通 知 [EB/OL]. "
         "(2023-05-10)[2024- 12-03]. https://jtt.yuanchuan.gov.example/zwgk/tzgg/2023/0510/fwqcd.html.")


def _fields(text: str) -> dict[str, str]:
    """The fields of the entry as ``wenxian import`` reads it from a PDF (lines joined by the reader)."""
    (imported,) = read_reference_list([ReferenceEntry(1, text, 1)])
    entry = imported.entry
    fields = dict(entry.fields)
    fields["author"] = " and ".join(str(p) for p in entry.persons.get("author", []))
    return fields


def test_a_justified_entry_is_read_whole() -> None:
    fields = _fields(ENTRY)
    assert "沅川省交通运输厅" in fields["author"]
    assert fields["title"] == "关于加快推进高速公路服务区充电基础设施建设的通知"
    assert fields["urldate"] == "2024-12-03"
    assert fields["url"] == "https://jtt.yuanchuan.gov.example/zwgk/tzgg/2023/0510/fwqcd.html"
    assert "verbatim" not in fields


def test_an_access_date_whose_hyphen_pdftotext_dropped() -> None:
    fields = _fields(ENTRY.replace("[2024- 12-03]", "[202412-03]"))
    assert fields["urldate"] == "2024-12-03" and "verbatim" not in fields


def test_spaces_between_chinese_words_stay_where_the_entry_is_not_letter_spaced() -> None:
    # no run of three single characters: nothing says the line was stretched
    fields = _fields("王明. 城市 更新研究[M]. 北京: 科学出版社, 2020.")
    assert fields["title"] == "城市 更新研究"
