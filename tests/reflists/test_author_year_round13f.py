"""Round 13f: what the sealed author-year part ``sealed5`` showed, each by its rule — a GB/T
author-year list printed with full-width marks, 经济学（季刊）'s list (names before a quoted title, the
year after the journal, 待刊 at the end), a family name of two words, Chicago's ``Forthcoming.``, a
Western name cited with its initials' points. The lines are written for these tests."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.importer.authoryear import dated_names, find_author_year, names_in_list
from wenxian.refparse.citematch import candidate, match, printed_suffix
from wenxian.refparse.fragments import half_width
from wenxian.refparse.importer import read_reference_list
from wenxian.refparse.listcut import cut_list

FULL_WIDTH = [
    "方志远，林晓，2018．政务改革的扩散［J］．公共管理评论，15（3）：1-13．",
    "市政府办公厅，2019．关于推进政务服务改革的通知［Z］．",
    "孔德明，2020a．数字治理与基层裁量［J］．行政论坛，（5）：45-51．",
    "Ames, Paul, and Rita Cole. 2002. “From Desk to Screen.” Review of Public Affairs 62 (2): 174–184.",
    "Chen, Wei. Forthcoming. “Platforms and Discretion.” Governance.",
    "Hood, Carl. 1991. “A Management for All Seasons?” Public Affairs 69 (1): 3–19.",
]
QUARTERLY = [
    "马立新、杜晓，“农户信贷与合作社改革”，《经济研究》，2012 年第 5 期，第 45—57 页。",
    "钱伟，“数字金融的使用门槛”，《农村观察》，待刊。",
    "Lin, H., “Credit Guarantees and Farm Household Investment: Evidence from a Pilot Program in a Rural "
    "Province”, Economic Review, 2019, 58, 101-118.",
    "Vander Berg, F. J., Trilling, D., & Mols, J. (2016). Should we worry about filter bubbles? Policy Review, 5(1).",
]


def test_full_width_marks_are_read_as_their_half_width_twins() -> None:
    assert half_width("2018．题名［J］．刊名，15（3）：1-13．") == "2018.题名[J].刊名,15(3):1-13."
    assert half_width("“题名”。、") == "“题名”。、"  # no twin: as they stand


def test_a_gbt_list_in_full_width_marks_is_cut_at_each_entry() -> None:
    """Each full-width entry ends as a half-width one does ("…1-13．"): before, the Chinese
    entries ran together, and the first English one after them."""
    items = cut_list(["参考文献", *FULL_WIDTH]).items
    assert [item.text for item in items] == FULL_WIDTH


def _linked(raw: str) -> list[tuple[str, list[str | None]]]:
    article = read_text(raw)
    imported = read_reference_list(article.references)
    cands = [candidate(r.key, r.entry, printed_suffix(r.source.text)) for r in imported]
    keys = [r.key for r in imported]
    return [(cite.raw, [keys.index(k) if (k := match(work, cands)[0]) else None for work in cite.works])
            for cite in article.named_citations()]


def test_citations_of_a_full_width_list_and_a_forthcoming_work_are_linked() -> None:
    raw = ("街头官僚\n\n一、引言\n\n改革扩散迅速（方志远，2018；市政府办公厅，2019）。孔德明（2020a）讨论裁量，"
           "Ames 和 Cole（2002）与 Hood（1991）亦然；Chen（forthcoming）另有所见（Chen forthcoming）。\n\n参考文献\n"
           + "\n".join(FULL_WIDTH) + "\n")
    assert _linked(raw) == [("（方志远，2018；市政府办公厅，2019）", [0, 1]), ("孔德明（2020a）", [2]),
                            ("Ames 和 Cole（2002）", [3]), ("Hood（1991）", [5]), ("Chen（forthcoming）", [4]),
                            ("（Chen forthcoming）", [4])]


def test_the_quarterly_list_names_its_authors_and_dates_its_works() -> None:
    """经济学（季刊）'s list puts the names before the title in quotation or book marks and the year
    after the journal (or 待刊 where it would stand): each name is the list's, each entry dated."""
    known = names_in_list(QUARTERLY)
    assert {"马立新", "杜晓", "钱伟", "Vander Berg"} <= known
    assert ("Lin", "2019") in dated_names(QUARTERLY)  # the year after a long title and the journal
    raw = ("农户信贷\n\n一、引言\n\n马立新和杜晓（2012）发现约束普遍（马立新、杜晓，2012；参见钱伟，待刊）；"
           "Lin H.（2019）结论一致，Vander Berg et al.（2016）亦然（Vander Berg et al., 2016）。\n\n参考文献\n"
           + "\n".join(QUARTERLY) + "\n")
    assert _linked(raw) == [("马立新和杜晓（2012）", [0]), ("（马立新、杜晓，2012；参见钱伟，待刊）", [0, 1]),
                            ("Lin H.（2019）", [2]), ("Vander Berg et al.（2016）", [3]),
                            ("（Vander Berg et al., 2016）", [3])]


def test_initials_with_points_only_after_a_name_the_list_dates() -> None:
    """A name with its initials' points is taken only when the list has it as a first author
    (Trilling is none there); "Berg" alone is a Latin name of its own, as always."""
    known, dated = names_in_list(QUARTERLY), dated_names(QUARTERLY)
    assert find_author_year("Trilling D.（2016）认为如此。", known, dated) == []
    assert [w.names for f in find_author_year("Lin H.（2019）认为如此。", known, dated) for w in f.works] == [("Lin",)]
