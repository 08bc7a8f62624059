"""A two-column page whose blocks plain pdftotext emitted out of order is read in order
(wenxian.importer.blockorder). The text is written for this test."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.importer.evidence import Decision
from wenxian.model import Heading, Paragraph

COLUMN = 18  # characters of a column line; a paragraph's first line is 2 shorter (its indent)


def wrap(text: str) -> list[str]:
    """A paragraph as pdftotext prints it in a column: the indent is lost, the first line is short."""
    lines, rest = [text[: COLUMN - 2]], text[COLUMN - 2 :]
    while rest:
        lines.append(rest[:COLUMN])
        rest = rest[COLUMN:]
    return lines


HEAD = [
    "城市社区公共空间的微更新研究",
    "周文远1，沈佳宁2",
    "（1. 江南理工大学建筑学院，苏州 215000；2. 江南城市研究所，苏州 215001）",
    "摘　要：社区公共空间的微更新是城市更新的重要组成部分。本文以三个老旧社区为例，讨论微更新中的居民参与和",
    "空间治理问题，并提出若干建议。",
    "关键词：微更新；公共空间；社区治理",
    "",
]
INTRO_A = "近年来，城市更新由大拆大建转向小规模渐进式改造，社区公共空间的微更新日益受到关注[1]。口袋公园、街角绿地和楼道空间的改造，直接关系居民的日常生活。"
# Ends mid-sentence at the foot of the left column; INTRO_C runs on at the top of the right one.
INTRO_B_HEAD = "已有研究多从设计角度讨论微更新的空间策略[2]，对更新过程中的治理安排关注较少。微更新能否持续，归根到底"
INTRO_B_TAIL = "取决于居民是否愿意参与维护。本文据此提出研究问题。"
METHOD = "本文选取三个社区作为案例，采用参与式观察和半结构访谈收集资料，访谈对象包括街道干部、社区工作者和居民代表。"
FOOTNOTE = ["收稿日期：2024-01-15", "作者简介：周文远（1986—），男，副教授。"]
FINDING = "调查发现，居民参与集中在方案征集阶段，施工和维护阶段参与较少[3]。部分改造完成后缺乏维护，使用效果逐渐下降。"
ADVICE = "建议把维护责任写入更新方案，并通过社区基金支持居民自组织持续参与公共空间的日常管理[4]。"
REFS = ["参考文献", "[1] 王明. 城市更新的路径 [J]. 城市规划, 2020(1): 1-9.", "[2] 李青. 微更新设计 [J]. 建筑学报, 2021(2): 10-19.",
        "[3] 赵亮. 社区参与研究 [J]. 社会学研究, 2022(3): 20-29.", "[4] 钱程. 社区基金 [J]. 城市问题, 2023(4): 30-39."]

# The intro's tail split into its own block, as a column break leaves it.
B_HEAD = wrap(INTRO_B_HEAD)
B_TAIL_LINES = []
rest = INTRO_B_TAIL
while rest:
    B_TAIL_LINES.append(rest[:COLUMN])
    rest = rest[COLUMN:]


def page(*blocks: list[str]) -> list[str]:
    out: list[str] = []
    for block in blocks:
        out.extend(block)
        out.append("")
    return out


def text(pages: list[list[str]]) -> str:
    return "\f".join("\n".join(p) + "\n" for p in pages)


IN_ORDER = [
    HEAD + page(["1 引言"], wrap(INTRO_A), B_HEAD, B_TAIL_LINES, ["2 研究设计"], wrap(METHOD), FOOTNOTE),
    page(["3 主要发现"], wrap(FINDING), ["4 结论与建议"], wrap(ADVICE), REFS),
]
# What pdftotext made of it: the top of the right column first on page 1, the
# conclusion's heading and paragraph after the reference list on page 2.
SCRAMBLED = [
    HEAD + page(["1 引言"], B_TAIL_LINES, wrap(INTRO_A), ["2 研究设计"], B_HEAD, wrap(METHOD), FOOTNOTE),
    page(["3 主要发现"], wrap(FINDING), REFS, ["4 结论与建议"], wrap(ADVICE)),
]

WANT_HEADINGS = ["1 引言", "2 研究设计", "3 主要发现", "4 结论与建议"]
WANT_PARAGRAPHS = [INTRO_A, INTRO_B_HEAD + INTRO_B_TAIL, METHOD, FINDING, ADVICE]


def _body(source: str, explain: list[Decision] | None = None) -> tuple[list[str], list[str], list[int]]:
    article = read_text(source, explain=explain)
    heads = [b.text for b in article.blocks if isinstance(b, Heading)]
    paras = [b.plain_text().replace(" ", "") for b in article.blocks if isinstance(b, Paragraph)]
    cites = [item.number for c in article.citations() for item in c.items]
    return heads, paras, cites


def test_text_in_order_is_read_as_it_is() -> None:
    explain: list[Decision] = []
    heads, paras, cites = _body(text(IN_ORDER), explain)
    assert heads == WANT_HEADINGS
    assert paras == WANT_PARAGRAPHS
    assert cites == [1, 2, 3, 4]
    assert not [d for d in explain if d.what.startswith("blocks reordered") and d.yes]


def test_scrambled_blocks_are_put_back_in_reading_order() -> None:
    explain: list[Decision] = []
    heads, paras, cites = _body(text(SCRAMBLED), explain)
    assert heads == WANT_HEADINGS
    assert paras == WANT_PARAGRAPHS
    assert cites == [1, 2, 3, 4]
    moves = [d for d in explain if d.what.startswith("blocks reordered") and d.yes]
    assert len(moves) == 2
    reasons = {name for d in moves for name, value in d.reasons if value > 0}
    # The reasons weighed: a sentence runs on across the column break; no text after the list.
    assert {"continues", "after_references"} <= reasons
    assert "blocks reordered" in moves[0].explain()


def test_one_column_text_keeps_the_extractors_order() -> None:
    """Wide lines (one column): nothing to go by, the order stays even where it reads badly."""
    body = SCRAMBLED[0][len(HEAD) :]
    wide = [HEAD + [line * 2 for line in body], [line * 2 for line in SCRAMBLED[1]]]
    explain: list[Decision] = []
    _body(text(wide), explain)
    assert not [d for d in explain if d.what.startswith("blocks reordered")]


def test_a_word_across_the_join_is_found() -> None:
    from wenxian.importer.lexicon import word_across

    assert word_across("同时，高水平的对", "外开放能够通过") in ("对外", "对外开", "对外开放")
    assert word_across("形成“不愿共享、不敢共享”的局面。", "（三）后期管护") is None
