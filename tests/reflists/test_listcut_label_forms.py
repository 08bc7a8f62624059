"""A list's labels in whatever form its style prints them (session 13, issue 13: lists in unseen styles).

The same entries cut alike whether the style labels them "[1]", "1.", "1)", "(1)", "1" set apart by space, a
number alone on its line, or alpha keys "[Knu86]"; a number out of the sequence (a page or volume wrapped to a
line's start) is no label in any of these forms. Measured by `benchmarks/reflist_score.py --part relabelled`
(every seen list printed with each form's labels). Every line here was written for the test (invented works).
"""

from __future__ import annotations

from wenxian.refparse.listcut import cut_list


def _starts(lines: list[str]) -> list[int]:
    return [item.line for item in cut_list(lines).items]


def test_numbers_alone_on_their_lines_label_a_list_whose_entries_are_long_and_a_page_between_them_is_none() -> None:
    # A numbered author-year style, the label alone on its line (as pdftotext sets a hanging label apart); a
    # page number "179." wrapped to a line's start is a printed "label" out of the sequence, not the list's form.
    lines = ["References", "1", "",
             "Abel, M.T. (1931) Notes on the lesser fishes of the northern coast, with a key to the genera and",
             "a list of the species known from the collections of the museum. Bulletin of the Coastal Society, 12,",
             "179.", "2", "",
             "Brandt, K.L. (1954) A second look at the river fauna of the eastern plains. Journal of River",
             "Studies, 8, 33–61.", "3", "",
             "Castell, P. (1960) Systematics of the small herrings, with notes on the species of the western",
             "lakes and their distribution in the lowland streams. Fauna, 4, 1–88."]
    assert _starts(lines) == [2, 7, 11]


def test_labels_set_apart_by_space_win_over_a_stray_printed_number() -> None:
    lines = ["References",
             "1 Lane K, Moor W. Growth of towns in the plains. J Geogr 2019;12:1–9.",
             "2 Ortiz P. Water and the river towns. Hydrol Rev 2020;3:",
             "44. Epub 2020.",
             "3 Quin R, Rao S. Bridges and markets. Urban Stud 2018;55:201–19."]
    assert _starts(lines) == [2, 3, 5]


def test_a_page_wrapped_to_a_lines_start_is_no_label_in_a_list_labelled_with_a_parenthesis() -> None:
    lines = ["References",
             "1) Abel, M. (2018). Getting consistent results. Journal of Long Titles, 12, 200–",
             "209.",
             "2) Brandt, K. (2019). Really careful reading. Readers' Review, 3, 1–9.",
             "3) Castell, P. (2020). Towns and rivers. River Quarterly, 7, 11–20."]
    assert _starts(lines) == [2, 4, 5]


def test_a_number_ahead_of_the_sequence_with_the_sequence_going_on_after_it_is_no_label() -> None:
    lines = ["References",
             "1. Abel, M. (2018). Getting consistent results in a long study of the plains. Journal of Long",
             "Titles, 12, 200–",
             "209.",
             "2. Brandt, K. (2019). Really careful reading. Readers' Review, 3, 1–9.",
             "3. Castell, P. (2020). Towns and rivers. River Quarterly, 7, 11–20."]
    assert _starts(lines) == [2, 5, 6]


def test_a_list_numbered_again_keeps_its_labels() -> None:
    # (a number behind the sequence, or the same again, is a label: a second list, or a numbered example's)
    lines = ["[1] A. Abel, “Rivers,” J. Rivers, vol. 1, pp. 1–9, 2018.",
             "[2] B. Brandt, “Towns,” J. Towns, vol. 2, pp. 1–9, 2019.",
             "Second example",
             "[1] C. Castell, “Plains,” J. Plains, vol. 3, pp. 1–9, 2020.",
             "[2] D. Dorn, “Lakes,” J. Lakes, vol. 4, pp. 1–9, 2021.",
             "[3] E. Eck, “Hills,” J. Hills, vol. 5, pp. 1–9, 2022."]
    assert _starts(lines) == [1, 2, 4, 5, 6]


def test_alpha_labels_in_any_script_and_without_a_year_in_the_alphabets_order_after_the_documents_text() -> None:
    prose = [f"Line {k} of the document's text, which explains how to cite works in this class." for k in range(30)]
    lines = prose + ["References",
                     "[Abe18] M. Abel. Rivers of the plains. River Press, 2018.",
                     "[LZ] K. Lee and W. Zhang. Notes on markets. Manuscript.",
                     "[Öst19] P. Östlund. Lakes and towns. Lake Press, 2019.",
                     "[Zho20] 周明. 河流与城市. 北京: 示例出版社, 2020."]
    items = cut_list(lines).items
    assert [item.line for item in items] == [32, 33, 34, 35]
    assert [item.label for item in items] == ["[Abe18]", "[LZ]", "[Öst19]", "[Zho20]"]


def test_repeated_type_codes_at_lines_starts_are_no_alpha_labels() -> None:
    lines = ["参考文献",
             "[1] 王明. 河流与城市",
             "[M]. 北京: 示例出版社, 2018.",
             "[2] 李华. 湖泊与城镇",
             "[M]. 上海: 示例出版社, 2019.",
             "[3] 张强. 山地与乡村",
             "[M]. 广州: 示例出版社, 2020."]
    assert _starts(lines) == [2, 4, 6]


def test_a_section_above_a_numbered_lists_heading_is_the_documents_text() -> None:
    lines = ["Acknowledgements",
             "Any acknowledgements should be placed in a section immediately before the references.",
             "",
             "References",
             "[1] Abel, M. (2018). Rivers of the plains. River Press.",
             "[2] Brandt, K. (2019). Towns and markets. Town Press."]
    assert _starts(lines) == [5, 6]


def test_labels_set_apart_by_space_before_the_names_dashes_and_past_a_lost_label() -> None:
    # MLA's repeated author "---." after a label set apart by space; label 4 lost (the PDF gave its line otherwise).
    lines = ["Works Cited",
             "1 Abel, Mark. Rivers of the Plains. River Press, 2018.",
             "2 ---. Towns of the Plains. River Press, 2019.",
             "3 Brandt, Karl. “Markets.” Town Review, vol. 3, 2020, pp. 1–9.",
             "Castell, Paul. Lakes. Lake Press, 2017.",
             "5 Dorn, Eva. Hills. Hill Press, 2016.",
             "6 Eck, Otto. Valleys. Valley Press, 2015."]
    starts = _starts(lines)
    assert starts[:3] == [2, 3, 4] and starts[-2:] == [6, 7]


def test_a_label_alone_on_its_line_labels_the_text_past_the_pages_running_head() -> None:
    lines = ["References", "1", "", "R. Abel and M. Brandt, Rivers of the plains (River Press, London, 2018).",
             "2", "", "K. Castell, Towns, 2nd ed. (Town Press, Paris, 2019).", "3", "",
             "Reading lists as they stand  82", "", "P. Dorn, Lakes (Lake Press, Berlin, 2020).",
             "4", "", "E. Eck, Hills (Hill Press, Rome, 2021)."]
    items = cut_list(lines).items
    assert [item.line for item in items] == [2, 5, 8, 13]
    assert items[2].text == "P. Dorn, Lakes (Lake Press, Berlin, 2020)."


def test_numbers_alone_on_their_lines_after_an_author_year_list_are_its_notes_after_its_end() -> None:
    lines = ["References",
             "Abel M (2018) Rivers of the plains. River Press, London",
             "Brandt K (2019) Towns. Town Press, Paris",
             "Castell P (2020) Lakes. Lake Press, Berlin", "",
             "1", "", "A note on the first citation, with its own remark.",
             "2", "Brandt 2019.", "", "3", "", "Castell 2020."]
    cut = cut_list(lines)
    assert [item.line for item in cut.items] == [2, 3, 4]
    assert cut.items[-1].text == "Castell P (2020) Lakes. Lake Press, Berlin"


def test_the_pages_running_head_with_its_number_is_no_label_set_apart_by_space() -> None:
    lines = ["References",
             "1 Abel M. Rivers of the plains. J Rivers 2018;3:1–9.",
             "2 Brandt K. Towns and markets. J Towns 2019;4:",
             "",
             "3  JOURNAL OF APPLIED STUDIES",
             "",
             "10–19.",
             "3 Castell P. Lakes. J Lakes 2020;5:1–9.",
             "4 Dorn E. Hills. J Hills 2021;6:1–9."]
    items = cut_list(lines).items
    assert [item.line for item in items] == [2, 3, 8, 9]
    assert items[1].text.endswith("2019;4: 10–19.")
