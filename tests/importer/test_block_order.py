"""A two-column page whose blocks plain pdftotext emitted out of order is read in order
(wenxian.importer.blockorder). The text is written for this test."""

from __future__ import annotations

from tests.importer.helpers import COLUMN, read_body as _body, wrap_in_column as wrap
from wenxian.importer import read_text
from wenxian.importer.evidence import Decision



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


def test_a_word_across_the_join_that_cuts_two_words_is_one_by_chance_when_read() -> None:
    """Round 14c: in a run of interleaved lines, a word across a join counts only where it does
    not cut a word ending at the join on the left and one starting at it on the right."""
    from wenxian.importer.lexicon import word_across

    assert word_across("讨论数据平台", "本文选取东部") == "台本"  # the dictionary has it
    assert word_across("讨论数据平台", "本文选取东部", read=True) is None  # 平台 | 本文
    assert word_across("能够较好地反映不同", "治理提供参考。", read=True) is None  # 不同 | 治理
    assert word_across("同时，高水平的对", "外开放能够通过", read=True) in ("对外", "对外开", "对外开放")
    assert word_across("共享到何种程", "度，归根到底", read=True) == "程度"


LEFT_TEXT = (
    "社区花园是居民自发参与公共空间营造的一种形式。居民在街道和社区的支持下认领闲置地块，"
    "共同种植花草蔬菜，定期组织浇水除草和分享活动，逐步形成了稳定的志愿者队伍和议事规则。"
    "调查发现，参与花园营造的居民在邻里交往、社区认同和公共事务参与方面都有明显提升，"
    "花园也成为老人和儿童日常活动的重要场所，社区的公共生活因此变得更加丰富。"
    "在花园的日常管理中，志愿者轮流值班，负责工具保管、种子发放和活动记录，"
    "每月召开一次花园议事会，讨论种植计划、经费使用和邻里矛盾的调解办法。"
    "议事会的规则由居民共同制定，重要事项须经过半数参与者同意方可执行，"
    "这种做法让居民在具体事务中学会了协商，也让社区工作者看到了居民自治的潜力。"
)
RIGHT_TEXT = (
    "花园的持续运营仍面临资金和场地方面的困难。多数花园依靠居民自筹和街道的小额资助维持，"
    "缺少稳定的经费来源；部分地块属于临时用地，随时可能被收回，志愿者对花园的长期投入因此有所顾虑。"
    "建议把社区花园纳入社区公共空间规划，明确地块的使用期限，并通过社区基金为花园提供持续的支持，"
    "使居民的自发行动能够转化为长期稳定的社区治理机制。"
    "此外，街道可以邀请园艺专业人员定期开展培训，帮助志愿者掌握堆肥、"
    "节水灌溉和病虫害防治等实用技术，降低花园的维护成本。"
    "学校和社会组织也可以参与进来，把花园作为自然教育和社区服务的场所，"
    "让更多年轻居民了解和加入花园的营造，使花园的参与者队伍保持活力。"
)


def test_lines_of_both_columns_interleaved_in_one_block_are_read_column_by_column() -> None:
    """Plain pdftotext gave the two columns' lines in one block, one line of each in turn."""
    left = ["（一）社区花园的营造", *wrap(LEFT_TEXT)]
    right = ["（二）社区花园的困境", *wrap(RIGHT_TEXT)]
    rows = [line for pair in zip(left, right) for line in pair]
    rows += left[len(right):] + right[len(left):]
    pages = [HEAD + page(["一、引言"], wrap(INTRO_A), rows, FOOTNOTE), page(["二、结语"], wrap(ADVICE), REFS[:1] + REFS[1:])]
    explain: list[Decision] = []
    heads, paras, _ = _body(text(pages), explain)
    assert heads == ["一、引言", "（一）社区花园的营造", "（二）社区花园的困境", "二、结语"]
    assert paras == [INTRO_A, LEFT_TEXT, RIGHT_TEXT, ADVICE]
    assert any(d.what.startswith("lines of two columns interleaved") and d.yes for d in explain)


def test_the_shipped_word_list_is_the_installed_jieba_dictionarys(tmp_path) -> None:
    # The package ships the words derived from jieba's dictionary (read in ms, not a second);
    # after a jieba upgrade this fails until `python -m wenxian.importer.lexicon` writes it again.
    from wenxian.importer import lexicon

    lexicon.write(tmp_path / "words.gz")
    assert (tmp_path / "words.gz").read_bytes() == lexicon.SHIPPED.read_bytes()


def test_a_citation_mark_wrapped_to_a_lines_start_is_no_reference_entry() -> None:
    """"[5]。村民…" (a citation carried over to the next line) is body text that cites 5;
    "[5] 白静宜. …" opens a reference entry. Taking the first for an entry made the
    block-order search see body text after the references on the same page."""
    from wenxian.importer.blockorder import _cited

    assert _cited("[5]。村民对农业技术、医疗保健和少儿读") == [5]
    assert _cited("[2]，并据此提出") == [2]
    assert _cited("[5] 白静宜. 乡村图书室馆藏更新的现状与对") == []


def test_a_page_of_many_blocks_read_column_piece_by_piece_is_put_in_order() -> None:
    """pdfminer sets every heading and paragraph apart and, on a two-column page, may
    give the top of the right column before the rest of the left one: too many blocks
    to try every split into two columns, so a beam over the splits finds the order."""
    d1 = "讨论部分首先比较三个社区的差异，发现居民自组织程度较高的社区维护效果更好[4]。"
    x_head = "因此，如何在改造完成之后继续动员居民，并把维护责任落实到具体的组织和个人，是微更新能"
    x_tail = "否持续发挥作用的关键所在，也是本文讨论的重点[5]。"
    c1 = "总之，微更新的成效不仅取决于空间设计，还取决于长期的维护安排与居民参与[6]。"
    c2 = "今后的研究可以扩大案例范围，并对改造前后的使用情况进行更长时间的跟踪观察。"
    refs = REFS + ["[5] 孙悦. 公共空间维护 [J]. 规划师, 2023(5): 40-49.", "[6] 吴迪. 社区治理 [J]. 城市发展研究, 2024(1): 50-59."]
    tail = [x_tail[:COLUMN], x_tail[COLUMN:]]
    left_top = [["3 主要发现"], wrap(FINDING), ["4 讨论"], wrap(d1)]
    right_top = [tail, ["5 结论"], wrap(c1)]
    left_rest = [wrap(x_head)]
    right_rest = [wrap(c2), wrap(ADVICE), refs]
    pages = [IN_ORDER[0], page(*left_top, *right_top, *left_rest, *right_rest)]
    explain: list[Decision] = []
    heads, paras, cites = _body(text(pages), explain)
    assert heads == ["1 引言", "2 研究设计", "3 主要发现", "4 讨论", "5 结论"]
    assert paras == WANT_PARAGRAPHS[:4] + [d1, x_head + x_tail, c1, c2, ADVICE]
    assert cites == [1, 2, 3, 4, 5, 6, 4]
    assert [d for d in explain if d.what.startswith("blocks reordered") and d.yes and d.features.get("beam_searched")]


def test_a_citation_range_cites_the_numbers_inside_it() -> None:
    """[1-3] cites 2: a later [2] is not a new number cited out of order."""
    from wenxian.importer.blockorder import _cited

    assert _cited("覆盖城乡的总分馆体系[1-3]。") == [1, 2, 3]
    assert _cited("乡镇分馆也很少配备[6-7]，见[2, 9]") == [6, 7, 2, 9]


def test_an_indented_first_line_does_not_continue_a_line_ending_mid_sentence() -> None:
    """Interleaved lines where the left column's paragraph ends and the right column
    gives two lines in a row: the left's next paragraph starts with a line short by
    its indent, which cannot run on from the right's line ending mid-sentence
    (without that evidence the two readings tied and the columns were crossed)."""
    cut = LEFT_TEXT.index("更加丰富。") + 5
    first, second = LEFT_TEXT[:cut], LEFT_TEXT[cut:]
    left = ["（一）社区花园的营造", *wrap(first), *wrap(second)]
    right = ["（二）社区花园的困境", *wrap(RIGHT_TEXT)]
    end = 1 + len(wrap(first))  # the left column's rows up to its first paragraph's end
    rows = [line for pair in zip(left[:end], right[:end]) for line in pair]
    rows += right[end : end + 1]  # the right column's extra row
    rows += [line for pair in zip(left[end:], right[end + 1 :]) for line in pair]
    n = min(len(left) - end, len(right) - end - 1)
    rows += left[end + n :] + right[end + 1 + n :]
    assert sorted(rows) == sorted(left + right)
    pages = [HEAD + page(["一、引言"], wrap(INTRO_A), rows, FOOTNOTE), page(["二、结语"], wrap(ADVICE), REFS)]
    heads, paras, _ = _body(text(pages))
    assert heads == ["一、引言", "（一）社区花园的营造", "（二）社区花园的困境", "二、结语"]
    assert paras == [INTRO_A, first, second, RIGHT_TEXT, ADVICE]


def test_the_first_pages_footnote_under_interleaved_lines_is_no_columns_line() -> None:
    """The footnote (收稿日期, 作者简介 …) printed under both columns, with no blank line
    before it, stays whole after the two columns' lines: before, its lines were dealt
    to the two streams, the biography cut in two and its tail left in the body."""
    left = ["（一）社区花园的营造", *wrap(LEFT_TEXT)]
    right = ["（二）社区花园的困境", *wrap(RIGHT_TEXT)]
    rows = [line for pair in zip(left, right) for line in pair]
    rows += left[len(right):] + right[len(left):]
    foot = ["收稿日期：2024-01-15", "作者简介：周文远（1986—），男，江苏苏州人，副教授，博士，主要研究方向为", "城市更新与社区治理。"]
    source = text([HEAD + page(["一、引言"], wrap(INTRO_A), rows + foot), page(["二、结语"], wrap(ADVICE), REFS)])
    heads, paras, _ = _body(source)
    assert heads == ["一、引言", "（一）社区花园的营造", "（二）社区花园的困境", "二、结语"]
    assert paras == [INTRO_A, LEFT_TEXT, RIGHT_TEXT, ADVICE]
    assert read_text(source).meta.journal["author_bio"] == "周文远（1986—），男，江苏苏州人，副教授，博士，主要研究方向为城市更新与社区治理。"


# A page of the import corpus (benchmarks/importcorpus, kuaidi-xiacun, twocol-spaced, plain
# pdftotext; text written for the corpus, MIT): both columns' lines in one block, the right
# column ending (上行。) well above the left, whose last two paragraphs then come alone.
INTERLEAVED_PAGE = [
    '路合并装车。这样可以把多条半空线路合',
    '调查在湘西三个山区县进行，三县建',
    '并为一条，显著提高车辆装载率 [7]。',
    '制村共计六百余个，平均每村日均快递量',
    '不足二十件。调查组走访了县级分拣中心、 （二）借助客运班车与邮政网络',
    '乡镇网点和村级服务站，访谈网点负责人、',
    '山区县的农村客运班车和邮政投递线',
    '驾驶员和村民共计一百一十二人。为比较',
    '路本已通达大多数建制村，在班车上加装',
    '不同线路的装载情况，本文以车辆装载率',
    '货舱、由邮政投递员顺路捎带，可以在不',
    'l ∈ [0, 1] 表示单趟实际装载件数与额定件',
    '新增车辆的情况下完成末端配送。',
    '数之比。',
    '（三）建立成本分担与利益协调机制',
    '三、末端配送的主要困境',
    '共同配送涉及多个品牌、客运企业和',
    '（一）品牌分散进村造成重复投入',
    '村级站点，需要由县级商务部门牵头，按',
    '件数分摊运营成本，并对上行农产品给予',
    '在调查县，四五个快递品牌各自租用',
    '运费补贴，使各方都能从合作中得到稳定',
    '车辆、各自设点，同一条山路上每天往返',
    '收益 [8]。',
    '多辆半空的货车。乡镇网点负责人普遍反',
    '映，单个品牌的进村线路装载率很少超过',
    '五、结语',
    '三成，燃油和人工成本难以覆盖 [4]。',
    '快递进村的难点不在于网点覆盖，而',
    '（二）村级服务站经营难以为继',
    '在于有限单量下的持续运转。把分散的品',
    '牌线路整合为共同配送，并借助已有的客',
    '村级服务站是快递进村的落脚点，但',
    '运和邮政网络，山区县的末端配送才有可',
    '其经营状况并不乐观，主要表现在以下两',
    '能摆脱高成本的困境，真正服务于农产品',
    '个方面。',
    '上行。',
    '1. 派费收入过低：服务站每代收一件',
    '快递只能获得几角钱的派费，多数站点日',
    '均收入不足三十元，只能依附于小卖部或',
    '村委会勉强维持，站点负责人更换频繁。',
    '2. 上行业务难以开展：村民寄出农产',
    '品需要称重、包装和冷链，服务站既缺少',
    '设备也缺少培训，寄件业务往往仍要到乡',
    '镇网点办理，站点的服务功能因此十分有',
    '限 [5-6]。',
    '上述困境相互叠加，使得一些村级服',
    '务站在开设一两年后即告关闭 [4]。',
]


def test_lines_after_a_column_ended_stay_in_the_other_column() -> None:
    """Going over to the other stream is what interleaved lines do line by line, but not
    after one column ended: the left column's run-in items and its last paragraph were
    dealt to the right column after its last line (上行。), where their citations ([5-6]
    after [8]) run backwards."""
    refs = ["参考文献"] + [f"[{n}] 作者{n}. 题名{n} [J]. 期刊, 2023({n}): {n}-9." for n in range(1, 9)]
    intro = "近年来，农村快递持续增长[1]。已有研究关注较少[2-3]。品牌分散进村，装载率低[4]。"
    explain: list[Decision] = []
    _, paras, _ = _body(text([HEAD + page(["一、问题的提出"], wrap(intro)), page(INTERLEAVED_PAGE), page(refs)]), explain)
    assert any(d.what.startswith("lines of two columns interleaved") and d.yes for d in explain)
    items = [p for p in paras if p.startswith(("1.", "2.", "上述"))]
    assert items == [
        "1.派费收入过低：服务站每代收一件快递只能获得几角钱的派费，多数站点日均收入不足三十元，只能依附于小卖部或村委会勉强维持，站点负责人更换频繁。",
        "2.上行业务难以开展：村民寄出农产品需要称重、包装和冷链，服务站既缺少设备也缺少培训，寄件业务往往仍要到乡镇网点办理，站点的服务功能因此十分有限[5-6]。",
        "上述困境相互叠加，使得一些村级服务站在开设一两年后即告关闭[4]。",
    ]


def test_a_page_range_cut_at_its_hyphen_goes_on_at_the_next_blocks_short_first_line() -> None:
    """A reference entry's page range wraps at a column's foot ("…35(3): 49-"), its end
    ("56.") the first line of the next column: a short first line, but no new start — the
    block after a line cut at its hyphen continues it (the order that keeps them together is
    not penalised as dangling; before, the page's blocks were turned round and the entries
    after it fell out of the list)."""
    from wenxian.importer.blockorder import _block, _Page
    from wenxian.importer.chars import width
    from wenxian.importer.lines import Line

    def lines(*texts: str, first: int = 1) -> list[Line]:
        return [Line(first + k, t, False, False, width(t)) for k, t in enumerate(texts)]

    cut = _block(lines("[5] 岑怀瑾. 课后服务背景下教师工作负担的", "实证分析 [J]. 教师教育研究, 2023, 35(3): 49-"), 18.0)
    tail = _block(lines("56.", "[6] 邱望舒. 义务教育课后服务经费保障机制", "研究 [J]. 教育发展研究, 2024, 44(2): 30-37.", first=10), 18.0)
    assert cut.open_end and tail.first_new
    assert _Page._weigh_adjacent(cut, tail, False) == {"continues": 1.0}
    # A line cut after a Chinese word is no range: a short first line there starts anew.
    prose = _block(lines("调查发现，补偿资金主要来自中央和两省", "财政，市场主体和社会资本参与"), 18.0)
    assert _Page._weigh_adjacent(prose, tail, False) == {"dangling": 1.0}
