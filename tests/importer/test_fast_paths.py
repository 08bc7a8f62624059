"""The importer's fast paths (round 12d) answer as the general code they skip.

Each shortcut — a first-character test before a pattern, a whole text's marks made full-width at
once, lines joined without the separator's call — is compared with the general path on many
random strings from an alphabet of the characters that decide (fixed seed: deterministic).
"""

from __future__ import annotations

import random
import re

from wenxian.importer import headings, normalize, pagemarks
from wenxian.importer.chars import PLACEHOLDER, is_cjk, width
from wenxian.importer.joining import _separator, join_lines
from wenxian.importer.lines import Line

ALPHABET = ["中", "文", ",", ":", ";", "?", "!", " ", "  ", "\u3000", "\t", "\u00a0", PLACEHOLDER, "1", "１", "a",
            "B", ".", "：", "。", "，", "图", "Table", "Fig.", "(", ")", "（", "）", "“", "”", "-", "—", "·", "第", "页", "一", "、", "〇", "\u2003", "ab-"]


def _strings(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 12))) for _ in range(count)]


def test_sure_cjk_characters_are_what_punct_decides_alone():
    sure = re.compile(f"[{normalize.SURE_CJK}]")
    chars = [chr(c) for c in range(0x10000) if sure.match(chr(c))]
    assert len(chars) > 20000
    assert all(is_cjk(c) and c not in normalize._SKIP and not c.isdigit() for c in chars)


def test_fix_punctuation_as_mark_by_mark():
    texts = _strings(3000, 1) + ["中,文", "中,,b", ",中", "１,2", "中\ue000,", "中 ,x", "发展,为;是?好!", "1,000"]
    for text in texts:
        slow = normalize._PUNCT.sub(normalize._punct, normalize._PARENS.sub(normalize._parens, text))
        assert normalize.fix_punctuation(text) == slow, text


def test_an_accented_name_hyphenated_at_a_line_end_keeps_its_hyphen():
    # "Demirgüç-" / "Kunt": the hyphen is the name's (a capital follows), and no space comes in
    assert join_lines(["参见Demirgüç-", "Kunt（2014）"]).text == "参见Demirgüç-Kunt（2014）"
    assert join_lines(["a reform of Müller-", "ian economics"]).text == "a reform of Müllerian economics"


def test_join_lines_as_with_the_separator():
    rng = random.Random(2)
    for _ in range(2000):
        texts = [t.strip() or "x" for t in _strings(rng.randint(1, 5), rng.randint(0, 10**6))]
        joined = join_lines(texts, compounds=frozenset({"ab-ab"}))
        parts: list[str] = []
        starts: list[int] = []
        length = 0
        for text in texts:
            if parts:
                left, sep = _separator(parts[-1], text, dehyphenate=True, compounds=frozenset({"ab-ab"}))
                length += len(left) - len(parts[-1]) + len(sep)
                parts[-1] = left + sep
            starts.append(length)
            parts.append(text)
            length += len(text)
        assert (joined.text, joined.starts) == ("".join(parts), starts), texts


def test_width_as_counted_without_spaces():
    for text in _strings(2000, 3):
        t = text.replace(" ", "").replace("\u3000", "").replace("\t", "")
        assert width(text) == len(t) - 0.5 * len(t.encode("latin-1", "ignore")), text


def test_first_character_tests_rule_out_only_what_the_patterns_do():
    texts = _strings(3000, 4) + ["（一）", "(二)", " 三、", "\u2003四、", "1、", "一、", "第 3 页", "- 12 -", "· 5 ·", "12",
                                    "1. 色彩适配不足：多数", "（1）资金：不足", "(2)人员。其次"]
    lines = [Line(k, text, False, False) for k, text in enumerate(texts)]
    expected = [(i, int(m.group(1))) for i, line in enumerate(lines) if (m := pagemarks._PAGE_NUMBER.match(line.text))]
    assert pagemarks._page_number_lines(lines) == expected
    for text in texts:
        match = headings._NUMBER.match(text)
        slow = None
        if match and not match.group(1).isdigit() and (value := headings._value(match.group(1))) is not None:
            slow = ("cn2", value) if text[0] in "（(" else ("tw1" if match.group(1)[0] in headings._CAPITAL else "cn1", value)
        assert headings.heading_number(text) == slow, text
        lead = headings._LEAD.match(text)
        slow_lead = headings.run_in_title(text) or lead.group(0) if lead and text[lead.end():].strip() and not headings._CITATION.search(lead.group(0)) else None
        assert headings.run_in_lead(text) == slow_lead, text
        spaced = pagemarks._DIGITS.sub("#", pagemarks._NO_SPACES.sub("", text)).strip("#·•-—–")
        assert pagemarks._mask(text) == spaced, text
    assert pagemarks._masks(texts) == [pagemarks._mask(text) for text in texts]
    assert pagemarks._masks(["a\n1", "2 3", "x"]) == ["a\n", "", "x"]  # a line break inside: one by one



def test_ends_sentence_as_searched_from_the_start():
    from wenxian.importer import chars

    rng = random.Random(6)
    alphabet = ["中", "。", "！", "？", "!", "?", "…", ".", "a", "e", "t", "al", "et al", "cf", ")", "]", "”", "’", "」",
                "[", "［", "]", "］", "1", "2", "-", "–", ",", "，", "、", " ", "\u2460", "\u2473", "\n"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10))) for _ in range(20000)]
    texts += ["着力点。” [8]", "Smith et al.", "e.g.", "见图 1.", "所示。③", "之一 [3-5]。", "A.", "3.5", "。3.5"]
    for text in texts:
        stripped = text.rstrip()
        slow = bool(stripped) and (stripped[-1] in chars._TERMINAL_LAST or stripped[-1].isdecimal()) \
            and chars.TERMINAL_RE.search(stripped) is not None and chars._ABBREVIATION_END.search(stripped) is None \
            and not (stripped.endswith(".") and chars._INITIAL_END.search(stripped) and chars._unclosed(stripped))
        assert chars.ends_sentence(text) == slow, text


def test_round_16b_shortcuts_rule_out_only_what_the_tests_do():
    # layout: a line whose first character is not in _MAY_OPEN (nor a digit) is no field, numbered
    # heading, run-in title or lead; raised: marks found from their lines' openings as line by
    # line; authoryear: every author-year citation's paragraph holds a year or an undated work's word.
    from wenxian.importer import authoryear, layout, markers, raised

    rng = random.Random(7)
    alphabet = ALPHABET + ["[", "]", "［", "摘要", "关键词", "参考文献", "Abstract", "2019", "1998", "n.d.", "in press",
                           "（", "）", "王", "，", "\n", "   ", "(1)", "[3]", "待刊", "etc"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10))) for _ in range(6000)]
    texts += ["摘要：本文", "参考文献", "一、引言", "1 引言", "（1）资金：不足", "2.2.1 图像质量　影像质量主要考察",
              "（王立华，2016）", "Smith (n.d.)", "(Lee, in press)", "[1]", "  [2] [3]", "2]", "[4]   右栏"]
    for text in texts:
        if text[:1] not in layout._MAY_OPEN and not text[:1].isdecimal():
            assert markers.marker_kind(text) is None and headings.heading_style(text) is None, text
            assert headings.run_in_title(text, "，") is None and headings.run_in_lead(text) is None, text
        if authoryear._YEAR_IN_PARENS.search(text):
            assert authoryear._may_cite(text), text
    for k in range(0, len(texts), 3):
        lines = "\n".join(texts[k : k + 3]).split("\n")
        assert raised.any_in_rows("\n".join(lines)) == any(map(raised._ANY_RAISED.match, lines)), lines
    assert raised.any_in_rows("正文\n 12]") and raised.any_in_rows("x\n[3] [4]") and not raised.any_in_rows("正文 [1]")


def test_may_end_sentence_rules_out_only_lines_that_end_none():
    from wenxian.importer import chars

    rng = random.Random(8)
    alphabet = ["中", "。", "！", "？", "…", ".", "a", ")", "]", "”", "1", "１", " ", "\u3000", "\u2003", "\u2460", "-", "，"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(20000)]
    for text in texts + ["所示。 ", "之一 [3-5]。\u2003", "2023", ""]:
        assert chars.may_end_sentence(text) or not chars.ends_sentence(text), text


def _random_pages(seed: int, count: int):
    from wenxian.importer import blockorder

    rng = random.Random(seed)
    pieces = ["中文的研究", "对外开放", "，", "。", "[3]", "[1-2]", "[7]", "[12]", "1 引言", "2 方法", "2.1 数据", "二、结果",
              "（一）分析", "参考文献", "[4] 王明. 题名[J]. 学报, 2020.", "[5] LI M. Title[J].", "3 结论", "表 1 样本", "a b"]
    pages = []
    for _ in range(count):
        blocks, number = [], 1
        for _ in range(rng.randint(11, 24)):
            lines = []
            for _ in range(rng.randint(1, 4)):
                text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 5)))
                lines.append(Line(number, text, rng.random() < 0.2, False, float(rng.choice([8, 14, 18, 19, 20, 20])), 1))
                number += 1
            blocks.append(blockorder._block(lines, 20.0, rng.choice([None, 9, 20])))
        cited = set(rng.sample(range(1, 9), rng.randint(0, 3)))
        pages.append(blockorder._Page(blocks, rng.random() < 0.5, False, cited))
    return pages


def test_grown_beam_keeps_the_splits_valued_from_scratch(monkeypatch):
    # round 17b: the beam's partial splits valued from their parents' values give the same splits,
    # in the same order, as each valued from scratch — with the fitted weights and with others
    # (also a positive pair's or citation's weight); a weight that is no exact sum's falls back.
    from wenxian.importer import evidence

    for page in _random_pages(17, 40):
        grown = page._grown_beam()
        assert grown is not None and grown == page._scratch_beam()
    rng = random.Random(18)
    for _ in range(6):
        for name in evidence.ORDER:
            monkeypatch.setitem(evidence.ORDER, name, rng.choice([-4.0, -3.0, -2.5, -1.0, -0.5, -0.25, 0.0, 0.75, 1.0, 2.0, 3.0]))
        for page in _random_pages(rng.randint(0, 999), 8):
            assert page._grown_beam() == page._scratch_beam()
    monkeypatch.setitem(evidence.ORDER, "moved", -0.3)
    page = _random_pages(19, 1)[0]
    assert page._grown_beam() is None and page._column_beam() == page._scratch_beam()


def test_split_values_as_split_value():
    # round 17b: a block's splits valued with what every line says found once give the same float
    # as _split_value (random lines: headings, citations, joined printed lines' parts, open ends).
    from wenxian.importer import blockorder

    rng = random.Random(20)
    pieces = ["中文的研究", "对外开放", "，", "。", "[3]", "[1-2]", "[7]", "1 引言", "2 方法", "2.1 数据", "二、结果", "（一）分析", "（二）", "三、"]
    for _ in range(60):
        lines, number = [], 1
        for _ in range(rng.randint(2, 16)):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
            lines.append(Line(number, text, False, rng.random() < 0.3, float(rng.choice([14, 18, 19, 20])), 1))
            number += rng.random() < 0.8  # (a printed line's two parts share its number)
        join = blockorder._line_joins(lines, 20.0, rng.random() < 0.5)
        switch = lambda k: 0.75 + (k % 3 == 0)  # noqa: E731
        cites = blockorder._new_cites(lines, frozenset({1}))
        value = blockorder._split_values(lines, join, cites, switch)
        for _ in range(30):
            streams = [rng.randint(0, 1) for _ in lines]
            assert value(streams) == blockorder._split_value(streams, lines, join, cites, switch)


def _in_sequence_line_by_line(styles: list[str | None], texts: list[str]) -> list[str | None]:
    """``headings.in_sequence`` as it was before round 18 (speed): every line visited."""
    out = list(styles)
    last: dict[str, int] = {}
    decimal: tuple[int, ...] = ()
    for k, (style, text) in enumerate(zip(styles, texts)):
        if style in ("ar1", "ar2", "ar3"):
            decimal = headings._decimal(text) or decimal
            continue
        if style is None and decimal and text.rstrip().endswith(headings._QUESTION):
            number = headings._decimal(text)
            title = text.rstrip()[:-1]
            if number and headings._follows(decimal, number) and headings.heading_style(title) in ("ar1", "ar2", "ar3"):
                out[k] = headings.heading_style(title)
                decimal = number
                continue
        number = headings.heading_number(text)
        if style in ("tw1", "cn1", "cn2") and number:
            last[number[0]] = number[1]
            if style == "tw1":
                last.pop("cn1", None)
            if style in ("tw1", "cn1"):
                last.pop("cn2", None)
            continue
        if style is None and number and last.get(number[0]) == number[1] - 1:
            rest = text[headings._NUMBER.match(text).end():]
            if rest.strip() and "。" not in rest and not headings._CITATION.search(rest) \
                    and width(text) <= headings.MAX_WIDTH[number[0]]:
                out[k] = number[0]
                last[number[0]] = number[1]
    return out


def test_in_sequence_skips_only_lines_that_change_nothing():
    # Round 18 (speed): in_sequence visits the lines with a style, a Chinese number's first character
    # or a question mark at the end only; the answer is the line-by-line one.
    rng = random.Random(18)
    numbers = ["", "", "一、", "二、", "三、", "（一）", "（二）", "（三）", "壹、", "貳、", "1 ", "2 ", "1.1 ", "2.1 ", "2.2 ", "2.3 ",
               "3 ", " 二、", "（2）"]
    titles = ["", "研究设计", "为何难以持续", "问题的提出", "数据与方法", "居民参与为何不足", "a"]
    endings = ["", "", "？", "?", "。", "[3]", " "]
    for _ in range(3000):
        texts = [rng.choice(numbers) + rng.choice(titles) + rng.choice(endings) for _ in range(rng.randint(1, 8))]
        styles = [headings.heading_style(t) if t else None for t in texts]
        assert headings.in_sequence(styles, texts) == _in_sequence_line_by_line(styles, texts), texts


def test_without_lines_as_line_by_line():
    # Round 18 (speed): without_lines copies the runs between the lines taken; the lines kept and the
    # blank-line habit given to the line before each one taken are the line-by-line answer's.
    from wenxian.importer.lines import Lines, without_lines

    rng = random.Random(181)
    for _ in range(2000):
        n = rng.randint(0, 8)
        filler = rng.random() < 0.5
        make = [(k, rng.random() < 0.5) for k in range(n)]
        taken = {rng.randint(-2, n + 2) for _ in range(rng.randint(0, 4))}
        fast = without_lines(Lines([Line(k, str(k), False, gap) for k, gap in make], filler), taken)
        slow: list[Line] = []
        for k, gap in make:
            if k in taken:
                if slow:
                    slow[-1].gap_after = filler
                continue
            slow.append(Line(k, str(k), False, gap))
        assert [(line.number, line.gap_after) for line in fast.lines] == [(line.number, line.gap_after) for line in slow]


def test_session_11_batched_tests_answer_as_line_by_line():
    # chars: the first-character tests of sentence ends and formulas run over a whole text at once;
    # columns: the CJK␣CJK join searched from its space (its look-behind after it) finds the spaces the
    # look-behind-first pattern found; pagemarks: a mask opening with no head piece is none run together.
    from wenxian.importer import chars, columns

    rng = random.Random(11)
    alphabet = ALPHABET + ["]", "%", "０", "９", "\uff10", "α", "Σ", "=", "\u2460", "…", "！", "?"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10))) for _ in range(20000)]
    texts += ["", " ", "所示。", "2023", "x = 1 (1)", "α+β", "中 文", "1] 中", "% 文"]
    assert chars.may_end_sentences(texts) == [chars.may_end_sentence(text) for text in texts]
    assert chars.formula_openings(texts) == [k for k, text in enumerate(texts) if chars.may_open_formula(text)]
    behind_first = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef\d\])%]) (?=[\u3000-\u9fff\uff00-\uffef\d])")
    for text in texts:
        assert [m.span() for m in columns._JOIN.finditer(text)] == [m.span() for m in behind_first.finditer(text)], text
    pieces = {"中文", "文中", "第页", "图a"}
    for text in texts:
        mask = pagemarks._mask(text).replace("#", "") + rng.choice(["", "中文", "文中中文"])
        assert mask.startswith(tuple(sorted(pieces))) or not pagemarks._of_pieces(mask, pieces), mask


def _best_split_as_before(lines, join, switch):
    """``blockorder._best_split`` as it was before session 12 (speed): one dictionary of every
    layer's states and their parents, each state's join to the next line asked in turn."""
    from wenxian.importer import blockorder, evidence

    n = len(lines)
    penalty = evidence.ORDER["stream_joined"]
    left_part = [k + 1 < n and lines[k].number == lines[k + 1].number for k in range(n)]
    right_part = [k > 0 and lines[k - 1].number == lines[k].number for k in range(n)]

    def sided(k, side):
        if left_part[k]:
            return ("L", 0.0) if side != "R" else ("R", penalty)
        if right_part[k]:
            return ("R", 0.0) if side != "L" else ("L", 0.0)
        return side, 0.0

    flip = {"L": "R", "R": "L", "?": "?"}
    side0, cost0 = sided(0, "?")
    best = {(0, -1, side0): (cost0, None)}
    layer = {(-1, side0): cost0}
    minus = float("-inf")
    for k in range(n - 1):
        following = {}
        last = k
        stay, over = join(last, k + 1), switch(k + 1)
        placed = {side: sided(k + 1, side) for side in flip}
        for (other, side), score in layer.items():
            for nxt_other, nxt_side, value in (
                (other, side, score + stay),
                (last, flip[side], score + (join(other, k + 1) if other >= 0 else 0.0) + over),
            ):
                nxt_side, cost = placed[nxt_side]
                value += cost
                key = (nxt_other, nxt_side)
                if value > following.get(key, minus):
                    following[key] = value
                    best[(k + 1, *key)] = (value, (last, other, side))
        layer = following
    unfinished = {key: score + blockorder._open_end(lines, key[0]) for key, score in layer.items()}
    key, score = max(unfinished.items(), key=lambda item: item[1])
    chain = []
    state = (n - 1, *key)
    while state is not None:
        chain.append(state)
        state = best[state][1]
    chain.reverse()
    streams = [0] * n
    for (_, o0, _s0), (k1, o1, _s1) in zip(chain, chain[1:]):
        streams[k1] = streams[k1 - 1] if o1 == o0 else 1 - streams[k1 - 1]
    return score, streams


def test_best_split_as_before():
    # session 12 (speed): the split's programme with each layer's parents kept apart and the joins
    # to the next line asked once per line gives the same value and the same streams — ties
    # included (joins and switches drawn from a few values, so that many states tie), with
    # printed lines' two parts (the sides) and without.
    from wenxian.importer import blockorder

    rng = random.Random(21)
    texts = ["中文的研究", "对外开放。", "1 引言", "，", "数据"]
    for _ in range(300):
        lines, number = [], 1
        joined = rng.random() < 0.5
        for _ in range(rng.randint(1, 30)):
            lines.append(Line(number, rng.choice(texts), False, False, 20.0, 1))
            number += not joined or rng.random() < 0.7
        values = {}
        join = lambda a, b: values.setdefault((a, b), rng.choice([-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5]))  # noqa: E731
        switch = lambda k: (-0.75, 0.0, -0.75)[k % 3]  # noqa: E731
        assert blockorder._best_split(lines, join, switch) == _best_split_as_before(lines, join, switch)


def test_candidates_as_mask_by_mask():
    # session 12 (speed): the two-column splits made from two half-masks' tables are the orders
    # the mask's bits gave one by one, in the same order (the search keeps the first of equal values).
    from wenxian.importer import blockorder

    for n in range(1, 11):
        page = blockorder._Page.__new__(blockorder._Page)
        page.blocks = list(range(n))
        prior = list(range(n))
        expected, seen = [], set()
        for order in [prior] + [(prior[:i] + prior[i + 1 :])[:k] + [i] + (prior[:i] + prior[i + 1 :])[k:]
                                for i in range(n) for k in range(n)] + [
                [i for i in range(n) if not mask >> i & 1] + [i for i in range(n) if mask >> i & 1] for mask in range(1, 2**n - 1)]:
            if tuple(order) not in seen:
                seen.add(tuple(order))
                expected.append(order)
        assert page.candidates() == expected


def test_read_across_as_with_every_longer_word_listed():
    # session 12 (speed): the longer words either side of a join measured only where a word runs
    # across it give the word the lists of every word ending and starting there gave (random
    # joins of characters from the dictionary's words, so that many make words either side).
    from wenxian.importer import lexicon

    def as_before(left: str, right: str) -> str | None:
        words = lexicon._words()
        ends = [k for k in range(2, len(left) + 1) if left[-k:] in words]
        starts = [k for k in range(2, len(right) + 1) if right[:k] in words]
        for i in range(1, len(left) + 1):
            end = left[-i:]
            for j in range(1, min(len(right), 4 - i) + 1):
                word = end + right[:j]
                if word in words and not (any(k > i for k in ends) and any(k > j for k in starts)):
                    return word
        return None

    rng = random.Random(22)
    common = sorted(lexicon._words())[::997]  # (a spread of the dictionary's words)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(common) for _ in range(3))
        cut = rng.randint(1, len(text) - 1)
        left, right = text[max(0, cut - rng.randint(0, 3)) : cut], text[cut : cut + rng.randint(0, 3)]
        assert lexicon._read_across(left, right) == as_before(left, right), (left, right)
        found += as_before(left, right) is not None
    assert found > 300  # (the joins tried make words: the test compares something)


def test_verse_stanzas_measure_the_column_only_of_lines_that_may_be_verse():
    """``verse.stanzas`` asks the column's width (a quantile and a commonest width around the line,
    the costliest of its tests) only of lines the text alone leaves possible — a line ending with a
    mark, with a Chinese character, no figure or Latin letter, no item number — and of the line
    before such a one (``_tail``); it once measured every line up front (session 12)."""
    from wenxian.importer import verse
    from wenxian.importer.lines import split_lines

    poem = ["春水生时过远汀，", "孤帆一片入烟青。", "篷窗夜夜听风雨，", "不见江头旧驿亭。"]
    text = ("一、舟中所作\n她在舟中写下的诗多记沿途所见，语言平易，少用典故，往往以一两\n个细节写出旅途的况味。卷一写道：\n"
            + "".join(line + "\n" for line in poem) + "2019 年的统计见表 1。\n（1）经营和营销培训；\n")
    lines = split_lines(text).lines
    asked: list[int] = []

    def column(k: int) -> float:
        asked.append(k)
        return 30.0

    found = verse.stanzas(lines, (column,), [False] * len(lines), True)
    assert sorted(found) == [k for k, line in enumerate(lines) if line.text in poem]
    possible = {k for k, line in enumerate(lines) if line.text[-1:] in verse._ENDS and line.text[:1] not in "2（"}
    assert asked and set(asked) <= possible | {k - 1 for k in possible}
    assert not {k for k, line in enumerate(lines) if line.text.startswith(("2019", "（1）", "一、"))} & set(asked)


def _stanzas_asked(text: str):
    """The lines of ``text``, its verse stanzas' lines, and the lines whose column ``verse.stanzas``
    measured (against a column as wide as the widest line)."""
    from wenxian.importer import verse
    from wenxian.importer.lines import split_lines

    lines = split_lines(text).lines
    widest = max(line.width for line in lines)
    asked: list[int] = []

    def column(k: int) -> float:
        asked.append(k)
        return widest

    return lines, verse.stanzas(lines, (column,), [False] * len(lines), True), asked


def test_verse_stanzas_never_measure_a_line_wider_than_any_column_allows():
    """Every measure of the column is a line's width or one rounded to half a cell, so a line wider
    than ``VERSE_SHORT`` of the widest line (and half a cell) is no verse line against any of them:
    ``verse.stanzas`` leaves it unmeasured (most of a text's lines ending with a mark are full
    ones), and finds the same stanza as when every line is measured."""

    poem = ["春水生时过远汀，", "孤帆一片入烟青。", "篷窗夜夜听风雨，", "不见江头旧驿亭。"]
    prose = "她在舟中写下的诗多记沿途所见，语言平易，少用典故，往往以一两个细节写出旅途的况味。"
    text = "".join(prose + "\n" for _ in range(3)) + "".join(line + "\n" for line in poem) + prose + "\n"
    lines, found, asked = _stanzas_asked(text)
    assert sorted(found) == [k for k, line in enumerate(lines) if line.text in poem]
    full = {k for k, line in enumerate(lines) if line.text == prose}
    assert asked and not full & set(asked)


def test_verse_stanzas_leave_a_line_without_a_like_neighbour_unmeasured():
    """A stanza is two lines or more in a row, as wide as each other: a line ending with a mark whose
    neighbours the text rules out (or are of another width) is in none, and ``verse.stanzas`` does
    not measure its column — a paragraph's short last line "…之中。" between prose lines."""

    poem = ["春水生时过远汀，", "孤帆一片入烟青。", "篷窗夜夜听风雨，", "不见江头旧驿亭。"]
    prose = "她在舟中写下的诗多记沿途所见，语言平易，少用典故，往往以一两个细节写出旅途的况味"
    text = (prose + "\n" + "都在这几首诗之中。\n" + prose + "。\n"
            + "".join(line + "\n" for line in poem) + prose + "。\n")
    lines, found, asked = _stanzas_asked(text)
    assert sorted(found) == [k for k, line in enumerate(lines) if line.text in poem]
    alone = [k for k, line in enumerate(lines) if line.text == "都在这几首诗之中。"]
    assert alone and asked and not set(alone) & set(asked)
