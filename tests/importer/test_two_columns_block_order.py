"""Round 15c of issue 11: plain pdftotext's two-column pages (XeLaTeX's twocol-lenticular and
twocol-spaced layouts) whose citations came out of order. Each test names what failed and the
evidence that decides it now (``importer/blockorder.py``, ``importer/lexicon.py``). The texts are
the import corpus's own (benchmarks/importcorpus: articles written for it, MIT as the project)
or written for these tests."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

from wenxian.importer import blockorder, evidence, raised, read_article
from wenxian.importer.chars import width
from wenxian.importer.lexicon import word_across
from wenxian.importer.lines import Line
from wenxian.model import Heading, Paragraph

DEV = Path(__file__).resolve().parents[2] / "benchmarks" / "importcorpus" / "data" / "dev"
SCORE = DEV.parents[1] / "score.py"


def _gold_cites(article: str, layout: str) -> list[int]:
    """The numbers the gold paragraphs cite, in order, as the corpus's scorer reads them."""
    spec = importlib.util.spec_from_file_location("importcorpus_score", SCORE)
    score = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = score  # its dataclasses look their module up
    spec.loader.exec_module(score)
    gold = json.loads((DEV / article / f"{layout}.gold.json").read_text(encoding="utf-8"))
    return [n for b in gold["blocks"] if "paragraph" in b for n in score.cited(b["paragraph"], gold.get("references"))]


def _norm(text: str) -> str:
    """Text as the scorer compares it: no spaces, no citation marks."""
    return re.sub(r"\s+|\[[\d,\-–]+\]", "", text)


def _cites(text: str) -> list[int]:
    path = DEV / text
    article = read_article(path.read_bytes(), file=path)
    return [item.number for citation in article.citations() for item in citation.items]


@pytest.mark.parametrize(
    "text",
    [
        # "…老旧小区 1 140" + "个，其中…": the streams crossed where both went on mid-sentence
        "jiazhuang-dianti/twocol-lenticular.pdftotext.txt",
        # a raised "[16]" alone between the other column's line and its own; "[12]" moved on
        "nongcun-dianshang/twocol-spaced.pdftotext.txt",
        # "较大（表 1）" / "。按照…": the two pieces of one printed line went to both streams
        "xianyu-yigongti/twocol-spaced.pdftotext.txt",
        # a beam's pick (13 blocks: a figure and a table in five) putting both the headings and
        # the citations back in turn ((二)…[5] after (三)…[9]) was kept out by the beam's margin
        "kehou-fuwu/twocol-spaced.pdftotext.txt",
        # round 16d: a run's reference entries stay one column's (the next entry after a line ending
        # as an entry ends), and the body's lines beside them the other's
        "liuyu-buchang/word-twocol.pdftotext.txt",
        "xiangcun-tushu/twocol-narrow.pdftotext.txt",
    ],
)
def test_the_citations_come_in_the_articles_order(text: str) -> None:
    article, layout = text.split("/")[0], text.split("/")[1].split(".")[0]
    assert _cites(text) == _gold_cites(article, layout)


def test_a_number_and_its_measure_word_run_across_a_join() -> None:
    # A numeral is followed by its measure word or unit: "1 140" + "个" makes one phrase as a
    # dictionary word does, and no dictionary holds it.
    assert word_across("区共有 2000 年以前建成的老旧小区 1 140", "个，其中符合加装电梯条件的多层住宅") == "1 140个"
    assert word_across("课题组先后访谈县乡两级干部 46", "人次，收集相关政策文件") == "46人"
    # … a number in running text only: a table's row of years and a cell under it are no phrase
    assert word_across("平台上线年      2019   2020      2021", "份") is None
    assert word_across("该市中心城区共出现小时降雨量超过 50", "mm/h 的短时强降雨") is None


def _line(number: int, text: str, gap: bool = False) -> Line:
    return Line(number, text, False, gap, width(text), 1)


def test_a_raised_mark_goes_into_its_lines_hole_inside_a_block() -> None:
    # pdftotext prints a superscript mark on a baseline of its own; its line keeps a space where
    # the mark stood. Inside a block of two columns' interleaved lines, the other column's line
    # may stand between the two.
    group = [
        _line(1, "财政补贴也没有明确的退出安排，体系的"),
        _line(2, "[16]"),
        _line(3, "依靠财政补贴难以为继。本文的数据仅来"),
        _line(4, "持续运营依赖财政投入 。"),
    ]
    ids = {id(line) for line in group}
    [out] = raised.put_back([group], ids)
    assert [line.text for line in out] == [
        "财政补贴也没有明确的退出安排，体系的", "依靠财政补贴难以为继。本文的数据仅来", "持续运营依赖财政投入[16]。",
    ]
    assert id(out[-1]) in ids  # still a body line
    # no hole, or two in one line: the mark is left where it stands
    for after in ("持续运营依赖财政投入。", "一是 ，二是 。"):
        kept = [_line(1, "[16]"), _line(2, after)]
        assert raised.put_back([kept], {id(line) for line in kept}) == [kept]


def test_a_cut_lines_parts_stay_body_lines() -> None:
    # gaoxiao-xinli's page 2: both streams of its interleaved block open with a line holding both
    # columns' lines ("大学生处于… （二）变量与方法"), cut in two. The parts were no body lines, so
    # the streams stayed out of the block order, and the order searched without them put the right
    # column's top line ("规模在 1.2 万至 3.1 万人之间。") before the page's first heading.
    path = DEV / "gaoxiao-xinli" / "twocol-spaced.pdftotext.txt"
    article = read_article(path.read_bytes(), file=path)
    texts = [getattr(block, "text", None) or block.plain_text() for block in article.blocks]
    first = next(k for k, text in enumerate(texts) if text.startswith("一、问题的提出"))
    assert not any(text.startswith("规模在") for text in texts[:first])


def test_english_entries_move_with_the_list() -> None:
    # The bundled article's list on twocol-spaced's last page: entries [5]…[11] (no Chinese
    # character: they were no movable block) printed before the label and [1]…[4]. The list was
    # cut at [4] and the body's [5]…[10] dropped as beyond it.
    path = DEV / "bundled" / "twocol-spaced.pdftotext.txt"
    article = read_article(path.read_bytes(), file=path)
    assert sorted({item.number for citation in article.citations() for item in citation.items}) == list(range(1, 11))


def test_numbers_cited_on_the_pages_before_are_no_new_citations() -> None:
    # "[1,6]" on page 2, its [1] cited on page 1: one new number, 6, and a split reading
    # [2-4], [5], [1,6], [7] runs backwards nowhere.
    lines = [_line(1, "要系统谋划 [2-4]。"), _line(2, "受河道水位顶托 [5]。"), _line(3, "大城市为对象 [1,6]，对"), _line(4, "两倍多 [7]。")]
    assert blockorder._backwards(blockorder._new_cites(lines, frozenset({1}))) == 0
    assert blockorder._backwards(blockorder._new_cites(lines, frozenset())) == 1


def test_a_bracket_beyond_the_list_cites_nothing() -> None:
    # A scale's range "[10, 50]" beside a list of 22 entries: read as citations of 10 and 50, it
    # ran backwards after [7], and on gaoxiao-xinli's page 2 the right split of the interleaved
    # lines lost to a wrong one (the paragraph below was cut and glued to the other column's).
    assert blockorder._cited("间为 [10, 50]，得分越高表示心理困扰越严", 22) == []
    assert blockorder._cited("间为 [10, 50]，得分越高表示心理困扰越严") == [10, 50]
    assert blockorder._cited("选择独自应对 [1,5]。学生为何不求助，与", 22) == [1, 5]
    path = DEV / "gaoxiao-xinli" / "twocol-spaced.pdftotext.txt"
    article = read_article(path.read_bytes(), file=path)
    gold = json.loads((DEV / "gaoxiao-xinli" / "twocol-spaced.gold.json").read_text(encoding="utf-8"))
    want = next(b["paragraph"] for b in gold["blocks"] if b.get("paragraph", "").startswith("然而，服务的设立"))
    found = [p.plain_text() for p in article.blocks if isinstance(p, Paragraph)]
    assert _norm(want) in {_norm(text) for text in found}


def test_one_mechanism_puts_raised_marks_back_between_blocks_and_inside_them() -> None:
    # Round 16d: raised marks are put back by one function (importer/raised.py) for blocks of
    # interleaved lines and for texts whose blank lines are filler (a line a block) alike. Between
    # blocks, the other column's line may stand between the mark and its line too (before, only the
    # next block's first line was looked at there).
    groups = [[_line(1, "[3]")], [_line(3, "务，放学时间与家长下班时间不衔接的问题得到")], [_line(5, "导员撤出后的三个月内明显下降 。")]]
    ids = {id(g[0]) for g in groups}
    out = raised.put_back(groups, ids)
    assert [[line.text for line in g] for g in out] == [["务，放学时间与家长下班时间不衔接的问题得到"], ["导员撤出后的三个月内明显下降[3]。"]]
    assert id(out[1][0]) in ids
    # A printed line's three pieces are joined where each is a block of its own, not inside a
    # block: there the line before the mark may be another (nongcun-gongshui's word-twocol -raw
    # text: a figure's caption between the pieces); the mark opens the line its punctuation went to.
    block = [_line(1, "电费和管理人员的补贴"), _line(2, "Fig. 1 Average compliance of the surveyed stations"),
             _line(3, "by maintenance task"), _line(4, "[4]"), _line(5, "。一些村民习惯了“免费水”，对缴纳水费有")]
    assert [line.text for line in raised.put_back([block], set())[0]] == [
        "电费和管理人员的补贴", "Fig. 1 Average compliance of the surveyed stations", "by maintenance task",
        "[4]。一些村民习惯了“免费水”，对缴纳水费有",
    ]
    # a mark three lines before its line stays where it is
    far = [[_line(1, "[3]")], [_line(3, "甲乙丙丁")], [_line(5, "戊己庚辛")], [_line(7, "导员撤出后明显下降 。")]]
    assert len(raised.put_back(far, set())) == 4


def test_a_mark_raised_at_its_lines_end_opens_the_line_its_punctuation_went_to() -> None:
    # Round 16d: a word processor (LibreOffice) raises a mark at its line's end and sets the
    # punctuation after it on the next printed line; plain pdftotext gives the mark alone and that
    # line opening with the punctuation, the other column's line (or a cell) between. No hole to go
    # into: the mark opens the line (as -layout's margin mark does), which runs on from its first piece.
    groups = [[_line(1, "面，企业很少参与人才培养方案的制订和课程开")], [_line(3, "[6]")],
              [_line(5, "本文的数据来自课题组 2024 年 5 月至 10 月")], [_line(7, "。企业为什么参与、参与到什么程度、哪些因")]]
    out = raised.put_back(groups, set(), 22.0)
    assert [[line.text for line in g] for g in out] == [
        ["面，企业很少参与人才培养方案的制订和课程开"], ["本文的数据来自课题组 2024 年 5 月至 10 月"],
        ["[6]。企业为什么参与、参与到什么程度、哪些因"],
    ]
    # … and where the line between is that printed line's first piece (they fit one column with
    # the mark: the narrow gutter prints the mark first), the three are one line again
    groups = [[_line(1, "[12]")], [_line(3, "辑的短视频高出约三分之一")], [_line(5, "。传承人出镜讲")], [_line(7, "述时，受众更愿意在评论区提问")]]
    out = raised.put_back(groups, set(), 21.0)
    assert [[line.text for line in g] for g in out] == [["辑的短视频高出约三分之一[12]。传承人出镜讲"], ["述时，受众更愿意在评论区提问"]]
    # a full line ending mid-sentence runs on in its column (no first piece), nor is a heading one
    for before in ("41.3%，3 年至 5 年的占 34.7%，6 年及以上的占", "4.2 企业参与的主要障碍"):
        groups = [[_line(1, "[10]")], [_line(3, before)], [_line(5, "。")]]
        assert [[line.text for line in g] for g in raised.put_back(groups, set(), 22.0)] == [[before], ["[10]。"]]


@pytest.mark.parametrize("text", ["kuaidi-xiacun/word-twocol.pdftotext.txt", "liuyu-buchang/word-twocol.pdftotext.txt"])
def test_a_word_processors_marks_raised_at_line_ends_keep_the_pages_order(text: str) -> None:
    # Before round 16d the marks stayed alone: a line without a Chinese character ended the page's
    # run of interleaved lines, and the headings after it (四、…, （一）…) were lost to the split.
    path = DEV / text
    article = read_article(path.read_bytes(), file=path)
    gold = json.loads((path.parent / "word-twocol.gold.json").read_text(encoding="utf-8"))
    found = {_norm(b.text) for b in article.blocks if isinstance(b, Heading)}
    assert [b["text"] for b in gold["blocks"] if "heading" in b and _norm(b["text"]) not in found] == []


def test_a_runs_reference_entry_follows_the_line_an_entry_ends() -> None:
    # Round 16d: in a run of interleaved lines (plain pdftotext's narrow gutter, a word processor's
    # columns) the reference list is one column's: a line ending as an entry ends, with an entry's
    # Latin punctuation inside ("…出版集团, 2021."), wants the next entry after it
    # (ORDER["entry_follows"]); a numbered item ("2. …") and a sentence's end do not.
    lines = [_line(1, "京: 中国环境出版集团, 2021."), _line(2, "[2] 蒋若涵. 撤桶并点模式下的社区分类实践[J]. 城市问题,"),
             _line(3, "场指点，一旦无人指导便容易出错。"), _line(4, "2. 分类结果缺少反馈：居民看不到自己分类")]
    join = blockorder._line_joins(lines, 21.0, run=True)
    assert join(0, 1) == evidence.ORDER["entry_follows"]
    assert join(2, 1) < evidence.ORDER["entry_follows"]
    assert join(0, 3) < evidence.ORDER["entry_follows"]
    # … only in a run (a block's own lines are weighed as before)
    assert blockorder._line_joins(lines, 21.0)(0, 1) < evidence.ORDER["entry_follows"]


def test_a_citation_mark_after_a_sentence_is_no_reference_entry() -> None:
    # Session 13: pdftotext -layout and pdfminer set a block quotation's raised mark a row apart
    # ("…照价八折。" / "[12]"): it made its block a reference list, and the page's body text after it
    # was moved before it as text that cannot follow a list (zhanshi-shuju: the quotation cut in two).
    quote = [_line(1, "本丛书以浅显之文字，述抗战之要义，"), _line(2, "团体订购百册以上者，照价八折。"), _line(3, "[12]")]
    assert not blockorder._block(quote, 18.0).references
    assert not blockorder._block([_line(1, "之覆瓿，则所得多矣。”"), _line(2, "[16,17]")], 18.0).references
    # a list's entry keeps its number alone on its line after the entry before (a Latin full stop)
    entries = [_line(1, "[11] 张明. 战时书业研究[J]. 出版史料, 2019(2): 5-12."), _line(2, "[12]"),
               _line(3, "李华. 内迁与地方文化[M]. 北京: 中华书局, 2020.")]
    block = blockorder._block(entries, 18.0)
    assert block.references and block.entries == [11, 12]
    assert blockorder._block([_line(1, "[13] 王芳. 书局与读者[J]. 近代史研究, 2021(3): 40-52.")], 18.0).entries == [13]
