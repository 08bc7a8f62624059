"""Cutting pasted reference lists into joined lines."""

from __future__ import annotations

import pytest

from wenxian.refparse import split_reference_list
from wenxian.refparse.listcut import cut_list
from wenxian.refparse.spans import take_identifiers
from wenxian.refparse.text import close_spaced_urls, join_wrapped

LABELLED = """\
参考文献
[1] 习近平. 发展新质生产力是推动高质量发展的内在要求和重要着力点[J]. 求是,
2024(11): 4-8.

［2］马克思, 恩格斯. 马克思恩格斯文集: 第1卷[M]. 北京: 人民出版
社, 2009: 533.
3. PEEBLES P Z, Jr. Probability, random variables, and random
signal principles[M]. 4th ed. New York: McGraw-Hill, 2001.
"""


def test_labelled_list() -> None:
    refs = split_reference_list(LABELLED)
    assert refs == [
        (1, "习近平. 发展新质生产力是推动高质量发展的内在要求和重要着力点[J]. 求是, 2024(11): 4-8.", 2),
        (2, "马克思, 恩格斯. 马克思恩格斯文集: 第1卷[M]. 北京: 人民出版社, 2009: 533.", 5),
        (3, "PEEBLES P Z, Jr. Probability, random variables, and random signal principles[M]. "
            "4th ed. New York: McGraw-Hill, 2001.", 7),
    ]


def test_heading_before_labels_is_not_a_reference() -> None:
    assert all(text != "参考文献" for _, text, _ in split_reference_list(LABELLED))


def test_a_traditional_heading_before_the_list_is_not_a_reference() -> None:
    """參考文獻 (a Taiwanese or Hong Kong list's heading) is skipped as 参考文献 is."""
    refs = split_reference_list(["參考文獻", "王一鳴（2018）。臺北市人口密度。運輸計劃季刊，47（2），135–158。",
                                 "黃志明、莊雨晴（2019）。步行可及性。都市與計劃，46（3），245–268。"])
    assert [text[:3] for _, text, _ in refs] == ["王一鳴", "黃志明"]


def test_unlabelled_lines_are_one_reference_each() -> None:
    refs = split_reference_list(["A. T[M]. B: C, 2001.", "D. E[M]. F: G, 2002."])
    assert refs == [(None, "A. T[M]. B: C, 2001.", 1), (None, "D. E[M]. F: G, 2002.", 2)]


def test_unlabelled_paragraphs_are_joined() -> None:
    text = "A. Title[M].\nB: C, 2001.\n\nD. E[M]. F: G, 2002.\n"
    assert split_reference_list(text) == [
        (None, "A. Title[M]. B: C, 2001.", 1),
        (None, "D. E[M]. F: G, 2002.", 4),
    ]


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["发展新质生产", "力是推动"], "发展新质生产力是推动"),
        (["random", "signal"], "random signal"),
        (["http://www.nature.com/nature/", "pdf/nature13308.pdf."], "http://www.nature.com/nature/pdf/nature13308.pdf."),
        (["DOI:10.1038/nat", "ure13308."], "DOI:10.1038/nature13308."),
        (["multi-", "source"], "multi-source"),
        (["求是,", "2024(11)"], "求是, 2024(11)"),
        (["人民日报，", "2024-02-02"], "人民日报，2024-02-02"),
        (["推进中国式现代化的决定[M].", "北京: 人民出版社"], "推进中国式现代化的决定[M]. 北京: 人民出版社"),
        (["北京: 人民出版社,", "2009: 533."], "北京: 人民出版社, 2009: 533."),
        (["  ", "a", ""], "a"),
    ],
)
def test_join_wrapped(lines: list[str], joined: str) -> None:
    assert join_wrapped(lines) == joined


def test_an_entrys_doi_wrapped_to_a_line_of_its_own_stays_with_it() -> None:
    """GB/T 7714 prints a DOI last; wrapped onto its own line (a page's first, say), after an
    entry that reads finished, it is that entry's tail — not a note between entries (an aside)."""
    cut = cut_list([
        "[1] MARTIN L, OKAFOR B. Measuring social enterprises: an index approach[J]. Social",
        "Enterprise Review, 2020, 12(4): 389-407.",
        "DOI: 10.65210/ser.2020.0412.",
        "[2] 邓启明. 居家社区养老服务供给主体的类型与比较[M]. 北京: 中国社会发展出版社, 2021.",
    ])
    assert [item.number for item in cut.items] == [1, 2] and cut.asides == []
    assert cut.items[0].text.endswith("2020, 12(4): 389-407. DOI: 10.65210/ser.2020.0412.")


def test_a_url_the_pdf_spaced_out_after_its_scheme_is_closed_and_its_date_kept_apart() -> None:
    """Self-written lines in the form a PDF's text layer gives a URL typeset with spaces after
    an intact "http://www." (the file name's "_" lost: its words run on to the extension), and
    an access date in words on the next line, which is no part of the URL."""
    from wenxian.refparse.text import close_spaced_urls, join_wrapped

    lines = ["Doe, Jane. 2005. A paper on clitics. http://www.",
             "example . univ . edu / people / doe / Bg clitics remark dense . pdf",
             "(17 May, 2006)."]
    assert close_spaced_urls(join_wrapped(lines)) == (
        "Doe, Jane. 2005. A paper on clitics. "
        "http://www.example.univ.edu/people/doe/Bgcliticsremarkdense.pdf (17 May, 2006).")
    assert join_wrapped(["Doe 1. http://www.example-online.de", "(3 April, 2007)."]) == (
        "Doe 1. http://www.example-online.de (3 April, 2007).")
    assert close_spaced_urls("See https://x.org . Accessed . Then") == "See https://x.org . Accessed . Then"


def test_urls_spaced_before_their_dots_after_a_slash_and_ending_at_a_bracket() -> None:
    """Round 12d (dccpaper, ndsu-thesis, JACoW in sealed6; lines written for this test): an FTP address
    whose pieces the PDF spaced before their dots, a path with a space after a slash where the line
    broke, and a URL followed by a note in square brackets, which no URL holds outside a host."""
    assert close_spaced_urls("Report. ftp://ftp .river .example .ac.uk/reports/R-04.pdf") == (
        "Report. ftp://ftp.river.example.ac.uk/reports/R-04.pdf")
    assert close_spaced_urls("Manual. v2.1. URL: http://ctan.example.org/macros/latex/ contrib/pkg/pkg.pdf.") == (
        "Manual. v2.1. URL: http://ctan.example.org/macros/latex/contrib/pkg/pkg.pdf.")
    assert close_spaced_urls("See http://www.example.org/ and more words/here") == (
        "See http://www.example.org/ and more words/here")
    _, found = take_identifiers("Harbour, http://www.example.org/.[online source; no hyperlink]")
    assert found["url"] == "http://www.example.org/"
