"""Session 14: author-year citations in the habits sealed10 showed no part had, read by general rules —
a Traditional-script article read as a Simplified one, in-press works, 年 after a textual citation's
year, 及其同事, names set off by full-width commas, a word before the first work with its colon."""

from __future__ import annotations

from wenxian.importer.authoryear import dated_names, find_author_year, names_in_list
from wenxian.model import NamedWork as W
from wenxian.namekeys import simplified_text

TW_LIST = [
    "司馬曉東、陳悅、劉暢（2021）。建成環境與捷運通勤：臺北與高雄之比較。都市與計劃，48（1），27–52。",
    "黃志明、莊雨晴（2019）。捷運站點步行可及性評估方法。都市與計劃，46（3），245–268。",
    "Cervero, R., & Kockelman, K. (1997). Travel demand and the 3Ds. Transportation Research Part D, 2(3), 199–219.",
    "Ewing, R., & Cervero, R. (2010). Travel and the built environment. Journal of the American Planning "
    "Association, 76(3), 265–294.",
]
TW_KNOWN, TW_DATED = names_in_list(TW_LIST), dated_names(TW_LIST)


def _works(text: str, known=TW_KNOWN, dated=TW_DATED) -> list[list[W]]:
    return [f.works for f in find_author_year(text, known, dated)]


def test_traditional_text_is_read_as_simplified_one_character_for_one() -> None:
    """與 between names is 与, 參見 before a work is 参见; the places found are the text's own."""
    text = "都市交通政策。Cervero 與 Kockelman（1997）提出，後來擴充為「5D」（參見 Ewing & Cervero, 2010）。"
    found = find_author_year(text, TW_KNOWN, TW_DATED)
    assert [f.works for f in found] == [[W(("Cervero", "Kockelman"), False, "1997")],
                                        [W(("Ewing", "Cervero"), False, "2010")]]
    assert text[found[0].start:found[0].end] == "Cervero 與 Kockelman（1997）"
    assert found[1].pre == "参见"
    # Chinese names in Traditional script, set off by 、 and 與, the list's names in Traditional too
    found = find_author_year("比較了兩個都會區。司馬曉東、陳悅與劉暢（2021）發現；黃志明與莊雨晴（2019）則", TW_KNOWN, TW_DATED)
    assert [f.works for f in found] == [[W(("司马晓东", "陈悦", "刘畅"), False, "2021")],
                                        [W(("黄志明", "庄雨晴"), False, "2019")]]


def test_simplified_text_keeps_every_place() -> None:
    assert simplified_text("與參見臺灣") == "与参见台湾"
    assert simplified_text("Smith and Jones") == "Smith and Jones"
    text = "王一鳴（2018）、乾隆年間的資料"
    assert len(simplified_text(text)) == len(text)


def test_a_work_in_press_in_chinese_is_read_and_matched_to_the_lists_same_marker() -> None:
    """The Chinese APA's 印刷中 (Taiwan) and 出版中 (the mainland) stand where the year would, in the
    text and in the list's head; the entry is cut at its head and the work linked to it."""
    from wenxian.importer import read_text
    from wenxian.refparse.citematch import candidate, match, printed_suffix
    from wenxian.refparse.importer import read_reference_list

    text = ("引言\n孙莉（出版中）提出，人力配置应同时考虑护患比（孙莉，出版中；梁红，2017）。\n参考文献\n"
            "梁红, 田雪. (2017). 临床护士离职意愿问卷的修订. 护理研究, 31(12), 1452-1456.\n"
            "孙莉. (出版中). 磁性医院理念下的护理人力配置研究. 中国护理管理.\n"
            "王芳. (2019). 数字出版中的护理教育资源. 护理学报, 26(7), 1-5.\n")
    article = read_text(text)
    assert len(article.references) == 3
    imported = read_reference_list(article.references)
    cands = [candidate(r.key, r.entry, printed_suffix(r.source.text), r.source.text) for r in imported]
    cites = article.named_citations()
    assert [c.raw for c in cites] == ["孙莉（出版中）", "（孙莉，出版中；梁红，2017）"]
    keys = [match(w, cands)[0] for c in cites for w in c.works]
    assert keys == [imported[1].key, imported[1].key, imported[0].key]
    # a title holding 出版中 inside a word dates no entry as in press
    assert match(W(("王芳",), False, "2019"), cands)[0] == imported[2].key
    found = find_author_year("（李佳蓉，印刷中）", frozenset({"李佳蓉"}))
    assert [f.works for f in found] == [[W(("李佳蓉",), False, "印刷中")]]


def test_an_author_year_head_after_a_chinese_entry_is_no_translation_of_it() -> None:
    """An APA list sorts its English entries after the Chinese ones: the first English entry, with the
    next one's head after it, is an entry of its own, not the English version of the Chinese entry
    before it (the two lines together share a year and numbers with it)."""
    from wenxian.refparse.listcut import cut_list

    lines = ["张立国, 徐敏, 郑红. (2021). 三级医院护士离职意愿调查. 护理管理杂志, 21(2), 81-86. doi:10.5555/hlglzz.2021.02.081",
             "Aiken, L. H., Clarke, S. P., & Silber, J. H. (2002). Hospital nurse staffing and patient mortality. "
             "JAMA, 288(16), 1987-1993. doi:10.1001/jama.288.16.1987",
             "Bergström, K., & Mwangi, P. (2021). Night-shift frequency among hospital nurses. Journal of Nursing "
             "Management, 29(5), 1102-1111. doi:10.5555/jonm.2021.13245"]
    items = cut_list(lines).items
    assert [i.translation for i in items] == [None, None, None] and len(items) == 3


NURSE_LIST = [
    "何静, 罗晓燕. (2018). 三级医院护士职业倦怠现状. 中华护理杂志, 53(6), 692-697.",
    "吴倩. (2019a). 夜班频次与护士情感耗竭的关系. 护理学报, 26(7), 1-5.",
    "吴倩. (2019b). 护理问卷调查中的共同方法偏差. 中华护理教育, 16(9), 701-705.",
    "马骁, 赵婉清. (2020). 开放获取政策与高校科研人员的发表选择. 大学图书馆学报, 38(4), 45-53.",
    "Aiken, L. H., Clarke, S. P., & Silber, J. H. (2002). Hospital nurse staffing. JAMA, 288(16), 1987-1993.",
    "Maslach, C., & Jackson, S. E. (1981). The measurement of experienced burnout. Journal of Occupational "
    "Behaviour, 2(2), 99-113.",
    "Nguyen-Tran, H., Dela Cruz, R., & Sato, Y. (2020). Nurse practice environment. International Journal of "
    "Nursing Studies, 104, 103512.",
]
N_KNOWN, N_DATED = names_in_list(NURSE_LIST), dated_names(NURSE_LIST)


def test_habits_of_chinese_prose_around_names_and_years() -> None:
    """及其同事 is et al.; Western names set off by full-width commas; a word before the first work with
    its colon (例如：, 如：) and 参考; 年 after a textual citation's year; a particle dela."""
    def works(text):
        return [(f.works, f.pre) for f in find_author_year(text, N_KNOWN, N_DATED)]

    assert works("Aiken 及其同事（2002）对 168 所医院的研究") == [([W(("Aiken",), True, "2002")], "")]
    assert works("包括 3 个维度（Maslach，Jackson，1981）。") == [([W(("Maslach", "Jackson"), False, "1981")], "")]
    assert works("解释差异（例如：何静，2018；Aiken et al., 2002）。") == [
        ([W(("何静",), False, "2018"), W(("Aiken",), True, "2002")], "例如")]
    assert works("差异（如：Maslach & Jackson，1981；吴倩，2019a）。") == [
        ([W(("Maslach", "Jackson"), False, "1981"), W(("吴倩",), False, "2019a")], "如")]
    assert works("降低情感耗竭（参考吴倩，2019a，2019b）。") == [
        ([W(("吴倩",), False, "2019a"), W(("吴倩",), False, "2019b")], "参考")]
    assert works("马骁和赵婉清（2020 年）指出") == [([W(("马骁", "赵婉清"), False, "2020")], "")]
    assert works("（Bergström & Mwangi, 2021；Nguyen-Tran, Dela Cruz, & Sato, 2020）")[0][0][1] == \
        W(("Nguyen-Tran", "Dela Cruz", "Sato"), False, "2020")


def test_a_year_with_nian_alone_is_no_citation_of_a_name_earlier_in_the_sentence() -> None:
    """"（2020 年）" after prose dates the prose: no work of the name earlier in its sentence is cited
    (a year alone without 年 still is, "该研究（2020）")."""
    assert find_author_year("马骁所在的高校在疫情期间（2020 年）改变了政策", N_KNOWN, N_DATED) == []
    assert [f.works for f in find_author_year("马骁较早讨论了这一问题，该研究（2020）发现", N_KNOWN, N_DATED)] == [
        [W(("马骁",), False, "2020")]]


def test_a_bodys_chinese_short_name_introduced_in_its_first_citation() -> None:
    """APA's first citation of a body in Chinese prose puts its short name where the name would stand
    ("國家發展委員會（國發會，2021）"): later citations of the short name cite the body's entry, in either
    script. A person cited after prose defines nothing ("經濟成長（林嘉怡，2020）")."""
    from wenxian.namekeys import defined_short_names, stands_for

    defined = defined_short_names("據國家發展委員會（國發會，2021）的統計。經濟成長（林嘉怡，2020）。")
    assert defined == {"国发会": "据国家发展委员会"}
    assert stands_for("国发会", "國家發展委員會", defined) and stands_for("國發會", "国家发展委员会", defined)
    assert not stands_for("国发会", "国家统计局", defined)


def test_ji_between_western_names_as_between_chinese_ones() -> None:
    """及 sets off Western names as 和, 与 and 、 do ("Handy、Cao 及 Mokhtarian（2005）")."""
    assert _works("研究。Cervero 及 Kockelman（1997）提出") == [[W(("Cervero", "Kockelman"), False, "1997")]]
    assert _works("（Cervero及Kockelman，1997）") == [[W(("Cervero", "Kockelman"), False, "1997")]]
    assert _works("研究。Handy、Cao 及 Mokhtarian（2005）") == [[W(("Handy", "Cao", "Mokhtarian"), False, "2005")]]
