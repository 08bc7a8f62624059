"""Session 15 (qirongjiao-lizi): a title that opens with a year range is no masthead date line.

"2019—2022 年江北市…" reads as a journal line by its first words (a year and 年); the masthead's
own line above it ("2024 年 3 月 第 12 卷第 2 期") gives another year, and the title's year runs on
into words that are no date field. Also: an author's name with a middle dot longer than a Han name
("阿迪力·吐尔逊"), an English title wrapped before its last word, a year ("… from 2019 to" /
"2022"), and a pinyin name with a typeset apostrophe ("HE Xi’an").
"""

from __future__ import annotations

from wenxian.importer import read_article
from wenxian.importer.frontmatter import FrontMatter, _masthead
from wenxian.importer.layout import Chunk
from wenxian.importer.lines import Line
from wenxian.importer.options import ImportOptions
from wenxian.importer.reader import _title_tail_chunk

HEAD = """北岸环境研究
2024 年 3 月 第 12 卷第 2 期
{title_line}
变化与成因分析
周明远1 ，何夕安1,2 ，阿迪力·吐尔逊2 ，梁静3
（1. 北岸大学环境学院，江北 410001；2. 江北省生态环境研究中心，江北 410002；3. 江北市环境监测站，江北 410003）
摘要：本文分析了江北市臭氧浓度的年际变化与成因。
关键词：臭氧；年际变化；成因
中图分类号：X51
文献标志码：A
DOI：10.12345/bahj.2024.02.003
"""

BODY = """臭氧已成为江北市夏季的首要污染物，其浓度在近年呈上升趋势。
1 材料与方法
本文收集了江北市四个国控站点的逐时监测数据。
参考文献
[1] 周明远. 江北市大气污染特征[J]. 北岸环境研究, 2020, 8(1): 1-9.
"""

ENGLISH = """Interannual Variation and Causes of Surface Ozone in
Jiangbei from 2019 to
2022
ZHOU Mingyuan, HE Xi’an, Adili Tuerxun, LIANG Jing
Abstract: The interannual variation of ozone in Jiangbei was analysed.
Key words: ozone; interannual variation
"""

TITLE_LINE = "2019—2022 年江北市近地面臭氧浓度的年际"


def _article(title_line: str = TITLE_LINE):
    text = HEAD.format(title_line=title_line) + BODY + ENGLISH
    return read_article(text.encode(), file="a.txt")


def test_title_opening_with_a_year_range_is_the_title():
    meta = _article().meta
    assert meta.title == "2019—2022 年江北市近地面臭氧浓度的年际变化与成因分析"
    assert meta.journal["year"] == "2024"
    assert meta.journal["volume"] == "12"


def test_name_with_a_middle_dot_is_one_author():
    meta = _article().meta
    assert meta.authors == ["周明远", "何夕安", "阿迪力·吐尔逊", "梁静"]
    assert meta.author_affiliations == [[1], [1, 2], [2], [3]]


def test_english_title_wrapped_before_its_last_year():
    meta = _article().meta
    assert meta.en_title == "Interannual Variation and Causes of Surface Ozone in Jiangbei from 2019 to 2022"
    assert meta.en_authors == ["ZHOU Mingyuan", "HE Xi’an", "Adili Tuerxun", "LIANG Jing"]


def test_masthead_lines_still_weighed_as_mastheads():
    # the masthead's own lines: its date, with the journal's name, with its volume and issue only
    assert _masthead("2024 年 3 月 第 12 卷第 2 期", [])
    assert _masthead("北岸环境研究 2024 年 3 月", [])
    assert _masthead("2024 年第 2 期", ["北岸环境研究"])
    assert _masthead("第 12 卷第 2 期", ["2024 年 3 月"])
    # a title's first line: a range of years, a year running on into words, another year
    assert not _masthead(TITLE_LINE, [])
    assert not _masthead("2020 年江北市臭氧污染的特征", ["2024 年 3 月"])
    assert not _masthead("2020 年以来江北市臭氧污染的特征", [])


def _line(number: int, text: str) -> Line:
    return Line(number, text, False, False, float(len(text)))


def test_title_line_taken_for_the_page_header_is_given_back():
    # an extractor gave the title's first line among the first page's header lines (its year and 年
    # read as a journal line's): it is no masthead line beside the masthead's own, and goes back
    # before the title's tail
    front = FrontMatter(ImportOptions(), frozenset())
    head = [_line(5, "变化与成因分析"), _line(6, "周明远1 ，何夕安1,2 ，阿迪力·吐尔逊2 ，梁静3"),
            _line(7, "（1. 北岸大学环境学院，江北 410001；2. 江北省生态环境研究中心，江北 410002）")]
    furniture = [_line(1, "北岸环境研究　2024 年 3 月　第 12 卷 第 2 期"), _line(3, TITLE_LINE)]
    front.first_page_head(head, furniture)
    assert front.meta.title == "2019—2022 年江北市近地面臭氧浓度的年际变化与成因分析"
    assert front.meta.journal["year"] == "2024"
    assert front.meta.authors == ["周明远", "何夕安", "阿迪力·吐尔逊", "梁静"]


def test_title_tail_number_taken_for_cells():
    # a number alone on its line under a Latin line stopping on a word: the English title's end,
    # though the layout took it for a table's cells; under a reference's end it is not
    title = [Chunk("text", [_line(20, "Interannual Variation and Causes of Surface Ozone in"), _line(21, "Jiangbei from 2019 to")]),
             Chunk("cells", [_line(22, "2022")])]
    assert _title_tail_chunk(title, 1)
    entry = [Chunk("references", [_line(20, "[9] Li X. Ozone trends[J]. Air Quality, 2020, 3(1):")]),
             Chunk("cells", [_line(21, "2022")])]
    assert not _title_tail_chunk(entry, 1)
    assert not _title_tail_chunk([Chunk("cells", [_line(22, "2022")])], 0)
