"""A text that keeps its paragraphs' indents (``pdftotext -layout``, pdfplumber ``layout=True``: a word
processor's or a browser's one-column pages): a line without indent opens no paragraph, however
short (session 13, ``evidence.BREAK["next_unindented"]``). The texts are written for these tests."""

from __future__ import annotations

from tests.importer.helpers import read_body

# Each paragraph's first line indented by four spaces, as -layout prints a two-cell indent; two
# paragraphs whose next-to-last line is full and ends a sentence, their last line short and flush.
KEPT = (
    "一、问题的提出\n"
    "    近年来，各地推进老旧小区改造，居民参与程度却参差不齐。已\n"
    "有研究多从政策设计的角度讨论改造的成效，对居民参与关注较少。\n"
    "本文以四个城市的十六个项目为例，讨论参与发生的阶段。\n"
    "    调查发现，多数项目在方案确定之后才征求居民的意见，居民\n"
    "能够调整的往往只是细节，对改造内容和顺序的影响很小，这很普遍。\n"
    "居民参与的效果因此十分有限，满意度也不够高。\n"
    "    另一方面，参与较早的项目满意度较高，后续维护也更顺利。\n"
    "二、研究设计与数据来源\n"
    "    本文采用多案例比较方法，案例选自东部和中部四个城市的项\n"
    "目。调查于二〇二三年进行，共访谈街道和社区工作人员三十八人。\n"
    "三、结论与政策建议\n"
    "    参与发生得越早，居民的满意度越高，这是本文的主要发现。\n"
    "后续的维护也因此更加顺利，居民对公共空间的使用更加积极。\n"
)


def test_a_short_line_without_indent_ends_its_paragraph_where_the_text_keeps_indents() -> None:
    # "…关注较少。" fills its line and the next stops well short: read alone, that shortness is
    # a paragraph's end (a one-line paragraph's); in a text whose paragraphs all start indented,
    # the flush line is the paragraph's last.
    _, paragraphs, _ = read_body(KEPT)
    assert paragraphs[:3] == [
        "近年来，各地推进老旧小区改造，居民参与程度却参差不齐。已有研究多从政策设计的角度讨论改造的成效，"
        "对居民参与关注较少。本文以四个城市的十六个项目为例，讨论参与发生的阶段。",
        "调查发现，多数项目在方案确定之后才征求居民的意见，居民能够调整的往往只是细节，对改造内容和顺序的"
        "影响很小，这很普遍。居民参与的效果因此十分有限，满意度也不够高。",
        "另一方面，参与较早的项目满意度较高，后续维护也更顺利。",  # (indented: a paragraph of one line)
    ]
    assert len(paragraphs) == 5


def test_without_kept_indents_the_short_line_still_reads_as_a_paragraph_of_its_own() -> None:
    # The same text as plain pdftotext prints it (no leading spaces): nothing tells the last line from
    # a one-line paragraph, and the widths decide as before.
    flat = "\n".join(line.strip() for line in KEPT.split("\n"))
    _, paragraphs, _ = read_body(flat)
    assert "本文以四个城市的十六个项目为例，讨论参与发生的阶段。" in paragraphs


def test_the_text_after_an_indented_quotation_still_opens_a_paragraph() -> None:
    # A block quotation's lines, all indented, then the text going on flush: the quotation's last
    # line is inside an indented run, so the flush line after it is weighed as before.
    text = KEPT.replace(
        "二、研究设计与数据来源\n",
        "    一位居民这样描述改造前的情形：\n"
        "        楼道里堆满杂物，晚上连灯都没有，老人\n"
        "        上下楼全靠摸黑，孩子也不敢一个人出门。\n"
        "这段话说明，改造前的楼道是居民最不满意的地方之一，亟需改善。\n"
        "二、研究设计与数据来源\n")
    _, paragraphs, _ = read_body(text)
    assert paragraphs[-3] == "这段话说明，改造前的楼道是居民最不满意的地方之一，亟需改善。"


def test_a_text_keeping_three_indents_in_four_is_not_read_as_keeping_them() -> None:
    # A two-column -layout page's right column loses some paragraphs' indents (measured from the
    # gutter): its clear paragraph starts keep 0.17–0.88 of them on dev. Below 0.8 the flush line
    # says nothing, and the widths decide as where no indent was kept.
    text = KEPT + "四、研究不足与展望\n本文的样本只涉及四个城市，结论的推广还需要更多的比较研究。\n"
    _, paragraphs, _ = read_body(text)
    assert "本文以四个城市的十六个项目为例，讨论参与发生的阶段。" in paragraphs


def test_the_indent_after_a_short_heading_is_no_evidence_against_the_habit() -> None:
    # After a heading of a few characters, -layout's indent reads as that row's rest (lines._row_rest:
    # "三、结论" + "    参与…" is no indent); those starts do not count, the others keep their indents.
    text = (KEPT.replace("二、研究设计与数据来源", "二、方法").replace("三、结论与政策建议", "三、结论")
            .replace("一、问题的提出", "一、引言")
            + "    这一发现与已有研究基本一致。\n"
            + "    其原因值得进一步讨论。\n"
            + "    后续研究可以扩大样本，比较不同城市之间的差异。\n")
    _, paragraphs, _ = read_body(text)
    assert paragraphs[0].endswith("对居民参与关注较少。本文以四个城市的十六个项目为例，讨论参与发生的阶段。")
