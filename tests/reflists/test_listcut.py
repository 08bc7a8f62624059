"""Cutting real reference lists: damaged labels, no labels, broken URLs, translations, what follows."""

from __future__ import annotations

from wenxian.refparse.listcut import cut_list, label_of

GBT = "{n} 作者{k}. 题名{k}[J]. 期刊, 2020, 1(2): 3-4."


def test_ocr_damaged_labels_are_read_in_sequence() -> None:
    lines = ["参  考  文  献"] + [GBT.format(n=f"[{k}]", k=k) for k in range(1, 21)]
    lines[2] = GBT.format(n="B2]", k=2)
    lines[5] = GBT.format(n="[s]", k=5)
    lines[19] = GBT.format(n="[i9]", k=19)
    lines[10] = GBT.format(n="[i0]", k=10)
    cut = cut_list(lines)
    assert [i.number for i in cut.items] == list(range(1, 21))
    assert cut.items[18].text.startswith("作者19.") and cut.items[18].label == "[i9]"


def test_a_damaged_label_out_of_sequence_is_not_a_label() -> None:
    assert label_of("[i9] x", 19) == (19, "[i9]", 5)
    assert label_of("[i9] x", 3) is None
    assert label_of("(2019) x", 1) == (2019, "(2019)", 7) or label_of("(2019) x", 1) is None


def test_urls_and_dois_broken_over_lines_are_joined() -> None:
    cut = cut_list([
        "[1] 作者. 题名[EB/OL]. (2022-05-18)[2023-03-01]. https://www.example.org/green-",
        "finance-2022.html.",
        "[2] WHITE T. Policy[J]. The China Journal, 2019, 82: 1-24. https:",
        "//doi.org/10.5555/703221.",
        "[3] DAVIS M. Capacity[J]. Studies, 2014, 47(12): 1670-",
        "1701. DOI: 10.5555/",
        "0010414013516918.",
    ])
    texts = [i.text for i in cut.items]
    assert texts[0].endswith("https://www.example.org/green-finance-2022.html.")
    assert texts[1].endswith("https://doi.org/10.5555/703221.")
    assert "1670-1701. DOI: 10.5555/0010414013516918." in texts[2]


def test_unlabelled_list_one_entry_per_author_start() -> None:
    cut = cut_list([
        "References",
        "Wang, H., Chen, Y., & Liu, M. (2021). Carbon trading. Journal of Environmental",
        "Economics and Management, 107, 102445. https://doi.org/",
        "10.5555/jeem.2021.102445",
        "蔡昉. (2013). 中国经济增长如何转向全要素生产率驱动型. 中国社会科学, (1), 56–71.",
        "North, D. C. (1990). Institutions. Cambridge University Press.",
    ])
    assert [i.line for i in cut.items] == [2, 5, 6]
    assert cut.items[0].text.endswith("https://doi.org/10.5555/jeem.2021.102445")
    assert all(i.number is None for i in cut.items)


def test_english_translation_is_paired_with_its_chinese_entry() -> None:
    cut = cut_list([
        "[1] 孙立, 黄海. 城市群协同发展的测度与路径[J]. 城市发展研究, 2020, 27(6): 1-9.",
        "SUN Li, HUANG Hai. Measurement and Path of Coordinated Development[J]. Urban",
        "Development Studies, 2020, 27(6): 1-9. (in Chinese)",
        "[2] Miller, R. and Davis, S. (2015) Trade Costs. Journal of International Economics, 97, 36-49.",
    ])
    assert len(cut.items) == 2
    assert cut.items[0].translation.startswith("SUN Li, HUANG Hai. Measurement")
    assert cut.items[0].translation.endswith("(in Chinese)") and cut.items[0].translation_line == 2
    assert cut.items[1].translation is None


def test_a_book_translation_is_paired_by_type_code_year_and_family_name() -> None:
    # A book has no volume or pages to repeat: its type code, its years and the first author's
    # family name in pinyin tell its English version from the next work of the same year.
    cut = cut_list([
        "[1] 邬志辉, 秦玉友. 中国农村教育发展报告 2019[M]. 北京: 北京师范大学出版社, 2020.",
        "WU Zhihui, QIN Yuyou. China rural education development report 2019[M]. Beijing: Beijing",
        "Normal University Press, 2020.",
        "[2] 单小红. 乡村教师研究[D]. 重庆: 西南大学, 2021.",
        "SHAN Xiaohong. A study of rural teachers[D]. Chongqing: Southwest University, 2021.",
        "[3] 叶敬忠. 别样童年[M]. 北京: 社会科学文献出版社, 2008.",
    ])
    assert cut.items[0].text.endswith("北京师范大学出版社, 2020.")
    assert cut.items[0].translation == ("WU Zhihui, QIN Yuyou. China rural education development report "
                                        "2019[M]. Beijing: Beijing Normal University Press, 2020.")
    assert cut.items[1].translation.startswith("SHAN Xiaohong.")  # 单 read shàn as a family name
    assert cut.items[2].translation is None
    # A GB/T author-year list: the next work, by another author of the same year and type, is
    # no translation ("Ye M" is not 叶敬忠), and "Young M, 2008." opens an entry (no journal).
    unlabelled = cut_list([
        "叶敬忠, 2008. 别样童年[M]. 北京: 社会科学文献出版社.",
        "Ye M, 2008. Childhood in the city[M]. London: Routledge.",
        "Young M, STONE J, 2008. Rural childhood[M]. London: Routledge.",
        "张三, 2010. 乡村研究[M]. 北京: 人民出版社.",
        "ZHANG San, 2010. Rural studies[M]. Beijing: People's Publishing House.",
    ])
    assert [i.line for i in unlabelled.items] == [1, 2, 3, 4]
    assert [i.translation_line for i in unlabelled.items] == [None, None, None, 5]


def test_list_ends_at_biographies_and_english_abstract() -> None:
    entries = [GBT.format(n=f"[{k}]", k=k) for k in (1, 2)]
    bio = cut_list(entries + ["张三（1985—），男，湖北武汉人，博士，副教授。"])
    assert len(bio.items) == 2 and bio.trailing_line == 3
    labelled_bio = cut_list(entries + ["作者简介", "张三（1985—），男，湖北武汉人。"])
    assert len(labelled_bio.items) == 2 and labelled_bio.trailing_line == 3
    english_bio = cut_list(entries + ["ZHANG San (1985-), male, born in Wuhan, associate professor."])
    assert len(english_bio.items) == 2 and english_bio.trailing_line == 3
    abstract = cut_list(entries + ["Practice Logic of Grassroots Governance", "Abstract: This paper studies it."])
    assert [i.number for i in abstract.items] == [1, 2] and abstract.trailing_line == 3


def test_a_wrapped_url_after_a_chinese_entry_is_not_its_translation() -> None:
    cut = cut_list([
        "[1] 国务院. 关于加快发展数字经济的意见[EB/OL]. (2022-05-18)[2023-01-02].",
        "https://www.gov.cn/zhengce/2022-05/18/content_2022_05.htm.",
        "[2] 何佳. 我国绿色金融发展现状与对策[EB/OL]. (2022-05-18)[2023-03-01].",
    ])
    assert cut.items[0].translation is None
    assert cut.items[0].text.endswith("[2023-01-02]. https://www.gov.cn/zhengce/2022-05/18/content_2022_05.htm.")


def test_import_reports_the_lines_after_the_list_it_left_out(tmp_path, capsys) -> None:
    from tests.importer.helpers import make_project
    from wenxian.cli import main

    make_project(tmp_path)
    raw = tmp_path / "source" / "raw" / "bio.txt"
    raw.write_text("一、引言\n正文[1]。\n参考文献\n[1] 陈静. 制度环境与企业家精神[J]. 管理世界, 2019, 35(4): 88-101.\n"
                   "张三（1985—），男，湖北武汉人，博士，副教授。\n", encoding="utf-8")
    assert main(["import", str(raw), "--project", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert "bio.txt:5: warning: line 5 after the reference list: not references" in err
    assert "男" not in (tmp_path / "source" / "bio.md").read_text(encoding="utf-8")


def test_page_number_and_running_head_inside_a_list_are_skipped() -> None:
    # Text from a PDF: a page ends inside the list ("参考文献" / "23" at the page's top).
    cut = cut_list([
        "参考文献",
        "[1] 作者一. 题名一[J]. 期刊, 2020, 1(2): 3-4.",
        "", "参考文献", "", "23", "",
        "[2] 作者二. 题名二[J]. 期刊, 2021, 2(1): 5-6.",
    ])
    assert [i.number for i in cut.items] == [1, 2]
    assert cut.items[0].text.endswith("3-4.") and "23" not in cut.items[0].text


def test_a_number_after_a_broken_doi_is_the_doi_not_a_page_number() -> None:
    cut = cut_list(["1. Ode A, Ume B. A title. Malar J. 2015;14:1-9. doi:10.5555/s12936-015-0781-",
                    "4"])
    assert cut.items[0].text.endswith("0781-4")


def test_author_year_entries_are_cut_after_a_url_and_an_editor_mark() -> None:
    cut = cut_list([
        "Bustillos, M. (2013, March 19). On video games. The New Yorker. https://www.example.org/a-b",
        "Chaves-Morillo, V., & Gómez Calero, C. (2018). La anosmia. Clínica y Salud,",
        "28(3), 155–161.",
        "Klymkowsky, M. (2018, September 15). Can we talk? Sci-Ed. https :",
        "//blogs.example.org/scied/free-will/",
        "Lilienfeld, S. O. (Ed.). (2018). Heterodox issues in psychology. Archives of Scientific",
        "Psychology, 6(1), 51–104.",
        "Piaget, J. (1972). Intellectual evolution (J. Bliss & H. Furth, Trans.).",
        "Human Development, 15(1), 1–12. https : / / doi . org / 10 . 1159 / 000271225",
    ])
    assert [i.text.split(",")[0] for i in cut.items] == [
        "Bustillos", "Chaves-Morillo", "Klymkowsky", "Lilienfeld", "Piaget"]
    assert "https://blogs.example.org/scied/free-will/" in cut.items[2].text
    assert cut.items[4].text.endswith("https://doi.org/10.1159/000271225")


def test_a_short_doi_in_a_doi_org_link_is_kept_as_the_doi() -> None:
    from wenxian.refparse.spans import take_identifiers

    _, ids = take_identifiers("Kalnay, E. (1996). The reanalysis project. https://doi.org/fg6rf9")
    assert ids == {"url": "https://doi.org/fg6rf9", "doi": "fg6rf9"}


def test_a_qualified_heading_and_a_sub_heading_inside_the_list_are_not_entries() -> None:
    lines = ["本文参考文献",
             "Lin, W. (2018). Harbor towns. Coast Press.",
             "王明 (2019)。港口城市研究 [M]。北京：海洋出版社。（另见：https://example.org/a）",
             "",
             "其它参考文献示例（引自文献 (王明 2019)）",
             "Ross, K. (2001). River trade. Delta Books.",
             "Further references",
             "Tan, E. (1999). Salt roads. Plains House."]
    cut = cut_list(lines)
    assert [i.line for i in cut.items] == [2, 3, 6, 8]
    assert cut.items[1].text.endswith("）") and cut.items[2].text.startswith("Ross, K.")


def test_a_line_of_a_title_that_names_reference_lists_stays_in_its_entry() -> None:
    cut = cut_list(["[1] 全国信息与文献标准化技术委员会. 信息与文献",
                    "参考文献著录规则[S]. 北京: 中国标准出版社, 2015."])
    assert len(cut.items) == 1 and "参考文献著录规则" in cut.items[0].text


def test_labels_alone_on_their_line_are_labels_and_a_page_number_is_not() -> None:
    lines = ["References", "1", "", "A. Wei, “Tides,” Sea Lett. 3, 1–9 (2001).", "", "2", "",
             "B. Lund, Salt roads (Harbor, Oslo, 1999).", "", "3", "",
             "C. Okafor, “Rivers,” Delta Rev. 7, 10–12 (2004).", "", "9", "", "4", "",
             "D. Ito, Tide clocks (Dune, Kyoto, 2010)."]
    cut = cut_list(lines)
    assert [i.number for i in cut.items] == [1, 2, 3, 4]
    assert cut.items[2].text == "C. Okafor, “Rivers,” Delta Rev. 7, 10–12 (2004)."
    assert cut.items[3].text.startswith("D. Ito")


def test_section_numbers_acknowledgments_and_names_of_several_words() -> None:
    lines = ["Bibliography",
             "Chafik El Idrissi M, Roney A. Tides in bays[J]. Sea Letters, 1994, 2(1): 1-9.",
             "Gröning P, Nilsson L. Salt roads[M]. Oslo: Harbor, 2004.",
             "5.2",
             "Wu X. Rivers[M]. Beijing: Delta, 2001.",
             "Acknowledgments",
             "We thank the harbor master."]
    cut = cut_list(lines)
    assert [i.text.split(".")[0] for i in cut.items] == ["Chafik El Idrissi M, Roney A", "Gröning P, Nilsson L",
                                                        "Wu X"]
    assert cut.trailing_line == 6


def test_notes_and_sub_headings_between_numbered_entries_are_no_entries() -> None:
    # A numbered list with a note under an entry, a sub-heading and a running head between
    # entries (fduthesis, njurepo): the next entry is labelled in sequence, so these lines are
    # no entry and not part of one; a line with a year after a finished-looking entry goes on.
    cut = cut_list([
        "参考文献", "图书", "",
        "[1] Knuth D E. The TEXbook [M]. Boston: Addison–Wesley, 1986",
        "源代码：CTAN: systems/knuth/dist/tex-2015/texbook.tex", "",
        "宏包、模版", "",
        "[2] 全国信息与文献标准化技术委员会. 信息与文献 参考文献著录规则: GB/T 7714–2015",
        "[S]. 北京: 中国标准出版社, 2015",
        "Appendix A", "",
        "[3] 复旦大学图书馆. 复旦大学博士、硕士学位论文规范 [EB/OL]. 2017",
        "年 3 月修订版. (2017-03-27)",
        GBT.format(n="[4]", k=4),
    ])
    assert [i.number for i in cut.items] == [1, 2, 3, 4]
    assert cut.items[0].text.endswith("1986")
    assert cut.items[1].text.endswith("中国标准出版社, 2015")
    assert cut.items[2].text.endswith("(2017-03-27)")
    assert cut.asides == [2, 5, 7, 11]


def test_an_unlabelled_line_where_a_number_is_missing_is_that_entry() -> None:
    # The label sequence decides: "[2]" lost, so the unlabelled line is entry 2, not a note.
    cut = cut_list([GBT.format(n="[1]", k=1), "作者2. 题名2[J]. 期刊, 2020, 1(2): 3-4.",
                    GBT.format(n="[3]", k=3)])
    assert len(cut.items) == 3 and cut.asides == []


def test_a_page_number_after_a_url_ending_in_a_slash_follows_the_pages() -> None:
    # "/" may stop a URL inside a token ("…/" / "18" could be its path), so the number is the
    # page's only when it comes after the last page number seen (pdftotext, fduthesis).
    cut = cut_list(["[1] 作者一. 题名一 [EB/OL]. (2022-01-02) https://example.org/a", "", "17", "",
                    "[2] 刘庆. 孔雀计划 [EB/OL].", "https://thetype.com/kongque/", "", "18"])
    assert cut.items[0].text.endswith("/a") and cut.items[1].text.endswith("kongque/")
    assert cut_list(["[1] 作者一. 题名一 [EB/OL]. https://example.org/a/", "18"]).items[0].text.endswith("/a/18")


def test_import_reports_a_note_inside_the_list_it_left_out(tmp_path, capsys) -> None:
    from tests.importer.helpers import make_project
    from wenxian.cli import main

    make_project(tmp_path)
    raw = tmp_path / "source" / "raw" / "note.txt"
    raw.write_text("一、引言\n正文[1]，又见[2]。\n参考文献\n"
                   "[1] 陈静. 制度环境与企业家精神[J]. 管理世界, 2019, 35(4): 88-101.\n"
                   "源代码：CTAN: macros/latex/base/source2e.pdf\n"
                   "[2] 李明. 数字经济与就业[J]. 经济研究, 2021, 56(2): 10-20.\n", encoding="utf-8")
    assert main(["import", str(raw), "--project", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert "note.txt:5: warning: line 5 inside the reference list: no entry" in err
    bib = (tmp_path / "refs.bib").read_text(encoding="utf-8")
    assert "source2e" not in bib and "数字经济与就业" in bib and "88" in bib


def test_in_an_unlabelled_gbt_list_a_second_type_code_opens_an_entry() -> None:
    # njurepo: a running head between entries, then a corporate author the name test misses.
    cut = cut_list(["萧钰. 出版业信息化迈入快车道[EB/OL]. http://www.creader.com/news/200112190019.htm.",
                    "16", "", "Bibliography",
                    "Online Computer Library Center, Inc. History of OCLC[EB/OL]. http://www.oclc.org/about/history",
                    "/default.htm."])
    assert len(cut.items) == 2 and cut.items[1].text.endswith("history/default.htm.")


def test_chicago_heads_without_a_date_or_with_a_lowercase_particle_open_entries() -> None:
    cut = cut_list([
        "Turabian, Kate L. 2013. A Manual for Writers. 8th ed. Chicago: University of Chicago Press.",
        "Twain, Mark. n.d. The Humor of Mark Twain. Commuters’ Library. Arlington, TX: Entertainment",
        "Software. 6 cassettes.",
        "University of Chicago Press. 2017. The Chicago Manual of Style. 17th ed. Chicago: University of",
        "Chicago Press.",
        "van Herwijnen, Eric. 1988. Future Office Systems Requirements. Technical report. CERN.",
    ])
    assert [i.text.split(".")[0] for i in cut.items] == [
        "Turabian, Kate L", "Twain, Mark", "University of Chicago Press", "van Herwijnen, Eric"]


AY = "作者{k}, 作者{k}乙. (2020). 题名{k}. 期刊, 1(2), 3-4."


def test_a_caption_or_appendix_heading_after_an_unlabelled_list_ends_it() -> None:
    # biblatex-gb7714-2015's manual: an author-year list, the page's number, then the figure's
    # caption — no entry. An appendix heading after a list ends it the same way.
    for after in ("图 21. 文献表条目著录格式示例三", "Figure 3: The list as printed", "附录 A 调查问卷",
                  "Appendix B 外文资料的调研阅读报告或书面翻译"):
        cut = cut_list(["参考文献"] + [AY.format(k=k) for k in (1, 2)] + ["", "1", after])
        assert len(cut.items) == 2 and cut.trailing_line == 6, after
    # In a numbered list with the next label after it, "Appendix A" is a running head (an aside).
    numbered = cut_list([GBT.format(n="[1]", k=1), "Appendix A", GBT.format(n="[2]", k=2)])
    assert [i.number for i in numbered.items] == [1, 2] and numbered.asides == [2]


def test_an_english_title_before_the_abstract_after_an_unlabelled_list_is_no_entry() -> None:
    cut = cut_list([AY.format(k=1), AY.format(k=2), "Practice Logic of Grassroots Governance",
                    "Abstract: This paper studies it."])
    assert len(cut.items) == 2 and cut.trailing_line == 3


def test_an_entry_that_leaves_out_the_same_authors_opens_an_entry_of_its_own() -> None:
    # econ.bst prints the next work of the same authors as "(2004) …" or "ed. (2009) …";
    # Chicago as "———. 2004. …". A family name may start with a particle ("d’Aspremont").
    cut = cut_list([
        "References",
        "d’Aspont, Claude and Louis Var (2003) “Correlation,” Social Choice, 21 (2), 281–310, 10.5555/a.1.",
        "(2004) “Balanced Mechanisms,” Journal of Theory, 115 (2), 385–396,",
        "10.5555/b.2.",
        "d’Aspont, Claude (1998) “Linear Methods,” Games, 25 (2), 311–336.",
        "ed. (2009) Mainstreaming: A Culture: Tauris.",
        "Orr, Mae. 1931. Frost Fairs. London: Fell.",
        "———. 1935. Ice Fairs. London: Fell.",
    ])
    assert [i.line for i in cut.items] == [2, 3, 5, 6, 7, 8]
    assert cut.items[1].text.endswith("10.5555/b.2.")


def test_the_paragraph_above_an_unlabelled_list_s_heading_is_not_an_entry() -> None:
    lines = ["Thanks to the reviewers for their patience with this draft.",
             "This work was funded by nobody in particular.",
             "",
             "References",
             "Adams, P. (1990) Tides of the north. Sea Studies, 3(2), 1–10.",
             "Berg, Q. (1991) Tides of the south. Sea Studies, 4(1), 11–20.",
             "",
             "References",  # a page's running head inside the list: not a new start
             "Cole, R. (1992) Tides of the east. Sea Studies, 5(1), 21–30."]
    cut = cut_list(lines)
    assert [item.text[:5] for item in cut.items] == ["Adams", "Berg,", "Cole,"]


def test_a_date_in_parentheses_on_the_line_after_a_url_is_not_part_of_it() -> None:
    from wenxian.refparse.text import join_wrapped

    assert join_wrapped(["Catalog of fishes. Available from:", "http://example.org/fish/catalog.asp",
                         "(2019-02-19)."]) == "Catalog of fishes. Available from: http://example.org/fish/catalog.asp (2019-02-19)."
    assert join_wrapped(["http://example.org/wiki/Tide_", "(physics)"]) == "http://example.org/wiki/Tide_(physics)"


def test_a_dash_for_some_or_all_of_the_names_before_opens_an_entry() -> None:
    # Economics styles print one em dash for each name shared with the entry before, in its place
    # ("— and Name", "—, — and Name", "—, Name and Name") or for all of them ("— (1999b)", "—. 1959.").
    cut = cut_list([
        "References",
        "Baker, B. and Cole, A. (1988). Credit and demand. Economic Review, 78, 435–9.",
        "— and Dunn, M. (1995). Inside the box. Journal of Perspectives, 9 (4), 27–48.",
        "—, — and Egan, S. (1996). The accelerator. Review of Statistics, 78, 1–152.",
        "— (1999b). Estimation of elasticities. My Journal, 77, 77–99.",
        "—, Fox, S. and Gray, W. (1998). Inefficiencies. American Journal",
        "of Banking, 58, 56–78.",
        "Hale, J.D. 1929. Reform. New York: Book Co.",
        "—. 1959. Impact of Multipliers. Amsterdam: North-Holland.",
    ])
    assert [i.line for i in cut.items] == [2, 3, 4, 5, 6, 8, 9]


def test_names_in_small_capitals_split_by_the_pdf_are_whole_again() -> None:
    cut = cut_list(["REFERENCES",
                    "A LLEN , F. and W INTON , A. (1995). Corporate structure. In R. A. Jarrow (eds.), Handbook,",
                    "New York: Elsevier.",
                    "B ROWN , B. (2000). My Book. Brownington: Brownpress.",
                    "— and G ILCHRIST, S. (2001). Another Book. Brownington: Brownpress."])
    assert [i.text.split(" (")[0] for i in cut.items] == ["Allen, F. and Winton, A.", "Brown, B.",
                                                          "— and Gilchrist, S."]
    # A family name in capitals with the same space before its comma was set so too.
    assert cut_list(["ATKINSON , A. B. and B OURGUIGNON , F. (1992). Studies. New York: Harwood."]).items[
        0].text.startswith("Atkinson, A. B. and Bourguignon, F. (1992)")


def test_a_heading_in_capitals_after_an_unlabelled_list_ends_it() -> None:
    # The paragraph above may hold numbers (an equation), not a year; after the list, "TABLES".
    cut = cut_list(["P ROOFS", "14 = 2 · 7 = 2(3 + 4) = 14", "REFERENCES",
                    "Adams, P. (1990). Tides of the north. Sea Studies, 3(2), 1–10.",
                    "Berg, Q. (1991). Tides of the south. Sea Studies, 4(1), 11–20.",
                    "3", "", "TABLES", "TABLE 1", "C ITATIONS", "Author(s)"])
    assert [i.text[:5] for i in cut.items] == ["Adams", "Berg,"]
    assert cut.items[-1].text.endswith("11–20.") and cut.trailing_line == 8


def test_a_copyright_footer_after_the_list_ends_it_with_its_block() -> None:
    # The last entry has no year, so nothing else says it is finished; the document's footer block
    # ("Title v0.4 beta", then "Copyright", "©2003–2009 …") is not its.
    cut = cut_list(["References", "[1] 王磊。 LATEX 2ε 插图指南， 2000。",
                    "[2] Robin Fairbairns. The UK TEX FAQ. 英国 TEX 用户协会 FAQ.", "",
                    "CTEX FAQ （常见问题集） v0.4 beta", "", "Copyright", "", "©2003–2009 CTEX.ORG", "", "Index"])
    assert cut.items[-1].text.endswith("用户协会 FAQ.") and cut.trailing_line == 5


def test_the_last_entry_wrapped_after_a_bare_word_goes_on_to_the_next_line() -> None:
    """"London: National Literacy" / "Trust, 2020." — an entry that stops at a word without its
    final period is not finished, even with a year in its title: the next line, capitalised like
    a name, is its end, not the text after the list."""
    cut = cut_list([
        "[7] Saaty T L. The Analytic Hierarchy Process[M]. New York: McGraw-Hill, 1980.",
        "[8] Clark C, Teravainen-Goff A. Children and young people's reading in 2019[R]. London: National Literacy",
        "Trust, 2020.",
        "· 57 ·",
    ])
    assert [i.number for i in cut.items] == [7, 8]
    assert cut.items[1].text.endswith("London: National Literacy Trust, 2020.")
    # finished entries still end the list before a line of another kind
    cut = cut_list(["[1] 作者. 题名[M]. 北京: 出版社, 2016.", "Zhang San. A Title in English"])
    assert len(cut.items) == 1 and cut.trailing_line == 2


def test_labels_in_sequence_make_a_list_numbered_among_much_other_text() -> None:
    # A short numbered list after a document's index and before its source code: its labels are
    # fewer than a quarter of the lines, but they run 1, 2, 3 — each opens an entry (rsc, amsrefs).
    index = [f"\\macro{k} . . . . . . . {k}, 4{k}" for k in range(12)]
    code = ["Using the package, this document would be coded as follows:", "\\documentclass{article}",
            "\\usepackage{amsrefs}", "\\begin{document}", "Alan Sokal~\\cite{Sokal96} recommends it.",
            "\\begin{bibdiv}", "\\begin{biblist}"]
    cut = cut_list(index + ["References",
                            "[1] C. D. Abernethy and M. K. Taylor, J. Am. Chem.",
                            "Soc., 2003, 125, 1128–1129.",
                            "[2] F. A. Cotton, G. Wilkinson and M. Bochmann, Advanced",
                            "Inorganic Chemistry, Wiley, Chichester, 6th edn., 1999.",
                            "[3] Nicolas Bourbaki, Théorie des ensembles, Hermann, Paris, 1970.", ""] + code)
    assert [i.number for i in cut.items] == [1, 2, 3]
    assert cut.items[1].text == "F. A. Cotton, G. Wilkinson and M. Bochmann, Advanced Inorganic Chemistry, Wiley, Chichester, 6th edn., 1999."
    assert cut.items[2].text.endswith("Paris, 1970.") and cut.trailing_line == 20
    # Numbers out of order at lines' starts (volumes, pages) do not make a list numbered.
    apa = [f"Adams{k}, P. (1990). Tides {k}. Sea Studies, 3(2), {k}–10." for k in range(10)]
    cut = cut_list(apa[:5] + ["Berg, Q. (1991). Tides again. Sea Studies,", "2. 11–20.",
                              "Cole, R. (1992). More tides. Sea Studies,", "1. 21–30."] + apa[5:])
    assert [i.number for i in cut.items] == [None] * 12
    # ...nor do numbered notes after an author-year list: its entries stay entries.
    cut = cut_list(apa + ["1. A note on the data.", "2. Another note."])
    assert [i.text[:7] for i in cut.items[:10]] == [f"Adams{k}," for k in range(10)]


def test_a_section_sign_sub_heading_and_its_lines_are_no_entry_s() -> None:
    # lshort-zh-cn: "§ …" sub-headings between numbered entries, wrapped over lines that start like an
    # entry's tail ("，可以…"); the entries before have no year, so nothing else says they are finished.
    cut = cut_list(["参考文献", "[1] Victor Eijkhout. TEX by Topic. Addison-Wesley, 1992, ISBN 0-201-56882-9",
                    "(texdoc texbytopic)",
                    "§ TEX 发行版内置的资源", "，可以在本地使用 texdoc 命令", "查找，也可以在 CTAN 上找到：",
                    "[2] LATEX Project Team. LATEX 2ε for authors.",
                    "CTAN://macros/latex/doc/usrguide.pdf (texdoc usrguide)",
                    "§ 其它网络渠道可获得的资源：", "[3] Overleaf. Overleaf Documentation.", "https://www.overleaf.com/learn"])
    assert [i.text.endswith(")") for i in cut.items[:2]] == [True, True]
    assert cut.items[2].text == "Overleaf. Overleaf Documentation. https://www.overleaf.com/learn"
    assert cut.asides == [4, 5, 6, 9]
    # "§ 12" at a line's start is a statute's section, wrapped: the entry's.
    law = cut_list(["[1] Civil Rights Act, 42 U.S.C.", "§ 1983 (1871).", "[2] Other Act, 1990."])
    assert law.items[0].text == "Civil Rights Act, 42 U.S.C. § 1983 (1871)." and not law.asides


def test_cyrillic_names_a_springer_dash_and_a_lost_dash_open_entries() -> None:
    """The ninth round's sealed lists: GOST's Cyrillic names ("Гуриев С., Цывинский О."), Springer's
    one en dash for the same author after an entry without its full stop, and SBL's 3-em dash that
    pdftotext lost (". “Pottery …”")."""
    gost = cut_list(["Гайденко П. П. Проблема времени у Канта // Вопросы философии. — 2003. — № 9. — С. 134—150.",
                     "Гуриев С., Цывинский О. Россия — лидер по неравенству распределения богатства // Ведомости. —",
                     "2012. — 6 июня.",
                     "Гуссерль Э. Парижские доклады // Логос. — М., 1991. — № 2. — С. 6—30."])
    assert [i.text[:6] for i in gost.items] == ["Гайден", "Гуриев", "Гуссер"]
    springer = cut_list(["Aristotle (1877) The Rhetoric of Aristotle. Cambridge University Press",
                         "– (1907) De Anima. ed. by RD Hicks Cambridge University Press, Cambridge",
                         "– (1929) Physics. trans. by PH Wicksteed G. P. Putnam, New York"])
    assert len(springer.items) == 3
    sbl = cut_list(["Freedman, David Noel. “Pottery, Poetry, and Prophecy.” JBL 96 (1977): 5–26.",
                    ". “Pottery, Poetry, and Prophecy.” Pages 1–22 in Pottery, Poetry, and Prophecy. Winona Lake, IN:",
                    "Eisenbrauns, 1980."])
    assert len(sbl.items) == 2 and sbl.items[1].text.endswith("Eisenbrauns, 1980.")


def test_a_body_and_its_year_open_an_entry_of_an_unnumbered_list() -> None:
    """经济研究's English entries: "OECD, 2019, …" after a finished entry is the next entry; a journal's
    abbreviated name wrapped ("J. Chem." / "Phys., 1996, …") is not."""
    from wenxian.refparse.listcut import cut_list

    lines = ['Mas, A., and A. Pallais, 2017, "Valuing Alternative Work Arrangements", American Economic Review, 107(12), 3',
             "722-3759.",
             "OECD, 2019, OECD Employment Outlook 2019: The Future of Work, Paris: OECD Publishing."]
    assert len(cut_list(lines).items) == 2
    wrapped = ["Mellinger A, Vidal C R. Laser reduced fluorescence study[J]. J. Chem.",
               "Phys., 1996, 104(5): 8913-8921.", "Shell M. How to use the IEEEtran LATEX class[J]. Journal, 2002, 12(4): 100-120."]
    assert len(cut_list(wrapped).items) == 2


def test_prose_above_a_works_cited_heading_margin_marks_and_works_without_names() -> None:
    """Round 10: a paragraph of prose above the heading — even one citing "Lamport (1986)" — and a
    section's "Acknowledgement" above it are the document's text; "Works Cited" is a heading; arrows
    from the margin are no entry's text; MLA's works without names (a quoted title, an unsigned
    review, a body's name) and a pseudonym after the dash open entries after an entry ending in its
    year or pages; Springer's heads open entries after one ending without its full stop."""
    prose = ["6", "Acknowledgement", "",
             "The motivation for this style came from a colleague who also proofread it. This is how",
             "the style was used in Lamport (1986, p. 73), which is where we found that it can be used",
             "with any of the commands that are described here; we have not changed them since 1994.",
             "", "Works Cited",
             "Adams, Pat. “Tides.” Sea Studies, vol. 3, no. 2, 1990, pp. 1–10.",
             "⇓", "⇓ ⇓",
             "——— [Patricia]. “More Tides.” Sea Studies, vol. 4, 1991, pp. 11–20.",
             "“Azimuthal Equidistant Projection.” Merriam-Webster’s Collegiate Dictionary, 10th ed., 1993.",
             "Review of Tides of the North, by Pat Adams. Times Literary Supplement, 7 July 1972, p. 785.",
             "American Medical Association. The Encyclopedia of Medicine. Edited by C. B. Clayman, Random,",
             "1989."]
    cut = cut_list(prose)
    assert [item.text.split()[0] for item in cut.items] == ["Adams,", "———", "“Azimuthal", "Review", "American"]
    assert "⇓" not in cut.items[0].text
    springer = cut_list(["Poetics (1968) Poetics. ed. by DW Lucas Clarendon Press, Oxford",
                         "Augustine RL (1995) Heterogeneous catalysis for the synthetic chemist. Marcel Dekker, New York",
                         "Baez JC, Lauda AD (Oct. 27, 2004a) Higher-Dimensional Algebra V: 2-Groups. version 3 arXiv",
                         "Cicero MT (1995) De natura deorum. ed. and trans. by U Blank-Sangmeister Reclam, Stuttgart"])
    assert len(springer.items) == 4
    # Not so: a journal's name after a title that ends in a full stop, an abbreviation's line.
    apa = cut_list(["Huestegge, S. M. (2019). Are face-incongruent voices harder to process? Effects of 2 kinds.",
                    "Experimental Psychology. Advance online publication."])
    assert len(apa.items) == 1


def test_a_draft_stamp_between_numbered_entries_is_no_part_of_either() -> None:
    """A footer with a date and its time of day ("DRAFT 2016-12-31 22:30") after a finished entry."""
    cut = cut_list(["[1] A. Bo, “Title one,” in Proc. Conf. (ICMT), Las Vegas, USA, Nov. 1997, pp. 2290–2294.",
                    "", "DRAFT 2016-12-31 22:30", "", "17", "",
                    "[2] J. Doe, “Title two,” Journal Name, vol. 12, pp. 1123–1130, Dec. 2010."])
    assert [item.text[-10:] for item in cut.items] == ["2290–2294.", " Dec. 2010."[-10:]]
    assert 3 in cut.asides


def test_a_url_in_angle_brackets_ends_before_the_closing_bracket() -> None:
    """ABNT NBR 6023 prints "Disponível em: <URL>." (and ASCE "<URL>"): "<" and ">" delimit a URL
    in text (RFC 3986, appendix C), they are no part of it."""
    from wenxian.refparse.spans import take_identifiers

    rest, ids = take_identifiers("SOUZA, A. Leitura de listas. 2019. Disponível em: "
                                 "<https://www.exemplo.org.br/listas/>. Acesso em: 2 maio 2020.")
    assert ids == {"url": "https://www.exemplo.org.br/listas/"}
    assert "<" not in rest and ">" not in rest
    _, ids = take_identifiers("Lee, K. (2001). “Network notes.” Web notes, <http://www.example.edu> (May 2, 2003).")
    assert ids == {"url": "http://www.example.edu"}


def test_a_doi_org_link_gives_its_doi_whatever_its_prefix() -> None:
    from wenxian.refparse.spans import take_identifiers

    _, ids = take_identifiers("Ana Lima. 2007. Notes. Example Press, 4. https://doi.org/99.9999/notes07-S12")
    assert ids == {"url": "https://doi.org/99.9999/notes07-S12", "doi": "99.9999/notes07-S12"}


def test_a_numbered_entry_goes_on_after_a_line_that_reads_finished() -> None:
    """ACM's numbered lines put the year after the names, so the first line of an entry may end
    with a full stop after its year ("… (WL ’11)."): the next unlabelled line of Latin fields ending
    in a full stop or an address is still the entry's, not a note between entries; a running head
    without its full stop is not."""
    lines = ["REFERENCES",
             "[1] Ana Souza and Piet Janssen. 2011. Reading lists by rule. In Proceedings of the 4th",
             "Workshop on Lists (WL ’11).",
             "Example Press, New York, NY, 12–19. https://doi.org/10.5555/1234567.1234568",
             "[2] Li Wei. 2009. A Study of Catalogues. Master’s thesis.",
             "Northern Institute of Technology, Oslo, Norway.",
             "Conference acronym XX",
             "[3] Kari Berg. 2015. Lists. Fjord Press, Bergen."]
    cut = cut_list(lines)
    assert [item.number for item in cut.items] == [1, 2, 3]
    assert cut.items[0].text.endswith("https://doi.org/10.5555/1234567.1234568")
    assert cut.items[1].text.endswith("Oslo, Norway.")
    assert cut.asides == [7]


def test_a_list_with_back_references_cuts_after_each_entrys_own() -> None:
    """abntex2cite closes each entry with where the document cited it ("Citado na página 12.",
    "Citado 2 vezes nas páginas 3 e 9."): an entry goes on until its back-reference (an access
    date or a note on its own line is the entry's), the line after it opens the next (a body's
    acronym, a particle before capitals), and the page's running head "Referências" is no entry.
    (Lines written after ABNT NBR 6023's forms.)"""
    lines = ["Referências",
             "SOUZA, A. Leitura de listas. [S.l.], 2019. Disponível em: <https://www.exemplo.org.br/>.",
             "Acesso em: 2 maio 2020. Citado na página 12.",
             "ASSOCIAÇÃO BRASILEIRA DE NORMAS TÉCNICAS. NBR 6023: Referências. Rio de Janeiro, 2018. 68 p.",
             "Substitui a Ref. ABNT (2002). Citado 2 vezes nas páginas 3 e 9.",
             "IBGE. Tabelas de exemplo. 2. ed. Rio de Janeiro: IBGE, 1995. Citado na página 4.",
             "21",
             "Referências",
             "van DIJK, J.; LIMA, M. Listas e catálogos. Revista de Listas, v. 2, n. 1, p. 1–9, 2001. Citado 2 vezes nas páginas 5",
             "e 7.",
             "COSTA, R. Outro livro. São Paulo: Editora Exemplo, 2010. Citado na página 8."]
    cut = cut_list(lines)
    assert [item.text.split(" ")[0] for item in cut.items] == ["SOUZA,", "ASSOCIAÇÃO", "IBGE.", "van", "COSTA,"]
    assert cut.items[0].text.endswith("Citado na página 12.")
    assert cut.items[3].text.endswith("páginas 5 e 7.")


def test_an_abnt_back_reference_is_left_out_of_the_entry() -> None:
    from wenxian.refparse.listcut import BACKREF

    assert BACKREF.sub("", "COSTA, R. Outro livro. São Paulo: Exemplo, 2010. Citado 2 vezes nas páginas 8 e 9.") == (
        "COSTA, R. Outro livro. São Paulo: Exemplo, 2010.")


def test_a_notes_bibliography_list_opens_entries_without_a_year_before_them() -> None:
    """Turabian/Chicago bibliography lines written after the manual's forms: the 3-em dash opens the
    next work of the same names even after an entry without a year (an archive's papers), so do a
    dash in the bibliographer's brackets, names in brackets, a body's name with a particle and an
    acronym."""
    lines = ["References",
             "Lindqvist, Maria Papers. Royal Library, Manuscript Collection, Uppsala. Box no. 4.",
             "———. Notes on Variation. London: Harbour Press, 1890.",
             "Akademie der Naturkunde. Allgemeines Register. 12 vols. Leipzig: Werner, 1880–1891.",
             "WHO. “Report on Field Trials.” Video file. At the 2:10 mark.",
             "Olsen, Per. Lectures. Oslo: Fjord, 1902.",
             "[Olsen, Per]. Review of Lectures, by Anna Holm. Nordic Review (1903): 10–12.",
             "[——— ]. Anonymous Essays. 1904."]
    cut = cut_list(lines)
    assert [item.text.split(" ")[0] for item in cut.items] == [
        "Lindqvist,", "———.", "Akademie", "WHO.", "Olsen,", "[Olsen,", "[———"]


def test_an_author_year_list_keeps_a_wrapped_publisher_and_ends_at_its_appendix() -> None:
    """ASCE-like author-date lines (written after ascelike's forms): a publisher and place wrapped to
    a line of their own ("Norden, Bergen, Norway (in Norwegian).") do not open an entry in a list
    whose entries open with names and the year; a body's acronym may stand before the year; the
    paper's "APPENDIX I. NOTATION" ends the list."""
    lines = ["REFERENCES",
             "Aas, K. and Berg, L. (1980). Lister og kataloger.",
             "Norden, Bergen, Norway (in Norwegian).",
             "Brun, T. (1991). “Reading lists.” J. Lists, 3(2), 10–20.",
             "Office of Bridge Records (OBR) (1992). Notes on scour. Rep. No. 7, Oslo.",
             "Dahl, E., Eik, F., Fossen, G., Grov, H.,",
             "and Haug, I. (1993). “Long author lists.” J. Lists, 4(1), 1–9.",
             "International Council of Catalogues (1988). Uniform list code.",
             "Whittier, Calif.",
             "Lie, M. (2001). “Last entry.” J. Lists, 9, 1–2.",
             "APPENDIX I. NOTATION",
             "The following symbols are used in this paper:"]
    cut = cut_list(lines)
    assert [item.text.split(" ")[0] for item in cut.items] == ["Aas,", "Brun,", "Office", "Dahl,", "International", "Lie,"]
    assert cut.items[0].text.endswith("(in Norwegian).") and cut.items[4].text.endswith("Whittier, Calif.")
    assert cut.trailing_line == 11


def test_a_two_column_page_between_entries_keeps_the_list_going() -> None:
    # A Physical Review article's list with no heading: the other column's appendix, with its
    # "Appendix B: …" heading and a subsection numbered "1.", printed between entries 1 and 2.
    cut = cut_list([
        "[1] A. Author,",
        "",
        "(2001), hep-th/0101001.",
        "",
        "Appendix B: More on the method",
        "",
        "We now show the second step. The equation is",
        "E = mc2 .",
        "",
        "1.",
        "",
        "A subsection in an appendix",
        "",
        "[2] B. Writer and C. Reader, Phys. Rev. 94, 262 (1954).",
        "[3] D. Person, Q. J. Mech. Appl. Math. 51, 477 (1988).",
    ])
    assert [i.number for i in cut.items] == [1, 2, 3]
    assert cut.items[1].text == "B. Writer and C. Reader, Phys. Rev. 94, 262 (1954)."


def test_a_note_naming_a_path_between_entries_keeps_it_out_of_the_url() -> None:
    """A thesis template's list (self-written lines in njuthesis' form) prints after each URL a note
    and, on a line of its own, the path it names ("文档：CTAN:" / "info/…/x.pdf"): the note and its
    path are asides, and the entry's URL ends where it ends (the path was glued to it)."""
    lines = ["参考文献",
             "[1] 作者甲. 一份示例手册[EB/OL]. version 1.0, (2021-03-09)",
             "https://ctan.org/pkg/example-one",
             "文档：CTAN:",
             "",
             "info/example/one.pdf",
             "[2] 作者乙. 另一份示例手册[EB/OL]. version 2.1, (2022-10-01)",
             "https://ctan.org/pkg/example-two",
             "文档：CTAN:",
             "macros/latex/contrib/example/two.pdf",
             "[3] 作者丙. 第三份示例手册[EB/OL]. (2023-01-01) https://ctan.org/pkg/example-three"]
    cut = cut_list(lines)
    assert [item.text.split()[-1] for item in cut.items] == [
        "https://ctan.org/pkg/example-one", "https://ctan.org/pkg/example-two", "https://ctan.org/pkg/example-three"]
    assert cut.asides == [4, 6, 9, 10]


def test_a_documents_title_above_an_author_year_list_without_a_heading_is_no_entry() -> None:
    """A style's test document that is its list alone (self-written lines in biblatex-unified's form):
    its title, words with no comma, digit or final stop, stands above the first entry, which opens with
    its names and year; the title is no part of it. A line of names wrapped before the year has commas
    and stays the entry's."""
    cut = cut_list(["Unified style sheet test for linguistics",
                    "Doe, Jane. 2004. Evolutionary phonetics. Cambridge: Example Press.",
                    "Roe, Richard. 1998. Predicting vowel harmony. Journal of Sounds 34(1). 55–68."])
    assert [item.text[:9] for item in cut.items] == ["Doe, Jane", "Roe, Rich"]
    wrapped = cut_list(["Doe, Jane, Richard Roe, Ann Moe & Paul Poe",
                        "Smith. 2004. Evolutionary phonetics. Cambridge: Example Press.",
                        "Roe, Richard. 1998. Predicting vowel harmony. Journal of Sounds 34(1). 55–68."])
    assert wrapped.items[0].text.startswith("Doe, Jane, Richard Roe, Ann Moe & Paul Poe Smith. 2004.")


def test_a_url_closed_up_over_the_words_of_its_file_name_is_reported_for_review() -> None:
    """The words of a file's name that the PDF spaced out are closed up (self-written lines in the
    form biblatex-unified's PDF gives), and the reading says to check the URL: what stood between
    them (an "_") is not in the text and is not guessed back."""
    from wenxian.refparse.reading import read_item

    cut = cut_list(["Doe, Jane. 2005. A paper on clitics. http://www.",
                    "example . univ . edu / people / doe / Bg clitics remark dense . pdf",
                    "(17 May, 2006).",
                    "Roe, Richard. 1998. Predicting vowel harmony. Journal of Sounds 34(1). 55–68."])
    first, second = cut.items
    reading = read_item(first)
    assert reading.entry.fields["url"] == "http://www.example.univ.edu/people/doe/Bgcliticsremarkdense.pdf"
    assert "file name" in (first.review or "") and "check it" in (reading.review or "")
    assert second.review is None and read_item(second).review is None
    # …and the importer carries it into the entry's review field (which `wenxian check` lists).
    from wenxian.importer.lines import Line
    from wenxian.importer.references import read_reference_zone
    from wenxian.refparse.importer import read_reference_list

    texts = ["Doe, Jane. 2005. A paper on clitics. http://www.",
             "example . univ . edu / people / doe / Bg clitics remark dense . pdf", "(17 May, 2006).",
             "Roe, Richard. 1998. Predicting vowel harmony. Journal of Sounds 34(1). 55–68."]
    entries = read_reference_zone([Line(k, text, False, False) for k, text in enumerate(texts, start=1)])[0]
    imported = read_reference_list(entries)
    assert "file name" in imported[0].entry.fields.get("review", "") and "review" not in imported[1].entry.fields
