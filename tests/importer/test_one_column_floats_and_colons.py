"""One-column texts whose extractor kept no indent (session 12): a table a word processor or a
browser set in the text's flow, inside a paragraph, and a quotation announced by a colon.

A word processor sets a table where its anchor stands: the paragraph's line before it stops
short at the sentence the table follows, and the paragraph goes on after the table with a full
line, unindented (the import corpus's word-onecol and html-onecol texts: "…的认同比例见表2。" /
table / "这一结果与…"). The short line counted as a paragraph's end and cut the paragraph in two.
A new paragraph after the table opens with a line short by its lost indent, and stays apart.

A colon's line that stops short of a paragraph's first line ends its block: what it announces
(a block quotation set in smaller type, as many characters a line as the text's) follows as a
block of its own (zhanshi-shuju's Chromium texts: "…描述本地书业的状况：" / "吾澄僻处山陬，…").
The texts are written for these tests."""

from __future__ import annotations

from tests.importer.helpers import blocks

COLUMN = 24  # characters of a full line; a paragraph's first line is 2 shorter (its indent lost)


def wrap(text: str) -> list[str]:
    """A paragraph's lines in a column of ``COLUMN`` characters, its first line short by its indent."""
    lines, rest, size = [], text, COLUMN - 2
    while rest:
        lines.append(rest[:size])
        rest, size = rest[size:], COLUMN
    return lines


BEFORE = ("乡镇卫生院的设施条件近年改善较快，两县新建和改建的业务用房共计三十余处，数字化设备的配置"
          "也逐步齐全，各项认同比例见表2。")
GOES_ON = ("这一结果与其他地区的调查基本一致，说明设施和设备的投入已经初见成效，但人员和管理方面的"
           "问题仍然比较突出，需要在下一阶段重点解决。")
TABLE = ["表2 医务人员对医共体建设成效的评价", "评价项目 认同比例/%", "上级医院专家定期坐诊 84.8",
         "培训和进修机会增加 72.2", "个人收入有所提高 38.0"]
NEXT = ("另一方面，医共体内部的分工仍不够明确，牵头医院与乡镇卫生院在常见病诊疗上的职责存在交叉，"
        "双向转诊的标准也有待细化。")
AFTER = ("从长远看，乡镇卫生院的服务能力取决于其自身人才队伍的稳定，单纯依靠上级医院的人员下沉难以"
         "持续，这一点在两县的比较中表现得十分清楚。")


def _text(after_table: list[str]) -> str:
    before = wrap(BEFORE)
    assert len(before[-1]) < COLUMN - 4  # the sentence the table follows stops its line short
    return "\n".join(["一、服务能力的变化", *before, *TABLE, *after_table, *wrap(AFTER), ""])


def test_a_paragraph_goes_on_after_a_table_set_inside_it() -> None:
    # the text after the table: the paragraph's rest, its first line full (no indent)
    rest = [GOES_ON[:COLUMN], *[GOES_ON[k : k + COLUMN] for k in range(COLUMN, len(GOES_ON), COLUMN)]]
    paragraphs = [text for kind, text in blocks(_text(rest)) if kind == "p"]
    assert paragraphs[0] == BEFORE + GOES_ON
    assert paragraphs[1] == AFTER and len(paragraphs) == 2


def test_a_paragraph_after_a_table_opens_with_a_line_short_by_its_indent() -> None:
    paragraphs = [text for kind, text in blocks(_text(wrap(NEXT))) if kind == "p"]
    assert paragraphs[:2] == [BEFORE, NEXT] and len(paragraphs) == 3


LEAD = ("这种依附于沿江城市的格局，在当时人的记述中有清楚的反映。一九三五年，一位作者在旬刊上撰文，"
        "描述本地书业的状况：")
QUOTE = ("吾澄僻处山陬，书业向仰给于临津。每岁春秋两季，书贾溯江而上，捆载以归，教科书及新出小说，"
         "大率迟于临津一月有余。学子欲购新书，往往托人函购，辗转数旬方至。")
COMMENT = ("这段文字说明，战前的澄州在书业网络中处于末梢的位置：书籍的生产集中于临津，澄州只是销售的"
           "终端，新书到达的时间也总是晚于沿江城市。")


def test_a_short_line_ending_with_a_colon_ends_its_block_before_a_quotation_as_wide_as_the_text() -> None:
    lead = wrap(LEAD)
    assert len(lead[-1]) < COLUMN - 4  # the colon's line stops well short
    # the quotation, smaller type in a narrower measure: as many characters a line as the text's
    quote = [QUOTE[k : k + COLUMN] for k in range(0, len(QUOTE), COLUMN)]
    assert len(quote[0]) == COLUMN
    text = "\n".join(["一、战前的书业", *lead, *quote, *wrap(COMMENT), ""])
    paragraphs = [text for kind, text in blocks(text) if kind == "p"]
    assert paragraphs == [LEAD, QUOTE, COMMENT]


def test_a_full_line_ending_with_a_colon_runs_on() -> None:
    # a colon at a full line's end inside a paragraph announces what the paragraph goes on with
    lead = ("调查显示，居民对老旧小区改造的意见比较集中，既有对公共空间的期待，也有对施工组织的种种"
            "疑虑：一是停车位不足，二是加装电梯的费用分摊缺少依据，三是施工期间的出行不便。")
    lines = wrap(lead)
    assert lines[1].endswith("：") and len(lines[1]) == COLUMN
    text = "\n".join(["一、居民意见", *lines, *wrap(COMMENT), ""])
    paragraphs = [text for kind, text in blocks(text) if kind == "p"]
    assert paragraphs == [lead, COMMENT]


# Session 13: the part before the table is a paragraph's only line so far (its first line, right
# under a heading: "从支出结构看，…（表 2）。"). A part of one line was taken as a paragraph's end
# whatever followed; its first line's width, short by the lost indent, is measured as any first
# line's, and the line after the table decides.
ONE_LINE = "乡镇卫生院的设施逐年改善，其认同比例见表2。"


def _one_line_text(after_table: list[str]) -> str:
    assert len(ONE_LINE) == COLUMN - 2  # a paragraph's first line, short by its lost indent only
    return "\n".join(["一、服务能力的变化", ONE_LINE, *TABLE, *after_table, *wrap(AFTER), ""])


def test_a_paragraph_of_one_line_so_far_goes_on_after_the_table() -> None:
    rest = [GOES_ON[k : k + COLUMN] for k in range(0, len(GOES_ON), COLUMN)]
    paragraphs = [text for kind, text in blocks(_one_line_text(rest)) if kind == "p"]
    assert paragraphs[0] == ONE_LINE + GOES_ON
    assert paragraphs[1] == AFTER and len(paragraphs) == 2


def test_a_paragraph_of_one_line_stays_apart_from_a_paragraph_opening_after_the_table() -> None:
    paragraphs = [text for kind, text in blocks(_one_line_text(wrap(NEXT))) if kind == "p"]
    assert paragraphs[:2] == [ONE_LINE, NEXT] and len(paragraphs) == 3
