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
