"""Run-in numbered items (wenxian.importer.headings.run_in_lead): an item opens its own
paragraph after a sentence end even where its line is as wide as the one before, because its
number and lead say so — also for the leads round 10b's articles printed: "2）…：" (a number and
a closing bracket) and "1. 资金来源较为单一。…" (a short numbered sentence the item's text runs on
after). A decimal ("0.35。…") opens nothing. The texts are written for these tests."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.importer.headings import run_in_lead
from wenxian.model import Heading, Paragraph

INTRO = ("高校对实验室实行分级管控以后，学校从准入培训、检查频次和应急准备三个方面\n"
         "分别提出了要求，各学院据此制定了本单位的实施细则，并报学校备案后执行。\n")


def paragraphs(text: str) -> list[Paragraph]:
    return [b for b in read_text(text).blocks if isinstance(b, Paragraph)]


def test_bracketed_numbers_after_a_full_line_open_items() -> None:
    text = INTRO + (
        "2）检查频次分级：一级实验室每周检查一次，由学校与学院共同负责；四级实验室每\n"
        "季度检查一次，由实验室负责人自查，检查结果报学院备案，并在学期末统一汇总。\n"
        "3）应急准备分级：一级实验室须配备应急喷淋和洗眼装置，每学期组织一次应急演\n"
        "练，并定期检测通风柜的面风速。\n")
    found = paragraphs(text)
    assert [p.lead for p in found] == [None, "2）检查频次分级：", "3）应急准备分级："]
    assert found[2].plain_text().endswith("面风速。")


def test_a_short_numbered_sentence_is_the_items_lead() -> None:
    text = INTRO + (
        "1. 资金来源较为单一。治理项目的投资主要依靠地方政府专项债券和上级补助资金，\n"
        "社会资本参与较少，后续项目的资金缺口较大，部分项目只能推迟到下一年度实施。\n"
        "2. 部门协同机制尚不健全。排水分区内的管网、泵站和河道分属不同部门管理，汛\n"
        "期调度仍以临时协调为主。\n")
    found = paragraphs(text)
    assert [p.lead for p in found] == [None, "1. 资金来源较为单一。", "2. 部门协同机制尚不健全。"]


def test_a_decimal_opens_no_item() -> None:
    assert run_in_lead("0.35。各河流之间，完工时间较早的河流") is None
    assert run_in_lead("2）检查频次分级：一级实验室每周检查一次") == "2）检查频次分级："


def test_a_numbered_title_set_run_in_is_its_paragraphs_lead() -> None:
    """Round 15g: "2.2.1 图像质量　影像质量…" — a third-level title its paragraph's text runs on
    after, past a gap on the same line (an ideographic space, or a space where the extractor
    turned it into one), is no heading: the line opens a paragraph led by its title. A title
    alone on its line stays a heading."""
    text = ("2.2 质量评价指标\n"
            "参照古籍数字化的有关标准和已有研究，本文从影像和全文两个方面评价数字化资源的\n"
            "质量。\n"
            "2.2.1 图像质量　影像质量主要考察分辨率、色彩还原和完整性三项内容。分辨率\n"
            "以扫描时设定的光学分辨率为准，不低于规定值的视为达标。\n"
            "2.2.2 文本质量 全文数据的质量用文本识别准确率衡量，即正确识别的字数占原文\n"
            "总字数的比例。\n"
            "2.3 数据来源\n"
            "样本来自三个地区的十二家公共图书馆。\n")
    article = read_text(text)
    heads = [b.text for b in article.blocks if isinstance(b, Heading)]
    assert heads == ["2.2 质量评价指标", "2.3 数据来源"]
    found = paragraphs(text)
    assert [p.lead for p in found][1:3] == ["2.2.1 图像质量", "2.2.2 文本质量"]
    assert found[1].plain_text().endswith("视为达标。")
    assert run_in_lead("2.2.1 图像质量") is None  # alone: a heading's title
    assert run_in_lead("3.1 Web of Science 分析") is None


def test_a_run_in_title_in_a_narrow_column() -> None:
    """Round 15g: in a two-column page the rest on the title's line is short ("2.2.1 图像质量
    影像质量主要考察"); the line after it holds a clause, which no heading's wrapped rest
    does here: the title is the paragraph's lead still."""
    text = ("2.2 质量评价指标\n"
            "参照古籍数字化的有关标准，本文从影像\n和全文两个方面评价资源的质量。\n"
            "2.2.1 图像质量 影像质量主要考察\n分辨率、色彩还原和完整性三项内容。分\n辨率不低于规定值的视为达标。\n"
            "2.3 数据来源\n样本来自十二家公共图书馆。\n")
    heads = [b.text for b in read_text(text).blocks if isinstance(b, Heading)]
    assert heads == ["2.2 质量评价指标", "2.3 数据来源"]
    assert [p.lead for p in paragraphs(text)][1] == "2.2.1 图像质量"
    assert run_in_lead("2.2.1 图像质量 影像质量主要考察") is None  # (alone, the rest is too short to tell)


def test_a_run_in_title_whose_line_runs_on_into_a_full_line() -> None:
    """Session 11: in a narrow column the title's line may hold no clause and neither may the
    next ("1.1 研究对象 选取 2021 年 5 月至" / "2022 年 10 月在本院门诊就诊的"), and the rest after
    the gap may open with an item's bracket or a Latin name ("1.3 统计学方法 SPSS 26.0 软件用于").
    The next line is as wide as the column: the paragraph runs on, the title is its lead. A
    heading's own wrapped tail is short, and a title alone on its line stays a heading."""
    text = ("1 对象与方法\n"
            "1.1 研究对象 选取 2021 年 5 月至\n"
            "2022 年 10 月在本院门诊就诊的糖尿病\n"
            "患者 80 例作为研究对象，男 42 例，女\n"
            "38 例，年龄 45～78 岁。\n"
            "1.2 观察指标 （1）空腹血糖\n"
            "和餐后 2 h 血糖的变化情况。（2）患者\n"
            "的自我管理能力评分。\n"
            "1.3 统计学方法 SPSS 26.0 软件用于\n"
            "数据分析。以 P<0.05 为差异有统计学\n"
            "意义。\n"
            "2 结果\n"
            "2.1 两组患者干预前后血糖水平和自我\n"
            "管理\n"
            "干预后，观察组的空腹血糖低于对照组，\n"
            "差异有统计学意义。\n")
    heads = [b.text for b in read_text(text).blocks if isinstance(b, Heading)]
    assert heads == ["1 对象与方法", "2 结果", "2.1 两组患者干预前后血糖水平和自我管理"]
    assert [p.lead for p in paragraphs(text)][:3] == ["1.1 研究对象", "1.2 观察指标", "1.3 统计学方法"]


def test_a_run_in_title_after_an_ideographic_space_whose_next_line_is_short() -> None:
    """Session 11: a journal's bold lead set apart by an ideographic space ("1.1 研究对象　选取…")
    in a column so narrow that the rest on its line is a few characters and the next line, holding
    figures, is not full either. The ideographic space between a short title and Han text says
    run-in (no heading of its own is set so); a title alone on its line stays a heading."""
    text = ("糖尿病患者的自我管理水平普遍不高，门诊随\n"
            "访中发现，多数患者对饮食控制和运动锻炼的\n"
            "要求了解不够，血糖控制的效果也不够理想。\n"
            "1 对象与方法\n"
            "1.1 研究对象\u3000选取2021 年5 月至\n"
            "2022 年10 月在本院门诊就诊的糖尿\n"
            "病患者80 例作为研究对象，按就诊的先后\n"
            "顺序分为两组，每组40 例，两组患者的一\n"
            "般资料比较，差异无统计学意义。\n"
            "1.2 观察指标\n"
            "记录两组患者干预前后的空腹血糖和餐后血\n"
            "糖，并比较两组患者的自我管理能力评分。\n")
    heads = [b.text for b in read_text(text).blocks if isinstance(b, Heading)]
    assert heads == ["1 对象与方法", "1.2 观察指标"]
    assert [p.lead for p in paragraphs(text)][:2] == [None, "1.1 研究对象"]


def test_a_bold_lead_after_a_short_last_line_opens_a_paragraph() -> None:
    """Session 11: the closing statements of a medical article, each a paragraph with a bold lead
    set apart by a gap ("数据共享　…", "伦理声明 …" where the extractor prints a space). A short
    last line ending a sentence and the next line's width may add up to the column, as the pieces
    of one printed line would (pdftotext -raw); a lead set apart by a gap opens a paragraph, no
    piece of a line."""
    for gap in ("\u3000", " "):
        text = ("本研究的样本来自同一所医院，结论能否推广\n"
                "到其他地区，还需要多中心的研究加以验证，\n"
                "留待今后研究。\n"
                f"数据共享{gap}本研究的数据可向通信作者索\n"
                "取使用。\n"
                f"伦理声明{gap}本研究已通过伦理委员\n"
                "会的审查，受试者均签署了知情同意书。\n")
        found = paragraphs(text)
        assert [p.plain_text()[:4] for p in found] == ["本研究的", "数据共享", "伦理声明"], gap
