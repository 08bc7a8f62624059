"""Round 13aw: what lists rendered through many real citation styles showed about cutting and reading lists (all
lines written here, in the forms those styles print)."""

from __future__ import annotations

from wenxian.refparse.listcut import cut_list


def test_labels_set_apart_by_space_alone_open_entries() -> None:
    """Styles with a hanging label and no stop or brackets (Nature Publishing Group's Vancouver, Science
    China, the Chinese Journal of Aeronautics) come out of a text layer as "1 Name …": numbers that run
    1, 2, 3 at the lines' starts are the labels, a volume wrapped to a line's start is not."""
    lines = ["References",
             "1 Lee K, Zhang W. Digital platforms and market entry. Research Policy 2020;",
             "49(8): 104038.",
             "2 王晓峰. 区域创新体系的演化逻辑. 北京: 社会科学文献出版社, 2018.",
             "3 Hirschman AO. The strategy of economic development. New Haven: Yale University",
             "Press; 1958.",
             "4 Miller R, Davis S. Trade costs and the geography of production. Journal of",
             "97 International Economics 2015; 97: 36–49.",
             "5 “Statistical yearbook”, National Bureau of Statistics, 2022."]
    cut = cut_list(lines)
    assert [item.line for item in cut.items] == [2, 4, 5, 7, 9]
    assert cut.items[0].text.startswith("Lee K, Zhang W.")
    assert cut.items[3].text.endswith("2015; 97: 36–49.")


def test_numbers_at_lines_starts_out_of_sequence_are_no_labels() -> None:
    """Two numbers in order are not a sequence: an author-year list whose wrapped lines open with a
    volume stays cut by its heads."""
    lines = ["Chen, L. (2019). Green credit. Journal of Finance, 12(3),",
             "1 Suppl., 101–110.",
             "Wang, H. (2020). Firm innovation. Economic Review, 8,",
             "2 pages in print, 45–61."]
    cut = cut_list(lines)
    assert [item.line for item in cut.items] == [1, 3]


def test_chinese_names_joined_by_a_western_styles_words_are_several_names() -> None:
    """A reference manager's English style over Chinese items joins the names with "and" or "&"
    ("刘建国 and 周丽. 2019. …"): two persons, as a comma would separate them, not one name."""
    from wenxian.refparse.westnames import parse_author_list

    assert [str(p) for p in parse_author_list("刘建国 and 周丽")] == ["刘建国", "周丽"]
    assert [str(p) for p in parse_author_list("张三, 李明, & 陈静")] == ["张三", "李明", "陈静"]
    assert [str(p) for p in parse_author_list("张三, 李明 and 陈静")] == ["张三", "李明", "陈静"]


def test_chinese_names_and_the_year_open_an_entry_after_one_without_its_full_stop() -> None:
    """Springer's author-year styles end entries without a full stop ("…G. Schirmer, New York") and print
    Chinese items with the year in parentheses after the names: "王晓峰 (2018) …" opens the next entry, as
    "Kandala S (2002) …" does."""
    lines = ["References",
             "Hirschman AO (1958) The strategy of economic development. Yale University Press, New Haven",
             "王晓峰 (2018) 区域创新体系的演化逻辑. 社会科学文献出版社, 北京",
             "郑凯, 许冬 (2021) 乡村振兴背景下的农地流转. 农业经济问题 (3):77–88",
             "国家统计局（2022）中国统计年鉴2022. 中国统计出版社, 北京",
             "Kandala S (2002) Changes to Annex D. IEEE"]
    cut = cut_list(lines)
    assert [item.line for item in cut.items] == [2, 3, 4, 5, 6]


def test_names_with_initials_and_a_colon_open_an_entry() -> None:
    """Springer's Lecture Notes and mathphys styles and Karger's print "Names: Title …": a family name with
    its initials and a colon opens the next entry, also in a list whose other entries read as author-year
    heads (their year in parentheses at the end) and after an entry ending in its address."""
    lines = ["References",
             "Zhang, Y., Li, X.: Air pollution and outpatient visits. Environ Health. 18, 45 (2019)",
             "Schellinger, P.C., Hudson, M.: Encyclopedia of the Novel. Fitzroy Dearborn, Chicago (1998)",
             "Hedelin, P., Skoglund, M.: Theory for transmission of vector quantization data. In: Speech Coding",
             "and Synthesis. pp. 347–396. Elsevier Science, Amsterdam (1995)",
             "Metcalf, S.W.: The Tort Hall air emission study. In: The International Congress on Hazardous Waste",
             "(for high voice), Atlanta (1998)",
             "Stenger, R.: Tiny Human-Borne Monitoring Device Sparks Privacy Fears, http://www.cnn.com/1999/TECH/",
             "Martin G: Control of electronic resources in Australia, New York, The Haworth Press, 1966.",
             "Sirosh, J.R., Miikkulainen, J.A., Bednar: Self-Organization of Orientation Maps (1996)"]
    cut = cut_list(lines)
    assert [item.line for item in cut.items] == [2, 3, 4, 6, 8, 9, 10]


def test_an_entry_ending_in_its_address_is_finished_before_names() -> None:
    """An entry that ends in its URL, without a full stop (the Institute of Physics' Harvard, ISO 690), is
    finished: the next line's names open an entry, whatever form its year takes."""
    lines = ["References",
             "Jacobson V 1990 Modified TCP congestion avoidance algorithm Online: ftp://ftp.isi.edu/end2end/mail",
             "Fourney M E 1971 Advances in holographic photoelasticity Symposium on Holography (New York: ASME)",
             "Koseki A, Momose H and Kawahito M 2002 Compiler Online: http://example.org/pto/search-bool.html",
             "Piaget J 1972 Intellectual evolution from adolescence to adulthood Human Development 15 1–12"]
    cut = cut_list(lines)
    assert [item.line for item in cut.items] == [2, 3, 4, 5]


def test_a_label_and_its_address_after_a_colon_is_no_names() -> None:
    """"Documentation URL: https://…" on its own line is the entry's address, not names and a title."""
    lines = ["References",
             "Chang, W. (2019). Latex: A package for typesetting, Version 1.0.",
             "Documentation URL: https://wch.github.io/latex/",
             "Lamport, L. (1994). LaTeX: A document preparation system. Addison-Wesley."]
    cut = cut_list(lines)
    assert [item.line for item in cut.items] == [2, 4]


def test_a_place_and_its_state_before_the_publisher_is_no_names() -> None:
    """"Washington, D.C.: National Academy Press" wrapped to a line's start is the imprint going on, not a
    name, its initials and a colon."""
    lines = ["References",
             "Adams, J. (1990). Libraries. Oxford University Press.",
             "Baker, S. K., and M. E. Jackson (1995). The Future of Resource Sharing. 2nd ed.",
             "Washington, D.C.: National Academy Press.",
             "Crawford, W., and M. Gorman (1995). Future Libraries. 1st ed.",
             "Cambridge, MA: MIT Press.",
             "Dowler, L. (1995). The research university’s dilemma. Journal of Library Administration 21, 5–26.",
             "Evans, L. (2004). Growth. Economic Journal 3, 1–9."]
    cut = cut_list(lines)
    assert [item.line for item in cut.items] == [2, 3, 5, 7, 8]


def test_the_year_after_an_address_is_no_piece_of_it() -> None:
    """Vancouver, Nature and SAGE styles print the year after the address ("…/implant.device/ (1999).");
    wrapped before it, the year is the entry's, not the address's rest — an address wrapped at "/" or "-"
    still goes on with its digits."""
    from wenxian.refparse.text import join_wrapped

    assert join_wrapped(["CNN.com http://www.cnn.com/1999/TECH/ptech/12/20/implant.device/", "(1999)."]).endswith(
        "implant.device/ (1999).")
    assert join_wrapped(["ftp://ftp.technion.ac.il/pub/ee/Network/lor.mopq98.ps", "1998."]).endswith(".ps 1998.")
    assert join_wrapped(["https://example.org/archive/", "2019/05/page.html"]).endswith("archive/2019/05/page.html")
    assert join_wrapped(["https://example.org/archive/item-", "2019"]).endswith("item-2019")


def test_a_source_or_an_imprint_wrapped_to_a_lines_start_opens_no_entry() -> None:
    """Wrapped in a narrow column, a journal with its volume and issue ("PLOS ONE 14(1) 2019, …", Chinese
    too) or a place with its state before the publisher ("Washington, DC: National Bureau …") comes to a
    line's start after a line that ends as a sentence: the entry goes on, no names open one."""
    lines = ["References",
             "Burin, D., Kilteni, K., Rabuffetti, M., Slater, M., Pia, L., 2019. Body ownership increases the",
             "interference between observed and executed movements.",
             "PLOS ONE 14(1) 2019, e0209899.",
             "张明远, 李华, 2021. 数字经济与高质量发展.",
             "经济研究 56(4) 2021, 45–61.",
             "Smith, J.A., Brown, K., 2017. Measuring productivity in the digital age.",
             "Washington, DC: National Bureau of Economic Research.",
             "Jacobson, V., 1988. Congestion avoidance and control. Proceedings SIGCOMM 18(4), 314–329."]
    cut = cut_list(lines)
    assert [item.line for item in cut.items] == [2, 5, 7, 9]
