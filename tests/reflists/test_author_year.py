"""Author-year citations: recognised in the text, linked to the article's own list, rendered back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.importer.helpers import make_project
from wenxian.cli import main
from wenxian.importer.authoryear import find_author_year
from wenxian.model import NamedWork as W

KNOWN = frozenset({"张三", "李四", "陈静", "World Health Organization", "World Bank", "OECD"})  # as names_in_list gives them


@pytest.mark.parametrize(("text", "works", "textual"), [
    ("融资环境（张三等，2015）。", [W(("张三",), True, "2015")], False),
    ("讨论（Lee et al.，2020；李四等，2022）。", [W(("Lee",), True, "2020"), W(("李四",), True, "2022")], False),
    ("Smith et al. (2011) argue", [W(("Smith",), True, "2011")], True),
    ("Smith etal. (2011) argue", [W(("Smith",), True, "2011")], True),
    ("(Smith and Jones, 2011a, 2011b)", [W(("Smith", "Jones"), False, "2011a"),
                                         W(("Smith", "Jones"), False, "2011b")], False),
    ("研究表明陈静（2019）指出", [W(("陈静",), False, "2019")], True),
    ("张三和李四（2015a）认为", [W(("张三", "李四"), False, "2015a")], True),
    ("王五等（2019）发现", [W(("王五",), True, "2019")], True),
    ("Davis和Clark（2014）认为", [W(("Davis", "Clark"), False, "2014")], True),
    ("（Porter and van der Linde，1995）", [W(("Porter", "van der Linde"), False, "1995")], False),
    ("（国家统计局，2022）", [W(("国家统计局",), False, "2022")], False),
    ("（谢绚丽等，2018b；Demirgüç-Kunt et al.，2018）", [W(("谢绚丽",), True, "2018b"),
                                                   W(("Demirgüç-Kunt",), True, "2018")], False),
    ("Sánchez and Øksendal (2016) show", [W(("Sánchez", "Øksendal"), False, "2016")], True),
    # the sealed part of round 9: particles capitalised, three names set off by commas
    ("Bloom and Van Reenen（2007）发现", [W(("Bloom", "Van Reenen"), False, "2007")], True),
    ("（De Loecker and Warzynski，2012）", [W(("De Loecker", "Warzynski"), False, "2012")], False),
    ("Calonico, Cattaneo, and Titiunik (2014) give", [W(("Calonico", "Cattaneo", "Titiunik"), False, "2014")], True),
    ("（Song, Storesletten and Zilibotti，2011）", [W(("Song", "Storesletten", "Zilibotti"), False, "2011")], False),
    # round 10b (sealed2): works not yet dated, APA's initials, a body's name of several words,
    # Chinese names in APA's half-width form
    ("（张三和李四，待刊）", [W(("张三", "李四"), False, "待刊")], False),
    ("Zhao and Lin（n.d.）相同", [W(("Zhao", "Lin"), False, "n.d.")], True),
    ("Zhou and Wu (in press)", [W(("Zhou", "Wu"), False, "in press")], True),
    ("T. D. Allen (2001) wrote", [W(("T. D. Allen",), False, "2001")], True),
    ("(N. J. Allen & Meyer, 1990)", [W(("N. J. Allen", "Meyer"), False, "1990")], False),
    ("World Health Organization（2010）指出", [W(("World Health Organization",), False, "2010")], True),
    ("The World Bank (2014) shows", [W(("World Bank",), False, "2014")], True),
    ("（World Bank，2014）", [W(("World Bank",), False, "2014")], False),
    ("(Allen et al., 2015; 陈晓, 吴琼, 2019)", [W(("Allen",), True, "2015"), W(("陈晓", "吴琼"), False, "2019")], False),
    # round 11 (the generated part): 及 between two names, a space before a half-width parenthesis,
    # capital particles without a name before them, three Chinese names written out
    ("张三及李四（2015）认为", [W(("张三", "李四"), False, "2015")], True),
    ("（张三及李四，2015）", [W(("张三", "李四"), False, "2015")], False),
    ("研究表明张三 (2015)指出", [W(("张三",), False, "2015")], True),
    ("此外，Van Reenen（2007）发现", [W(("Van Reenen",), False, "2007")], True),
    ("张三、李四和陈静（2015）认为", [W(("张三", "李四", "陈静"), False, "2015")], True),
    ("（张三、李四与陈静，2015）", [W(("张三", "李四", "陈静"), False, "2015")], False),
    ("OECD（2019）指出", [W(("OECD",), False, "2019")], True),
])
def test_forms_are_recognised(text: str, works: list[W], textual: bool) -> None:
    found = find_author_year(text, KNOWN)
    assert len(found) == 1
    assert found[0][2] == works and found[0][3] is textual


@pytest.mark.parametrize(("text", "pages", "pre"), [
    ("张三和李四（2015a：45）则指出", ["45"], ""),
    ("（张三，2015：23-25；Lee et al.，2020）", ["23-25", ""], ""),
    ("Smith (2011, p. 5) argues", ["5"], ""),
    ("(Smith and Jones, 2011a, 2011b, pp. 7–9)", ["", "7-9"], ""),
    ("（陈静，2019，第 12 页）", ["12"], ""),
    ("（参见张三，2015）", [""], "参见"),
    ("(see also Cai, 2016; Smith, 2011)", ["", ""], "see also"),
    ("（陈静，1988：S98）", ["S98"], ""),  # a supplement's page keeps its letter
    ("（如 Smith and Jones，2011）", [""], "如"),
    ("（例如张三，2015）", [""], "例如"),
])
def test_a_page_after_the_year_and_a_word_before_the_first_work(text: str, pages: list[str], pre: str) -> None:
    found = find_author_year(text, KNOWN)
    assert len(found) == 1 and found[0].pages == pages and found[0].pre == pre
    assert found[0].works[0].names[0] in ("张三", "Smith", "陈静", "Cai")


def test_names_of_an_author_date_list_are_known() -> None:
    # 经济研究's style puts the year after the names: "张跃华、顾海英，2007a：《…》".
    from wenxian.importer.authoryear import names_in_list

    names = names_in_list(["张跃华、顾海英，2007a：《农业保险需求问题的一个理论研究》，《数量经济技术经济研究》第4期。"])
    assert names == {"张跃华", "顾海英"}
    assert [f.works[0].names for f in find_author_year("张跃华和顾海英（2007b：45）指出", names)] == [("张跃华", "顾海英")]
    # a work to appear ("待刊") where the year stands: its names are known all the same
    names = names_in_list(["何思源、邓佳，待刊：《数字支付与农户的创业选择》，《经济学（季刊）》。"])
    assert names == {"何思源", "邓佳"}
    assert [f.works[0] for f in find_author_year("何思源、邓佳（待刊）基于", names)] == [W(("何思源", "邓佳"), False, "待刊")]


def test_an_acronym_opening_an_entry_is_a_known_name() -> None:
    from wenxian.importer.authoryear import names_in_list

    names = names_in_list(["OECD. (2019). Skills outlook. OECD Publishing.", "IMF, 2020, World Economic Outlook."])
    # round 13d: and their other names (wenxian/data/bodies.tsv), which a text may cite them by
    assert {"OECD", "IMF", "国际货币基金组织", "International Monetary Fund"} <= names
    assert all(n in ("OECD", "IMF") or "OECD" in n or "Monetary" in n or "经济合作" in n or "经合" in n or "货币" in n
               or "Co" in n for n in names)


def test_pages_and_a_prefix_are_written_as_the_roles_pre_and_post_text() -> None:
    from wenxian.importer.authoryear import extract_author_year
    from wenxian.model import Paragraph, Text
    from wenxian.myst_writer import _Writer

    text = "（参见张三，2015：23；李四，2016）与陈静（2019：7）"
    _, cites = extract_author_year(text, [0], [1], KNOWN)
    named = {cites[0].works[0]: "zhang2015", cites[0].works[1]: "li2016", cites[1].works[0]: "chen2019"}
    writer = _Writer([], "t", None, "refs.bib", named)
    md = writer.paragraph(Paragraph([cites[0], Text("与"), cites[1]], 1))
    assert md == "{cite:p}`{参见}zhang2015{23},li2016`与{cite:t}`chen2019{7}`"


@pytest.mark.parametrize("text", [
    "2015年（2016）", "In 2015 (2016) we", "见表1（2019）", "增长了（12，2019）", "王五（2019）指出",
    "（见第3节）", "Table 2 (2019)",
    # a survey's wave: an acronym that opens no entry of the list
    "基于CFPS（2018）的数据", "使用 CHARLS (2015) 的数据",
])
def test_what_is_not_a_citation(text: str) -> None:
    assert find_author_year(text, KNOWN) == []


ARTICLE = """\
一、引言
已有研究（张三等，2015；Lee et al.，2020a）讨论了这一问题。Lee et al.
(2020b)发现平台进入会提高集中度，陈静（2019）强调制度，（Nobody，2001）无从查考。
参考文献
张三, 李明, 陈静. (2015). 金融抑制与企业投资效率. 金融研究, (9), 112–128.
Lee, K., & Zhang, W. (2020a). Digital platforms and market entry. Research Policy, 49(8), 104038.
Lee, K., & Zhang, W. (2020b). Platform competition in emerging markets. Strategic Management Journal, 41(3), 377–400.
陈静. (2019). 制度环境与企业家精神. 管理世界, 35(4), 88–101.
"""


def _import(root: Path) -> tuple[int, str, str]:
    make_project(root)
    raw = root / "source" / "raw" / "ay.txt"
    raw.write_text(ARTICLE, encoding="utf-8")
    status = main(["import", str(raw), "--project", str(root)])
    return status, (root / "source" / "ay.md").read_text(encoding="utf-8"), (root / "refs.bib").read_text(
        encoding="utf-8")


def test_import_links_author_year_citations_and_reports_the_rest(tmp_path: Path, capsys) -> None:
    status, md, bib = _import(tmp_path)
    assert status == 0
    err = capsys.readouterr().err
    assert "{cite:p}`zhang2015jinrong,lee2020digital`" in md
    assert "{cite:t}`lee2020platform`" in md and "{cite:t}`chen2019zhidu`" in md
    assert "（Nobody，2001）无从查考" in md  # not linked: stays as text …
    assert re.search(r"ay\.txt:3: warning: citation '（Nobody，2001）' not linked \(no entry with the author "
                     r"Nobody in the list\)", err)  # … and is reported with file:line
    assert bib.count("@article{") == 4 and "review" not in bib


WHY_NOT = """\
一、引言
陈静（2018）强调制度，（陈静和王五，2019）也这样看，王五（2021）则不同意，
（Lee and Park，2020）另有解释。
参考文献
陈静. (2019). 制度环境与企业家精神. 管理世界, 35(4), 88–101.
王五, 李明. (2021). 企业家精神的度量. 经济研究, 56(2), 10–25.
王五, 赵六. (2021). 企业家精神与创新. 中国工业经济, (7), 30–48.
Lee, K., & Zhang, W. (2020). Digital platforms and market entry. Research Policy, 49(8), 104038.
"""


def test_import_says_why_a_citation_is_not_linked(tmp_path: Path, capsys) -> None:
    """Each citation not linked is reported with its line and the reason: the year differs from
    the entries by that author, no entry has those co-authors, or two candidates remain."""
    make_project(tmp_path)
    raw = tmp_path / "source" / "raw" / "why.txt"
    raw.write_text(WHY_NOT, encoding="utf-8")
    assert main(["import", str(raw), "--project", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert re.search(r"why\.txt:2: warning: citation '陈静（2018）' not linked \(year differs: the list has "
                     r"陈静 in 2019, not 2018 \(chen2019zhidu\)\)", err)
    assert re.search(r"why\.txt:2: warning: citation '（陈静和王五，2019）' not linked \(no entry by 陈静 & 王五: "
                     r"the entries by 陈静 \(chen2019zhidu\) have other co-authors\)", err)
    assert re.search(r"why\.txt:2: warning: citation '王五（2021）' not linked \(two candidates or more: 2 entries "
                     r"by 王五 in 2021 \(wang2021\w+, wang2021\w+\); add a/b", err)
    assert re.search(r"why\.txt:3: warning: citation '（Lee and Park，2020）' not linked \(no entry by Lee & Park: "
                     r"the entries by Lee \(lee2020digital\) have other co-authors\)", err)
    md = (tmp_path / "source" / "why.md").read_text(encoding="utf-8")
    assert "陈静（2018）强调制度" in md and "{cite:" not in md  # none linked: each stays as text


def test_author_year_style_renders_them_in_a_built_site(tmp_path: Path, make_app) -> None:
    status, md, _ = _import(tmp_path)
    src = tmp_path / "site"
    src.mkdir()
    (src / "conf.py").write_text(
        'extensions = ["myst_parser", "sphinxcontrib.bibtex", "wenxian.citestyle.sphinx"]\n'
        'source_suffix = {".md": "markdown"}\nlanguage = "zh_CN"\nbibtex_bibfiles = ["../refs.bib"]\n'
        'bibtex_default_style = "gbt7714-2025-ay"\nbibtex_reference_style = "gbt_author_year"\n',
        encoding="utf-8")
    (src / "index.md").write_text(md.split("---\n", 2)[-1] if md.startswith("---") else md, encoding="utf-8")
    app = make_app("html", srcdir=src, freshenv=True)  # the test app undoes its registrations
    app.build()
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))
    assert "2020a" in text and "2020b" in text
    assert re.search(r"（张三，?等，2015；Lee et al\., 2020a）", text, re.IGNORECASE)
    assert re.search(r"Lee et al\.（2020b）发现", text, re.IGNORECASE) and "陈静（2019）强调" in text
    assert "（Nobody，2001）无从查考" in text


def test_a_long_parenthesis_that_never_closes_is_read_in_linear_time() -> None:
    # Every "张三等" may be a name + 等 or a three-character name: without atomic groups the
    # pattern tried all 2**n splits before giving up (this input never finished).
    text = "（" + "张三等，2015；" * 2000 + "未完"
    assert find_author_year(text, KNOWN) == []


def test_a_text_citing_by_number_keeps_name_year_phrases_as_prose(tmp_path: Path, capsys) -> None:
    make_project(tmp_path)
    raw = tmp_path / "source" / "raw" / "num.txt"
    raw.write_text("一、引言\n陈静（2019）强调制度环境的作用[1]。\n参考文献\n"
                   "[1] 陈静. 制度环境与企业家精神[J]. 管理世界, 2019, 35(4): 88-101.\n", encoding="utf-8")
    assert main(["import", str(raw), "--project", str(tmp_path)]) == 0
    md = (tmp_path / "source" / "num.md").read_text(encoding="utf-8")
    assert "陈静（2019）强调制度环境的作用{cite:p}`chen2019zhidu`。" in md
    assert "not linked" not in capsys.readouterr().err


def test_deng_prefers_the_entry_of_three_or_more_authors_over_one_of_two() -> None:
    """郭峰等（2020） cites the four-author work when 郭峰 and 熊云军 (2020) is also listed;
    only where no entry has three authors or more may 等 stand for a pair."""
    from pybtex.database import Entry, Person

    from wenxian.refparse.citematch import candidate, match

    def entry(*names: str) -> Entry:
        e = Entry("article", fields={"year": "2020"})
        for name in names:
            e.add_person(Person(name), "author")
        return e

    four = candidate("guo2020ceduo", entry("郭峰", "王靖一", "王芳", "others"))
    two = candidate("guo2020zhongguo", entry("郭峰", "熊云军"))
    assert match(W(("郭峰",), True, "2020"), [two, four]) == ("guo2020ceduo", "")
    assert match(W(("郭峰",), True, "2020"), [two]) == ("guo2020zhongguo", "")
    assert match(W(("郭峰", "熊云军"), False, "2020"), [two, four]) == ("guo2020zhongguo", "")
    # a/b first: printed by the list, they decide; not printed, they count the works in list order
    assert match(W(("郭峰",), True, "2020a"), [two, four])[0] == "guo2020zhongguo"
    assert match(W(("郭峰",), True, "2020b"), [two, four])[0] == "guo2020ceduo"
    printed = [candidate("guo2020ceduo", entry("郭峰", "王靖一", "王芳"), "a"),
               candidate("guo2020zhongguo", entry("郭峰", "熊云军"), "b")]
    assert match(W(("郭峰",), True, "2020b"), printed)[0] == "guo2020zhongguo"


def test_one_name_without_deng_is_the_work_of_that_author_alone() -> None:
    """（Bian，1997） beside （Bian & Ang，1997）: one name and no 等 is the single author's work."""
    from pybtex.database import Entry, Person

    from wenxian.refparse.citematch import candidate, match

    def entry(*names: str) -> Entry:
        e = Entry("article", fields={"year": "1997"})
        for name in names:
            e.add_person(Person(name), "author")
        return e

    alone, pair = candidate("bian1997", entry("Bian, Yanjie")), candidate("bian1997a", entry("Bian, Yanjie", "Ang, Soon"))
    assert match(W(("Bian",), False, "1997"), [alone, pair])[0] == "bian1997"
    assert match(W(("Bian", "Ang"), False, "1997"), [alone, pair])[0] == "bian1997a"


@pytest.mark.parametrize(("line", "authors", "fields"), [
    ("胡晓梅、孙立军，2018，《求职渠道与农民工的初职收入》，《人口与经济》第 2 期。", ["胡晓梅", "孙立军"],
     {"title": "求职渠道与农民工的初职收入", "journal": "人口与经济", "number": "2"}),
    ("吴佳，2021，《从信息到机会：关系在劳动力市场中的作用》，北京：社会科学文献出版社。", ["吴佳"],
     {"publisher": "社会科学文献出版社", "address": "北京"}),
    ("Bian, Yanjie & Soon Ang 1997, “Guanxi Networks and Job Mobility in China and Singapore.” Social Forces 75(3).",
     ["Bian, Yanjie", "Ang, Soon"], {"journal": "Social Forces", "volume": "75", "number": "3"}),
    ("Blau, Peter M. & Otis Dudley Duncan 1967, The American Occupational Structure. New York: Wiley.",
     ["Blau, Peter M.", "Duncan, Otis Dudley"], {"publisher": "Wiley", "address": "New York"}),
])
def test_the_lines_of_a_sociology_journals_author_date_list_are_read(line: str, authors: list[str], fields: dict) -> None:
    """社会学研究's list: a comma after the year, and its English lines the year after the names."""
    from wenxian.refparse.reading import read_entry

    entry = read_entry(line).entry
    assert [str(p) for p in entry.persons["author"]] == authors
    assert {k: entry.fields.get(k) for k in fields} == fields


def test_an_entry_opening_with_two_particles_opens_an_entry_of_an_unlabelled_list() -> None:
    from wenxian.refparse.listcut import cut_list

    cut = cut_list(["OECD. (2019). PISA 2018 results (Volume I). OECD Publishing.",
                    "van der Klaauw, W. (2002). Estimating the effect of financial aid offers. "
                    "International Economic Review, 43(4), 1249–1287."])
    assert len(cut.items) == 2 and cut.items[1].text.startswith("van der Klaauw")


def test_a_lower_case_particle_opens_an_entry_of_an_economics_author_date_list() -> None:
    """经济研究/管理世界's English entries ("de Mel, S., D. McKenzie, and C. Woodruff, 2008, …"): the name
    after its particle opens an entry, though a line in lower case usually goes on the one before."""
    from wenxian.refparse.listcut import cut_list

    cut = cut_list(["Barro, R. J., and J.-W. Lee, 2013, “A New Data Set”, Journal of Development Economics, 104, 184—198.",
                    "de Mel, S., D. McKenzie, and C. Woodruff, 2008, “Returns to Capital in Microenterprises”, "
                    "Quarterly Journal of Economics, 123(4), 1329—1372.",
                    "Townsend, R. M., 1994, “Risk and Insurance in Village India”, Econometrica, 62(3), 539—591.",
                    "van Praag, C. M., and P. H. Versloot, 2007, “What Is the Value of Entrepreneurship?”, "
                    "Small Business Economics, 29(4), 351—382.",
                    "de la Economía, 2010, 12(3), 1—9."])
    assert [i.text[:9] for i in cut.items] == ["Barro, R.", "de Mel, S", "Townsend,", "van Praag"]


def test_undated_works_bodies_and_initials_link_to_their_entries() -> None:
    """Round 10b (sealed2): "待刊"/"n.d."/"in press" cite the entry printing it where its year
    stands; "World Bank" is the whole name of an entry kept as printed; APA's initials tell two first
    authors of one family name apart."""
    from wenxian.refparse.citematch import candidate, match
    from wenxian.refparse.reading import read_entry

    lines = ["何思源、邓佳，待刊：《数字支付与农户的创业选择》，《经济学（季刊）》。",
             "Zhao, Y., and Q. Lin, n.d., “Mobile Payments and Rural Entrepreneurship in China”, Working Paper.",
             "Zhou, Y., & Wu, H. (in press). Remote work and boundary management in Chinese firms. "
             "Management and Organization Review.",
             "World Bank, 2014, Global Financial Development Report 2014: Financial Inclusion, Washington, DC: "
             "World Bank.",
             "Allen, N. J. (2001). Commitment at work. Journal of Work, 1(1), 1–20.",
             "Allen, T. D. (2001). Family-supportive work environments: The role of organizational perceptions. "
             "Journal of Vocational Behavior, 58(3), 414–435."]
    cands = [candidate(f"e{i}", read_entry(line).entry) for i, line in enumerate(lines)]
    assert match(W(("何思源", "邓佳"), False, "待刊"), cands) == ("e0", "")
    assert match(W(("Zhao", "Lin"), False, "n.d."), cands) == ("e1", "")
    assert match(W(("Zhou", "Wu"), False, "in press"), cands) == ("e2", "")
    assert match(W(("Zhou", "Wu"), False, "2014"), cands)[0] is None  # no year is any year
    assert match(W(("World Bank",), False, "2014"), cands) == ("e3", "")
    assert match(W(("T. D. Allen",), False, "2001"), cands) == ("e5", "")
    assert match(W(("N. J. Allen",), False, "2001"), cands) == ("e4", "")
    assert match(W(("Allen",), False, "2001"), cands)[0] is None  # which Allen: reported, not guessed


def test_capitalised_prose_before_a_name_is_no_bodys_name() -> None:
    """A body's name of several words is one only where an entry of the list opens with it: else
    the capitalised words before the year are prose and a name, and the prose stays text
    ("Moreover Smith (2011)" cites Smith; before, "Moreover" went into the citation and was lost)."""
    from wenxian.importer.authoryear import find_author_year, names_in_list

    known = names_in_list(["World Health Organization. (2010). Health systems financing. Geneva: WHO.",
                           "Smith, J. (2011). A title. Journal, 1, 1-2."])
    (found,) = find_author_year("Moreover Smith (2011) argued so.", known)
    assert found.start == len("Moreover ") and found.works[0].names == ("Smith",)
    (found,) = find_author_year("据 World Health Organization（2010）的报告", known)
    assert found.works[0].names == ("World Health Organization",)


def test_lists_read_particles_given_first_in_mixed_case_and_after_undated_works() -> None:
    """Round 11 (the generated part): a name given first with its particles ("and H. van der Berg"),
    GB/T's head in mixed case with a particle ("de Vries M, Restrepo P, 2001."), and an author-year
    head after an entry not yet dated ("(in press)." has no year) each open their entry."""
    from wenxian.refparse.citematch import candidate
    from wenxian.refparse.listcut import cut_list
    from wenxian.refparse.westnames import parse_author_list

    people = parse_author_list("de Vries, M., and H. van der Berg")
    assert [(p.last_names, p.first_names) for p in people] == [(["de", "Vries"], ["M."]), (["van", "der", "Berg"], ["H."])]
    assert [str(p) for p in parse_author_list("Smith, John, Hendrik van der Berg, and Esther Duflo")] == [
        "Smith, John", "van der Berg, Hendrik", "Duflo, Esther"]
    cut = cut_list(["Taylor M, Kinnan C, 2019. Automation[J]. Journal of Finance, 19(5): 127-150.",
                    "de Vries M, Restrepo P, 2001. Minimum wages[J]. Journal of Finance, 48(4): 281-302."])
    assert [i.text[:8] for i in cut.items] == ["Taylor M", "de Vries"]
    cut = cut_list(["Müller, T. (in press). Trade shocks. Management Science.",
                    "OECD. (2002). Misallocation. OECD.",
                    "Smith, J., 2015, “A title”, Journal, 7(1), 1-9.",
                    "van der Berg, H., and E. Duflo, in press, “Mobile money”, Journal."])
    assert [i.text[:6] for i in cut.items] == ["Müller", "OECD. ", "Smith,", "van de"]
    # an entry kept as printed: its first author's family name keeps its particles
    from pybtex.database import Entry

    kept = Entry("misc", fields={"verbatim": "de Vries, M. & others 2015 odd line", "year": "2015"})
    assert candidate("k", kept).families == ["de vries"]


def test_sealed3_forms_a_comma_less_name_brackets_a_year_alone_commas_and_three_names() -> None:
    """Round 11b (sealed3): a Chinese name before its year without a comma, taken only when the list
    knows it; square brackets; a later year of the same names alone after ；; Chinese names set off
    by a comma; three and more Latin names set off by 、 before 和; a body ending in 课题组 and a
    Chinese entry in APA's half-width form with & among the list's names."""
    from wenxian.importer.authoryear import names_in_list

    known = frozenset({"高志远", "王丽娟", "王立群", "苏明远", "林晓燕", "丁雅琴", "罗振华", "郭宏伟"})
    (f,) = find_author_year("举债的重要原因（高志远 2016）。", known)
    assert f.works == [W(("高志远",), False, "2016")]
    (f,) = find_author_year("（王丽娟 2019；王立群 2019）", known)
    assert f.works == [W(("王丽娟",), False, "2019"), W(("王立群",), False, "2019")]
    assert find_author_year("（截至2015）", known) == []  # no name the list knows: no citation
    (f,) = find_author_year("。［郭宏伟，2016：45］", known)
    assert f.works == [W(("郭宏伟",), False, "2016")] and f.pages == ["45"]
    (f,) = find_author_year("（苏明远，2019a；2019b）", known)
    assert f.works == [W(("苏明远",), False, "2019a"), W(("苏明远",), False, "2019b")]
    (f,) = find_author_year("（林晓燕等，2020a；2020b）", known)
    assert f.works == [W(("林晓燕",), True, "2020a"), W(("林晓燕",), True, "2020b")]
    (f,) = find_author_year("（丁雅琴，罗振华，2018：1024）", known)
    assert f.works == [W(("丁雅琴", "罗振华"), False, "2018")] and f.pages == ["1024"]
    (f,) = find_author_year("如 Huang、Pagano 和 Panizza（2020）所示", known)
    assert f.works == [W(("Huang", "Pagano", "Panizza"), False, "2020")] and f.start == 2
    (f,) = find_author_year("Hanushek、Schwerdt、Woessmann和Zhang（2017）", known)
    assert f.works[0].names == ("Hanushek", "Schwerdt", "Woessmann", "Zhang")
    names = names_in_list(["陈丽华, 王建国, & 李明. (2019). 题名. 刊名, 1(1), 1–2.",
                           "国务院发展研究中心课题组，2020：《题名》，北京：中国发展出版社。",
                           "职业教育质量评价课题组. (2021). 报告. 高等教育出版社."])
    assert {"陈丽华", "王建国", "李明", "国务院发展研究中心课题组", "职业教育质量评价课题组"} <= names
    (f,) = find_author_year("陈丽华、王建国和李明（2019）发现", names)
    assert f.works == [W(("陈丽华", "王建国", "李明"), False, "2019")] and f.start == 0
    (f,) = find_author_year("正如国务院发展研究中心课题组（2020）所言", names)
    assert f.works == [W(("国务院发展研究中心课题组",), False, "2020")]


YEAR_ALONE = """\
一、引言
张德胜较早讨论了土地出让收入的作用，该研究（2014）发现收入支撑举债。参照 Mincer 的经典设定（1974），
本文估计回报率。王五使用的数据（2014）不是引用，基于CFPS（2014）的数据也不是。
参考文献
张德胜，2014：《土地出让收入与地方政府的举债能力》，《中国土地科学》第 8 期。
Mincer, J., 1974, Schooling, Experience, and Earnings, New York: NBER.
"""


def test_a_year_alone_after_the_name_earlier_in_its_sentence_is_cited_by_its_year(tmp_path: Path) -> None:
    """Round 11b (sealed3): "张德胜较早讨论了…，该研究（2014）发现", "参照 Mincer 的经典设定（1974）": the
    last name of the sentence before the year whose work of that year the list holds; written back
    as the year alone inside the parentheses as printed. Not after a Latin word (a survey's wave),
    nor when no name of the sentence has a work of that year."""
    from wenxian.importer.authoryear import dated_names

    dated = dated_names(YEAR_ALONE.split("参考文献\n")[1].splitlines())
    assert dated == {("张德胜", "2014"), ("Mincer", "1974")}
    found = find_author_year("张德胜较早讨论了土地出让收入，该研究（2014）发现", frozenset(), dated)
    assert [(f.works, f.year_only) for f in found] == [([W(("张德胜",), False, "2014")], True)]
    assert find_author_year("张德胜较早讨论了。该研究（2014）发现", frozenset(), dated) == []  # another sentence
    assert find_author_year("张德胜使用CFPS（2014）的数据", frozenset({"张德胜"}), dated) == []
    # GB/T prints Western names in capitals, particles too; Chinese may touch a Latin name
    dated = dated_names(["VAN DER BERG H, 1995. Automation[J]. Management Science, 44(7): 254-270.",
                         "O’BRIEN P, 2019. Mobile money[J]. Management Science, 34(7): 126-148."])
    (f,) = find_author_year("参照van der Berg 的经典设定（1995）", frozenset({"张三"}), dated)
    assert f.works == [W(("van der Berg",), False, "1995")]
    (f,) = find_author_year("参照 O’Brien 的经典设定（2019）", frozenset({"张三"}), dated)
    assert f.works == [W(("O’Brien",), False, "2019")]
    assert find_author_year("参照 Kleen 的经典设定（1995）", frozenset({"张三"}), dated_names(["Lee, J. (1995). T."])) == []
    make_project(tmp_path)
    raw = tmp_path / "source" / "raw" / "alone.txt"
    raw.write_text(YEAR_ALONE, encoding="utf-8")
    assert main(["import", str(raw), "--project", str(tmp_path)]) == 0
    md = (tmp_path / "source" / "alone.md").read_text(encoding="utf-8")
    assert re.search(r"该研究（\{cite:year\}`zhang2014\w*`）发现", md)
    assert re.search(r"经典设定（\{cite:year\}`mincer1974\w*`）", md)
    assert "王五使用的数据（2014）不是引用" in md and "CFPS（2014）" in md


FOOTNOTE = """\
职业教育的回报

一、引言

中职招生规模在 2010 年前后达到高峰，此后有所下降$^{①}$。王晓东（2018）讨论了这一变化。

① 相关讨论参见黄静（2020a）和 Wang et al.（2018）。

参考文献

黄静. (2020a). 职业教育扩招与青年就业. 北京大学教育评论, 18(1), 45–60.

Wang, X., Chen, J., & Zhou, H. (2018). Vocational tracks. Economics of Education Review, 64, 1–12.

王晓东. (2018). 中职教育的收益. 教育研究, 39(2), 20–28.
"""


def test_author_year_citations_inside_a_footnote_are_linked(tmp_path: Path) -> None:
    """Round 11b (sealed3): a note at a page's foot cites as the text does ("① …口径与刘建华（2017）和
    Chen et al.（2020）一致"); its citations are found, linked and written in the footnote."""
    make_project(tmp_path)
    raw = tmp_path / "source" / "raw" / "fn.txt"
    raw.write_text(FOOTNOTE, encoding="utf-8")
    assert main(["import", str(raw), "--project", str(tmp_path)]) == 0
    md = (tmp_path / "source" / "fn.md").read_text(encoding="utf-8")
    note = next(line for line in md.splitlines() if line.startswith("[^"))
    assert re.fullmatch(r"\[\^1\]: 相关讨论参见\{cite:t\}`huang2020\w*`和 \{cite:t\}`wang2018\w*`。", note), note
    # the PDF reader's notes go through the same function
    from wenxian.importer.authoryear import note_inlines

    inlines = note_inlines("参见张三（2015）。", 3, frozenset({"张三"}))
    assert [type(i).__name__ for i in inlines] == ["Text", "NamedCitation", "Text"] and inlines[1].line == 3
    assert note_inlines("本文所称口袋公园，指小型公园绿地。", 3, frozenset({"张三"})) == []
