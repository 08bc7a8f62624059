"""Session 15: author-year citations in the habits sealed11 showed no part had, read by general rules of
how Chinese texts cite — a Western name's Chinese transliteration before the original name and year (one
citation), the transliteration then cited alone (linked only where the text paired the two), a title
between a name and its year, a year and 出版中 in one citation, a name with its given names and a dot
first of two, a page range set with a font's hyphen (U+2011)."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.importer.authoryear import dated_names, find_author_year, names_in_list, with_defined_names
from wenxian.model import NamedWork as W
from wenxian.myst_writer import _Writer
from wenxian.refparse.citematch import candidate, match, printed_suffix, short_names, with_short_names
from wenxian.refparse.importer import read_reference_list

LIST = [
    "Nida, E. A. 1964. Toward a Science of Translating [M]. Leiden: E. J. Brill.",
    "Nida, E. A. & C. R. Taber. 1969. The Theory and Practice of Translation [M]. Leiden: E. J. Brill.",
    "Nord, C. 1997. Translating as a Purposeful Activity [M]. Manchester: St. Jerome.",
    "周明远. 2016. 语料库翻译学导论 [M]. 上海: 上海外语教育出版社.",
]


def _found(text: str, refs=LIST) -> list[tuple[str, list[W], bool, list[str]]]:
    known = with_defined_names(names_in_list(refs), text)
    return [(text[f.start:f.end], f.works, f.textual, f.pages)
            for f in find_author_year(text, known, dated_names(refs))]


def test_a_transliteration_sounds_the_names_consonants_in_order() -> None:
    """Characters of the transliteration tables, the first rendering the name's first sound, each later
    one a later consonant (d/t, b/p, g/k alike, l for r, w for v); prose before a citation is none."""
    from wenxian.namekeys import transliterates

    for han, name in (("奈达", "Nida"), ("泰伯", "Taber"), ("诺德", "Nord"), ("韦努蒂", "Venuti"), ("图里", "Toury"),
                      ("贝克", "Baker"), ("魏敦瑞", "Weidenreich"), ("乔姆斯基", "Chomsky"), ("马克思", "Marx"),
                      ("雅各布森", "Jakobson")):
        assert transliterates(han, name), (han, name)
    for han, name in (("立人", "Weidenreich"), ("分析", "Fisher"), ("能力", "Nussbaum"), ("美国", "Mei"),
                      ("奈达", "Baker"), ("达奈", "Nida"), ("诺", "Nord"), ("沈冠军", "Shen")):
        assert not transliterates(han, name), (han, name)


def test_a_transliteration_before_the_original_name_is_one_textual_citation() -> None:
    text = ("研究。奈达（Nida，1964：159）提出“动态对等”；奈达和泰伯（Nida & Taber，1969）进一步把翻译过程分为三个阶段。"
            "此后，诺德（Nord，1997）的功能主义路径。周口店直立人（Nida，1964）")
    assert _found(text) == [
        ("奈达（Nida，1964：159）", [W(("Nida",), False, "1964")], True, ["159"]),
        ("奈达和泰伯（Nida & Taber，1969）", [W(("Nida", "Taber"), False, "1969")], True, [""]),
        ("诺德（Nord，1997）", [W(("Nord",), False, "1997")], True, [""]),
        # prose before the parenthesis is no transliteration: the parenthesis alone
        ("（Nida，1964）", [W(("Nida",), False, "1964")], False, [""]),
    ]


def test_the_transliteration_alone_is_the_original_only_where_the_text_paired_them() -> None:
    text = ("诺德（Nord，1997）的路径。奈达和泰伯（Nida & Taber，1969）指出。后来诺德（1997）提出“忠诚”原则；"
            "这与意合有关（奈达，1964；Nida & Taber，1969）。泰伯（1969）未被单独配对，但与奈达同现。图里（1995）")
    from wenxian.namekeys import transliterated_names

    assert transliterated_names(text) == {"诺德": "Nord", "奈达": "Nida", "泰伯": "Taber"}
    found = _found(text)
    assert [raw for raw, *_ in found] == ["诺德（Nord，1997）", "奈达和泰伯（Nida & Taber，1969）", "诺德（1997）",
                                          "（奈达，1964；Nida & Taber，1969）", "泰伯（1969）"]  # 图里 was never paired
    article = read_text(text + "\n参考文献\n" + "\n".join(LIST) + "\n")
    imported = read_reference_list(article.references)
    cands = with_short_names([candidate(r.key, r.entry, printed_suffix(r.source.text), r.source.text)
                              for r in imported], short_names(article))
    keys = {r.key: r.source.text[:6] for r in imported}
    links = [[keys.get(match(w, cands)[0]) for w in c.works] for c in article.named_citations()]
    assert links == [["Nord, "], ["Nida, "], ["Nord, "], ["Nida, ", "Nida, "], [None]]
    assert links[3] == ["Nida, ", "Nida, "] and match(W(("奈达", "泰伯"), False, "1969"), cands)[0] is not None
    # without the pairing in the text, the Chinese name is no one's
    bare = read_text("后来诺德（1997）提出“忠诚”原则。\n参考文献\n" + "\n".join(LIST) + "\n")
    assert bare.named_citations() == []


def test_a_title_between_the_name_and_the_year_stays_in_the_citation() -> None:
    assert _found("国内方面，周明远教授（2016）系统介绍了方法。") == [
        ("周明远教授（2016）", [W(("周明远",), False, "2016")], True, [""])]
    assert _found("国内方面，某某教授（2016）系统介绍了方法。") == []  # a name the list does not have


def test_a_year_and_in_press_are_one_work_where_the_list_dates_it_so() -> None:
    refs = ["马晓峰，2023. 南疆棉区盐渍化耕地遥感监测[J/OL]. 土壤学报，出版中[2023‑06‑12].",
            "张建国，2015. 南疆土壤盐分[M]. 北京：科学出版社."]
    text = "结果。马晓峰（2023，出版中）基于遥感；排水是决定因素（张建国，2015；马晓峰，2023，出版中）。"
    assert [(raw, works) for raw, works, *_ in _found(text, refs)] == [
        ("马晓峰（2023，出版中）", [W(("马晓峰",), False, "2023")]),
        ("（张建国，2015；马晓峰，2023，出版中）", [W(("张建国",), False, "2015"), W(("马晓峰",), False, "2023")])]
    # APA's two works of one author, the one dated and the one in press, where the list has both
    refs = ["Smith, J. (2015). A study. Journal, 1, 1-2.", "Smith, J. (in press). Another study. Journal."]
    assert [works for _, works, *_ in _found("见（Smith, 2015, in press）。", refs)] == [
        [W(("Smith",), False, "2015"), W(("Smith",), False, "in press")]]


def test_a_name_with_its_given_names_and_a_dot_is_the_first_of_two() -> None:
    refs = ["阿不都热合曼·吐尔逊，王海军，2019. 南疆滴灌棉田土壤盐分[J]. 干旱区研究，36（4）：842‑851.",
            "王海军，李志刚，2016. 南疆盐渍化分级[J]. 土壤，48（2）：1‑8."]
    text = "面积迅速扩大。\n阿不都热合曼·吐尔逊和王海军（2019）在和田的调查表明。"
    assert [raw for raw, *_ in _found(text, refs)] == ["阿不都热合曼·吐尔逊和王海军（2019）"]


def test_a_page_range_with_a_fonts_hyphen() -> None:
    refs = ["李文博. 2020. 人类牙齿三维形态. 人类学学报, 39(1): 112‑118",
            "Wu XZ, Poirier FE. 1995. Human Evolution in China. New York: Oxford University Press"]
    text = "参照李文博（2020：\n112‑118），证据（Wu & Poirier，1995，pp. 87‑95）。"
    assert [(raw, pages) for raw, _, _, pages in _found(text, refs)] == [
        ("李文博（2020：\n112‑118）", ["112-118"]), ("（Wu & Poirier，1995，pp. 87‑95）", ["87-95"])]


def test_the_transliteration_is_written_back_as_printed_before_the_parenthetical_citation() -> None:
    """The Chinese name stays in the text as the author wrote it; the parenthesis, the original's names and
    the year, is the citation ({cite:p}, its page kept)."""
    raw = "翻译\n\n一、引言\n\n奈达（Nida，1964：159）提出“动态对等”。\n\n参考文献\n" + "\n".join(LIST) + "\n"
    article = read_text(raw)
    cite = article.named_citations()[0]
    assert (cite.raw, cite.lead, cite.textual) == ("奈达（Nida，1964：159）", "奈达", True)
    key = read_reference_list(article.references)[0].key
    writer = _Writer([key], "t", None, "refs.bib", {cite.works[0]: key})
    assert writer.named_citation(cite, False) == f"奈达{{cite:p}}`{key}{{159}}`"
