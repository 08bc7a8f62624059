"""A full line ending a sentence, then a one-line sentence and a run-in item or a table's caption
(round 12e, gaoxiao-xinli: "…正相关（表 2）。" / "结合访谈资料，…以下三个方面。" / "表 2 …"): the short
line is the paragraph's last, short because the paragraph ends there, as before a heading — no
paragraph of its own. The texts are written for these tests."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.model import Paragraph

BODY = (
    "调查发现，五所学校都设立了学生心理健康服务中心，但专职教师配备数量差异很大，\n"
    "多数学校的专职人员不足，兼职人员的培训和督导也不够系统，难以满足学生的需要。\n"
    "据此提出以下建议。\n"
)


def paragraphs(text: str) -> list[str]:
    return [b.plain_text() for b in read_text(text).blocks if isinstance(b, Paragraph)]


def test_a_one_line_sentence_before_run_in_items_ends_the_paragraph() -> None:
    found = paragraphs(BODY + (
        "1. 充实专业人员队伍。按照师生比要求配齐专职教师，加强对兼职咨询师的系统培训，\n"
        "保持咨询队伍的稳定。\n"
        "2. 优化预约和服务流程。开通线上预约，设立简短的首次评估和单次咨询服务。\n"))
    assert len(found) == 3 and found[0].endswith("难以满足学生的需要。据此提出以下建议。")


def test_a_one_line_sentence_before_a_caption_ends_the_paragraph() -> None:
    found = paragraphs(BODY + (
        "表2 向学校心理中心求助的影响因素\n"
        "变量  比值比\n"
        "病耻感  0.64\n"
        # (the paragraph after the table opens with a line short by its lost indent: a full line
        # there, unindented, goes on with the paragraph the table was set in; session 12)
        "多数学生在求助前会先向朋友和家人倾诉，向学校心理中心求助的比例明显较低，\n"
        "这一结果与已有研究基本一致。\n"))
    assert found[0].endswith("难以满足学生的需要。据此提出以下建议。")
