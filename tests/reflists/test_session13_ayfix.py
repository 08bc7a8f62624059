"""Session 13's fix round on the author-year part ``sealed9``: what it showed, each by its rule. The lines
are written for these tests (no copies of the part's texts)."""

from __future__ import annotations

from wenxian.importer import read_text
from wenxian.refparse.citematch import candidate, match, printed_suffix, short_names, with_short_names
from wenxian.refparse.importer import read_reference_list

from tests.reflists.helpers import linked_places


def linked_with_short_names(raw: str) -> list[tuple[str, list[int | None]]]:
    """:func:`linked_places` with the short names the text defines, as ``wenxian import`` links them."""
    article = read_text(raw)
    imported = read_reference_list(article.references)
    cands = with_short_names([candidate(r.key, r.entry, printed_suffix(r.source.text), r.source.text) for r in imported],
                             short_names(article))
    keys = [r.key for r in imported]
    return [(cite.raw, [keys.index(k) if (k := match(work, cands)[0]) else None for work in cite.works])
            for cite in article.named_citations()]

# A GB/T author-year list whose Chinese entries carry their English translation in brackets on the same
# line, English entries between them (geography and ecology journals print it so).
BRACKETED = [
    "张明, 2015. 城市水体的降温效应[J]. 生态学报, 35(4): 100-110. [Zhang M, 2015. Cooling effect of urban "
    "water bodies. Acta Ecologica Sinica, 35(4): 100-110.]",
    "Smith J, Brown K, 2016. Parks and heat[J]. Urban Climate, 12(2): 30-41.",
    "赵丽, 2018a. 绿道的热环境[J]. 地理研究, 37(1): 1-9. [Zhao L, 2018a. Thermal environment of greenways. "
    "Geographical Research, 37(1): 1-9.]",
    "赵丽, 2018b. 街区形态与降温[J]. 地理学报, 73(2): 10-19. [Zhao L, 2018b. Block form and cooling. "
    "Acta Geographica Sinica, 73(2): 10-19.]",
    "Young M, 2019. Heat islands revisited[J]. Remote Sensing, 8(3): 5-15.",
]


def test_a_bracketed_translation_ends_its_entry() -> None:
    """An entry that ends with its English translation in brackets ("…100-110.]") is finished: the next
    line opens an entry, an English one as well as a Chinese one (before, each such entry swallowed the
    one after it, and the English works' authors were lost)."""
    raw = ("城市\n\n一、引言\n\nSmith 等 (2016) 与 Young (2019) 发现水体降温（张明, 2015; 赵丽, 2018b）。\n\n参考文献\n\n"
           + "\n\n".join(BRACKETED) + "\n")
    assert len(read_text(raw).references) == 5
    assert linked_places(raw) == [("Smith 等 (2016)", [1]), ("Young (2019)", [4]), ("（张明, 2015; 赵丽, 2018b）", [0, 3])]


# An author-date list of a Chinese law journal: a dash and a comma for the same author, a Taiwanese work
# in Traditional script.
DASHED = [
    "马建国，2015a：《司法审查的边界》，《法学》第 3 期。",
    "——，2015b：《诉讼费用与起诉意愿》，《法律科学》第 1 期。",
    "——，2018：《复议前置的实证考察》，《行政法学研究》第 2 期。",
    "陳志遠，2011：《訴願法論》，臺北：三民書局。",
    "孙晓，2019：《行政赔偿的数额》，《法学家》第 4 期。",
]


def test_a_dash_and_a_comma_before_the_year_open_an_entry_of_the_same_author() -> None:
    """"——，2015b：《…》" leaves the author of the entry before out: an entry of its own, that author's
    (before, it ran on in the entry above, and 2015b and 2018 were lost)."""
    raw = ("诉讼\n\n一、引言\n\n马建国（2015a，b）与马建国（2018）都讨论了这一问题。\n\n参考文献\n" + "\n".join(DASHED) + "\n")
    assert len(read_text(raw).references) == 5
    assert linked_places(raw) == [("马建国（2015a，b）", [0, 1]), ("马建国（2018）", [2])]


def test_a_name_the_list_prints_in_traditional_script_is_cited_in_simplified() -> None:
    raw = ("诉讼\n\n一、引言\n\n陈志远（2011：45）认为诉愿应当前置。\n\n参考文献\n" + "\n".join(DASHED) + "\n")
    assert linked_places(raw) == [("陈志远（2011：45）", [3])]


def test_a_year_in_parentheses_opening_a_case_number_is_no_citation() -> None:
    """A Chinese court's case number opens with its year in parentheses ("（2019）京 01 行初 56 号"): not
    a year cited alone after the name earlier in the sentence, though the list dates that name that year."""
    raw = ("诉讼\n\n一、引言\n\n参照孙晓（2019）；案例如（2019）京 01 行初 56 号判决书和（2019）最高法行申 1234 号裁定书。"
           "\n\n参考文献\n" + "\n".join(DASHED) + "\n")
    assert linked_places(raw) == [("孙晓（2019）", [4])]
    # a number that is no case's after a cited year: the citation stays
    raw = "诉讼\n\n一、引言\n\n孙晓（2019）指出第 3 号文件的问题。（2005）民二终字第 1 号亦然。\n\n参考文献\n" + "\n".join(DASHED) + "\n"
    assert linked_places(raw) == [("孙晓（2019）", [4])]


def test_a_bodys_short_name_in_square_brackets_is_defined_and_cited() -> None:
    """APA's first citation of a body gives its short name in square brackets before the year
    ("国家卫生健康委员会统计信息中心［卫健委统计中心］（2020）"); the short name alone cites it after."""
    listed = ["Lee, K. (2018). Trust and services. Governance, 31(2), 1–20.",
              "国家卫生健康委员会统计信息中心（2020）。《全国卫生服务调查报告》。北京：人民卫生出版社。"]
    raw = ("信任\n\n一、引言\n\n样本参照国家卫生健康委员会统计信息中心［卫健委统计中心］（2020）的设计。"
           "卫健委统计中心（2020）还报告了应答率，与 Lee（2018）一致。\n\n参考文献\n" + "\n".join(listed) + "\n")
    assert linked_with_short_names(raw) == [("国家卫生健康委员会统计信息中心［卫健委统计中心］（2020）", [1]),
                                  ("卫健委统计中心（2020）", [1]), ("Lee（2018）", [0])]


def test_a_bracketed_translation_on_the_entrys_line_is_its_translation() -> None:
    """The English version in brackets after a Chinese entry is read as a translation on a line of its own
    is (titletranslation, …), not as the rest of the journal's name; a book's, without pages, too."""
    book = ("国家林业局调查规划设计院, 2016. 中国湿地资源[M]. 北京: 中国林业出版社. [Academy of Forest Inventory "
            "and Planning, 2016. Wetland Resources of China. Beijing: China Forestry Publishing House.]")
    raw = "城市\n\n一、引言\n\n正文。\n\n参考文献\n\n" + "\n\n".join([*BRACKETED, book]) + "\n"
    article = read_text(raw)
    entries = [r.entry for r in read_reference_list(article.references)]
    assert entries[0].fields["journal"] == "生态学报"
    assert entries[0].fields["titletranslation"] == "Cooling effect of urban water bodies"
    assert article.references[0].translation.startswith("Zhang M, 2015. Cooling effect")
    assert entries[5].type == "book" and entries[5].fields["publisher"] == "中国林业出版社"
    assert "Wetland" in entries[5].fields["titletranslation"]
    # an English entry's own brackets stay its own
    assert article.references[1].translation is None


def test_a_books_edition_after_its_title_in_the_author_date_list() -> None:
    """``作者，年：《书名》（第五版），地：出版社。`` is a book with its edition, in Arabic or Chinese numerals
    (before, the parenthesis kept the line from being read: a verbatim @misc)."""
    listed = ["陳志遠，2011：《訴願法論》（第五版），臺北：三民書局。",
              "孙晓，2019：《行政赔偿法》（第 2 版），北京：法律出版社。",
              "赵敏，2008：《法理学》（第十二版），北京：中国人民大学出版社。"]
    raw = "诉讼\n\n一、引言\n\n正文。\n\n参考文献\n" + "\n".join(listed) + "\n"
    entries = [r.entry for r in read_reference_list(read_text(raw).references)]
    assert [(e.type, e.fields.get("title"), e.fields.get("edition"), e.fields.get("publisher")) for e in entries] == [
        ("book", "訴願法論", "5", "三民書局"), ("book", "行政赔偿法", "2", "法律出版社"),
        ("book", "法理学", "12", "中国人民大学出版社")]
