"""Plain pdftotext of a two-column article a word processor typeset (LibreOffice Writer; issue 11,
round 14c): tests/data/import-shapes/libreoffice-twocol-pdftotext.txt (README beside it).

pdftotext does not see the gutter and prints the columns a line of each in turn, each between
blank lines (a run, ``blockorder._interleaved_runs``). Before this round the two columns' lines
were mixed into each other's paragraphs on both pages, the headings came out of order
(2 研究设计 before 1 引言), and the citations ran [1, 2, 3, 4, 5, 7, 6, 8, 11, 12, 9, 10]:

- page 1: the right column's top line, printed first, and full lines with digits (which measure
  short by an indent: their spaces count nothing) crossed the two streams;
- page 1: the journal's English name, above the title, was glued to it;
- page 2: the reference list under both columns (its entries as wide as the page) made the
  page one column, so its lines were never split; the left column's first line was dropped as a
  running head (it shares words with the abstract, whose letter-spaced label ``摘`` / ``要：`` had not
  ended the title zone); a raised citation mark printed on a line of its own (``[10]``) ended the
  run, and the list's label right under the column's last line was taken into it;
- a table's header cell printed among the lines (``样本数``) opened a paragraph.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wenxian.importer import blockorder, raised, read_text
from wenxian.importer.chars import width
from wenxian.importer.lines import Line
from wenxian.model import Heading, Paragraph

TEXT = Path(__file__).resolve().parents[1] / "data" / "import-shapes" / "libreoffice-twocol-pdftotext.txt"


@pytest.fixture(scope="module")
def article():
    return read_text(TEXT.read_text(encoding="utf-8"))


def _paragraphs(article) -> list[str]:
    return [b.plain_text() for b in article.blocks if isinstance(b, Paragraph)]


def test_front_matter(article) -> None:
    # The running head is printed on the first page only here (page 2 has the authors' head), so
    # it is no repeated furniture: its English piece, the journal's name in title case, was the
    # title's first words ("Urban Planning and Design城市口袋公园…").
    meta = article.meta
    assert meta.title == "城市口袋公园使用评价与更新策略研究——以江南某市中心城区为例"
    assert meta.authors == ["沈知远", "许清禾", "顾明川"]
    assert meta.journal["name"] == "城市规划与设计" and meta.journal["year"] == "2025" and meta.journal["issue"] == "4"
    assert meta.keywords == ["口袋公园", "使用评价", "城市更新", "高密度城区"]
    assert meta.en_title.startswith("Use Evaluation and Renewal Strategies of Urban Pocket Parks")


def test_the_headings_come_in_the_articles_order(article) -> None:
    assert [b.text for b in article.blocks if isinstance(b, Heading)] == [
        "1 引言", "2 研究设计", "2.1 研究对象", "2.2 数据与方法", "3 结果与分析", "3.1 使用强度的空间差异",
        "3.2 影响因素", "4 更新策略", "5 结语",
    ]


def test_the_citations_come_in_the_order_they_are_numbered(article) -> None:
    assert [item.number for c in article.citations() for item in c.items] == [1, 2, 3, 4, 5, 7, 6, 8, 9, 10, 11, 12]


def test_each_columns_paragraphs_are_whole(article) -> None:
    paragraphs = _paragraphs(article)
    for want in (
        # page 1, left column; its last line full with digits
        "随着城市建设由增量扩张转向存量更新，利用边角地、闲置地建设的口袋公园成为补足公共空间短板的重要方式[1]。"
        "住房和城乡建设部自 2022 年起在全国推动口袋公园建设，各地建成数量快速增长[2-3]。然而，已有研究多关注口袋公园的选址与"
        "设计，对建成后的实际使用状况及其影响因素讨论较少[4]。部分公园建成后使用率偏低，设施闲置，甚至成为管理上的负担。",
        "本文以江南某市中心城区为例，在实地调查的基础上评价口袋公园的使用状况，识别影响使用强度的关键因素，并提出更新策略，"
        "以期为高密度城区公共空间的精细化治理提供参考[5,7]。",
        # page 1, a paragraph whose full lines are printed with digits and their spaces
        "研究区为该市中心城区，面积约 86 km²，常住人口约 112 万人。依据城市园林部门提供的名录，筛选 2018—2023 年建成、"
        "面积在 400～10 000 m ² 之间的口袋公园 24 处作为样本，其中街角型 9处、滨水型 6 处、社区型 9 处。",
        # page 1, right column: the table's header cell "样本数", printed between the columns'
        # lines, stays with the table's other cells under its caption, not at this paragraph's start
        "行为注记于 2024 年 9—10 月的工作日与休息日各开展 2 次，每次记录 7:00—21:00 的逐时使用人数及活动类型；"
        "问卷调查共发放 720 份，回收有效问卷 653 份，有效率 90.7%。空间指标包括入口数量、遮荫比例、座椅密度与照明覆盖率等[6]。"
        "采用多元线性回归分析各因素对使用强度的影响，使用强度以单位面积日均使用人次计。",
        # page 2, both columns, the raised mark [10] where it was printed
        "第一，分类更新。社区型公园应优先增加座椅与儿童活动设施，街角型公园应打开围合界面、增加入口，滨水型公园则应补足遮荫与照明[10]。"
        "第二，共建共治。通过社区规划师与居民议事会，将公园日常管护纳入社区治理事项，明确责任主体。第三，精细管养。"
        "建立使用状况的定期监测机制，以使用数据指导设施增补与维护[11-12]。",
        "口袋公园的价值在于被使用。本文的研究表明提高口袋公园的使用强度，关键不在于扩大面积，而在于改善可达、遮荫、休憩与夜间安全等"
        "日常体验。后续研究可结合手机信令等多源数据，进一步揭示口袋公园在更大范围内的服务效能。",
    ):
        assert want in paragraphs
    # page 2's left column opens with the line the running-head test had dropped
    assert any("回归结果显示，入口数量、遮荫比例和座椅密度均在 1% 水平上显著为正" in p for p in paragraphs)
    assert len(article.references) == 12


def _line(number: int, text: str, gap: bool = True) -> Line:
    return Line(number, text, False, gap, width(text))


def test_a_raised_mark_printed_apart_goes_back_between_its_lines_pieces() -> None:
    groups = [[_line(1, "加入口，滨水型公园则应补足遮荫与照明")], [_line(3, "[10]")], [_line(5, "。第二，共建共治。"), _line(6, "参考文献：")]]
    body = {id(g[0]) for g in groups}
    out = raised.put_back(groups, body)
    assert [[line.text for line in g] for g in out] == [["加入口，滨水型公园则应补足遮荫与照明[10]。第二，共建共治。", "参考文献："]]
    assert id(out[0][0]) in body  # (the glued line is body text, as its first piece was)
    # A mark before a line that opens no punctuation stays where it is (it is no piece of one line).
    kept = [[_line(1, "部分学生误以为只有")], [_line(3, "[3]")], [_line(5, "出现严重的心理问题才需要咨询。")]]
    assert len(raised.put_back(kept, {id(g[0]) for g in kept})) == 3


def test_a_raised_mark_printed_before_its_line_goes_into_the_space_it_left() -> None:
    # Round 14g: LibreOffice's two columns through plain pdftotext. The mark is printed apart
    # *before* the line it was raised in, and that line keeps a space in its place, between a
    # character and the punctuation after it ("一定缓解 。"). Before, the mark stayed a line of its
    # own: it ended the page's run of interleaved lines, and the citation was lost to its sentence.
    groups = [[_line(1, "务，放学时间与家长下班时间不衔接的问题得到")], [_line(3, "[1]")],
              [_line(5, "一定缓解 。县域学校数量多、分布散，办学条")], [_line(7, "调查于二〇二四年秋季学期在两个省的四个")]]
    body = {id(g[0]) for g in groups}
    out = raised.put_back(groups, body)
    assert [[line.text for line in g] for g in out] == [
        ["务，放学时间与家长下班时间不衔接的问题得到"], ["一定缓解[1]。县域学校数量多、分布散，办学条"],
        ["调查于二〇二四年秋季学期在两个省的四个"],
    ]
    assert id(out[1][0]) in body and len(groups) == 4  # (body text as before; the caller's list is untouched)
    # No such space (or two of them, "A 。B ，"): the line's place for the mark is not known.
    for after in ("出现严重的心理问题才需要咨询。", "分布散 ，办学 。条件"):
        kept = [[_line(1, "部分学生误以为只有")], [_line(3, "[3]")], [_line(5, after)]]
        assert len(raised.put_back(kept, {id(g[0]) for g in kept})) == 3


def test_a_label_over_a_list_across_the_page_ends_the_run() -> None:
    column = 22.0
    lines = [_line(k, "这是一行正文的文字，它在这里占满了整个栏的宽") for k in range(1, 9)]
    tail = [_line(9, "揭示口袋公园在更大范围内的服务效能。", False), _line(10, "参考文献：")]
    entries = [_line(11 + k, "[%d] 王晓峰, 陈静. 高密度城区口袋公园的规划策略[J]. 城市规划学刊, 2021(4): 88-95." % k, False)
               for k in range(1, 4)]
    groups = [[line] for line in lines] + [tail, entries]
    body = {id(g[0]) for g in groups}
    out, runs = blockorder._interleaved_runs(groups, body, column)
    run = next(g for g in out if id(g) in runs)
    assert run[-1].text == "揭示口袋公园在更大范围内的服务效能。"
    assert [g[0].text for g in out if id(g) not in runs][:1] == ["参考文献："]
    # Over a list in the column (entries a column wide), the label stays where it was printed.
    narrow = [_line(11 + k, "[%d] 王晓峰, 陈静. 口袋公园的规划策略[J]. 规划, 2021." % k, False) for k in range(1, 4)]
    groups = [[line] for line in lines] + [tail, narrow]
    out, runs = blockorder._interleaved_runs(groups, {id(g[0]) for g in groups}, column)
    assert "参考文献：" in [line.text for line in next(g for g in out if id(g) in runs)]
