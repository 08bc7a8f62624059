"""Authors set apart by spaces alone, as ``pdftotext -layout`` gives a centred author line
("程雅琪    邵敏", no comma, no affiliation mark). Before session 14 the line was no author line:
its names ran into the title ("…横断面研究程雅琪邵敏") and the article had no authors."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.importer.frontmatter import _authors

HEAD = """\
护理管理研究       2023 年 6 月第 22 卷第 6 期


             护理工作环境、职业倦怠与护士离职意愿
              ——一项基于 6 所三级医院的多中心横断面研究
                                  程雅琪    邵敏
                         （南方医科护理学院，广州 510515）

摘     要：目的   探讨护理工作环境与护士离职意愿之间的关系。
关键词：护理工作环境；离职意愿

1     引言
      护士短缺是全球卫生系统面临的共同难题。
"""


def test_a_centred_author_line_of_names_set_apart_by_spaces() -> None:
    article = read_text(HEAD)
    assert article.meta.title == "护理工作环境、职业倦怠与护士离职意愿——一项基于 6 所三级医院的多中心横断面研究"
    assert article.meta.authors == ["程雅琪", "邵敏"]


def test_names_set_apart_by_spaces_are_two_to_four_characters() -> None:
    assert _authors("欧阳明华 司马光") == [("欧阳明华", []), ("司马光", [])]
    assert _authors("程雅琪邵敏") is None  # run together, no mark: one word
    assert _authors("护理工作环境 职业倦怠研究") is None  # words of a title, not names
