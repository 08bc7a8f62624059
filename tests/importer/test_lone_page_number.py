"""A page number the text kept only once, on a line of its own where two pages
meet, is page furniture (wenxian.importer.pagemarks). The text is written for this test."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.model import Paragraph


def test_a_lone_page_number_at_a_page_break_is_dropped() -> None:
    text = (
        "一、引言\n"
        "　　社区花园由居民认领闲置地块共同营造，逐步形成了稳定的志愿者\n"
        "队伍。\n\n46\n\f"
        "2. 维护责任不清：花园由谁维护、经费从何而来，目前没有明确的规\n"
        "定，志愿者的投入难以持续。\n"
    )
    paragraphs = [b.plain_text() for b in read_text(text).blocks if isinstance(b, Paragraph)]
    assert paragraphs[-1].startswith("维护责任不清") or paragraphs[-1].startswith("2. 维护责任不清")
    assert not any("46" in p for p in paragraphs)


def test_a_page_number_with_its_ornaments_is_dropped_without_a_form_feed() -> None:
    """PyMuPDF-style text: pages joined by a blank line, no form feed; the one page number
    kept is printed "- 31 -", and the running header after it names the journal and its
    issue. Neither may stay in the paragraph the page break cut."""
    text = (
        "一、引言\n"
        "近年来，各地陆续建设了一批老年食堂和助餐点，但部分助餐点在开办之初人气较旺，\n"
        "运营一段时间后却陷入亏损甚至停办的境地，老年人的就餐需求仍未得到稳定满足。\n"
        "已有文献主要从服务供给和政府购买服务等角度展开讨论，对运营可持续性的比较研究\n"
        "仍然较少。本文试图回答以下问题：不同城市的助餐服务在运营模式上有何差异？哪\n\n"
        "- 31 -\n"
        "社区治理评论                                                    2025 年第 4 期\n\n"
        "些因素影响其可持续运营？\n"
        "二、研究设计\n"
        "本文选取三个城市作为研究对象。三个城市的老龄化程度相近，但经济发展水平和助餐\n"
        "服务的推进方式存在明显差异，便于进行比较，也便于观察不同模式的运营结果。\n"
    )
    paragraphs = [b.plain_text() for b in read_text(text).blocks if isinstance(b, Paragraph)]
    cut = next(p for p in paragraphs if "已有文献" in p)
    assert cut.endswith("有何差异？哪些因素影响其可持续运营？")
    assert not any("31" in p or "社区治理评论" in p for p in paragraphs)


def test_a_bare_number_alone_without_ornaments_or_page_break_stays_text() -> None:
    text = "一、引言\n问卷共发放\n\n1200\n\n份，有效回收率为 93.5%。\n"
    paragraphs = [b.plain_text() for b in read_text(text).blocks if isinstance(b, Paragraph)]
    assert any("1200" in p for p in paragraphs)


def test_a_running_head_with_its_page_number_glued_on_once() -> None:
    """pdfium glues an odd page's head to its page number ("…改进路径59") and keeps no page
    break: the line repeats the title, so it is the head, even printed once. A sentence that
    ends in a number is not (it does not repeat the title)."""
    text = (
        "乡镇卫生院家庭医生签约服务的履约困境与改进路径\n郁晨阳1，尚婉清2\n摘要：家庭医生签约服务是基层卫生的重要制度。\n"
        "关键词：家庭医生；签约服务\n一、引言\n"
        "签约服务把基本医疗、公共卫生和健康管理结合起来，由家庭医生团队提供连续服务，\n" * 8
        + "家庭医生签约服务在乡镇卫生院推行多年，签约率逐年提高，但履约质量参差不齐，\n"
        "部分居民签约以后并未获得约定的服务，签约服务的实际效果因此受到一定影响，\n"
        "郁晨阳，尚婉清：乡镇卫生院家庭医生签约服务的履约困境与改进路径59\n"
        "这一问题在人口外流较多的山区乡镇尤为突出，全年到诊的签约居民不足 59\n"
        "人，履约记录也不完整。\n"
    )
    body = "".join(b.plain_text() for b in read_text(text).blocks if isinstance(b, Paragraph))
    assert "路径59" not in body and "尚婉清：" not in body
    assert "受到一定影响，这一问题" in body and "不足 59 人" in body.replace("59人", "59 人")


def test_a_body_line_at_a_page_edge_sharing_the_titles_words_stays_when_it_holds_two_sentences() -> None:
    """The line after a running header "authors：title" shares eight characters of the title too,
    and stands at the page's edge — but a sentence ends inside it and the next runs on."""
    text = (
        "县域义务教育学校课后服务的供给现状\n\n舒雅静，程立远\n\n"
        "［摘要］本文基于对四个县五十六所义务教育学校的问卷调查和访谈，考察了县域学校课后\n"
        "服务的供给现状，发现存在内容单一和经费来源不稳定等问题，并提出质量提升路径。\n"
        "［关键词］课后服务；义务教育；县域学校\n\n"
        "一、引言\n"
        "课后服务是减轻学生家庭负担、促进学生全面发展的重要举措，近年来受到各方\n"
        "关注，各地相继出台了推进课后服务的政策文件，明确了服务时间、服务内容\n"
        "和经费保障等方面的要求，要求学校结合实际制定实施方案，做到应开尽开，\n"
        "并鼓励学校利用校外资源丰富服务内容，满足学生多样化的学习和发展需求，\n"
        "切实减轻家长接送学生的负担。\n"
        "近年来，各地普遍推行义务教育学校课后服务，放学时间与家长下班\n"
        "时间不衔接的问题得到一定缓解。县域学校数量多、分布散，办学条件\n"
        "差异较大。现有研究多以大中城市的学校为样本，对县域学校课后服务的\n\n"
        "\f舒雅静，程立远：县域义务教育学校课后服务的供给现状 59\n\n"
        "系统考察还不多见。本文以县域义务教育学校为对象，描述其课后服务的\n"
        "供给现状，并提出提升服务质量的可行路径。\n"
        "二、数据来源\n"
        "调查于秋季学期在两个省的四个县进行，按城区、镇区和乡村三类学校分\n"
        "层抽样，共抽取小学和初中五十六所。\n"
    )
    paragraphs = [b.plain_text() for b in read_text(text).blocks if isinstance(b, Paragraph)]
    cut = next(p for p in paragraphs if "现有研究" in p)
    assert "系统考察还不多见。本文以县域义务教育学校为对象" in cut
    assert not any("舒雅静" in p for p in paragraphs)


def test_a_number_alone_on_the_texts_last_line_is_the_pages_number() -> None:
    """A one-page article: pdftotext ends it with the page's number after the first page's
    footnote. The number is no part of 作者简介 (nor of a paragraph)."""
    text = ("题名\n张三\n摘要：本文讨论。\n关键词：甲；乙\n一、引言\n正文在此结束。\n\n"
            "作者简介：张三（1978—），男，工程师。E-mail: zs@example.edu.cn\n\n41\n\n\f")
    article = read_text(text)
    assert article.meta.journal["author_bio"].endswith("zs@example.edu.cn")
    assert not any("41" in b.plain_text() for b in article.blocks if isinstance(b, Paragraph))


def test_a_running_head_printed_once_among_the_pages_text_is_dropped() -> None:
    """Round 14b (the corpus's word-processor layouts): a three-page article prints the odd pages'
    head once, and pypdfium2 may put it among its page's text (after a table's cells): neither
    recurring nor at an edge. Its shape — the author line's names, a colon, the title's start —
    makes it the head. A line that only opens with a name and a colon stays text."""
    def text(line: str) -> str:
        return (
            "县域医共体建设与基层服务能力提升\n邬桐1，晏秋2\n摘要：医共体是整合县域医疗资源的重要方式。\n"
            "关键词：医共体；基层服务\n一、引言\n"
            "签约服务把基本医疗、公共卫生和健康管理结合起来，由家庭医生团队提供连续服务，\n" * 8
            + "影像\n7\n检验\n" + line + "\n（二）技术能力与设施条件\n"
            "庐北县医共体实行人员统一招聘、统一调配，牵头医院每年向乡镇卫生院派驻医务人员。\n"
        )
    body = "".join(str(b) for b in read_text(text("邬桐，晏秋：县域医共体建设与基层服务能力提升")).blocks)
    assert "晏秋：县域" not in body and "技术能力与设施条件" in body
    body = "".join(str(b) for b in read_text(text("邬桐：他在访谈中说，医共体建设与基层服务能力提升有关")).blocks)
    assert "邬桐：他在访谈中说" in body


def test_a_line_the_paragraph_runs_on_into_past_the_page_edge_is_no_header() -> None:
    """Round 14b (nongcun-dianshang's word-twocol text from pypdfium2, no form feeds): after the
    page's number and header, the page's first line shares eight of the title's characters — but
    it is as wide as the column and the line before the page's edge ends mid-sentence: the
    paragraph runs on into it. Before, it was taken for a header and lost."""
    prose = ("村级服务点的收入主要来自每件代收费用兼营者的积极性不高一些服务点存在包裹积压和丢失的问题服务质量不够"
             "稳定山区线路由于包裹量少路程远装载率仍然偏低距离县城较近人口较多的线路装载率较高配送中心按照进村包裹")

    def column(start: int, count: int) -> str:  # lines of a column, each its own (no line recurs)
        offsets = [(start + k) * 3 % (len(prose) - 20) for k in range(count)]
        return "".join(prose[k : k + 10] + "，" + prose[k + 10 : k + 20] + "\n" for k in offsets)

    text = (
        "农村经济与流通　2025 年 7 月　第 31 卷 第 7 期\n"
        "农村电商物流共同配送体系的运行效率与提升路径\n冯晓川1，乔木2\n摘要：共同配送是破解难题的重要方式。\n"
        "关键词：共同配送；农村电商\n一、引言\n" + column(0, 12)
        + "针对上述问题，结合枫溪县的实际，本文认\n· 136 ·\n农村经济与流通　2025 年 7 月　第 31 卷 第 7 期\n"
        "为可以从以下三个方面提升共同配送体系的运行\n质量。\n" + column(20, 4) + "· 137 ·\n"
        "冯晓川，等：农村电商物流共同配送体系的运行效率与提升路径\n" + column(30, 4)
    )
    body = "".join(b.plain_text() for b in read_text(text).blocks if isinstance(b, Paragraph))
    assert "本文认为可以从以下三个方面提升共同配送体系的运行质量。" in body
    assert "冯晓川" not in body and "农村经济与流通" not in body
